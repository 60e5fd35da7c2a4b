#include "demand.h"

#include "catalog/catalogtypes.h"
#include "cataloginputs.h"
#include "ecsplan_global.h"
#include "formatting.h"
#include "model/model.h"
#include "phrasebook.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace ecsplan {

using metrics::number;

namespace demand {

namespace {

/** Data segments of a body plus the ACKs coming back (one per two segments, delayed ACK). */
double dataPackets(double bytes)
{
    if (bytes <= 0)
        return 0;
    const double segments = std::ceil(bytes / SegmentBytes);
    return segments + std::ceil(segments / 2);
}

} // namespace

LinkDemand linkDemand(const Entity &link, const DesignSettings &settings)
{
    LinkDemand d;
    const LinkData &l = link.link;
    const double peak = settings.peakToAverage;
    const double rf = std::clamp(l.readFraction, 0.0, 1.0);
    const double bytesPerSecond = std::max(0.0, l.gbPerMonth) * 1e9 / SecondsPerMonth;
    d.averageRps = std::max(0.0, l.requestsPerSecond);
    d.peakRps = d.averageRps * peak;
    d.peakGbpsForward = bytesPerSecond * (1 - rf) * 8 / 1e9 * peak;
    d.peakGbpsBackward = bytesPerSecond * rf * 8 / 1e9 * peak;
    if (d.averageRps > 0) {
        d.requestBytes = bytesPerSecond * (1 - rf) / d.averageRps;
        d.responseBytes = bytesPerSecond * rf / d.averageRps;
        d.packetsPerRequest = std::max(settings.packetsPerRequest,
                                       dataPackets(d.requestBytes) + dataPackets(d.responseBytes));
        d.peakPps = d.peakRps * d.packetsPerRequest;
        d.newConnectionsPerSecond = d.peakRps / RequestsPerConnection;
        d.concurrentConnections = d.newConnectionsPerSecond * ConnectionLifetimeSeconds;
    } else if (bytesPerSecond > 0) {
        // Bulk transfer without a request rate: full segments and their ACKs.
        d.peakPps = bytesPerSecond * peak / SegmentBytes * 1.5;
    }
    return d;
}

ComponentDemand componentDemand(const Model &model, EntityId node)
{
    ComponentDemand c;
    const DesignSettings &settings = model.settings();
    const EntityIds links = model.linksOf(node); // const: iterating does not detach it
    for (EntityId id : links) {
        if (const Entity *e = model.find(id))
            addFlow(c, linkFlow(*e, settings), node);
    }
    return c;
}

LinkFlow linkFlow(const Entity &link, const DesignSettings &settings)
{
    LinkFlow f;
    if (!link.isLink() || link.link.from == link.link.to)
        return f;
    f.from = link.link.from;
    f.to = link.link.to;
    const LinkDemand d = linkDemand(link, settings);
    f.counted = d.peakRps > 0 || d.peakPps > 0;
    f.peakRps = d.peakRps;
    f.peakGbpsForward = d.peakGbpsForward;
    f.peakGbpsBackward = d.peakGbpsBackward;
    f.peakPps = d.peakPps;
    f.newConnectionsPerSecond = d.newConnectionsPerSecond;
    f.concurrentConnections = d.concurrentConnections;
    return f;
}

} // namespace demand

QString toCode(CapacityUnitDimension dimension)
{
    switch (dimension) {
    case CapacityUnitDimension::NewConnections:
        return QStringLiteral("newConnections");
    case CapacityUnitDimension::ConcurrentConnections:
        return QStringLiteral("concurrentConnections");
    case CapacityUnitDimension::DataProcessed:
        return QStringLiteral("dataProcessed");
    case CapacityUnitDimension::RuleEvaluations:
        return QStringLiteral("ruleEvaluations");
    }
    return {};
}

QString displayName(CapacityUnitDimension dimension)
{
    switch (dimension) {
    case CapacityUnitDimension::NewConnections:
        return Tr::tr("new connections");
    case CapacityUnitDimension::ConcurrentConnections:
        return Tr::tr("concurrent connections");
    case CapacityUnitDimension::DataProcessed:
        return Tr::tr("data processed");
    case CapacityUnitDimension::RuleEvaluations:
        return Tr::tr("rule evaluations");
    }
    return {};
}

double CapacityUnits::of(CapacityUnitDimension dimension) const
{
    switch (dimension) {
    case CapacityUnitDimension::NewConnections:
        return newConnections;
    case CapacityUnitDimension::ConcurrentConnections:
        return concurrentConnections;
    case CapacityUnitDimension::DataProcessed:
        return dataProcessed;
    case CapacityUnitDimension::RuleEvaluations:
        return ruleEvaluations;
    }
    return 0;
}

double CapacityUnits::units() const
{
    return std::max({newConnections, concurrentConnections, dataProcessed, ruleEvaluations});
}

CapacityUnitDimension CapacityUnits::dominant() const
{
    CapacityUnitDimension best = CapacityUnitDimension::NewConnections;
    for (CapacityUnitDimension d :
         {CapacityUnitDimension::ConcurrentConnections, CapacityUnitDimension::DataProcessed,
          CapacityUnitDimension::RuleEvaluations}) {
        if (of(d) > of(best))
            best = d;
    }
    return best;
}

CapacityUnits CapacityUnits::scaled(double factor) const
{
    return {newConnections * factor, concurrentConnections * factor, dataProcessed * factor,
            ruleEvaluations * factor};
}

std::optional<CapacityUnits> capacityUnits(LoadBalancerKind kind, const demand::ComponentDemand &d)
{
    if (kind == LoadBalancerKind::Clb)
        return std::nullopt;
    const demand::LcuDefinition &def
            = kind == LoadBalancerKind::Alb ? demand::AlbLcu : demand::NlbTcpLcu;
    CapacityUnits u;
    u.newConnections = d.frontNewConnectionsPerSecond / def.newConnectionsPerSecond;
    u.concurrentConnections = d.frontConcurrentConnections / def.concurrentConnections;
    // Gbit/s → GB per hour: / 8 × 3,600.
    u.dataProcessed = d.frontGbps / 8 * 3600 / def.gbPerHour;
    if (def.ruleEvaluationsPerSecond > 0)
        u.ruleEvaluations
                = d.servedRps * demand::RuleEvaluationsPerRequest / def.ruleEvaluationsPerSecond;
    return u;
}

QString toCode(LoadResource resource)
{
    switch (resource) {
    case LoadResource::Bandwidth:
        return QStringLiteral("bandwidth");
    case LoadResource::Packets:
        return QStringLiteral("packets");
    case LoadResource::Connections:
        return QStringLiteral("connections");
    case LoadResource::Requests:
        return QStringLiteral("requests");
    case LoadResource::DiskIops:
        return QStringLiteral("diskIops");
    case LoadResource::DiskThroughput:
        return QStringLiteral("diskThroughput");
    }
    return {};
}

namespace {

/** The untranslated name of `resource` (a literal marked for lupdate). */
const char *displayNameSource(LoadResource resource)
{
    switch (resource) {
    case LoadResource::Bandwidth:
        return QT_TRANSLATE_NOOP("ecsplan", "Network bandwidth");
    case LoadResource::Packets:
        return QT_TRANSLATE_NOOP("ecsplan", "Packets per second");
    case LoadResource::Connections:
        return QT_TRANSLATE_NOOP("ecsplan", "Concurrent connections");
    case LoadResource::Requests:
        return QT_TRANSLATE_NOOP("ecsplan", "Requests per second");
    case LoadResource::DiskIops:
        return QT_TRANSLATE_NOOP("ecsplan", "Disk IOPS");
    case LoadResource::DiskThroughput:
        return QT_TRANSLATE_NOOP("ecsplan", "Disk throughput");
    }
    return "";
}

} // namespace

QString displayName(LoadResource resource)
{
    const char *source = displayNameSource(resource);
    return *source ? Tr::tr(source) : QString();
}

const ResourceLoad *ComponentLoad::bottleneck() const
{
    const ResourceLoad *best = nullptr;
    for (const ResourceLoad &r : resources) {
        if (!best || r.utilisation() > best->utilisation())
            best = &r;
    }
    return best;
}

double ComponentLoad::utilisation() const
{
    const ResourceLoad *b = bottleneck();
    return b ? b->utilisation() : 0.0;
}

double ComponentLoad::utilisationAt(int n) const
{
    if (n <= 0)
        return resources.isEmpty() ? 0.0 : std::numeric_limits<double>::infinity();
    return utilisation() * std::max(instances, 1) / n;
}

namespace {

// Appending to the caller's list (a QList, or a component's ResourceLoads).
template<typename List>
void appendInstanceLoads(List &out, const demand::ComponentDemand &d, const InstanceTypeSpec &type,
                         int count)
{
    const double n = std::max(count, 0);
    if (n <= 0)
        return;
    if (type.netBaselineGbps > 0) {
        const double burst = std::max(type.netBurstGbps, type.netBaselineGbps);
        out << ResourceLoad{LoadResource::Bandwidth, std::max(d.peakGbpsIn, d.peakGbpsOut),
                            type.netBaselineGbps * n, burst * n};
    }
    if (type.pps && *type.pps > 0)
        out << ResourceLoad{LoadResource::Packets, d.peakPps, double(*type.pps) * n,
                            double(*type.pps) * n};
    if (type.connections && *type.connections > 0)
        out << ResourceLoad{LoadResource::Connections, d.concurrentConnections,
                            double(*type.connections) * n, double(*type.connections) * n};
}

template<typename List>
void appendDiskLoads(List &out, const demand::ComponentDemand &d, const DiskCapacity &disks,
                     int count)
{
    const double n = std::max(count, 0);
    if (disks.disks <= 0 || n <= 0)
        return;
    const double iops
            = disks.targetIops > 0 ? disks.targetIops * n : d.servedRps * demand::IoPerRequest;
    if (disks.iops > 0)
        out << ResourceLoad{LoadResource::DiskIops, iops, disks.iops * n, disks.iops * n};
    if (disks.mbps > 0)
        out << ResourceLoad{LoadResource::DiskThroughput, d.frontGbps * 125, disks.mbps * n,
                            disks.mbps * n};
}

} // namespace

QList<ResourceLoad> instanceLoads(const demand::ComponentDemand &d, const InstanceTypeSpec &type,
                                  int count)
{
    QList<ResourceLoad> out;
    if (count <= 0)
        return out;
    out.reserve(LoadResourceCount); // room for the disk loads a caller appends
    appendInstanceLoads(out, d, type, count);
    return out;
}

QList<ResourceLoad> diskLoads(const demand::ComponentDemand &d, const DiskCapacity &disks,
                              int count)
{
    QList<ResourceLoad> out;
    appendDiskLoads(out, d, disks, count);
    return out;
}

double cacheCapacityFactor(const RedisClassSpec &spec, int shards, int readReplicas)
{
    const double classShards = std::max(spec.shards.value_or(1), 1);
    const double n = shards > 0 ? shards : classShards;
    return n / classShards * (1 + std::max(readReplicas, 0));
}

namespace {

template<typename List>
void appendCacheLoads(List &out, const demand::ComponentDemand &d, const RedisClassSpec &spec,
                      int shards, int readReplicas)
{
    const double factor = cacheCapacityFactor(spec, shards, readReplicas);
    if (spec.bandwidthMBps && *spec.bandwidthMBps > 0) {
        const double gbps = *spec.bandwidthMBps * 8 / 1000 * factor;
        out << ResourceLoad{LoadResource::Bandwidth, std::max(d.peakGbpsIn, d.peakGbpsOut), gbps,
                            gbps};
    }
    if (spec.qps && *spec.qps > 0)
        out << ResourceLoad{LoadResource::Requests, d.servedRps, double(*spec.qps) * factor,
                            double(*spec.qps) * factor};
}

} // namespace

QList<ResourceLoad> cacheLoads(const demand::ComponentDemand &d, const RedisClassSpec &spec,
                               int shards, int readReplicas)
{
    QList<ResourceLoad> out;
    out.reserve(2);
    appendCacheLoads(out, d, spec, shards, readReplicas);
    return out;
}

std::optional<ComponentLoad> componentLoad(const Model &model, const Entity &node,
                                           const InstanceTypeSpec *type,
                                           const RedisClassSpec *cache, const DiskCapacity *disks)
{
    // The kinds the overload below loads: the others need no demand summed.
    if (!node.isCompute() && node.kind != EntityKind::Cache
        && node.kind != EntityKind::LoadBalancer)
        return std::nullopt;
    return componentLoad(model, node, demand::componentDemand(model, node.id), type, cache, disks);
}

std::optional<ComponentLoad> componentLoad(const Model &model, const Entity &node,
                                           const demand::ComponentDemand &demand,
                                           const InstanceTypeSpec *type,
                                           const RedisClassSpec *cache, const DiskCapacity *disks)
{
    ComponentLoad load;
    switch (node.kind) {
    case EntityKind::InstanceGroup:
    case EntityKind::ScalingGroup: {
        const bool scaling = node.kind == EntityKind::ScalingGroup;
        load.instances = scaling ? node.compute.desiredSize : node.compute.count;
        load.minInstances = scaling ? node.compute.minSize : load.instances;
        load.maxInstances = scaling ? node.compute.maxSize : load.instances;
        load.demand = demand;
        if (type)
            appendInstanceLoads(load.resources, load.demand, *type, load.instances);
        if (disks) {
            appendDiskLoads(load.resources, load.demand, *disks, load.instances);
            load.diskIopsFromTargets = disks->targetIops > 0;
        }
        return load;
    }
    case EntityKind::Cache:
        load.instances = load.minInstances = load.maxInstances = 1;
        load.demand = demand;
        if (cache)
            appendCacheLoads(load.resources, load.demand, *cache, node.cache.shards,
                             node.cache.readReplicas);
        return load;
    case EntityKind::LoadBalancer:
        load.demand = demand;
        load.peakCapacityUnits = capacityUnits(node.loadBalancer.kind, load.demand);
        if (load.peakCapacityUnits)
            load.averageCapacityUnits
                    = load.peakCapacityUnits->scaled(1.0 / model.settings().peakToAverage);
        return load;
    default:
        return std::nullopt;
    }
}

namespace {

QString percent(double fraction)
{
    return number(fraction * 100, 0) + QStringLiteral(" %");
}

/** percent(fraction) on the stack ("87 %"). */
class Percent
{
public:
    explicit Percent(double fraction)
    {
        m_size = metrics::numberInto(fraction * 100, 0, m_text);
        if (m_size >= 0) {
            m_text[m_size++] = u' ';
            m_text[m_size++] = u'%';
        } else {
            m_fallback = percent(fraction);
        }
    }
    operator QStringView() const { return m_size >= 0 ? QStringView(m_text, m_size) : m_fallback; }

private:
    char16_t m_text[50];
    qsizetype m_size = -1;
    QString m_fallback;
};

/** An integer as QString::number(int) writes it, on the stack. */
class Int
{
public:
    explicit Int(int n)
    {
        char digits[16];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        m_size = end - digits;
        std::copy(digits, end, m_text);
    }
    operator QStringView() const { return QStringView(m_text, m_size); }

private:
    char16_t m_text[16];
    qsizetype m_size;
};

} // namespace

Explanation explainLoad(const Model &model, const Entity &node, const ComponentLoad &load,
                        const InstanceTypeSpec *type, const RedisClassSpec *cache)
{
    metrics::Phrasebook phrases;
    return explainLoad(model, node, load, type, cache, phrases);
}

Explanation explainLoad(const Model &model, const Entity &node, const ComponentLoad &load,
                        const InstanceTypeSpec *type, const RedisClassSpec *cache,
                        metrics::Phrasebook &tr)
{
    using metrics::Number;
    Explanation why;
    const DesignSettings &s = model.settings();
    const demand::ComponentDemand &d = load.demand;
    // The lines of the formula, joined by newlines as they are written: explanations are built
    // for every component a report lists, so each text is translated once (the phrasebook)
    // and numbers are formatted on the stack.
    QString &formula = why.formula;
    formula.reserve(1024);
    bool first = true;
    const auto line = [&](const char *source, std::initializer_list<QStringView> args) {
        if (!std::exchange(first, false))
            formula += QLatin1Char('\n');
        formula += tr.fill(source, args);
    };
    line(QT_TRANSLATE_NOOP("ecsplan",
                           "peak = average × %1 (peak-to-average factor); %2 link(s) at this "
                           "component"),
         {Number(s.peakToAverage), Int(d.links)});
    line(QT_TRANSLATE_NOOP("ecsplan", "requests: %1 req/s served, %2 req/s sent at the peak"),
         {Number(d.servedRps, 0), Number(d.sentRps, 0)});
    line(QT_TRANSLATE_NOOP("ecsplan",
                           "bandwidth: GB/month × 8 / %1 s × %2 → in %3 Gbit/s, out %4 Gbit/s"),
         {Number(demand::SecondsPerMonth, 0), Number(s.peakToAverage), Number(d.peakGbpsIn, 3),
          Number(d.peakGbpsOut, 3)});
    line(QT_TRANSLATE_NOOP("ecsplan",
                           "packets: peak req/s × max(%1, data segments of %2 B + ACKs) per "
                           "request → %3 packets/s"),
         {Number(s.packetsPerRequest), Number(demand::SegmentBytes, 0), Number(d.peakPps, 0)});
    line(QT_TRANSLATE_NOOP("ecsplan",
                           "connections: peak req/s ÷ %1 requests per connection × %2 s open → "
                           "%3"),
         {Number(demand::RequestsPerConnection, 0), Number(demand::ConnectionLifetimeSeconds, 0),
          Number(d.concurrentConnections, 0)});
    const auto unit = [](LoadResource r) -> QStringView {
        switch (r) {
        case LoadResource::Bandwidth:
            return u"Gbit/s";
        case LoadResource::Packets:
            return u"packets/s";
        case LoadResource::Connections:
            return u"connections";
        case LoadResource::Requests:
            return u"req/s";
        case LoadResource::DiskIops:
            return u"IOPS";
        case LoadResource::DiskThroughput:
            return u"MB/s";
        }
        return {};
    };
    const auto name = [&tr](LoadResource r) {
        const char *source = displayNameSource(r);
        return *source ? tr.text(source) : QString();
    };
    for (const ResourceLoad &r : load.resources) {
        const int decimals = r.resource == LoadResource::Bandwidth ? 2 : 0;
        if (r.resource == LoadResource::DiskIops)
            line(QT_TRANSLATE_NOOP("ecsplan", "disk IOPS demand: %1"),
                 {load.diskIopsFromTargets
                          ? tr.fill(QT_TRANSLATE_NOOP("ecsplan",
                                                      "the attached disks' IOPS targets × %1 "
                                                      "instance(s)"),
                                    {Int(load.instances)})
                          : tr.fill(QT_TRANSLATE_NOOP("ecsplan",
                                                      "peak req/s served × %1 I/O per request "
                                                      "(assumption; set the disks' IOPS targets "
                                                      "where known)"),
                                    {Number(demand::IoPerRequest)})});
        if (r.resource == LoadResource::DiskThroughput) {
            if (!std::exchange(first, false))
                formula += QLatin1Char('\n');
            formula += tr.text(QT_TRANSLATE_NOOP(
                    "ecsplan",
                    "disk MB/s demand: the served links' Gbit/s (both directions) × 125"));
        }
        if (type)
            line(QT_TRANSLATE_NOOP("ecsplan", "%1: %2 / (%3 × %4 %5 per instance) = %6"),
                 {name(r.resource), Number(r.demand, decimals), Int(load.instances),
                  Number(r.capacity / std::max(load.instances, 1), decimals), unit(r.resource),
                  Percent(r.utilisation())});
        else
            line(QT_TRANSLATE_NOOP("ecsplan", "%1: %2 / %3 %4 = %5"),
                 {name(r.resource), Number(r.demand, decimals), Number(r.capacity, decimals),
                  unit(r.resource), Percent(r.utilisation())});
    }
    if (const std::optional<CapacityUnits> &u = load.peakCapacityUnits) {
        const demand::LcuDefinition &def = node.loadBalancer.kind == LoadBalancerKind::Alb
                ? demand::AlbLcu
                : demand::NlbTcpLcu;
        line(QT_TRANSLATE_NOOP("ecsplan",
                               "capacity units (LCU) at the peak, served side: new connections "
                               "%1/s ÷ %2 = %3; concurrent %4 ÷ %5 = %6; data %7 GB/h ÷ %8 = %9"),
             {Number(d.frontNewConnectionsPerSecond, 0), Number(def.newConnectionsPerSecond, 0),
              Number(u->newConnections), Number(d.frontConcurrentConnections, 0),
              Number(def.concurrentConnections, 0), Number(u->concurrentConnections),
              Number(d.frontGbps / 8 * 3600, 1), Number(def.gbPerHour), Number(u->dataProcessed)});
        if (def.ruleEvaluationsPerSecond > 0)
            line(QT_TRANSLATE_NOOP("ecsplan",
                                   "rule evaluations: %1 req/s × %2 rule(s) ÷ %3 = %4 LCU"),
                 {Number(d.servedRps, 0), Number(demand::RuleEvaluationsPerRequest),
                  Number(def.ruleEvaluationsPerSecond, 0), Number(u->ruleEvaluations)});
        line(QT_TRANSLATE_NOOP("ecsplan",
                               "→ %1 LCU at the peak (%2); %3 LCU in the average hour (÷ %4), "
                               "what the month bills"),
             {Number(u->units()), displayName(u->dominant()),
              Number(load.averageCapacityUnits ? load.averageCapacityUnits->units() : 0.0),
              Number(s.peakToAverage)});
        why.citations << Citation{
                node.loadBalancer.kind == LoadBalancerKind::Alb
                        ? tr.text(
                                QT_TRANSLATE_NOOP("ecsplan", "ALB capacity unit (LCU) definition"))
                        : tr.text(QT_TRANSLATE_NOOP("ecsplan",
                                                    "NLB capacity unit (LCU, TCP) definition")),
                node.loadBalancer.kind == LoadBalancerKind::Alb
                        ? QStringLiteral("https://www.alibabacloud.com/help/en/"
                                         "slb/application-load-balancer/"
                                         "product-overview/alb-billing-rules")
                        : QStringLiteral("https://help.aliyun.com/"
                                         "document_detail/439137.html"),
                QStringLiteral("2025"),
                false,
                QStringLiteral("official"),
                QString()};
    }
    if (cache && node.kind == EntityKind::Cache
        && (node.cache.shards > 0 || node.cache.readReplicas > 0)) {
        const int classShards = std::max(cache->shards.value_or(1), 1);
        line(QT_TRANSLATE_NOOP("ecsplan",
                               "capacity = class figure ÷ %1 shard(s) × %2 shard(s) × (1 + %3 "
                               "read replica(s)) = × %4"),
             {Int(classShards), Int(node.cache.shards > 0 ? node.cache.shards : classShards),
              Int(node.cache.readReplicas),
              Number(cacheCapacityFactor(*cache, node.cache.shards, node.cache.readReplicas))});
        if (node.cache.readReplicas > 0)
            why.notes << tr.text(QT_TRANSLATE_NOOP(
                    "ecsplan",
                    "read replicas serve reads only: the figure assumes the demand is mostly "
                    "reads; writes still reach the masters"));
    }
    if (const ResourceLoad *b = load.bottleneck())
        why.notes << tr.fill(QT_TRANSLATE_NOOP("ecsplan", "bottleneck: %1 at %2"),
                             {name(b->resource), Percent(b->utilisation())});
    if (node.kind == EntityKind::ScalingGroup && !load.resources.isEmpty())
        why.notes << tr.fill(
                QT_TRANSLATE_NOOP("ecsplan", "at min %1 instance(s): %2; at max %3: %4"),
                {Int(load.minInstances), Percent(load.utilisationAt(load.minInstances)),
                 Int(load.maxInstances), Percent(load.utilisationAt(load.maxInstances))});
    if (!load.resources.isEmpty() && load.resources.first().resource == LoadResource::Bandwidth
        && type)
        why.notes << tr.text(QT_TRANSLATE_NOOP("ecsplan",
                                               "bandwidth limits are taken per direction (the "
                                               "busier one is compared); packet limits for both "
                                               "directions together"));
    if (type)
        why.citations << CatalogInputs::cite(
                tr.fill(QT_TRANSLATE_NOOP("ecsplan", "%1 network limits"), {type->id}), type->src);
    if (cache)
        why.citations << CatalogInputs::cite(
                tr.fill(QT_TRANSLATE_NOOP("ecsplan", "%1 QPS and bandwidth"),
                        {cache->instanceClass}),
                cache->src);
    why.citations << Citation{tr.text(QT_TRANSLATE_NOOP("ecsplan",
                                                        "peak-to-average factor, packets per "
                                                        "request, connection reuse (planning "
                                                        "estimates, docs/demand.md)")),
                              QStringLiteral("FACTS"),
                              QString(),
                              false,
                              QStringLiteral("assumption"),
                              QString()};
    return why;
}

} // namespace ecsplan
