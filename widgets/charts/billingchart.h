#pragma once

#include "chartbase.h"

#include <QMap>

namespace ecsplan {

/**
 * The same design priced in every billing model side by side (Totals::byBillingModel), with
 * the design's actual monthly total (its own mix of billing models) as a dashed reference line.
 * The line is named in the legend below the plot ("This design: CNY 8,101.84"), so its label
 * never sits on the bars' value labels.
 */
class BillingChart : public ChartBase
{
    Q_OBJECT

public:
    explicit BillingChart(QWidget *parent = nullptr);

    /** Returns true when anything changed (and a replot was queued). */
    bool setTotals(const QMap<BillingModel, double> &byBillingModel, double actualMonthly,
                   const QString &currency);

    QCPBars *bars() const { return m_bars; }
    /** The billing models in plotted order (key i + 1 is models().at(i)). */
    QList<BillingModel> models() const { return m_values.keys(); }
    double actualMonthly() const { return m_actual; }
    /** The reference line (a two-point graph across the plot) and its legend text. */
    QCPGraph *actualGraph() const { return m_actualGraph; }
    /** The value label above each bar, in plotted order. */
    const QList<QCPItemText *> &valueLabels() const { return m_labels; }

    QString toolTipAt(const QPointF &pos) const override;

protected:
    void restyle() override;

private:
    QCPBars *m_bars = nullptr;
    QCPGraph *m_actualGraph = nullptr;
    QList<QCPItemText *> m_labels;
    QMap<BillingModel, double> m_values;
    double m_actual = 0;
    QString m_currency;
};

} // namespace ecsplan
