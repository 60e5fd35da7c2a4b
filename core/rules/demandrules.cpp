// Rules about demand against capacity (docs/demand.md): ECS026 network, ECS027 cache, ECS028
// scaling-group maximum, ECS029 disk IOPS.

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "metrics/demand.h"
#include "metrics/diskperformance.h"
#include "model/billing.h"
#include "model/document.h"
#include "rule.h"
#include "rulecontext.h"
#include "rulesupport.h"

#include <cmath>

namespace ecsplan {
namespace {

using rulesupport::num;
using rulesupport::propertyFix;

/** True when every resource of `type` × `count` stays within its baseline. */
bool carries(const demand::ComponentDemand &d, const InstanceTypeSpec &type, int count)
{
    const QList<ResourceLoad> loads = instanceLoads(d, type, count);
    if (loads.isEmpty())
        return false;
    for (const ResourceLoad &r : loads) {
        if (r.utilisation() > 1.0)
            return false;
    }
    return true;
}

/** The smallest type (vCPUs, then memory) of `family` and `arch` whose `count` carry `d`. */
const InstanceTypeSpec *smallestCarrying(const RuleContext &context, const QString &family,
                                         const QString &arch, const demand::ComponentDemand &d,
                                         int count)
{
    const InstanceTypeSpec *best = nullptr;
    for (const InstanceTypeSpec &t : context.catalog().instanceTypes()) {
        if (t.family != family || t.arch != arch || t.bareMetal || !carries(d, t, count))
            continue;
        if (!best || t.vcpu < best->vcpu || (t.vcpu == best->vcpu && t.memoryGiB < best->memoryGiB))
            best = &t;
    }
    return best;
}

QString percent(double fraction)
{
    return num(fraction * 100) + QStringLiteral(" %");
}

QString unitOf(LoadResource r)
{
    switch (r) {
    case LoadResource::Bandwidth:
        return QStringLiteral("Gbit/s");
    case LoadResource::Packets:
        return QStringLiteral("packets/s");
    case LoadResource::Connections:
        return QStringLiteral("connections");
    case LoadResource::Requests:
        return QStringLiteral("req/s");
    case LoadResource::DiskIops:
        return QStringLiteral("IOPS");
    case LoadResource::DiskThroughput:
        return QStringLiteral("MB/s");
    }
    return {};
}

QString figure(LoadResource r, double value)
{
    return num(value, r == LoadResource::Bandwidth ? 2 : 0);
}

class NetworkSaturationRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("ECS026"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override
    {
        return Tr::tr("Network bandwidth or packet rate above the instance limits at the peak");
    }
    QString reference() const override { return QStringLiteral("field guide §7.1"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/ecs/user-guide/"
                              "overview-of-instance-families");
    }
    bool appliesTo(EntityKind kind) const override
    {
        return kind == EntityKind::InstanceGroup || kind == EntityKind::ScalingGroup;
    }

    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        const Entity *e = context.entity(subject);
        const InstanceTypeSpec *spec = e ? context.instanceType(*e) : nullptr;
        if (!spec)
            return {};
        const std::optional<ComponentLoad> load = componentLoad(context.model(), *e, spec, nullptr);
        if (!load || load->instances <= 0)
            return {};
        QStringList over;
        for (const ResourceLoad &r : load->resources) {
            if (r.utilisation() > 1.0)
                over << Tr::tr("%1 %2 of %3 %4 (%5)")
                                .arg(displayName(r.resource).toLower(),
                                     figure(r.resource, r.demand), figure(r.resource, r.capacity),
                                     unitOf(r.resource), percent(r.utilisation()));
        }
        if (over.isEmpty())
            return {};
        const DesignSettings &s = context.model().settings();
        const demand::ComponentDemand &d = load->demand;
        const int n = load->instances;
        QString message
                = Tr::tr("At the peak %1 (%2 × %3) runs above its network limits: %4. Above "
                         "them the hypervisor drops packets and connections time out while the "
                         "CPU looks idle.")
                          .arg(e->name)
                          .arg(n)
                          .arg(spec->id, over.join(QStringLiteral("; ")));
        message += QLatin1Char(' ')
                + Tr::tr("Demand: %1 req/s served and %2 req/s sent (the links' average × "
                         "peak-to-average %3); %4 Gbit/s in and %5 Gbit/s out (each link's "
                         "GB/month × 8 / 2,628,000 s × %3); %6 packets/s (peak req/s × "
                         "max(%7 packets per request, data segments + ACKs)).")
                          .arg(num(d.servedRps), num(d.sentRps), num(s.peakToAverage, 1),
                               num(d.peakGbpsIn, 2), num(d.peakGbpsOut, 2), num(d.peakPps),
                               num(s.packetsPerRequest));
        message += QLatin1Char(' ')
                + Tr::tr("Capacity: %1 × %2, whose baseline is %3 Gbit/s (burst %4, only while "
                         "burst credit lasts) and %5 packets/s per instance; bandwidth is "
                         "compared per direction, packets in both directions together (catalog "
                         "%6, %7).")
                          .arg(n)
                          .arg(spec->id, num(spec->netBaselineGbps, 1),
                               num(std::max(spec->netBurstGbps, spec->netBaselineGbps), 1),
                               spec->pps ? num(double(*spec->pps)) : Tr::tr("unpublished"),
                               spec->src.sourceId.isEmpty() ? spec->src.source : spec->src.sourceId,
                               spec->src.asOf);
        Finding f = makeFinding(context, {e->id}, message);

        const QString region = context.regionCode(e->id);
        const auto costNote = [&](const InstanceTypeSpec &to) {
            const auto before = context.instanceMonthly(spec->id, region, e->compute.billing);
            const auto after = context.instanceMonthly(to.id, region, e->compute.billing);
            if (!before || !after)
                return QString();
            const double delta = (*after - *before) * n;
            if (std::abs(delta) < 0.005)
                return Tr::tr(", at the same price");
            return delta > 0 ? Tr::tr(", %1 more per month").arg(context.money(delta))
                             : Tr::tr(", %1 less per month").arg(context.money(-delta));
        };
        const auto carriedAt = [&](const InstanceTypeSpec &to) {
            ComponentLoad after = *load;
            after.resources = instanceLoads(d, to, n);
            const ResourceLoad *b = after.bottleneck();
            return Tr::tr("%1 × %2 (%3 Gbit/s, %4 packets/s each) carries it at %5 %6%7")
                    .arg(n)
                    .arg(to.id, num(to.netBaselineGbps, 1),
                         to.pps ? num(double(*to.pps)) : Tr::tr("unpublished"),
                         b ? percent(b->utilisation()) : QString(),
                         b ? displayName(b->resource).toLower() : QString(), costNote(to));
        };

        const InstanceTypeSpec *same = smallestCarrying(context, spec->family, spec->arch, d, n);
        // The field guide's "pro choice" for reverse proxies: high-frequency cores, as the
        // per-request work is single-threaded per worker (§7.1).
        const InstanceTypeSpec *fast = nullptr;
        const bool proxy = RuleContext::hasTag(*e, QStringLiteral("gateway"))
                || RuleContext::hasTag(*e, QStringLiteral("proxy"))
                || RuleContext::hasTag(*e, QStringLiteral("nginx"));
        if (proxy && spec->arch == QLatin1String("x86_64") && !spec->family.startsWith("hf")) {
            const QString hf = spec->family.startsWith(QLatin1Char('c')) ? QStringLiteral("hfc7")
                                                                         : QStringLiteral("hfg7");
            fast = smallestCarrying(context, hf, spec->arch, d, n);
        }
        if (same)
            f.message += QLatin1Char(' ') + Tr::tr("Same family: %1.").arg(carriedAt(*same));
        if (fast)
            f.message += QLatin1Char(' ')
                    + Tr::tr("High frequency, the field guide's choice for a gateway (its "
                             "workers are single-threaded): %1.")
                              .arg(carriedAt(*fast));
        if (const InstanceTypeSpec *to = same ? same : fast) {
            f.fix = propertyFix(Tr::tr("Use %1").arg(to->id), {e->id}, Property::InstanceType,
                                to->id);
        } else {
            // No type of the family carries it at this count: more instances of this one.
            const int needed = int(std::ceil(load->utilisation() * n - 1e-9));
            f.message += QLatin1Char(' ')
                    + Tr::tr("No %1 type carries it with %2 instances; %3 instances of %4 do.")
                              .arg(spec->family)
                              .arg(n)
                              .arg(needed)
                              .arg(spec->id);
            if (e->kind == EntityKind::InstanceGroup && needed <= 2000)
                f.fix = propertyFix(Tr::tr("Run %1 instances").arg(needed), {e->id},
                                    Property::Count, needed);
        }
        return {f};
    }
};

const RedisClassSpec *redisClassOf(const RuleContext &context, const Entity &cache)
{
    for (const RedisClassSpec &c : context.catalog().redisClasses()) {
        if (c.instanceClass == cache.cache.instanceClass)
            return &c;
    }
    return nullptr;
}

/** ECS027: a cache's QPS or bandwidth above its class × shards × replicas at the peak. */
class CacheSaturationRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("ECS027"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override
    {
        return Tr::tr("Cache QPS or bandwidth above its class's capacity at the peak");
    }
    QString reference() const override { return QStringLiteral("docs/demand.md"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/redis/product-overview/"
                              "cluster-master-replica-instances-1");
    }
    bool appliesTo(EntityKind kind) const override { return kind == EntityKind::Cache; }

    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        const Entity *e = context.entity(subject);
        const RedisClassSpec *spec = e ? redisClassOf(context, *e) : nullptr;
        if (!spec)
            return {};
        const std::optional<ComponentLoad> load = componentLoad(context.model(), *e, nullptr, spec);
        if (!load || load->utilisation() <= 1.0)
            return {};
        QStringList over;
        for (const ResourceLoad &r : load->resources) {
            if (r.utilisation() > 1.0)
                over << Tr::tr("%1 %2 of %3 %4 (%5)")
                                .arg(displayName(r.resource).toLower(),
                                     figure(r.resource, r.demand), figure(r.resource, r.capacity),
                                     unitOf(r.resource), percent(r.utilisation()));
        }
        const int classShards = std::max(spec->shards.value_or(1), 1);
        const int shards = e->cache.shards > 0 ? e->cache.shards : classShards;
        const double factor = cacheCapacityFactor(*spec, e->cache.shards, e->cache.readReplicas);
        QString message
                = Tr::tr("At the peak %1 (%2, %3 shard(s), %4 read replica(s) per shard) serves "
                         "more than it can: %5. Demand: %6 req/s and %7 Gbit/s out at the peak "
                         "(its links' average × %8). Capacity: the class's %9 QPS and %10 MB/s "
                         "for %11 shard(s) × %12 (catalog %13).")
                          .arg(e->name, spec->instanceClass)
                          .arg(shards)
                          .arg(e->cache.readReplicas)
                          .arg(over.join(QStringLiteral("; ")), num(load->demand.servedRps),
                               num(std::max(load->demand.peakGbpsIn, load->demand.peakGbpsOut), 2),
                               num(context.model().settings().peakToAverage, 1),
                               spec->qps ? num(double(*spec->qps)) : Tr::tr("unpublished"),
                               spec->bandwidthMBps ? num(*spec->bandwidthMBps)
                                                   : Tr::tr("unpublished"))
                          .arg(classShards)
                          .arg(num(factor, 2),
                               spec->src.sourceId.isEmpty() ? spec->src.source
                                                            : spec->src.sourceId);
        Finding f = makeFinding(context, {e->id}, message);
        // The cheapest change: more shards of the same class (each shard adds its share of
        // QPS and bandwidth; read replicas would only help the reads).
        const int needed = int(std::ceil(load->utilisation() * shards - 1e-9));
        if (needed <= 256) {
            f.message += QLatin1Char(' ')
                    + Tr::tr("%1 shards carry it at %2.")
                              .arg(needed)
                              .arg(percent(load->utilisation() * shards / needed));
            f.fix = propertyFix(Tr::tr("Use %1 shards").arg(needed), {e->id}, Property::CacheShards,
                                needed);
        }
        return {f};
    }
};

/** ECS028: a scaling group whose maximum size cannot carry the peak. */
class ScalingMaxRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("ECS028"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return Tr::tr("Scaling group maximum cannot carry the peak"); }
    QString reference() const override { return QStringLiteral("docs/demand.md"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/auto-scaling/"
                              "user-guide/manage-scaling-groups");
    }
    bool appliesTo(EntityKind kind) const override { return kind == EntityKind::ScalingGroup; }

    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        const Entity *e = context.entity(subject);
        const InstanceTypeSpec *spec = e ? context.instanceType(*e) : nullptr;
        if (!spec)
            return {};
        const std::optional<ComponentLoad> load = componentLoad(context.model(), *e, spec, nullptr);
        if (!load || load->resources.isEmpty() || load->maxInstances <= 0)
            return {};
        const double atMax = load->utilisationAt(load->maxInstances);
        if (atMax <= 1.0)
            return {};
        const ResourceLoad *b = load->bottleneck();
        const int needed = int(std::ceil(atMax * load->maxInstances - 1e-9));
        Finding f = makeFinding(
                context, {e->id},
                Tr::tr("Even at its maximum of %1 × %2, %3 runs its %4 at %5 at the peak: "
                       "%6 %7 against %8 per instance. It needs at least %9 instances to carry "
                       "the peak; scaling out stops short of that.")
                        .arg(load->maxInstances)
                        .arg(spec->id, e->name, displayName(b->resource).toLower(), percent(atMax),
                             figure(b->resource, b->demand), unitOf(b->resource),
                             figure(b->resource, b->capacity / std::max(load->instances, 1)))
                        .arg(needed));
        if (needed <= 2000)
            f.fix = propertyFix(Tr::tr("Raise the maximum to %1").arg(needed), {e->id},
                                Property::MaxSize, needed);
        return {f};
    }
};

/**
 * ECS029: the IOPS the demand asks of a group's data disks (their targets, or its peak
 * requests × 1 I/O) above what they deliver per instance: Σ their own IOPS, capped by the
 * instance type's disk limit.
 */
class DiskIopsDemandRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("ECS029"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override
    {
        return Tr::tr("Disk IOPS demand above what the disks deliver at the peak");
    }
    QString reference() const override { return QStringLiteral("field guide §4.2"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/ecs/user-guide/"
                              "essds");
    }
    bool appliesTo(EntityKind kind) const override
    {
        return kind == EntityKind::InstanceGroup || kind == EntityKind::ScalingGroup;
    }

    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        const Entity *e = context.entity(subject);
        const InstanceTypeSpec *spec = e ? context.instanceType(*e) : nullptr;
        if (!spec)
            return {};
        DiskCapacity disks;
        const Entity *essd = nullptr; // the disk a fix would change: the largest ESSD
        for (EntityId id : context.model().disksAttachedTo(e->id)) {
            const Entity *d = context.entity(id);
            if (!d)
                continue;
            ++disks.disks;
            disks.iops += context.diskIops(*d);
            disks.mbps += context.diskMBps(*d);
            disks.targetIops += std::max(d->disk.targetIops, 0);
            if (d->disk.category == QLatin1String("cloud_essd")
                && (!essd || d->disk.sizeGiB > essd->disk.sizeGiB))
                essd = d;
        }
        if (disks.disks == 0)
            return {};
        const double ownIops = disks.iops;
        if (spec->diskBaselineIops)
            disks.iops = std::min(disks.iops, *spec->diskBaselineIops);
        const std::optional<ComponentLoad> load
                = componentLoad(context.model(), *e, nullptr, nullptr, &disks);
        if (!load || load->instances <= 0)
            return {};
        const ResourceLoad *iops = nullptr;
        for (const ResourceLoad &r : load->resources) {
            if (r.resource == LoadResource::DiskIops)
                iops = &r;
        }
        if (!iops || iops->utilisation() <= 1.0)
            return {};
        const int n = load->instances;
        const double perInstance = iops->demand / n;
        QString message = context.format(
                QT_TRANSLATE_NOOP("ecsplan",
                                  "At the peak %1 asks %2 IOPS of its data disks "
                                  "(%3) but they deliver %4 IOPS (%5 per instance "
                                  "× %6: the disks' own %7"),
                {e->name, num(iops->demand),
                 load->diskIopsFromTargets
                         ? context.text(QT_TRANSLATE_NOOP("ecsplan",
                                                          "their IOPS targets × %1 instances"))
                                   .arg(n)
                         : context.text(QT_TRANSLATE_NOOP("ecsplan",
                                                          "%1 req/s served × %2 I/O per "
                                                          "request"))
                                   .arg(num(load->demand.servedRps), num(demand::IoPerRequest)),
                 num(iops->capacity), num(disks.iops), QString::number(n), num(ownIops)});
        message += spec->diskBaselineIops
                ? context.text(QT_TRANSLATE_NOOP("ecsplan", ", capped by %1 at %2 IOPS)"))
                          .arg(spec->id, num(*spec->diskBaselineIops))
                : QStringLiteral(")");
        message += QLatin1Char('.');
        Finding f = makeFinding(context, {e->id}, message);
        if (spec->diskBaselineIops && perInstance > *spec->diskBaselineIops) {
            f.message += QLatin1Char(' ')
                    + context.text(QT_TRANSLATE_NOOP("ecsplan",
                                                     "The instance type's disk limit binds: a "
                                                     "faster disk does not help; a larger type or "
                                                     "more instances does."));
            return {f};
        }
        if (!essd)
            return {f};
        // The one disk raised enough: same level larger, else a higher level at its minimum
        // size for the IOPS.
        const double others = ownIops - context.diskIops(*essd);
        const double target = perInstance - others; // what this disk must deliver
        for (const QString &level : essdPerformanceLevels()) {
            if (level < essd->disk.level)
                continue;
            const DiskCategorySpec *cat
                    = context.catalog().diskCategory(essd->disk.category, level);
            if (!cat || cat->iops.max < target)
                continue;
            const int size = std::max(
                    {essd->disk.sizeGiB, cat->minGiB,
                     int(std::ceil(std::max(0.0, (target - cat->iops.base) / cat->iops.perGiB)))});
            if (size > cat->maxGiB
                || context.diskIopsAt(essd->disk.category, level, size) < target - 0.5)
                continue;
            f.message += QLatin1Char(' ')
                    + context.text(QT_TRANSLATE_NOOP("ecsplan",
                                                     "%1 as %2 at %3 GiB delivers %4 IOPS and "
                                                     "carries it."))
                              .arg(essd->name, level, num(size),
                                   num(context.diskIopsAt(essd->disk.category, level, size)));
            const EntityId id = essd->id;
            const QString from = essd->disk.level;
            f.fix = {level == from
                             ? context.text(QT_TRANSLATE_NOOP("ecsplan", "Grow %1 to %2 GiB"))
                                       .arg(essd->name, num(size))
                             : context.text(QT_TRANSLATE_NOOP("ecsplan", "Use %1 at %2 GiB for %3"))
                                       .arg(level, num(size), essd->name),
                     [id, level, size, from](Document *document) {
                         // Size first when it grows (a higher level needs the size first).
                         QString error
                                 = document->setProperty({id}, Property::DiskSizeGiB, size).error;
                         if (error.isEmpty() && level != from)
                             error = document->setProperty({id}, Property::DiskLevel, level).error;
                         return error;
                     }};
            break;
        }
        return {f};
    }
};

} // namespace

void rulesupport::appendDemandRules(QList<const Rule *> &rules)
{
    static const NetworkSaturationRule r26;
    static const CacheSaturationRule r27;
    static const ScalingMaxRule r28;
    static const DiskIopsDemandRule r29;
    rules << &r26 << &r27 << &r28 << &r29;
}

} // namespace ecsplan
