#pragma once

#include <QHashFunctions>
#include <QList>
#include <QtGlobal>

namespace ecsplan {

/**
 * Stable identifier of a design entity (a node or a link). Ids are never reused within one
 * document's lifetime, survive undo/redo and are written to the file. 0 means "none".
 * A strong type so that an id can never be confused with an index or a count.
 */
enum class EntityId : quint32 { None = 0 };

inline size_t qHash(EntityId id, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<quint32>(id), seed);
}

inline constexpr quint32 toUInt(EntityId id) noexcept
{
    return static_cast<quint32>(id);
}
inline constexpr EntityId entityId(quint32 value) noexcept
{
    return static_cast<EntityId>(value);
}
inline constexpr bool isValid(EntityId id) noexcept
{
    return id != EntityId::None;
}

using EntityIds = QList<EntityId>;

} // namespace ecsplan
