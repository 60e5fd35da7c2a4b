#include "reportsections.h"

#include "metrics/assumptions.h"

#include "reportpager.h"

#include "catalog/catalog.h"
#include "catalog/catalogoverlay.h"
#include "charts/billingchart.h"
#include "charts/breakeven.h"
#include "charts/chartdata.h"
#include "charts/chartexport.h"
#include "charts/comparisonchart.h"
#include "charts/cumulativechart.h"
#include "metrics/cataloginputs.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "report/costtable.h"
#include "rules/finding.h"
#include "whatif/trafficgrowth.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <memory>

namespace ecsplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ecsplan::ReportSections", text);
}

ChartStyle printStyle()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::PlaceholderText, QColor(0x66, 0x66, 0x66));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    return ChartStyle::fromPalette(palette, false, font);
}

} // namespace

ReportSections::ReportSections(ReportPager *pager, const Document *document,
                               const MetricsEngine *engine, const Catalog *catalog)
    : m_pager(pager)
    , m_document(document)
    , m_engine(engine)
    , m_catalog(catalog)
    , m_currency(engine->totals().currency)
{
}

QString ReportSections::money(double value) const
{
    return metrics::money(value, m_currency);
}

void ReportSections::titlePage(const QString &title, const QDate &date)
{
    const DesignSettings &s = m_document->model().settings();
    const Totals &t = m_engine->totals();
    m_pager->skip(45);
    m_pager->paragraph(tr("ECS Planner — stakeholder report"), 12, QColor(0x3b, 0x6e, 0xa5));
    m_pager->heading(title, 1);
    if (!s.description.isEmpty())
        m_pager->paragraph(s.description, 10.5, QColor(0x33, 0x33, 0x33));
    m_pager->skip(8);
    m_pager->paragraph(tr("Total monthly cost"), 11, QColor(0x55, 0x55, 0x55));
    m_pager->block(14, [&](QPainter *p, const QRectF &r) {
        p->setFont(m_pager->font(26, true));
        p->setPen(QColor(0x1f, 0x3b, 0x5c));
        p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, money(t.monthly));
    });
    if (!t.missingPrices.isEmpty())
        m_pager->paragraph(metrics::unpricedSuffix(int(t.missingPrices.size())), 13,
                           QColor(0xa0, 0x40, 0x00));
    m_pager->skip(6);
    QString currency = s.currency;
    if (s.currency == QLatin1String("CNY") || s.currency == QLatin1String("USD"))
        currency += tr(" (exchange rate %1 CNY per USD)").arg(metrics::number(s.cnyPerUsd, 4));
    // The same count as `ecsplan-cli info` (every entity), broken down by kind.
    const Model &model = m_document->model();
    QStringList byKind;
    for (int k = 0; k < EntityKindCount; ++k) {
        const auto kind = static_cast<EntityKind>(k);
        if (const qsizetype count = model.ids(kind).size(); count > 0)
            byKind << QStringLiteral("%1 %2").arg(displayName(kind)).arg(count);
    }
    const QString components = byKind.isEmpty()
            ? QStringLiteral("0")
            : QStringLiteral("%1 (%2)").arg(model.size()).arg(byKind.join(QStringLiteral(", ")));
    QList<QStringList> rows{
            {tr("Date"), date.toString(Qt::ISODate)},
            {tr("Currency"), currency},
            {tr("Catalog"), tr("%1, prices as of %2").arg(m_catalog->version(), m_catalog->asOf())},
    };
    if (!m_catalog->overlayFile().isEmpty()) {
        // The figures from Alibaba Cloud's API: the overlay and the days its responses were saved.
        QStringList dates;
        for (const OverlaySource &source : m_catalog->overlaySources())
            dates << source.asOf;
        std::sort(dates.begin(), dates.end());
        const QString span = dates.isEmpty() ? QString()
                : dates.first() == dates.last()
                ? dates.first()
                : dates.first() + QStringLiteral("–") + dates.last();
        rows.append({tr("Catalog overlay"),
                     QCoreApplication::translate("ecsplan::ReportSections",
                                                 "%1: %n Alibaba Cloud API response(s) saved %2",
                                                 nullptr, int(dates.size()))
                             .arg(m_catalog->overlayFile(), span)});
    }
    rows.append({tr("Components"), components});
    rows.append({tr("Design file"), QFileInfo(m_document->fileName()).fileName()});
    m_pager->table({tr("Item"), tr("Value")}, rows, {1, 3});
    if (!t.missingPrices.isEmpty())
        m_pager->paragraph(
                tr("Some items have no catalog price and are not in the total; see Assumptions."),
                9, QColor(0xa0, 0x40, 0x00));
}

void ReportSections::canvas(const std::function<void(QPainter *, const QRectF &)> &draw)
{
    m_pager->heading(tr("The design"), 1);
    // The rest of the page: the diagram is as large as the paper allows, figures included.
    const double heightMm = m_pager->remaining() / m_pager->mm(1) - 2;
    m_pager->block(std::max(60.0, heightMm), [&](QPainter *p, const QRectF &r) {
        p->setPen(QPen(QColor(0xc8, 0xcd, 0xd4), 0));
        p->drawRect(r);
        const double inset = m_pager->mm(2);
        draw(p, r.adjusted(inset, inset, -inset, -inset));
    });
}

void ReportSections::costSummary()
{
    const Totals &t = m_engine->totals();
    const Model &model = m_document->model();
    m_pager->heading(tr("Cost summary"), 1);
    m_pager->paragraph(tr("Monthly cost in %1 per month of 730 hours, each component in its own "
                          "billing model.")
                               .arg(m_currency),
                       9.5);

    // Every total says what it leaves out: a finance reviewer must never read an incomplete
    // figure as the whole cost.
    auto total = [this](double value, int unpriced) {
        return metrics::total(value, m_currency, unpriced);
    };
    QList<QStringList> rows;
    for (auto it = t.byCategory.cbegin(); it != t.byCategory.cend(); ++it)
        rows << QStringList{displayName(it.key()),
                            total(it.value(), t.missingByCategory.value(it.key())),
                            t.monthly > 0 ? QStringLiteral("%1 %").arg(
                                    metrics::number(100 * it.value() / t.monthly, 1))
                                          : QStringLiteral("—")};
    rows << QStringList{tr("Total"), total(t.monthly, int(t.missingPrices.size())),
                        QStringLiteral("100 %")};
    m_pager->heading(tr("By category"), 2);
    m_pager->table({tr("Category"), tr("Monthly"), tr("Share")}, rows, {2.6, 3.2, 0.9},
                   {false, true, true}, 1);

    // Regions, then what no region carries, so the rows add up to the total.
    rows.clear();
    QList<std::pair<QString, EntityId>> regions;
    for (EntityId id : model.ids(EntityKind::Region))
        regions.append({ChartData::nameOf(model, id), id});
    std::sort(regions.begin(), regions.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    double attributed = 0;
    for (const auto &[name, id] : std::as_const(regions)) {
        const double v = t.byRegion.value(id);
        const int unpriced = t.missingByRegion.value(id);
        if (v == 0 && unpriced == 0)
            continue;
        attributed += v;
        rows << QStringList{name, total(v, unpriced)};
    }
    if (!rows.isEmpty()) {
        const double outside = t.monthly + t.internetFreeQuotaCredit - attributed;
        if (std::abs(outside) >= 0.005)
            rows << QStringList{tr("Outside any region"), money(outside)};
        if (t.internetFreeQuotaCredit > 0)
            rows << QStringList{tr("Internet free quota (account-wide credit)"),
                                money(-t.internetFreeQuotaCredit)};
        rows << QStringList{tr("Total"), total(t.monthly, int(t.missingPrices.size()))};
        m_pager->heading(tr("By region"), 2);
        m_pager->table({tr("Region"), tr("Monthly")}, rows, {3, 2.6}, {false, true}, 1);
    }

    rows.clear();
    const BillingPlan payg = BillingPlan::forModel(
            BillingModel::PayAsYouGo, t.byBillingModel.value(BillingModel::PayAsYouGo));
    for (auto it = t.byBillingModel.cbegin(); it != t.byBillingModel.cend(); ++it) {
        const BillingPlan plan = BillingPlan::forModel(it.key(), it.value());
        const std::optional<double> month
                = plan.termMonths > 0 ? breakEvenMonth(plan, payg) : std::nullopt;
        rows << QStringList{
                displayName(it.key()),
                total(it.value(), int(t.missingPricesByBillingModel.value(it.key()).size())),
                money(cumulativeCost(plan, 36)),
                month ? tr("month %1").arg(metrics::number(*month, 1)) : QStringLiteral("—")};
    }
    m_pager->heading(tr("By billing model"), 2);
    m_pager->paragraph(
            tr("The whole design priced in each model. Subscriptions are prepaid per term; "
               "break-even is the month from which a subscription has cost no more than "
               "pay-as-you-go."),
            9);
    m_pager->table({tr("Billing model"), tr("Monthly"), tr("36 months"), tr("Break-even")}, rows,
                   {2.0, 3.1, 1.6, 1.1}, {false, true, true, true});
    if (!t.missingPrices.isEmpty())
        m_pager->paragraph(
                tr("A figure followed by \"+ n items without a price\" leaves those items "
                   "out (they have no catalog price; see Assumptions); the 36-month "
                   "and break-even figures leave them out too."),
                9, QColor(0xa0, 0x40, 0x00));
}

void ReportSections::chart(ChartBase *chart, double heightMm)
{
    chart->setChartStyle(printStyle());
    const QSize size(760, int(760 * heightMm / 174.0));
    chart->resize(size);
    m_pager->block(heightMm,
                   [&](QPainter *p, const QRectF &r) { ChartExport::render(chart, p, r, size); });
}

void ReportSections::charts()
{
    const Totals &t = m_engine->totals();
    const Model &model = m_document->model();
    m_pager->newPage();
    m_pager->heading(tr("Charts"), 1);
    auto zones = std::make_unique<StackedCostChart>();
    zones->setGroups(ChartData::zoneGroups(model, t), t.currency, t.monthly);
    chart(zones.get(), 95);
    auto billing = std::make_unique<BillingChart>();
    billing->setTotals(t.byBillingModel, t.monthly, t.currency);
    chart(billing.get(), 85);
    auto cumulative = std::make_unique<CumulativeChart>();
    cumulative->setTotals(t.byBillingModel, t.currency);
    chart(cumulative.get(), 100);

    const QList<PathMetrics> paths = m_engine->paths();
    const int path = ChartData::pathFor(paths, {});
    if (path >= 0) {
        auto latency = std::make_unique<LatencyWaterfall>();
        latency->setSteps(waterfallSteps(
                paths.at(path), [&model](EntityId id) { return ChartData::nameOf(model, id); }));
        m_pager->ensureSpace(80 + 14);
        m_pager->heading(tr("Slowest request path"), 2);
        chart(latency.get(), 80);
    }
    // The storage chart for the first disk with an IOPS target.
    for (EntityId id : model.ids(EntityKind::Disk)) {
        const Entity *e = model.find(id);
        if (e->disk.targetIops <= 0)
            continue;
        CatalogInputs inputs(m_catalog);
        const Entity *region = model.find(model.regionOf(id));
        const ChartData::StorageInputs in = ChartData::storageInputs(
                inputs, region ? region->code : QString(), BillingModel::PayAsYouGo,
                model.settings().currency, model.settings().cnyPerUsd);
        auto storage = std::make_unique<StorageChart>();
        storage->setFormulas(in.formulas, in.pricePerGiBMonth, model.settings().currency);
        storage->setSelectedDisk(
                ChartData::selectedDisk(model, id, m_engine->disk(id), in.formulas));
        m_pager->ensureSpace(95 + 14);
        m_pager->heading(tr("Disk sizing: %1").arg(e->name), 2);
        chart(storage.get(), 95);
        break;
    }
}

void ReportSections::headroom()
{
    const Model &model = m_document->model();
    QList<QStringList> rows;
    for (EntityId id : model.ids()) {
        const std::optional<ComponentLoad> load = m_engine->load(id);
        if (!load || load->demand.isEmpty())
            continue;
        const Entity *e = model.find(id);
        const ResourceLoad *b = load->bottleneck();
        QString capacity = b ? displayName(b->resource) : tr("no published capacity");
        if (!b && load->peakCapacityUnits)
            capacity = tr("%1 capacity units (LCU) at the peak")
                               .arg(metrics::number(load->peakCapacityUnits->units()));
        const double u = load->utilisation();
        rows << QStringList{e->name, metrics::number(load->demand.servedRps, 0), capacity,
                            b ? QStringLiteral("%1 %").arg(metrics::number(u * 100, 0))
                              : QStringLiteral("—"),
                            b && u > 0 ? QStringLiteral("× %1").arg(metrics::number(1 / u))
                                       : QStringLiteral("—")};
    }
    if (rows.isEmpty())
        return;
    m_pager->newPage();
    m_pager->heading(tr("Headroom"), 1);
    m_pager->paragraph(
            tr("Demand against capacity at the peak (the links' average × the design's "
               "peak-to-average factor of %1). Headroom is how many times the traffic may grow "
               "before the component reaches 100 % of its baseline; below × 1 it is already "
               "over. Above 70 % is amber, above 100 % red (docs/demand.md).")
                    .arg(metrics::number(model.settings().peakToAverage)),
            9.5);
    m_pager->table({tr("Component"), tr("Req/s at the peak"), tr("Busiest resource"),
                    tr("Utilisation"), tr("Headroom")},
                   rows, {3, 1.6, 3, 1.3, 1.3}, {false, true, false, true, true});

    QList<QStringList> paths;
    for (const PathMetrics &p : m_engine->paths()) {
        const std::optional<PathHeadroom> h = m_engine->headroom(p);
        if (!h)
            continue;
        QStringList hops;
        for (EntityId hop : p.hops)
            hops << (model.find(hop) ? model.find(hop)->name : QString());
        paths << QStringList{
                hops.join(QStringLiteral(" → ")), model.find(h->component)->name,
                QStringLiteral("%1, %2 %")
                        .arg(displayName(h->resource), metrics::number(h->utilisation * 100, 0)),
                QStringLiteral("× %1").arg(metrics::number(h->headroom()))};
    }
    if (!paths.isEmpty()) {
        m_pager->heading(tr("Request paths: what saturates first"), 2);
        m_pager->table({tr("Path"), tr("Saturates first"), tr("Resource"), tr("Headroom")}, paths,
                       {4.4, 2, 2.6, 1.2}, {false, false, false, true});
    }

    const TrafficGrowth::Result growth
            = TrafficGrowth::run(model, m_catalog ? *m_catalog : Catalog::builtin(), {1, 2, 4});
    QList<QStringList> steps;
    for (const TrafficGrowth::Step &step : growth.steps) {
        QStringList changes;
        for (const TrafficGrowth::Over &o : step.over)
            changes << (o.change.isEmpty() ? tr("%1: no change carries it").arg(o.name)
                                           : QStringLiteral("%1 → %2").arg(o.name, o.change));
        steps << QStringList{QStringLiteral("× %1").arg(metrics::number(step.factor)),
                             step.over.isEmpty() ? tr("nothing") : step.over.first().name,
                             changes.isEmpty() ? QStringLiteral("—")
                                               : changes.join(QStringLiteral("; ")),
                             money(step.monthlyOfChanges),
                             money(step.monthlyToCarry)
                                     + (step.priceMissing ? QStringLiteral(" *") : QString())};
    }
    m_pager->heading(tr("Traffic growth: what breaks and what carrying it costs"), 2);
    m_pager->table({tr("Traffic"), tr("Breaks first"), tr("Cheapest change"), tr("Changes / month"),
                    tr("Total extra / month")},
                   steps, {0.9, 1.8, 3.6, 2, 2.2}, {false, false, false, true, true});
    m_pager->paragraph(tr("Total extra: the design at that traffic with the changes, against "
                          "today — the changes and the traffic's own transfer and capacity-unit "
                          "costs."),
                       8.5, QColor(0x55, 0x55, 0x55));
    if (std::any_of(growth.steps.cbegin(), growth.steps.cend(),
                    [](const TrafficGrowth::Step &s) { return s.priceMissing; }))
        m_pager->paragraph(tr("* some items have no catalog price; the figure counts the priced "
                              "ones."),
                           8.5, QColor(0x55, 0x55, 0x55));
}

void ReportSections::componentTable()
{
    const Model &model = m_document->model();
    const QList<CostTableRow> rows = CostTable::currentRows(CostTable::build(model, *m_engine));
    m_pager->newPage();
    m_pager->heading(tr("Cost per component"), 1);
    QList<QStringList> cells;
    for (const CostTableRow &r : rows) {
        if (r.monthly == 0 && !r.priceMissing)
            continue;
        cells << QStringList{r.name, displayName(r.kind), r.zone.isEmpty() ? r.region : r.zone,
                             r.billingDependent ? displayName(r.billing) : QStringLiteral("—"),
                             r.priceMissing ? tr("no price") : money(r.monthly)};
    }
    const Totals &totals = m_engine->totals();
    cells << QStringList{tr("Total"), QString(), QString(),
                         metrics::unpricedSuffix(int(totals.missingPrices.size())),
                         money(totals.monthly)};
    m_pager->table({tr("Component"), tr("Kind"), tr("Zone / region"), tr("Billing"), tr("Monthly")},
                   cells, {3, 2, 2.2, 2, 1.8}, {false, false, false, false, true}, 1);
    m_pager->paragraph(
            tr("Free transfer (same-region traffic, the monthly internet quota) is not listed. "
               "The total applies the design-wide free internet quota, so link rows may "
               "add up to more than the network total."),
            8.5, QColor(0x55, 0x55, 0x55));
}

void ReportSections::assumptions()
{
    const DesignSettings &s = m_document->model().settings();
    const Totals &t = m_engine->totals();
    m_pager->heading(tr("Assumptions"), 1);
    QStringList items{
            tr("Amounts are in %1.").arg(s.currency),
            tr("Subscriptions (1 and 3 years) are paid upfront for each term; pay-as-you-go, "
               "preemptible "
               "and savings plan are paid monthly."),
            tr("Scaling groups are priced at their desired size."),
            tr("List prices: negotiated discounts, taxes and promotions are not included."),
    };
    // Each figure the planner assumes, borrows or derives, with its real source.
    for (const Assumption &a : designAssumptions(m_document->model(), m_catalog)) {
        QString line = QStringLiteral("%1: %2 — %3").arg(a.what, a.value, a.why);
        if (!a.source.source.isEmpty())
            line += QStringLiteral(" (") + a.source.source
                    + (a.source.asOf.isEmpty() ? QString() : QStringLiteral(", ") + a.source.asOf)
                    + QLatin1Char(')');
        items << line;
    }
    for (const QString &note : m_catalog->notes())
        items << note;
    for (const QString &item : std::as_const(items))
        m_pager->paragraph(QStringLiteral("•  ") + item, 9.5);
    if (!t.missingPrices.isEmpty()) {
        m_pager->heading(tr("Items without a price"), 2);
        for (const QString &m : t.missingPrices)
            m_pager->paragraph(QStringLiteral("•  ") + m, 9);
    }
}

void ReportSections::sources()
{
    // The citations behind every priced component, deduplicated by (source, date).
    QMap<QPair<QString, QString>, QStringList> bySource;
    for (EntityId id : m_document->model().ids()) {
        const CostFigure cost = m_engine->costOf(id);
        for (const Citation &c : cost.why.citations) {
            QStringList &whats = bySource[{c.source, c.asOf}];
            const QString what = c.what + (c.indicative ? tr(" (indicative)") : QString());
            if (!whats.contains(what))
                whats << what;
        }
    }
    m_pager->heading(tr("Sources of the prices"), 1);
    if (bySource.isEmpty()) {
        m_pager->paragraph(tr("No priced components."), 9.5);
        return;
    }
    QList<QStringList> rows;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        QStringList whats = it.value();
        const int more = int(whats.size()) - 4;
        if (more > 0) {
            whats = whats.mid(0, 4);
            whats << tr("and %1 more").arg(more);
        }
        rows << QStringList{whats.join(QStringLiteral("; ")), it.key().first, it.key().second};
    }
    m_pager->table({tr("Figures"), tr("Source"), tr("As of")}, rows, {3, 3.6, 1});
}

void ReportSections::findings(const QList<ReportFinding> &findings)
{
    m_pager->heading(tr("Design review findings"), 1);
    if (findings.isEmpty()) {
        m_pager->paragraph(tr("No findings were supplied with this report."), 9.5);
        return;
    }
    QList<QStringList> rows;
    for (const ReportFinding &f : findings)
        rows << QStringList{f.severity, f.ruleId, f.title, f.location, f.fix};
    m_pager->table({tr("Severity"), tr("Rule"), tr("Finding"), tr("Where"), tr("Fix")}, rows,
                   {1.2, 1, 3, 2, 3});
}

void ReportSections::whatChanges(const DesignDiff::Result &r, const QString &beforeLabel)
{
    const QString currency = r.currency;
    auto signedMoney = [&currency](double delta) {
        return (delta < 0 ? QStringLiteral("−") : QStringLiteral("+"))
                + metrics::money(std::abs(delta), currency);
    };
    // Compact JSON values break only at spaces in a table cell.
    auto value = [](const QString &compactJson) {
        return compactJson.isEmpty()
                ? QStringLiteral("—")
                : QString(compactJson).replace(QLatin1Char(','), QStringLiteral(", "));
    };
    const QString title = m_document->model().settings().title;
    m_pager->heading(tr("What changes"), 1);
    m_pager->paragraph(tr("Option A (before): %1. Option B (after): this design%2. Monthly cost "
                          "%3 → %4 (%5).")
                               .arg(beforeLabel,
                                    title.isEmpty() ? QString() : QStringLiteral(", ") + title,
                                    metrics::total(r.before.monthly, currency, r.before.unpriced),
                                    metrics::total(r.after.monthly, currency, r.after.unpriced),
                                    signedMoney(r.after.monthly - r.before.monthly)),
                       9.5);

    QList<QStringList> rows;
    rows << QStringList{tr("As billed"),
                        metrics::total(r.before.monthly, currency, r.before.unpriced),
                        metrics::total(r.after.monthly, currency, r.after.unpriced),
                        signedMoney(r.after.monthly - r.before.monthly)};
    for (auto it = r.byBillingModel.cbegin(); it != r.byBillingModel.cend(); ++it)
        rows << QStringList{
                tr("All %1").arg(displayName(it.key())),
                metrics::total(it.value().first.monthly, currency, it.value().first.unpriced),
                metrics::total(it.value().second.monthly, currency, it.value().second.unpriced),
                signedMoney(it.value().second.monthly - it.value().first.monthly)};
    m_pager->heading(tr("Monthly cost, A and B"), 2);
    m_pager->table({tr("Priced"), tr("A (before)"), tr("B (after)"), tr("Change")}, rows,
                   {2.2, 2.2, 2.2, 1.4}, {false, true, true, true});
    auto compared = std::make_unique<ComparisonChart>();
    compared->setComparison(r, beforeLabel);
    chart(compared.get(), 70);

    m_pager->heading(tr("Components"), 2);
    rows.clear();
    for (const DesignDiff::ComponentChange &c : r.components) {
        QString change;
        switch (c.change) {
        case DesignDiff::Change::Added:
            change = tr("added");
            break;
        case DesignDiff::Change::Removed:
            change = tr("removed");
            break;
        case DesignDiff::Change::Changed:
            change = tr("changed");
            break;
        }
        QStringList what;
        for (const DesignDiff::FieldChange &f : c.fields)
            what << QStringLiteral("%1: %2 → %3").arg(f.field, value(f.before), value(f.after));
        for (const DesignDiff::FigureChange &f : c.figures)
            what << DesignDiff::figureText(f);
        auto cost = [&](double v, bool unpriced) {
            return metrics::moneyAmount(v) + (unpriced ? tr(" + unpriced") : QString());
        };
        QString delta;
        if (c.costed()) {
            const bool unpriced = c.unpricedBefore || c.unpricedAfter;
            delta = unpriced && c.costBefore == 0 && c.costAfter == 0
                    ? tr("unpriced")
                    : (c.costAfter < c.costBefore ? QStringLiteral("−") : QStringLiteral("+"))
                            + metrics::moneyAmount(std::abs(c.costAfter - c.costBefore));
        }
        rows << QStringList{
                change,
                c.name,
                c.kind,
                what.join(QLatin1Char('\n')),
                c.change == DesignDiff::Change::Added ? QStringLiteral("—")
                                                      : cost(c.costBefore, c.unpricedBefore),
                c.change == DesignDiff::Change::Removed ? QStringLiteral("—")
                                                        : cost(c.costAfter, c.unpricedAfter),
                delta};
    }
    if (rows.isEmpty())
        m_pager->paragraph(tr("No component was added, removed or changed."), 9.5);
    else
        m_pager->table({tr("Change"), tr("Component"), tr("Kind"), tr("What changed"),
                        tr("A (%1)").arg(currency), tr("B (%1)").arg(currency),
                        tr("Change (%1)").arg(currency)},
                       rows, {1.1, 1.9, 1.7, 3.3, 1.3, 1.3, 1.6},
                       {false, false, false, false, true, true, true});
    if (r.movedOnly > 0)
        m_pager->paragraph(QCoreApplication::translate("ecsplan::ReportSections",
                                                       "%n component(s) only moved on the canvas.",
                                                       nullptr, r.movedOnly),
                           9);
    for (const DesignDiff::FieldChange &f : r.settings)
        m_pager->paragraph(
                tr("Design setting %1: %2 → %3").arg(f.field, value(f.before), value(f.after)), 9);

    m_pager->heading(tr("Findings introduced and resolved"), 2);
    rows.clear();
    auto findingRows = [&rows](const QString &label, const QList<DesignDiff::FindingChange> &list) {
        for (const DesignDiff::FindingChange &f : list) {
            const std::optional<Severity> severity = severityFromCode(f.severity);
            rows << QStringList{label, f.ruleId, severity ? displayName(*severity) : f.severity,
                                f.title, f.subject};
        }
    };
    findingRows(tr("introduced"), r.introduced);
    findingRows(tr("resolved"), r.resolved);
    if (rows.isEmpty())
        m_pager->paragraph(tr("No finding is introduced or resolved by B."), 9.5);
    else
        m_pager->table({tr("In B"), tr("Rule"), tr("Severity"), tr("Finding"), tr("Where")}, rows,
                       {1.2, 1, 1.2, 4, 2});
}

} // namespace ecsplan
