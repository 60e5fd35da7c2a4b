#pragma once

#include "chartbase.h"

#include <functional>

namespace ecsplan {

/** One bar of the waterfall: a hop of a request path, its storage, or the path total. */
struct WaterfallStep
{
    QString label;
    double startMs = 0; ///< where the bar starts (the typical latency before this step)
    double typicalMs = 0; ///< the bar's length
    double worstMs = 0; ///< whisker end relative to startMs
    bool total = false;

    friend bool operator==(const WaterfallStep &, const WaterfallStep &) = default;
};

/**
 * The waterfall of a request path: one step per link (labelled "from → to" with `nameOf`),
 * then the storage at its end when it has one, then the total (typical and worst as in
 * PathMetrics). Steps start where the previous typical latency ended.
 */
QList<WaterfallStep> waterfallSteps(const PathMetrics &path,
                                    const std::function<QString(EntityId)> &nameOf);

/** Latency of a selected request path as a horizontal waterfall, whiskers at the worst case. */
class LatencyWaterfall : public ChartBase
{
    Q_OBJECT

public:
    explicit LatencyWaterfall(QWidget *parent = nullptr);

    bool setSteps(const QList<WaterfallStep> &steps);
    const QList<WaterfallStep> &steps() const { return m_steps; }
    QCPBars *offsetBars() const { return m_offset; }
    QCPBars *hopBars() const { return m_hops; }
    QCPBars *totalBars() const { return m_totals; }

    QString toolTipAt(const QPointF &pos) const override;

protected:
    void restyle() override;

private:
    QList<WaterfallStep> m_steps;
    QCPBars *m_offset = nullptr;
    QCPBars *m_hops = nullptr;
    QCPBars *m_totals = nullptr;
    QCPErrorBars *m_worst = nullptr;
    QCPErrorBars *m_totalWorst = nullptr;
    QList<QCPItemText *> m_labels;
};

} // namespace ecsplan
