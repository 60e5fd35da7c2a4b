#pragma once

// Internal to core/io: one entity <-> its JSON object (entityjson.cpp), shared by the design
// file (designjson.cpp) and the clipboard. Not part of the library's interface.
//
// Reading goes through simdjson's DOM (a tape of the whole document, parsed at a few hundred
// MB/s; see tests/benchmarks/RESULTS.md for the comparison with nlohmann's DOM and SAX);
// writing builds an nlohmann::ordered_json, whose dump() fixes the file's key order and layout.

#include "model/entity.h"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <QString>
#include <QStringList>

#include <array>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ecsplan::DesignJson {

using ojson = nlohmann::ordered_json;
/** A value of a parsed document (valid while its parser lives and is not reused). */
using Value = simdjson::dom::element;
using Object = simdjson::dom::object;
using Array = simdjson::dom::array;
using Type = simdjson::dom::element_type;

namespace detail {

/**
 * The texts a load reads again and again (instance types, images, disk categories, region
 * codes ...), each made into a QString once and shared by every entity that has it: fewer
 * conversions and allocations, less memory.
 */
class TextPool
{
public:
    /** `utf8` as a QString (as qstr() makes it), the one already made when it was seen before. */
    const QString &text(std::string_view utf8);
    static constexpr size_t Slots = 64;
    /**
     * text(), first comparing `utf8` with the text last asked for in `slot` (below Slots): a
     * load asks for the same instance type, image, category ... entity after entity.
     */
    const QString &text(std::string_view utf8, size_t slot);

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using Texts = std::unordered_map<std::string, QString, Hash, std::equal_to<>>;
    Texts m_texts;
    std::array<const Texts::value_type *, Slots> m_last{}; ///< nodes: they never move
};

/**
 * Whether the `n` bytes at `a` and at `b` are the same (inline: keys and codes are short): eight
 * bytes at a time, the last ones in a word that may overlap the one before.
 */
inline bool sameBytes(const char *a, const char *b, size_t n)
{
    const auto same = [&](size_t at, auto word) {
        decltype(word) x, y;
        std::memcpy(&x, a + at, sizeof x);
        std::memcpy(&y, b + at, sizeof y);
        return x == y;
    };
    if (n >= 8) {
        for (size_t at = 0; at + 8 < n; at += 8) {
            if (!same(at, quint64()))
                return false;
        }
        return same(n - 8, quint64());
    }
    if (n >= 4)
        return same(0, quint32()) && same(n - 4, quint32());
    if (n >= 2)
        return same(0, quint16()) && same(n - 2, quint16());
    return n == 0 || *a == *b;
}

/** Collects located errors: "path: message". */
struct Reader
{
    QStringList *errors;
    TextPool *pool = nullptr; ///< when set, texts that repeat are shared through it
    /** False: every key and value read the generic way (propertyFromKey(), a QVariant,
     *  validatePropertyValue()), the reference the fast path is tested against. */
    bool direct = true;
    void fail(const QString &path, const QString &message)
    {
        errors->append(path + QStringLiteral(": ") + message);
    }
};

std::string str(const QString &s);
QString qstr(std::string_view s);
ojson idValue(EntityId id);

/**
 * Parses `data` with `parser` into `*root`. On a syntax error returns false and sets `*error`
 * to the message with its place ("byte 120: ... line 4, column 7 ..."): simdjson reports only
 * what is wrong, so the place is found by a second, validating-only pass of nlohmann's parser
 * over the bad input (never on a valid file).
 */
bool parse(simdjson::dom::parser &parser, const QByteArray &data, Value *root, QString *error);

/** The member `key` of `object`, or nothing. (Duplicate keys are refused by the readers.) */
std::optional<Value> member(Object object, std::string_view key);
/** The first key that occurs twice in `object`, or nothing: a file is read one way only. */
std::optional<std::string_view> duplicateKey(Object object);
inline std::string_view text(Value v)
{
    return std::string_view(v); // only after v.is_string()
}
/** A value as an error message shows it (long strings cut). */
QString shown(Value v);
/** JSON's name of the value's type: "object", "array", "string", "number", "boolean", "null". */
QString typeName(Value v);
bool readText(Reader &r, Value v, const QString &path, QString *out);
bool readId(Reader &r, Value v, const QString &path, EntityId *out, bool allowNull);
/**
 * Where an entity is in its document, spelt out only for an error (a design file has up to
 * Limits::MaxEntities of them): "/entities/<index>", or a path given whole.
 */
class EntityPath
{
public:
    explicit EntityPath(const QString &path)
        : m_path(&path)
    {
    }
    explicit EntityPath(qsizetype index)
        : m_index(index)
    {
    }
    QString text() const { return m_path ? *m_path : QStringLiteral("/entities/%1").arg(m_index); }

private:
    const QString *m_path = nullptr;
    qsizetype m_index = -1;
};

/** One entity object; types, ranges and the shape of references checked, not their targets. */
bool readEntity(Reader &r, Value v, const EntityPath &path, Entity *out);
inline bool readEntity(Reader &r, Value v, const QString &path, Entity *out)
{
    return readEntity(r, v, EntityPath(path), out);
}
ojson entityToJson(const Entity &e);

} // namespace detail
} // namespace ecsplan::DesignJson
