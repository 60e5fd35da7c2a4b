#include "terraformbuilder.h"

#include "ecsplan_global.h"

namespace ecsplan::terraform {

namespace {

QList<const ZoneInfo *> lbZones(const Builder &b, const Entity &lb, const EntityIds &backends = {})
{
    QList<const ZoneInfo *> zones;
    const EntityId region = b.regionOf(lb.id);
    for (EntityId zoneId : b.model().spannedZones(lb.id)) {
        const ZoneInfo *z = b.zoneInfo(zoneId);
        if (z && z->region == region && !zones.contains(z))
            zones << z;
    }
    // A load balancer that lists no zones of its own serves from its backends' zones.
    if (lb.zones.isEmpty() && zones.size() < 2) {
        for (EntityId backend : backends) {
            for (EntityId zoneId : b.model().spannedZones(backend)) {
                const ZoneInfo *z = b.zoneInfo(zoneId);
                if (z && z->region == region && !zones.contains(z))
                    zones << z;
            }
        }
    }
    std::sort(zones.begin(), zones.end(),
              [](const ZoneInfo *a, const ZoneInfo *c) { return a->id < c->id; });
    return zones;
}

/** ALB and NLB zone mappings need two zones or more: warn when the design gives fewer. */
QList<const ZoneInfo *> multiZoneLbZones(Builder &b, const Entity &lb, const EntityIds &backends)
{
    const auto zones = lbZones(b, lb, backends);
    if (zones.size() < 2)
        b.warn(Tr::tr("ALB and NLB need vSwitches in at least two zones; span these over a second "
                      "zone"),
               Builder::displayNameOf(lb));
    return zones;
}

void zoneMappings(const Builder &b, hcl::Body &res, const QList<const ZoneInfo *> &zones)
{
    for (const ZoneInfo *z : zones) {
        res.blankLine();
        hcl::Body &m = res.block(QStringLiteral("zone_mappings"));
        m.attribute(QStringLiteral("vswitch_id"), b.vswitchRef(*z));
        m.attribute(QStringLiteral("zone_id"), b.zoneRef(*z));
    }
}

/// The port the backends listen on: the design's field (LoadBalancerData::backendPort).
int backendPort(const Entity &lb)
{
    return lb.loadBalancer.backendPort;
}

} // namespace

void Builder::buildAlb(hcl::Body &file, const Entity &lb, const EntityIds &backends)
{
    const RegionInfo &r = *regionFor(lb.id);
    const QString id = ident(lb.id);
    const auto zones = multiZoneLbZones(*this, lb, backends);
    setBackendPort(lb.id, backendPort(lb));
    if (!file.isEmpty())
        file.blankLine();
    hcl::Body &alb = file.block(QStringLiteral("resource"),
                                {QStringLiteral("alicloud_alb_load_balancer"), id});
    alb.attribute(QStringLiteral("provider"), providerRef(r));
    alb.attribute(QStringLiteral("load_balancer_name"), nameExpression(lb));
    alb.attribute(QStringLiteral("vpc_id"), vpcRef(r));
    alb.string(QStringLiteral("address_type"),
               lb.loadBalancer.addressType == AddressType::Internet ? QStringLiteral("Internet")
                                                                    : QStringLiteral("Intranet"));
    alb.string(QStringLiteral("address_allocated_mode"), QStringLiteral("Dynamic"));
    alb.string(QStringLiteral("load_balancer_edition"),
               lb.loadBalancer.edition.isEmpty() ? QStringLiteral("Standard")
                                                 : lb.loadBalancer.edition);
    alb.attribute(QStringLiteral("tags"), tagsExpression(lb));
    alb.blankLine();
    alb.block(QStringLiteral("load_balancer_billing_config"))
            .string(QStringLiteral("pay_type"), QStringLiteral("PayAsYouGo"));
    zoneMappings(*this, alb, zones);

    // One server group per feeding mechanism, so nothing fights over a group's members: the
    // fixed instances are listed in one group; each scaling group fills a group of its own,
    // whose member list Terraform then leaves alone.
    EntityIds fixed, scaling;
    for (EntityId b : backends)
        (find(b)->kind == EntityKind::ScalingGroup ? scaling : fixed) << b;
    QList<QPair<QString, EntityId>> groups; // (label, scaling group or None)
    if (!fixed.isEmpty() || scaling.isEmpty())
        groups << qMakePair(id, EntityId::None);
    for (EntityId b : std::as_const(scaling))
        groups << qMakePair(
                scaling.size() == 1 && fixed.isEmpty() ? id : id + QLatin1Char('_') + ident(b), b);
    for (const auto &[label, feeder] : std::as_const(groups)) {
        file.blankLine();
        hcl::Body &group = file.block(QStringLiteral("resource"),
                                      {QStringLiteral("alicloud_alb_server_group"), label});
        group.attribute(QStringLiteral("provider"), providerRef(r));
        group.attribute(
                QStringLiteral("server_group_name"),
                label == id ? nameExpression(lb)
                            : nameExpression(lb, false, QLatin1Char('-') + slugOf(*find(feeder))));
        group.string(QStringLiteral("server_group_type"), QStringLiteral("Instance"));
        group.string(QStringLiteral("protocol"), QStringLiteral("HTTP"));
        group.attribute(QStringLiteral("vpc_id"), vpcRef(r));
        group.attribute(QStringLiteral("tags"), tagsExpression(lb));
        group.blankLine();
        hcl::Body &health = group.block(QStringLiteral("health_check_config"));
        health.boolean(QStringLiteral("health_check_enabled"), true);
        health.string(QStringLiteral("health_check_protocol"), QStringLiteral("HTTP"));
        health.string(QStringLiteral("health_check_path"), QStringLiteral("/"));
        group.blankLine();
        group.block(QStringLiteral("sticky_session_config"))
                .boolean(QStringLiteral("sticky_session_enabled"), false);
        if (isValid(feeder)) {
            hcl::Body &asg = *m_scalingGroupBodies.value(feeder);
            asg.blankLine();
            hcl::Body &attach = asg.block(QStringLiteral("alb_server_group"));
            attach.attribute(QStringLiteral("alb_server_group_id"),
                             QStringLiteral("alicloud_alb_server_group.%1.id").arg(label));
            attach.number(QStringLiteral("port"), backendPort(lb));
            attach.number(QStringLiteral("weight"), 100);
            group.blankLine();
            group.comment(QStringLiteral("Members come and go with the scaling group."));
            group.block(QStringLiteral("lifecycle"))
                    .list(QStringLiteral("ignore_changes"), {QStringLiteral("servers")});
            continue;
        }
        for (EntityId b : std::as_const(fixed)) {
            const Entity &be = *find(b);
            group.blankLine();
            hcl::Body &dyn = group.block(QStringLiteral("dynamic"), {QStringLiteral("servers")});
            dyn.attribute(QStringLiteral("for_each"), instanceIdsExpression(be));
            dyn.blankLine();
            hcl::Body &content = dyn.block(QStringLiteral("content"));
            content.attribute(QStringLiteral("server_id"), QStringLiteral("servers.value"));
            content.string(QStringLiteral("server_type"), QStringLiteral("Ecs"));
            content.number(QStringLiteral("port"), backendPort(lb));
            content.number(QStringLiteral("weight"), 100);
        }
    }

    file.blankLine();
    const bool https = lb.loadBalancer.listenerPort == 443;
    hcl::Body &listener
            = file.block(QStringLiteral("resource"), {QStringLiteral("alicloud_alb_listener"), id});
    listener.attribute(QStringLiteral("provider"), providerRef(r));
    listener.attribute(QStringLiteral("load_balancer_id"),
                       QStringLiteral("alicloud_alb_load_balancer.%1.id").arg(id));
    listener.string(QStringLiteral("listener_protocol"),
                    https ? QStringLiteral("HTTPS") : QStringLiteral("HTTP"));
    listener.number(QStringLiteral("listener_port"), lb.loadBalancer.listenerPort);
    listener.attribute(QStringLiteral("tags"), tagsExpression(lb));
    if (https) {
        m_needsCertificate = true;
        listener.blankLine();
        listener.block(QStringLiteral("certificates"))
                .attribute(QStringLiteral("certificate_id"),
                           QStringLiteral("var.alb_certificate_id"));
    }
    listener.blankLine();
    hcl::Body &action = listener.block(QStringLiteral("default_actions"));
    action.string(QStringLiteral("type"), QStringLiteral("ForwardGroup"));
    action.blankLine();
    hcl::Body &forward = action.block(QStringLiteral("forward_group_config"));
    for (const auto &[label, feeder] : std::as_const(groups)) {
        Q_UNUSED(feeder);
        hcl::Body &tuple = forward.block(QStringLiteral("server_group_tuples"));
        tuple.attribute(QStringLiteral("server_group_id"),
                        QStringLiteral("alicloud_alb_server_group.%1.id").arg(label));
    }
    m_loadBalancerRefs.insert(lb.id, QStringLiteral("alicloud_alb_load_balancer.%1.id").arg(id));
    m_loadBalancerAddresses.insert(
            lb.id, QStringLiteral("alicloud_alb_load_balancer.%1.dns_name").arg(id));
}

void Builder::buildNlb(hcl::Body &file, const Entity &lb, const EntityIds &backends)
{
    const RegionInfo &r = *regionFor(lb.id);
    const QString id = ident(lb.id);
    const auto zones = multiZoneLbZones(*this, lb, backends);
    setBackendPort(lb.id, backendPort(lb));
    if (!file.isEmpty())
        file.blankLine();
    hcl::Body &nlb = file.block(QStringLiteral("resource"),
                                {QStringLiteral("alicloud_nlb_load_balancer"), id});
    nlb.attribute(QStringLiteral("provider"), providerRef(r));
    nlb.attribute(QStringLiteral("load_balancer_name"), nameExpression(lb));
    nlb.string(QStringLiteral("load_balancer_type"), QStringLiteral("Network"));
    nlb.string(QStringLiteral("address_type"),
               lb.loadBalancer.addressType == AddressType::Internet ? QStringLiteral("Internet")
                                                                    : QStringLiteral("Intranet"));
    nlb.string(QStringLiteral("address_ip_version"), QStringLiteral("Ipv4"));
    nlb.attribute(QStringLiteral("vpc_id"), vpcRef(r));
    nlb.attribute(QStringLiteral("tags"), tagsExpression(lb));
    zoneMappings(*this, nlb, zones);

    file.blankLine();
    hcl::Body &group = file.block(QStringLiteral("resource"),
                                  {QStringLiteral("alicloud_nlb_server_group"), id});
    group.attribute(QStringLiteral("provider"), providerRef(r));
    group.attribute(QStringLiteral("server_group_name"), nameExpression(lb));
    group.string(QStringLiteral("server_group_type"), QStringLiteral("Instance"));
    group.string(QStringLiteral("protocol"), QStringLiteral("TCP"));
    group.string(QStringLiteral("scheduler"), QStringLiteral("Wrr"));
    // Backends see the NLB's own addresses in the VPC, which their security groups admit.
    group.boolean(QStringLiteral("preserve_client_ip_enabled"), false);
    group.attribute(QStringLiteral("vpc_id"), vpcRef(r));
    group.attribute(QStringLiteral("tags"), tagsExpression(lb));
    group.blankLine();
    group.block(QStringLiteral("health_check"))
            .boolean(QStringLiteral("health_check_enabled"), true);

    file.blankLine();
    hcl::Body &listener
            = file.block(QStringLiteral("resource"), {QStringLiteral("alicloud_nlb_listener"), id});
    listener.attribute(QStringLiteral("provider"), providerRef(r));
    listener.attribute(QStringLiteral("load_balancer_id"),
                       QStringLiteral("alicloud_nlb_load_balancer.%1.id").arg(id));
    listener.attribute(QStringLiteral("server_group_id"),
                       QStringLiteral("alicloud_nlb_server_group.%1.id").arg(id));
    listener.string(QStringLiteral("listener_protocol"), QStringLiteral("TCP"));
    listener.number(QStringLiteral("listener_port"), lb.loadBalancer.listenerPort);
    listener.attribute(QStringLiteral("tags"), tagsExpression(lb));

    for (EntityId b : backends) {
        const Entity &be = *find(b);
        const QString label = id + QLatin1Char('_') + ident(b);
        file.blankLine();
        if (be.kind == EntityKind::ScalingGroup) {
            hcl::Body &att
                    = file.block(QStringLiteral("resource"),
                                 {QStringLiteral("alicloud_ess_server_group_attachment"), label});
            att.attribute(QStringLiteral("provider"), providerRef(r));
            att.attribute(QStringLiteral("scaling_group_id"),
                          QStringLiteral("alicloud_ess_scaling_group.%1.id").arg(ident(b)));
            att.attribute(QStringLiteral("server_group_id"),
                          QStringLiteral("alicloud_nlb_server_group.%1.id").arg(id));
            att.string(QStringLiteral("type"), QStringLiteral("NLB"));
            att.number(QStringLiteral("port"), backendPort(lb));
            att.number(QStringLiteral("weight"), 100);
            continue;
        }
        hcl::Body &att = file.block(
                QStringLiteral("resource"),
                {QStringLiteral("alicloud_nlb_server_group_server_attachment"), label});
        att.attribute(QStringLiteral("provider"), providerRef(r));
        att.attribute(QStringLiteral("count"), QStringLiteral("var.%1_count").arg(ident(b)));
        att.attribute(QStringLiteral("server_group_id"),
                      QStringLiteral("alicloud_nlb_server_group.%1.id").arg(id));
        att.attribute(QStringLiteral("server_id"),
                      QStringLiteral("alicloud_instance.%1[count.index].id").arg(ident(b)));
        att.string(QStringLiteral("server_type"), QStringLiteral("Ecs"));
        att.number(QStringLiteral("port"), backendPort(lb));
        att.number(QStringLiteral("weight"), 100);
    }
    m_loadBalancerRefs.insert(lb.id, QStringLiteral("alicloud_nlb_load_balancer.%1.id").arg(id));
    m_loadBalancerAddresses.insert(
            lb.id, QStringLiteral("alicloud_nlb_load_balancer.%1.dns_name").arg(id));
}

void Builder::buildClb(hcl::Body &file, const Entity &lb, const EntityIds &backends)
{
    const RegionInfo &r = *regionFor(lb.id);
    const QString id = ident(lb.id);
    const auto zones = lbZones(*this, lb, backends);
    setBackendPort(lb.id, backendPort(lb));
    const bool internet = lb.loadBalancer.addressType == AddressType::Internet;
    if (!file.isEmpty())
        file.blankLine();
    hcl::Body &clb = file.block(QStringLiteral("resource"),
                                {QStringLiteral("alicloud_slb_load_balancer"), id});
    clb.attribute(QStringLiteral("provider"), providerRef(r));
    clb.attribute(QStringLiteral("load_balancer_name"), nameExpression(lb));
    clb.string(QStringLiteral("address_type"),
               internet ? QStringLiteral("internet") : QStringLiteral("intranet"));
    clb.string(QStringLiteral("load_balancer_spec"), QStringLiteral("slb.s2.small"));
    clb.string(QStringLiteral("payment_type"), QStringLiteral("PayAsYouGo"));
    if (!internet && !zones.isEmpty())
        clb.attribute(QStringLiteral("vswitch_id"), vswitchRef(*zones.first()));
    if (!zones.isEmpty())
        clb.attribute(QStringLiteral("master_zone_id"), zoneRef(*zones.first()));
    if (zones.size() > 1)
        clb.attribute(QStringLiteral("slave_zone_id"), zoneRef(*zones.at(1)));
    clb.attribute(QStringLiteral("tags"), tagsExpression(lb));

    file.blankLine();
    hcl::Body &listener
            = file.block(QStringLiteral("resource"), {QStringLiteral("alicloud_slb_listener"), id});
    listener.attribute(QStringLiteral("provider"), providerRef(r));
    listener.attribute(QStringLiteral("load_balancer_id"),
                       QStringLiteral("alicloud_slb_load_balancer.%1.id").arg(id));
    listener.string(QStringLiteral("protocol"), QStringLiteral("tcp"));
    listener.number(QStringLiteral("frontend_port"), lb.loadBalancer.listenerPort);
    listener.number(QStringLiteral("backend_port"), backendPort(lb));
    listener.number(QStringLiteral("bandwidth"), -1);

    // The default backend set takes one mechanism: scaling groups attach through ESS, or
    // fixed instances through alicloud_slb_backend_server, never both (each would remove the
    // other's servers on the next apply).
    bool instances = false, scaling = false;
    for (EntityId b : backends) {
        const bool isScaling = find(b)->kind == EntityKind::ScalingGroup;
        scaling = scaling || isScaling;
        instances = instances || !isScaling;
    }
    if (instances && scaling) {
        for (EntityId b : backends) {
            if (find(b)->kind != EntityKind::InstanceGroup)
                continue;
            m_unservedBackends.insert(qMakePair(lb.id, b));
            warn(Tr::tr("A CLB serving scaling groups cannot also list fixed instances in the "
                        "same backend set; these instance groups were left out of it (use "
                        "an ALB or NLB to mix them)"),
                 displayNameOf(*find(b)));
        }
        instances = false;
    }
    if (instances) {
        file.blankLine();
        hcl::Body &servers = file.block(QStringLiteral("resource"),
                                        {QStringLiteral("alicloud_slb_backend_server"), id});
        servers.attribute(QStringLiteral("provider"), providerRef(r));
        servers.attribute(QStringLiteral("load_balancer_id"),
                          QStringLiteral("alicloud_slb_load_balancer.%1.id").arg(id));
        for (EntityId b : backends) {
            const Entity &be = *find(b);
            if (be.kind != EntityKind::InstanceGroup)
                continue;
            servers.blankLine();
            hcl::Body &dyn
                    = servers.block(QStringLiteral("dynamic"), {QStringLiteral("backend_servers")});
            dyn.attribute(QStringLiteral("for_each"), instanceIdsExpression(be));
            dyn.blankLine();
            hcl::Body &content = dyn.block(QStringLiteral("content"));
            content.attribute(QStringLiteral("server_id"), QStringLiteral("backend_servers.value"));
            content.number(QStringLiteral("weight"), 100);
        }
    }
    for (EntityId b : backends) {
        if (find(b)->kind != EntityKind::ScalingGroup)
            continue;
        hcl::Body &asg = *m_scalingGroupBodies.value(b);
        asg.list(QStringLiteral("loadbalancer_ids"),
                 {QStringLiteral("alicloud_slb_load_balancer.%1.id").arg(id)});
        asg.list(QStringLiteral("depends_on"),
                 {QStringLiteral("alicloud_slb_listener.%1").arg(id)});
    }
    m_loadBalancerRefs.insert(lb.id, QStringLiteral("alicloud_slb_load_balancer.%1.id").arg(id));
    m_loadBalancerAddresses.insert(lb.id,
                                   QStringLiteral("alicloud_slb_load_balancer.%1.address").arg(id));
}

} // namespace ecsplan::terraform
