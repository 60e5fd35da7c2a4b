#include "terraformimport_p.h"

#include "ecsplan_global.h"
#include "io/jsonguard.h"

#include <QRegularExpression>

#include <algorithm>

namespace ecsplan::TerraformImport::detail {

namespace {

/** Numeric-aware ordering of names ("rule_2" before "rule_10"). */
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const qulonglong na = a.mid(i, ei - i).toULongLong();
            const qulonglong nb = b.mid(j, ej - j).toULongLong();
            if (na != nb)
                return na < nb;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

} // namespace

// --- building ------------------------------------------------------------------------------

EntityId Importer::add(Entity e, Resource *from)
{
    e.id = m_nextId;
    m_nextId = entityId(toUInt(m_nextId) + 1);
    e.name = uniqueName(e.kind, e.name);
    if (from) {
        from->understood = true;
        from->entity = e.id;
    }
    m_entities.insert(e.id, e);
    return e.id;
}

void Importer::understood(const QString &type)
{
    for (Resource *r : std::as_const(m_order)) {
        if (r->type == type && r->managed)
            r->understood = true;
    }
}

void Importer::addNote(EntityId id, const QString &note)
{
    if (isValid(id) && !m_notes[id].contains(note))
        m_notes[id] << note;
}

EntityId Importer::zoneByCode(const QString &code, EntityId region) const
{
    if (code.isEmpty())
        return EntityId::None;
    for (const Entity &e : m_entities) {
        if (e.kind == EntityKind::Zone && e.code == code
            && (!isValid(region) || e.parent == region))
            return e.id;
    }
    return EntityId::None;
}

EntityId Importer::zoneOf(const Resource &r, const char *vswitchKey, const char *zoneKey)
{
    if (vswitchKey) {
        for (Resource *v : linkedOfType(r, vswitchKey, QStringLiteral("alicloud_vswitch"))) {
            if (isValid(v->entity))
                return v->entity;
        }
    }
    return zoneKey ? zoneByCode(firstText(r, zoneKey)) : EntityId::None;
}

/** The region a zone id belongs to: "cn-hangzhou-h" → "cn-hangzhou", "ap-southeast-1a" →
 *  "ap-southeast-1". */
QString regionOfZoneCode(const QString &zone)
{
    static const QRegularExpression dashed(QStringLiteral("^(.+)-[a-z]$"));
    static const QRegularExpression digitLetter(QStringLiteral("^(.+\\d)[a-z]$"));
    if (const auto m = digitLetter.match(zone); m.hasMatch())
        return m.captured(1);
    if (const auto m = dashed.match(zone); m.hasMatch())
        return m.captured(1);
    return {};
}

void Importer::buildNetwork()
{
    for (Resource *r : std::as_const(m_order)) {
        if (r->type != QLatin1String("alicloud_vpc") || !r->managed)
            continue;
        Entity region = makeEntity(EntityKind::Region);
        region.name = displayName(*r, "vpc_name");
        region.cidr = firstText(*r, "cidr_block");
        region.code = m_providerRegions.value(r->providerKey);
        add(region, r);
    }
    for (Resource *r : std::as_const(m_order)) {
        if (r->type != QLatin1String("alicloud_vswitch") || !r->managed)
            continue;
        const auto vpcs = linkedOfType(*r, "vpc_id", QStringLiteral("alicloud_vpc"));
        if (vpcs.isEmpty() || !isValid(vpcs.first()->entity)) {
            r->reason = Tr::tr("its VPC is not in the input");
            continue;
        }
        Entity zone = makeEntity(EntityKind::Zone);
        zone.name = displayName(*r, "vswitch_name");
        zone.code = firstText(*r, "zone_id");
        zone.cidr = firstText(*r, "cidr_block");
        zone.parent = vpcs.first()->entity;
        const EntityId id = add(zone, r);
        Entity &region = m_entities[zone.parent];
        if (region.code.isEmpty())
            region.code = regionOfZoneCode(m_entities[id].code);
    }
}

void Importer::buildSecurityGroups()
{
    for (Resource *r : std::as_const(m_order)) {
        if (r->type != QLatin1String("alicloud_security_group") || !r->managed)
            continue;
        const auto vpcs = linkedOfType(*r, "vpc_id", QStringLiteral("alicloud_vpc"));
        if (vpcs.isEmpty() || !isValid(vpcs.first()->entity)) {
            r->reason = Tr::tr("its VPC is not in the input");
            continue;
        }
        // The export's "<region>_default" group holds compute the design gave no group; it is
        // no component of the design, its rules become links.
        if (tag(*r, "managed-by") == QLatin1String("ecs-planner") && tag(*r, "component").isEmpty()
            && r->name.endsWith(QLatin1String("_default"))) {
            m_defaultGroups.insert(r);
            m_regionOfDefaultGroup.insert(r, vpcs.first()->entity);
            r->understood = true;
            continue;
        }
        Entity sg = makeEntity(EntityKind::SecurityGroup);
        sg.name = displayName(*r, "security_group_name");
        sg.notes = firstText(*r, "description");
        sg.rules.clear();
        sg.parent = vpcs.first()->entity;
        add(sg, r);
    }
}

void Importer::buildSecurityRules()
{
    QList<Resource *> rules;
    for (Resource *r : std::as_const(m_order)) {
        if (r->type == QLatin1String("alicloud_security_group_rule") && r->managed)
            rules << r;
    }
    std::stable_sort(rules.begin(), rules.end(), [](const Resource *a, const Resource *b) {
        return naturalLess(a->name, b->name);
    });
    static const QRegularExpression linkName(QStringLiteral("_link_\\d+$"));
    static const QRegularExpression from(QStringLiteral("^From (.+)$"));
    static const QRegularExpression health(QStringLiteral("^Health checks of (.+)$"));
    QSet<QString> components; // names a link rule may come from
    for (const Entity &e : std::as_const(m_entities)) {
        if (e.isCompute() || e.kind == EntityKind::LoadBalancer)
            components.insert(e.name);
    }
    for (Resource *r : std::as_const(rules)) {
        const auto groups
                = linkedOfType(*r, "security_group_id", QStringLiteral("alicloud_security_group"));
        Resource *group = groups.isEmpty() ? nullptr : groups.first();
        if (!group || (!isValid(group->entity) && !m_defaultGroups.contains(group))) {
            r->reason = Tr::tr("its security group is not in the input");
            continue;
        }
        for (const json &v : std::as_const(r->instances)) {
            const QString description = text(v, "description");
            if (linkName.match(r->name).hasMatch()) {
                if (const auto m = from.match(description);
                    m.hasMatch() && components.contains(m.captured(1))) {
                    m_linkRules << LinkRule{group, m.captured(1), false};
                    r->understood = true;
                    continue;
                }
                if (const auto m = health.match(description);
                    m.hasMatch() && components.contains(m.captured(1))) {
                    m_linkRules << LinkRule{group, m.captured(1), true};
                    r->understood = true;
                    continue;
                }
            }
            if (!isValid(group->entity)) {
                r->reason = Tr::tr("a rule of the export's default group that no link explains");
                continue;
            }
            SecurityRule rule;
            const QString type = text(v, "type").toLower();
            rule.ingress = type != QLatin1String("egress");
            QString protocol = text(v, "ip_protocol").toLower();
            if (protocol == QLatin1String("icmpv6"))
                protocol = QStringLiteral("icmp");
            if (protocol != QLatin1String("tcp") && protocol != QLatin1String("udp")
                && protocol != QLatin1String("icmp") && protocol != QLatin1String("all")) {
                r->reason = Tr::tr("protocol \"%1\" has no equivalent in a design")
                                    .arg(JsonGuard::preview(protocol));
                continue;
            }
            rule.protocol = protocol;
            rule.portFrom = rule.portTo = SecurityRule::AllPorts;
            const QStringList range = text(v, "port_range").split(QLatin1Char('/'));
            if ((protocol == QLatin1String("tcp") || protocol == QLatin1String("udp"))
                && range.size() == 2) {
                const int a = range[0].toInt(), b = range[1].toInt();
                if (!(a <= 1 && b >= SecurityRule::MaxPort) && a >= 1 && b >= a
                    && b <= SecurityRule::MaxPort) {
                    rule.portFrom = a;
                    rule.portTo = b;
                }
            }
            rule.cidr = text(v, "cidr_ip");
            if (rule.cidr.isEmpty())
                rule.cidr = text(v, "ipv6_cidr_ip");
            if (rule.cidr.isEmpty()) {
                r->reason = Tr::tr("rules from another security group or a prefix list have no "
                                   "equivalent in a design");
                continue;
            }
            rule.accept = text(v, "policy").toLower() != QLatin1String("drop");
            rule.priority = int(std::clamp<qint64>(number(v, "priority").value_or(1),
                                                   SecurityRule::HighestPriority,
                                                   SecurityRule::LowestPriority));
            rule.description = description;
            m_entities[group->entity].rules << rule;
            r->understood = true;
        }
    }
}

EntityIds Importer::securityGroupsOf(const Resource &r, const char *key)
{
    EntityIds ids;
    for (Resource *g : linkedOfType(r, key, QStringLiteral("alicloud_security_group"))) {
        if (isValid(g->entity) && !ids.contains(g->entity))
            ids << g->entity;
    }
    return ids;
}

} // namespace ecsplan::TerraformImport::detail
