#include "terraformimport_p.h"

#include "ecsplan_global.h"
#include "model/billing.h"

#include <algorithm>

namespace ecsplan::TerraformImport::detail {

namespace {

BillingModel billingOf(const QString &chargeType, std::optional<qint64> period, const QString &spot)
{
    const QString c = chargeType.toLower();
    if (c == QLatin1String("prepaid") || c == QLatin1String("subscription"))
        return period.value_or(12) >= 36 ? BillingModel::Subscription3Year
                                         : BillingModel::Subscription1Year;
    if (!spot.isEmpty() && spot != QLatin1String("NoSpot"))
        return BillingModel::Preemptible;
    return BillingModel::PayAsYouGo;
}

} // namespace

void Importer::computeFrom(Entity &e, const Resource &source, const json &v, bool launchTemplate)
{
    ComputeData &c = e.compute;
    if (const QString t = text(v, "instance_type"); !t.isEmpty())
        c.instanceType = t;
    c.billing = billingOf(text(v, "instance_charge_type"), number(v, "period"),
                          text(v, "spot_strategy"));
    // The image: the name pattern of the data source it was looked up with, else its id.
    QString image;
    for (Resource *d : linked(source, "image_id")) {
        if (!d->managed && d->type == QLatin1String("alicloud_images")) {
            image = firstText(*d, "name_regex");
            if (image.startsWith(QLatin1Char('^')))
                image.remove(0, 1);
            break;
        }
    }
    if (image.isEmpty())
        image = text(v, "image_id");
    if (!image.isEmpty())
        c.image = image;
    const json *system = launchTemplate ? field(v, "system_disk") : nullptr;
    const json &disk = system && system->is_array() && !system->empty() ? system->front() : v;
    const char *category = launchTemplate ? "category" : "system_disk_category";
    const char *level = launchTemplate ? "performance_level" : "system_disk_performance_level";
    const char *size = launchTemplate ? "size" : "system_disk_size";
    if (const QString cat = text(disk, category); !cat.isEmpty())
        c.systemDiskCategory = cat;
    c.systemDiskLevel = c.systemDiskCategory == QLatin1String("cloud_essd")
            ? (text(disk, level).isEmpty() ? QStringLiteral("PL1") : text(disk, level))
            : QString();
    if (const auto s = number(disk, size))
        c.systemDiskGiB = int(std::clamp<qint64>(*s, 20, 2048));
    c.role = text(field(v, "tags") ? *field(v, "tags") : json(), "role");
    const QString workload = text(field(v, "tags") ? *field(v, "tags") : json(), "workload");
    c.tags = workload.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void Importer::buildInstances()
{
    for (Resource *r : std::as_const(m_order)) {
        if (r->type != QLatin1String("alicloud_instance") || !r->managed || r->instances.isEmpty())
            continue;
        const EntityId zone = zoneOf(*r, "vswitch_id", "availability_zone");
        if (!isValid(zone)) {
            r->reason = Tr::tr("its vSwitch is not in the input");
            continue;
        }
        Entity e = makeEntity(EntityKind::InstanceGroup);
        computeFrom(e, *r, r->instances.first(), false);
        e.name = displayName(*r, "instance_name", true);
        e.compute.count = int(std::min<qsizetype>(r->instances.size(), 2000));
        e.compute.securityGroups = securityGroupsOf(*r, "security_groups");
        e.parent = zone;
        add(e, r);
    }
}

void Importer::buildScalingGroups()
{
    for (Resource *r : std::as_const(m_order)) {
        if (r->type != QLatin1String("alicloud_ess_scaling_group") || !r->managed
            || r->instances.isEmpty())
            continue;
        const json &v = r->instances.first();
        Entity e = makeEntity(EntityKind::ScalingGroup);
        for (Resource *vsw : linkedOfType(*r, "vswitch_ids", QStringLiteral("alicloud_vswitch"))) {
            if (isValid(vsw->entity) && !e.zones.contains(vsw->entity))
                e.zones << vsw->entity;
        }
        if (e.zones.isEmpty()) {
            r->reason = Tr::tr("its vSwitches are not in the input");
            continue;
        }
        e.parent = m_entities[e.zones.first()].parent;
        e.compute.minSize = int(std::clamp<qint64>(number(v, "min_size").value_or(0), 0, 2000));
        e.compute.maxSize = int(
                std::clamp<qint64>(number(v, "max_size").value_or(e.compute.minSize), 0, 2000));
        e.compute.desiredSize = int(std::clamp<qint64>(
                number(v, "desired_capacity").value_or(e.compute.minSize), 0, 2000));
        e.compute.tags.clear();
        // What it launches: its launch template, else a scaling configuration naming it.
        Resource *source = nullptr;
        bool launchTemplate = true;
        const auto templates = linkedOfType(*r, "launch_template_id",
                                            QStringLiteral("alicloud_ecs_launch_template"));
        if (!templates.isEmpty()) {
            source = templates.first();
        } else {
            for (Resource *c : std::as_const(m_order)) {
                if (c->type == QLatin1String("alicloud_ess_scaling_configuration")
                    && linked(*c, "scaling_group_id").contains(r)) {
                    source = c;
                    launchTemplate = false;
                    break;
                }
            }
        }
        if (source && !source->instances.isEmpty()) {
            computeFrom(e, *source, source->instances.first(), launchTemplate);
            e.compute.securityGroups = securityGroupsOf(
                    *source, launchTemplate ? "security_group_ids" : "security_group_ids");
            if (!launchTemplate && e.compute.securityGroups.isEmpty())
                e.compute.securityGroups = securityGroupsOf(*source, "security_group_id");
            source->understood = true;
        }
        if (e.compute.role.isEmpty())
            e.compute.role = tag(*r, "role");
        if (e.compute.tags.isEmpty())
            e.compute.tags = tag(*r, "workload").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        e.name = displayName(*r, "scaling_group_name");
        const EntityId id = add(e, r);
        if (!source)
            addNote(id,
                    Tr::tr("No launch template or scaling configuration was in the input: "
                           "instance type and disks are defaults."));

        // Data disks of the template become disks attached to the group.
        if (!source || source->instances.isEmpty())
            continue;
        const json *disks
                = field(source->instances.first(), launchTemplate ? "data_disks" : "data_disk");
        if (!disks || !disks->is_array())
            continue;
        for (const json &d : *disks) {
            Entity disk = makeEntity(EntityKind::Disk);
            QString name = text(d, "name");
            if (!m_namePrefix.isEmpty() && name.startsWith(m_namePrefix + QLatin1Char('-')))
                name = name.mid(m_namePrefix.size() + 1);
            disk.name = name.isEmpty() ? m_entities[id].name + QStringLiteral("-data") : name;
            disk.disk.category = text(d, "category").isEmpty() ? QStringLiteral("cloud_essd")
                                                               : text(d, "category");
            disk.disk.level = disk.disk.category == QLatin1String("cloud_essd")
                    ? (text(d, "performance_level").isEmpty() ? QStringLiteral("PL1")
                                                              : text(d, "performance_level"))
                    : QString();
            disk.disk.sizeGiB = int(std::clamp<qint64>(number(d, "size").value_or(100), 1, 65536));
            disk.disk.deleteWithInstance = flag(d, "delete_with_instance").value_or(true);
            disk.disk.encrypted = flag(d, "encrypted").value_or(false);
            disk.disk.attachedTo = id;
            disk.parent = m_entities[id].zones.first();
            add(disk, nullptr);
        }
    }
}

void Importer::buildDisks()
{
    // Attachments first: disk resource -> instance group.
    QHash<Resource *, EntityId> attachedTo;
    for (Resource *a : std::as_const(m_order)) {
        if (a->type != QLatin1String("alicloud_ecs_disk_attachment")
            && a->type != QLatin1String("alicloud_disk_attachment"))
            continue;
        const auto disks = linked(*a, "disk_id");
        const auto instances = linkedOfType(*a, "instance_id", QStringLiteral("alicloud_instance"));
        if (disks.isEmpty() || instances.isEmpty() || !isValid(instances.first()->entity)) {
            a->reason = Tr::tr("its disk or instance is not in the input");
            continue;
        }
        attachedTo.insert(disks.first(), instances.first()->entity);
        a->understood = true;
    }
    for (Resource *r : std::as_const(m_order)) {
        if ((r->type != QLatin1String("alicloud_ecs_disk")
             && r->type != QLatin1String("alicloud_disk"))
            || !r->managed || r->instances.isEmpty())
            continue;
        const json &v = r->instances.first();
        Entity disk = makeEntity(EntityKind::Disk);
        const EntityId owner = attachedTo.value(r);
        disk.parent = isValid(owner)
                ? m_entities[owner].parent
                : zoneByCode(text(v, "zone_id").isEmpty() ? text(v, "availability_zone")
                                                          : text(v, "zone_id"));
        if (!isValid(disk.parent)) {
            r->reason = Tr::tr("its zone is not a vSwitch's zone in the input");
            continue;
        }
        disk.name = displayName(*r, "disk_name", true);
        disk.disk.attachedTo = owner;
        disk.disk.category = text(v, "category").isEmpty() ? QStringLiteral("cloud_efficiency")
                                                           : text(v, "category");
        disk.disk.level = disk.disk.category == QLatin1String("cloud_essd")
                ? (text(v, "performance_level").isEmpty() ? QStringLiteral("PL1")
                                                          : text(v, "performance_level"))
                : QString();
        disk.disk.sizeGiB = int(std::clamp<qint64>(number(v, "size").value_or(100), 1, 65536));
        disk.disk.encrypted = flag(v, "encrypted").value_or(false);
        disk.disk.deleteWithInstance = flag(v, "delete_with_instance").value_or(true);
        disk.disk.provisionedIops
                = int(std::clamp<qint64>(number(v, "provisioned_iops").value_or(0), 0, 50000));
        disk.disk.burstingEnabled = flag(v, "bursting_enabled").value_or(false);
        add(disk, r);
    }
}

void Importer::buildCaches()
{
    for (Resource *r : std::as_const(m_order)) {
        const bool tair = r->type == QLatin1String("alicloud_redis_tair_instance");
        if ((!tair && r->type != QLatin1String("alicloud_kvstore_instance")) || !r->managed
            || r->instances.isEmpty())
            continue;
        const json &v = r->instances.first();
        const EntityId zone = zoneOf(*r, "vswitch_id", "zone_id");
        if (!isValid(zone)) {
            r->reason = Tr::tr("its vSwitch is not in the input");
            continue;
        }
        Entity e = makeEntity(EntityKind::Cache);
        e.parent = zone;
        e.cache.engine = tair ? CacheEngine::Tair : CacheEngine::Redis;
        e.name = displayName(*r, tair ? "tair_instance_name" : "db_instance_name");
        if (e.name == r->name && !tair)
            e.name = displayName(*r, "instance_name");
        if (const QString cls = text(v, "instance_class"); !cls.isEmpty())
            e.cache.instanceClass = cls;
        if (const QString version = text(v, "engine_version"); !version.isEmpty())
            e.cache.engineVersion = version;
        const QString payment = text(v, "payment_type").isEmpty() ? text(v, "instance_charge_type")
                                                                  : text(v, "payment_type");
        e.cache.billing = billingOf(payment, number(v, "period"), {});
        const EntityId id = add(e, r);

        // Read-only nodes: replicas of this cache, in its zone and in the secondary zone.
        const int local = int(std::clamp<qint64>(number(v, "read_only_count").value_or(0), 0, 9));
        const int remote
                = int(std::clamp<qint64>(number(v, "slave_read_only_count").value_or(0), 0, 9));
        const EntityId secondary
                = zoneByCode(text(v, "secondary_zone_id"), m_entities[zone].parent);
        for (int i = 0; i < local + remote; ++i) {
            Entity replica = m_entities[id];
            replica.name = QStringLiteral("%1 replica %2").arg(m_entities[id].name).arg(i + 1);
            replica.cache.readReplicaOf = id;
            replica.parent = i >= local && isValid(secondary) ? secondary : zone;
            add(replica, nullptr);
        }

        QStringList ips;
        if (const json *list = field(v, "security_ips"); list && list->is_array())
            collectStrings(*list, "", true, &ips);
        else
            ips = text(v, "security_ips").split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &ip : ips)
            ip = ip.trimmed();
        m_whitelists << qMakePair(id, ips);
    }
}

void Importer::buildLoadBalancers()
{
    // The load balancers themselves.
    for (Resource *r : std::as_const(m_order)) {
        const QString &t = r->type;
        const bool alb = t == QLatin1String("alicloud_alb_load_balancer");
        const bool nlb = t == QLatin1String("alicloud_nlb_load_balancer");
        const bool clb = t == QLatin1String("alicloud_slb_load_balancer")
                || t == QLatin1String("alicloud_slb");
        if (!(alb || nlb || clb) || !r->managed || r->instances.isEmpty())
            continue;
        const json &v = r->instances.first();
        Entity e = makeEntity(EntityKind::LoadBalancer);
        e.loadBalancer.kind = alb ? LoadBalancerKind::Alb
                : nlb             ? LoadBalancerKind::Nlb
                                  : LoadBalancerKind::Clb;
        e.loadBalancer.addressType = text(v, "address_type").toLower() == QLatin1String("intranet")
                ? AddressType::Intranet
                : AddressType::Internet;
        if (alb && !text(v, "load_balancer_edition").isEmpty())
            e.loadBalancer.edition = text(v, "load_balancer_edition");
        if (alb || nlb) {
            for (Resource *vsw :
                 linkedOfType(*r, "zone_mappings", QStringLiteral("alicloud_vswitch"))) {
                if (isValid(vsw->entity) && !e.zones.contains(vsw->entity))
                    e.zones << vsw->entity;
            }
            if (const json *maps = field(v, "zone_mappings"); maps && maps->is_array()) {
                for (const json &m : *maps) {
                    const EntityId z = zoneByCode(text(m, "zone_id"));
                    if (isValid(z) && !e.zones.contains(z))
                        e.zones << z;
                }
            }
        } else {
            for (const char *key : {"master_zone_id", "slave_zone_id"}) {
                const EntityId z = zoneByCode(text(v, key));
                if (isValid(z) && !e.zones.contains(z))
                    e.zones << z;
            }
        }
        std::sort(e.zones.begin(), e.zones.end());
        EntityId region = EntityId::None;
        for (Resource *vpc : linkedOfType(*r, "vpc_id", QStringLiteral("alicloud_vpc")))
            region = vpc->entity;
        if (!isValid(region) && !e.zones.isEmpty())
            region = m_entities[e.zones.first()].parent;
        if (!isValid(region)) {
            const EntityId z = zoneOf(*r, "vswitch_id", nullptr);
            region = isValid(z) ? m_entities[z].parent : EntityId::None;
        }
        if (!isValid(region)) {
            r->reason = Tr::tr("neither its VPC nor its zones are in the input");
            continue;
        }
        // Zones of another VPC than its own do not count.
        e.zones.removeIf([&](EntityId z) { return m_entities[z].parent != region; });
        e.parent = region;
        e.name = displayName(*r, "load_balancer_name");
        e.loadBalancer.listenerPort = 0;
        e.loadBalancer.backendPort = 0;
        add(e, r);
    }

    QHash<Resource *, Resource *> groupOwner; // server group -> load balancer
    auto lbOf = [&](Resource *res, const char *key) -> Resource * {
        for (Resource *t : linked(*res, key)) {
            if (isValid(t->entity) && m_entities[t->entity].kind == EntityKind::LoadBalancer)
                return t;
        }
        return nullptr;
    };
    auto setPorts
            = [&](Resource *lb, std::optional<qint64> listener, std::optional<qint64> backend) {
                  LoadBalancerData &d = m_entities[lb->entity].loadBalancer;
                  if (listener && d.listenerPort == 0 && *listener >= 1 && *listener <= 65535)
                      d.listenerPort = int(*listener);
                  if (backend && d.backendPort == 0 && *backend >= 1 && *backend <= 65535)
                      d.backendPort = int(*backend);
              };
    // Listeners: ports, and which server groups they forward to.
    for (Resource *r : std::as_const(m_order)) {
        const QString &t = r->type;
        if (t != QLatin1String("alicloud_alb_listener")
            && t != QLatin1String("alicloud_nlb_listener")
            && t != QLatin1String("alicloud_slb_listener"))
            continue;
        Resource *lb = lbOf(r, "load_balancer_id");
        if (!lb) {
            r->reason = Tr::tr("its load balancer is not in the input");
            continue;
        }
        r->understood = true;
        if (r->instances.isEmpty())
            continue;
        const json &v = r->instances.first();
        if (t == QLatin1String("alicloud_slb_listener"))
            setPorts(lb, number(v, "frontend_port"), number(v, "backend_port"));
        else
            setPorts(lb, number(v, "listener_port"), std::nullopt);
        for (Resource *g : linked(*r, "server_group_id"))
            groupOwner.insert(g, lb);
    }
    // Server groups whose listener was not found still name nothing: they stay not understood.
    auto backend = [&](Resource *lb, Resource *member, std::optional<qint64> port) {
        if (!member || !isValid(member->entity))
            return;
        const Entity &m = m_entities[member->entity];
        if (!m.isCompute())
            return;
        setPorts(lb, std::nullopt, port);
        addLink(lb->entity, member->entity);
    };
    for (Resource *r : std::as_const(m_order)) {
        const QString &t = r->type;
        if (t == QLatin1String("alicloud_alb_server_group")
            || t == QLatin1String("alicloud_nlb_server_group")) {
            Resource *lb = groupOwner.value(r);
            if (!lb) {
                r->reason = Tr::tr("no listener in the input forwards to it");
                continue;
            }
            r->understood = true;
            for (const json &v : std::as_const(r->instances)) {
                if (const json *servers = field(v, "servers"); servers && servers->is_array()) {
                    for (const json &s : *servers)
                        for (Resource *m : m_byId.values(text(s, "server_id")))
                            backend(lb, m, number(s, "port"));
                }
            }
            for (Resource *member :
                 linkedOfType(*r, "server_id", QStringLiteral("alicloud_instance")))
                backend(lb, member, std::nullopt);
        }
    }
    for (Resource *r : std::as_const(m_order)) {
        const QString &t = r->type;
        if (t == QLatin1String("alicloud_nlb_server_group_server_attachment")) {
            const auto groups = linked(*r, "server_group_id");
            Resource *lb = groups.isEmpty() ? nullptr : groupOwner.value(groups.first());
            const auto members = linkedOfType(*r, "server_id", QStringLiteral("alicloud_instance"));
            if (!lb || members.isEmpty()) {
                r->reason = Tr::tr("its server group or instance is not in the input");
                continue;
            }
            r->understood = true;
            backend(lb, members.first(),
                    r->instances.isEmpty() ? std::nullopt : number(r->instances.first(), "port"));
        } else if (t == QLatin1String("alicloud_ess_server_group_attachment")) {
            const auto groups = linked(*r, "server_group_id");
            Resource *lb = groups.isEmpty() ? nullptr : groupOwner.value(groups.first());
            const auto members = linkedOfType(*r, "scaling_group_id",
                                              QStringLiteral("alicloud_ess_scaling_group"));
            if (!lb || members.isEmpty()) {
                r->reason = Tr::tr("its server group or scaling group is not in the input");
                continue;
            }
            r->understood = true;
            backend(lb, members.first(),
                    r->instances.isEmpty() ? std::nullopt : number(r->instances.first(), "port"));
        } else if (t == QLatin1String("alicloud_slb_backend_server")) {
            Resource *lb = lbOf(r, "load_balancer_id");
            if (!lb) {
                r->reason = Tr::tr("its load balancer is not in the input");
                continue;
            }
            r->understood = true;
            for (Resource *member :
                 linkedOfType(*r, "backend_servers", QStringLiteral("alicloud_instance")))
                backend(lb, member, std::nullopt);
        } else if (t == QLatin1String("alicloud_ess_scaling_group") && isValid(r->entity)) {
            // ALB server groups and CLBs the scaling group registers its instances with.
            if (const json *groups = r->instances.isEmpty()
                        ? nullptr
                        : field(r->instances.first(), "alb_server_group");
                groups && groups->is_array()) {
                for (const json &g : *groups) {
                    for (Resource *group : m_byId.values(text(g, "alb_server_group_id"))) {
                        if (groupOwner.contains(group))
                            backend(groupOwner.value(group), r, number(g, "port"));
                    }
                }
            }
            for (Resource *group : linkedOfType(*r, "alb_server_group",
                                                QStringLiteral("alicloud_alb_server_group"))) {
                if (groupOwner.contains(group)) {
                    std::optional<qint64> port;
                    if (const json *groups = r->instances.isEmpty()
                                ? nullptr
                                : field(r->instances.first(), "alb_server_group");
                        groups && groups->is_array() && groups->size() == 1)
                        port = number(groups->front(), "port");
                    backend(groupOwner.value(group), r, port);
                }
            }
            for (Resource *lb : linked(*r, "loadbalancer_ids")) {
                if (isValid(lb->entity) && m_entities[lb->entity].kind == EntityKind::LoadBalancer)
                    backend(lb, r, std::nullopt);
            }
        }
    }
    for (Resource *r : std::as_const(m_order)) {
        if (!isValid(r->entity) || m_entities[r->entity].kind != EntityKind::LoadBalancer)
            continue;
        LoadBalancerData &d = m_entities[r->entity].loadBalancer;
        if (d.listenerPort == 0) {
            d.listenerPort = d.kind == LoadBalancerKind::Alb ? 443 : 80;
            addNote(r->entity,
                    Tr::tr("No listener was in the input: the listener port is a "
                           "default."));
        }
        if (d.backendPort == 0)
            d.backendPort = defaultBackendPort(d.kind, d.listenerPort);
    }
}

} // namespace ecsplan::TerraformImport::detail
