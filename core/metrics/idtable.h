#pragma once

#include "model/ids.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace ecsplan {

/**
 * A map from entity id to T for the metrics engine's per-entity results: the values sit in one
 * vector, found through a slot index per id. Ids are usually dense (a design's ids run from 1
 * to about its size), so a lookup is an index, not a hash. An id far beyond the table's size
 * (a hand-edited file may use 4000000000) is found through a hash instead: memory follows the
 * number of values (or the population reserve() names), never the value of the largest id.
 *
 * Pointers returned by find() are valid until the next insert() or remove().
 */
template<typename T>
class IdTable
{
public:
    const T *find(EntityId id) const
    {
        const qint32 s = slot(id);
        return s < 0 ? nullptr : &m_values[size_t(s)];
    }
    T *find(EntityId id)
    {
        const qint32 s = slot(id);
        return s < 0 ? nullptr : &m_values[size_t(s)];
    }
    bool contains(EntityId id) const { return slot(id) >= 0; }
    /** The value of `id`, or T() when it has none. */
    T value(EntityId id) const
    {
        const T *v = find(id);
        return v ? *v : T();
    }
    qsizetype size() const { return qsizetype(m_values.size()); }
    /** Calls f(id, value) for each value, in no particular order. */
    template<typename F>
    void forEach(F f) const
    {
        for (size_t i = 0; i < m_values.size(); ++i)
            f(m_ids[i], m_values[i]);
    }
    bool isEmpty() const { return m_values.empty(); }

    /** Sets the value of `id` (inserted or replaced). */
    void insert(EntityId id, const T &value) { insert(id, T(value)); }
    /** Sets the value of `id` (inserted or replaced), moved in once. */
    void insert(EntityId id, T &&value)
    {
        if (T *existing = find(id)) {
            *existing = std::move(value);
            return;
        }
        const qint32 s = qint32(m_values.size());
        m_values.push_back(std::move(value));
        m_ids.push_back(id);
        const quint32 i = toUInt(id);
        if (i >= m_slots.size() && i < denseLimit())
            grow(i);
        if (i < m_slots.size())
            m_slots[i] = s;
        else
            m_sparse.insert(id, s);
    }

    /** Removes the value of `id`; false when it had none. */
    bool remove(EntityId id)
    {
        const qint32 s = slot(id);
        if (s < 0)
            return false;
        setSlot(id, -1);
        const size_t last = m_values.size() - 1;
        if (size_t(s) != last) {
            // The last value moves into the hole.
            m_values[size_t(s)] = std::move(m_values[last]);
            m_ids[size_t(s)] = m_ids[last];
            setSlot(m_ids[size_t(s)], s);
        }
        m_values.pop_back();
        m_ids.pop_back();
        return true;
    }

    /** Removes every value; the storage is kept for the next fill. */
    void clear()
    {
        for (EntityId id : m_ids) {
            if (toUInt(id) < m_slots.size())
                m_slots[toUInt(id)] = -1;
        }
        m_sparse.clear();
        m_values.clear();
        m_ids.clear();
    }
    /**
     * Room for `count` values, and dense slots for ids below `ids`. `population`: how many ids
     * the values are drawn from (the design's entities, for a table of one kind of them): the
     * slots may then cover ids up to 4 × that many, so a table of few values among many ids
     * (the caches of a design) still finds them by index. Kept until the next reserve().
     */
    void reserve(qsizetype count, quint32 ids = 0, qsizetype population = 0)
    {
        m_values.reserve(size_t(count));
        m_ids.reserve(size_t(count));
        m_population = size_t(std::max<qsizetype>(population, 0));
        if (ids > m_slots.size() && ids <= denseLimit(size_t(count)))
            grow(ids - 1);
    }

private:
    /// Ids below this are kept in the slot vector (its size follows the number of values).
    size_t denseLimit(size_t count = 0) const
    {
        return 4 * std::max({count, m_values.size(), m_population}) + 1024;
    }
    void grow(quint32 id)
    {
        const size_t size = std::max(size_t(id) + 1, std::min(2 * m_slots.size(), denseLimit()));
        m_slots.resize(size, -1);
        // Ids the hash held that the slots now cover move to their slots.
        for (auto it = m_sparse.begin(); it != m_sparse.end();) {
            if (toUInt(it.key()) < m_slots.size()) {
                m_slots[toUInt(it.key())] = it.value();
                it = m_sparse.erase(it);
            } else {
                ++it;
            }
        }
    }
    qint32 slot(EntityId id) const
    {
        const quint32 i = toUInt(id);
        if (i < m_slots.size())
            return m_slots[i];
        if (m_sparse.isEmpty())
            return -1;
        return m_sparse.value(id, -1);
    }
    void setSlot(EntityId id, qint32 s)
    {
        const quint32 i = toUInt(id);
        if (i < m_slots.size())
            m_slots[i] = s;
        else if (s < 0)
            m_sparse.remove(id);
        else
            m_sparse.insert(id, s);
    }

    std::vector<T> m_values;
    std::vector<EntityId> m_ids; ///< the id of each value
    std::vector<qint32> m_slots; ///< by id: the index of its value, or -1
    QHash<EntityId, qint32> m_sparse; ///< the slots of ids beyond m_slots
    size_t m_population = 0; ///< reserve()'s population
};

} // namespace ecsplan
