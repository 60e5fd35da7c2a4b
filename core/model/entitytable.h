#pragma once

#include "entity.h"

#include <QHash>

#include <array>
#include <iterator>
#include <memory>
#include <vector>

namespace ecsplan {

/**
 * The Model's entities by id: each entity stored once in fixed chunks of slots (no hash node per
 * entity, no half-empty hash spans: a QHash<EntityId, Entity> took ~900 bytes an entity at
 * 50,000 components, this ~690), found through a table indexed by id when the ids are dense
 * (a hash for outlying ids).
 *
 * Addresses are stable: an entity stays where it is until it is taken (insert() moves none).
 * Iteration visits every entity once in slot order (the order of insertion, taken slots reused),
 * which, like a QHash's, is no order to rely on: sort by id where order matters (Model::ids()).
 * Equality is a map's: the same ids with equal entities, in any order.
 */
class EntityTable
{
    static constexpr qsizetype ChunkSize = 64; ///< ~43 KiB a chunk
    using Chunk = std::array<Entity, ChunkSize>;

public:
    EntityTable() = default;
    EntityTable(const EntityTable &other);
    EntityTable &operator=(const EntityTable &other);
    EntityTable(EntityTable &&other) noexcept;
    EntityTable &operator=(EntityTable &&other) noexcept;
    ~EntityTable() = default;

    const Entity *find(EntityId id) const
    {
        const qint32 s = slotOf(id);
        return s < 0 ? nullptr : &at(s);
    }
    Entity *find(EntityId id)
    {
        const qint32 s = slotOf(id);
        return s < 0 ? nullptr : &at(s);
    }
    bool contains(EntityId id) const { return slotOf(id) >= 0; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /** Ids in iteration order. */
    EntityIds keys() const;

    /** Room for `entities` entities without growing. */
    void reserve(qsizetype entities);
    /** Stores `entity` under its id, which must be valid and absent; returns where it is. */
    Entity &insert(Entity &&entity);
    Entity &insert(const Entity &entity) { return insert(Entity(entity)); }
    /** Removes the entity of `id` and returns it (a default Entity when absent). */
    Entity take(EntityId id);
    void clear();

    /** Visits the entities (holes skipped): `*it` and `it.value()` are the entity, `it.key()`
     * its id. */
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Entity;
        using difference_type = std::ptrdiff_t;
        using pointer = const Entity *;
        using reference = const Entity &;

        const_iterator() = default;
        reference operator*() const { return m_table->at(m_slot); }
        pointer operator->() const { return &m_table->at(m_slot); }
        reference value() const { return m_table->at(m_slot); }
        EntityId key() const { return m_table->at(m_slot).id; }
        const_iterator &operator++()
        {
            m_slot = m_table->nextLive(m_slot + 1);
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++*this;
            return before;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b)
        {
            return a.m_slot == b.m_slot;
        }

    private:
        friend class EntityTable;
        const_iterator(const EntityTable *table, qint32 slot)
            : m_table(table)
            , m_slot(slot)
        {
        }
        const EntityTable *m_table = nullptr;
        qint32 m_slot = 0;
    };
    using iterator = const_iterator;

    const_iterator begin() const { return {this, nextLive(0)}; }
    const_iterator end() const { return {this, m_used}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    friend bool operator==(const EntityTable &a, const EntityTable &b);
    friend bool operator!=(const EntityTable &a, const EntityTable &b) { return !(a == b); }

private:
    const Entity &at(qint32 slot) const
    {
        return (*m_chunks[size_t(slot / ChunkSize)])[size_t(slot % ChunkSize)];
    }
    Entity &at(qint32 slot)
    {
        return (*m_chunks[size_t(slot / ChunkSize)])[size_t(slot % ChunkSize)];
    }
    qint32 slotOf(EntityId id) const
    {
        const quint32 v = toUInt(id);
        if (v < m_dense.size())
            return m_dense[v];
        if (m_far.isEmpty())
            return -1;
        return m_far.value(v, -1);
    }
    /** The first slot from `slot` on that holds an entity, or m_used. */
    qint32 nextLive(qint32 slot) const
    {
        while (slot < m_used && !isValid(at(slot).id))
            ++slot;
        return slot;
    }
    void setSlotOf(quint32 id, qint32 slot);

    std::vector<std::unique_ptr<Chunk>> m_chunks;
    qint32 m_used = 0; ///< slots handed out so far (holes included)
    qsizetype m_size = 0;
    std::vector<qint32> m_free; ///< taken slots, reused first
    std::vector<qint32> m_dense; ///< slot by id, -1: none; ids beyond it are in m_far
    QHash<quint32, qint32> m_far;
};

} // namespace ecsplan
