#include "smalldesign.h"

namespace ecsplan::test {

SmallDesign::SmallDesign() = default;

EntityId SmallDesign::add(Entity e)
{
    e.id = m_model.allocateId();
    if (!e.isContainer()) // unique, predictable names for messages
        e.name = QStringLiteral("%1-%2").arg(toCode(e.kind)).arg(toUInt(e.id));
    m_pending.insert(e.id, e);
    m_order << e.id;
    return e.id;
}

QPointF SmallDesign::nextSlot(EntityId container)
{
    const int slot = m_slots[container]++;
    const QRectF box = m_pending.contains(container) ? m_pending[container].geometry : QRectF();
    return box.topLeft() + QPointF(20 + (slot % 4) * 140, 40 + (slot / 4) * 110);
}

EntityId SmallDesign::region(const QString &code, const QString &cidr)
{
    const int index = m_slots[EntityId::None]++;
    Entity e = makeEntity(EntityKind::Region, QPointF(index * 2000.0, 0));
    e.geometry.setSize(QSizeF(1900, 1200));
    e.code = code;
    e.cidr = cidr;
    e.name = code;
    return add(e);
}

EntityId SmallDesign::zone(EntityId region, const QString &code)
{
    const int index = m_slots[region]++;
    Entity e = makeEntity(EntityKind::Zone,
                          m_pending[region].geometry.topLeft() + QPointF(20 + index * 620, 300));
    e.geometry.setSize(QSizeF(600, 850));
    e.parent = region;
    e.code = code;
    e.name = code;
    return add(e);
}

EntityId SmallDesign::instances(EntityId zone, const QString &type, int count, const QString &role,
                                const QStringList &tags)
{
    Entity e = makeEntity(EntityKind::InstanceGroup, nextSlot(zone));
    e.parent = zone;
    e.compute.instanceType = type;
    e.compute.count = count;
    e.compute.role = role;
    e.compute.tags = tags;
    return add(e);
}

EntityId SmallDesign::scalingGroup(EntityId region, const EntityIds &zones, const QString &type,
                                   int min, int desired, int max, const QString &role,
                                   const QStringList &tags)
{
    Entity e = makeEntity(EntityKind::ScalingGroup,
                          m_pending[region].geometry.topLeft()
                                  + QPointF(20 + m_slots[region]++ * 150, 40));
    e.parent = region;
    e.zones = zones;
    e.compute.instanceType = type;
    e.compute.minSize = min;
    e.compute.desiredSize = desired;
    e.compute.maxSize = max;
    e.compute.role = role;
    e.compute.tags = tags;
    return add(e);
}

EntityId SmallDesign::disk(EntityId zone, const QString &level, int sizeGiB, EntityId attachedTo,
                           int targetIops)
{
    Entity e = makeEntity(EntityKind::Disk, nextSlot(zone));
    e.parent = zone;
    e.disk.category = QStringLiteral("cloud_essd");
    e.disk.level = level;
    e.disk.sizeGiB = sizeGiB;
    e.disk.attachedTo = attachedTo;
    e.disk.targetIops = targetIops;
    return add(e);
}

EntityId SmallDesign::cache(EntityId zone)
{
    Entity e = makeEntity(EntityKind::Cache, nextSlot(zone));
    e.parent = zone;
    return add(e);
}

EntityId SmallDesign::loadBalancer(EntityId zone, LoadBalancerKind kind, const QString &edition)
{
    Entity e = makeEntity(EntityKind::LoadBalancer, nextSlot(zone));
    e.parent = zone;
    e.loadBalancer.kind = kind;
    if (!edition.isEmpty())
        e.loadBalancer.edition = edition;
    return add(e);
}

EntityId SmallDesign::securityGroup(EntityId region, const SecurityRules &rules)
{
    Entity e = makeEntity(EntityKind::SecurityGroup,
                          m_pending[region].geometry.topLeft()
                                  + QPointF(20 + m_slots[region]++ * 150, 160));
    e.parent = region;
    e.rules = rules;
    return add(e);
}

EntityId SmallDesign::internetUsers()
{
    Entity e = makeEntity(EntityKind::Endpoint,
                          QPointF(-300, 100 + m_slots[EntityId::None]++ * 120));
    e.endpoint.kind = EndpointKind::InternetUsers;
    return add(e);
}

EntityId SmallDesign::externalRegion(const QString &code)
{
    Entity e = makeEntity(EntityKind::Endpoint,
                          QPointF(-300, 100 + m_slots[EntityId::None]++ * 120));
    e.endpoint.kind = EndpointKind::ExternalRegion;
    e.endpoint.location = code;
    return add(e);
}

EntityId SmallDesign::link(EntityId from, EntityId to, double gbPerMonth, double readFraction,
                           LinkPath path)
{
    Entity e = makeEntity(EntityKind::Link);
    e.link.from = from;
    e.link.to = to;
    e.link.gbPerMonth = gbPerMonth;
    e.link.readFraction = readFraction;
    e.link.path = path;
    return add(e);
}

Entity &SmallDesign::operator[](EntityId id)
{
    return m_pending[id];
}

Model SmallDesign::take()
{
    for (EntityId id : std::as_const(m_order))
        m_model.insert(m_pending.value(id));
    m_pending.clear();
    m_order.clear();
    return std::move(m_model);
}

} // namespace ecsplan::test
