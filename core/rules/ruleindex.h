#pragma once

#include "model/entity.h"

#include <QHash>

namespace ecsplan {

class Model;

/**
 * The reverse references rules ask about (RuleContext::usersOfSecurityGroup, replicasOf,
 * zonesOfRegion of an invalid region, computeIds), each list ascending: what one pass over the
 * model gives. A RuleContext builds one for its batch on first use; RulesEngine keeps one
 * across batches and updates it from each change's entities, so an edit near a cache or a
 * security group costs the same on any design size (issue #15: the pass was 59 % of an edit at
 * 10,000 components).
 *
 * Up to date while every entity whose kind, security groups, read replica source or place
 * (a zone's region) changed since build() went through update().
 */
class RuleIndex
{
public:
    /** From scratch: one pass over `model`. */
    void build(const Model &model);
    /** `id` was added, changed or removed in `model`: re-records what it refers to. */
    void update(const Model &model, EntityId id);

    /** Every instance group and scaling group, ascending. */
    const EntityIds &computes() const { return m_computes; }
    EntityIds usersOfSecurityGroup(EntityId securityGroup) const
    {
        return m_sgUsers.value(securityGroup);
    }
    EntityIds replicasOf(EntityId cache) const { return m_replicas.value(cache); }
    /** Zones whose region (Model::regionOf) is `region` (also None: zones outside any). */
    EntityIds zonesOfRegion(EntityId region) const { return m_regionZones.value(region); }

    /** Same lists (tests: an updated index equals one built from scratch). */
    friend bool operator==(const RuleIndex &a, const RuleIndex &b)
    {
        return a.m_computes == b.m_computes && a.m_sgUsers == b.m_sgUsers
                && a.m_replicas == b.m_replicas && a.m_regionZones == b.m_regionZones;
    }

private:
    /** What one entity adds to the lists (recorded to take it out again). */
    struct Refs
    {
        bool compute = false;
        EntityIds securityGroups; ///< a compute entity's, as listed (repeats count)
        EntityId replicaOf = EntityId::None; ///< a cache's read replica source
        bool zone = false;
        EntityId region = EntityId::None; ///< a zone's region
    };
    static Refs refsOf(const Model &model, const Entity &e);
    void add(EntityId id, const Refs &refs);
    void remove(EntityId id, const Refs &refs);

    QHash<EntityId, Refs> m_recorded; ///< entities that add to a list
    EntityIds m_computes;
    QHash<EntityId, EntityIds> m_sgUsers, m_replicas, m_regionZones;
};

} // namespace ecsplan
