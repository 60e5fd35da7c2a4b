#include "billingchart.h"

#include <algorithm>

namespace ecsplan {

namespace {
constexpr qsizetype LongTickLabel = 12; ///< characters; longer billing-model names wrap
} // namespace

BillingChart::BillingChart(QWidget *parent)
    : ChartBase(parent)
{
    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setWidth(0.6);
    m_bars->setName(tr("Whole design"));
    m_bars->removeFromLegend();
    m_actualGraph = addGraph();
    m_actualGraph->setName(tr("This design"));
    placeLegendBelow();
    setMoneyAxis(yAxis, tr("Monthly cost"));
    setTitle(tr("Billing models compared"));
    restyle();
}

bool BillingChart::setTotals(const QMap<BillingModel, double> &byBillingModel, double actualMonthly,
                             const QString &currency)
{
    if (byBillingModel == m_values && actualMonthly == m_actual && currency == m_currency)
        return false;
    const bool keysChanged = byBillingModel.keys() != m_values.keys();
    m_values = byBillingModel;
    m_actual = actualMonthly;
    m_currency = currency;
    setMoneyCurrency(currency);

    QList<double> keys, values;
    double maxValue = actualMonthly;
    int i = 0;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        keys << ++i;
        values << it.value();
        maxValue = std::max(maxValue, it.value());
    }
    m_bars->setData(keys, values, true);
    if (keysChanged) {
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        i = 0;
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
            // Long names wrap at their first space ("Subscription,\n1 year"); short ones, as
            // in Chinese ("包年包月，1 年"), stay on one line.
            QString label = displayName(it.key());
            const qsizetype space = label.indexOf(QLatin1Char(' '));
            if (space > 0 && label.size() > LongTickLabel)
                label[space] = QLatin1Char('\n');
            ticker->addTick(++i, label);
        }
        xAxis->setTicker(ticker);
        xAxis->setRange(0.4, m_values.size() + 0.6);
    }
    while (m_labels.size() > keys.size())
        removeItem(m_labels.takeLast());
    while (m_labels.size() < keys.size()) {
        auto *t = new QCPItemText(this);
        t->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        m_labels << t;
    }
    for (int k = 0; k < keys.size(); ++k) {
        m_labels.at(k)->position->setCoords(keys.at(k), values.at(k));
        m_labels.at(k)->setText(chartMoney(values.at(k), m_currency));
    }
    // A horizontal line across the whole key range, named in the legend.
    const double right = m_values.size() + 0.6;
    m_actualGraph->setData(QList<double>{0.4, right}, QList<double>{actualMonthly, actualMonthly},
                           true);
    m_actualGraph->setName(tr("This design: %1").arg(chartMoney(actualMonthly, m_currency)));
    m_actualGraph->setVisible(!m_values.isEmpty());
    if (m_values.isEmpty())
        m_actualGraph->removeFromLegend();
    else
        m_actualGraph->addToLegend();
    yAxis->setRange(0, maxValue > 0 ? maxValue * 1.2 : 1);
    setEmptyText(m_values.isEmpty() ? tr("Nothing priced yet") : QString());
    restyle();
    requestReplot();
    return true;
}

QString BillingChart::toolTipAt(const QPointF &pos) const
{
    const int index = int(std::lround(xAxis->pixelToCoord(pos.x()))) - 1;
    const QList<BillingModel> keys = m_values.keys();
    if (index < 0 || index >= keys.size())
        return {};
    const double v = m_values.value(keys.at(index));
    QString text
            = QStringLiteral("<b>%1</b><br>%2")
                      .arg(displayName(keys.at(index)).toHtmlEscaped(), chartMoney(v, m_currency));
    if (m_actual > 0)
        text += QStringLiteral("<br>")
                + tr("%1 % of this design").arg(std::lround(100.0 * v / m_actual));
    return text;
}

void BillingChart::restyle()
{
    for (int k = 0; k < m_labels.size(); ++k) {
        m_labels.at(k)->setFont(m_style.scaledFont(0.95, true));
        m_labels.at(k)->setColor(m_style.foreground);
        // The reference line may pass behind a value label: keep the figure readable.
        m_labels.at(k)->setBrush(m_style.background);
    }
    m_bars->setBrush(m_style.seriesColor(0));
    m_bars->setPen(QPen(m_style.seriesColor(0).darker(130)));
    m_actualGraph->setPen(QPen(m_style.seriesColor(4), 1.5 * m_style.scale(), Qt::DashLine));
}

} // namespace ecsplan
