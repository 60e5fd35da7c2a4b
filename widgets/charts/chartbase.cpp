#include "chartbase.h"

#include "metrics/formatting.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QTimer>
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
    // Whatever drew the data (ours or an explicit replot()) leaves nothing to draw at show.
    connect(this, &QCustomPlot::afterReplot, this, [this] { m_stale = false; });
    // QCustomPlot's constructor queues a replot (a metacall, the only event posted to it yet):
    // a chart made hidden (a dock tab behind another) draws when it is shown instead.
    QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
    mReplotQueued = false;
    queueReplot(); // ours: laid out when hidden, drawn when visible
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
    queueReplot();
}

void ChartBase::queueReplot()
{
    if (m_replotQueued)
        return;
    m_replotQueued = true;
    // Our own queue, not rpQueuedReplot: a chart hidden when the queue runs is laid out (axes,
    // margins: tooltips and coordinates follow the data) but drawn only when shown.
    QTimer::singleShot(0, this, [this] {
        m_replotQueued = false;
        if (isVisible()) {
            replot();
            return;
        }
        setViewport(rect()); // a hidden widget gets no resize events
        updateLayout();
        m_stale = true;
    });
}

void ChartBase::resizeEvent(QResizeEvent *event)
{
    if (isVisible()) {
        QCustomPlot::resizeEvent(event); // a replot at the new size
        return;
    }
    // Laid out (the viewport and the axes follow the widget) but not drawn: a hidden chart's
    // resize (a pending one is delivered just before it is shown) draws in showEvent.
    setViewport(rect());
    updateLayout();
    m_stale = true;
}

void ChartBase::showEvent(QShowEvent *event)
{
    QCustomPlot::showEvent(event);
    if (m_stale)
        replot(QCustomPlot::rpQueuedRefresh); // drawn now, painted with the widget's first paint
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
