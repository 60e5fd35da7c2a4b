#pragma once

#include "enums.h"
#include "ids.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace ecsplan {

/** One ingress or egress rule of a security group. Ports are inclusive; -1/-1 means "all". */
struct SecurityRule
{
    static constexpr int AllPorts = -1; ///< portFrom = portTo = AllPorts: every port
    static constexpr int MaxPort = 65535;
    static constexpr int HighestPriority = 1; ///< Alibaba Cloud: 1 is evaluated first
    static constexpr int LowestPriority = 100;

    bool ingress = true;
    QString protocol = QStringLiteral("tcp"); ///< tcp, udp, icmp, all
    int portFrom = 443;
    int portTo = 443;
    QString cidr = QStringLiteral("0.0.0.0/0");
    bool accept = true;
    int priority = 1; ///< 1 (highest) .. 100
    QString description;

    friend bool operator==(const SecurityRule &, const SecurityRule &) = default;
};
using SecurityRules = QList<SecurityRule>;

/** Compute shared by instance groups and scaling groups (the launch template of the latter). */
struct ComputeData
{
    QString instanceType = QStringLiteral("ecs.g8i.large");
    int count = 1; ///< instance groups only
    BillingModel billing = BillingModel::PayAsYouGo;
    QString image
            = QStringLiteral("aliyun_3_x64"); ///< image name pattern for data "alicloud_images"
    QString systemDiskCategory = QStringLiteral("cloud_essd");
    QString systemDiskLevel = QStringLiteral("PL0");
    int systemDiskGiB = 40;
    QString role; ///< free text: web, api, db, kafka, bastion ...
    QStringList tags; ///< workload tags: production, jvm, database, stateless ...
    bool drainHandler = false; ///< a spot termination / drain handler is in place
    int replicationFactor = 1; ///< copies of data kept on local storage
    EntityIds securityGroups;
    // Scaling groups only.
    int minSize = 1;
    int maxSize = 3;
    int desiredSize = 2;

    friend bool operator==(const ComputeData &, const ComputeData &) = default;
};

struct DiskData
{
    QString category = QStringLiteral("cloud_essd");
    QString level = QStringLiteral("PL1"); ///< PL0..PL3 for cloud_essd, empty otherwise
    int sizeGiB = 100;
    EntityId attachedTo = EntityId::None; ///< an instance group or scaling group
    bool deleteWithInstance = true;
    int targetIops = 0; ///< what the workload needs; 0 = not set
    int provisionedIops = 0; ///< cloud_auto only
    bool burstingEnabled = false; ///< cloud_auto only
    bool encrypted = false;

    friend bool operator==(const DiskData &, const DiskData &) = default;
};

struct CacheData
{
    CacheEngine engine = CacheEngine::Redis;
    QString instanceClass = QStringLiteral("redis.master.large.default");
    /// 5.0: the newest version the classic classes (redis.master.*, redis.logic.sharding.*)
    /// run; Redis 7.0 needs a cloud-native class (see core/validation/README.md).
    QString engineVersion = QStringLiteral("5.0");
    EntityId readReplicaOf = EntityId::None; ///< this cache serves reads for another one
    BillingModel billing = BillingModel::PayAsYouGo;
    /// Shards of a cluster (sharding) class: 0 = the class's own count (the "2db" of
    /// redis.logic.sharding.2g.2db...). The class's QPS and bandwidth scale per shard.
    int shards = 0;
    /// Read-only replicas per shard (read/write splitting): each serves reads like its master.
    int readReplicas = 0;

    friend bool operator==(const CacheData &, const CacheData &) = default;
};

struct LoadBalancerData
{
    LoadBalancerKind kind = LoadBalancerKind::Alb;
    AddressType addressType = AddressType::Internet;
    QString edition = QStringLiteral("Standard"); ///< ALB: Basic, Standard, StandardWithWaf
    int listenerPort = 443;
    /// The port the backends listen on, where the listener forwards and the backends' security
    /// groups open. Default: defaultBackendPort(kind, listenerPort) (80 for the default ALB).
    int backendPort = 80;

    friend bool operator==(const LoadBalancerData &, const LoadBalancerData &) = default;
};

/**
 * The backend port a load balancer gets when the design does not say: an ALB terminates TLS,
 * so its HTTPS listener (443) forwards to 80; every other listener forwards to its own port.
 * Files written before `backendPort` existed are read with it.
 */
int defaultBackendPort(LoadBalancerKind kind, int listenerPort);

struct EndpointData
{
    EndpointKind kind = EndpointKind::InternetUsers;
    QString location; ///< region code for an external region

    friend bool operator==(const EndpointData &, const EndpointData &) = default;
};

struct LinkData
{
    EntityId from = EntityId::None;
    EntityId to = EntityId::None;
    /// Data exchanged per month. The link points from the requester to the server: the read
    /// share flows back against the arrow, the rest along it (this decides internet egress).
    double gbPerMonth = 0.0;
    double requestsPerSecond = 0.0;
    double readFraction = 0.8; ///< 0..1, share of requests that are reads
    LinkPath path = LinkPath::Auto;
    /// Drawn by an import from the infrastructure (a server group, an attachment, a security
    /// rule, a whitelist), not by the user: it carries no traffic figures until they are entered.
    bool inferred = false;

    friend bool operator==(const LinkData &, const LinkData &) = default;
};

/**
 * A design entity. A plain value (Tiled's MapObject, not a QObject): cheap to copy, snapshot
 * and compare. Only the part matching `kind` is meaningful; the others keep their defaults and
 * are neither saved nor shown.
 *
 * Placement is membership: `parent` is the zone (or region) an entity belongs to. `geometry`
 * is in scene coordinates (absolute, not relative to the parent), width/height only matter for
 * regions and zones; other nodes use defaultSize().
 */
struct Entity
{
    EntityId id = EntityId::None;
    EntityKind kind = EntityKind::InstanceGroup;
    QString name;
    QString notes;
    QString owner; ///< the team or person who runs it ("payments-sre"); free text, may be empty
    EntityId parent = EntityId::None;
    QRectF geometry;

    // Region / zone
    QString code; ///< region id ("cn-hangzhou") or zone id ("cn-hangzhou-h")
    QString cidr; ///< VPC CIDR (region) or vSwitch CIDR (zone)

    /// Zones spanned by a scaling group or a load balancer; empty means "the parent zone".
    EntityIds zones;

    ComputeData compute;
    DiskData disk;
    CacheData cache;
    LoadBalancerData loadBalancer;
    SecurityRules rules; ///< security groups
    EndpointData endpoint;
    LinkData link;

    bool isContainer() const { return kind == EntityKind::Region || kind == EntityKind::Zone; }
    bool isLink() const { return kind == EntityKind::Link; }
    bool isCompute() const
    {
        return kind == EntityKind::InstanceGroup || kind == EntityKind::ScalingGroup;
    }

    friend bool operator==(const Entity &, const Entity &) = default;
};

/** Size a node of this kind is drawn with when it is not a container. */
QSizeF defaultSize(EntityKind kind);

/** A new entity of `kind` with sensible defaults, a name and the default size at `pos`. */
Entity makeEntity(EntityKind kind, const QPointF &pos = {});
/** makeEntity() without the (translated) default name: for readers, which always set one. */
Entity entityDefaults(EntityKind kind, const QPointF &pos = {});

} // namespace ecsplan
