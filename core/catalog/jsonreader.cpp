#include "jsonreader.h"

#include "ecsplan_global.h"
#include "io/jsonscan_p.h"

#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace ecsplan {

// --- JsonValue, JsonArray, JsonObject --------------------------------------------------------

QJsonValue::Type JsonValue::type() const
{
    if (!m_defined)
        return QJsonValue::Undefined;
    switch (m_e.type()) {
    case simdjson::dom::element_type::ARRAY:
        return QJsonValue::Array;
    case simdjson::dom::element_type::OBJECT:
        return QJsonValue::Object;
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return QJsonValue::Double;
    case simdjson::dom::element_type::STRING:
        return QJsonValue::String;
    case simdjson::dom::element_type::BOOL:
        return QJsonValue::Bool;
    case simdjson::dom::element_type::NULL_VALUE:
        return QJsonValue::Null;
    }
    return QJsonValue::Null;
}

bool JsonValue::toBool(bool defaultValue) const
{
    return isBool() ? m_e.get_bool().value_unsafe() : defaultValue;
}

double JsonValue::toDouble(double defaultValue) const
{
    // INT64 and UINT64 convert as QJsonValue converts its integers: to the nearest double.
    return isDouble() ? m_e.get_double().value_unsafe() : defaultValue;
}

int JsonValue::toInt(int defaultValue) const
{
    if (!isDouble())
        return defaultValue;
    if (m_e.is_int64()) {
        const int64_t n = m_e.get_int64().value_unsafe();
        return n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max()
                ? int(n)
                : defaultValue;
    }
    const double d = toDouble();
    return d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max()
                    && d == std::floor(d)
            ? int(d)
            : defaultValue;
}

QString JsonValue::toString() const
{
    if (!isString())
        return {};
    return JsonScan::toQString(m_e.get_string().value_unsafe());
}

JsonArray JsonValue::toArray() const
{
    return isArray() ? JsonArray(m_e.get_array().value_unsafe()) : JsonArray();
}

JsonObject JsonValue::toObject() const
{
    return isObject() ? JsonObject(m_e.get_object().value_unsafe()) : JsonObject();
}

JsonArray::JsonArray(simdjson::dom::array a)
{
    auto items = std::make_shared<std::vector<JsonValue>>();
    items->reserve(a.size());
    for (const simdjson::dom::element e : a)
        items->push_back(JsonValue(e));
    m_items = std::move(items);
}

namespace {
/** `utf8 == key` without making a QString for ASCII keys. */
bool sameKey(std::string_view utf8, QStringView key)
{
    // A text has at least as many bytes in UTF-8 as units in UTF-16.
    if (utf8.size() < size_t(key.size()))
        return false;
    if (!key.isEmpty() && uchar(utf8[0]) < 0x80 && uchar(utf8[0]) != key[0].unicode())
        return false;
    for (size_t i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8[i]);
        if (c >= 0x80)
            return QString::fromUtf8(utf8.data(), qsizetype(utf8.size())) == key;
        if (i >= size_t(key.size()) || c != key[qsizetype(i)].unicode())
            return false;
    }
    return utf8.size() == size_t(key.size());
}
} // namespace

JsonValue JsonObject::value(QStringView key) const
{
    JsonValue found;
    if (!m_set)
        return found;
    for (const simdjson::dom::key_value_pair field : m_o) {
        if (sameKey(field.key, key))
            found = JsonValue(field.value); // the last one wins, as in QJsonObject
    }
    return found;
}

QString JsonObject::const_iterator::key() const
{
    return QString::fromUtf8(m_m->key.data(), qsizetype(m_m->key.size()));
}

const std::vector<JsonObject::Member> &JsonObject::members() const
{
    if (!m_members) {
        auto members = std::make_shared<std::vector<Member>>();
        if (m_set) {
            for (const simdjson::dom::key_value_pair field : m_o)
                members->push_back({field.key, JsonValue(field.value)});
        }
        // QJsonObject's order: by code point (UTF-8 bytes sort so), the last of equal keys.
        std::stable_sort(members->begin(), members->end(),
                         [](const Member &a, const Member &b) { return a.key < b.key; });
        std::vector<Member> unique;
        unique.reserve(members->size());
        for (size_t i = 0; i < members->size(); ++i) {
            if (i + 1 < members->size() && (*members)[i + 1].key == (*members)[i].key)
                continue;
            unique.push_back((*members)[i]);
        }
        *members = std::move(unique);
        m_members = std::move(members);
    }
    return *m_members;
}

// --- JsonDocument ----------------------------------------------------------------------------

namespace {
/**
 * Whether simdjson may read `json` otherwise than QJsonDocument: a number with an exponent or
 * a run of over 300 digits (QJsonDocument refuses what underflows and rounds subnormals its
 * own way). Texts inside strings may match too; they only cost the second opinion.
 */
bool mayReadOtherwise(const QByteArray &json)
{
    const char *p = json.constData();
    const qsizetype n = json.size();
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    // Exponents: each 'e' or 'E' between a digit and a digit or a sign.
    for (const char e : {'e', 'E'}) {
        for (const char *at = p; (at = static_cast<const char *>(std::memchr(at, e, p + n - at)));
             ++at) {
            if (at > p && isDigit(at[-1]) && at + 1 < p + n
                && (isDigit(at[1]) || at[1] == '-' || at[1] == '+'))
                return true;
        }
    }
    // Runs of over 300 digits: each holds at least 36 aligned eight-byte words of digits.
    constexpr quint64 ones = 0x0101010101010101ULL;
    int digitWords = 0;
    for (qsizetype i = 0; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, 8);
        const quint64 x = w ^ (ones * '0'); // a digit's byte is now below 10
        digitWords = ((x + ones * 0x76) | x) & (ones * 0x80) ? 0 : digitWords + 1;
        if (digitWords >= 36)
            return true;
    }
    return false;
}
} // namespace

JsonDocument::JsonDocument()
    : m_parser(std::make_unique<simdjson::dom::parser>())
{
}
JsonDocument::~JsonDocument() = default;

bool JsonDocument::parse(const QByteArray &json, QJsonParseError *error)
{
    m_parsed = false;
    *error = QJsonParseError{0, QJsonParseError::NoError};
    if (m_parser->parse(json.constData(), size_t(json.size())).get(m_root) == simdjson::SUCCESS
        && (m_root.is_object() || m_root.is_array()) && !mayReadOtherwise(json)) {
        m_parsed = true;
        return true;
    }
    // QJsonDocument decides: its error, or its reading written out plainly for simdjson.
    const QJsonDocument doc = QJsonDocument::fromJson(json, error);
    if (error->error != QJsonParseError::NoError)
        return false;
    const QByteArray plain = doc.toJson(QJsonDocument::Compact); // the parser keeps a copy
    if (m_parser->parse(plain.constData(), size_t(plain.size())).get(m_root) != simdjson::SUCCESS) {
        // A text only QJsonDocument takes (a lone UTF-16 surrogate): read as an empty object.
        *error = QJsonParseError{0, QJsonParseError::IllegalUTF8String};
        return false;
    }
    m_parsed = true;
    return true;
}

bool JsonDocument::isObject() const
{
    return m_parsed && m_root.is_object();
}

JsonObject JsonDocument::object() const
{
    return isObject() ? JsonObject(m_root.get_object().value_unsafe()) : JsonObject();
}

// --- JsonReader ------------------------------------------------------------------------------

namespace {
const char *typeName(const JsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "a boolean";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        break;
    }
    return "missing";
}

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53

/** What numberValue() accepts: the fast path, where no path is spelt out. */
bool isFiniteNumber(const JsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble());
}
} // namespace

QString JsonReader::child(const QString &path, const QString &key)
{
    // One allocation for the keys without '~' or '/' (all a catalog has).
    if (key.contains(QLatin1Char('~')) || key.contains(QLatin1Char('/'))) {
        QString escaped = key;
        escaped.replace(QLatin1Char('~'), QLatin1String("~0"))
                .replace(QLatin1Char('/'), QLatin1String("~1"));
        return path + QLatin1Char('/') + escaped;
    }
    QString out;
    out.reserve(path.size() + 1 + key.size());
    out.append(path).append(QLatin1Char('/')).append(key);
    return out;
}

QString JsonReader::child(const QString &path, qsizetype index)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, index).ptr;
    QString out;
    out.reserve(path.size() + 1 + (end - digits));
    out.append(path).append(QLatin1Char('/')).append(QLatin1StringView(digits, end - digits));
    return out;
}

void JsonReader::error(const QString &path, const QString &message)
{
    ++m_count;
    if (m_errors)
        m_errors->append((path.isEmpty() ? QStringLiteral("/") : path) + QStringLiteral(": ")
                         + message);
}

JsonObject JsonReader::object(const JsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        error(path, Tr::tr("expected an object, found %1").arg(QLatin1String(typeName(v))));
        return {};
    }
    return v.toObject();
}

std::optional<JsonObject> JsonReader::object(const JsonObject &o, const QString &key,
                                             const QString &path)
{
    const JsonValue v = o.value(key);
    if (!v.isObject()) {
        error(child(path, key),
              Tr::tr("expected an object, found %1").arg(QLatin1String(typeName(v))));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<JsonObject> JsonReader::optObject(const JsonObject &o, const QString &key,
                                                const QString &path)
{
    const JsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        error(child(path, key),
              Tr::tr("expected an object or null, found %1").arg(QLatin1String(typeName(v))));
        return std::nullopt;
    }
    return v.toObject();
}

JsonArray JsonReader::array(const JsonObject &o, const QString &key, const QString &path)
{
    const JsonValue v = o.value(key);
    if (!v.isArray()) {
        error(child(path, key),
              Tr::tr("expected an array, found %1").arg(QLatin1String(typeName(v))));
        return {};
    }
    return v.toArray();
}

JsonArray JsonReader::optArray(const JsonObject &o, const QString &key, const QString &path)
{
    const JsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    return array(o, key, path);
}

QString JsonReader::string(const JsonObject &o, const QString &key, const QString &path)
{
    const JsonValue v = o.value(key);
    QString text = v.toString(); // made once: empty when not a string
    // trimmed().isEmpty() without the copy: nothing but spaces
    if (!v.isString()
        || std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
        error(child(path, key),
              v.isString() ? Tr::tr("expected a non-empty string")
                           : Tr::tr("expected a string, found %1").arg(QLatin1String(typeName(v))));
        return {};
    }
    return text;
}

QString JsonReader::optString(const JsonObject &o, const QString &key, const QString &path)
{
    const JsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        error(child(path, key),
              Tr::tr("expected a string, found %1").arg(QLatin1String(typeName(v))));
        return {};
    }
    return v.toString();
}

bool JsonReader::boolean(const JsonObject &o, const QString &key, const QString &path,
                         bool fallback)
{
    const JsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        error(child(path, key),
              Tr::tr("expected a boolean, found %1").arg(QLatin1String(typeName(v))));
        return fallback;
    }
    return v.toBool();
}

std::optional<double> JsonReader::numberValue(const JsonValue &v, const QString &path)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        error(path, Tr::tr("expected a number, found %1").arg(QLatin1String(typeName(v))));
        return std::nullopt;
    }
    return v.toDouble();
}

double JsonReader::number(const JsonObject &o, const QString &key, const QString &path, double min,
                          double max)
{
    // Paths are spelt out only for an error: the built-in catalog reads thousands of numbers.
    const JsonValue v = o.value(key);
    if (!isFiniteNumber(v)) {
        numberValue(v, child(path, key));
        return 0;
    }
    const double n = v.toDouble();
    if (n < min || n > max) {
        error(child(path, key), Tr::tr("%1 is out of range [%2, %3]").arg(n).arg(min).arg(max));
        return 0;
    }
    return n;
}

double JsonReader::positive(const JsonObject &o, const QString &key, const QString &path)
{
    const JsonValue v = o.value(key);
    if (!isFiniteNumber(v)) {
        numberValue(v, child(path, key));
        return 0;
    }
    const double n = v.toDouble();
    if (n <= 0)
        error(child(path, key), Tr::tr("expected a positive number, found %1").arg(n));
    return n > 0 ? n : 0;
}

double JsonReader::nonNegative(const JsonObject &o, const QString &key, const QString &path)
{
    const JsonValue v = o.value(key);
    if (!isFiniteNumber(v)) {
        numberValue(v, child(path, key));
        return 0;
    }
    const double n = v.toDouble();
    if (n < 0)
        error(child(path, key), Tr::tr("expected a number >= 0, found %1").arg(n));
    return n >= 0 ? n : 0;
}

std::optional<double> JsonReader::optNonNegative(const JsonObject &o, const QString &key,
                                                 const QString &path)
{
    const JsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!isFiniteNumber(v))
        return numberValue(v, child(path, key)); // nullopt, with the error
    const double n = v.toDouble();
    if (n < 0) {
        error(child(path, key), Tr::tr("expected a number >= 0 or null, found %1").arg(n));
        return std::nullopt;
    }
    return n;
}

int JsonReader::positiveInt(const JsonObject &o, const QString &key, const QString &path)
{
    const JsonValue v = o.value(key);
    const double n = v.toDouble(-1);
    if (!v.isDouble() || n < 1 || n > std::numeric_limits<int>::max() || n != std::floor(n)) {
        error(child(path, key), Tr::tr("expected a positive integer"));
        return 0;
    }
    return int(n);
}

std::optional<int> JsonReader::optPositiveInt(const JsonObject &o, const QString &key,
                                              const QString &path)
{
    const JsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const int n = positiveInt(o, key, path);
    return n > 0 ? std::optional<int>(n) : std::nullopt;
}

std::optional<qint64> JsonReader::optPositiveInt64(const JsonObject &o, const QString &key,
                                                   const QString &path)
{
    const JsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double n = v.toDouble(-1);
    if (!v.isDouble() || n < 1 || n > kMaxExactInteger || n != std::floor(n)) {
        error(child(path, key), Tr::tr("expected a positive integer or null"));
        return std::nullopt;
    }
    return qint64(n);
}

} // namespace ecsplan
