#include "terraformimport_p.h"

#include "ecsplan_global.h"

#include <QRegularExpression>

namespace ecsplan::TerraformImport::detail {

void Importer::addLink(EntityId from, EntityId to)
{
    if (!isValid(from) || !isValid(to) || from == to || m_links.contains(qMakePair(from, to)))
        return;
    m_links.insert(qMakePair(from, to));
    Entity link = makeEntity(EntityKind::Link);
    link.name = QStringLiteral("%1 → %2").arg(m_entities[from].name, m_entities[to].name);
    link.link.from = from;
    link.link.to = to;
    link.link.inferred = true;
    link.link.gbPerMonth = 0;
    link.link.requestsPerSecond = 0;
    add(link, nullptr);
    ++m_result.inferredLinks;
}

void Importer::inferFromRules()
{
    // The export's "<group>_link_<n>" rules say "From <component>": a link from that component to
    // the compute whose first group in the region holds the rule (or which the default group
    // holds). Rules of links already inferred from server groups need nothing more.
    QHash<QString, EntityId> byName;
    for (const Entity &e : std::as_const(m_entities)) {
        if (e.isCompute() || e.kind == EntityKind::LoadBalancer)
            byName.insert(e.name, e.id);
    }
    QHash<Resource *, EntityIds> membersOfDefault;
    for (Resource *r : std::as_const(m_order)) {
        if (!isValid(r->entity) || !m_entities[r->entity].isCompute())
            continue;
        const char *key
                = r->type == QLatin1String("alicloud_instance") ? "security_groups" : nullptr;
        QList<Resource *> groups;
        if (key) {
            groups = linkedOfType(*r, key, QStringLiteral("alicloud_security_group"));
        } else {
            for (Resource *lt : linkedOfType(*r, "launch_template_id",
                                             QStringLiteral("alicloud_ecs_launch_template")))
                groups << linkedOfType(*lt, "security_group_ids",
                                       QStringLiteral("alicloud_security_group"));
        }
        for (Resource *g : std::as_const(groups)) {
            if (m_defaultGroups.contains(g))
                membersOfDefault[g] << r->entity;
        }
    }
    for (const LinkRule &rule : std::as_const(m_linkRules)) {
        const EntityId source = byName.value(rule.source);
        if (!isValid(source))
            continue;
        EntityIds targets = membersOfDefault.value(rule.group);
        if (isValid(rule.group->entity)) {
            const EntityId region = m_entities[rule.group->entity].parent;
            for (const Entity &e : std::as_const(m_entities)) {
                if (!e.isCompute())
                    continue;
                for (EntityId sg : e.compute.securityGroups) {
                    if (m_entities.contains(sg) && m_entities[sg].parent == region) {
                        if (sg == rule.group->entity)
                            targets << e.id;
                        break;
                    }
                }
            }
        }
        if (rule.healthCheck)
            continue;
        for (EntityId t : std::as_const(targets)) {
            if (m_entities[source].kind == EntityKind::LoadBalancer
                && !m_links.contains(qMakePair(source, t)))
                continue; // a load balancer's rule without its server group: not its backend
            addLink(source, t);
        }
    }
}

void Importer::inferFromZoneRules()
{
    // An ingress rule admitting exactly one vSwitch's block: the compute that lives only in that
    // zone is taken for a client of the compute the group protects.
    QList<QPair<EntityId, EntityId>> found; // links are entities: added after the walk
    for (const Entity &sg : std::as_const(m_entities)) {
        if (sg.kind != EntityKind::SecurityGroup)
            continue;
        for (const SecurityRule &rule : sg.rules) {
            if (!rule.ingress || !rule.accept)
                continue;
            EntityId zone = EntityId::None;
            for (const Entity &z : std::as_const(m_entities)) {
                if (z.kind == EntityKind::Zone && z.parent == sg.parent && !z.cidr.isEmpty()
                    && z.cidr == rule.cidr)
                    zone = z.id;
            }
            if (!isValid(zone))
                continue;
            for (const Entity &source : std::as_const(m_entities)) {
                const EntityIds zones = source.kind == EntityKind::ScalingGroup
                        ? source.zones
                        : EntityIds{source.parent};
                if (!source.isCompute() || zones != EntityIds{zone})
                    continue;
                for (const Entity &target : std::as_const(m_entities)) {
                    if (target.isCompute() && target.id != source.id
                        && target.compute.securityGroups.contains(sg.id))
                        found << qMakePair(source.id, target.id);
                }
            }
        }
    }
    for (const auto &[from, to] : std::as_const(found))
        addLink(from, to);
}

void Importer::inferFromWhitelists()
{
    // A cache's whitelist lists its clients' vSwitch blocks (their VPC block from another
    // region): compute whose every block is listed is taken for a client.
    QList<QPair<EntityId, EntityId>> found; // links are entities: added after the walk
    for (const auto &[cache, ips] : std::as_const(m_whitelists)) {
        const EntityId cacheRegion = m_entities[m_entities[cache].parent].parent;
        for (const Entity &e : std::as_const(m_entities)) {
            if (!e.isCompute())
                continue;
            EntityIds zones = e.kind == EntityKind::ScalingGroup ? e.zones : EntityIds{e.parent};
            if (zones.isEmpty())
                continue;
            const EntityId region = m_entities[zones.first()].parent;
            bool all = true;
            if (region != cacheRegion) {
                all = ips.contains(m_entities[region].cidr);
            } else {
                for (EntityId z : std::as_const(zones))
                    all = all && ips.contains(m_entities[z].cidr);
            }
            if (all)
                found << qMakePair(e.id, cache);
        }
    }
    for (const auto &[from, to] : std::as_const(found))
        addLink(from, to);
}

void Importer::addInternetUsers()
{
    EntityIds facing;
    for (const Entity &e : std::as_const(m_entities)) {
        if (e.kind == EntityKind::LoadBalancer
            && e.loadBalancer.addressType == AddressType::Internet)
            facing << e.id;
    }
    if (facing.isEmpty())
        return;
    Entity users = makeEntity(EntityKind::Endpoint);
    users.endpoint.kind = EndpointKind::InternetUsers;
    users.name = Tr::tr("Internet users");
    const EntityId id = add(users, nullptr);
    for (EntityId lb : std::as_const(facing))
        addLink(id, lb);
}

void Importer::buildRegionNotes()
{
    auto regionOf = [&](Resource *r) -> EntityId {
        for (Resource *vpc : linkedOfType(*r, "vpc_id", QStringLiteral("alicloud_vpc")))
            return vpc->entity;
        return EntityId::None;
    };
    for (Resource *r : std::as_const(m_order)) {
        if (!r->managed)
            continue;
        const QString &t = r->type;
        if (t == QLatin1String("alicloud_nat_gateway")) {
            const EntityId region = regionOf(r);
            if (!isValid(region)) {
                r->reason = Tr::tr("its VPC is not in the input");
                continue;
            }
            r->understood = true;
            addNote(region,
                    Tr::tr("Outbound internet through NAT gateway %1 (%2).")
                            .arg(displayName(*r, "nat_gateway_name"), firstText(*r, "nat_type")));
        } else if (t == QLatin1String("alicloud_cen_transit_router_vpc_attachment")) {
            const EntityId region = regionOf(r);
            if (!isValid(region)) {
                r->reason = Tr::tr("its VPC is not in the input");
                continue;
            }
            r->understood = true;
            QString cen;
            for (Resource *c : linked(*r, "cen_id"))
                cen = displayName(*c, "cen_instance_name");
            addNote(region,
                    Tr::tr("Attached to CEN %1 through a transit router.")
                            .arg(cen.isEmpty() ? Tr::tr("(not in the input)") : cen));
        }
    }
    // Parts of NAT and CEN that need no entity: their gateway or instance says it all.
    for (const char *type :
         {"alicloud_eip_address", "alicloud_eip_association", "alicloud_snat_entry",
          "alicloud_cen_instance", "alicloud_cen_transit_router",
          "alicloud_cen_transit_router_peer_attachment", "alicloud_cen_transit_router_route_table",
          "alicloud_cen_transit_router_route_table_association",
          "alicloud_cen_transit_router_route_table_propagation", "alicloud_route_entry",
          "alicloud_ess_scaling_rule", "alicloud_ecs_launch_template",
          "alicloud_ess_scaling_configuration"})
        understood(QLatin1String(type));
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
        if (Entity *e = entity(it.key()))
            e->notes = it.value().join(QLatin1Char('\n'));
    }
}

} // namespace ecsplan::TerraformImport::detail
