#pragma once

#include "metrics/metricsresults.h"

#include <QDockWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace ecsplan {

class BillingChart;
class Catalog;
class CatalogInputs;
class ChartBase;
class CumulativeChart;
class Document;
class LatencyWaterfall;
class MetricsEngine;
class StackedCostChart;
class StorageChart;

/**
 * The "Cost" dock: cost by zone/region, billing models, 36-month cumulative cost with
 * break-even points, disk IOPS by capacity and the latency waterfall of a request path.
 *
 * Follows the engine (metricsChanged → only the charts whose inputs changed are updated,
 * replots queued) and the selection (setSelection: a selected disk drives the storage chart, a
 * selected entity on a request path the waterfall). Follows the palette; "Large fonts" for
 * projectors. Export (PNG/SVG/PDF at a chosen size) and copy act on the visible chart.
 */
class CostDock : public QDockWidget
{
    Q_OBJECT

public:
    /**
     * `catalog` prices the storage chart's alternatives; nullptr: Catalog::builtin(). A view: it
     * only reads the document and the engine, which must outlive it.
     */
    CostDock(const Document *document, const MetricsEngine *engine,
             const Catalog *catalog = nullptr, QWidget *parent = nullptr);
    ~CostDock() override;

    StackedCostChart *costChart() const { return m_cost; }
    BillingChart *billingChart() const { return m_billing; }
    CumulativeChart *cumulativeChart() const { return m_cumulative; }
    StorageChart *storageChart() const { return m_storage; }
    LatencyWaterfall *latencyChart() const { return m_latency; }
    /**
     * Under the latency chart: the hop of the shown request path that saturates first at the
     * peak and the headroom factor (empty when no hop has a capacity figure).
     */
    QString pathHeadroomText() const;
    QList<ChartBase *> charts() const;
    ChartBase *currentChart() const;
    void setCurrentChart(ChartBase *chart);

    enum class Grouping { Zone, Region };
    void setGrouping(Grouping grouping);
    Grouping grouping() const;
    void setLargeFonts(bool large);
    QSize exportSize() const;

public slots:
    void setSelection(const ecsplan::EntityIds &selection);
    /** Re-reads everything from the engine (after a reset or a catalog change). */
    void refreshAll();
    void exportCurrentChart();
    void copyCurrentChart();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onMetricsChanged(const EntityIds &changed);
    void updateTotals();
    void updateStorage();
    void updateLatency();
    void restyle();

    const Document *m_document;
    const MetricsEngine *m_engine;
    std::unique_ptr<CatalogInputs> m_inputs;
    EntityIds m_selection;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_grouping = nullptr;
    QCheckBox *m_large = nullptr;
    QSpinBox *m_exportWidth = nullptr;
    QSpinBox *m_exportHeight = nullptr;
    StackedCostChart *m_cost = nullptr;
    BillingChart *m_billing = nullptr;
    CumulativeChart *m_cumulative = nullptr;
    StorageChart *m_storage = nullptr;
    LatencyWaterfall *m_latency = nullptr;
    QLabel *m_pathHeadroom = nullptr;
    bool m_restyling = false;
};

} // namespace ecsplan
