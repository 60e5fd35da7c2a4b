#include "reportbuilder.h"

#include "catalog/catalog.h"
#include "catalog/catalogoverlay.h"
#include "metrics/metricsengine.h"
#include "session/designsession.h"

#include "metrics/assumptions.h"
#include "reportjson_p.h"
#include "json/jsontext.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <deque>
#include <functional>
#include <string_view>
#include <vector>

namespace ecsplan::ReportBuilder {

using json = nlohmann::ordered_json;

namespace {

double cents(double v)
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

using detail::citation;
using detail::explanation;
using detail::preparedKey;
using detail::range;
using detail::ReportText;
using detail::round2;
using detail::stringOrNull;
using detail::strings;
using detail::valueOrNull;

json citation(const Citation &c)
{
    JsonDom dom;
    citation(dom, c);
    return dom.take();
}

/** `text` as a JSON string value, quoted and escaped (what JsonText::raw() inserts). */
std::string stringText(const QString &text)
{
    JsonText t;
    t.value(text);
    return std::string(t.text());
}

struct Context
{
    const Model &model;
    const MetricsEngine &engine;
    /** The region and zone codes of what a container holds, as JSON strings. */
    struct Place
    {
        std::string region, zone;
    };
    /** By container (id × 2), or by region or zone itself (id × 2 + 1); see placeOf(). */
    mutable QHash<quint64, Place> places;

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
    /** Opens a costed item with its common head: id, name, kind, region and zone codes. */
    template<typename Out>
    void head(Out &o, const Entity &e, EntityId placedAt) const
    {
        o.beginObject();
        o.field("id", toUInt(e.id));
        o.field("name", e.name);
        if constexpr (std::is_same_v<Out, ReportText>) {
            // The same text from codes written once: a kind's, a container's places.
            static const auto kinds = [] {
                std::array<std::string, EntityKindCount> texts;
                for (int k = 0; k < EntityKindCount; ++k)
                    texts[size_t(k)] = stringText(toCode(EntityKind(k)));
                return texts;
            }();
            o.key("kind");
            o.raw(kinds[size_t(e.kind)]);
            const Place &place = placeOf(placedAt);
            o.key("region");
            o.raw(place.region);
            o.key("zone");
            o.raw(place.zone);
        } else {
            o.field("kind", toCode(e.kind));
            o.field("region", code(model.regionOf(placedAt)));
            o.field("zone", code(model.zoneOf(placedAt)));
        }
    }
    /**
     * The region and zone codes of `id`: those of its container unless it is a region or a
     * zone itself (the costed items are not; a link's end may be anything).
     */
    const Place &placeOf(EntityId id) const
    {
        const Entity *e = model.find(id);
        const bool own = !e || e->kind == EntityKind::Region || e->kind == EntityKind::Zone;
        const EntityId of = own ? id : e->parent;
        const quint64 key = quint64(toUInt(of)) << 1 | quint64(own);
        auto it = places.constFind(key);
        if (it == places.cend())
            it = places.insert(
                    key,
                    {stringText(code(model.regionOf(of))), stringText(code(model.zoneOf(of)))});
        return *it;
    }
    /** The cost members that close every costed item. */
    template<typename Out>
    void cost(Out &o, EntityId id, const CostFigure &c) const
    {
        o.key("monthlyCost");
        valueOrNull(o, !c.priceMissing, cents(c.monthly));
        if (c.priceMissing)
            o.field("monthlyCostKnownPart", cents(c.monthly));
        o.field("priceMissing", c.priceMissing);
        o.key("missingPrices");
        strings(o, engine.missingPricesOf(id));
        o.field("costFormula", c.why.formula);
        o.key("costExplanation");
        explanation(o, c.why);
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

template<typename Out>
void compute(Out &o, const Context &ctx, const Entity &e)
{
    const ComputeMetrics m = *ctx.engine.compute(e.id);
    ctx.head(o, e, e.id);
    o.field("instanceType", e.compute.instanceType);
    o.field("billing", toCode(e.compute.billing));
    o.field("count", m.instances);
    if (e.kind == EntityKind::ScalingGroup) {
        o.field("minCount", m.minInstances);
        o.field("maxCount", m.maxInstances);
        o.field("monthlyCostAtMin", cents(m.monthlyAtMin));
        o.field("monthlyCostAtMax", cents(m.monthlyAtMax));
    }
    o.field("knownType", m.knownType);
    o.key("diskIops");
    o.beginObject();
    o.field("demand", round2(m.diskIopsDemand));
    o.field("limitBaseline", round2(m.diskIopsLimitBaseline));
    o.field("limitBurst", round2(m.diskIopsLimitBurst));
    o.endObject();
    o.key("diskThroughputMBps");
    o.beginObject();
    o.field("demand", round2(m.diskMBpsDemand));
    o.field("limitBaseline", round2(m.diskMBpsLimitBaseline));
    o.field("limitBurst", round2(m.diskMBpsLimitBurst));
    o.endObject();
    if (m.localStorageGiB > 0) {
        o.key("localStorage");
        o.beginObject();
        o.field("kind", m.localStorageKind);
        o.field("totalGiB", round2(m.localStorageGiB));
        o.field("readIops", round2(m.localStorageReadIops));
        o.field("readGBps", round2(m.localStorageReadGBps));
        o.field("writeGBps", round2(m.localStorageWriteGBps));
        o.endObject();
    }
    o.key("monthlyCostByBillingModel");
    o.beginObject();
    static const auto billingCodes = [] { // codes, not translated: converted once
        std::array<std::string, BillingModelCount> codes;
        for (int b = 0; b < BillingModelCount; ++b)
            codes[b] = s(toCode(BillingModel(b)));
        return codes;
    }();
    static const auto billingKeys = [] {
        std::vector<JsonKey> keys;
        for (const std::string &code : billingCodes)
            keys.push_back(JsonKey::prepared(code));
        return keys;
    }();
    for (int b = 0; b < BillingModelCount; ++b) {
        preparedKey(o, billingKeys[size_t(b)]);
        o.value(cents(m.monthlyByBilling.value(BillingModel(b))));
    }
    o.endObject();
    ctx.cost(o, e.id, m.cost);
    o.endObject();
}

template<typename Out>
void disk(Out &o, const Context &ctx, const Entity &e)
{
    const DiskMetrics m = *ctx.engine.disk(e.id);
    ctx.head(o, e, e.id);
    o.key("attachedTo");
    valueOrNull(o, isValid(e.disk.attachedTo), ctx.name(e.disk.attachedTo));
    o.field("category", e.disk.category);
    o.field("performanceLevel", e.disk.level);
    o.field("sizeGiB", e.disk.sizeGiB);
    o.field("iops", round2(m.iops));
    o.field("throughputMBps", round2(m.throughputMBps));
    o.key("effectiveIops");
    o.beginObject();
    o.field("baseline", round2(m.effectiveIopsBaseline));
    o.field("burst", round2(m.effectiveIopsBurst));
    o.endObject();
    o.key("effectiveThroughputMBps");
    o.beginObject();
    o.field("baseline", round2(m.effectiveMBpsBaseline));
    o.field("burst", round2(m.effectiveMBpsBurst));
    o.endObject();
    o.field("cappedByInstance", m.cappedByInstance);
    o.key("targetIops");
    valueOrNull(o, e.disk.targetIops > 0, e.disk.targetIops);
    o.key("targetMet");
    valueOrNull(o, m.targetMet.has_value(), m.targetMet.value_or(false));
    o.key("latencyMs");
    range(o, m.latencyTypicalMs, m.latencyWorstMs);
    o.field("valid", m.valid);
    o.field("attachable", m.attachable);
    o.key("problems");
    strings(o, m.problems);
    o.key("caveats");
    strings(o, m.caveats);
    o.field("burstingEnabled", e.disk.burstingEnabled);
    o.field("provisionedIops", e.disk.provisionedIops);
    o.field("iopsFormula", m.iopsWhy.formula);
    o.key("iopsExplanation");
    explanation(o, m.iopsWhy);
    o.key("throughputExplanation");
    explanation(o, m.throughputWhy);
    ctx.cost(o, e.id, m.cost);
    o.endObject();
}

template<typename Out>
void link(Out &o, const Context &ctx, const Entity &e)
{
    const LinkMetrics m = *ctx.engine.link(e.id);
    const Entity *from = ctx.model.find(e.link.from);
    const EntityId home = (from && from->kind != EntityKind::Endpoint) ? e.link.from : e.link.to;
    ctx.head(o, e, home);
    o.field("from", ctx.name(e.link.from));
    o.field("to", ctx.name(e.link.to));
    o.field("fromId", toUInt(e.link.from));
    o.field("toId", toUInt(e.link.to));
    o.field("scope", toCode(m.scope));
    o.field("transferClass", toCode(m.transferClass));
    o.key("latencyMs");
    if (m.latencyKnown)
        range(o, m.latencyTypicalMs, m.latencyWorstMs);
    else
        o.value(nullptr);
    o.field("transferGBPerMonth", round2(m.transferGBPerMonth));
    o.field("readFraction", round2(std::clamp(e.link.readFraction, 0.0, 1.0)));
    o.key("latencyExplanation");
    explanation(o, m.latencyWhy);
    ctx.cost(o, e.id, m.cost);
    o.endObject();
}

/** "normal" up to 70 %, "amber" above, "red" above 100 % (docs/demand.md). */
const char *loadLevel(double fraction)
{
    return fraction > 1.0 ? "red" : fraction > 0.7 ? "amber" : "normal";
}

double round4(double v)
{
    return std::round(v * 1e4) / 1e4;
}

template<typename Out>
void capacityUnits(Out &o, const CapacityUnits &u)
{
    o.beginObject();
    o.field("units", round2(u.units()));
    o.field("dominant", toCode(u.dominant()));
    static constexpr CapacityUnitDimension dimensions[]
            = {CapacityUnitDimension::NewConnections, CapacityUnitDimension::ConcurrentConnections,
               CapacityUnitDimension::DataProcessed, CapacityUnitDimension::RuleEvaluations};
    static const auto codes = [] { // codes, not translated: converted once
        std::vector<std::string> texts;
        for (CapacityUnitDimension dim : dimensions)
            texts.push_back(s(toCode(dim)));
        return texts;
    }();
    static const auto keys = [] {
        std::vector<JsonKey> prepared;
        for (const std::string &code : codes)
            prepared.push_back(JsonKey::prepared(code));
        return prepared;
    }();
    for (size_t i = 0; i < std::size(dimensions); ++i) {
        const CapacityUnitDimension dim = dimensions[i];
        preparedKey(o, keys[i]);
        o.value(round4(u.of(dim)));
    }
    o.endObject();
}

/** Demand against capacity of one component (docs/demand.md). */
template<typename Out>
void load(Out &o, const Context &ctx, const Entity &e, const ComponentLoad &l)
{
    ctx.head(o, e, e.id);
    const demand::ComponentDemand &d = l.demand;
    o.field("instances", l.instances);
    o.field("minInstances", l.minInstances);
    o.field("maxInstances", l.maxInstances);
    o.key("demand");
    o.beginObject();
    o.field("servedRps", round2(d.servedRps));
    o.field("sentRps", round2(d.sentRps));
    o.field("peakGbpsIn", round4(d.peakGbpsIn));
    o.field("peakGbpsOut", round4(d.peakGbpsOut));
    o.field("peakPps", round2(d.peakPps));
    o.field("newConnectionsPerSecond", round2(d.newConnectionsPerSecond));
    o.field("concurrentConnections", round2(d.concurrentConnections));
    o.endObject();
    o.key("resources");
    o.beginArray();
    for (const ResourceLoad &r : l.resources) {
        o.beginObject();
        o.field("resource", toCode(r.resource));
        o.field("demand", round4(r.demand));
        o.field("capacity", round4(r.capacity));
        o.field("burstCapacity", round4(r.burstCapacity));
        o.field("utilisationPercent", percent2(r.utilisation()));
        o.field("level", loadLevel(r.utilisation()));
        o.endObject();
    }
    o.endArray();
    const ResourceLoad *b = l.bottleneck();
    o.key("bottleneck");
    valueOrNull(o, b != nullptr, b ? toCode(b->resource) : QString());
    o.key("utilisationPercent");
    valueOrNull(o, b != nullptr, b ? percent2(l.utilisation()) : 0.0);
    o.key("level");
    valueOrNull(o, b != nullptr, b ? loadLevel(l.utilisation()) : "");
    const bool range = b && e.kind == EntityKind::ScalingGroup;
    const bool atMin = range && l.minInstances > 0;
    o.key("utilisationPercentAtMin");
    valueOrNull(o, atMin, atMin ? percent2(l.utilisationAt(l.minInstances)) : 0.0);
    o.key("utilisationPercentAtMax");
    valueOrNull(o, range, range ? percent2(l.utilisationAt(l.maxInstances)) : 0.0);
    if (l.peakCapacityUnits && l.averageCapacityUnits) {
        o.key("capacityUnits");
        o.beginObject();
        o.key("peak");
        capacityUnits(o, *l.peakCapacityUnits);
        o.key("average");
        capacityUnits(o, *l.averageCapacityUnits);
        o.endObject();
    }
    o.key("explanation");
    explanation(o, ctx.engine.loadWhy(e.id));
    o.endObject();
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
    static constexpr std::string_view keys[]
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
template<typename Out>
void costedItem(Out &o, const Context &ctx, EntityId id)
{
    const Entity &e = *ctx.model.find(id);
    switch (e.kind) {
    case EntityKind::InstanceGroup:
    case EntityKind::ScalingGroup:
        compute(o, ctx, e);
        return;
    case EntityKind::Disk:
        disk(o, ctx, e);
        return;
    case EntityKind::Link:
        link(o, ctx, e);
        return;
    case EntityKind::Cache: {
        const CacheMetrics m = *ctx.engine.cache(id);
        ctx.head(o, e, id);
        o.field("engine", toCode(e.cache.engine));
        o.field("instanceClass", e.cache.instanceClass);
        o.field("billing", toCode(e.cache.billing));
        o.field("memoryGB", round2(m.memoryGB));
        ctx.cost(o, id, m.cost);
        o.endObject();
        return;
    }
    case EntityKind::LoadBalancer: {
        ctx.head(o, e, id);
        o.field("type", toCode(e.loadBalancer.kind));
        o.field("edition", e.loadBalancer.edition);
        ctx.cost(o, id, ctx.engine.costOf(id));
        o.endObject();
        return;
    }
    default:
        o.value(nullptr);
        return;
    }
}

template<typename Out>
void path(Out &o, const Context &ctx, const PathMetrics &p)
{
    o.beginObject();
    o.key("hops");
    o.beginArray();
    for (EntityId h : p.hops)
        o.value(ctx.name(h));
    o.endArray();
    o.key("hopIds");
    o.beginArray();
    for (EntityId h : p.hops)
        o.value(toUInt(h));
    o.endArray();
    o.key("linkIds");
    o.beginArray();
    for (EntityId l : p.links)
        o.value(toUInt(l));
    o.endArray();
    o.key("latencyMs");
    range(o, p.typicalMs, p.worstMs);
    o.key("storageLatencyMs");
    range(o, p.storageTypicalMs, p.storageWorstMs);
    o.field("partial", p.partial);
    o.key("unmodelledLinkIds");
    o.beginArray();
    for (qsizetype i = 0; i < p.links.size(); ++i) {
        if (!p.hopLatencyKnown.value(i, true))
            o.value(toUInt(p.links.at(i)));
    }
    o.endArray();
    o.key("saturatesFirst");
    if (const std::optional<PathHeadroom> h = ctx.engine.headroom(p)) {
        o.beginObject();
        o.field("name", ctx.name(h->component));
        o.field("id", toUInt(h->component));
        o.field("resource", toCode(h->resource));
        o.field("utilisationPercent", percent2(h->utilisation));
        o.field("headroom", round2(h->headroom()));
        o.endObject();
    } else {
        o.value(nullptr);
    }
    o.endObject();
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
        JsonDom list;
        list.beginArray();
        for (EntityId id : sections.ids[i])
            costedItem(list, ctx, id);
        list.endArray();
        report[std::string(Sections::keys[i])] = list.take();
    }
    JsonDom paths;
    paths.beginArray();
    for (const PathMetrics &p : ctx.engine.paths())
        path(paths, ctx, p);
    paths.endArray();
    report["paths"] = paths.take();
    JsonDom loads;
    loads.beginArray();
    for (EntityId id : loadIds(ctx))
        load(loads, ctx, *ctx.model.find(id), *ctx.engine.load(id));
    loads.endArray();
    report["loads"] = loads.take();
    report["missingPrices"] = strings(ctx.engine.totals().missingPrices);
    report["assumptions"] = assumptionsJson(ctx.model, catalog);
    return report;
}

/**
 * Writes what `report(...).dump(2)` would, one item at a time, straight into the text: the
 * same bytes without a tree (at 50,000 components the whole tree took gigabytes; a tree per
 * item cost a third of the time).
 */
void writeReport(const Context &ctx, const Catalog *catalog, const ReportOptions &options,
                 const std::function<void(std::string_view)> &sink)
{
    ReportText out;
    const auto flushIfFull = [&]() {
        if (out.text().size() < (1u << 16))
            return;
        sink(out.text());
        out.clear();
    };
    out.beginObject();
    const json top = head(ctx, catalog, options);
    for (auto it = top.begin(); it != top.end(); ++it) {
        out.key(it.key());
        out.value(it.value());
    }
    const Sections sections(ctx.model);
    for (int i = 0; i < 5; ++i) {
        out.key(Sections::keys[i]);
        out.beginArray();
        for (EntityId id : sections.ids[i]) {
            costedItem(out, ctx, id);
            ctx.engine.dropExplanations(); // each is read once: keep memory flat
            flushIfFull();
        }
        out.endArray();
    }
    out.key("paths");
    out.beginArray();
    for (const PathMetrics &p : ctx.engine.paths()) {
        path(out, ctx, p);
        flushIfFull();
    }
    out.endArray();
    out.key("loads");
    out.beginArray();
    for (EntityId id : loadIds(ctx)) {
        load(out, ctx, *ctx.model.find(id), *ctx.engine.load(id));
        flushIfFull();
    }
    out.endArray();
    out.key("missingPrices");
    strings(out, ctx.engine.totals().missingPrices);
    out.key("assumptions");
    out.value(assumptionsJson(ctx.model, catalog));
    out.endObject();
    sink(out.text());
    sink("\n"); // ReportWriter::json ends with a newline
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
    return report({session.model(), session.metrics(), {}}, catalog, options);
}

void writeJson(Model model, const Catalog *catalog, const ReportOptions &options,
               const std::function<void(std::string_view)> &sink)
{
    const DesignSession session(*catalog, applyOptions(std::move(model), options));
    writeReport({session.model(), session.metrics(), {}}, catalog, options, sink);
}

nlohmann::ordered_json build(const Model &model, const MetricsEngine &engine,
                             const Catalog *catalog)
{
    return report({model, engine, {}}, catalog, ReportOptions());
}

} // namespace ecsplan::ReportBuilder
