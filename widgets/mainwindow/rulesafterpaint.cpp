#include "rulesafterpaint.h"

#include "rules/rulesengine.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace ecsplan {

RulesAfterPaint::RulesAfterPaint(RulesEngine *rules, QWidget *view, QObject *parent)
    : QObject(parent)
    , m_rules(rules)
    , m_viewport(view)
{
    if (auto *area = qobject_cast<QAbstractScrollArea *>(view)) // the canvas paints there
        m_viewport = area->viewport();
    connect(m_rules, &RulesEngine::evaluationDeferred, this, &RulesAfterPaint::schedule);
    // However it ran (runNow, an edit, a settings change), the notices go.
    connect(m_rules, &RulesEngine::findingsChanged, this, [this] {
        if (m_rules->evaluationPending() || !std::exchange(m_notified, false))
            return;
        if (std::exchange(m_waitingForPaint, false) && m_viewport)
            m_viewport->removeEventFilter(this);
        m_posted = false;
        emit pendingChanged(false);
    });
}

bool RulesAfterPaint::deferring(const std::function<bool()> &open)
{
    m_rules->setDeferResets(true);
    const bool ok = open();
    m_rules->setDeferResets(false);
    return ok;
}

bool RulesAfterPaint::isPending() const
{
    return m_rules->evaluationPending();
}

void RulesAfterPaint::runNow()
{
    m_rules->evaluatePending(); // findingsChanged clears the notices
}

void RulesAfterPaint::schedule()
{
    m_notified = true;
    emit pendingChanged(true);
    if (!m_viewport || !m_viewport->isVisible()) {
        post();
        return;
    }
    m_waitingForPaint = true;
    m_viewport->installEventFilter(this);
    // A window covered or minimised may not paint: the findings come anyway.
    QTimer::singleShot(1000, this, [this] {
        if (m_rules->evaluationPending() && !m_posted)
            post();
    });
}

void RulesAfterPaint::post()
{
    if (std::exchange(m_waitingForPaint, false) && m_viewport)
        m_viewport->removeEventFilter(this);
    m_posted = true;
    // Queued: it runs after the paint being handled, once the frame is on screen.
    QMetaObject::invokeMethod(this, &RulesAfterPaint::runNow, Qt::QueuedConnection);
}

bool RulesAfterPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Paint && m_waitingForPaint)
        post();
    return QObject::eventFilter(watched, event);
}

} // namespace ecsplan
