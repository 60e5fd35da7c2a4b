// Reachability: for every link of the design, the security-group rules and cache whitelists
// that let its traffic through on the port the target listens on; links the export cannot
// carry (on-premises, external and cross-region internet paths, internet users straight to
// instances) become warnings. Also decides where a NAT gateway is on by default.

#include "terraformbuilder.h"

#include "ecsplan_global.h"

#include <algorithm>

namespace ecsplan::terraform {

namespace {

/// The port a compute group serves on, from its role (the design has no port field for
/// groups); 0 when the role names no well-known service.
int rolePort(const QString &role)
{
    static const QList<QPair<QString, int>> ports = {
            {QStringLiteral("kafka"), 9092},    {QStringLiteral("zookeeper"), 2181},
            {QStringLiteral("postgres"), 5432}, {QStringLiteral("pg"), 5432},
            {QStringLiteral("mysql"), 3306},    {QStringLiteral("db"), 3306},
            {QStringLiteral("database"), 3306}, {QStringLiteral("redis"), 6379},
            {QStringLiteral("mongo"), 27017},   {QStringLiteral("elasticsearch"), 9200},
            {QStringLiteral("https"), 443},     {QStringLiteral("web"), 80},
            {QStringLiteral("http"), 80},       {QStringLiteral("nginx"), 80},
            {QStringLiteral("bastion"), 22},    {QStringLiteral("ssh"), 22},
    };
    const QString r = role.trimmed().toLower();
    for (const auto &[name, port] : ports) {
        if (r == name)
            return port;
    }
    return 0;
}

bool coversPort(const SecurityRule &rule, int port)
{
    const QString protocol = rule.protocol.trimmed().toLower();
    if (protocol == QLatin1String("all"))
        return true;
    if (protocol != QLatin1String("tcp"))
        return false;
    const int from = rule.portFrom < 0 ? 1 : rule.portFrom;
    const int to = rule.portTo < 0 ? 65535 : rule.portTo;
    return from <= port && port <= to;
}

} // namespace

void Builder::buildReachability()
{
    hcl::Body &file = this->file(QStringLiteral("security.tf"));
    QSet<QString> emitted; // "sg|port|cidr"
    QHash<QString, int> ruleCounts;
    QMap<EntityId, QStringList> whitelists; // cache -> client CIDR blocks

    // Client CIDR blocks of a compute group: its vSwitches, or its VPC from another region.
    auto sourceBlocks = [&](const Entity &client, EntityId targetRegion) {
        QStringList blocks;
        const RegionInfo *cr = regionFor(client.id);
        if (!cr)
            return blocks;
        if (cr->id != targetRegion)
            return QStringList{cr->vpcText};
        const EntityIds zones = m_model.spannedZones(client.id);
        blocks.reserve(zones.size());
        for (EntityId zoneId : zones) {
            if (const ZoneInfo *z = zoneInfo(zoneId))
                blocks << z->cidrText;
        }
        return blocks;
    };

    // Opens `port` on the target group from `cidr` unless a rule of its groups already does.
    auto open = [&](const Entity &target, int port, const QString &cidr, const QString &why) {
        const RegionInfo *r = regionFor(target.id);
        if (!r)
            return;
        const auto source = Cidr::parse(cidr);
        for (EntityId sgId : target.compute.securityGroups) {
            const Entity *sg = find(sgId);
            if (!sg || sg->kind != EntityKind::SecurityGroup || regionOf(sgId) != r->id)
                continue;
            for (const SecurityRule &rule : sg->rules) {
                const auto have = Cidr::parse(rule.cidr);
                if (rule.ingress && rule.accept && coversPort(rule, port) && have && source
                    && have->contains(*source))
                    return;
            }
        }
        const QString sg = ruleGroupFor(target, *r);
        const QString portText = QString::number(port);
        const QString key = sg % L1("|") % portText % L1("|") % cidr;
        if (emitted.contains(key))
            return;
        emitted.insert(key);
        const int n = ++ruleCounts[sg];
        hcl::Body &res = topBlock(file, "resource",
                                  {QStringLiteral("alicloud_security_group_rule"),
                                   QString(sg % L1("_link_") % QString::number(n))});
        res.attribute("provider", providerRef(*r));
        res.attribute("security_group_id", L1("alicloud_security_group.") % sg % L1(".id"));
        res.stringOf("type", {"ingress"});
        res.stringOf("ip_protocol", {"tcp"});
        res.string("port_range", portText % L1("/") % portText);
        res.string("cidr_ip", cidr);
        res.stringOf("policy", {"accept"});
        res.number("priority", 1);
        res.stringOf("nic_type", {"intranet"});
        res.string("description", why.left(256));
    };

    for (const Entity *linkEntity : entities(EntityKind::Link)) {
        const Entity &link = *linkEntity;
        const Entity *from = find(link.link.from);
        const Entity *to = find(link.link.to);
        if (!from || !to)
            continue;
        const auto what = [&] { // for a warning only
            return QStringLiteral("%1 → %2").arg(displayNameOf(*from), displayNameOf(*to));
        };

        if (from->kind == EntityKind::Endpoint || to->kind == EntityKind::Endpoint) {
            const bool inbound = from->kind == EntityKind::Endpoint;
            const Entity &ep = inbound ? *from : *to;
            const Entity &other = inbound ? *to : *from;
            if (other.kind == EntityKind::Endpoint)
                continue;
            const RegionInfo *r = regionFor(other.id);
            if (!r)
                continue;
            switch (ep.endpoint.kind) {
            case EndpointKind::OnPremises:
                warn(Tr::tr("Links to on-premises sites need a VPN gateway or Express Connect, "
                            "which the export does not create"),
                     what());
                break;
            case EndpointKind::InternetUsers:
            case EndpointKind::ExternalRegion:
                if (!inbound) {
                    if (other.isCompute())
                        m_natRegions[r->id] = true; // outbound: SNAT through the NAT gateway
                    break;
                }
                if (other.kind == EntityKind::LoadBalancer) {
                    if (other.loadBalancer.addressType == AddressType::Intranet)
                        warn(Tr::tr("Internet traffic cannot reach an intranet load balancer; "
                                    "make it an internet-facing one"),
                             what());
                } else {
                    warn(Tr::tr("Traffic from the internet cannot reach components without a "
                                "public address; put an internet-facing load balancer in front"),
                         what());
                }
                break;
            }
            continue;
        }

        const RegionInfo *fr = regionFor(from->id);
        const RegionInfo *tr = regionFor(to->id);
        if (!fr || !tr)
            continue;
        const bool crossRegion = fr->id != tr->id;
        if (crossRegion && link.link.path == LinkPath::Internet) {
            warn(Tr::tr("Cross-region links over the internet need public addresses (EIPs or "
                        "load balancers) the export does not create; they were not carried"),
                 what());
            continue;
        }
        if (crossRegion && link.link.path == LinkPath::Intranet) {
            warn(Tr::tr("Intranet links cannot cross regions without CEN; they were not carried"),
                 what());
            continue;
        }

        if (from->kind == EntityKind::LoadBalancer || to->kind == EntityKind::LoadBalancer) {
            const Entity &lb = from->kind == EntityKind::LoadBalancer ? *from : *to;
            const Entity &other = from->kind == EntityKind::LoadBalancer ? *to : *from;
            if (&lb == from && other.isCompute() && m_backendPorts.contains(lb.id) && !crossRegion
                && !m_unservedBackends.contains(qMakePair(lb.id, other.id))) {
                const int port = m_backendPorts.value(lb.id);
                if (lb.loadBalancer.kind == LoadBalancerKind::Clb) {
                    // Layer-4 CLB keeps client addresses; health checks come from 100.64.0.0/10.
                    open(other, port,
                         lb.loadBalancer.addressType == AddressType::Internet
                                 ? QStringLiteral("0.0.0.0/0")
                                 : tr->vpcText,
                         L1("From ") % displayNameOf(lb));
                    open(other, port, QStringLiteral("100.64.0.0/10"),
                         L1("Health checks of ") % displayNameOf(lb));
                } else {
                    open(other, port, tr->vpcText, L1("From ") % displayNameOf(lb));
                }
            }
            continue; // clients of a load balancer need nothing: it has no security group
        }

        if (!from->isCompute())
            continue; // caches and disks do not start traffic
        if (to->kind == EntityKind::Cache) {
            whitelists[to->id] << sourceBlocks(*from, tr->id);
            continue;
        }
        if (!to->isCompute())
            continue;
        const QStringList blocks = sourceBlocks(*from, tr->id);
        const int port = rolePort(to->compute.role);
        if (port > 0) {
            for (const QString &b : blocks)
                open(*to, port, b, L1("From ") % displayNameOf(*from));
            continue;
        }
        // No known port: fine when the target's rules already admit the source on some port.
        bool admitted = !blocks.isEmpty();
        for (const QString &b : blocks) {
            const auto source = Cidr::parse(b);
            bool found = false;
            for (EntityId sgId : to->compute.securityGroups) {
                const Entity *sg = find(sgId);
                if (!sg || sg->kind != EntityKind::SecurityGroup)
                    continue;
                for (const SecurityRule &rule : sg->rules) {
                    const auto have = Cidr::parse(rule.cidr);
                    found = found
                            || (rule.ingress && rule.accept && have && source
                                && have->contains(*source));
                }
            }
            admitted = admitted && found;
        }
        if (!admitted)
            warn(Tr::tr("Links into groups whose role names no known service port get no "
                        "security-group rule; add one that admits the clients"),
                 what());
    }

    for (auto it = whitelists.begin(); it != whitelists.end(); ++it) {
        hcl::Body *body = m_cacheBodies.value(it.key());
        if (!body)
            continue;
        QStringList blocks = it.value();
        blocks.removeDuplicates();
        std::sort(blocks.begin(), blocks.end());
        const Entity &cache = *find(it.key());
        if (cache.cache.engine == CacheEngine::Tair) {
            body->string("security_ips", blocks.join(QLatin1Char(',')));
        } else {
            QStringList quotedBlocks;
            for (const QString &b : std::as_const(blocks))
                quotedBlocks << hcl::quoted(b);
            body->list("security_ips", quotedBlocks);
        }
    }
    for (auto it = m_cacheBodies.cbegin(); it != m_cacheBodies.cend(); ++it) {
        if (!whitelists.contains(it.key()))
            warn(Tr::tr("Caches without linked clients keep the default whitelist (127.0.0.1): "
                        "link the groups that use them"),
                 displayNameOf(*find(it.key())));
    }

    // Regions with compute get a switchable NAT gateway, off unless traffic goes out. (One pass
    // over the compute groups: each is in one region.)
    for (const Entity *e : entities()) {
        if (!e->isCompute())
            continue;
        const EntityId region = regionOf(e->id);
        if (regionInfo(region) && !m_natRegions.contains(region))
            m_natRegions[region] = false;
    }
}

} // namespace ecsplan::terraform
