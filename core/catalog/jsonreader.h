#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <limits>
#include <optional>

namespace ecsplan {

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

    QJsonObject object(const QJsonValue &v, const QString &path);
    /** Required object member; nullopt (and an error) when missing or not an object. */
    std::optional<QJsonObject> object(const QJsonObject &o, const QString &key,
                                      const QString &path);
    /** Optional object member: nullopt when absent/null, error when another type. */
    std::optional<QJsonObject> optObject(const QJsonObject &o, const QString &key,
                                         const QString &path);
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &path);
    QJsonArray optArray(const QJsonObject &o, const QString &key, const QString &path);

    /**
     * The catalog's "array of objects": calls `each(object, elementPath)` for every element of
     * the required array member `key` of `o` (elementPath is path/key/i). An element that is no
     * object gets an error and is passed on as an empty object, so its missing members are
     * reported too. A missing or non-array member is one error and no call.
     */
    template<typename Each>
    void objects(const QJsonObject &o, const QString &key, const QString &path, Each &&each)
    {
        forEachObject(array(o, key, path), child(path, key), each);
    }
    /** objects() for an optional member: absent or null means no elements. */
    template<typename Each>
    void optObjects(const QJsonObject &o, const QString &key, const QString &path, Each &&each)
    {
        forEachObject(optArray(o, key, path), child(path, key), each);
    }

    QString string(const QJsonObject &o, const QString &key,
                   const QString &path); ///< required, non-empty
    QString optString(const QJsonObject &o, const QString &key, const QString &path);
    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool fallback);

    /** Required number within [min, max]. */
    double number(const QJsonObject &o, const QString &key, const QString &path,
                  double min = -std::numeric_limits<double>::max(),
                  double max = std::numeric_limits<double>::max());
    double positive(const QJsonObject &o, const QString &key, const QString &path); ///< > 0
    double nonNegative(const QJsonObject &o, const QString &key, const QString &path);
    std::optional<double> optNonNegative(const QJsonObject &o, const QString &key,
                                         const QString &path);
    int positiveInt(const QJsonObject &o, const QString &key, const QString &path);
    std::optional<int> optPositiveInt(const QJsonObject &o, const QString &key,
                                      const QString &path);
    std::optional<qint64> optPositiveInt64(const QJsonObject &o, const QString &key,
                                           const QString &path);

private:
    template<typename Each>
    void forEachObject(const QJsonArray &array, const QString &arrayPath, Each &each)
    {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString p = child(arrayPath, i);
            each(object(array.at(i), p), p);
        }
    }
    std::optional<double> numberValue(const QJsonValue &v, const QString &path);
    QStringList *m_errors;
    int m_count = 0;
};

} // namespace ecsplan
