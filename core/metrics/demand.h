#pragma once

#include "metricsresults.h"
#include "model/enums.h"
#include "model/ids.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <array>
#include <optional>

namespace ecsplan {

namespace metrics {
class Phrasebook;
}
class Model;
struct DesignSettings;
struct Entity;
struct InstanceTypeSpec;
struct RedisClassSpec;

/**
 * Demand against capacity (docs/demand.md). Pure functions of the design and the catalog: the
 * metrics engine, the rules and the CLI compute the same figures from the same inputs.
 *
 * A link carries *average* traffic: requestsPerSecond and gbPerMonth. Bytes per request are
 * derived from the two (gbPerMonth / (requestsPerSecond × seconds in a 730-hour month)) and
 * split by readFraction like the transfer model splits them: the read share flows back
 * against the arrow (the response), the rest along it (the request). The peak is the average
 * × DesignSettings::peakToAverage.
 */
namespace demand {

/** Seconds in the catalog's 730-hour month. */
inline constexpr double SecondsPerMonth = 730.0 * 3600.0;
/** TCP payload per full segment: 1500-byte MTU − 20 IP − 20 TCP − 12 timestamp option. */
inline constexpr double SegmentBytes = 1448.0;
/**
 * Requests a kept-alive connection carries before it is closed: nginx's keepalive_requests
 * default before 1.19.10 (1000 since); the lower figure, as internet clients reuse less. A
 * planning assumption.
 */
inline constexpr double RequestsPerConnection = 100.0;
/**
 * How long a connection stays open on average, in seconds, for the concurrent-connection
 * estimate (Little's law: concurrent = new per second × lifetime): nginx's keepalive_timeout
 * default of 75 s, rounded down to a minute for a connection that carries requests until
 * it is closed. A planning assumption.
 */
inline constexpr double ConnectionLifetimeSeconds = 60.0;

/** One link's demand at the peak. Gbit/s are decimal (10^9 bit/s). */
struct LinkDemand
{
    double averageRps = 0;
    double peakRps = 0;
    double requestBytes = 0; ///< per request, along the arrow (0 without requests)
    double responseBytes = 0; ///< per request, against the arrow
    double peakGbpsForward = 0; ///< from → to (requests)
    double peakGbpsBackward = 0; ///< to → from (responses)
    double packetsPerRequest = 0; ///< both directions, after the data-segment floor
    double peakPps = 0; ///< both directions together
    double newConnectionsPerSecond = 0;
    double concurrentConnections = 0;

    friend bool operator==(const LinkDemand &, const LinkDemand &) = default;
};

/** The peak demand of one link (pure; `link` must be a link entity). */
LinkDemand linkDemand(const Entity &link, const DesignSettings &settings);

/** What all the links of one component ask of it at the peak: both ends summed. */
struct ComponentDemand
{
    double servedRps = 0; ///< peak requests arriving (links pointing at the component)
    double sentRps = 0; ///< peak requests it makes (links leaving it)
    double peakGbpsIn = 0;
    double peakGbpsOut = 0;
    double peakPps = 0; ///< both directions together
    double newConnectionsPerSecond = 0;
    double concurrentConnections = 0;
    /// The served side only (links pointing at the component), what a load balancer's
    /// capacity units count: both directions' Gbit/s, new and concurrent connections.
    double frontGbps = 0;
    double frontNewConnectionsPerSecond = 0;
    double frontConcurrentConnections = 0;
    int links = 0; ///< links with any demand

    bool isEmpty() const { return links == 0; }
    friend bool operator==(const ComponentDemand &, const ComponentDemand &) = default;
};

/** The sum of the link demands at `node`'s ends (ingress + egress). */
ComponentDemand componentDemand(const Model &model, EntityId node);

/**
 * What one link adds to the demand of each of its ends: componentDemand() in two steps, so that
 * a caller summing every component of a design computes each link's demand once, not once per
 * end. addFlow() over a node's links in the order of Model::linksOf gives componentDemand()'s
 * figures bit for bit (the same additions in the same order).
 */
struct LinkFlow
{
    EntityId from = EntityId::None;
    EntityId to = EntityId::None;
    bool counted = false; ///< a link between two different ends with demand at the peak
    double peakRps = 0;
    double peakGbpsForward = 0;
    double peakGbpsBackward = 0;
    double peakPps = 0;
    double newConnectionsPerSecond = 0;
    double concurrentConnections = 0;
};
/** The flow of `link` (any entity: one that is not a link is not counted). */
LinkFlow linkFlow(const Entity &link, const DesignSettings &settings);
/** Adds `flow` to `c`, the demand of `node` (one of the flow's ends). */
inline void addFlow(ComponentDemand &c, const LinkFlow &flow, EntityId node)
{
    if (!flow.counted)
        return;
    ++c.links;
    if (flow.to == node) {
        c.servedRps += flow.peakRps;
        c.peakGbpsIn += flow.peakGbpsForward;
        c.peakGbpsOut += flow.peakGbpsBackward;
        c.frontGbps += flow.peakGbpsForward + flow.peakGbpsBackward;
        c.frontNewConnectionsPerSecond += flow.newConnectionsPerSecond;
        c.frontConcurrentConnections += flow.concurrentConnections;
    } else {
        c.sentRps += flow.peakRps;
        c.peakGbpsOut += flow.peakGbpsForward;
        c.peakGbpsIn += flow.peakGbpsBackward;
    }
    c.peakPps += flow.peakPps;
    c.newConnectionsPerSecond += flow.newConnectionsPerSecond;
    c.concurrentConnections += flow.concurrentConnections;
}

/**
 * What one load balancer capacity unit (LCU) holds, per dimension; the hour is billed at the
 * busiest dimension's count. 0: the dimension is not billed.
 */
struct LcuDefinition
{
    double newConnectionsPerSecond;
    double concurrentConnections; ///< per minute
    double gbPerHour; ///< processed, requests and responses together
    double ruleEvaluationsPerSecond;
};
/** ALB (ALB billing rules, 2025): 25 new conn/s, 3,000 concurrent, 1 GB/h, 1,000 rule evals/s. */
inline constexpr LcuDefinition AlbLcu{25, 3000, 1, 1000};
/** NLB, TCP listeners (NLB billing rules, 2025): 800 new conn/s, 100,000 concurrent, 1 GB/h. */
inline constexpr LcuDefinition NlbTcpLcu{800, 100000, 1, 0};
/**
 * Forwarding rules an ALB evaluates per request: Alibaba counts rule evaluations as QPS × the
 * rules (and AScript lines, extra certificates) a request passes. One: a listener with a
 * default forwarding rule. A planning assumption.
 */
inline constexpr double RuleEvaluationsPerRequest = 1.0;
/**
 * Disk I/Os per request a compute group with data disks serves (its "data tier"): one, a
 * point read that misses the page cache or a small write; caches in front absorb repeats. A
 * planning assumption: set the disks' IOPS targets where the workload is known.
 */
inline constexpr double IoPerRequest = 1.0;

} // namespace demand

/** The dimensions an ALB/NLB capacity unit counts. */
enum class CapacityUnitDimension {
    NewConnections,
    ConcurrentConnections,
    DataProcessed,
    RuleEvaluations
};
QString toCode(CapacityUnitDimension dimension); ///< newConnections, concurrentConnections, ...
QString displayName(CapacityUnitDimension dimension); ///< translated

/** A load balancer's capacity units (LCU) per dimension at one traffic level. */
struct CapacityUnits
{
    double newConnections = 0;
    double concurrentConnections = 0;
    double dataProcessed = 0;
    double ruleEvaluations = 0;

    double of(CapacityUnitDimension dimension) const;
    /** The billed count: the busiest dimension. */
    double units() const;
    CapacityUnitDimension dominant() const;
    /** Every dimension × `factor` (the demand is linear in the traffic). */
    CapacityUnits scaled(double factor) const;
    friend bool operator==(const CapacityUnits &, const CapacityUnits &) = default;
};

/**
 * The capacity units an ALB or NLB needs for `demand`'s served side (the links pointing at
 * it: the client connections and the traffic it forwards). nullopt for a CLB, billed by
 * specification, not by capacity units.
 */
std::optional<CapacityUnits> capacityUnits(LoadBalancerKind kind,
                                           const demand::ComponentDemand &demand);

/** A resource a component can run out of. */
enum class LoadResource { Bandwidth, Packets, Connections, Requests, DiskIops, DiskThroughput };
inline constexpr int LoadResourceCount = 6;
QString toCode(LoadResource resource); ///< bandwidth, packets, connections, requests, diskIops,
                                       ///< diskThroughput
QString displayName(LoadResource resource); ///< translated

/** One resource's demand against the component's capacity (all instances together). */
struct ResourceLoad
{
    LoadResource resource = LoadResource::Bandwidth;
    double demand = 0; ///< Gbit/s (the busier direction), packets/s, connections, requests/s
    double capacity = 0; ///< sustained (baseline) capacity, same unit; > 0
    double burstCapacity = 0; ///< short-term capacity (burst bandwidth); = capacity without burst

    double utilisation() const { return capacity > 0 ? demand / capacity : 0.0; }
    friend bool operator==(const ResourceLoad &, const ResourceLoad &) = default;
};

/**
 * A component's resource loads: at most one per LoadResource, held inline (a full recompute
 * builds one list per component: no allocation each). The part of QList's interface its
 * readers use; assignable from a QList of at most LoadResourceCount loads.
 */
class ResourceLoads
{
public:
    ResourceLoads() = default;
    ResourceLoads(const QList<ResourceLoad> &list) // NOLINT: implicit, like the QList it replaced
    {
        for (const ResourceLoad &r : list)
            append(r);
    }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const ResourceLoad &operator[](qsizetype i) const { return m_items[size_t(i)]; }
    ResourceLoad &operator[](qsizetype i) { return m_items[size_t(i)]; }
    const ResourceLoad &at(qsizetype i) const { return m_items[size_t(i)]; }
    const ResourceLoad &first() const { return m_items[0]; }
    const ResourceLoad &last() const { return m_items[size_t(m_size - 1)]; }
    const ResourceLoad *begin() const { return m_items.data(); }
    const ResourceLoad *end() const { return m_items.data() + m_size; }
    ResourceLoad *begin() { return m_items.data(); }
    ResourceLoad *end() { return m_items.data() + m_size; }
    /** Appends `r`; a list holds LoadResourceCount loads at most (one per resource). */
    void append(const ResourceLoad &r)
    {
        Q_ASSERT(m_size < qsizetype(m_items.size()));
        if (m_size < qsizetype(m_items.size())) // never past the array, whatever a caller does
            m_items[size_t(m_size++)] = r;
    }
    ResourceLoads &operator<<(const ResourceLoad &r)
    {
        append(r);
        return *this;
    }
    void reserve(qsizetype) {}
    QList<ResourceLoad> toList() const { return QList<ResourceLoad>(begin(), end()); }

    friend bool operator==(const ResourceLoads &a, const ResourceLoads &b)
    {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

private:
    std::array<ResourceLoad, LoadResourceCount> m_items{};
    qsizetype m_size = 0;
};

/**
 * A component's demand against its capacity: instance groups and scaling groups (per-instance
 * figures × running instances), caches (the class's QPS and bandwidth where the catalog has
 * them). Load balancers carry their demand with no capacity (not modelled yet).
 */
struct ComponentLoad
{
    demand::ComponentDemand demand;
    ResourceLoads resources; ///< those with a published capacity, in LoadResource order
    int instances = 0; ///< running: count, a scaling group's desired size; 1 for a cache
    int minInstances = 0; ///< scaling groups: min size (= instances otherwise)
    int maxInstances = 0;
    /// ALB/NLB: the capacity units at the peak and at the average (what the month bills).
    std::optional<CapacityUnits> peakCapacityUnits;
    std::optional<CapacityUnits> averageCapacityUnits;
    /// The disk IOPS demand is the disks' targets (else derived from the served requests).
    bool diskIopsFromTargets = false;

    /** The busiest resource (the bottleneck); nullptr without any capacity. */
    const ResourceLoad *bottleneck() const;
    /** The bottleneck's utilisation (0 without any): 1.0 = 100 %. */
    double utilisation() const;
    /** The bottleneck's utilisation with `n` instances instead of `instances`. */
    double utilisationAt(int n) const;
    friend bool operator==(const ComponentLoad &, const ComponentLoad &) = default;
};

/**
 * The capacity of `count` instances of `type` against `demand`. Bandwidth limits are per
 * direction and compared with the busier one; PPS limits with both directions together (the
 * published figures do not say; docs/demand.md).
 */
QList<ResourceLoad> instanceLoads(const demand::ComponentDemand &demand,
                                  const InstanceTypeSpec &type, int count);
/**
 * How many times the class's published QPS and bandwidth a cache delivers: `shards` of the
 * class's per-shard figure (0 = the class's own shard count) × (1 + `readReplicas` per shard,
 * each serving reads like its master). Assumes the demand is mostly reads, as a cache's is;
 * writes still reach the masters only (docs/demand.md).
 */
double cacheCapacityFactor(const RedisClassSpec &spec, int shards, int readReplicas);
/** The data disks attached to a compute group, per instance (each instance has its copy). */
struct DiskCapacity
{
    int disks = 0;
    double iops = 0; ///< Σ effective baseline IOPS (after the instance's limits)
    double mbps = 0; ///< Σ effective baseline MB/s
    double targetIops = 0; ///< Σ the disks' IOPS targets (0: none set)
};

/**
 * The disk demand of a compute group with data disks and its capacity × `count` instances:
 * IOPS = the disks' targets where set (a per-instance figure × instances), else the peak
 * requests it serves × demand::IoPerRequest; MB/s = its served side's traffic (both
 * directions, Gbit/s × 125). Empty without data disks.
 */
QList<ResourceLoad> diskLoads(const demand::ComponentDemand &demand, const DiskCapacity &disks,
                              int count);

/** The capacity of one cache of `spec` (QPS, bandwidth where published) × the factor above. */
QList<ResourceLoad> cacheLoads(const demand::ComponentDemand &demand, const RedisClassSpec &spec,
                               int shards = 0, int readReplicas = 0);

/**
 * The load of any node: compute groups and caches get their capacity from `type` / `cache`
 * (nullptr: unknown to the catalog, demand only). Returns nullopt for an entity that carries
 * no demand model (containers, disks, security groups, endpoints).
 */
std::optional<ComponentLoad> componentLoad(const Model &model, const Entity &node,
                                           const InstanceTypeSpec *type,
                                           const RedisClassSpec *cache,
                                           const DiskCapacity *disks = nullptr);
/** componentLoad() with the node's demand already summed (`demand`: componentDemand()'s). */
std::optional<ComponentLoad> componentLoad(const Model &model, const Entity &node,
                                           const demand::ComponentDemand &demand,
                                           const InstanceTypeSpec *type,
                                           const RedisClassSpec *cache,
                                           const DiskCapacity *disks = nullptr);

/**
 * Where a request path runs out first: the hop whose busiest resource is the most utilised,
 * and the headroom factor, how many times the traffic may grow before it reaches 100 %
 * (1 / utilisation; below 1 the path is already over).
 */
struct PathHeadroom
{
    EntityId component = EntityId::None;
    LoadResource resource = LoadResource::Bandwidth;
    double utilisation = 0;
    double headroom() const { return utilisation > 0 ? 1.0 / utilisation : 0.0; }
    friend bool operator==(const PathHeadroom &, const PathHeadroom &) = default;
};

/** The figures behind a load, formula by formula, with the catalog row cited. */
Explanation explainLoad(const Model &model, const Entity &node, const ComponentLoad &load,
                        const InstanceTypeSpec *type, const RedisClassSpec *cache);
/** explainLoad() with the translations of `phrases` (kept between many components). */
Explanation explainLoad(const Model &model, const Entity &node, const ComponentLoad &load,
                        const InstanceTypeSpec *type, const RedisClassSpec *cache,
                        metrics::Phrasebook &phrases);

} // namespace ecsplan
