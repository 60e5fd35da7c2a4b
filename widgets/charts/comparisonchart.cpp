#include "comparisonchart.h"

#include <algorithm>
#include <cmath>

namespace ecsplan {

namespace {
constexpr qsizetype LongTickLabel = 12; ///< characters; longer names wrap at their first space

QString signedMoney(double delta, const QString &currency)
{
    return (delta < 0 ? QStringLiteral("−") : QStringLiteral("+"))
            + chartMoney(std::abs(delta), currency);
}
} // namespace

ComparisonChart::ComparisonChart(QWidget *parent)
    : ChartBase(parent)
{
    m_before = new QCPBars(xAxis, yAxis);
    m_after = new QCPBars(xAxis, yAxis);
    m_group = new QCPBarsGroup(this);
    m_group->setSpacingType(QCPBarsGroup::stAbsolute);
    m_group->setSpacing(2);
    for (QCPBars *bars : {m_before, m_after}) {
        bars->setWidth(0.36);
        bars->setBarsGroup(m_group);
    }
    m_before->setName(tr("Before"));
    m_after->setName(tr("After (this design)"));
    placeLegendBelow();
    setMoneyAxis(yAxis, tr("Monthly cost"));
    setTitle(tr("Before and after"));
    setEmptyText(tr("No comparison"));
    restyle();
}

void ComparisonChart::setComparison(const DesignDiff::Result &result, const QString &beforeLabel)
{
    m_currency = result.currency;
    setMoneyCurrency(m_currency);
    m_groups = {tr("As billed")};
    m_beforeValues = {result.before.monthly};
    m_afterValues = {result.after.monthly};
    for (auto it = result.byBillingModel.cbegin(); it != result.byBillingModel.cend(); ++it) {
        m_groups << displayName(it.key());
        m_beforeValues << it.value().first.monthly;
        m_afterValues << it.value().second.monthly;
    }
    QList<double> keys;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < m_groups.size(); ++i) {
        keys << i + 1;
        QString label = m_groups.at(i);
        const qsizetype space = label.indexOf(QLatin1Char(' '));
        if (space > 0 && label.size() > LongTickLabel)
            label[space] = QLatin1Char('\n');
        ticker->addTick(i + 1, label);
    }
    xAxis->setTicker(ticker);
    xAxis->setRange(0.4, m_groups.size() + 0.6);
    m_before->setData(keys, m_beforeValues, true);
    m_after->setData(keys, m_afterValues, true);
    m_before->setName(tr("Before: %1").arg(beforeLabel));
    m_after->setName(tr("After: this design"));

    while (m_labels.size() > keys.size())
        removeItem(m_labels.takeLast());
    while (m_labels.size() < keys.size()) {
        auto *t = new QCPItemText(this);
        t->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        m_labels << t;
    }
    double maxValue = 0;
    for (int k = 0; k < keys.size(); ++k) {
        const double top = std::max(m_beforeValues.at(k), m_afterValues.at(k));
        maxValue = std::max(maxValue, top);
        m_labels.at(k)->position->setCoords(keys.at(k), top);
        m_labels.at(k)->setText(
                signedMoney(m_afterValues.at(k) - m_beforeValues.at(k), m_currency));
    }
    yAxis->setRange(0, maxValue > 0 ? maxValue * 1.2 : 1);
    setUnpricedItems(result.after.unpriced);
    setEmptyText(QString());
    restyle();
    requestReplot();
}

QString ComparisonChart::toolTipAt(const QPointF &pos) const
{
    const int index = int(std::lround(xAxis->pixelToCoord(pos.x()))) - 1;
    if (index < 0 || index >= m_groups.size())
        return {};
    const double before = m_beforeValues.at(index), after = m_afterValues.at(index);
    return QStringLiteral("<b>%1</b><br>%2<br>%3<br>%4")
            .arg(m_groups.at(index).toHtmlEscaped(),
                 tr("Before: %1").arg(chartMoney(before, m_currency)),
                 tr("After: %1").arg(chartMoney(after, m_currency)),
                 tr("Change: %1").arg(signedMoney(after - before, m_currency)));
}

void ComparisonChart::restyle()
{
    QColor before = m_style.subtle;
    before.setAlpha(170);
    m_before->setBrush(before);
    m_before->setPen(QPen(m_style.subtle));
    m_after->setBrush(m_style.seriesColor(0));
    m_after->setPen(QPen(m_style.seriesColor(0).darker(130)));
    for (QCPItemText *label : std::as_const(m_labels)) {
        label->setFont(m_style.scaledFont(0.95, true));
        label->setColor(m_style.foreground);
        label->setBrush(m_style.background);
    }
}

} // namespace ecsplan
