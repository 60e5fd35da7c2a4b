#pragma once

// Internal to core/io: the design loader's scanner for one entity's bytes (entityscan.cpp).
// An entity of the ordinary shape (an object of plain keys whose values are strings without
// escapes, simple numbers, true, false, null or flat arrays of those) is read straight from its
// bytes into the entity, without building simdjson's document for it. Anything else (another
// shape, a value the fast path of entitystore.cpp does not store, anything wrong) is left to
// simdjson and readEntity(), which read it or word the error as they always did: the scanner
// never reports a problem, it only declines.

#include "entityjson_p.h"
#include "model/limits.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ecsplan::DesignJson::detail {

/** A scalar or a flat array the scanner read, typed as simdjson types the same bytes. */
struct ScanToken
{
    Type type = Type::NULL_VALUE; ///< STRING, INT64, DOUBLE, BOOL, NULL_VALUE or ARRAY
    quint32 size = 0; ///< STRING: its bytes; ARRAY: its items, the tokens that follow it
    const char *text = nullptr; ///< STRING: its bytes (no escapes, valid UTF-8)
    union {
        int64_t integer = 0; ///< INT64
        double real; ///< DOUBLE
        bool boolean; ///< BOOL
    };
};

/** A scanned value, as storeDirect() reads it (the counterpart of a simdjson element). */
struct ScanValue
{
    const ScanToken *token;
};

/** A scanned array's items. */
class ScanArray
{
public:
    class iterator
    {
    public:
        explicit iterator(const ScanToken *at)
            : m_at(at)
        {
        }
        ScanValue operator*() const { return {m_at}; }
        iterator &operator++()
        {
            ++m_at;
            return *this;
        }
        bool operator!=(const iterator &other) const { return m_at != other.m_at; }

    private:
        const ScanToken *m_at;
    };
    ScanArray(const ScanToken *first, size_t size)
        : m_first(first)
        , m_size(size)
    {
    }
    size_t size() const { return m_size; }
    iterator begin() const { return iterator(m_first); }
    iterator end() const { return iterator(m_first + m_size); }

private:
    const ScanToken *m_first;
    size_t m_size;
};

/**
 * Reads entity objects of the ordinary shape from their bytes; one is reused for a whole load
 * (its buffers keep their room).
 */
class EntityScanner
{
public:
    /**
     * The entity object in the `size` bytes at `data` into `*out`, as readEntity() with a
     * simdjson element of them would read it (Reader::direct, texts through `pool` when set),
     * and true; false when it declines, with `*out` left in an unspecified state: the caller
     * then reads the bytes the ordinary way.
     */
    bool read(const char *data, size_t size, Entity *out, TextPool *pool);

private:
    /**
     * One member `"key": value` from `p` (at its opening quote): the key in `*key` (compared
     * first with `expected`, the key the writer's order puts here), the value in m_tokens (the
     * value, then an array's items). The byte after the value, or nullptr when declined.
     */
    const char *member(const char *p, const char *end, std::string_view expected,
                       std::string_view *key);
    const char *value(const char *p, const char *end);
    const char *scalar(const char *p, const char *end, ScanToken *t);

    /** Room for a token at the end of the first m_count: false when a list is longer. */
    bool push() { return m_count < m_tokens.size() && (++m_count, true); }

    /** Room for the longest list a design accepts, and its array token. */
    std::vector<ScanToken> m_tokens = std::vector<ScanToken>(size_t(Limits::MaxListItems) + 1);
    size_t m_count = 0;
};

} // namespace ecsplan::DesignJson::detail
