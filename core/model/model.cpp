#include "model.h"

#include "ecsplan_global.h"
#include "limits.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace ecsplan {

namespace {

bool idLess(EntityId a, EntityId b)
{
    return toUInt(a) < toUInt(b);
}

void sortIds(EntityIds &ids)
{
    std::sort(ids.begin(), ids.end(), idLess);
}

/** The nearest entity of `kind` up the parent chain (from `id` itself); bounded like
 * descendantsOf, at most one step per entity. */
const Entity *ancestorOfKind(const Model &model, EntityId id, EntityKind kind)
{
    qsizetype steps = 0;
    for (const Entity *e = model.find(id); e && steps <= model.size();
         e = isValid(e->parent) ? model.find(e->parent) : nullptr, ++steps) {
        if (e->kind == kind)
            return e;
    }
    return nullptr;
}

} // namespace

const Entity *Model::find(EntityId id) const
{
    return m_entities.find(id);
}

EntityIds Model::ids() const
{
    EntityIds result = m_entities.keys();
    sortIds(result);
    return result;
}

EntityIds Model::ids(EntityKind kind) const
{
    if (kind == EntityKind::Region)
        return m_regions;
    EntityIds result;
    for (const Entity &e : m_entities) {
        if (e.kind == kind)
            result << e.id;
    }
    sortIds(result);
    return result;
}

EntityIds Model::descendantsOf(EntityId container) const
{
    EntityIds result;
    EntityIds queue = childrenOf(container);
    // A model never holds a parent loop (the loader and checkReference refuse them); the bound
    // keeps a broken invariant from turning into an endless loop.
    for (qsizetype i = 0; i < queue.size() && queue.size() <= m_entities.size(); ++i) {
        result << queue[i];
        queue << childrenOf(queue[i]);
    }
    return result;
}

EntityId Model::zoneOf(EntityId id) const
{
    const Entity *zone = ancestorOfKind(*this, id, EntityKind::Zone);
    return zone ? zone->id : EntityId::None;
}

EntityId Model::regionOf(EntityId id) const
{
    const Entity *region = ancestorOfKind(*this, id, EntityKind::Region);
    return region ? region->id : EntityId::None;
}

EntityIds Model::spannedZones(EntityId id) const
{
    const Entity *e = find(id);
    if (!e)
        return {};
    if (!e->zones.isEmpty())
        return e->zones;
    const EntityId zone = zoneOf(id);
    return isValid(zone) ? EntityIds{zone} : EntityIds{};
}

const Entity *Model::findByName(EntityKind kind, const QString &name) const
{
    for (const Entity &e : m_entities) {
        if (e.kind == kind && e.name == name)
            return &e;
    }
    return nullptr;
}

void Model::insert(const Entity &entity)
{
    Q_ASSERT(isValid(entity.id) && !m_entities.contains(entity.id));
    index(m_entities.insert(entity));
    m_nextId = std::max(m_nextId, toUInt(entity.id) + 1);
}

void Model::insert(Entity &&entity)
{
    Q_ASSERT(isValid(entity.id) && !m_entities.contains(entity.id));
    const EntityId id = entity.id;
    index(m_entities.insert(std::move(entity)));
    m_nextId = std::max(m_nextId, toUInt(id) + 1);
}

Entity Model::take(EntityId id)
{
    Entity e = m_entities.take(id);
    unindex(e);
    return e;
}

bool Model::setProperty(EntityId id, Property p, const QVariant &value)
{
    Entity *it = m_entities.find(id);
    if (!it)
        return false;
    const bool indexed = p == Property::Parent || p == Property::LinkFrom || p == Property::LinkTo
            || p == Property::AttachedTo;
    if (indexed && propertyValue(*it, p) == value)
        return false; // keeps the index order: a no-op must not reorder childrenOf()
    if (indexed)
        unindex(*it);
    const bool changed = setPropertyValue(*it, p, value);
    if (indexed)
        index(*it);
    return changed;
}

void Model::clear()
{
    m_entities.clear();
    m_children.clear();
    m_links.clear();
    m_attached.clear();
    m_regions.clear();
    m_settings = DesignSettings();
    m_nextId = 1;
}

void Model::index(const Entity &e)
{
    if (isValid(e.parent))
        m_children[e.parent].append(e.id);
    if (e.kind == EntityKind::Link) {
        m_links[e.link.from].append(e.id);
        if (e.link.to != e.link.from)
            m_links[e.link.to].append(e.id);
    }
    if (e.kind == EntityKind::Disk && isValid(e.disk.attachedTo))
        m_attached[e.disk.attachedTo].append(e.id);
    if (e.kind == EntityKind::Region)
        m_regions.insert(std::upper_bound(m_regions.begin(), m_regions.end(), e.id, idLess), e.id);
}

void Model::unindex(const Entity &e)
{
    auto drop = [&e](QHash<EntityId, EntityIds> &index, EntityId key) {
        auto it = index.find(key);
        if (it == index.end())
            return;
        it->removeOne(e.id);
        if (it->isEmpty())
            index.erase(it);
    };
    if (isValid(e.parent))
        drop(m_children, e.parent);
    if (e.kind == EntityKind::Link) {
        drop(m_links, e.link.from);
        drop(m_links, e.link.to);
    }
    if (e.kind == EntityKind::Disk && isValid(e.disk.attachedTo))
        drop(m_attached, e.disk.attachedTo);
    if (e.kind == EntityKind::Region) {
        const auto at = std::lower_bound(m_regions.begin(), m_regions.end(), e.id, idLess);
        if (at != m_regions.end() && *at == e.id)
            m_regions.erase(at);
    }
}

namespace {

/** The kind as the subject of a sentence, with its article: "a cloud disk", "ECS instances". */
QString subjectOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Region:
        return Tr::tr("a region");
    case EntityKind::Zone:
        return Tr::tr("a zone");
    case EntityKind::InstanceGroup:
        return Tr::tr("ECS instances");
    case EntityKind::ScalingGroup:
        return Tr::tr("a scaling group");
    case EntityKind::Disk:
        return Tr::tr("a cloud disk");
    case EntityKind::Cache:
        return Tr::tr("a Redis / Tair cache");
    case EntityKind::LoadBalancer:
        return Tr::tr("a load balancer");
    case EntityKind::SecurityGroup:
        return Tr::tr("a security group");
    case EntityKind::Endpoint:
        return Tr::tr("an endpoint");
    case EntityKind::Link:
        return Tr::tr("a link");
    }
    return {};
}

QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

namespace {

/** Model::checkPlacement() with `p` the parent found (nullptr when there is none). */
QString placementProblem(EntityKind kind, EntityId parent, const Entity *p)
{
    if (isValid(parent) && !p)
        return Tr::tr("The container #%1 does not exist.").arg(toUInt(parent));
    const EntityKind parentKind = p ? p->kind : EntityKind::Link; // Link stands for "none"
    switch (kind) {
    case EntityKind::Region:
    case EntityKind::Endpoint:
    case EntityKind::Link:
        if (p)
            return sentence(Tr::tr("%1 is placed on the canvas itself, not inside %2.")
                                    .arg(subjectOf(kind), subjectOf(parentKind)));
        return {};
    case EntityKind::Zone:
        if (parentKind != EntityKind::Region)
            return Tr::tr("A zone must be placed inside a region.");
        return {};
    case EntityKind::InstanceGroup:
    case EntityKind::Disk:
    case EntityKind::Cache:
        if (parentKind != EntityKind::Zone)
            return sentence(
                    Tr::tr("%1 must be placed inside an availability zone.").arg(subjectOf(kind)));
        return {};
    case EntityKind::ScalingGroup:
    case EntityKind::LoadBalancer:
    case EntityKind::SecurityGroup:
        if (parentKind != EntityKind::Zone && parentKind != EntityKind::Region)
            return sentence(Tr::tr("%1 must be placed inside a region or an availability zone.")
                                    .arg(subjectOf(kind)));
        return {};
    }
    return {};
}

} // namespace

QString Model::checkPlacement(EntityKind kind, EntityId parent) const
{
    return placementProblem(kind, parent, find(parent));
}

namespace {

/** Model::checkReference() of a value already typed: `ref` for an Id property, `ids` for Ids. */
QString checkReferenceTo(const Model &model, const Entity &entity, Property p, EntityId ref,
                         const EntityIds &ids)
{
    auto kindOf = [&model](EntityId id) {
        const Entity *e = model.find(id);
        return e ? std::optional(e->kind) : std::nullopt;
    };
    switch (p) {
    case Property::Parent: {
        const EntityId parent = ref;
        if (parent == entity.id)
            return Tr::tr("An entity cannot contain itself.");
        const Entity *found = model.find(parent);
        qsizetype steps = 0;
        for (const Entity *e = found; e; e = isValid(e->parent) ? model.find(e->parent) : nullptr) {
            if (e->id == entity.id)
                return Tr::tr("A container cannot be moved into its own content.");
            if (++steps > model.size())
                return Tr::tr("The containers above #%1 form a loop.").arg(toUInt(parent));
        }
        return placementProblem(entity.kind, parent, found);
    }
    case Property::Zones: {
        const EntityId region = model.regionOf(entity.parent);
        for (EntityId z : ids) {
            if (kindOf(z) != EntityKind::Zone)
                return Tr::tr("#%1 is not an availability zone.").arg(toUInt(z));
            if (isValid(region) && model.regionOf(z) != region)
                return Tr::tr("Zone \"%1\" is in another region.").arg(model.find(z)->name);
        }
        return {};
    }
    case Property::SecurityGroups:
        for (EntityId sg : ids) {
            if (kindOf(sg) != EntityKind::SecurityGroup)
                return Tr::tr("#%1 is not a security group.").arg(toUInt(sg));
        }
        return {};
    case Property::AttachedTo: {
        const EntityId target = ref;
        if (!isValid(target))
            return {};
        const Entity *t = model.find(target);
        if (!t || !t->isCompute())
            return Tr::tr("A disk can only be attached to ECS instances or a scaling group.");
        // A new attachment (the loader checks whole files against the catalog's maximum).
        if (entity.disk.attachedTo != target
            && model.disksAttachedTo(target).size() >= Limits::MaxDataDisksPerInstance)
            return Tr::tr("\"%1\" already has %2 data disks attached, the most an instance takes.")
                    .arg(t->name.left(60), QString::number(model.disksAttachedTo(target).size()));
        if (t->kind == EntityKind::InstanceGroup && isValid(entity.parent)
            && model.zoneOf(target) != model.zoneOf(entity.id))
            return Tr::tr("Disk \"%1\" and instances \"%2\" are in different zones; a cloud disk "
                          "can only be attached in its own zone.")
                    .arg(entity.name, t->name);
        return {};
    }
    case Property::ReadReplicaOf: {
        const EntityId primary = ref;
        if (!isValid(primary))
            return {};
        if (primary == entity.id || kindOf(primary) != EntityKind::Cache)
            return Tr::tr("A read replica must point at another cache.");
        return {};
    }
    case Property::LinkFrom:
    case Property::LinkTo: {
        const EntityId end = ref;
        const Entity *e = model.find(end);
        if (!e)
            return Tr::tr("The link end #%1 does not exist.").arg(toUInt(end));
        if (e->isLink() || e->isContainer() || e->kind == EntityKind::SecurityGroup)
            return Tr::tr("A link connects two components, not a %1.").arg(displayName(e->kind));
        const EntityId other = p == Property::LinkFrom ? entity.link.to : entity.link.from;
        if (other == end)
            return Tr::tr("A link cannot connect a component to itself.");
        return {};
    }
    default:
        return {};
    }
}

} // namespace

QString Model::checkReference(const Entity &entity, Property p, const QVariant &value) const
{
    switch (p) {
    case Property::Parent:
    case Property::AttachedTo:
    case Property::ReadReplicaOf:
    case Property::LinkFrom:
    case Property::LinkTo:
        return checkReferenceTo(*this, entity, p, value.value<EntityId>(), {});
    case Property::Zones:
    case Property::SecurityGroups:
        return checkReferenceTo(*this, entity, p, EntityId::None, value.value<EntityIds>());
    default:
        return {};
    }
}

QString Model::checkEntity(const Entity &entity) const
{
    // checkReference() of each reference the entity holds, without a QVariant of its value, in
    // this order; the parent of every kind, the others of the kinds that have them.
    static constexpr Property References[]
            = {Property::Parent,     Property::Zones,         Property::SecurityGroups,
               Property::AttachedTo, Property::ReadReplicaOf, Property::LinkFrom,
               Property::LinkTo};
    static const std::array<quint8, EntityKindCount> referencesOf = [] {
        std::array<quint8, EntityKindCount> table{};
        for (int k = 0; k < EntityKindCount; ++k) {
            for (size_t i = 0; i < std::size(References); ++i) {
                if (References[i] == Property::Parent
                    || hasProperty(static_cast<EntityKind>(k), References[i]))
                    table[size_t(k)] |= quint8(1u << i);
            }
        }
        return table;
    }();
    const quint8 held = referencesOf[size_t(entity.kind)];
    for (size_t i = 0; i < std::size(References); ++i) {
        if (!(held & (1u << i)))
            continue;
        const Property p = References[i];
        QString problem;
        switch (p) {
        case Property::Parent:
            problem = checkReferenceTo(*this, entity, p, entity.parent, {});
            break;
        case Property::Zones:
            problem = checkReferenceTo(*this, entity, p, EntityId::None, entity.zones);
            break;
        case Property::SecurityGroups:
            problem = checkReferenceTo(*this, entity, p, EntityId::None,
                                       entity.compute.securityGroups);
            break;
        case Property::AttachedTo:
            problem = checkReferenceTo(*this, entity, p, entity.disk.attachedTo, {});
            break;
        case Property::ReadReplicaOf:
            problem = checkReferenceTo(*this, entity, p, entity.cache.readReplicaOf, {});
            break;
        case Property::LinkFrom:
            problem = checkReferenceTo(*this, entity, p, entity.link.from, {});
            break;
        case Property::LinkTo:
            problem = checkReferenceTo(*this, entity, p, entity.link.to, {});
            break;
        default:
            break;
        }
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace ecsplan
