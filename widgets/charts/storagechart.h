#pragma once

#include "chartbase.h"
#include "storagesizing.h"

namespace ecsplan {

/**
 * IOPS against capacity for the cloud-disk levels (ESSD PL0–PL3), log–log, each curve drawn
 * over its category's capacity range; the selected disk as a point, its IOPS target as a
 * dashed line, and the cheapest level/capacity that meets the target as a second point.
 */
class StorageChart : public ChartBase
{
    Q_OBJECT

public:
    struct SelectedDisk
    {
        QString name;
        int formulaIndex = -1; ///< which curve the disk is on (-1: none of them)
        int sizeGiB = 0;
        double iops = 0; ///< the disk's own IOPS (metrics engine's DiskMetrics::iops)
        double targetIops = 0; ///< 0: no target
    };

    explicit StorageChart(QWidget *parent = nullptr);

    /** `pricePerGiBMonth` parallel to `formulas` (display currency; empty = unknown). */
    void setFormulas(const QList<DiskFormula> &formulas,
                     const QList<std::optional<double>> &pricePerGiBMonth, const QString &currency);
    void setSelectedDisk(const std::optional<SelectedDisk> &disk);

    QCPGraph *curve(int formulaIndex) const { return m_curves.value(formulaIndex); }
    QCPGraph *selectedMarker() const { return m_selected; }
    QCPGraph *cheapestMarker() const { return m_cheapest; }
    const std::optional<DiskSizingOption> &cheapest() const { return m_cheapestOption; }

    /** Sample capacities of one curve: log-spaced over [minGiB, maxGiB] plus the cap's knee. */
    static QList<double> sampleCapacities(const DiskFormula &formula, double upperGiB);

    QString toolTipAt(const QPointF &pos) const override;

protected:
    void restyle() override;

private:
    void updateSelection();

    QList<DiskFormula> m_formulas;
    QList<std::optional<double>> m_prices;
    QString m_currency;
    std::optional<SelectedDisk> m_disk;
    std::optional<DiskSizingOption> m_cheapestOption;
    QList<QCPGraph *> m_curves;
    QCPGraph *m_selected = nullptr;
    QCPGraph *m_cheapest = nullptr;
    QCPItemStraightLine *m_target = nullptr;
    QCPItemText *m_selectedLabel = nullptr;
    QCPItemText *m_cheapestLabel = nullptr;
};

} // namespace ecsplan
