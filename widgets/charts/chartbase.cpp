#include "chartbase.h"

#include "metrics/formatting.h"

#include <QHelpEvent>
#include <QToolTip>

namespace ecsplan {

ChartBase::ChartBase(QWidget *parent)
    : QCustomPlot(parent)
{
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString());
    plotLayout()->addElement(0, 0, m_title);
    m_empty = new QCPItemText(this);
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setVisible(false);
    setMouseTracking(true);
    setNoAntialiasingOnDrag(true);
    setMinimumSize(320, 220);
    m_style = ChartStyle::fromPalette(palette());
}

void ChartBase::setChartStyle(const ChartStyle &style)
{
    m_style = style;
    m_style.apply(this);
    m_title->setFont(m_style.scaledFont(1.25, true));
    m_title->setTextColor(m_style.foreground);
    m_empty->setFont(m_style.scaledFont(1.1));
    m_empty->setColor(m_style.subtle);
    restyle();
    requestReplot();
}

void ChartBase::setTitle(const QString &title)
{
    m_titleText = title;
    m_title->setText(m_unpriced > 0 ? title + QLatin1Char(' ') + metrics::unpricedSuffix(m_unpriced)
                                    : title);
}

QString ChartBase::title() const
{
    return m_title->text();
}

void ChartBase::setUnpricedItems(int count)
{
    if (count == m_unpriced)
        return;
    m_unpriced = count;
    setTitle(m_titleText);
    requestReplot();
}

QString MoneyAxisTicker::label(double tick)
{
    // Ticks are multiples of a "nice" step; two decimals cover steps down to 0.01 and
    // metrics::number drops the zeros the step does not need.
    return metrics::number(tick, 2);
}

QString MoneyAxisTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    return label(tick);
}

void ChartBase::setMoneyAxis(QCPAxis *axis, const QString &label)
{
    m_moneyAxis = axis;
    m_moneyLabel = label;
    axis->setTicker(QSharedPointer<QCPAxisTicker>(new MoneyAxisTicker));
    setMoneyCurrency(m_moneyCurrency);
}

void ChartBase::setMoneyCurrency(const QString &currency)
{
    m_moneyCurrency = currency;
    if (!m_moneyAxis)
        return;
    //: Axis label of a money axis: "Monthly cost (CNY)".
    m_moneyAxis->setLabel(currency.isEmpty() ? m_moneyLabel
                                             : tr("%1 (%2)").arg(m_moneyLabel, currency));
}

void ChartBase::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
}

void ChartBase::placeLegendBelow()
{
    legend->setVisible(true);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(3);
    plotLayout()->addElement(plotLayout()->rowCount(), 0, legend);
    plotLayout()->setRowStretchFactor(plotLayout()->rowCount() - 1, 0.001);
}

QString ChartBase::toolTipAt(const QPointF &) const
{
    return {};
}

void ChartBase::requestReplot()
{
    ++m_replotRequests;
    replot(QCustomPlot::rpQueuedReplot);
}

bool ChartBase::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QCustomPlot::event(event);
}

QString chartMoney(double value, const QString &currency)
{
    return metrics::money(value, currency);
}

} // namespace ecsplan
