#include "reportbuilder.h"

#include "catalog/catalog.h"
#include "catalog/catalogoverlay.h"
#include "metrics/metricsengine.h"
#include "session/designsession.h"

#include "metrics/assumptions.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <string_view>

namespace ecsplan::ReportBuilder {

using json = nlohmann::ordered_json;

namespace {

double cents(double v)
{
    return std::round(v * 100.0) / 100.0;
}
double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

/** Utilisation as a percentage with 2 decimals (1.1234 → 112.34). */
double percent2(double fraction)
{
    return std::round(fraction * 10000.0) / 100.0;
}
std::string s(const QString &text)
{
    return text.toStdString();
}

json strings(const QStringList &list)
{
    json a = json::array();
    for (const QString &item : list)
        a.push_back(s(item));
    return a;
}

json citation(const Citation &c)
{
    json j = {{"what", s(c.what)},
              {"source", s(c.source)},
              {"asOf", c.asOf.isEmpty() ? json(nullptr) : json(s(c.asOf))},
              {"kind", c.kind.isEmpty() ? json(nullptr) : json(s(c.kind))},
              {"indicative", c.indicative},
              {"assumption", c.isAssumption()}};
    if (!c.note.isEmpty())
        j["note"] = s(c.note);
    return j;
}

/** An Explanation as JSON: the formula with this design's values, notes, dated citations. */
json explanation(const Explanation &why)
{
    json citations = json::array();
    for (const Citation &c : why.citations)
        citations.push_back(citation(c));
    return {{"formula", s(why.formula)},
            {"notes", strings(why.notes)},
            {"citations", std::move(citations)}};
}

json range(double typical, double worst)
{
    return {{"typical", round2(typical)}, {"worst", round2(worst)}};
}

struct Context
{
    const Model &model;
    const MetricsEngine &engine;

    QString code(EntityId container) const
    {
        const Entity *e = model.find(container);
        return e ? e->code : QString();
    }
    QString name(EntityId id) const
    {
        const Entity *e = model.find(id);
        return e ? e->name : QString();
    }
    /** Common head of every costed item: id, name, kind, region and zone codes. */
    json head(const Entity &e, EntityId placedAt) const
    {
        return {{"id", toUInt(e.id)},
                {"name", s(e.name)},
                {"kind", s(toCode(e.kind))},
                {"region", s(code(model.regionOf(placedAt)))},
                {"zone", s(code(model.zoneOf(placedAt)))}};
    }
    void cost(json &item, EntityId id, const CostFigure &c) const
    {
        item["monthlyCost"] = c.priceMissing ? json(nullptr) : json(cents(c.monthly));
        if (c.priceMissing)
            item["monthlyCostKnownPart"] = cents(c.monthly);
        item["priceMissing"] = c.priceMissing;
        item["missingPrices"] = strings(engine.missingPricesOf(id));
        item["costFormula"] = s(c.why.formula);
        item["costExplanation"] = explanation(c.why);
    }
};

json assumptionsJson(const Model &model, const Catalog *catalog)
{
    json list = json::array();
    for (const Assumption &a : designAssumptions(model, catalog)) {
        list.push_back({{"id", s(a.id)},
                        {"what", s(a.what)},
                        {"value", s(a.value)},
                        {"why", s(a.why)},
                        {"source", citation(a.source)}});
    }
    return list;
}

json compute(const Context &ctx, const Entity &e)
{
    const ComputeMetrics m = *ctx.engine.compute(e.id);
    json item = ctx.head(e, e.id);
    item["instanceType"] = s(e.compute.instanceType);
    item["billing"] = s(toCode(e.compute.billing));
    item["count"] = m.instances;
    if (e.kind == EntityKind::ScalingGroup) {
        item["minCount"] = m.minInstances;
        item["maxCount"] = m.maxInstances;
        item["monthlyCostAtMin"] = cents(m.monthlyAtMin);
        item["monthlyCostAtMax"] = cents(m.monthlyAtMax);
    }
    item["knownType"] = m.knownType;
    item["diskIops"] = {{"demand", round2(m.diskIopsDemand)},
                        {"limitBaseline", round2(m.diskIopsLimitBaseline)},
                        {"limitBurst", round2(m.diskIopsLimitBurst)}};
    item["diskThroughputMBps"] = {{"demand", round2(m.diskMBpsDemand)},
                                  {"limitBaseline", round2(m.diskMBpsLimitBaseline)},
                                  {"limitBurst", round2(m.diskMBpsLimitBurst)}};
    if (m.localStorageGiB > 0)
        item["localStorage"] = {{"kind", s(m.localStorageKind)},
                                {"totalGiB", round2(m.localStorageGiB)},
                                {"readIops", round2(m.localStorageReadIops)},
                                {"readGBps", round2(m.localStorageReadGBps)},
                                {"writeGBps", round2(m.localStorageWriteGBps)}};
    json byBilling = json::object();
    for (int b = 0; b < BillingModelCount; ++b)
        byBilling[s(toCode(BillingModel(b)))] = cents(m.monthlyByBilling.value(BillingModel(b)));
    item["monthlyCostByBillingModel"] = std::move(byBilling);
    ctx.cost(item, e.id, m.cost);
    return item;
}

json disk(const Context &ctx, const Entity &e)
{
    const DiskMetrics m = *ctx.engine.disk(e.id);
    json item = ctx.head(e, e.id);
    item["attachedTo"]
            = isValid(e.disk.attachedTo) ? json(s(ctx.name(e.disk.attachedTo))) : json(nullptr);
    item["category"] = s(e.disk.category);
    item["performanceLevel"] = s(e.disk.level);
    item["sizeGiB"] = e.disk.sizeGiB;
    item["iops"] = round2(m.iops);
    item["throughputMBps"] = round2(m.throughputMBps);
    item["effectiveIops"] = {{"baseline", round2(m.effectiveIopsBaseline)},
                             {"burst", round2(m.effectiveIopsBurst)}};
    item["effectiveThroughputMBps"] = {{"baseline", round2(m.effectiveMBpsBaseline)},
                                       {"burst", round2(m.effectiveMBpsBurst)}};
    item["cappedByInstance"] = m.cappedByInstance;
    item["targetIops"] = e.disk.targetIops > 0 ? json(e.disk.targetIops) : json(nullptr);
    item["targetMet"] = m.targetMet ? json(*m.targetMet) : json(nullptr);
    item["latencyMs"] = range(m.latencyTypicalMs, m.latencyWorstMs);
    item["valid"] = m.valid;
    item["attachable"] = m.attachable;
    item["problems"] = strings(m.problems);
    item["caveats"] = strings(m.caveats);
    item["burstingEnabled"] = e.disk.burstingEnabled;
    item["provisionedIops"] = e.disk.provisionedIops;
    item["iopsFormula"] = s(m.iopsWhy.formula);
    item["iopsExplanation"] = explanation(m.iopsWhy);
    item["throughputExplanation"] = explanation(m.throughputWhy);
    ctx.cost(item, e.id, m.cost);
    return item;
}

json link(const Context &ctx, const Entity &e)
{
    const LinkMetrics m = *ctx.engine.link(e.id);
    const Entity *from = ctx.model.find(e.link.from);
    const EntityId home = (from && from->kind != EntityKind::Endpoint) ? e.link.from : e.link.to;
    json item = ctx.head(e, home);
    item["from"] = s(ctx.name(e.link.from));
    item["to"] = s(ctx.name(e.link.to));
    item["fromId"] = toUInt(e.link.from);
    item["toId"] = toUInt(e.link.to);
    item["scope"] = s(toCode(m.scope));
    item["transferClass"] = s(toCode(m.transferClass));
    item["latencyMs"]
            = m.latencyKnown ? range(m.latencyTypicalMs, m.latencyWorstMs) : json(nullptr);
    item["transferGBPerMonth"] = round2(m.transferGBPerMonth);
    item["readFraction"] = round2(std::clamp(e.link.readFraction, 0.0, 1.0));
    item["latencyExplanation"] = explanation(m.latencyWhy);
    ctx.cost(item, e.id, m.cost);
    return item;
}

/** "normal" up to 70 %, "amber" above, "red" above 100 % (docs/demand.md). */
const char *loadLevel(double fraction)
{
    return fraction > 1.0 ? "red" : fraction > 0.7 ? "amber" : "normal";
}

/** Demand against capacity of one component (docs/demand.md). */
json load(const Context &ctx, const Entity &e, const ComponentLoad &l)
{
    json item = ctx.head(e, e.id);
    const demand::ComponentDemand &d = l.demand;
    item["instances"] = l.instances;
    item["minInstances"] = l.minInstances;
    item["maxInstances"] = l.maxInstances;
    item["demand"] = {{"servedRps", round2(d.servedRps)},
                      {"sentRps", round2(d.sentRps)},
                      {"peakGbpsIn", std::round(d.peakGbpsIn * 1e4) / 1e4},
                      {"peakGbpsOut", std::round(d.peakGbpsOut * 1e4) / 1e4},
                      {"peakPps", round2(d.peakPps)},
                      {"newConnectionsPerSecond", round2(d.newConnectionsPerSecond)},
                      {"concurrentConnections", round2(d.concurrentConnections)}};
    json resources = json::array();
    for (const ResourceLoad &r : l.resources)
        resources.push_back({{"resource", s(toCode(r.resource))},
                             {"demand", std::round(r.demand * 1e4) / 1e4},
                             {"capacity", std::round(r.capacity * 1e4) / 1e4},
                             {"burstCapacity", std::round(r.burstCapacity * 1e4) / 1e4},
                             {"utilisationPercent", percent2(r.utilisation())},
                             {"level", loadLevel(r.utilisation())}});
    item["resources"] = std::move(resources);
    const ResourceLoad *b = l.bottleneck();
    item["bottleneck"] = b ? json(s(toCode(b->resource))) : json(nullptr);
    item["utilisationPercent"] = b ? json(percent2(l.utilisation())) : json(nullptr);
    item["level"] = b ? json(loadLevel(l.utilisation())) : json(nullptr);
    const bool range = b && e.kind == EntityKind::ScalingGroup;
    item["utilisationPercentAtMin"] = range && l.minInstances > 0
            ? json(percent2(l.utilisationAt(l.minInstances)))
            : json(nullptr);
    item["utilisationPercentAtMax"]
            = range ? json(percent2(l.utilisationAt(l.maxInstances))) : json(nullptr);
    if (l.peakCapacityUnits && l.averageCapacityUnits) {
        const auto units = [](const CapacityUnits &u) {
            json j = {{"units", round2(u.units())}, {"dominant", s(toCode(u.dominant()))}};
            for (CapacityUnitDimension dim :
                 {CapacityUnitDimension::NewConnections,
                  CapacityUnitDimension::ConcurrentConnections,
                  CapacityUnitDimension::DataProcessed, CapacityUnitDimension::RuleEvaluations})
                j[s(toCode(dim))] = std::round(u.of(dim) * 1e4) / 1e4;
            return j;
        };
        item["capacityUnits"] = {{"peak", units(*l.peakCapacityUnits)},
                                 {"average", units(*l.averageCapacityUnits)}};
    }
    item["explanation"] = explanation(ctx.engine.loadWhy(e.id));
    return item;
}

/** The report's keys before the item sections: identity, catalog, totals. */
json head(const Context &ctx, const Catalog *catalog, const ReportOptions &options)
{
    const Model &model = ctx.model;
    const Totals &t = ctx.engine.totals();
    json report;
    report["format"] = "ecsplan-report";
    report["schemaVersion"] = SchemaVersion;
    report["title"] = s(model.settings().title);
    report["currency"] = s(t.currency);
    report["cnyPerUsd"] = model.settings().cnyPerUsd;
    report["billingOverride"] = options.billing ? json(s(toCode(*options.billing))) : json(nullptr);
    report["trafficFactor"] = options.trafficFactor;
    report["catalogVersion"] = catalog ? s(catalog->version()) : "";
    report["catalogAsOf"] = catalog ? s(catalog->asOf()) : "";
    if (catalog && !catalog->overlayFile().isEmpty()) {
        // Only with an overlay: reports without one stay as they were.
        json overlay;
        overlay["file"] = s(catalog->overlayFile());
        json sources = json::array();
        for (const OverlaySource &src : catalog->overlaySources())
            sources.push_back({{"action", s(src.product + QLatin1Char(' ') + src.action)},
                               {"file", s(src.file)},
                               {"asOf", s(src.asOf)}});
        overlay["sources"] = std::move(sources);
        report["catalogOverlay"] = std::move(overlay);
    }

    json totals;
    totals["monthlyCost"] = cents(t.monthly);
    totals["complete"] = t.complete();
    totals["missingPriceCount"] = int(t.missingPrices.size());
    json byCategory = json::object();
    for (auto it = t.byCategory.cbegin(); it != t.byCategory.cend(); ++it)
        byCategory[s(toCode(it.key()))] = cents(it.value());
    totals["byCategory"] = std::move(byCategory);
    json byZone = json::object(), byRegion = json::object();
    const EntityIds zones = model.ids(EntityKind::Zone);
    const EntityIds regions = model.ids(EntityKind::Region);
    for (EntityId zone : zones) {
        if (t.byZone.contains(zone))
            byZone[s(ctx.code(zone))] = cents(t.byZone.value(zone));
    }
    for (EntityId region : regions) {
        if (t.byRegion.contains(region))
            byRegion[s(ctx.code(region))] = cents(t.byRegion.value(region));
    }
    totals["byZone"] = std::move(byZone);
    totals["byRegion"] = std::move(byRegion);
    json byBilling = json::object();
    for (auto it = t.byBillingModel.cbegin(); it != t.byBillingModel.cend(); ++it)
        byBilling[s(toCode(it.key()))] = cents(it.value());
    totals["byBillingModel"] = std::move(byBilling);
    totals["internetEgressGBPerMonth"] = round2(t.internetEgressGBPerMonth);
    totals["internetFreeQuotaCredit"] = cents(t.internetFreeQuotaCredit);
    // Which partial totals are complete: false where an item in it lacks (part of) a price.
    json complete;
    json categoryComplete = json::object();
    for (auto it = t.byCategory.cbegin(); it != t.byCategory.cend(); ++it)
        categoryComplete[s(toCode(it.key()))] = t.missingByCategory.value(it.key()) == 0;
    complete["byCategory"] = std::move(categoryComplete);
    json zoneComplete = json::object(), regionComplete = json::object();
    for (EntityId zone : zones) {
        if (t.byZone.contains(zone))
            zoneComplete[s(ctx.code(zone))] = t.missingByZone.value(zone) == 0;
    }
    for (EntityId region : regions) {
        if (t.byRegion.contains(region))
            regionComplete[s(ctx.code(region))] = t.missingByRegion.value(region) == 0;
    }
    complete["byZone"] = std::move(zoneComplete);
    complete["byRegion"] = std::move(regionComplete);
    json billingComplete = json::object(), billingMissing = json::object();
    for (auto it = t.missingPricesByBillingModel.cbegin();
         it != t.missingPricesByBillingModel.cend(); ++it) {
        billingComplete[s(toCode(it.key()))] = it.value().isEmpty();
        billingMissing[s(toCode(it.key()))] = strings(it.value());
    }
    complete["byBillingModel"] = std::move(billingComplete);
    totals["completeness"] = std::move(complete);
    totals["missingPricesByBillingModel"] = std::move(billingMissing);
    report["totals"] = std::move(totals);
    return report;
}

/** The costed items' sections, in the report's order, each listing its ids ascending. */
struct Sections
{
    static constexpr const char *keys[]
            = {"instances", "disks", "caches", "loadBalancers", "links"};
    EntityIds ids[5];

    explicit Sections(const Model &model)
    {
        for (EntityId id : model.ids()) {
            switch (model.find(id)->kind) {
            case EntityKind::InstanceGroup:
            case EntityKind::ScalingGroup:
                ids[0] << id;
                break;
            case EntityKind::Disk:
                ids[1] << id;
                break;
            case EntityKind::Cache:
                ids[2] << id;
                break;
            case EntityKind::LoadBalancer:
                ids[3] << id;
                break;
            case EntityKind::Link:
                ids[4] << id;
                break;
            default:
                break;
            }
        }
    }
};

/** One costed item of a section (Sections::ids). */
json costedItem(const Context &ctx, EntityId id)
{
    const Entity &e = *ctx.model.find(id);
    switch (e.kind) {
    case EntityKind::InstanceGroup:
    case EntityKind::ScalingGroup:
        return compute(ctx, e);
    case EntityKind::Disk:
        return disk(ctx, e);
    case EntityKind::Link:
        return link(ctx, e);
    case EntityKind::Cache: {
        json item = ctx.head(e, id);
        item["engine"] = s(toCode(e.cache.engine));
        item["instanceClass"] = s(e.cache.instanceClass);
        item["billing"] = s(toCode(e.cache.billing));
        item["memoryGB"] = round2(ctx.engine.cache(id)->memoryGB);
        ctx.cost(item, id, ctx.engine.cache(id)->cost);
        return item;
    }
    case EntityKind::LoadBalancer: {
        json item = ctx.head(e, id);
        item["type"] = s(toCode(e.loadBalancer.kind));
        item["edition"] = s(e.loadBalancer.edition);
        ctx.cost(item, id, ctx.engine.costOf(id));
        return item;
    }
    default:
        return nullptr;
    }
}

json path(const Context &ctx, const PathMetrics &p)
{
    json hops = json::array(), hopIds = json::array(), linkIds = json::array();
    for (EntityId h : p.hops) {
        hops.push_back(s(ctx.name(h)));
        hopIds.push_back(toUInt(h));
    }
    for (EntityId l : p.links)
        linkIds.push_back(toUInt(l));
    json unknown = json::array();
    for (qsizetype i = 0; i < p.links.size(); ++i) {
        if (!p.hopLatencyKnown.value(i, true))
            unknown.push_back(toUInt(p.links.at(i)));
    }
    json saturates = nullptr;
    if (const std::optional<PathHeadroom> h = ctx.engine.headroom(p))
        saturates = {{"name", s(ctx.name(h->component))},
                     {"id", toUInt(h->component)},
                     {"resource", s(toCode(h->resource))},
                     {"utilisationPercent", percent2(h->utilisation)},
                     {"headroom", round2(h->headroom())}};
    return {{"hops", std::move(hops)},
            {"hopIds", std::move(hopIds)},
            {"linkIds", std::move(linkIds)},
            {"latencyMs", range(p.typicalMs, p.worstMs)},
            {"storageLatencyMs", range(p.storageTypicalMs, p.storageWorstMs)},
            {"partial", p.partial},
            {"unmodelledLinkIds", std::move(unknown)},
            {"saturatesFirst", std::move(saturates)}};
}

/** Components the design puts demand on, ascending ids; idle ones would only add zeros. */
EntityIds loadIds(const Context &ctx)
{
    EntityIds ids;
    for (EntityId id : ctx.model.ids()) {
        const std::optional<ComponentLoad> l = ctx.engine.load(id);
        if (l && !l->demand.isEmpty())
            ids << id;
    }
    return ids;
}

json report(const Context &ctx, const Catalog *catalog, const ReportOptions &options)
{
    json report = head(ctx, catalog, options);
    const Sections sections(ctx.model);
    for (int i = 0; i < 5; ++i) {
        json list = json::array();
        for (EntityId id : sections.ids[i])
            list.push_back(costedItem(ctx, id));
        report[Sections::keys[i]] = std::move(list);
    }
    json paths = json::array();
    for (const PathMetrics &p : ctx.engine.paths())
        paths.push_back(path(ctx, p));
    report["paths"] = std::move(paths);
    json loads = json::array();
    for (EntityId id : loadIds(ctx))
        loads.push_back(load(ctx, *ctx.model.find(id), *ctx.engine.load(id)));
    report["loads"] = std::move(loads);
    report["missingPrices"] = strings(ctx.engine.totals().missingPrices);
    report["assumptions"] = assumptionsJson(ctx.model, catalog);
    return report;
}

/**
 * Writes what `report(...).dump(2)` would, one item at a time: the same bytes without the
 * whole tree in memory (at 50,000 components that tree took gigabytes).
 */
class StreamWriter
{
public:
    explicit StreamWriter(const std::function<void(std::string_view)> &sink)
        : m_sink(sink)
        , m_serializer(nlohmann::detail::output_adapter<char, std::string>(m_buffer), ' ',
                       nlohmann::detail::error_handler_t::strict)
    {
    }
    /**
     * `value` pretty-printed as dump(2) prints it nested `depth` levels deep: the serializer
     * behind dump() writes it into the buffer at that indentation, without a copy.
     */
    void value(const json &value, int depth)
    {
        m_serializer.dump(value, true, false, 2, unsigned(2 * depth));
        flushIfFull();
    }
    /** A key of the top-level object (the first one opens it). */
    void key(const char *name)
    {
        m_buffer += m_keys++ == 0 ? "{\n  " : ",\n  ";
        m_buffer += json(name).dump();
        m_buffer += ": ";
    }
    /** An array of the top-level object, its elements made by `next` (false: no more). */
    template<typename Next>
    void array(qsizetype count, Next next)
    {
        if (count == 0) {
            m_buffer += "[]";
            return;
        }
        m_buffer += "[\n";
        for (qsizetype i = 0; i < count; ++i) {
            m_buffer += i == 0 ? "    " : ",\n    ";
            value(next(i), 2);
        }
        m_buffer += "\n  ]";
    }
    void finish()
    {
        m_buffer += m_keys == 0 ? "{}\n" : "\n}\n"; // ReportWriter::json ends with a newline
        m_sink(m_buffer);
        m_buffer.clear();
    }

private:
    void flushIfFull()
    {
        if (m_buffer.size() < (1u << 16))
            return;
        m_sink(m_buffer);
        m_buffer.clear();
    }

    const std::function<void(std::string_view)> &m_sink;
    std::string m_buffer;
    nlohmann::detail::serializer<json> m_serializer; ///< appends to m_buffer
    int m_keys = 0;
};

void writeReport(const Context &ctx, const Catalog *catalog, const ReportOptions &options,
                 const std::function<void(std::string_view)> &sink)
{
    StreamWriter out(sink);
    const json top = head(ctx, catalog, options);
    for (auto it = top.begin(); it != top.end(); ++it) {
        out.key(it.key().c_str());
        out.value(it.value(), 1);
    }
    const Sections sections(ctx.model);
    for (int i = 0; i < 5; ++i) {
        const EntityIds &ids = sections.ids[i];
        out.key(Sections::keys[i]);
        out.array(ids.size(), [&](qsizetype at) {
            json j = costedItem(ctx, ids.at(at));
            ctx.engine.dropExplanations(); // each is read once: keep memory flat
            return j;
        });
    }
    const QList<PathMetrics> paths = ctx.engine.paths();
    out.key("paths");
    out.array(paths.size(), [&](qsizetype at) { return path(ctx, paths.at(at)); });
    const EntityIds loaded = loadIds(ctx);
    out.key("loads");
    out.array(loaded.size(), [&](qsizetype at) {
        return load(ctx, *ctx.model.find(loaded.at(at)), *ctx.engine.load(loaded.at(at)));
    });
    out.key("missingPrices");
    out.value(strings(ctx.engine.totals().missingPrices), 1);
    out.key("assumptions");
    out.value(assumptionsJson(ctx.model, catalog), 1);
    out.finish();
}

/** The model with the options applied (billing override, display currency). */
Model applyOptions(Model model, const ReportOptions &options)
{
    if (options.billing) {
        for (EntityId id : model.ids()) {
            const Entity *e = model.find(id);
            if (e->isCompute())
                model.setProperty(id, Property::Billing, QVariant::fromValue(*options.billing));
            else if (e->kind == EntityKind::Cache)
                model.setProperty(id, Property::CacheBilling,
                                  QVariant::fromValue(*options.billing));
        }
    }
    if (options.trafficFactor != 1.0) {
        for (EntityId id : model.ids(EntityKind::Link)) {
            const Entity *e = model.find(id);
            model.setProperty(id, Property::LinkRequestsPerSecond,
                              e->link.requestsPerSecond * options.trafficFactor);
            model.setProperty(id, Property::LinkGbPerMonth,
                              e->link.gbPerMonth * options.trafficFactor);
        }
    }
    if (!options.currency.isEmpty()) {
        DesignSettings settings = model.settings();
        settings.currency = options.currency;
        model.setSettings(settings);
    }
    return model;
}

} // namespace

nlohmann::ordered_json build(const Model &model, const Catalog *catalog,
                             const ReportOptions &options)
{
    const DesignSession session(*catalog, applyOptions(model, options));
    return report({session.model(), session.metrics()}, catalog, options);
}

void writeJson(Model model, const Catalog *catalog, const ReportOptions &options,
               const std::function<void(std::string_view)> &sink)
{
    const DesignSession session(*catalog, applyOptions(std::move(model), options));
    writeReport({session.model(), session.metrics()}, catalog, options, sink);
}

nlohmann::ordered_json build(const Model &model, const MetricsEngine &engine,
                             const Catalog *catalog)
{
    return report({model, engine}, catalog, ReportOptions());
}

} // namespace ecsplan::ReportBuilder
