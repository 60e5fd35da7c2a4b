#pragma once

#include "chartbase.h"

#include "diff/designdiff.h"

namespace ecsplan {

/**
 * File ▸ Compare With…: monthly cost before and after, side by side. The first group is each
 * design as it is billed (its own mix of billing models); the others the whole design priced in
 * each billing model (DesignDiff::Result::byBillingModel). Grey bars are the "before" design,
 * coloured bars the current one; the change is written above each group and the legend names
 * both sides.
 */
class ComparisonChart : public ChartBase
{
    Q_OBJECT

public:
    explicit ComparisonChart(QWidget *parent = nullptr);

    void setComparison(const DesignDiff::Result &result, const QString &beforeLabel);

    QCPBars *beforeBars() const { return m_before; }
    QCPBars *afterBars() const { return m_after; }
    /** Group names in plotted order (key i + 1 is groups().at(i)). */
    QStringList groups() const { return m_groups; }
    /** The "+¥1,234" label above each group, in plotted order. */
    const QList<QCPItemText *> &deltaLabels() const { return m_labels; }

    QString toolTipAt(const QPointF &pos) const override;

protected:
    void restyle() override;

private:
    QCPBars *m_before = nullptr;
    QCPBars *m_after = nullptr;
    QCPBarsGroup *m_group = nullptr;
    QStringList m_groups;
    QList<double> m_beforeValues, m_afterValues;
    QList<QCPItemText *> m_labels;
    QString m_currency;
};

} // namespace ecsplan
