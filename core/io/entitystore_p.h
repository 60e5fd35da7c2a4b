#pragma once

// Internal to core/io: the design loader's fast path (entitystore.cpp), which stores the values
// nearly every entity has straight into its fields, and the lookups readEntity() shares with
// it: an entity's kind by its code, a property by its key, an id by its value.

#include "entityjson_p.h"
#include "model/limits.h"
#include "model/properties.h"

#include <array>
#include <optional>
#include <string_view>

namespace ecsplan::DesignJson::detail {

inline bool isInteger(Value v)
{
    return v.type() == Type::INT64 || v.type() == Type::UINT64;
}

inline double number(Value v)
{
    return v.get_double().value_unsafe(); // only after v.is_number()
}

/** `v` as an entity id in `*out` (null as EntityId::None when allowed); false otherwise. */
inline bool idOf(Value v, EntityId *out, bool allowNull)
{
    if (v.type() == Type::INT64) {
        const int64_t n = v.get_int64().value_unsafe();
        if (n <= 0 || n > qint64(Limits::MaxEntityId))
            return false;
        *out = entityId(quint32(n));
        return true;
    }
    if (!allowNull || !v.is_null())
        return false;
    *out = EntityId::None;
    return true;
}

/** The kind whose code `code` is (as kindFromCode() of enums.h reads it), or nothing. */
std::optional<EntityKind> kindFromCode(std::string_view code);

/**
 * The keys of one kind's properties, each with the property it names for that kind (as
 * propertyFromKey() and the "billing" rule resolve it: resolve()), in the property table's
 * order: the order the file writes them. A key is found by its length and bytes; the search
 * starts after the last key found, so a file in the writer's order finds each key at the first
 * try.
 */
class KindKeys
{
public:
    struct Key
    {
        std::string_view key;
        Property property;
        PropertyType type;
        const PropertyInfo *info;
    };

    static const KindKeys &of(EntityKind kind);

    /** The property `key` names in this kind, or nullptr. `*cursor`: where to start looking. */
    const Key *find(std::string_view key, int *cursor) const
    {
        for (int tried = 0, at = *cursor; tried < m_count; ++tried, ++at) {
            if (at >= m_count)
                at = 0;
            const Key &candidate = m_keys[size_t(at)];
            if (candidate.key.size() == key.size()
                && sameBytes(candidate.key.data(), key.data(), key.size())) {
                *cursor = at + 1;
                return &candidate;
            }
        }
        return nullptr;
    }

    /** What readEntity() did before the table: the property `key` names for `kind`. */
    static std::optional<Property> resolve(EntityKind kind, std::string_view key);

    KindKeys() = default;

private:
    explicit KindKeys(EntityKind kind);

    std::array<Key, PropertyCount> m_keys{};
    int m_count = 0;
};

/**
 * The loader's fast path for the values nearly every entity has (names, numbers, flags, ids,
 * geometry, codes, lists): stored straight into the entity's field when readValue()
 * (entityjson.cpp) would accept the value and validatePropertyValue() would find nothing wrong with
 * it, without a QVariant round trip. False for every other value and property, valid or not: the
 * generic path then reads it, or words its error as it always did.
 */
bool storeDirect(Entity &e, const KindKeys::Key &key, Value j, TextPool *pool);

} // namespace ecsplan::DesignJson::detail
