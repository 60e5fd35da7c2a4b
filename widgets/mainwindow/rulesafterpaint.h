#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace ecsplan {

class RulesEngine;

/**
 * Opens a design with its rules evaluated after the first frame: the canvas shows the design
 * at once, then the full evaluation runs (findings and badges appear when it is done).
 *
 * deferring() runs an open with the engine's Resets deferred (RulesEngine::setDeferResets);
 * the evaluation is then posted right after the canvas' next paint (at once when the
 * viewport is not shown, and after 1 s at the latest). An edit before it runs evaluates first
 * (the engine does); runNow() forces it (exports, the report). pendingChanged() drives the
 * "Checking design rules…" notices.
 */
class RulesAfterPaint : public QObject
{
    Q_OBJECT

public:
    /** `view`: the canvas (its viewport when it is a scroll area). */
    RulesAfterPaint(RulesEngine *rules, QWidget *view, QObject *parent = nullptr);

    /** Calls `open` with the engine's Resets deferred and returns what it returned. */
    bool deferring(const std::function<bool()> &open);
    /** The deferred evaluation has not run yet. */
    bool isPending() const;
    /** Runs a deferred evaluation now (no-op when there is none). */
    void runNow();

signals:
    void pendingChanged(bool pending);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void schedule();
    void post();

    RulesEngine *m_rules;
    QPointer<QWidget> m_viewport; ///< where the canvas paints
    bool m_waitingForPaint = false;
    bool m_posted = false;
    bool m_notified = false; ///< pendingChanged(true) was emitted, (false) not yet
};

} // namespace ecsplan
