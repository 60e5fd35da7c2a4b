#pragma once

#include "breakeven.h"
#include "chartbase.h"

namespace ecsplan {

/**
 * Cumulative cost over `horizon` months (36) per billing model, subscriptions prepaid per term
 * (see BillingPlan), with each commitment's break-even month against pay-as-you-go marked and
 * labelled ("pays off in month 10.2").
 */
class CumulativeChart : public ChartBase
{
    Q_OBJECT

public:
    explicit CumulativeChart(QWidget *parent = nullptr);

    bool setTotals(const QMap<BillingModel, double> &byBillingModel, const QString &currency);

    QCPGraph *graph(BillingModel model) const { return m_graphs.value(model); }
    /** Break-even month per billing model that has one (pay-as-you-go itself excluded). */
    const QMap<BillingModel, double> &breakEvens() const { return m_breakEvens; }
    QList<QCPItemText *> breakEvenLabels() const { return m_labels; }
    int horizon() const { return m_horizon; }

    QString toolTipAt(const QPointF &pos) const override;

protected:
    void restyle() override;

private:
    QMap<BillingModel, QCPGraph *> m_graphs;
    QCPGraph *m_markers = nullptr;
    QList<QCPItemText *> m_labels;
    QMap<BillingModel, double> m_values;
    QMap<BillingModel, double> m_breakEvens;
    QString m_currency;
    int m_horizon = 36;
};

} // namespace ecsplan
