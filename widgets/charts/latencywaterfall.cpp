#include "latencywaterfall.h"

#include "metrics/formatting.h"

#include <algorithm>
#include <cmath>

namespace ecsplan {

using metrics::number;

QList<WaterfallStep> waterfallSteps(const PathMetrics &path,
                                    const std::function<QString(EntityId)> &nameOf)
{
    QList<WaterfallStep> steps;
    double at = 0;
    for (int i = 0; i < path.links.size(); ++i) {
        WaterfallStep s;
        const QString from = nameOf(path.hops.value(i));
        const QString to = nameOf(path.hops.value(i + 1));
        s.label = QStringLiteral("%1 → %2").arg(from, to);
        if (!path.hopLatencyKnown.value(i, true))
            s.label += LatencyWaterfall::tr(" (latency n/a)");
        s.startMs = at;
        s.typicalMs = path.hopTypicalMs.value(i);
        s.worstMs = path.hopWorstMs.value(i);
        at += s.typicalMs;
        steps << s;
    }
    if (path.storageTypicalMs > 0 || path.storageWorstMs > 0) {
        WaterfallStep s;
        s.label = LatencyWaterfall::tr("Storage");
        s.startMs = at;
        s.typicalMs = path.storageTypicalMs;
        s.worstMs = path.storageWorstMs;
        steps << s;
    }
    if (!steps.isEmpty()) {
        WaterfallStep s;
        s.label = path.partial ? LatencyWaterfall::tr("Total (partial: a hop is not modelled)")
                               : LatencyWaterfall::tr("Total");
        s.typicalMs = path.typicalMs;
        s.worstMs = path.worstMs;
        s.total = true;
        steps << s;
    }
    return steps;
}

LatencyWaterfall::LatencyWaterfall(QWidget *parent)
    : ChartBase(parent)
{
    m_offset = new QCPBars(yAxis, xAxis);
    m_offset->setPen(Qt::NoPen);
    m_offset->setBrush(Qt::NoBrush);
    m_hops = new QCPBars(yAxis, xAxis);
    m_hops->moveAbove(m_offset);
    m_hops->setName(tr("Typical"));
    m_totals = new QCPBars(yAxis, xAxis);
    m_totals->setName(tr("Path total"));
    for (QCPBars *b : {m_offset, m_hops, m_totals})
        b->setWidth(0.6);
    m_worst = new QCPErrorBars(yAxis, xAxis);
    m_worst->setDataPlottable(m_hops);
    m_worst->setName(tr("Worst case"));
    m_totalWorst = new QCPErrorBars(yAxis, xAxis);
    m_totalWorst->setDataPlottable(m_totals);
    yAxis->setRangeReversed(true);
    xAxis->setLabel(tr("Round-trip latency (ms)"));
    setTitle(tr("Request path latency"));
    restyle();
    setSteps({});
}

bool LatencyWaterfall::setSteps(const QList<WaterfallStep> &steps)
{
    if (steps == m_steps && !steps.isEmpty())
        return false;
    m_steps = steps;
    QList<double> keys, offsets, hops, hopErr, totalKeys, totals, totalErr;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double maxMs = 0;
    for (int i = 0; i < steps.size(); ++i) {
        const WaterfallStep &s = steps.at(i);
        const double key = i + 1;
        ticker->addTick(key, s.label);
        maxMs = std::max(maxMs, s.startMs + std::max(s.typicalMs, s.worstMs));
        if (s.total) {
            totalKeys << key;
            totals << s.typicalMs;
            totalErr << std::max(0.0, s.worstMs - s.typicalMs);
            // The hop series keeps a zero bar here so its error bars line up with keys.
        }
        keys << key;
        offsets << (s.total ? 0 : s.startMs);
        hops << (s.total ? 0 : s.typicalMs);
        hopErr << (s.total ? 0 : std::max(0.0, s.worstMs - s.typicalMs));
    }
    m_offset->setData(keys, offsets, true);
    m_hops->setData(keys, hops, true);
    m_totals->setData(totalKeys, totals, true);
    m_totalWorst->setData(QList<double>(totalErr.size(), 0.0), totalErr);
    m_worst->setData(QList<double>(hopErr.size(), 0.0), hopErr);
    yAxis->setTicker(ticker);
    yAxis->setRange(0.4, steps.size() + 0.6);
    xAxis->setRange(0, maxMs > 0 ? maxMs * 1.25 : 1);

    for (QCPItemText *t : std::as_const(m_labels))
        removeItem(t);
    m_labels.clear();
    for (int i = 0; i < steps.size(); ++i) {
        const WaterfallStep &s = steps.at(i);
        auto *t = new QCPItemText(this);
        t->position->setAxes(xAxis, yAxis);
        t->position->setCoords(s.startMs + std::max(s.typicalMs, s.worstMs), i + 1);
        t->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        t->setPadding(QMargins(6, 0, 0, 0));
        t->setText(s.worstMs > s.typicalMs
                           ? tr("%1–%2 ms").arg(number(s.typicalMs, 3), number(s.worstMs, 3))
                           : tr("%1 ms").arg(number(s.typicalMs, 3)));
        m_labels << t;
    }
    setEmptyText(steps.isEmpty()
                         ? tr("Select a request path (an endpoint, link or component on one)")
                         : QString());
    restyle();
    requestReplot();
    return true;
}

QString LatencyWaterfall::toolTipAt(const QPointF &pos) const
{
    const int index = int(std::lround(yAxis->pixelToCoord(pos.y()))) - 1;
    if (index < 0 || index >= m_steps.size())
        return {};
    const WaterfallStep &s = m_steps.at(index);
    return tr("<b>%1</b><br>typical %2 ms, worst %3 ms")
            .arg(s.label.toHtmlEscaped(), number(s.typicalMs, 3), number(s.worstMs, 3));
}

void LatencyWaterfall::restyle()
{
    m_hops->setBrush(m_style.seriesColor(0));
    m_hops->setPen(QPen(m_style.seriesColor(0).darker(130)));
    m_totals->setBrush(m_style.seriesColor(4));
    m_totals->setPen(QPen(m_style.seriesColor(4).darker(130)));
    m_worst->setPen(QPen(m_style.foreground, 1.5 * m_style.scale()));
    m_totalWorst->setPen(QPen(m_style.foreground, 1.5 * m_style.scale()));
    for (QCPItemText *t : std::as_const(m_labels)) {
        t->setColor(m_style.foreground);
        t->setFont(m_style.scaledFont(0.9));
    }
}

} // namespace ecsplan
