// Rules about disks and local storage: ECS004, ECS005, ECS006, ECS012 (ECS003, the capacity
// range, is a deployability check: deployabilityrules.cpp).

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "model/billing.h"
#include "rule.h"
#include "rulecontext.h"
#include "rulesupport.h"

#include <QMap>

#include <cmath>

namespace ecsplan {
namespace {

using rulesupport::num;
using rulesupport::propertyFix;

const QString kBlockStorageUri = QStringLiteral(
        "https://www.alibabacloud.com/help/en/ecs/user-guide/block-storage-performance");

class DiskRule : public Rule
{
public:
    bool appliesTo(EntityKind kind) const override { return kind == EntityKind::Disk; }
};

class CheaperLevelRule : public DiskRule
{
public:
    QString id() const override { return QStringLiteral("ECS004"); }
    Severity severity() const override { return Severity::Advice; }
    QString title() const override
    {
        return Tr::tr("A lower ESSD level with more capacity is cheaper");
    }
    QString reference() const override { return QStringLiteral("field guide §4.2"); }
    QString helpUri() const override { return kBlockStorageUri; }

    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        const Entity *e = context.entity(subject);
        if (!e || e->disk.category != QLatin1String("cloud_essd"))
            return {};
        const DiskData &d = e->disk;
        // Without a stated target, the requirement is what the disk delivers today.
        const double target = d.targetIops > 0 ? d.targetIops : context.diskIops(*e);
        // The size a level needs to meet the target, hold the data and be valid; 0 if it cannot.
        auto sizeFor = [&](const DiskCategorySpec &spec) {
            if (spec.iops.max < target)
                return 0;
            const int needed
                    = int(std::ceil(std::max(0.0, (target - spec.iops.base) / spec.iops.perGiB)));
            const int size = std::max({d.sizeGiB, spec.minGiB, needed});
            if (size > spec.maxGiB
                || context.diskIopsAt(spec.category, spec.level, size) < target - 0.5)
                return 0;
            return size;
        };
        const DiskCategorySpec *current = context.diskCategory(*e);
        const int currentSize = current ? sizeFor(*current) : 0;
        // Priced like the engine prices this disk: its group's billing, one copy per instance.
        const auto currentCost
                = currentSize > 0 ? context.diskMonthly(*e, d.level, currentSize) : std::nullopt;
        if (!currentCost)
            return {};
        QString bestLevel;
        int bestSize = 0;
        double bestCost = *currentCost;
        for (const QString &level : essdPerformanceLevels()) {
            if (level >= d.level)
                break;
            const DiskCategorySpec *spec = context.catalog().diskCategory(d.category, level);
            const int size = spec ? sizeFor(*spec) : 0;
            const auto cost = size > 0 ? context.diskMonthly(*e, level, size) : std::nullopt;
            if (cost && *cost < bestCost - 0.005) {
                bestLevel = level;
                bestSize = size;
                bestCost = *cost;
            }
        }
        if (bestLevel.isEmpty())
            return {};
        Finding f = makeFinding(
                context, {e->id},
                context.format(QT_TRANSLATE_NOOP("ecsplan",
                                                 "%1 needs %2 IOPS. %3 at %4 GiB delivers %5 IOPS "
                                                 "for %6 per month; %7 needs %8 GiB for it (%9 per "
                                                 "month): %3 saves %10 per month."),
                               {e->name, num(target), bestLevel, num(bestSize),
                                num(context.diskIopsAt(d.category, bestLevel, bestSize)),
                                context.money(bestCost), d.level, num(currentSize),
                                context.money(*currentCost),
                                context.money(*currentCost - bestCost)}));
        const EntityId id = e->id;
        f.fix = {context.format(QT_TRANSLATE_NOOP("ecsplan", "Use %1 at %2 GiB"),
                                {bestLevel, num(bestSize)}),
                 [id, bestLevel, bestSize](Document *document) {
                     QString error
                             = document->setProperty({id}, Property::DiskLevel, bestLevel).error;
                     if (error.isEmpty())
                         error = document->setProperty({id}, Property::DiskSizeGiB, bestSize).error;
                     return error;
                 }};
        return {f};
    }
};

class InstanceDiskLimitRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("ECS005"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override
    {
        return Tr::tr("Disks faster than the instance type can deliver");
    }
    QString reference() const override { return Tr::tr("Alibaba Cloud: storage I/O performance"); }
    QString helpUri() const override
    {
        return QStringLiteral(
                "https://www.alibabacloud.com/help/en/ecs/user-guide/storage-i-or-o-performance");
    }
    bool appliesTo(EntityKind kind) const override
    {
        return kind == EntityKind::InstanceGroup || kind == EntityKind::ScalingGroup;
    }

    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        const Entity *e = context.entity(subject);
        const InstanceTypeSpec *spec = e ? context.instanceType(*e) : nullptr;
        if (!spec || !spec->diskBaselineIops || !spec->diskBaselineMBps)
            return {};
        double iops = 0, mbps = 0;
        EntityIds ids{e->id};
        for (EntityId diskId : context.model().disksAttachedTo(e->id)) {
            const Entity *disk = context.entity(diskId);
            iops += context.diskIops(*disk);
            mbps += context.diskMBps(*disk);
            ids << diskId;
        }
        if (iops <= *spec->diskBaselineIops && mbps <= *spec->diskBaselineMBps)
            return {};
        Finding f = makeFinding(
                context, ids,
                context.format(
                        QT_TRANSLATE_NOOP("ecsplan",
                                          "The disks of %1 deliver %2 IOPS and %3 MB/s "
                                          "together, but %4 caps all its cloud disks at %5 "
                                          "IOPS (burst %6) and %7 MB/s (burst %8): the extra "
                                          "performance is paid for and never reached."),
                        {e->name, num(iops), num(mbps), spec->id, num(*spec->diskBaselineIops),
                         num(spec->diskBurstIops.value_or(*spec->diskBaselineIops)),
                         num(*spec->diskBaselineMBps),
                         num(spec->diskBurstMBps.value_or(*spec->diskBaselineMBps))}));
        // The smallest type of the same family whose baseline carries the disks.
        const InstanceTypeSpec *to = nullptr;
        for (const InstanceTypeSpec *t : context.typesOfFamily(spec->family)) {
            if (t->diskBaselineIops && t->diskBaselineMBps && *t->diskBaselineIops >= iops
                && *t->diskBaselineMBps >= mbps && (!to || t->vcpu < to->vcpu))
                to = t;
        }
        if (to)
            f.fix = propertyFix(context.format(QT_TRANSLATE_NOOP("ecsplan", "Use %1"), {to->id}),
                                {e->id}, Property::InstanceType, to->id);
        return {f};
    }
};

/** The tier a compute entity belongs to: same role in the same region (else itself alone). */
QString tierKey(const RuleContext &context, const Entity &e)
{
    if (e.compute.role.trimmed().isEmpty())
        return QStringLiteral("#%1").arg(toUInt(e.id));
    return e.compute.role.trimmed().toLower() + QLatin1Char('@')
            + QString::number(toUInt(context.model().regionOf(e.id)));
}

class LocalStorageReplicationRule : public DesignRule
{
public:
    QString id() const override { return QStringLiteral("ECS006"); }
    Severity severity() const override { return Severity::Error; }
    QString title() const override { return Tr::tr("Single-copy data on local instance storage"); }
    QString reference() const override { return QStringLiteral("field guide §3.3.4, §7.2"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/ecs/user-guide/local-disks");
    }
    // A tier spans several groups (one per zone): a design rule, one group per tier.
    QString groupKey(const RuleContext &context, const Entity &e) const override
    {
        const InstanceTypeSpec *spec = context.instanceType(e);
        if (spec && spec->localStorage && !RuleContext::hasTag(e, QStringLiteral("stateless")))
            return tierKey(context, e);
        return {};
    }

    Findings evaluateGroup(const RuleContext &context, const EntityIds &members) const override
    {
        Findings out;
        const Entity *first = context.entity(members.first());
        const InstanceTypeSpec *spec = context.instanceType(*first);
        EntityIds single, zones;
        int minRf = 16, instances = 0;
        for (EntityId id : members) {
            const Entity *e = context.entity(id);
            minRf = std::min(minRf, e->compute.replicationFactor);
            if (e->compute.replicationFactor < 2)
                single << id;
            instances += context.instanceCount(*e);
            for (EntityId z : context.zonesOf(id)) {
                if (!zones.contains(z))
                    zones << z;
            }
        }
        const QString storage = spec->localStorage->description;
        if (!single.isEmpty()) {
            Finding f = makeFinding(
                    context, members,
                    Tr::tr("%1 keeps data on local storage (%2, %3) with replication "
                           "factor %4: local disks die with their host, so that data has "
                           "a single copy. Replicate it in the software (e.g. Kafka "
                           "replication.factor=3, min.insync.replicas=2).")
                            .arg(first->name, spec->id, storage, num(minRf)));
            const int rf = std::clamp(instances, 2, 3);
            f.fix = propertyFix(Tr::tr("Set replication factor %1").arg(rf), single,
                                Property::ReplicationFactor, rf);
            out << f;
        } else if (zones.size() == 1) {
            const Entity *zone = context.entity(zones.first());
            out << makeFinding(context, members,
                               Tr::tr("All %1 replicas of %2 (local storage, %3) are in zone %4: "
                                      "losing the zone loses every copy. Spread the nodes over at "
                                      "least two zones with rack/zone-aware replica placement.")
                                       .arg(num(minRf), first->name, spec->id,
                                            zone->code.isEmpty() ? zone->name : zone->code));
        }
        return out;
    }
};

class ZombieDiskRule : public DiskRule
{
public:
    QString id() const override { return QStringLiteral("ECS012"); }
    Severity severity() const override { return Severity::Advice; }
    QString title() const override { return Tr::tr("Data disk outlives its instance"); }
    QString reference() const override { return QStringLiteral("field guide §8.2"); }
    QString helpUri() const override
    {
        return QStringLiteral(
                "https://www.alibabacloud.com/help/en/ecs/product-overview/block-storage-devices");
    }

    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        const Entity *e = context.entity(subject);
        if (!e || !isValid(e->disk.attachedTo) || e->disk.deleteWithInstance)
            return {};
        const Entity *owner = context.entity(e->disk.attachedTo);
        QString message = context.format(QT_TRANSLATE_NOOP("ecsplan",
                                                           "%1 is kept when %2 is released: such "
                                                           "disks are forgotten and keep costing "
                                                           "money."),
                                         {e->name, owner ? owner->name : QString()});
        if (const auto cost = context.diskMonthly(*e))
            message += QLatin1Char(' ')
                    + context.format(QT_TRANSLATE_NOOP("ecsplan", "This one costs %1 per month."),
                                     {context.money(*cost)});
        Finding f = makeFinding(context, {e->id, e->disk.attachedTo}, message);
        f.fix = propertyFix(context.text(QT_TRANSLATE_NOOP("ecsplan", "Delete with the instance")),
                            {e->id}, Property::DeleteWithInstance, true);
        return {f};
    }
};

} // namespace

void rulesupport::appendStorageRules(QList<const Rule *> &rules)
{
    static const CheaperLevelRule r4;
    static const InstanceDiskLimitRule r5;
    static const LocalStorageReplicationRule r6;
    static const ZombieDiskRule r12;
    rules << &r4 << &r5 << &r6 << &r12;
}

} // namespace ecsplan
