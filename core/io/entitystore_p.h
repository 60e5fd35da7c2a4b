#pragma once

// Internal to core/io: the design loader's fast path (entitystore.cpp), which stores the values
// nearly every entity has straight into its fields, and the lookups readEntity() shares with
// it: an entity's kind by its code, a property by its key, an id by its value.

#include "entityjson_p.h"
#include "entityscan_p.h"
#include "model/limits.h"
#include "model/properties.h"

#include <array>
#include <optional>
#include <string_view>

namespace ecsplan::DesignJson::detail {

// The questions storeDirect() asks a value, of a simdjson element and of a scanned value alike.

inline bool isString(Value v)
{
    return v.is_string();
}
inline bool isInteger(Value v)
{
    return v.type() == Type::INT64 || v.type() == Type::UINT64;
}
inline bool isDouble(Value v)
{
    return v.is_double();
}
inline bool isNumber(Value v)
{
    return v.is_number();
}
inline double number(Value v)
{
    return v.get_double().value_unsafe(); // only after v.is_number()
}
inline bool isBool(Value v)
{
    return v.is_bool();
}
inline bool boolOf(Value v)
{
    return v.get_bool().value_unsafe(); // only after v.is_bool()
}
inline bool isNull(Value v)
{
    return v.is_null();
}
inline Type typeOf(Value v)
{
    return v.type();
}
inline int64_t integerOf(Value v)
{
    return v.get_int64().value_unsafe(); // only when its type is INT64
}
inline std::optional<Array> arrayOf(Value v)
{
    Array a;
    if (v.get_array().get(a) != simdjson::SUCCESS)
        return std::nullopt;
    return a;
}

inline bool isString(ScanValue v)
{
    return v.token->type == Type::STRING;
}
inline std::string_view text(ScanValue v)
{
    return std::string_view(v.token->text, v.token->size); // only after isString(v)
}
inline bool isInteger(ScanValue v)
{
    return v.token->type == Type::INT64; // the scanner makes no UINT64
}
inline bool isDouble(ScanValue v)
{
    return v.token->type == Type::DOUBLE;
}
inline bool isNumber(ScanValue v)
{
    return isInteger(v) || isDouble(v);
}
inline double number(ScanValue v)
{
    return isDouble(v) ? v.token->real : double(v.token->integer); // only after isNumber(v)
}
inline bool isBool(ScanValue v)
{
    return v.token->type == Type::BOOL;
}
inline bool boolOf(ScanValue v)
{
    return v.token->boolean;
}
inline bool isNull(ScanValue v)
{
    return v.token->type == Type::NULL_VALUE;
}
inline Type typeOf(ScanValue v)
{
    return v.token->type;
}
inline int64_t integerOf(ScanValue v)
{
    return v.token->integer;
}
inline std::optional<ScanArray> arrayOf(ScanValue v)
{
    if (v.token->type != Type::ARRAY)
        return std::nullopt;
    return ScanArray(v.token + 1, v.token->size);
}

/** `v` as an entity id in `*out` (null as EntityId::None when allowed); false otherwise. */
template<typename V>
bool idOf(V v, EntityId *out, bool allowNull)
{
    if (typeOf(v) == Type::INT64) {
        const int64_t n = integerOf(v);
        if (n <= 0 || n > qint64(Limits::MaxEntityId))
            return false;
        *out = entityId(quint32(n));
        return true;
    }
    if (!allowNull || !isNull(v))
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

    /** The key the writer's order puts at `cursor` (where find() looks first), or "". */
    std::string_view expected(int cursor) const
    {
        return cursor < m_count ? m_keys[size_t(cursor)].key : std::string_view();
    }

    /** The key at `*cursor` (below the count), moving the cursor past it: find() of its key. */
    const Key *take(int *cursor) const { return &m_keys[size_t((*cursor)++)]; }

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
/** storeDirect() of a value the scanner read (entityscan_p.h). */
bool storeDirect(Entity &e, const KindKeys::Key &key, ScanValue j, TextPool *pool);

} // namespace ecsplan::DesignJson::detail
