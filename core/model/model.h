#pragma once

#include "designsettings.h"
#include "entity.h"
#include "entitytable.h"
#include "properties.h"

#include <QHash>

namespace ecsplan {

/**
 * The design: entities by id plus the settings. Plain C++ (not a QObject). It keeps four
 * derived indexes (children of a container, links touching a node, disks attached to a compute
 * group, the regions) up to date on every mutation so lookups stay O(1) at 50,000 entities.
 *
 * Mutators do not validate: Document verbs validate with the check* functions before they
 * push a command, and commands only replay edits that were valid when first made.
 */
class Model
{
public:
    const Entity *find(EntityId id) const;
    bool contains(EntityId id) const { return m_entities.contains(id); }
    int size() const { return int(m_entities.size()); }
    /** All ids in ascending order (deterministic iteration for files and exports). */
    EntityIds ids() const;
    /** Ids of the entities of one kind, ascending (regions: kept, no pass over the model). */
    EntityIds ids(EntityKind kind) const;
    const EntityTable &entities() const { return m_entities; }

    EntityIds childrenOf(EntityId container) const { return m_children.value(container); }
    /** Children, grandchildren ... of a container, parents before children. */
    EntityIds descendantsOf(EntityId container) const;
    EntityIds linksOf(EntityId node) const { return m_links.value(node); }
    EntityIds disksAttachedTo(EntityId compute) const { return m_attached.value(compute); }
    /** The zone an entity is in (itself for a zone), or None. */
    EntityId zoneOf(EntityId id) const;
    /** The region an entity is in (itself for a region), or None. */
    EntityId regionOf(EntityId id) const;
    /** Zones a scaling group or load balancer spans (its `zones`, else its parent zone). */
    EntityIds spannedZones(EntityId id) const;
    const Entity *findByName(EntityKind kind, const QString &name) const;

    EntityId allocateId() { return entityId(m_nextId++); }
    quint32 nextId() const { return m_nextId; }

    void insert(const Entity &entity);
    void insert(Entity &&entity);
    /** Room for `entities` entities without growing the table (a loader knows its count). */
    void reserve(qsizetype entities) { m_entities.reserve(entities); }
    Entity take(EntityId id);
    /** Sets one property; returns true when the value changed. */
    bool setProperty(EntityId id, Property p, const QVariant &value);

    const DesignSettings &settings() const { return m_settings; }
    void setSettings(const DesignSettings &settings) { m_settings = settings; }

    void clear();

    // Invariant checks; each returns an empty string or a translated reason.
    QString checkPlacement(EntityKind kind, EntityId parent) const;
    QString checkReference(const Entity &entity, Property p, const QVariant &value) const;
    QString checkEntity(const Entity &entity) const;

private:
    void index(const Entity &e);
    void unindex(const Entity &e);

    EntityTable m_entities;
    QHash<EntityId, EntityIds> m_children;
    QHash<EntityId, EntityIds> m_links;
    QHash<EntityId, EntityIds> m_attached;
    EntityIds m_regions; ///< ascending: few, and the deployability rules compare them
    DesignSettings m_settings;
    quint32 m_nextId = 1;
};

} // namespace ecsplan
