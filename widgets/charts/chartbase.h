#pragma once

#include "chartstyle.h"

#include "qcustomplot_include.h"

namespace ecsplan {

/**
 * Tick labels of a money axis: plain amounts with thousands separators ("2,000,000", "0.5"),
 * never QCustomPlot's default "2·10⁶". The currency goes into the axis label, not every tick.
 */
class MoneyAxisTicker : public QCPAxisTicker
{
public:
    /** The label of one tick (what getTickLabel returns; tests call it directly). */
    static QString label(double tick);

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
};

/**
 * Common ground of the cost charts: a title row, the style (palette, large fonts), hover
 * tooltips and a queued replot. Subclasses keep the plotted values in QCustomPlot's own data
 * containers (tests read them back) and update only the series whose values changed.
 *
 * A chart that is not visible (a dock tab behind another, a closed dock) is laid out (data,
 * viewport, axes and margins up to date: coordinates and tooltips follow) but draws nothing:
 * requested replots and resizes only mark it stale, and it replots once, with the latest data,
 * when it is shown (before its first paint). An explicit replot() still draws; exports draw
 * through toPixmap/render, not the widget.
 */
class ChartBase : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ChartBase(QWidget *parent = nullptr);

    void setChartStyle(const ChartStyle &style);
    const ChartStyle &chartStyle() const { return m_style; }
    void setTitle(const QString &title);
    QString title() const;
    /**
     * Marks the plotted totals as incomplete: "+ 2 items without a price" follows the title
     * (0 removes it). The charts show only priced amounts; this keeps that visible.
     */
    void setUnpricedItems(int count);
    int unpricedItems() const { return m_unpriced; }
    /** Moves the legend under the axis rect, laid out in a row (keeps it off the data). */
    void placeLegendBelow();
    /**
     * Makes `axis` a money axis: MoneyAxisTicker tick labels, and `label` followed by the
     * currency set with setMoneyCurrency ("Monthly cost (CNY)").
     */
    void setMoneyAxis(QCPAxis *axis, const QString &label);
    void setMoneyCurrency(const QString &currency);
    /** Text shown when there is nothing to plot (no design, no selection). */
    void setEmptyText(const QString &text);

    /** Hover text for the point `pos` (widget pixels); empty: no tooltip. */
    virtual QString toolTipAt(const QPointF &pos) const;

    /** Number of replots asked for since construction (tests check that edits are coalesced). */
    int replotRequests() const { return m_replotRequests; }
    /** True when the chart changed while hidden and replots when shown. */
    bool isStale() const { return m_stale; }

protected:
    /** Re-applies colours and fonts to the subclass's own items after a style change. */
    virtual void restyle() {}
    /** Queues a replot; a hidden chart is laid out and becomes stale (it replots when shown). */
    void requestReplot();
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

    ChartStyle m_style;

private:
    QCPTextElement *m_title = nullptr;
    QString m_titleText;
    int m_unpriced = 0;
    QCPItemText *m_empty = nullptr;
    int m_replotRequests = 0;
    void queueReplot();

    bool m_replotQueued = false;
    bool m_stale = true; ///< drawn data or size out of date (nothing drawn yet at first)
    QCPAxis *m_moneyAxis = nullptr;
    QString m_moneyLabel;
    QString m_moneyCurrency;
};

/** "CNY 1,234.50" with the design's currency; the charts' and report's money format. */
QString chartMoney(double value, const QString &currency);

} // namespace ecsplan
