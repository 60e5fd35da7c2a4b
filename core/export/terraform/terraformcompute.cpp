#include "model/billing.h"
#include "terraformbuilder.h"

#include "ecsplan_global.h"

namespace ecsplan::terraform {

namespace {

bool isEssd(const QString &category)
{
    return category == QLatin1String("cloud_essd");
}

/** Disk settings shared by launch-template data disks and alicloud_ecs_disk. */
void diskPerformance(hcl::Body &body, const DiskData &d)
{
    body.string(QStringLiteral("category"), d.category);
    if (isEssd(d.category) && !d.level.isEmpty())
        body.string(QStringLiteral("performance_level"), d.level);
    body.number(QStringLiteral("size"), d.sizeGiB);
}

} // namespace

void Builder::billing(hcl::Body &body, const Entity &e, bool scalingGroup)
{
    switch (e.compute.billing) {
    case BillingModel::PayAsYouGo:
        body.string(QStringLiteral("instance_charge_type"), QStringLiteral("PostPaid"));
        break;
    case BillingModel::Subscription1Year:
    case BillingModel::Subscription3Year:
        if (scalingGroup) {
            warn(Tr::tr("Auto Scaling only launches pay-as-you-go or preemptible instances; "
                        "subscription "
                        "scaling groups were exported as pay-as-you-go"),
                 displayNameOf(e));
            body.string(QStringLiteral("instance_charge_type"), QStringLiteral("PostPaid"));
            break;
        }
        body.string(QStringLiteral("instance_charge_type"), QStringLiteral("PrePaid"));
        body.number(QStringLiteral("period"), subscriptionTermMonths(e.compute.billing));
        body.string(QStringLiteral("period_unit"), QStringLiteral("Month"));
        break;
    case BillingModel::Preemptible:
        body.string(QStringLiteral("instance_charge_type"), QStringLiteral("PostPaid"));
        body.string(QStringLiteral("spot_strategy"), QStringLiteral("SpotAsPriceGo"));
        break;
    case BillingModel::SavingsPlan:
        body.comment(QStringLiteral(
                "Savings plan: bought on the billing side; the instances stay pay-as-you-go."));
        body.string(QStringLiteral("instance_charge_type"), QStringLiteral("PostPaid"));
        break;
    }
}

void Builder::buildCompute()
{
    hcl::Body &file = this->file(QStringLiteral("compute.tf"));
    for (EntityId id : m_model.ids()) {
        const Entity &e = *m_model.find(id);
        if (e.kind == EntityKind::InstanceGroup)
            buildInstanceGroup(file, e);
        else if (e.kind == EntityKind::ScalingGroup)
            buildScalingGroup(file, e);
    }
}

void Builder::buildInstanceGroup(hcl::Body &file, const Entity &e)
{
    const ZoneInfo *z = zoneInfo(m_model.zoneOf(e.id));
    if (!z) {
        warn(Tr::tr("Instance groups outside an exported zone were not exported"),
             displayNameOf(e));
        return;
    }
    const RegionInfo &r = *regionInfo(z->region);
    const ComputeData &c = e.compute;
    if (c.count < 1) {
        warn(Tr::tr("Instance groups with no instances were not exported"), displayNameOf(e));
        return;
    }
    if (!file.isEmpty())
        file.blankLine();
    hcl::Body &res = file.block(QStringLiteral("resource"),
                                {QStringLiteral("alicloud_instance"), ident(e.id)});
    res.attribute(QStringLiteral("provider"), providerRef(r));
    if (c.count > 1)
        res.number(QStringLiteral("count"), c.count);
    res.attribute(QStringLiteral("instance_name"), nameExpression(e, c.count > 1));
    res.string(QStringLiteral("instance_type"), c.instanceType);
    res.attribute(QStringLiteral("image_id"), imageRef(r, c.image));
    res.attribute(QStringLiteral("vswitch_id"), vswitchRef(*z));
    res.list(QStringLiteral("security_groups"), securityGroupRefs(e, r));
    res.attribute(QStringLiteral("key_name"), QStringLiteral("var.key_pair_name"));
    res.string(QStringLiteral("system_disk_category"), c.systemDiskCategory);
    if (isEssd(c.systemDiskCategory) && !c.systemDiskLevel.isEmpty())
        res.string(QStringLiteral("system_disk_performance_level"), c.systemDiskLevel);
    res.number(QStringLiteral("system_disk_size"), c.systemDiskGiB);
    res.attribute(QStringLiteral("tags"), tagsExpression(e));
    res.attribute(QStringLiteral("volume_tags"), tagsExpression(e));
    res.blankLine();
    billing(res, e, false);
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
    const QString id = ident(e.id);
    if (!file.isEmpty())
        file.blankLine();
    hcl::Body &lt = file.block(QStringLiteral("resource"),
                               {QStringLiteral("alicloud_ecs_launch_template"), id});
    lt.attribute(QStringLiteral("provider"), providerRef(*r));
    lt.attribute(QStringLiteral("launch_template_name"), nameExpression(e));
    lt.attribute(QStringLiteral("instance_name"), nameExpression(e));
    lt.string(QStringLiteral("instance_type"), c.instanceType);
    lt.attribute(QStringLiteral("image_id"), imageRef(*r, c.image));
    lt.list(QStringLiteral("security_group_ids"), securityGroupRefs(e, *r));
    lt.attribute(QStringLiteral("key_pair_name"), QStringLiteral("var.key_pair_name"));
    lt.attribute(QStringLiteral("tags"), tagsExpression(e));
    lt.attribute(QStringLiteral("template_tags"), tagsExpression(e));
    lt.blankLine();
    billing(lt, e, true);
    lt.blankLine();
    hcl::Body &system = lt.block(QStringLiteral("system_disk"));
    system.string(QStringLiteral("category"), c.systemDiskCategory);
    if (isEssd(c.systemDiskCategory) && !c.systemDiskLevel.isEmpty())
        system.string(QStringLiteral("performance_level"), c.systemDiskLevel);
    system.number(QStringLiteral("size"), c.systemDiskGiB);
    system.boolean(QStringLiteral("delete_with_instance"), true);
    EntityIds disks = m_model.disksAttachedTo(e.id);
    std::sort(disks.begin(), disks.end());
    for (EntityId diskId : std::as_const(disks)) {
        const Entity &disk = *m_model.find(diskId);
        lt.blankLine();
        hcl::Body &data = lt.block(QStringLiteral("data_disks"));
        data.attribute(QStringLiteral("name"), nameExpression(disk));
        diskPerformance(data, disk.disk);
        data.boolean(QStringLiteral("delete_with_instance"), disk.disk.deleteWithInstance);
        if (disk.disk.encrypted)
            data.boolean(QStringLiteral("encrypted"), true);
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

    file.blankLine();
    hcl::Body &asg = file.block(QStringLiteral("resource"),
                                {QStringLiteral("alicloud_ess_scaling_group"), id});
    asg.attribute(QStringLiteral("provider"), providerRef(*r));
    asg.attribute(QStringLiteral("scaling_group_name"), nameExpression(e));
    asg.number(QStringLiteral("min_size"), c.minSize);
    asg.number(QStringLiteral("max_size"), c.maxSize);
    asg.number(QStringLiteral("desired_capacity"),
               std::clamp(c.desiredSize, c.minSize, std::max(c.minSize, c.maxSize)));
    asg.list(QStringLiteral("vswitch_ids"), vswitches);
    if (vswitches.size() > 1)
        asg.string(QStringLiteral("multi_az_policy"), QStringLiteral("BALANCE"));
    asg.attribute(QStringLiteral("launch_template_id"),
                  QStringLiteral("alicloud_ecs_launch_template.%1.id").arg(id));
    asg.attribute(QStringLiteral("launch_template_version"),
                  QStringLiteral("alicloud_ecs_launch_template.%1.latest_version_number").arg(id));
    asg.attribute(QStringLiteral("tags"), tagsExpression(e));
    m_exportedScalingGroups.insert(e.id);
    m_scalingGroupBodies.insert(e.id, &asg);
}

void Builder::buildStorage()
{
    const QString file = QStringLiteral("storage.tf");
    for (EntityId id : m_model.ids(EntityKind::Disk)) {
        const Entity &disk = *m_model.find(id);
        const Entity *owner = m_model.find(disk.disk.attachedTo);
        if (owner && owner->kind == EntityKind::ScalingGroup)
            continue; // a data disk of the launch template
        const bool attached
                = owner && owner->kind == EntityKind::InstanceGroup && owner->compute.count >= 1;
        const ZoneInfo *z = zoneInfo(m_model.zoneOf(attached ? owner->id : id));
        if (!z) {
            warn(Tr::tr("Disks outside an exported zone were not exported"), displayNameOf(disk));
            continue;
        }
        if (attached && m_model.zoneOf(id) != m_model.zoneOf(owner->id)
            && isValid(m_model.zoneOf(id)))
            warn(Tr::tr("Disks can only attach within their instance's zone; these were put in "
                        "that zone"),
                 displayNameOf(disk));
        const RegionInfo &r = *regionInfo(z->region);
        const int count = attached ? owner->compute.count : 1;
        const QString label = ident(id);

        hcl::Body &res = topBlock(file, QStringLiteral("resource"),
                                  {QStringLiteral("alicloud_ecs_disk"), label});
        res.attribute(QStringLiteral("provider"), providerRef(r));
        if (count > 1)
            res.number(QStringLiteral("count"), count);
        res.string(QStringLiteral("zone_id"), z->code);
        res.attribute(QStringLiteral("disk_name"), nameExpression(disk, count > 1));
        diskPerformance(res, disk.disk);
        if (disk.disk.category == QLatin1String("cloud_auto")) {
            if (disk.disk.provisionedIops > 0)
                res.number(QStringLiteral("provisioned_iops"), disk.disk.provisionedIops);
            if (disk.disk.burstingEnabled)
                res.boolean(QStringLiteral("bursting_enabled"), true);
        }
        if (disk.disk.encrypted)
            res.boolean(QStringLiteral("encrypted"), true);
        if (attached)
            res.boolean(QStringLiteral("delete_with_instance"), disk.disk.deleteWithInstance);
        res.attribute(QStringLiteral("tags"), tagsExpression(disk));
        if (!attached)
            continue;

        hcl::Body &att = topBlock(file, QStringLiteral("resource"),
                                  {QStringLiteral("alicloud_ecs_disk_attachment"), label});
        att.attribute(QStringLiteral("provider"), providerRef(r));
        if (count > 1) {
            att.number(QStringLiteral("count"), count);
            att.attribute(QStringLiteral("disk_id"),
                          QStringLiteral("alicloud_ecs_disk.%1[count.index].id").arg(label));
            att.attribute(
                    QStringLiteral("instance_id"),
                    QStringLiteral("alicloud_instance.%1[count.index].id").arg(ident(owner->id)));
        } else {
            att.attribute(QStringLiteral("disk_id"),
                          QStringLiteral("alicloud_ecs_disk.%1.id").arg(label));
            att.attribute(QStringLiteral("instance_id"),
                          QStringLiteral("alicloud_instance.%1.id").arg(ident(owner->id)));
        }
    }
}

} // namespace ecsplan::terraform
