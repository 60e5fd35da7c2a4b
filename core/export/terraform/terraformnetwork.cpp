#include "terraformbuilder.h"

#include "ecsplan_global.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace ecsplan::terraform {

using hcl::quoted;

void Builder::buildNetwork()
{
    const QString file = QStringLiteral("network.tf");
    for (const RegionInfo &r : std::as_const(m_regions)) {
        const Entity &region = *find(r.id);
        hcl::Body &vpc = topBlock(file, "resource", {QStringLiteral("alicloud_vpc"), r.ident});
        vpc.attribute("provider", providerRef(r));
        vpc.attribute("vpc_name", nameExpression(region));
        vpc.string("cidr_block", r.vpcText);
        vpc.attribute("tags", tagsExpression(region));
        for (EntityId zoneId : r.zones) {
            const ZoneInfo &z = m_zones[zoneId];
            const Entity &zone = *find(zoneId);
            hcl::Body &vsw
                    = topBlock(file, "resource", {QStringLiteral("alicloud_vswitch"), z.ident});
            vsw.attribute("provider", providerRef(r));
            vsw.attribute("vswitch_name", nameExpression(zone));
            vsw.attribute("vpc_id", vpcRef(r));
            vsw.string("zone_id", z.code);
            vsw.string("cidr_block", z.cidrText);
            vsw.attribute("tags", tagsExpression(zone));
        }
    }
}

namespace {

/// Protocols alicloud_security_group_rule takes (ip_protocol), written as they are.
const QStringList &supportedProtocols()
{
    static const QStringList list{QStringLiteral("tcp"),  QStringLiteral("udp"),
                                  QStringLiteral("icmp"), QStringLiteral("icmpv6"),
                                  QStringLiteral("gre"),  QStringLiteral("all")};
    return list;
}

QString portRange(const SecurityRule &rule)
{
    const QString protocol = rule.protocol.trimmed().toLower();
    if (protocol != QLatin1String("tcp") && protocol != QLatin1String("udp"))
        return QStringLiteral("-1/-1");
    if (rule.portFrom < 0 || rule.portTo < 0)
        return QStringLiteral("1/65535");
    return QStringLiteral("%1/%2").arg(rule.portFrom).arg(rule.portTo);
}

bool opensAdminPort(const SecurityRule &rule)
{
    if (!rule.ingress || !rule.accept || rule.cidr.trimmed() != QLatin1String("0.0.0.0/0"))
        return false;
    const QString protocol = rule.protocol.trimmed().toLower();
    if (protocol == QLatin1String("all"))
        return true;
    if (protocol != QLatin1String("tcp"))
        return false;
    const int from = rule.portFrom < 0 ? 1 : rule.portFrom;
    const int to = rule.portTo < 0 ? 65535 : rule.portTo;
    return (from <= 22 && 22 <= to) || (from <= 3389 && 3389 <= to);
}

} // namespace

void Builder::buildSecurity()
{
    const QString file = QStringLiteral("security.tf");
    for (const Entity *sgEntity : entities(EntityKind::SecurityGroup)) {
        const Entity &sg = *sgEntity;
        const EntityId id = sg.id;
        const RegionInfo *r = regionFor(id);
        if (!r) {
            warn(Tr::tr("Security groups outside an exported region were not exported"),
                 displayNameOf(sg));
            continue;
        }
        hcl::Body &group = topBlock(file, "resource",
                                    {QStringLiteral("alicloud_security_group"), ident(id)});
        group.attribute("provider", providerRef(*r));
        group.attribute("security_group_name", nameExpression(sg));
        group.attribute("vpc_id", vpcRef(*r));
        if (!sg.notes.trimmed().isEmpty())
            group.string("description", sg.notes.trimmed().left(256));
        group.attribute("tags", tagsExpression(sg));

        int ingress = 0, egress = 0;
        for (const SecurityRule &rule : sg.rules) {
            const QString protocol = rule.protocol.trimmed().toLower();
            if (!supportedProtocols().contains(protocol)) {
                // Never widened: a rule the provider cannot express is left out, not opened up.
                warn(Tr::tr("Security rules with a protocol the provider does not support were "
                            "left out (nothing was opened in their place)"),
                     displayNameOf(sg));
                continue;
            }
            const QString cidr = rule.cidr.trimmed();
            const bool ipv6 = cidr.contains(QLatin1Char(':'));
            const int n = rule.ingress ? ++ingress : ++egress;
            const QString label
                    = QStringLiteral("%1_%2_%3")
                              .arg(ident(id),
                                   rule.ingress ? QStringLiteral("in") : QStringLiteral("out"))
                              .arg(n);
            hcl::Body &res = topBlock(file, "resource",
                                      {QStringLiteral("alicloud_security_group_rule"), label});
            res.attribute("provider", providerRef(*r));
            res.attribute("security_group_id",
                          QStringLiteral("alicloud_security_group.%1.id").arg(ident(id)));
            res.string("type", rule.ingress ? QStringLiteral("ingress") : QStringLiteral("egress"));
            res.string("ip_protocol",
                       ipv6 && protocol == QLatin1String("icmp") ? QStringLiteral("icmpv6")
                                                                 : protocol);
            res.string("port_range", portRange(rule));
            if (opensAdminPort(rule)) {
                m_usesAdminCidr = true;
                warn(Tr::tr("SSH/RDP open to the internet now reads var.admin_cidr (default "
                            "0.0.0.0/0): narrow it"),
                     displayNameOf(sg));
                res.attributeOf("cidr_ip", {"var.admin_cidr"});
            } else {
                res.string(ipv6 ? QStringLiteral("ipv6_cidr_ip") : QStringLiteral("cidr_ip"), cidr);
            }
            res.string("policy", rule.accept ? QStringLiteral("accept") : QStringLiteral("drop"));
            res.number("priority", std::clamp(rule.priority, 1, 100));
            res.stringOf("nic_type", {"intranet"});
            if (!rule.description.trimmed().isEmpty())
                res.string("description", rule.description.trimmed().left(256));
        }
    }
}

void Builder::buildDefaultSecurityGroups()
{
    const QString file = QStringLiteral("security.tf");
    for (const RegionInfo &r : std::as_const(m_regions)) {
        if (!r.needsDefaultSecurityGroup)
            continue;
        hcl::Body &group = topBlock(
                file, "resource",
                {QStringLiteral("alicloud_security_group"), r.ident + QStringLiteral("_default")});
        group.comment(QStringLiteral("Compute without a security group in the design lands here; "
                                     "only link rules open it."));
        group.attribute("provider", providerRef(r));
        group.attribute("security_group_name",
                        QStringLiteral("\"${var.name_prefix}-%1-default\"")
                                .arg(hcl::escapedLiteral(r.code)));
        group.attribute("vpc_id", vpcRef(r));
        group.attributeOf("tags", {"local.common_tags"});
    }
}

void Builder::buildCen()
{
    // Region pairs that carry traffic over CEN, with their monthly volume (GB, both ways).
    QMap<QPair<EntityId, EntityId>, double> pairs;
    for (const Entity *linkEntity : entities(EntityKind::Link)) {
        const Entity &link = *linkEntity;
        if (link.link.path == LinkPath::Internet || link.link.path == LinkPath::Intranet)
            continue;
        const RegionInfo *a = regionFor(link.link.from);
        const RegionInfo *b = regionFor(link.link.to);
        if (!a || !b || a->id == b->id)
            continue;
        const auto key = a->id < b->id ? qMakePair(a->id, b->id) : qMakePair(b->id, a->id);
        pairs[key] += link.link.gbPerMonth;
    }
    if (pairs.isEmpty())
        return;

    const QString file = QStringLiteral("cen.tf");
    QList<EntityId> regions;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        if (!regions.contains(it.key().first))
            regions << it.key().first;
        if (!regions.contains(it.key().second))
            regions << it.key().second;
    }
    std::sort(regions.begin(), regions.end());
    const RegionInfo &home = *regionInfo(regions.first());
    // Per region: (label, transit_router_attachment_id expression) of its attachments.
    QHash<EntityId, QList<QPair<QString, QString>>> attachments;

    hcl::Body &cen = topBlock(file, "resource",
                              {QStringLiteral("alicloud_cen_instance"), QStringLiteral("main")});
    cen.attribute("provider", providerRef(home));
    cen.attributeOf("cen_instance_name", {"\"${var.name_prefix}-cen\""});
    cen.attributeOf("tags", {"local.common_tags"});

    for (EntityId regionId : std::as_const(regions)) {
        const RegionInfo &r = *regionInfo(regionId);
        hcl::Body &tr = topBlock(file, "resource",
                                 {QStringLiteral("alicloud_cen_transit_router"), r.ident});
        tr.attribute("provider", providerRef(r));
        tr.attributeOf("cen_id", {"alicloud_cen_instance.main.id"});
        tr.attribute("transit_router_name",
                     QStringLiteral("\"${var.name_prefix}-%1\"").arg(hcl::escapedLiteral(r.code)));
        tr.attributeOf("tags", {"local.common_tags"});
        if (r.zones.isEmpty()) {
            warn(Tr::tr("Regions joined over CEN need at least one zone to attach their VPC"),
                 displayNameOf(*find(regionId)));
            continue;
        }
        hcl::Body &att
                = topBlock(file, "resource",
                           {QStringLiteral("alicloud_cen_transit_router_vpc_attachment"), r.ident});
        att.attribute("provider", providerRef(r));
        att.attributeOf("cen_id", {"alicloud_cen_instance.main.id"});
        att.attribute(
                "transit_router_id",
                QStringLiteral("alicloud_cen_transit_router.%1.transit_router_id").arg(r.ident));
        att.attribute("vpc_id", vpcRef(r));
        att.attribute("transit_router_vpc_attachment_name",
                      QStringLiteral("\"${var.name_prefix}-%1\"").arg(hcl::escapedLiteral(r.code)));
        att.boolean("auto_publish_route_enabled", true);
        att.attributeOf("tags", {"local.common_tags"});
        attachments[regionId] << qMakePair(
                QStringLiteral("vpc"),
                QStringLiteral("alicloud_cen_transit_router_vpc_attachment.%1"
                               ".transit_router_attachment_id")
                        .arg(r.ident));
        for (qsizetype i = 0; i < r.zones.size() && i < 10; ++i) {
            const ZoneInfo &z = m_zones[r.zones[i]];
            att.blankLine();
            hcl::Body &mapping = att.block("zone_mappings");
            mapping.attribute("vswitch_id", vswitchRef(z));
            mapping.attribute("zone_id", zoneRef(z));
        }
    }

    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const RegionInfo &a = *regionInfo(it.key().first);
        const RegionInfo &b = *regionInfo(it.key().second);
        // Average rate of the monthly volume, times 3 for peaks, at least 2 Mbit/s.
        const double mbps = it.value() * 8000.0 / (30.0 * 24 * 3600) * 3.0;
        const qint64 bandwidth = std::max<qint64>(2, qint64(std::ceil(mbps)));
        hcl::Body &peer = topBlock(file, "resource",
                                   {QStringLiteral("alicloud_cen_transit_router_peer_attachment"),
                                    a.ident + QStringLiteral("_to_") + b.ident});
        peer.comment(QStringLiteral("Pay-by-data-transfer; bandwidth is 3x the design's average "
                                    "rate (%1 GB/month).")
                             .arg(std::llround(it.value())));
        peer.attribute("provider", providerRef(a));
        peer.attributeOf("cen_id", {"alicloud_cen_instance.main.id"});
        peer.attribute(
                "transit_router_id",
                QStringLiteral("alicloud_cen_transit_router.%1.transit_router_id").arg(a.ident));
        peer.attribute(
                "peer_transit_router_id",
                QStringLiteral("alicloud_cen_transit_router.%1.transit_router_id").arg(b.ident));
        peer.string("peer_transit_router_region_id", b.code);
        peer.stringOf("bandwidth_type", {"DataTransfer"});
        peer.number("bandwidth", bandwidth);
        peer.boolean("auto_publish_route_enabled", true);
        peer.attribute("transit_router_peer_attachment_name",
                       QStringLiteral("\"${var.name_prefix}-%1-%2\"")
                               .arg(hcl::escapedLiteral(a.code), hcl::escapedLiteral(b.code)));
        peer.attributeOf("tags", {"local.common_tags"});
        const QString peerId = QStringLiteral("alicloud_cen_transit_router_peer_attachment.%1_to_%2"
                                              ".transit_router_attachment_id")
                                       .arg(a.ident, b.ident);
        attachments[a.id] << qMakePair(QStringLiteral("%1_to_%2").arg(a.ident, b.ident), peerId);
        attachments[b.id] << qMakePair(QStringLiteral("%1_to_%2").arg(a.ident, b.ident), peerId);
    }

    // Explicit routing: each transit router gets its own route table; every attachment it has
    // (its VPC, its peerings) is associated with it and propagates its routes into it, and each
    // VPC sends the other VPCs' CIDR blocks to its transit router attachment.
    for (EntityId regionId : std::as_const(regions)) {
        const RegionInfo &r = *regionInfo(regionId);
        hcl::Body &table
                = topBlock(file, "resource",
                           {QStringLiteral("alicloud_cen_transit_router_route_table"), r.ident});
        table.attribute("provider", providerRef(r));
        table.attribute(
                "transit_router_id",
                QStringLiteral("alicloud_cen_transit_router.%1.transit_router_id").arg(r.ident));
        table.attribute(
                "transit_router_route_table_name",
                QStringLiteral("\"${var.name_prefix}-%1\"").arg(hcl::escapedLiteral(r.code)));
        table.attributeOf("tags", {"local.common_tags"});
        const QString tableId = QStringLiteral("alicloud_cen_transit_router_route_table.%1"
                                               ".transit_router_route_table_id")
                                        .arg(r.ident);
        for (const auto &[label, attachmentId] : std::as_const(attachments[regionId])) {
            for (const QString &type :
                 {QStringLiteral("alicloud_cen_transit_router_route_table_association"),
                  QStringLiteral("alicloud_cen_transit_router_route_table_propagation")}) {
                hcl::Body &res
                        = topBlock(file, "resource", {type, r.ident + QStringLiteral("_") + label});
                res.attribute("provider", providerRef(r));
                res.attribute("transit_router_route_table_id", tableId);
                res.attribute("transit_router_attachment_id", attachmentId);
            }
        }
        if (r.zones.isEmpty())
            continue;
        for (EntityId otherId : std::as_const(regions)) {
            const RegionInfo &o = *regionInfo(otherId);
            const auto key = r.id < o.id ? qMakePair(r.id, o.id) : qMakePair(o.id, r.id);
            if (otherId == regionId || !pairs.contains(key))
                continue;
            hcl::Body &route = topBlock(file, "resource",
                                        {QStringLiteral("alicloud_route_entry"),
                                         r.ident + QStringLiteral("_to_") + o.ident});
            route.attribute("provider", providerRef(r));
            route.attribute("route_table_id",
                            QStringLiteral("alicloud_vpc.%1.route_table_id").arg(r.ident));
            route.string("destination_cidrblock", o.vpcText);
            route.stringOf("nexthop_type", {"Attachment"});
            route.attribute("nexthop_id",
                            QStringLiteral("alicloud_cen_transit_router_vpc_attachment.%1"
                                           ".transit_router_attachment_id")
                                    .arg(r.ident));
        }
    }
}

} // namespace ecsplan::terraform

namespace ecsplan::terraform {

void Builder::buildNat()
{
    // Regions with compute get a NAT gateway switched by var.nat_gateway[<region>]; the
    // default (set by buildReachability) is on where a group sends traffic to the internet.
    const QString file = QStringLiteral("nat.tf");
    for (const RegionInfo &r : std::as_const(m_regions)) {
        if (!m_natRegions.contains(r.id) || r.zones.isEmpty())
            continue;
        const QString on = QStringLiteral("var.nat_gateway[%1] ? 1 : 0").arg(hcl::quoted(r.code));
        const QString name
                = QStringLiteral("\"${var.name_prefix}-%1-nat\"").arg(hcl::escapedLiteral(r.code));
        hcl::Body &nat
                = topBlock(file, "resource", {QStringLiteral("alicloud_nat_gateway"), r.ident});
        nat.attribute("provider", providerRef(r));
        nat.attribute("count", on);
        nat.attribute("vpc_id", vpcRef(r));
        nat.attribute("vswitch_id", vswitchRef(m_zones[r.zones.first()]));
        nat.attribute("nat_gateway_name", name);
        nat.stringOf("nat_type", {"Enhanced"});
        nat.stringOf("payment_type", {"PayAsYouGo"});
        nat.stringOf("internet_charge_type", {"PayByLcu"});
        nat.attributeOf("tags", {"local.common_tags"});

        hcl::Body &eip = topBlock(
                file, "resource",
                {QStringLiteral("alicloud_eip_address"), r.ident + QStringLiteral("_nat")});
        eip.attribute("provider", providerRef(r));
        eip.attribute("count", on);
        eip.attribute("address_name", name);
        eip.stringOf("payment_type", {"PayAsYouGo"});
        eip.stringOf("internet_charge_type", {"PayByTraffic"});
        eip.stringOf("bandwidth", {"100"});
        eip.attributeOf("tags", {"local.common_tags"});

        hcl::Body &assoc = topBlock(
                file, "resource",
                {QStringLiteral("alicloud_eip_association"), r.ident + QStringLiteral("_nat")});
        assoc.attribute("provider", providerRef(r));
        assoc.attribute("count", on);
        assoc.attribute("allocation_id",
                        QStringLiteral("alicloud_eip_address.%1_nat[0].id").arg(r.ident));
        assoc.attribute("instance_id",
                        QStringLiteral("alicloud_nat_gateway.%1[0].id").arg(r.ident));
        assoc.stringOf("instance_type", {"Nat"});

        for (EntityId zoneId : r.zones) {
            const ZoneInfo &z = m_zones[zoneId];
            hcl::Body &snat
                    = topBlock(file, "resource", {QStringLiteral("alicloud_snat_entry"), z.ident});
            snat.attribute("provider", providerRef(r));
            snat.attribute("count", on);
            snat.attribute(
                    "snat_table_id",
                    QStringLiteral("alicloud_nat_gateway.%1[0].snat_table_ids").arg(r.ident));
            snat.attribute("source_vswitch_id", vswitchRef(z));
            snat.attribute(
                    "snat_ip",
                    QStringLiteral("alicloud_eip_address.%1_nat[0].ip_address").arg(r.ident));
            snat.list("depends_on",
                      {QStringLiteral("alicloud_eip_association.%1_nat").arg(r.ident)});
        }
    }
}

} // namespace ecsplan::terraform
