#include "cumulativechart.h"

#include "metrics/formatting.h"

#include <algorithm>
#include <numeric>

namespace ecsplan {

CumulativeChart::CumulativeChart(QWidget *parent)
    : ChartBase(parent)
{
    placeLegendBelow();
    for (int b = 0; b < BillingModelCount; ++b) {
        QCPGraph *g = addGraph();
        g->setName(displayName(BillingModel(b)));
        g->setVisible(false);
        g->removeFromLegend();
        m_graphs.insert(BillingModel(b), g);
    }
    m_markers = addGraph();
    m_markers->setName(tr("Break-even"));
    m_markers->setLineStyle(QCPGraph::lsNone);
    xAxis->setLabel(tr("Months"));
    xAxis->setRange(0, m_horizon + 0.5);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(6);
    xAxis->setTicker(ticker);
    setMoneyAxis(yAxis, tr("Cumulative cost"));
    setTitle(tr("Cumulative cost over %1 months").arg(m_horizon));
    restyle();
}

bool CumulativeChart::setTotals(const QMap<BillingModel, double> &byBillingModel,
                                const QString &currency)
{
    if (byBillingModel == m_values && currency == m_currency)
        return false;
    m_values = byBillingModel;
    m_currency = currency;
    setMoneyCurrency(currency);
    m_breakEvens.clear();
    for (QCPItemText *t : std::as_const(m_labels))
        removeItem(t);
    m_labels.clear();

    const std::optional<BillingPlan> payg = m_values.contains(BillingModel::PayAsYouGo)
            ? std::optional(BillingPlan::forModel(BillingModel::PayAsYouGo,
                                                  m_values.value(BillingModel::PayAsYouGo)))
            : std::nullopt;
    double maxValue = 0;
    QList<double> markerKeys, markerValues;
    for (auto it = m_graphs.cbegin(); it != m_graphs.cend(); ++it) {
        QCPGraph *g = it.value();
        const bool present = m_values.contains(it.key());
        g->setVisible(present);
        if (!present) {
            g->removeFromLegend();
            g->data()->clear();
            continue;
        }
        g->addToLegend();
        const BillingPlan plan = BillingPlan::forModel(it.key(), m_values.value(it.key()));
        QList<double> keys, values;
        for (const QPointF &p : cumulativeCurve(plan, m_horizon)) {
            keys << p.x();
            values << p.y();
            maxValue = std::max(maxValue, p.y());
        }
        g->setData(keys, values, true);
        if (!payg || plan.termMonths == 0)
            continue; // monthly models are cheaper from day one or never: nothing to mark
        const std::optional<double> month = breakEvenMonth(plan, *payg, m_horizon);
        if (!month)
            continue;
        m_breakEvens.insert(it.key(), *month);
        const double value = cumulativeCost(*payg, *month, m_horizon);
        markerKeys << *month;
        markerValues << value;
        auto *label = new QCPItemText(this);
        label->position->setCoords(*month, value);
        // Late break-even points are labelled to their left so the text stays inside the plot.
        label->setPositionAlignment((*month > m_horizon * 0.6 ? Qt::AlignRight : Qt::AlignLeft)
                                    | Qt::AlignTop);
        label->setPadding(QMargins(6, 4, 2, 2));
        label->setText(tr("%1 pays off\nin month %2")
                               .arg(displayName(it.key()), metrics::number(*month, 1)));
        m_labels << label;
    }
    // Markers sorted by month: QCPGraph data must be key-sorted.
    QList<int> order(markerKeys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return markerKeys.at(a) < markerKeys.at(b); });
    QList<double> sortedKeys, sortedValues;
    for (int i : order) {
        sortedKeys << markerKeys.at(i);
        sortedValues << markerValues.at(i);
    }
    m_markers->setData(sortedKeys, sortedValues, true);
    if (sortedKeys.isEmpty())
        m_markers->removeFromLegend();
    else
        m_markers->addToLegend();
    yAxis->setRange(0, maxValue > 0 ? maxValue * 1.1 : 1);
    setEmptyText(m_values.isEmpty() ? tr("Nothing priced yet") : QString());
    restyle();
    requestReplot();
    return true;
}

QString CumulativeChart::toolTipAt(const QPointF &pos) const
{
    const double month = std::clamp(xAxis->pixelToCoord(pos.x()), 0.0, double(m_horizon));
    if (m_values.isEmpty())
        return {};
    QStringList lines{tr("<b>Month %1</b>").arg(int(month))};
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        lines << QStringLiteral("%1: %2").arg(
                displayName(it.key()),
                chartMoney(cumulativeCost(BillingPlan::forModel(it.key(), it.value()), int(month),
                                          m_horizon),
                           m_currency));
    return lines.join(QStringLiteral("<br>"));
}

void CumulativeChart::restyle()
{
    for (auto it = m_graphs.cbegin(); it != m_graphs.cend(); ++it) {
        QPen pen(m_style.seriesColor(int(it.key())), 2.0 * m_style.scale());
        if (it.key() == BillingModel::Preemptible)
            pen.setStyle(Qt::DashLine);
        it.value()->setPen(pen);
    }
    m_markers->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, m_style.foreground,
                                               m_style.foreground, 9 * m_style.scale()));
    m_markers->setPen(QPen(m_style.foreground));
    for (QCPItemText *t : std::as_const(m_labels)) {
        QColor fill = m_style.background;
        fill.setAlpha(220);
        t->setBrush(fill);
        t->setColor(m_style.foreground);
        t->setFont(m_style.scaledFont(0.9));
    }
}

} // namespace ecsplan
