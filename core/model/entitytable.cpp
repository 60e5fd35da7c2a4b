#include "entitytable.h"

#include <algorithm>
#include <utility>

namespace ecsplan {

namespace {

/** Ids below this bound are found through the dense table: at most ~4 slots an entity. */
size_t denseBound(qsizetype entities)
{
    return std::max<size_t>(1024, 4 * size_t(entities) + 64);
}

} // namespace

EntityTable::EntityTable(const EntityTable &other)
    : m_used(other.m_used)
    , m_size(other.m_size)
    , m_free(other.m_free)
    , m_dense(other.m_dense)
    , m_far(other.m_far)
{
    m_chunks.reserve(other.m_chunks.size());
    for (const std::unique_ptr<Chunk> &chunk : other.m_chunks)
        m_chunks.push_back(std::make_unique<Chunk>(*chunk));
}

EntityTable &EntityTable::operator=(const EntityTable &other)
{
    if (this != &other)
        *this = EntityTable(other);
    return *this;
}

EntityTable::EntityTable(EntityTable &&other) noexcept
    : m_chunks(std::move(other.m_chunks))
    , m_used(std::exchange(other.m_used, 0))
    , m_size(std::exchange(other.m_size, 0))
    , m_free(std::move(other.m_free))
    , m_dense(std::move(other.m_dense))
    , m_far(std::move(other.m_far))
{
    other.m_chunks.clear();
    other.m_free.clear();
    other.m_dense.clear();
    other.m_far.clear();
}

EntityTable &EntityTable::operator=(EntityTable &&other) noexcept
{
    EntityTable moved(std::move(other));
    std::swap(m_chunks, moved.m_chunks);
    std::swap(m_used, moved.m_used);
    std::swap(m_size, moved.m_size);
    std::swap(m_free, moved.m_free);
    std::swap(m_dense, moved.m_dense);
    m_far.swap(moved.m_far);
    return *this;
}

EntityIds EntityTable::keys() const
{
    EntityIds ids;
    ids.reserve(m_size);
    for (auto it = cbegin(); it != cend(); ++it)
        ids.append(it.key());
    return ids;
}

void EntityTable::reserve(qsizetype entities)
{
    m_chunks.reserve(size_t((entities + ChunkSize - 1) / ChunkSize));
    m_dense.reserve(std::min(denseBound(entities), size_t(entities) + 1));
}

void EntityTable::setSlotOf(quint32 id, qint32 slot)
{
    if (id >= m_dense.size() && id < denseBound(m_size + 1)) {
        const size_t old = m_dense.size();
        const size_t grown
                = std::min(denseBound(m_size + 1), std::max(size_t(id) + 1, old * 3 / 2));
        m_dense.resize(grown, -1);
        for (auto it = m_far.begin(); it != m_far.end();) { // outlying ids now in range
            if (it.key() < grown) {
                m_dense[it.key()] = it.value();
                it = m_far.erase(it);
            } else {
                ++it;
            }
        }
    }
    if (id < m_dense.size())
        m_dense[id] = slot;
    else if (slot >= 0)
        m_far.insert(id, slot);
    else
        m_far.remove(id);
}

Entity &EntityTable::insert(Entity &&entity)
{
    Q_ASSERT(isValid(entity.id) && !contains(entity.id));
    qint32 slot;
    if (!m_free.empty()) {
        slot = m_free.back();
        m_free.pop_back();
    } else {
        slot = m_used++;
        if (size_t(slot / ChunkSize) >= m_chunks.size())
            m_chunks.push_back(std::make_unique<Chunk>());
    }
    const quint32 id = toUInt(entity.id);
    Entity &stored = at(slot);
    stored = std::move(entity);
    ++m_size;
    setSlotOf(id, slot);
    return stored;
}

Entity EntityTable::take(EntityId id)
{
    const qint32 slot = slotOf(id);
    if (slot < 0)
        return Entity();
    Entity taken = std::move(at(slot));
    at(slot) = Entity(); // a hole: id None
    --m_size;
    setSlotOf(toUInt(id), -1);
    if (slot == m_used - 1) {
        --m_used; // the last slot: no hole
    } else {
        m_free.push_back(slot);
    }
    return taken;
}

void EntityTable::clear()
{
    *this = EntityTable();
}

bool operator==(const EntityTable &a, const EntityTable &b)
{
    if (a.size() != b.size())
        return false;
    for (const Entity &e : a) {
        const Entity *other = b.find(e.id);
        if (!other || !(*other == e))
            return false;
    }
    return true;
}

} // namespace ecsplan
