#include "whatifpanel.h"

#include "catalog/catalog.h"
#include "metrics/formatting.h"
#include "model/document.h"
#include "whatif/billingoptimizer.h"
#include "whatif/trafficgrowth.h"
#include "whatif/zonedrill.h"

#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ecsplan {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, c, item);
    }
}

} // namespace

WhatIfPanel::WhatIfPanel(const Document *document, const Catalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog ? catalog : &Catalog::builtin())
    , m_picker(new QComboBox(this))
    , m_drill(makeTable({tr("Tier"), tr("Zones"), tr("Before"), tr("After"), tr("Remaining"),
                         tr("Extra to survive a zone"), tr("Extra / month")},
                        this))
    , m_drillSummary(new QLabel(this))
    , m_billing(makeTable({tr("Component"), tr("Type"), tr("Baseline"), tr("Peak"),
                           tr("Baseline billing"), tr("Peak billing"), tr("As drawn / month"),
                           tr("Optimized / month")},
                          this))
    , m_billingSummary(new QLabel(this))
    , m_factor(new QDoubleSpinBox(this))
    , m_traffic(makeTable({tr("Traffic"), tr("Breaks first"), tr("Above 100 %"),
                           tr("Cheapest change"), tr("Changes / month"), tr("Total extra / month")},
                          this))
    , m_trafficSummary(new QLabel(this))
{
    setObjectName(QStringLiteral("WhatIfPanel"));
    m_drillSummary->setWordWrap(true);
    m_billingSummary->setWordWrap(true);

    auto *drillBox = new QGroupBox(tr("Zone failure drill"), this);
    auto *drillLayout = new QVBoxLayout(drillBox);
    auto *form = new QFormLayout;
    form->addRow(tr("Fail:"), m_picker);
    drillLayout->addLayout(form);
    drillLayout->addWidget(m_drill, 1);
    drillLayout->addWidget(m_drillSummary);

    auto *billingBox = new QGroupBox(tr("Billing optimizer"), this);
    auto *billingLayout = new QVBoxLayout(billingBox);
    billingLayout->addWidget(m_billing, 1);
    billingLayout->addWidget(m_billingSummary);

    m_factor->setRange(1, 100);
    m_factor->setDecimals(1);
    m_factor->setSingleStep(0.5);
    m_factor->setValue(4);
    m_factor->setPrefix(QStringLiteral("× "));
    m_factor->setToolTip(tr("Every link's requests and transfer multiplied by up to this factor"));
    m_trafficSummary->setWordWrap(true);
    auto *trafficBox = new QGroupBox(tr("Traffic × k"), this);
    auto *trafficLayout = new QVBoxLayout(trafficBox);
    auto *trafficForm = new QFormLayout;
    trafficForm->addRow(tr("Up to:"), m_factor);
    trafficLayout->addLayout(trafficForm);
    trafficLayout->addWidget(m_traffic, 1);
    trafficLayout->addWidget(m_trafficSummary);

    // Side by side: the panel lives in the wide, short bottom dock area. Stacked, its three
    // tables asked 480 px, which pushed the window's status bar off a 1366×768 screen.
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(drillBox, 1);
    layout->addWidget(billingBox, 1);
    layout->addWidget(trafficBox, 1);
    connect(m_factor, &QDoubleSpinBox::valueChanged, this, [this] {
        m_trafficStale = true;
        if (isShown())
            refreshTraffic();
    });
    // In a dock behind another one's tab the panel stays "visible" (parked outside the window):
    // the dock says when its tab is raised.
    if (auto *dock = qobject_cast<QDockWidget *>(parent)) {
        connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
            if (visible)
                catchUp();
        });
    }

    connect(m_picker, &QComboBox::currentIndexChanged, this, &WhatIfPanel::refreshDrill);
    connect(m_document, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.isPresentationOnly() && !event.touches(Property::Name))
            return;
        if (event.type != ChangeEvent::Type::Changed || event.touches(Property::Code)
            || event.touches(Property::Name))
            repopulatePicker();
        refresh();
    });
    repopulatePicker();
    refresh();
}

QString WhatIfPanel::money(double amount) const
{
    return metrics::money(amount, m_document->model().settings().currency);
}

void WhatIfPanel::repopulatePicker()
{
    const EntityId current = failedContainer();
    const QSignalBlocker blocker(m_picker);
    m_picker->clear();
    m_picker->addItem(tr("No failure"), QVariant::fromValue(EntityId::None));
    const Model &model = m_document->model();
    for (EntityId region : model.ids(EntityKind::Region)) {
        const Entity *r = model.find(region);
        m_picker->addItem(tr("Region %1").arg(r->code.isEmpty() ? r->name : r->code),
                          QVariant::fromValue(region));
        for (EntityId child : model.descendantsOf(region)) {
            const Entity *z = model.find(child);
            if (z->kind == EntityKind::Zone)
                m_picker->addItem(
                        QStringLiteral("    ")
                                + tr("Zone %1").arg(z->code.isEmpty() ? z->name : z->code),
                        QVariant::fromValue(child));
        }
    }
    const int index = m_picker->findData(QVariant::fromValue(current));
    m_picker->setCurrentIndex(index < 0 ? 0 : index);
}

void WhatIfPanel::setFailedContainer(EntityId zoneOrRegion)
{
    const int index = m_picker->findData(QVariant::fromValue(zoneOrRegion));
    m_picker->setCurrentIndex(index < 0 ? 0 : index);
}

EntityId WhatIfPanel::failedContainer() const
{
    return m_picker->count() ? m_picker->currentData().value<EntityId>() : EntityId::None;
}

QString WhatIfPanel::drillSummary() const
{
    return m_drillSummary->text();
}

QString WhatIfPanel::billingSummary() const
{
    return m_billingSummary->text();
}

void WhatIfPanel::refresh()
{
    refreshDrill();
    // The billing table (every compute group priced four ways) and the traffic table (the
    // design re-priced at every step): only while they can be seen.
    m_billingStale = true;
    m_trafficStale = true;
    if (isShown())
        catchUp();
}

void WhatIfPanel::catchUp()
{
    if (m_billingStale)
        refreshBilling();
    if (m_trafficStale)
        refreshTraffic();
}

bool WhatIfPanel::isShown() const
{
    return isVisible() && !visibleRegion().isEmpty();
}

void WhatIfPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    catchUp();
}

void WhatIfPanel::setTrafficFactor(double k)
{
    m_factor->setValue(k);
    refreshTraffic();
}

QString WhatIfPanel::trafficSummary() const
{
    return m_trafficSummary->text();
}

void WhatIfPanel::refreshTraffic()
{
    m_trafficStale = false;
    const TrafficGrowth::Result r = TrafficGrowth::run(m_document->model(), *m_catalog,
                                                       TrafficGrowth::stepsUpTo(m_factor->value()));
    m_traffic->setRowCount(int(r.steps.size()));
    for (int row = 0; row < r.steps.size(); ++row) {
        const TrafficGrowth::Step &step = r.steps[row];
        QStringList over, changes;
        for (const TrafficGrowth::Over &o : step.over) {
            over << QStringLiteral("%1 %2 %").arg(o.name, metrics::number(o.utilisation * 100, 0));
            changes << (o.change.isEmpty() ? tr("%1: no change carries it").arg(o.name)
                                           : QStringLiteral("%1 → %2").arg(o.name, o.change));
        }
        const QString first = step.over.isEmpty()
                ? tr("nothing")
                : QStringLiteral("%1 (%2)").arg(step.over.first().name,
                                                displayName(step.over.first().resource).toLower());
        QString cost = money(step.monthlyToCarry);
        if (step.priceMissing)
            cost += QLatin1Char(' ') + tr("(incomplete)");
        setRow(m_traffic, row,
               {QStringLiteral("× %1").arg(metrics::number(step.factor, 1)), first,
                over.join(QStringLiteral(", ")), changes.join(QStringLiteral("; ")),
                money(step.monthlyOfChanges), cost});
        if (!step.over.isEmpty())
            m_traffic->item(row, 1)->setForeground(step.carried ? QColor(0xb2, 0x6a, 0x00)
                                                                : QColor(Qt::red));
    }
    const TrafficGrowth::Step &last = r.steps.last();
    QString summary
            = tr("Nothing runs above 100 % up to × %1.").arg(metrics::number(last.factor, 1));
    for (const TrafficGrowth::Step &step : r.steps) {
        if (step.over.isEmpty())
            continue;
        summary = tr("First break at × %1: %2 (%3).")
                          .arg(metrics::number(step.factor, 1), step.over.first().name,
                               displayName(step.over.first().resource).toLower());
        break;
    }
    m_trafficSummary->setText(
            summary + QLatin1Char(' ')
            + tr("Carrying × %1 costs %2 more per month: %3 for the cheapest changes, the "
                 "rest the traffic's own transfer and capacity units.")
                      .arg(metrics::number(last.factor, 1), money(last.monthlyToCarry),
                           money(last.monthlyOfChanges)));
}

void WhatIfPanel::refreshDrill()
{
    const Model &model = m_document->model();
    const EntityId failed = failedContainer();
    const ZoneDrill::Result r = ZoneDrill::run(model, *m_catalog, failed);
    m_drill->setRowCount(int(r.tiers.size()));
    const QLocale locale = QLocale::c();
    for (int row = 0; row < r.tiers.size(); ++row) {
        const ZoneDrill::Tier &t = r.tiers[row];
        QStringList zones;
        for (EntityId z : t.zones)
            zones << (model.find(z)->code.isEmpty() ? model.find(z)->name : model.find(z)->code);
        setRow(m_drill, row,
               {t.name, zones.join(QStringLiteral(", ")),
                locale.toString(t.instancesBefore, 'g', 4),
                locale.toString(t.instancesAfter, 'g', 4),
                t.losesAll ? tr("none — lost")
                           : QStringLiteral("%1%").arg(qRound(100 * t.remainingFraction())),
                QString::number(t.extraInstancesToSurvive),
                t.priceMissing ? tr("no price") : money(t.extraMonthlyToSurvive)});
        if (t.losesAll)
            m_drill->item(row, 4)->setForeground(Qt::red);
    }
    if (!isValid(failed)) {
        m_drillSummary->setText(tr("Pick a zone or region to fail. Surviving the loss of any one "
                                   "zone costs %1 more per month.")
                                        .arg(money(r.extraMonthlyToSurvive)));
    } else {
        const QStringList lost = r.lostTiers();
        m_drillSummary->setText(
                (lost.isEmpty()
                         ? tr("No tier loses all its capacity.")
                         : tr("Loses all capacity: %1.").arg(lost.join(QStringLiteral(", "))))
                + QLatin1Char(' ')
                + tr("Sizing every tier to survive the loss of any one zone costs %1 more per "
                     "month.")
                          .arg(money(r.extraMonthlyToSurvive)));
    }
    if (r.greyedOut != m_lastGreyed) {
        m_lastGreyed = r.greyedOut;
        emit greyOut(m_lastGreyed);
    }
}

void WhatIfPanel::refreshBilling()
{
    m_billingStale = false;
    const BillingOptimizer::Result r = BillingOptimizer::run(m_document->model(), *m_catalog);
    m_billing->setRowCount(int(r.lines.size()));
    for (int row = 0; row < r.lines.size(); ++row) {
        const BillingOptimizer::Line &l = r.lines[row];
        setRow(m_billing, row,
               {l.name, l.instanceType, QString::number(l.baseline), QString::number(l.peak),
                displayName(l.baselineBilling),
                l.peak > l.baseline ? displayName(l.burstBilling) : QStringLiteral("—"),
                l.priceMissing ? tr("no price") : money(l.currentMonthly),
                l.priceMissing ? tr("no price") : money(l.optimizedMonthly)});
    }
    m_billingSummary->setText(tr("As drawn %1 per month; optimized %2 per month (saves %3). %4")
                                      .arg(money(r.currentMonthly), money(r.optimizedMonthly),
                                           money(r.savingMonthly()),
                                           r.assumptions.join(QLatin1Char(' '))));
}

} // namespace ecsplan
