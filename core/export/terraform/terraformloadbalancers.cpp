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
        hcl::Body &m = res.block("zone_mappings");
        m.attribute("vswitch_id", b.vswitchRef(*z));
        m.attribute("zone_id", b.zoneRef(*z));
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
    hcl::Body &alb = file.block("resource", {QStringLiteral("alicloud_alb_load_balancer"), id});
    alb.attribute("provider", providerRef(r));
    alb.attribute("load_balancer_name", nameExpression(lb));
    alb.attribute("vpc_id", vpcRef(r));
    alb.string("address_type",
               lb.loadBalancer.addressType == AddressType::Internet ? QStringLiteral("Internet")
                                                                    : QStringLiteral("Intranet"));
    alb.stringOf("address_allocated_mode", {"Dynamic"});
    alb.string("load_balancer_edition",
               lb.loadBalancer.edition.isEmpty() ? QStringLiteral("Standard")
                                                 : lb.loadBalancer.edition);
    alb.attribute("tags", tagsExpression(lb));
    alb.blankLine();
    alb.block("load_balancer_billing_config").stringOf("pay_type", {"PayAsYouGo"});
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
        hcl::Body &group
                = file.block("resource", {QStringLiteral("alicloud_alb_server_group"), label});
        group.attribute("provider", providerRef(r));
        group.attribute(
                "server_group_name",
                label == id ? nameExpression(lb)
                            : nameExpression(lb, false, QLatin1Char('-') + slugOf(*find(feeder))));
        group.stringOf("server_group_type", {"Instance"});
        group.stringOf("protocol", {"HTTP"});
        group.attribute("vpc_id", vpcRef(r));
        group.attribute("tags", tagsExpression(lb));
        group.blankLine();
        hcl::Body &health = group.block("health_check_config");
        health.boolean("health_check_enabled", true);
        health.stringOf("health_check_protocol", {"HTTP"});
        health.stringOf("health_check_path", {"/"});
        group.blankLine();
        group.block("sticky_session_config").boolean("sticky_session_enabled", false);
        if (isValid(feeder)) {
            hcl::Body &asg = *m_scalingGroupBodies.value(feeder);
            asg.blankLine();
            hcl::Body &attach = asg.block("alb_server_group");
            attach.attributeOf("alb_server_group_id", {"alicloud_alb_server_group.", label, ".id"});
            attach.number("port", backendPort(lb));
            attach.number("weight", 100);
            group.blankLine();
            group.comment("Members come and go with the scaling group.");
            group.block("lifecycle").list("ignore_changes", {QStringLiteral("servers")});
            continue;
        }
        for (EntityId b : std::as_const(fixed)) {
            const Entity &be = *find(b);
            group.blankLine();
            hcl::Body &dyn = group.block("dynamic", {QStringLiteral("servers")});
            dyn.attribute("for_each", instanceIdsExpression(be));
            dyn.blankLine();
            hcl::Body &content = dyn.block("content");
            content.attributeOf("server_id", {"servers.value"});
            content.stringOf("server_type", {"Ecs"});
            content.number("port", backendPort(lb));
            content.number("weight", 100);
        }
    }

    file.blankLine();
    const bool https = lb.loadBalancer.listenerPort == 443;
    hcl::Body &listener = file.block("resource", {QStringLiteral("alicloud_alb_listener"), id});
    listener.attribute("provider", providerRef(r));
    listener.attributeOf("load_balancer_id", {"alicloud_alb_load_balancer.", id, ".id"});
    listener.string("listener_protocol", https ? QStringLiteral("HTTPS") : QStringLiteral("HTTP"));
    listener.number("listener_port", lb.loadBalancer.listenerPort);
    listener.attribute("tags", tagsExpression(lb));
    if (https) {
        m_needsCertificate = true;
        listener.blankLine();
        listener.block("certificates").attributeOf("certificate_id", {"var.alb_certificate_id"});
    }
    listener.blankLine();
    hcl::Body &action = listener.block("default_actions");
    action.stringOf("type", {"ForwardGroup"});
    action.blankLine();
    hcl::Body &forward = action.block("forward_group_config");
    for (const auto &[label, feeder] : std::as_const(groups)) {
        Q_UNUSED(feeder);
        hcl::Body &tuple = forward.block("server_group_tuples");
        tuple.attributeOf("server_group_id", {"alicloud_alb_server_group.", label, ".id"});
    }
    m_loadBalancerRefs.insert(lb.id, L1("alicloud_alb_load_balancer.") % id % L1(".id"));
    m_loadBalancerAddresses.insert(lb.id, L1("alicloud_alb_load_balancer.") % id % L1(".dns_name"));
}

void Builder::buildNlb(hcl::Body &file, const Entity &lb, const EntityIds &backends)
{
    const RegionInfo &r = *regionFor(lb.id);
    const QString id = ident(lb.id);
    const auto zones = multiZoneLbZones(*this, lb, backends);
    setBackendPort(lb.id, backendPort(lb));
    if (!file.isEmpty())
        file.blankLine();
    hcl::Body &nlb = file.block("resource", {QStringLiteral("alicloud_nlb_load_balancer"), id});
    nlb.attribute("provider", providerRef(r));
    nlb.attribute("load_balancer_name", nameExpression(lb));
    nlb.stringOf("load_balancer_type", {"Network"});
    nlb.string("address_type",
               lb.loadBalancer.addressType == AddressType::Internet ? QStringLiteral("Internet")
                                                                    : QStringLiteral("Intranet"));
    nlb.stringOf("address_ip_version", {"Ipv4"});
    nlb.attribute("vpc_id", vpcRef(r));
    nlb.attribute("tags", tagsExpression(lb));
    zoneMappings(*this, nlb, zones);

    file.blankLine();
    hcl::Body &group = file.block("resource", {QStringLiteral("alicloud_nlb_server_group"), id});
    group.attribute("provider", providerRef(r));
    group.attribute("server_group_name", nameExpression(lb));
    group.stringOf("server_group_type", {"Instance"});
    group.stringOf("protocol", {"TCP"});
    group.stringOf("scheduler", {"Wrr"});
    // Backends see the NLB's own addresses in the VPC, which their security groups admit.
    group.boolean("preserve_client_ip_enabled", false);
    group.attribute("vpc_id", vpcRef(r));
    group.attribute("tags", tagsExpression(lb));
    group.blankLine();
    group.block("health_check").boolean("health_check_enabled", true);

    file.blankLine();
    hcl::Body &listener = file.block("resource", {QStringLiteral("alicloud_nlb_listener"), id});
    listener.attribute("provider", providerRef(r));
    listener.attributeOf("load_balancer_id", {"alicloud_nlb_load_balancer.", id, ".id"});
    listener.attributeOf("server_group_id", {"alicloud_nlb_server_group.", id, ".id"});
    listener.stringOf("listener_protocol", {"TCP"});
    listener.number("listener_port", lb.loadBalancer.listenerPort);
    listener.attribute("tags", tagsExpression(lb));

    for (EntityId b : backends) {
        const Entity &be = *find(b);
        const QString label = id + QLatin1Char('_') + ident(b);
        file.blankLine();
        if (be.kind == EntityKind::ScalingGroup) {
            hcl::Body &att = file.block(
                    "resource", {QStringLiteral("alicloud_ess_server_group_attachment"), label});
            att.attribute("provider", providerRef(r));
            att.attributeOf("scaling_group_id", {"alicloud_ess_scaling_group.", ident(b), ".id"});
            att.attributeOf("server_group_id", {"alicloud_nlb_server_group.", id, ".id"});
            att.stringOf("type", {"NLB"});
            att.number("port", backendPort(lb));
            att.number("weight", 100);
            continue;
        }
        hcl::Body &att = file.block(
                "resource", {QStringLiteral("alicloud_nlb_server_group_server_attachment"), label});
        att.attribute("provider", providerRef(r));
        att.attributeOf("count", {"var.", ident(b), "_count"});
        att.attributeOf("server_group_id", {"alicloud_nlb_server_group.", id, ".id"});
        att.attributeOf("server_id", {"alicloud_instance.", ident(b), "[count.index].id"});
        att.stringOf("server_type", {"Ecs"});
        att.number("port", backendPort(lb));
        att.number("weight", 100);
    }
    m_loadBalancerRefs.insert(lb.id, L1("alicloud_nlb_load_balancer.") % id % L1(".id"));
    m_loadBalancerAddresses.insert(lb.id, L1("alicloud_nlb_load_balancer.") % id % L1(".dns_name"));
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
    hcl::Body &clb = file.block("resource", {QStringLiteral("alicloud_slb_load_balancer"), id});
    clb.attribute("provider", providerRef(r));
    clb.attribute("load_balancer_name", nameExpression(lb));
    clb.string("address_type", internet ? QStringLiteral("internet") : QStringLiteral("intranet"));
    clb.stringOf("load_balancer_spec", {"slb.s2.small"});
    clb.stringOf("payment_type", {"PayAsYouGo"});
    if (!internet && !zones.isEmpty())
        clb.attribute("vswitch_id", vswitchRef(*zones.first()));
    if (!zones.isEmpty())
        clb.attribute("master_zone_id", zoneRef(*zones.first()));
    if (zones.size() > 1)
        clb.attribute("slave_zone_id", zoneRef(*zones.at(1)));
    clb.attribute("tags", tagsExpression(lb));

    file.blankLine();
    hcl::Body &listener = file.block("resource", {QStringLiteral("alicloud_slb_listener"), id});
    listener.attribute("provider", providerRef(r));
    listener.attributeOf("load_balancer_id", {"alicloud_slb_load_balancer.", id, ".id"});
    listener.stringOf("protocol", {"tcp"});
    listener.number("frontend_port", lb.loadBalancer.listenerPort);
    listener.number("backend_port", backendPort(lb));
    listener.number("bandwidth", -1);

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
        hcl::Body &servers
                = file.block("resource", {QStringLiteral("alicloud_slb_backend_server"), id});
        servers.attribute("provider", providerRef(r));
        servers.attributeOf("load_balancer_id", {"alicloud_slb_load_balancer.", id, ".id"});
        for (EntityId b : backends) {
            const Entity &be = *find(b);
            if (be.kind != EntityKind::InstanceGroup)
                continue;
            servers.blankLine();
            hcl::Body &dyn = servers.block("dynamic", {QStringLiteral("backend_servers")});
            dyn.attribute("for_each", instanceIdsExpression(be));
            dyn.blankLine();
            hcl::Body &content = dyn.block("content");
            content.attributeOf("server_id", {"backend_servers.value"});
            content.number("weight", 100);
        }
    }
    for (EntityId b : backends) {
        if (find(b)->kind != EntityKind::ScalingGroup)
            continue;
        hcl::Body &asg = *m_scalingGroupBodies.value(b);
        asg.list("loadbalancer_ids", {L1("alicloud_slb_load_balancer.") % id % L1(".id")});
        asg.list("depends_on", {L1("alicloud_slb_listener.") % id});
    }
    m_loadBalancerRefs.insert(lb.id, L1("alicloud_slb_load_balancer.") % id % L1(".id"));
    m_loadBalancerAddresses.insert(lb.id, L1("alicloud_slb_load_balancer.") % id % L1(".address"));
}

} // namespace ecsplan::terraform
