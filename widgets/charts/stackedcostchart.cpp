#include "stackedcostchart.h"

#include <algorithm>

namespace ecsplan {

StackedCostChart::StackedCostChart(QWidget *parent)
    : ChartBase(parent)
{
    placeLegendBelow();
    QCPBars *below = nullptr;
    for (int c = 0; c < CostCategoryCount; ++c) {
        auto *b = new QCPBars(xAxis, yAxis);
        b->setName(displayName(CostCategory(c)));
        b->setWidth(0.6);
        b->setStackingGap(0);
        if (below)
            b->moveAbove(below);
        below = b;
        m_bars << b;
    }
    setMoneyAxis(yAxis, tr("Monthly cost"));
    yAxis->setRangeLower(0);
    restyle();
}

int StackedCostChart::setGroups(const QList<Group> &groups, const QString &currency,
                                double designTotal)
{
    const bool keysChanged = groups.size() != m_groups.size()
            || !std::equal(groups.begin(), groups.end(), m_groups.begin(),
                           [](const Group &a, const Group &b) { return a.label == b.label; });
    int updated = 0;
    for (int c = 0; c < CostCategoryCount; ++c) {
        const auto category = CostCategory(c);
        bool same = !keysChanged;
        for (int i = 0; same && i < groups.size(); ++i)
            same = groups.at(i).byCategory.value(category)
                    == m_groups.at(i).byCategory.value(category);
        if (same)
            continue;
        QList<double> keys, values;
        for (int i = 0; i < groups.size(); ++i) {
            keys << i + 1;
            values << groups.at(i).byCategory.value(category);
        }
        m_bars.at(c)->setData(keys, values, true);
        ++updated;
    }
    const bool totalChanged = designTotal != m_total || currency != m_currency;
    m_groups = groups;
    m_currency = currency;
    setMoneyCurrency(currency);
    m_total = designTotal;
    if (keysChanged) {
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (int i = 0; i < groups.size(); ++i)
            ticker->addTick(i + 1, groups.at(i).label);
        xAxis->setTicker(ticker);
        xAxis->setRange(0.4, groups.size() + 0.6);
    }
    if (updated > 0 || totalChanged || keysChanged) {
        rebuildLabels();
        setEmptyText(groups.isEmpty() ? tr("Nothing priced yet") : QString());
        requestReplot();
    }
    return updated;
}

double StackedCostChart::groupTotal(int index) const
{
    double sum = 0;
    for (double v : m_groups.value(index).byCategory)
        sum += v;
    return sum;
}

QString StackedCostChart::totalText() const
{
    return tr("Total %1 per month").arg(chartMoney(m_total, m_currency));
}

void StackedCostChart::rebuildLabels()
{
    while (m_totalLabels.size() > m_groups.size())
        removeItem(m_totalLabels.takeLast());
    while (m_totalLabels.size() < m_groups.size()) {
        auto *t = new QCPItemText(this);
        t->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        t->setClipToAxisRect(false);
        m_totalLabels << t;
    }
    double maxTotal = 0;
    for (int i = 0; i < m_groups.size(); ++i) {
        const double total = groupTotal(i);
        maxTotal = std::max(maxTotal, total);
        QCPItemText *t = m_totalLabels.at(i);
        t->position->setCoords(i + 1, total);
        t->setText(chartMoney(total, m_currency));
        t->setFont(m_style.scaledFont(0.95, true));
        t->setColor(m_style.foreground);
    }
    yAxis->setRange(0, maxTotal > 0 ? maxTotal * 1.18 : 1);
    setTitle(totalText());
}

QString StackedCostChart::toolTipAt(const QPointF &pos) const
{
    const int index = int(std::lround(xAxis->pixelToCoord(pos.x()))) - 1;
    if (index < 0 || index >= m_groups.size())
        return {};
    const Group &g = m_groups.at(index);
    QStringList lines{QStringLiteral("<b>%1</b>").arg(g.label.toHtmlEscaped())};
    for (int c = CostCategoryCount - 1; c >= 0; --c) {
        const double v = g.byCategory.value(CostCategory(c));
        if (v != 0)
            lines << QStringLiteral("%1: %2").arg(displayName(CostCategory(c)),
                                                  chartMoney(v, m_currency));
    }
    lines << tr("Total: %1").arg(chartMoney(groupTotal(index), m_currency));
    return lines.join(QStringLiteral("<br>"));
}

void StackedCostChart::restyle()
{
    for (int c = 0; c < m_bars.size(); ++c) {
        const QColor color = m_style.categoryColor(CostCategory(c));
        m_bars.at(c)->setBrush(color);
        m_bars.at(c)->setPen(QPen(color.darker(130)));
    }
    rebuildLabels();
}

} // namespace ecsplan
