#include "jsonreader.h"

#include "ecsplan_global.h"

#include <cmath>

namespace ecsplan {

namespace {
const char *typeName(const QJsonValue &v)
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
bool isFiniteNumber(const QJsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble());
}
} // namespace

QString JsonReader::child(const QString &path, const QString &key)
{
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"))
            .replace(QLatin1Char('/'), QLatin1String("~1"));
    return path + QLatin1Char('/') + escaped;
}

QString JsonReader::child(const QString &path, qsizetype index)
{
    return path + QLatin1Char('/') + QString::number(index);
}

void JsonReader::error(const QString &path, const QString &message)
{
    ++m_count;
    if (m_errors)
        m_errors->append((path.isEmpty() ? QStringLiteral("/") : path) + QStringLiteral(": ")
                         + message);
}

QJsonObject JsonReader::object(const QJsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        error(path, Tr::tr("expected an object, found %1").arg(QLatin1String(typeName(v))));
        return {};
    }
    return v.toObject();
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject &o, const QString &key,
                                              const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isObject()) {
        error(child(path, key),
              Tr::tr("expected an object, found %1").arg(QLatin1String(typeName(v))));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonObject> JsonReader::optObject(const QJsonObject &o, const QString &key,
                                                 const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        error(child(path, key),
              Tr::tr("expected an object or null, found %1").arg(QLatin1String(typeName(v))));
        return std::nullopt;
    }
    return v.toObject();
}

QJsonArray JsonReader::array(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isArray()) {
        error(child(path, key),
              Tr::tr("expected an array, found %1").arg(QLatin1String(typeName(v))));
        return {};
    }
    return v.toArray();
}

QJsonArray JsonReader::optArray(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    return array(o, key, path);
}

QString JsonReader::string(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        error(child(path, key),
              v.isString() ? Tr::tr("expected a non-empty string")
                           : Tr::tr("expected a string, found %1").arg(QLatin1String(typeName(v))));
        return {};
    }
    return v.toString();
}

QString JsonReader::optString(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        error(child(path, key),
              Tr::tr("expected a string, found %1").arg(QLatin1String(typeName(v))));
        return {};
    }
    return v.toString();
}

bool JsonReader::boolean(const QJsonObject &o, const QString &key, const QString &path,
                         bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        error(child(path, key),
              Tr::tr("expected a boolean, found %1").arg(QLatin1String(typeName(v))));
        return fallback;
    }
    return v.toBool();
}

std::optional<double> JsonReader::numberValue(const QJsonValue &v, const QString &path)
{
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        error(path, Tr::tr("expected a number, found %1").arg(QLatin1String(typeName(v))));
        return std::nullopt;
    }
    return v.toDouble();
}

double JsonReader::number(const QJsonObject &o, const QString &key, const QString &path, double min,
                          double max)
{
    // Paths are spelt out only for an error: the built-in catalog reads thousands of numbers.
    const QJsonValue v = o.value(key);
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

double JsonReader::positive(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!isFiniteNumber(v)) {
        numberValue(v, child(path, key));
        return 0;
    }
    const double n = v.toDouble();
    if (n <= 0)
        error(child(path, key), Tr::tr("expected a positive number, found %1").arg(n));
    return n > 0 ? n : 0;
}

double JsonReader::nonNegative(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!isFiniteNumber(v)) {
        numberValue(v, child(path, key));
        return 0;
    }
    const double n = v.toDouble();
    if (n < 0)
        error(child(path, key), Tr::tr("expected a number >= 0, found %1").arg(n));
    return n >= 0 ? n : 0;
}

std::optional<double> JsonReader::optNonNegative(const QJsonObject &o, const QString &key,
                                                 const QString &path)
{
    const QJsonValue v = o.value(key);
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

int JsonReader::positiveInt(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    const double n = v.toDouble(-1);
    if (!v.isDouble() || n < 1 || n > std::numeric_limits<int>::max() || n != std::floor(n)) {
        error(child(path, key), Tr::tr("expected a positive integer"));
        return 0;
    }
    return int(n);
}

std::optional<int> JsonReader::optPositiveInt(const QJsonObject &o, const QString &key,
                                              const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const int n = positiveInt(o, key, path);
    return n > 0 ? std::optional<int>(n) : std::nullopt;
}

std::optional<qint64> JsonReader::optPositiveInt64(const QJsonObject &o, const QString &key,
                                                   const QString &path)
{
    const QJsonValue v = o.value(key);
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
