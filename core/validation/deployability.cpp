#include "deployability.h"

#include "catalog/catalog.h"
#include "cidr.h"
#include "ecsplan_global.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace ecsplan::validation {

namespace {

constexpr quint32 bitOf(EntityKind kind)
{
    return 1u << static_cast<int>(kind);
}
constexpr quint32 ComputeKinds = bitOf(EntityKind::InstanceGroup) | bitOf(EntityKind::ScalingGroup);

/** 65536 → "65,536": fixed, C locale with group separators (stable in files and tests). */
QString num(double value)
{
    QLocale locale = QLocale::c();
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale.toString(value, 'f', 0);
}

QString categoryName(const DiskCategorySpec &spec)
{
    return (spec.category + QLatin1Char(' ') + spec.level).trimmed();
}

Problem problem(Check check, const Entity &e, Property field, const QString &reason,
                const EntityIds &related = {}, const QVariant &suggested = {})
{
    return {check, e.id, field, reason, related, suggested, {}};
}

// --- DiskSize (ECS003) ----------------------------------------------------------------------

Problems diskSize(const Model &, const Catalog &catalog, const Entity &e)
{
    const bool disk = e.kind == EntityKind::Disk;
    const QString category = disk ? e.disk.category : e.compute.systemDiskCategory;
    const QString level = disk ? e.disk.level : e.compute.systemDiskLevel;
    const int size = disk ? e.disk.sizeGiB : e.compute.systemDiskGiB;
    const DiskCategorySpec *spec = catalog.diskCategory(category, level);
    if (!spec || (size >= spec->minGiB && size <= spec->maxGiB))
        return {};
    const int bound = size < spec->minGiB ? spec->minGiB : spec->maxGiB;
    const QString reason = disk ? Tr::tr("%1 GiB is outside the %2–%3 GiB that %4 takes.")
                                : Tr::tr("a system disk of %1 GiB is outside the %2–%3 GiB "
                                         "that %4 takes.");
    return {problem(
            Check::DiskSize, e, disk ? Property::DiskSizeGiB : Property::SystemDiskGiB,
            reason.arg(num(size), num(spec->minGiB), num(spec->maxGiB), categoryName(*spec)), {},
            bound)};
}

// --- UnknownType (ECS015) -------------------------------------------------------------------

Problems unknownType(const Model &, const Catalog &catalog, const Entity &e)
{
    if (catalog.instanceType(e.compute.instanceType))
        return {};
    return {problem(Check::UnknownType, e, Property::InstanceType,
                    Tr::tr("%1 is not an instance type the catalog knows: it cannot be priced, "
                           "checked or deployed.")
                            .arg(e.compute.instanceType))};
}

// --- LoadBalancerZones (ECS018) -------------------------------------------------------------

EntityIds zonesOfRegion(const Model &model, EntityId region)
{
    EntityIds zones;
    for (EntityId child : model.childrenOf(region)) {
        const Entity *c = model.find(child);
        if (c && c->kind == EntityKind::Zone)
            zones << child;
    }
    std::sort(zones.begin(), zones.end(),
              [](EntityId a, EntityId b) { return toUInt(a) < toUInt(b); });
    return zones;
}

Problems loadBalancerZones(const Model &model, const Catalog &, const Entity &e)
{
    if (e.loadBalancer.kind == LoadBalancerKind::Clb)
        return {};
    const EntityIds spanned = model.spannedZones(e.id);
    if (spanned.size() >= 2)
        return {};
    // The obvious fix: the zones it spans plus the next zones of its region, two in all.
    QVariant suggested;
    EntityIds two = spanned;
    for (EntityId z : zonesOfRegion(model, model.regionOf(e.id))) {
        if (two.size() < 2 && !two.contains(z))
            two << z;
    }
    if (two.size() == 2)
        suggested = QVariant::fromValue(two);
    return {problem(Check::LoadBalancerZones, e, Property::Zones,
                    Tr::tr("an %1 must span at least two zones of its region; it spans %n.",
                           nullptr, int(spanned.size()))
                            .arg(toCode(e.loadBalancer.kind).toUpper()),
                    {}, suggested)};
}

// --- ScalingSizes (ECS019) ------------------------------------------------------------------

Problems scalingSizes(const Model &, const Catalog &, const Entity &e)
{
    Property field = Property::MinSize;
    const QString reason = validateEntityValues(e, &field);
    if (reason.isEmpty())
        return {};
    return {problem(Check::ScalingSizes, e, field, reason)};
}

// --- ZoneRegion (ECS020) --------------------------------------------------------------------

Problems zoneRegion(const Model &model, const Catalog &catalog, const Entity &e)
{
    const Entity *region = model.find(model.regionOf(e.id));
    if (!region || e.code.isEmpty() || region->code.isEmpty())
        return {};
    // Alibaba zone ids are the region id and a letter: cn-hangzhou-h, ap-southeast-1a.
    static const QRegularExpression suffix(QStringLiteral("^-?[a-z]$"));
    if (!e.code.startsWith(region->code)
        || !suffix.match(e.code.mid(region->code.size())).hasMatch())
        return {problem(Check::ZoneRegion, e, Property::Code,
                        Tr::tr("%1 is not a zone of region %2 (\"%3\", #%4).")
                                .arg(e.code, region->code, region->name)
                                .arg(toUInt(region->id)))};
    const RegionSpec *spec = catalog.region(region->code);
    if (spec && !spec->zones.isEmpty() && !spec->zones.contains(e.code))
        return {problem(
                Check::ZoneRegion, e, Property::Code,
                Tr::tr("%1 is not among the zones the catalog lists for %2 (%3).")
                        .arg(e.code, region->code, spec->zones.join(QStringLiteral(", "))))};
    return {};
}

// --- RegionCode (ECS021) --------------------------------------------------------------------

Problems regionCode(const Model &model, const Catalog &catalog, const Entity &e)
{
    if (e.code.isEmpty())
        return {};
    if (!catalog.region(e.code))
        return {problem(Check::RegionCode, e, Property::Code,
                        Tr::tr("%1 is not a region id the catalog knows.").arg(e.code))};
    Problems out;
    for (EntityId other : model.ids(EntityKind::Region)) {
        const Entity *o = model.find(other);
        if (other != e.id && o->code == e.code)
            out << problem(Check::RegionCode, e, Property::Code,
                           Tr::tr("region \"%1\" (#%2) has the same id %3; a design has one "
                                  "VPC per region, so give each region its own id.")
                                   .arg(o->name)
                                   .arg(toUInt(other))
                                   .arg(e.code),
                           {other});
    }
    return out;
}

// --- Cidr (ECS022) --------------------------------------------------------------------------

std::optional<Ipv4Block> validBlock(const Entity &e)
{
    const BlockRole role = e.kind == EntityKind::Region ? BlockRole::Vpc : BlockRole::VSwitch;
    if (e.cidr.isEmpty() || !cidrTextProblem(e.cidr, role).isEmpty())
        return std::nullopt;
    return Ipv4Block::parse(e.cidr);
}

Problems cidr(const Model &model, const Catalog &, const Entity &e)
{
    const bool isRegion = e.kind == EntityKind::Region;
    const QString text = cidrTextProblem(e.cidr, isRegion ? BlockRole::Vpc : BlockRole::VSwitch);
    if (!text.isEmpty())
        return {problem(Check::Cidr, e, Property::Cidr, text)};
    const std::optional<Ipv4Block> own = validBlock(e);
    if (!own)
        return {};
    Problems out;
    if (isRegion) {
        for (EntityId other : model.ids(EntityKind::Region)) {
            const Entity *o = model.find(other);
            const auto theirs = other == e.id ? std::nullopt : validBlock(*o);
            if (theirs && theirs->overlaps(*own))
                out << problem(Check::Cidr, e, Property::Cidr,
                               Tr::tr("%1 overlaps %2 of region \"%3\" (#%4): the VPCs cannot "
                                      "be joined over CEN.")
                                       .arg(e.cidr, o->cidr, o->name)
                                       .arg(toUInt(other)),
                               {other});
        }
        return out;
    }
    const EntityId regionId = model.regionOf(e.id);
    const Entity *region = model.find(regionId);
    if (const auto vpc = region ? validBlock(*region) : std::nullopt; vpc && !vpc->contains(*own))
        out << problem(Check::Cidr, e, Property::Cidr,
                       Tr::tr("%1 is outside %2, the VPC block of region \"%3\" (#%4).")
                               .arg(e.cidr, region->cidr, region->name)
                               .arg(toUInt(regionId)),
                       {regionId});
    for (EntityId other : zonesOfRegion(model, regionId)) {
        const Entity *o = model.find(other);
        const auto theirs = other == e.id ? std::nullopt : validBlock(*o);
        if (theirs && theirs->overlaps(*own))
            out << problem(Check::Cidr, e, Property::Cidr,
                           Tr::tr("%1 overlaps %2 of zone \"%3\" (#%4) in the same VPC.")
                                   .arg(e.cidr, o->cidr, o->name)
                                   .arg(toUInt(other)),
                           {other});
    }
    return out;
}

// --- CacheClass (ECS023) --------------------------------------------------------------------

Problems cacheClass(const Model &, const Catalog &, const Entity &e)
{
    const CacheData &c = e.cache;
    const QString cls = c.instanceClass.trimmed();
    if (cls.isEmpty())
        return {
                problem(Check::CacheClass, e, Property::CacheClass,
                        Tr::tr("the cache has no instance class.")),
        };
    const bool tairClass = cls.startsWith(QLatin1String("tair."));
    if (c.engine == CacheEngine::Tair) {
        // alicloud_redis_tair_instance: instance_type tair_rdb | tair_scm | tair_essd follows
        // the class; engine_version 5.0/6.0/7.0 (rdb), 1.0 (scm), 1.0/2.0 (essd).
        struct Medium
        {
            const char *prefix;
            QStringList versions;
        };
        const QList<Medium> media
                = {{"tair.rdb.",
                    {QStringLiteral("5.0"), QStringLiteral("6.0"), QStringLiteral("7.0")}},
                   {"tair.scm.", {QStringLiteral("1.0")}},
                   {"tair.essd.", {QStringLiteral("1.0"), QStringLiteral("2.0")}}};
        for (const Medium &m : media) {
            if (!cls.startsWith(QLatin1String(m.prefix)))
                continue;
            if (m.versions.contains(c.engineVersion))
                return {};
            return {problem(Check::CacheClass, e, Property::CacheVersion,
                            Tr::tr("Tair %1* classes take engine version %2, not \"%3\".")
                                    .arg(QLatin1String(m.prefix),
                                         m.versions.join(QStringLiteral(", ")), c.engineVersion),
                            {}, m.versions.last())};
        }
        return {problem(Check::CacheClass, e, Property::CacheClass,
                        Tr::tr("%1 is not a Tair class (tair.rdb.*, tair.scm.* or tair.essd.*).")
                                .arg(cls))};
    }
    if (tairClass)
        return {problem(Check::CacheClass, e, Property::CacheClass,
                        Tr::tr("%1 is a Tair class, but the engine is Redis; set the engine to "
                               "Tair or pick a Redis class.")
                                .arg(cls))};
    static const QStringList versions
            = {QStringLiteral("2.8"), QStringLiteral("4.0"), QStringLiteral("5.0"),
               QStringLiteral("6.0"), QStringLiteral("7.0")};
    if (!versions.contains(c.engineVersion))
        return {problem(Check::CacheClass, e, Property::CacheVersion,
                        Tr::tr("Redis engine version \"%1\" does not exist (%2).")
                                .arg(c.engineVersion, versions.join(QStringLiteral(", "))),
                        {}, QStringLiteral("5.0"))};
    const bool classic = cls.startsWith(QLatin1String("redis.master."))
            || cls.startsWith(QLatin1String("redis.logic.sharding."));
    // Redis 6.0 and 7.0 run only on cloud-native classes (the exporter's note agrees).
    if (classic
        && (c.engineVersion == QLatin1String("6.0") || c.engineVersion == QLatin1String("7.0")))
        return {problem(Check::CacheClass, e, Property::CacheVersion,
                        Tr::tr("%1 is a classic class, and Redis %2 is offered only with "
                               "cloud-native classes (such as redis.shard.small.2.ce); use engine "
                               "version 5.0 or a cloud-native class.")
                                .arg(cls, c.engineVersion),
                        {}, QStringLiteral("5.0"))};
    return {};
}

// --- DiskCategory (ECS024) ------------------------------------------------------------------

QString cannotAttach(const InstanceTypeSpec &type, const QString &category)
{
    return Tr::tr("%1 can attach only %2 disks, not %3.")
            .arg(type.id, type.diskCategories.join(QStringLiteral(", ")), category);
}

Problems diskCategory(const Model &model, const Catalog &catalog, const Entity &e)
{
    if (e.isCompute()) {
        const InstanceTypeSpec *type = catalog.instanceType(e.compute.instanceType);
        if (!type || type->canAttach(e.compute.systemDiskCategory))
            return {};
        return {problem(Check::DiskCategory, e, Property::SystemDiskCategory,
                        cannotAttach(*type, e.compute.systemDiskCategory))};
    }
    const Entity *compute = model.find(e.disk.attachedTo);
    const InstanceTypeSpec *type
            = compute ? catalog.instanceType(compute->compute.instanceType) : nullptr;
    if (!type || type->canAttach(e.disk.category))
        return {};
    return {problem(Check::DiskCategory, e, Property::DiskCategory,
                    Tr::tr("it is attached to \"%1\" (#%2): %3")
                            .arg(compute->name)
                            .arg(toUInt(compute->id))
                            .arg(cannotAttach(*type, e.disk.category)),
                    {compute->id})};
}

// --- ScalingSystemDisk (ECS025) -------------------------------------------------------------

Problems scalingSystemDisk(const Model &, const Catalog &, const Entity &e)
{
    const QString &category = e.compute.systemDiskCategory;
    if (launchTemplateSystemDiskCategories().contains(category))
        return {};
    // The nearest category a launch template takes: an ESSD of the level that matches (AutoPL
    // performs like PL1 at its baseline; ESSD Entry and anything else start at PL0).
    const QString level = category == QLatin1String("cloud_auto") ? QStringLiteral("PL1")
                                                                  : QStringLiteral("PL0");
    Problem p = problem(
            Check::ScalingSystemDisk, e, Property::SystemDiskCategory,
            Tr::tr("a scaling group launches from a launch template, whose system "
                   "disk cannot be %1 (it takes %2); use cloud_essd %3.")
                    .arg(category, launchTemplateSystemDiskCategories().join(QStringLiteral(", ")),
                         level),
            {}, QStringLiteral("cloud_essd"));
    p.alsoSuggested = {{Property::SystemDiskLevel, level}};
    return {p};
}

struct CheckInfo
{
    Check check;
    quint32 kinds;
    Problems (*run)(const Model &, const Catalog &, const Entity &);
};

// One row per Check, in enum order (checked below).
constexpr std::array<CheckInfo, CheckCount> kChecks = {{
        {Check::DiskSize, bitOf(EntityKind::Disk) | ComputeKinds, diskSize},
        {Check::UnknownType, ComputeKinds, unknownType},
        {Check::LoadBalancerZones, bitOf(EntityKind::LoadBalancer), loadBalancerZones},
        {Check::ScalingSizes, bitOf(EntityKind::ScalingGroup), scalingSizes},
        {Check::ZoneRegion, bitOf(EntityKind::Zone), zoneRegion},
        {Check::RegionCode, bitOf(EntityKind::Region), regionCode},
        {Check::Cidr, bitOf(EntityKind::Region) | bitOf(EntityKind::Zone), cidr},
        {Check::CacheClass, bitOf(EntityKind::Cache), cacheClass},
        {Check::DiskCategory, bitOf(EntityKind::Disk) | ComputeKinds, diskCategory},
        {Check::ScalingSystemDisk, bitOf(EntityKind::ScalingGroup), scalingSystemDisk},
}};

constexpr bool checksInEnumOrder()
{
    for (size_t i = 0; i < kChecks.size(); ++i) {
        if (static_cast<size_t>(kChecks[i].check) != i || kChecks[i].kinds == 0 || !kChecks[i].run)
            return false;
    }
    return true;
}
static_assert(checksInEnumOrder(), "kChecks must list every Check once, in enum order");

} // namespace

bool appliesTo(Check check, EntityKind kind)
{
    return kChecks[static_cast<int>(check)].kinds & bitOf(kind);
}

Problems check(Check which, const Model &model, const Catalog &catalog, const Entity &entity)
{
    const CheckInfo &info = kChecks[static_cast<int>(which)];
    if (!(info.kinds & bitOf(entity.kind)))
        return {};
    return info.run(model, catalog, entity);
}

Problems checkEntity(const Model &model, const Catalog &catalog, const Entity &entity)
{
    Problems out;
    for (const CheckInfo &info : kChecks) {
        if (info.kinds & bitOf(entity.kind))
            out << info.run(model, catalog, entity);
    }
    return out;
}

Problems checkDesign(const Model &model, const Catalog &catalog)
{
    Problems out;
    for (EntityId id : model.ids())
        out << checkEntity(model, catalog, *model.find(id));
    return out;
}

QStringList launchTemplateSystemDiskCategories()
{
    return {QStringLiteral("all"),
            QStringLiteral("cloud"),
            QStringLiteral("ephemeral_ssd"),
            QStringLiteral("cloud_essd"),
            QStringLiteral("cloud_efficiency"),
            QStringLiteral("cloud_ssd"),
            QStringLiteral("local_disk")};
}

QString describe(const Model &model, const Problem &p)
{
    const Entity *e = model.find(p.entity);
    return QStringLiteral("%1: %2").arg(e ? e->name : QString(), p.reason);
}

QString locatedMessage(const Model &model, const Problem &p, const QString &file)
{
    const Entity *e = model.find(p.entity);
    const QString where = QStringLiteral("%1 (#%2), %3")
                                  .arg(e ? e->name : QString())
                                  .arg(toUInt(p.entity))
                                  .arg(QLatin1String(propertyInfo(p.field).key));
    const QString line = QStringLiteral("%1: %2").arg(where, p.reason);
    return file.isEmpty() ? line : QStringLiteral("%1: %2").arg(file, line);
}

} // namespace ecsplan::validation
