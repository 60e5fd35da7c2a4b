#include "reportbuilder.h"

#include "catalog/catalog.h"
#include "metrics/metricsengine.h"
#include "model/document.h"

#include "metrics/assumptions.h"

#include <algorithm>
#include <cmath>

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
    return {{"formula", s(why.formula)}, {"notes", strings(why.notes)}, {"citations", citations}};
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
    const ComputeMetrics &m = *ctx.engine.compute(e.id);
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
    item["monthlyCostByBillingModel"] = byBilling;
    ctx.cost(item, e.id, m.cost);
    return item;
}

json disk(const Context &ctx, const Entity &e)
{
    const DiskMetrics &m = *ctx.engine.disk(e.id);
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
    const LinkMetrics &m = *ctx.engine.link(e.id);
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

/** Utilisation as a percentage with 2 decimals (1.1234 → 112.34). */
double percent2(double fraction)
{
    return std::round(fraction * 10000.0) / 100.0;
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
    item["resources"] = resources;
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
    item["explanation"] = explanation(ctx.engine.loadWhy(e.id));
    return item;
}

json report(const Context &ctx, const Catalog *catalog, const ReportOptions &options)
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
    report["catalogVersion"] = catalog ? s(catalog->version()) : "";
    report["catalogAsOf"] = catalog ? s(catalog->asOf()) : "";

    json totals;
    totals["monthlyCost"] = cents(t.monthly);
    totals["complete"] = t.complete();
    totals["missingPriceCount"] = int(t.missingPrices.size());
    json byCategory = json::object();
    for (auto it = t.byCategory.cbegin(); it != t.byCategory.cend(); ++it)
        byCategory[s(toCode(it.key()))] = cents(it.value());
    totals["byCategory"] = byCategory;
    json byZone = json::object(), byRegion = json::object();
    for (EntityId zone : model.ids(EntityKind::Zone)) {
        if (t.byZone.contains(zone))
            byZone[s(ctx.code(zone))] = cents(t.byZone.value(zone));
    }
    for (EntityId region : model.ids(EntityKind::Region)) {
        if (t.byRegion.contains(region))
            byRegion[s(ctx.code(region))] = cents(t.byRegion.value(region));
    }
    totals["byZone"] = byZone;
    totals["byRegion"] = byRegion;
    json byBilling = json::object();
    for (auto it = t.byBillingModel.cbegin(); it != t.byBillingModel.cend(); ++it)
        byBilling[s(toCode(it.key()))] = cents(it.value());
    totals["byBillingModel"] = byBilling;
    totals["internetEgressGBPerMonth"] = round2(t.internetEgressGBPerMonth);
    totals["internetFreeQuotaCredit"] = cents(t.internetFreeQuotaCredit);
    // Which partial totals are complete: false where an item in it lacks (part of) a price.
    json complete;
    json categoryComplete = json::object();
    for (auto it = t.byCategory.cbegin(); it != t.byCategory.cend(); ++it)
        categoryComplete[s(toCode(it.key()))] = t.missingByCategory.value(it.key()) == 0;
    complete["byCategory"] = categoryComplete;
    json zoneComplete = json::object(), regionComplete = json::object();
    for (EntityId zone : model.ids(EntityKind::Zone)) {
        if (t.byZone.contains(zone))
            zoneComplete[s(ctx.code(zone))] = t.missingByZone.value(zone) == 0;
    }
    for (EntityId region : model.ids(EntityKind::Region)) {
        if (t.byRegion.contains(region))
            regionComplete[s(ctx.code(region))] = t.missingByRegion.value(region) == 0;
    }
    complete["byZone"] = zoneComplete;
    complete["byRegion"] = regionComplete;
    json billingComplete = json::object(), billingMissing = json::object();
    for (auto it = t.missingPricesByBillingModel.cbegin();
         it != t.missingPricesByBillingModel.cend(); ++it) {
        billingComplete[s(toCode(it.key()))] = it.value().isEmpty();
        billingMissing[s(toCode(it.key()))] = strings(it.value());
    }
    complete["byBillingModel"] = billingComplete;
    totals["completeness"] = complete;
    totals["missingPricesByBillingModel"] = billingMissing;
    report["totals"] = totals;

    json instances = json::array(), disks = json::array(), caches = json::array(),
         balancers = json::array(), links = json::array();
    for (EntityId id : model.ids()) {
        const Entity &e = *model.find(id);
        switch (e.kind) {
        case EntityKind::InstanceGroup:
        case EntityKind::ScalingGroup:
            instances.push_back(compute(ctx, e));
            break;
        case EntityKind::Disk:
            disks.push_back(disk(ctx, e));
            break;
        case EntityKind::Link:
            links.push_back(link(ctx, e));
            break;
        case EntityKind::Cache: {
            json item = ctx.head(e, id);
            item["engine"] = s(toCode(e.cache.engine));
            item["instanceClass"] = s(e.cache.instanceClass);
            item["billing"] = s(toCode(e.cache.billing));
            item["memoryGB"] = round2(ctx.engine.cache(id)->memoryGB);
            ctx.cost(item, id, ctx.engine.cache(id)->cost);
            caches.push_back(item);
            break;
        }
        case EntityKind::LoadBalancer: {
            json item = ctx.head(e, id);
            item["type"] = s(toCode(e.loadBalancer.kind));
            item["edition"] = s(e.loadBalancer.edition);
            ctx.cost(item, id, ctx.engine.costOf(id));
            balancers.push_back(item);
            break;
        }
        default:
            break;
        }
    }
    report["instances"] = instances;
    report["disks"] = disks;
    report["caches"] = caches;
    report["loadBalancers"] = balancers;
    report["links"] = links;

    json paths = json::array();
    for (const PathMetrics &p : ctx.engine.paths()) {
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
        paths.push_back({{"hops", hops},
                         {"hopIds", hopIds},
                         {"linkIds", linkIds},
                         {"latencyMs", range(p.typicalMs, p.worstMs)},
                         {"storageLatencyMs", range(p.storageTypicalMs, p.storageWorstMs)},
                         {"partial", p.partial},
                         {"unmodelledLinkIds", unknown}});
    }
    report["paths"] = paths;
    json loads = json::array();
    for (EntityId id : model.ids()) {
        const ComponentLoad *l = ctx.engine.load(id);
        // Components the design puts demand on; idle ones would only add zeros.
        if (l && !l->demand.isEmpty())
            loads.push_back(load(ctx, *model.find(id), *l));
    }
    report["loads"] = loads;
    report["missingPrices"] = strings(t.missingPrices);
    report["assumptions"] = assumptionsJson(model, catalog);
    return report;
}

} // namespace

nlohmann::ordered_json build(const Model &model, const Catalog *catalog,
                             const ReportOptions &options)
{
    Model copy = model;
    if (options.billing) {
        for (EntityId id : copy.ids()) {
            const Entity *e = copy.find(id);
            if (e->isCompute())
                copy.setProperty(id, Property::Billing, QVariant::fromValue(*options.billing));
            else if (e->kind == EntityKind::Cache)
                copy.setProperty(id, Property::CacheBilling, QVariant::fromValue(*options.billing));
        }
    }
    if (!options.currency.isEmpty()) {
        DesignSettings settings = copy.settings();
        settings.currency = options.currency;
        copy.setSettings(settings);
    }
    Document document;
    document.resetModel(std::move(copy));
    MetricsEngine engine(&document, catalog);
    return report({document.model(), engine}, catalog, options);
}

nlohmann::ordered_json build(const Model &model, const MetricsEngine &engine,
                             const Catalog *catalog)
{
    return report({model, engine}, catalog, ReportOptions());
}

} // namespace ecsplan::ReportBuilder
