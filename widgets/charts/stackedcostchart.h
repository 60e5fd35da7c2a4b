#pragma once

#include "chartbase.h"

#include <QMap>

namespace ecsplan {

/**
 * Monthly cost by category (compute, storage, network, cache, load balancing) as stacked bars,
 * one bar per group (a zone or a region), with each bar's total printed above it and the
 * design total in the title. Values in the display currency per month.
 */
class StackedCostChart : public ChartBase
{
    Q_OBJECT

public:
    struct Group
    {
        QString label; ///< zone or region name
        QMap<CostCategory, double> byCategory;
    };

    explicit StackedCostChart(QWidget *parent = nullptr);

    /**
     * Replaces the plotted groups. Series whose values are unchanged keep their data; a replot
     * is queued only when something changed. Returns the number of series updated.
     */
    int setGroups(const QList<Group> &groups, const QString &currency, double designTotal);

    const QList<Group> &groups() const { return m_groups; }
    QCPBars *bars(CostCategory category) const { return m_bars.at(int(category)); }
    /** Total printed above group `index` (the sum of its categories). */
    double groupTotal(int index) const;
    double designTotal() const { return m_total; }
    QString totalText() const;

    QString toolTipAt(const QPointF &pos) const override;

protected:
    void restyle() override;

private:
    void rebuildLabels();

    QList<QCPBars *> m_bars; ///< one per CostCategory, stacked in enum order
    QList<QCPItemText *> m_totalLabels;
    QList<Group> m_groups;
    QString m_currency;
    double m_total = 0;
};

} // namespace ecsplan
