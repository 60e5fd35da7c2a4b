#include "ruleindex.h"

#include "model/model.h"

#include <algorithm>

namespace ecsplan {
namespace {

bool ascending(EntityId a, EntityId b)
{
    return toUInt(a) < toUInt(b);
}

void insertSorted(EntityIds &list, EntityId id)
{
    list.insert(std::upper_bound(list.begin(), list.end(), id, ascending), id);
}

void removeSorted(QHash<EntityId, EntityIds> &index, EntityId key, EntityId id)
{
    const auto it = index.find(key);
    if (it == index.end())
        return;
    const auto at = std::lower_bound(it->begin(), it->end(), id, ascending);
    if (at != it->end() && *at == id)
        it->erase(at);
    if (it->isEmpty())
        index.erase(it);
}

} // namespace

RuleIndex::Refs RuleIndex::refsOf(const Model &model, const Entity &e)
{
    Refs refs;
    if (e.isCompute()) {
        refs.compute = true;
        refs.securityGroups = e.compute.securityGroups;
    } else if (e.kind == EntityKind::Cache) {
        refs.replicaOf = e.cache.readReplicaOf;
    } else if (e.kind == EntityKind::Zone) {
        refs.zone = true;
        refs.region = model.regionOf(e.id);
    }
    return refs;
}

void RuleIndex::build(const Model &model)
{
    m_recorded.clear();
    m_computes.clear();
    m_sgUsers.clear();
    m_replicas.clear();
    m_regionZones.clear();
    for (const Entity &e : model.entities()) { // hash order: sorted below
        Refs refs = refsOf(model, e);
        if (refs.compute) {
            m_computes << e.id;
            for (EntityId sg : std::as_const(refs.securityGroups))
                m_sgUsers[sg] << e.id;
        } else if (isValid(refs.replicaOf)) {
            m_replicas[refs.replicaOf] << e.id;
        } else if (refs.zone) {
            m_regionZones[refs.region] << e.id;
        } else {
            continue;
        }
        m_recorded.insert(e.id, std::move(refs));
    }
    std::sort(m_computes.begin(), m_computes.end(), ascending);
    for (auto *index : {&m_sgUsers, &m_replicas, &m_regionZones}) {
        for (EntityIds &list : *index)
            std::sort(list.begin(), list.end(), ascending);
    }
}

void RuleIndex::update(const Model &model, EntityId id)
{
    const Entity *e = model.find(id);
    Refs now = e ? refsOf(model, *e) : Refs();
    const bool adds = now.compute || isValid(now.replicaOf) || now.zone;
    const auto it = m_recorded.find(id);
    if (it != m_recorded.end()) {
        const Refs &old = *it;
        if (adds && old.compute == now.compute && old.securityGroups == now.securityGroups
            && old.replicaOf == now.replicaOf && old.zone == now.zone && old.region == now.region)
            return; // the common edit: nothing the lists hold
        remove(id, old);
        m_recorded.erase(it);
    }
    if (adds) {
        add(id, now);
        m_recorded.insert(id, std::move(now));
    }
}

void RuleIndex::add(EntityId id, const Refs &refs)
{
    if (refs.compute) {
        insertSorted(m_computes, id);
        for (EntityId sg : refs.securityGroups)
            insertSorted(m_sgUsers[sg], id);
    } else if (isValid(refs.replicaOf)) {
        insertSorted(m_replicas[refs.replicaOf], id);
    } else if (refs.zone) {
        insertSorted(m_regionZones[refs.region], id);
    }
}

void RuleIndex::remove(EntityId id, const Refs &refs)
{
    if (refs.compute) {
        const auto at = std::lower_bound(m_computes.begin(), m_computes.end(), id, ascending);
        if (at != m_computes.end() && *at == id)
            m_computes.erase(at);
        for (EntityId sg : refs.securityGroups)
            removeSorted(m_sgUsers, sg, id);
    } else if (isValid(refs.replicaOf)) {
        removeSorted(m_replicas, refs.replicaOf, id);
    } else if (refs.zone) {
        removeSorted(m_regionZones, refs.region, id);
    }
}

} // namespace ecsplan
