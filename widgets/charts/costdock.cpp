#include "costdock.h"

#include "metrics/formatting.h"

#include <algorithm>

#include "billingchart.h"
#include "chartdata.h"
#include "chartexport.h"
#include "cumulativechart.h"

#include "catalog/catalog.h"
#include "metrics/cataloginputs.h"
#include "metrics/metricsengine.h"
#include "model/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>

namespace ecsplan {

CostDock::CostDock(const Document *document, const MetricsEngine *engine, const Catalog *catalog,
                   QWidget *parent)
    : QDockWidget(tr("Cost"), parent)
    , m_document(document)
    , m_engine(engine)
    , m_inputs(std::make_unique<CatalogInputs>(catalog ? catalog : &Catalog::builtin()))
{
    setObjectName(QStringLiteral("CostDock"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_grouping = new QComboBox(content);
    m_grouping->addItem(tr("By zone"));
    m_grouping->addItem(tr("By region"));
    m_large = new QCheckBox(tr("Large fonts"), content);
    m_large->setToolTip(tr("Bigger text and lines, for projecting the charts"));
    m_exportWidth = new QSpinBox(content);
    m_exportHeight = new QSpinBox(content);
    for (QSpinBox *s : {m_exportWidth, m_exportHeight}) {
        s->setRange(200, 8000);
        s->setSuffix(tr(" px"));
    }
    m_exportWidth->setValue(1600);
    m_exportHeight->setValue(1000);
    m_exportWidth->setToolTip(tr("Width of exported and copied charts"));
    m_exportHeight->setToolTip(tr("Height of exported and copied charts"));
    auto *exportButton = new QToolButton(content);
    exportButton->setText(tr("Export…"));
    exportButton->setToolTip(tr("Save the visible chart as PNG, SVG or PDF"));
    auto *copyButton = new QToolButton(content);
    copyButton->setText(tr("Copy"));
    copyButton->setToolTip(tr("Copy the visible chart to the clipboard as an image"));
    bar->addWidget(m_grouping);
    bar->addWidget(m_large);
    bar->addStretch(1);
    bar->addWidget(new QLabel(tr("Size:"), content));
    bar->addWidget(m_exportWidth);
    bar->addWidget(new QLabel(QStringLiteral("×"), content));
    bar->addWidget(m_exportHeight);
    bar->addWidget(exportButton);
    bar->addWidget(copyButton);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(content);
    m_cost = new StackedCostChart(m_tabs);
    m_billing = new BillingChart(m_tabs);
    m_cumulative = new CumulativeChart(m_tabs);
    m_storage = new StorageChart(m_tabs);
    m_latency = new LatencyWaterfall(m_tabs);
    m_tabs->addTab(m_cost, tr("Where"));
    m_tabs->addTab(m_billing, tr("Billing"));
    m_tabs->addTab(m_cumulative, tr("36 months"));
    m_tabs->addTab(m_storage, tr("Storage"));
    m_tabs->addTab(m_latency, tr("Latency"));
    layout->addWidget(m_tabs, 1);
    m_pathHeadroom = new QLabel(content);
    m_pathHeadroom->setObjectName(QStringLiteral("pathHeadroom"));
    m_pathHeadroom->setWordWrap(true);
    m_pathHeadroom->setVisible(false);
    layout->addWidget(m_pathHeadroom);
    setWidget(content);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] { updateTotals(); });
    connect(m_large, &QCheckBox::toggled, this, [this] { restyle(); });
    connect(exportButton, &QToolButton::clicked, this, &CostDock::exportCurrentChart);
    connect(copyButton, &QToolButton::clicked, this, &CostDock::copyCurrentChart);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_grouping->setVisible(m_tabs->currentWidget() == m_cost);
        m_pathHeadroom->setVisible(m_tabs->currentWidget() == m_latency
                                   && !m_pathHeadroom->text().isEmpty());
    });
    if (m_engine)
        connect(m_engine, &MetricsEngine::metricsChanged, this, &CostDock::onMetricsChanged);
    restyle();
    refreshAll();
}

CostDock::~CostDock() = default;

QList<ChartBase *> CostDock::charts() const
{
    return {m_cost, m_billing, m_cumulative, m_storage, m_latency};
}

ChartBase *CostDock::currentChart() const
{
    return static_cast<ChartBase *>(m_tabs->currentWidget());
}

void CostDock::setCurrentChart(ChartBase *chart)
{
    m_tabs->setCurrentWidget(chart);
}

void CostDock::setGrouping(Grouping grouping)
{
    m_grouping->setCurrentIndex(grouping == Grouping::Zone ? 0 : 1);
}

CostDock::Grouping CostDock::grouping() const
{
    return m_grouping->currentIndex() == 0 ? Grouping::Zone : Grouping::Region;
}

void CostDock::setLargeFonts(bool large)
{
    m_large->setChecked(large);
}

QSize CostDock::exportSize() const
{
    return {m_exportWidth->value(), m_exportHeight->value()};
}

void CostDock::setSelection(const EntityIds &selection)
{
    m_selection = selection;
    updateStorage();
    updateLatency();
}

void CostDock::refreshAll()
{
    m_inputs->clear();
    updateTotals();
    updateStorage();
    updateLatency();
}

void CostDock::onMetricsChanged(const EntityIds &changed)
{
    // The charts compare their new values with the plotted ones and touch only what differs.
    updateTotals();
    const bool selectedChanged
            = std::any_of(m_selection.cbegin(), m_selection.cend(),
                          [&changed](EntityId id) { return changed.contains(id); });
    if (selectedChanged)
        updateStorage();
    updateLatency();
}

void CostDock::updateTotals()
{
    if (!m_engine || !m_document)
        return;
    const Totals &t = m_engine->totals();
    const Model &model = m_document->model();
    m_cost->setGroups(grouping() == Grouping::Zone ? ChartData::zoneGroups(model, t)
                                                   : ChartData::regionGroups(model, t),
                      t.currency, t.monthly);
    m_billing->setTotals(t.byBillingModel, t.monthly, t.currency);
    m_cumulative->setTotals(t.byBillingModel, t.currency);
    // The charts plot priced amounts only: their titles say what is left out.
    const int unpriced = int(t.missingPrices.size());
    m_cost->setUnpricedItems(unpriced);
    int unpricedInAnyModel = 0;
    for (const QStringList &keys : t.missingPricesByBillingModel)
        unpricedInAnyModel = std::max(unpricedInAnyModel, int(keys.size()));
    m_billing->setUnpricedItems(unpricedInAnyModel);
    m_cumulative->setUnpricedItems(unpricedInAnyModel);
}

void CostDock::updateStorage()
{
    if (!m_engine || !m_document || !m_inputs)
        return;
    const Model &model = m_document->model();
    EntityId disk = EntityId::None;
    for (EntityId id : std::as_const(m_selection)) {
        const Entity *e = model.find(id);
        if (e && e->kind == EntityKind::Disk) {
            disk = id;
            break;
        }
        if (e && e->isCompute() && !model.disksAttachedTo(id).isEmpty()) {
            disk = model.disksAttachedTo(id).constFirst();
            break;
        }
    }
    const DesignSettings &s = model.settings();
    const Entity *e = model.find(disk);
    const Entity *regionEntity = e ? model.find(model.regionOf(disk)) : nullptr;
    const ChartData::StorageInputs in = ChartData::storageInputs(
            *m_inputs, regionEntity ? regionEntity->code : QStringLiteral("cn-hangzhou"),
            BillingModel::PayAsYouGo, s.currency, s.cnyPerUsd);
    m_storage->setFormulas(in.formulas, in.pricePerGiBMonth, s.currency);
    m_storage->setSelectedDisk(
            ChartData::selectedDisk(model, disk, m_engine->disk(disk), in.formulas));
}

void CostDock::updateLatency()
{
    if (!m_engine || !m_document)
        return;
    const QList<PathMetrics> paths = m_engine->paths();
    const int index = ChartData::pathFor(paths, m_selection);
    const Model &model = m_document->model();
    m_latency->setSteps(index < 0 ? QList<WaterfallStep>{}
                                  : waterfallSteps(paths.at(index), [&model](EntityId id) {
                                        return ChartData::nameOf(model, id);
                                    }));
    QString headroom;
    if (index >= 0) {
        if (const std::optional<PathHeadroom> h = m_engine->headroom(paths.at(index)))
            headroom = tr("Saturates first at the peak: %1 (%2, %3 %); headroom × %4 before "
                          "it reaches 100 %")
                               .arg(ChartData::nameOf(model, h->component),
                                    displayName(h->resource).toLower(),
                                    metrics::number(h->utilisation * 100, 0),
                                    metrics::number(h->headroom()));
    }
    m_pathHeadroom->setText(headroom);
    m_pathHeadroom->setVisible(m_tabs->currentWidget() == m_latency && !headroom.isEmpty());
}

QString CostDock::pathHeadroomText() const
{
    return m_pathHeadroom->text();
}

void CostDock::restyle()
{
    if (m_restyling)
        return;
    m_restyling = true;
    const ChartStyle style = ChartStyle::fromPalette(palette(), m_large->isChecked(), font());
    for (ChartBase *chart : charts())
        chart->setChartStyle(style);
    m_restyling = false;
}

void CostDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
    else if (event->type() == QEvent::LanguageChange)
        refreshAll();
}

void CostDock::exportCurrentChart()
{
    ChartBase *chart = currentChart();
    const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Export chart"), QString(),
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!ChartExport::save(chart, fileName, exportSize(), ChartExport::formatForFile(fileName),
                           &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void CostDock::copyCurrentChart()
{
    ChartExport::copyToClipboard(currentChart(), exportSize());
}

} // namespace ecsplan
