#include "model/billing.h"
#include "terraformbuilder.h"

#include "ecsplan_global.h"

namespace ecsplan::terraform {

/// alicloud_redis_tair_instance.instance_type of a Tair class: tair.scm.* persistent memory,
/// tair.essd.* disk-based, everything else (tair.rdb.*) in-memory.
QString tairInstanceType(const QString &instanceClass)
{
    if (instanceClass.startsWith(QLatin1String("tair.scm.")))
        return QStringLiteral("tair_scm");
    if (instanceClass.startsWith(QLatin1String("tair.essd.")))
        return QStringLiteral("tair_essd");
    return QStringLiteral("tair_rdb");
}

/// Classic (local-disk) Redis classes, which stop at engine 5.0.
bool isClassicRedisClass(const QString &instanceClass)
{
    return instanceClass.startsWith(QLatin1String("redis.master."))
            || instanceClass.startsWith(QLatin1String("redis.logic."))
            || instanceClass.startsWith(QLatin1String("redis.sharding."));
}

void Builder::buildCache()
{
    hcl::Body &file = this->file(QStringLiteral("cache.tf"));
    // Read replicas are read-only nodes of their primary (read_only_count in its zone,
    // slave_read_only_count in one secondary zone); they have no resource of their own.
    QHash<EntityId, QMap<EntityId, int>> replicasByZone; // primary -> zone -> count
    QHash<EntityId, QStringList> replicaNames;
    QSet<EntityId> folded;
    for (const Entity *eEntity : entities(EntityKind::Cache)) {
        const Entity &e = *eEntity;
        const EntityId id = e.id;
        const Entity *primary = find(e.cache.readReplicaOf);
        if (!primary || primary->kind != EntityKind::Cache)
            continue;
        if (isValid(primary->cache.readReplicaOf)) {
            warn(Tr::tr("Replicas of replicas were exported as their own instances"),
                 displayNameOf(e));
            continue;
        }
        if (regionOf(id) != regionOf(primary->id)) {
            warn(Tr::tr("Cross-region cache replicas need a Global Distributed Cache, which the "
                        "export does "
                        "not create; they were exported as independent instances"),
                 displayNameOf(e));
            continue;
        }
        replicasByZone[primary->id][zoneOf(id)] += 1;
        replicaNames[primary->id] << displayNameOf(e);
        folded.insert(id);
    }

    for (const Entity *eEntity : entities(EntityKind::Cache)) {
        const Entity &e = *eEntity;
        const EntityId id = e.id;
        if (folded.contains(id))
            continue; // read-only nodes of its primary
        const ZoneInfo *z = zoneInfo(zoneOf(id));
        if (!z) {
            warn(Tr::tr("Caches outside an exported zone were not exported"), displayNameOf(e));
            continue;
        }
        const RegionInfo &r = *regionInfo(z->region);
        const bool tair = e.cache.engine == CacheEngine::Tair;
        const QMap<EntityId, int> replicas = replicasByZone.value(id);
        int local = replicas.value(z->id);
        EntityId secondary = EntityId::None;
        int remote = 0;
        for (auto it = replicas.cbegin(); it != replicas.cend(); ++it) {
            if (it.key() == z->id)
                continue;
            if (!isValid(secondary) && zoneInfo(it.key())) {
                secondary = it.key();
                remote = it.value();
            } else {
                local += it.value();
                warn(Tr::tr("Cache replicas spread over more than two zones were counted in the "
                            "primary zone"),
                     displayNameOf(e));
            }
        }
        const int maxReplicas = tair ? 5 : 9;
        if (local + remote > maxReplicas) {
            warn(Tr::tr("More read replicas than the engine allows (9 for Redis, 5 for Tair) were "
                        "capped"),
                 displayNameOf(e));
            local = std::min(local, maxReplicas);
            remote = std::min(remote, maxReplicas - local);
        }
        hcl::Body &res = topBlock(file, "resource",
                                  {tair ? QStringLiteral("alicloud_redis_tair_instance")
                                        : QStringLiteral("alicloud_kvstore_instance"),
                                   ident(id)});
        if (local > 0 || remote > 0)
            res.comment(QStringLiteral("Read replicas from the design: %1.")
                                .arg(replicaNames.value(id).join(QStringLiteral(", "))));
        res.attribute("provider", providerRef(r));
        res.attribute(tair ? QStringLiteral("tair_instance_name")
                           : QStringLiteral("db_instance_name"),
                      nameExpression(e));
        const QString cls = e.cache.instanceClass.trimmed();
        res.string("instance_type", tair ? tairInstanceType(cls) : QStringLiteral("Redis"));
        res.string("instance_class", cls);
        res.string("engine_version", e.cache.engineVersion);
        if (!tair && isClassicRedisClass(cls)
            && (e.cache.engineVersion == QLatin1String("6.0")
                || e.cache.engineVersion == QLatin1String("7.0")))
            warn(Tr::tr("Redis 6.0 and 7.0 run only on cloud-native classes (redis.shard.*, "
                        "redis.amber.*); classic redis.master.* and redis.logic.* classes take "
                        "4.0 or 5.0, so creating these caches fails until the class or version "
                        "changes"),
                 displayNameOf(e));
        if (tair && tairInstanceType(cls) == QLatin1String("tair_essd"))
            warn(Tr::tr("Tair ESSD caches take the provider's default storage size; set "
                        "storage_size_gb if the data needs more"),
                 displayNameOf(e));
        if (tair)
            res.attribute("vpc_id", vpcRef(r));
        res.attribute("vswitch_id", vswitchRef(*z));
        res.attribute("zone_id", zoneRef(*z));

        if (local > 0 || remote > 0) {
            if (local > 0)
                res.number("read_only_count", local);
            if (remote > 0) {
                res.attribute("secondary_zone_id", zoneRef(*zoneInfo(secondary)));
                res.number("slave_read_only_count", remote);
            }
        }

        switch (e.cache.billing) {
        case BillingModel::Subscription1Year:
        case BillingModel::Subscription3Year:
            res.string("payment_type",
                       tair ? QStringLiteral("Subscription") : QStringLiteral("PrePaid"));
            res.number("period", subscriptionTermMonths(e.cache.billing));
            m_usesSubscription = true;
            if (tair) { // strings in alicloud_redis_tair_instance
                res.attributeOf("auto_renew", {"tostring(var.auto_renew)"});
                res.attributeOf("auto_renew_period", {"tostring(var.auto_renew_period)"});
            } else {
                res.attributeOf("auto_renew", {"var.auto_renew"});
                res.attributeOf("auto_renew_period", {"var.auto_renew_period"});
            }
            break;
        case BillingModel::Preemptible:
            warn(Tr::tr("Caches cannot be preemptible; they were exported as pay-as-you-go"),
                 displayNameOf(e));
            [[fallthrough]];
        default:
            res.string("payment_type",
                       tair ? QStringLiteral("PayAsYouGo") : QStringLiteral("PostPaid"));
        }
        res.attribute("tags", tagsExpression(e));
        const QString address = (tair ? QStringLiteral("alicloud_redis_tair_instance.")
                                      : QStringLiteral("alicloud_kvstore_instance."))
                + ident(id);
        m_cacheRefs.insert(id, address);
        m_cacheBodies.insert(id, &res);
    }
}

void Builder::buildLoadBalancers()
{
    hcl::Body &file = this->file(QStringLiteral("lb.tf"));
    for (const Entity *lbEntity : entities(EntityKind::LoadBalancer)) {
        const Entity &lb = *lbEntity;
        const EntityId id = lb.id;
        const RegionInfo *r = regionFor(id);
        if (!r) {
            warn(Tr::tr("Load balancers outside an exported region were not exported"),
                 displayNameOf(lb));
            continue;
        }
        EntityIds backends;
        for (EntityId b : backendsOf(id)) {
            const Entity &be = *find(b);
            const bool exported = be.kind == EntityKind::ScalingGroup
                    ? m_exportedScalingGroups.contains(b)
                    : zoneInfo(zoneOf(b)) != nullptr;
            if (!exported)
                continue;
            if (regionOf(b) != r->id) {
                warn(Tr::tr("Load balancers only serve backends in their own region; other "
                            "backends were left out"),
                     displayNameOf(lb));
                continue;
            }
            backends << b;
        }
        if (backends.isEmpty())
            warn(Tr::tr("Load balancers without linked instance or scaling groups have empty "
                        "server groups"),
                 displayNameOf(lb));
        switch (lb.loadBalancer.kind) {
        case LoadBalancerKind::Alb:
            buildAlb(file, lb, backends);
            break;
        case LoadBalancerKind::Nlb:
            buildNlb(file, lb, backends);
            break;
        case LoadBalancerKind::Clb:
            buildClb(file, lb, backends);
            break;
        }
    }
}

} // namespace ecsplan::terraform
