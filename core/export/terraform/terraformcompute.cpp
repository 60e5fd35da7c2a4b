#include "catalog/catalog.h"
#include "model/billing.h"
#include "model/properties.h"
#include "terraformbuilder.h"

#include "ecsplan_global.h"

#include <algorithm>

namespace ecsplan::terraform {

namespace {

bool isEssd(const QString &category)
{
    return category == QLatin1String("cloud_essd");
}

/** Disk settings shared by launch-template data disks and alicloud_ecs_disk; `id` is the disk's
 *  identifier (its size is `var.<id>_size`). */
void diskPerformance(hcl::Body &body, const DiskData &d, const QString &id)
{
    body.string("category", d.category);
    if (isEssd(d.category) && !d.level.isEmpty())
        body.string("performance_level", d.level);
    body.attributeOf("size", {"var.", id, "_size"});
}

} // namespace

QPair<int, int> diskSizeRange(const Catalog &catalog, const QString &category, const QString &level,
                              bool system)
{
    // The catalog's per-category GiB limits (the ones validation enforces before export), and
    // for a system disk also the model's system-disk range (20-2,048 GiB): one source for each,
    // so the variable's validation block accepts exactly what an export accepts.
    const PropertyInfo &field
            = propertyInfo(system ? Property::SystemDiskGiB : Property::DiskSizeGiB);
    int low = int(field.minimum), high = int(field.maximum);
    if (const DiskCategorySpec *spec = catalog.diskCategory(category, level)) {
        low = system ? std::max(low, spec->minGiB) : spec->minGiB;
        high = system ? std::min(high, spec->maxGiB) : spec->maxGiB;
    }
    return {low, high};
}

void Builder::diskSizeVariable(const Entity &owner, QLatin1String what, const QString &category,
                               const QString &level, int value, bool system)
{
    // The range of a category and level, looked up in the catalog once per export.
    const DiskRangeKey key{category.constData(), category.size(), level.constData(), level.size(),
                           system};
    auto known = m_diskRanges.constFind(key);
    if (known == m_diskRanges.cend())
        known = m_diskRanges.insert(
                key,
                diskSizeRange(m_options.catalog ? *m_options.catalog : Catalog::builtin(), category,
                              level, system));
    const auto [low, high] = *known;
    // In pieces, not arg() nor concatenations: a variable per group and disk (arg() parses its
    // template and formats numbers through the locale machinery).
    const QString &id = ident(owner.id);
    // The pieces used more than once are made once and copied: a Latin-1 piece is scanned for
    // its flags, a number formatted, when made.
    const hcl::Piece name(what), from(low), to(high);
    const hcl::Piece kind = system ? hcl::Piece("System disk") : hcl::Piece("Disk");
    const hcl::Piece space = level.isEmpty() ? hcl::Piece("") : hcl::Piece(" ");
    groupVariable(
            owner, what,
            {kind, " size of ", displayNameOf(owner), " in GiB (", category, space, level, ")."},
            L1("number"), {value},
            {"var.", id, "_", name, " >= ", from, " && var.", id, "_", name, " <= ", to},
            {id, "_", name, ": ", from, " to ", to, " GiB for ", category, space, level, "."});
}

void Builder::instanceTypeVariable(const Entity &e)
{
    const QString &id = ident(e.id);
    groupVariable(
            e, L1("instance_type"), {"ECS instance type of ", displayNameOf(e), "."}, L1("string"),
            {"\"", hcl::escapedLiteral(e.compute.instanceType), "\""}, // as hcl::quoted()
            {"can(regex(\"^ecs\\\\.[a-z0-9-]+\\\\.[a-z0-9-]+$\", var.", id, "_instance_type))"},
            {id, "_instance_type: an ECS instance type such as ecs.g8i.large."});
}

void Builder::billing(hcl::Body &body, const Entity &e, bool scalingGroup)
{
    switch (e.compute.billing) {
    case BillingModel::PayAsYouGo:
        body.stringOf("instance_charge_type", {"PostPaid"});
        break;
    case BillingModel::Subscription1Year:
    case BillingModel::Subscription3Year:
        if (scalingGroup) {
            warn(Tr::tr("Auto Scaling only launches pay-as-you-go or preemptible instances; "
                        "subscription "
                        "scaling groups were exported as pay-as-you-go"),
                 displayNameOf(e));
            body.stringOf("instance_charge_type", {"PostPaid"});
            break;
        }
        m_usesSubscription = true;
        body.stringOf("instance_charge_type", {"PrePaid"});
        body.number("period", subscriptionTermMonths(e.compute.billing));
        body.stringOf("period_unit", {"Month"});
        body.attributeOf("renewal_status", {"var.auto_renew ? \"AutoRenewal\" : \"Normal\""});
        body.attributeOf("auto_renew_period", {"var.auto_renew_period"});
        body.comment("Lets terraform destroy release subscription instances before they expire.");
        body.boolean("force_delete", true);
        break;
    case BillingModel::Preemptible:
        body.stringOf("instance_charge_type", {"PostPaid"});
        body.stringOf("spot_strategy", {"SpotAsPriceGo"});
        break;
    case BillingModel::SavingsPlan:
        body.comment("Savings plan: bought on the billing side; the instances stay pay-as-you-go.");
        body.stringOf("instance_charge_type", {"PostPaid"});
        break;
    }
}

void Builder::buildCompute()
{
    hcl::Body &file = this->file(QStringLiteral("compute.tf"));
    for (const Entity *eEntity : entities()) {
        const Entity &e = *eEntity;
        if (e.kind == EntityKind::InstanceGroup)
            buildInstanceGroup(file, e);
        else if (e.kind == EntityKind::ScalingGroup)
            buildScalingGroup(file, e);
    }
}

void Builder::buildInstanceGroup(hcl::Body &file, const Entity &e)
{
    const ZoneInfo *z = zoneInfo(zoneOf(e.id));
    if (!z) {
        warn(Tr::tr("Instance groups outside an exported zone were not exported"),
             displayNameOf(e));
        return;
    }
    const RegionInfo &r = *regionInfo(z->region);
    const ComputeData &c = e.compute;
    instanceTypeVariable(e);
    const QString &id = ident(e.id);
    groupVariable(e, L1("count"), {"Number of instances of ", displayNameOf(e), "."}, L1("number"),
                  {c.count}, {"var.", id, "_count >= 0 && var.", id, "_count <= 100"},
                  {id, "_count: 0 to 100 instances."});
    diskSizeVariable(e, L1("system_disk_size"), c.systemDiskCategory, c.systemDiskLevel,
                     c.systemDiskGiB, true);
    if (!file.isEmpty())
        file.blankLine();
    hcl::Body &res = file.block("resource", {QStringLiteral("alicloud_instance"), id});
    res.attribute("provider", providerRef(r));
    res.attributeOf("count", {"var.", id, "_count"});
    res.attribute("instance_name", nameExpression(e, true));
    res.attributeOf("instance_type", {"var.", id, "_instance_type"});
    res.attribute("image_id", imageRef(r, c.image));
    res.attribute("vswitch_id", vswitchRef(*z));
    res.list("security_groups", securityGroupRefs(e, r));
    res.attributeOf("key_name", {"var.key_pair_name"});
    res.string("system_disk_category", c.systemDiskCategory);
    if (isEssd(c.systemDiskCategory) && !c.systemDiskLevel.isEmpty())
        res.string("system_disk_performance_level", c.systemDiskLevel);
    res.attributeOf("system_disk_size", {"var.", id, "_system_disk_size"});
    const QString tags = tagsExpression(e);
    res.attribute("tags", tags);
    res.attribute("volume_tags", tags);
    res.blankLine();
    billing(res, e, false);
    res.blankLine();
    // A newer image must not replace running instances (and their system disks).
    res.block("lifecycle").list("ignore_changes", {QStringLiteral("image_id")});
}

void Builder::buildScalingGroup(hcl::Body &file, const Entity &e)
{
    const RegionInfo *r = regionFor(e.id);
    QStringList vswitches;
    for (EntityId zoneId : m_model.spannedZones(e.id)) {
        const ZoneInfo *z = zoneInfo(zoneId);
        if (z && z->region == (r ? r->id : EntityId::None))
            vswitches << vswitchRef(*z);
    }
    if (!r || vswitches.isEmpty()) {
        warn(Tr::tr("Scaling groups without an exported zone were not exported"), displayNameOf(e));
        return;
    }
    const ComputeData &c = e.compute;
    const QString &id = ident(e.id);
    // Launch templates take no cloud_auto or cloud_essd_entry system disk: such a design is
    // refused before export (core/validation, ECS025); a draft writes the category as drawn.
    const QString &systemCategory = c.systemDiskCategory;
    const QString &systemLevel = c.systemDiskLevel;
    instanceTypeVariable(e);
    diskSizeVariable(e, L1("system_disk_size"), systemCategory, systemLevel, c.systemDiskGiB, true);
    const QString name = displayNameOf(e);
    groupVariable(e, L1("min_size"), {"Fewest instances ", name, " keeps."}, L1("number"),
                  {c.minSize}, {"var.", id, "_min_size >= 0 && var.", id, "_min_size <= 2000"},
                  {id, "_min_size: 0 to 2000."});
    groupVariable(e, L1("max_size"), {"Most instances ", name, " may run."}, L1("number"),
                  {c.maxSize}, {"var.", id, "_max_size >= 0 && var.", id, "_max_size <= 2000"},
                  {id, "_max_size: 0 to 2000."});
    groupVariable(
            e, L1("desired_capacity"),
            {"Instances ", name,
             " starts with; scaling rules change it afterwards and the next apply leaves their "
             "choice alone."},
            L1("number"), {std::clamp(c.desiredSize, c.minSize, std::max(c.minSize, c.maxSize))},
            {"var.", id, "_desired_capacity >= 0 && var.", id, "_desired_capacity <= 2000"},
            {id, "_desired_capacity: 0 to 2000."});
    if (!file.isEmpty())
        file.blankLine();
    hcl::Body &lt = file.block("resource", {QStringLiteral("alicloud_ecs_launch_template"), id});
    lt.attribute("provider", providerRef(*r));
    lt.attribute("launch_template_name", nameExpression(e));
    lt.attribute("instance_name", nameExpression(e));
    lt.attributeOf("instance_type", {"var.", id, "_instance_type"});
    lt.attribute("image_id", imageRef(*r, c.image));
    lt.list("security_group_ids", securityGroupRefs(e, *r));
    lt.attributeOf("key_pair_name", {"var.key_pair_name"});
    const QString tags = tagsExpression(e);
    lt.attribute("tags", tags);
    lt.attribute("template_tags", tags);
    lt.blankLine();
    billing(lt, e, true);
    lt.blankLine();
    hcl::Body &system = lt.block("system_disk");
    system.string("category", systemCategory);
    if (isEssd(systemCategory) && !systemLevel.isEmpty())
        system.string("performance_level", systemLevel);
    system.attributeOf("size", {"var.", id, "_system_disk_size"});
    system.boolean("delete_with_instance", true);
    EntityIds disks = m_model.disksAttachedTo(e.id);
    std::sort(disks.begin(), disks.end());
    for (EntityId diskId : std::as_const(disks)) {
        const Entity &disk = *find(diskId);
        lt.blankLine();
        hcl::Body &data = lt.block("data_disks");
        data.attribute("name", nameExpression(disk));
        diskSizeVariable(disk, L1("size"), disk.disk.category, disk.disk.level, disk.disk.sizeGiB,
                         false);
        diskPerformance(data, disk.disk, ident(disk.id));
        data.boolean("delete_with_instance", disk.disk.deleteWithInstance);
        if (disk.disk.encrypted)
            data.boolean("encrypted", true);
        if (disk.disk.provisionedIops > 0 || disk.disk.burstingEnabled)
            warn(Tr::tr("Launch templates cannot set provisioned IOPS or bursting of ESSD AutoPL "
                        "data disks; "
                        "set them after launch"),
                 displayNameOf(disk));
        if (!disk.disk.deleteWithInstance)
            warn(Tr::tr("Data disks of scaling groups that outlive their instance pile up as the "
                        "group "
                        "scales in"),
                 displayNameOf(disk));
    }
    lt.blankLine();
    // A newer image would make a new template version on every plan; pin images through
    // var.image_ids instead.
    lt.block("lifecycle").list("ignore_changes", {QStringLiteral("image_id")});

    file.blankLine();
    hcl::Body &asg = file.block("resource", {QStringLiteral("alicloud_ess_scaling_group"), id});
    asg.attribute("provider", providerRef(*r));
    asg.attribute("scaling_group_name", nameExpression(e));
    asg.attributeOf("min_size", {"var.", id, "_min_size"});
    asg.attributeOf("max_size", {"var.", id, "_max_size"});
    asg.attributeOf("desired_capacity", {"var.", id, "_desired_capacity"});
    asg.list("vswitch_ids", vswitches);
    if (vswitches.size() > 1)
        asg.stringOf("multi_az_policy", {"BALANCE"});
    asg.attributeOf("launch_template_id", {"alicloud_ecs_launch_template.", id, ".id"});
    asg.attributeOf("launch_template_version",
                    {"alicloud_ecs_launch_template.", id, ".latest_version_number"});
    asg.attribute("tags", tags);
    m_exportedScalingGroups.insert(e.id);
    m_scalingGroupBodies.insert(e.id, &asg);
    asg.blankLine();
    // Scaling rules move desired_capacity; the next apply must not move it back.
    asg.block("lifecycle").list("ignore_changes", {QStringLiteral("desired_capacity")});

    // The documented default: track 70 % average CPU between min_size and max_size.
    file.blankLine();
    hcl::Body &rule = file.block(
            "resource", {QStringLiteral("alicloud_ess_scaling_rule"), id + QStringLiteral("_cpu")});
    rule.attribute("provider", providerRef(*r));
    rule.attributeOf("scaling_group_id", {"alicloud_ess_scaling_group.", id, ".id"});
    rule.attribute("scaling_rule_name", nameExpression(e, false, QStringLiteral("-cpu")));
    rule.stringOf("scaling_rule_type", {"TargetTrackingScalingRule"});
    rule.stringOf("metric_name", {"CpuUtilization"});
    rule.number("target_value", 70);
}

void Builder::buildStorage()
{
    hcl::Body &file = this->file(QStringLiteral("storage.tf"));
    for (const Entity *diskEntity : entities(EntityKind::Disk)) {
        const Entity &disk = *diskEntity;
        const EntityId id = disk.id;
        const Entity *owner = find(disk.disk.attachedTo);
        if (owner && owner->kind == EntityKind::ScalingGroup)
            continue; // a data disk of the launch template
        const bool attached = owner && owner->kind == EntityKind::InstanceGroup;
        const ZoneInfo *z = zoneInfo(zoneOf(attached ? owner->id : id));
        if (!z) {
            warn(Tr::tr("Disks outside an exported zone were not exported"), displayNameOf(disk));
            continue;
        }
        if (attached && zoneOf(id) != zoneOf(owner->id) && isValid(zoneOf(id)))
            warn(Tr::tr("Disks can only attach within their instance's zone; these were put in "
                        "that zone"),
                 displayNameOf(disk));
        const RegionInfo &r = *regionInfo(z->region);
        const QString &label = ident(id);
        diskSizeVariable(disk, L1("size"), disk.disk.category, disk.disk.level, disk.disk.sizeGiB,
                         false);

        hcl::Body &res = topBlock(file, "resource", {QStringLiteral("alicloud_ecs_disk"), label});
        res.attribute("provider", providerRef(r));
        if (attached)
            res.attributeOf("count", {"var.", ident(owner->id), "_count"});
        res.attribute("zone_id", zoneRef(*z));
        res.attribute("disk_name", nameExpression(disk, attached));
        diskPerformance(res, disk.disk, label);
        if (disk.disk.category == QLatin1String("cloud_auto")) {
            if (disk.disk.provisionedIops > 0)
                res.number("provisioned_iops", disk.disk.provisionedIops);
            if (disk.disk.burstingEnabled)
                res.boolean("bursting_enabled", true);
        }
        if (disk.disk.encrypted)
            res.boolean("encrypted", true);
        if (attached)
            res.boolean("delete_with_instance", disk.disk.deleteWithInstance);
        res.attribute("tags", tagsExpression(disk));
        if (!attached)
            continue;

        hcl::Body &att = topBlock(file, "resource",
                                  {QStringLiteral("alicloud_ecs_disk_attachment"), label});
        att.attribute("provider", providerRef(r));
        att.attributeOf("count", {"var.", ident(owner->id), "_count"});
        att.attributeOf("disk_id", {"alicloud_ecs_disk.", label, "[count.index].id"});
        att.attributeOf("instance_id",
                        {"alicloud_instance.", ident(owner->id), "[count.index].id"});
    }
}

} // namespace ecsplan::terraform
