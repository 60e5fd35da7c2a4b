#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

#include <simdjson.h>

#include <limits>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace ecsplan {

class JsonArray;
class JsonObject;

/**
 * A value of a JsonDocument (valid while the document lives), read as QJsonValue reads it: every
 * number is a double, a missing member is Undefined, a wrong type reads as the neutral value.
 */
class JsonValue
{
public:
    JsonValue() = default; ///< Undefined: a missing member
    explicit JsonValue(simdjson::dom::element e)
        : m_e(e)
        , m_defined(true)
    {
    }

    QJsonValue::Type type() const;
    bool isUndefined() const { return !m_defined; }
    bool isNull() const { return m_defined && m_e.is_null(); }
    bool isBool() const { return m_defined && m_e.is_bool(); }
    bool isDouble() const { return m_defined && m_e.is_number(); }
    bool isString() const { return m_defined && m_e.is_string(); }
    bool isArray() const { return m_defined && m_e.is_array(); }
    bool isObject() const { return m_defined && m_e.is_object(); }

    bool toBool(bool defaultValue = false) const;
    double toDouble(double defaultValue = 0) const;
    /** The number when it is a whole number in int's range, else `defaultValue`. */
    int toInt(int defaultValue = 0) const;
    QString toString() const; ///< empty when not a string
    JsonArray toArray() const; ///< empty when not an array
    JsonObject toObject() const; ///< empty when not an object

private:
    simdjson::dom::element m_e;
    bool m_defined = false;
};

/** An array of a JsonDocument; indexing is constant-time. */
class JsonArray
{
public:
    JsonArray() = default;
    explicit JsonArray(simdjson::dom::array a);

    qsizetype size() const { return m_items ? qsizetype(m_items->size()) : 0; }
    bool isEmpty() const { return size() == 0; }
    JsonValue at(qsizetype i) const { return (*m_items)[size_t(i)]; }
    const JsonValue *begin() const { return m_items ? m_items->data() : nullptr; }
    const JsonValue *end() const { return m_items ? m_items->data() + m_items->size() : nullptr; }

private:
    std::shared_ptr<const std::vector<JsonValue>> m_items;
};

/**
 * An object of a JsonDocument, read as JsonObject reads it: a key given twice means its last
 * value, and iteration goes by key in code point order, each key once.
 */
class JsonObject
{
public:
    struct Member
    {
        std::string_view key; ///< UTF-8
        JsonValue value;
    };
    class const_iterator
    {
    public:
        explicit const_iterator(const Member *m)
            : m_m(m)
        {
        }
        QString key() const;
        JsonValue value() const { return m_m->value; }
        const_iterator &operator++()
        {
            ++m_m;
            return *this;
        }
        bool operator==(const const_iterator &o) const { return m_m == o.m_m; }
        bool operator!=(const const_iterator &o) const { return m_m != o.m_m; }

    private:
        const Member *m_m;
    };

    JsonObject() = default;
    explicit JsonObject(simdjson::dom::object o)
        : m_o(o)
        , m_set(true)
    {
    }

    /** The member `key` (its last value when given twice), or Undefined. */
    JsonValue value(QStringView key) const;
    bool contains(QStringView key) const { return !value(key).isUndefined(); }
    qsizetype size() const { return qsizetype(members().size()); }
    bool isEmpty() const { return size() == 0; }
    const_iterator begin() const { return const_iterator(members().data()); }
    const_iterator end() const { return const_iterator(members().data() + members().size()); }

private:
    const std::vector<Member> &members() const;
    simdjson::dom::object m_o;
    bool m_set = false;
    mutable std::shared_ptr<const std::vector<Member>> m_members; ///< sorted, made when iterated
};

/**
 * A parsed JSON text, through simdjson, that reads exactly as QJsonDocument::fromJson() would:
 * the same texts refused with the same QJsonParseError, the same values (QJsonDocument decides
 * wherever simdjson could differ: exponents, integers beyond 64 bits, a byte order mark ...).
 */
class JsonDocument
{
public:
    JsonDocument();
    ~JsonDocument();
    JsonDocument(const JsonDocument &) = delete;
    JsonDocument &operator=(const JsonDocument &) = delete;

    /** False with `*error` set as QJsonDocument::fromJson() sets it when `json` is not JSON. */
    bool parse(const QByteArray &json, QJsonParseError *error);
    bool isObject() const;
    JsonObject object() const; ///< the root object (empty when the root is not one)

private:
    std::unique_ptr<simdjson::dom::parser> m_parser;
    simdjson::dom::element m_root;
    bool m_parsed = false;
};

/**
 * Typed, validating access to parsed JSON. Every failed expectation appends one
 * "JSON path: message" line (path is a JSON Pointer such as /instanceTypes/12/vcpu) and
 * returns a neutral value, so callers read on and report every problem in one pass.
 * Absent and null are the same for optional reads.
 */
class JsonReader
{
public:
    explicit JsonReader(QStringList *errors)
        : m_errors(errors)
    {
    }

    static QString child(const QString &path, const QString &key);
    static QString child(const QString &path, qsizetype index);

    void error(const QString &path, const QString &message);
    int errorCount() const { return m_count; }

    JsonObject object(const JsonValue &v, const QString &path);
    /** Required object member; nullopt (and an error) when missing or not an object. */
    std::optional<JsonObject> object(const JsonObject &o, const QString &key, const QString &path);
    /** Optional object member: nullopt when absent/null, error when another type. */
    std::optional<JsonObject> optObject(const JsonObject &o, const QString &key,
                                        const QString &path);
    JsonArray array(const JsonObject &o, const QString &key, const QString &path);
    JsonArray optArray(const JsonObject &o, const QString &key, const QString &path);

    /**
     * The catalog's "array of objects": calls `each(object, elementPath)` for every element of
     * the required array member `key` of `o` (elementPath is path/key/i). An element that is no
     * object gets an error and is passed on as an empty object, so its missing members are
     * reported too. A missing or non-array member is one error and no call.
     */
    template<typename Each>
    void objects(const JsonObject &o, const QString &key, const QString &path, Each &&each)
    {
        forEachObject(array(o, key, path), child(path, key), each);
    }
    /** objects() for an optional member: absent or null means no elements. */
    template<typename Each>
    void optObjects(const JsonObject &o, const QString &key, const QString &path, Each &&each)
    {
        forEachObject(optArray(o, key, path), child(path, key), each);
    }

    QString string(const JsonObject &o, const QString &key,
                   const QString &path); ///< required, non-empty
    QString optString(const JsonObject &o, const QString &key, const QString &path);
    bool boolean(const JsonObject &o, const QString &key, const QString &path, bool fallback);

    /** Required number within [min, max]. */
    double number(const JsonObject &o, const QString &key, const QString &path,
                  double min = -std::numeric_limits<double>::max(),
                  double max = std::numeric_limits<double>::max());
    double positive(const JsonObject &o, const QString &key, const QString &path); ///< > 0
    double nonNegative(const JsonObject &o, const QString &key, const QString &path);
    std::optional<double> optNonNegative(const JsonObject &o, const QString &key,
                                         const QString &path);
    int positiveInt(const JsonObject &o, const QString &key, const QString &path);
    std::optional<int> optPositiveInt(const JsonObject &o, const QString &key, const QString &path);
    std::optional<qint64> optPositiveInt64(const JsonObject &o, const QString &key,
                                           const QString &path);

private:
    template<typename Each>
    void forEachObject(const JsonArray &array, const QString &arrayPath, Each &each)
    {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString p = child(arrayPath, i);
            each(object(array.at(i), p), p);
        }
    }
    std::optional<double> numberValue(const JsonValue &v, const QString &path);
    QStringList *m_errors;
    int m_count = 0;
};

} // namespace ecsplan
