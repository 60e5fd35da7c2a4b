#include "catalog/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ecsplan;

namespace {

/** `v` as the QJsonValue it stands for, members in the order JsonObject iterates them. */
QJsonValue toQt(const JsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        QJsonObject o;
        const JsonObject object = v.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            o.insert(it.key(), toQt(it.value()));
        return o;
    }
    case QJsonValue::Array: {
        QJsonArray a;
        for (const JsonValue &item : v.toArray())
            a.append(toQt(item));
        return a;
    }
    case QJsonValue::Double:
        return v.toDouble();
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool();
    case QJsonValue::Null:
        return QJsonValue::Null;
    case QJsonValue::Undefined:
        break;
    }
    return QJsonValue::Undefined;
}

/** The keys of `o` in iteration order. */
QStringList keysOf(const JsonObject &o)
{
    QStringList keys;
    for (auto it = o.begin(); it != o.end(); ++it)
        keys << it.key();
    return keys;
}

} // namespace

class tst_JsonReader : public QObject
{
    Q_OBJECT

private slots:
    void childPaths_data();
    void childPaths();
    void readsAsQJsonDocument_data();
    void readsAsQJsonDocument();
    void lastOfRepeatedKeysWins();
    void iteratesKeysInCodePointOrder();
    void valueConversions();
};

void tst_JsonReader::readsAsQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"b": 1, "a": [true, false, null, "x"], "c": {}})");
    QTest::newRow("array root") << QByteArray("[1, 2.5, -3]");
    QTest::newRow("scalar root") << QByteArray("5");
    QTest::newRow("string root") << QByteArray(R"("text")");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("syntax error") << QByteArray(R"({"a": 1,})");
    QTest::newRow("unclosed") << QByteArray(R"({"a": [1, 2)");
    QTest::newRow("garbage after") << QByteArray(R"({"a": 1} x)");
    QTest::newRow("exponent") << QByteArray(R"({"a": 1.5e3, "b": 2E-2})");
    QTest::newRow("underflow") << QByteArray(R"({"a": 1e-400})");
    QTest::newRow("overflow") << QByteArray(R"({"a": 1e400})");
    QTest::newRow("subnormal") << QByteArray(R"({"a": 1e-310})");
    QTest::newRow("long fraction underflows")
            << (QByteArray(R"({"a": 0.)") + QByteArray(400, '0') + QByteArray("1}"));
    QTest::newRow("integer beyond 64 bits")
            << QByteArray(R"({"a": 123456789012345678901234567890})");
    QTest::newRow("integer beyond int64") << QByteArray(R"({"a": 9223372036854775808})");
    QTest::newRow("minus zero") << QByteArray(R"({"a": -0, "b": -0.0})");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"a\": 1}");
    QTest::newRow("bad UTF-8") << QByteArray("{\"a\": \"\xFF\"}");
    QTest::newRow("control character") << QByteArray("{\"a\": \"x\x01y\"}");
    QTest::newRow("escapes") << QByteArray(R"({"a": "\u00e9\n\"\\ \ud83d\ude00", "\u0062": 2})");
    QTest::newRow("repeated keys") << QByteArray(R"({"a": 1, "b": 2, "a": 3})");
    QTest::newRow("non-ASCII keys")
            << QByteArray("{\"\xC3\xA9\": 1, \"z\": 2, \"\xEF\xBD\x81\": 3, "
                          "\"\xF0\x9F\x98\x80\": 4}");
}

void tst_JsonReader::readsAsQJsonDocument()
{
    QFETCH(QByteArray, json);
    QJsonParseError expectedError;
    const QJsonDocument expected = QJsonDocument::fromJson(json, &expectedError);
    JsonDocument doc;
    QJsonParseError error;
    const bool ok = doc.parse(json, &error);
    QCOMPARE(ok, expectedError.error == QJsonParseError::NoError);
    QCOMPARE(error.error, expectedError.error);
    QCOMPARE(error.offset, expectedError.offset);
    QCOMPARE(error.errorString(), expectedError.errorString());
    QCOMPARE(doc.isObject(), expected.isObject());
    if (expected.isObject()) {
        const JsonObject root = doc.object();
        QCOMPARE(keysOf(root), expected.object().keys());
        for (const QString &key : expected.object().keys())
            QCOMPARE(toQt(root.value(key)), expected.object().value(key));
    }
}

void tst_JsonReader::lastOfRepeatedKeysWins()
{
    JsonDocument doc;
    QJsonParseError error;
    QVERIFY(doc.parse(R"({"a": 1, "b": "x", "a": 3})", &error));
    const JsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("a")).toDouble(), 3.0);
    QCOMPARE(root.value(QStringLiteral("b")).toString(), QStringLiteral("x"));
    QVERIFY(root.value(QStringLiteral("c")).isUndefined());
    QCOMPARE(root.size(), 2);
    QCOMPARE(keysOf(root), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
}

void tst_JsonReader::iteratesKeysInCodePointOrder()
{
    JsonDocument doc;
    QJsonParseError error;
    QVERIFY(doc.parse("{\"\xF0\x9F\x98\x80\": 4, \"\xEF\xBD\x81\": 3, \"z\": 2, \"\xC3\xA9\": 1}",
                      &error));
    // U+1F600 after U+FF41, although its first UTF-16 unit (0xD83D) is the smaller.
    QCOMPARE(keysOf(doc.object()),
             QStringList({QStringLiteral("z"), QStringLiteral("\u00e9"), QStringLiteral("\uff41"),
                          QString::fromUtf8("\xF0\x9F\x98\x80")}));
    QCOMPARE(doc.object().value(QStringLiteral("\u00e9")).toDouble(), 1.0);
    QCOMPARE(doc.object().value(QString::fromUtf8("\xF0\x9F\x98\x80")).toDouble(), 4.0);
}

void tst_JsonReader::valueConversions()
{
    JsonDocument doc;
    QJsonParseError error;
    QVERIFY(doc.parse(R"({"i": 7, "d": 7.5, "big": 3000000000, "s": "t", "n": null, "b": true,
                         "a": [1, "x"], "o": {"k": 1}})",
                      &error));
    const JsonObject o = doc.object();
    QCOMPARE(o.value(QStringLiteral("i")).toInt(-1), 7);
    QCOMPARE(o.value(QStringLiteral("d")).toInt(-1), -1);
    QCOMPARE(o.value(QStringLiteral("big")).toInt(-1), -1);
    QCOMPARE(o.value(QStringLiteral("big")).toDouble(), 3e9);
    QCOMPARE(o.value(QStringLiteral("s")).toInt(-1), -1);
    QCOMPARE(o.value(QStringLiteral("s")).toDouble(2), 2.0);
    QCOMPARE(o.value(QStringLiteral("i")).toString(), QString());
    QVERIFY(o.value(QStringLiteral("n")).isNull());
    QVERIFY(!o.value(QStringLiteral("n")).isUndefined());
    QCOMPARE(o.value(QStringLiteral("b")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("s")).toBool(true), true);
    QCOMPARE(o.value(QStringLiteral("a")).toArray().size(), 2);
    QCOMPARE(o.value(QStringLiteral("a")).toArray().at(1).toString(), QStringLiteral("x"));
    QCOMPARE(o.value(QStringLiteral("s")).toArray().size(), 0);
    QCOMPARE(o.value(QStringLiteral("o")).toObject().value(QStringLiteral("k")).toInt(), 1);
    QVERIFY(o.value(QStringLiteral("a")).toObject().isEmpty());
    for (const QString &key : {QStringLiteral("i"), QStringLiteral("d"), QStringLiteral("s"),
                               QStringLiteral("n"), QStringLiteral("b"), QStringLiteral("a"),
                               QStringLiteral("o"), QStringLiteral("missing")}) {
        const QJsonValue expected = QJsonDocument::fromJson(R"({"i": 7, "d": 7.5, "s": "t",
                "n": null, "b": true, "a": [1, "x"], "o": {"k": 1}})")
                                            .object()
                                            .value(key);
        QCOMPARE(o.value(key).type(), expected.type());
    }
}

void tst_JsonReader::childPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("root") << QString() << QStringLiteral("regions") << QStringLiteral("/regions");
    QTest::newRow("nested") << QStringLiteral("/instanceTypes/3") << QStringLiteral("prices")
                            << QStringLiteral("/instanceTypes/3/prices");
    QTest::newRow("empty key") << QStringLiteral("/a") << QString() << QStringLiteral("/a/");
    QTest::newRow("tilde") << QStringLiteral("/a") << QStringLiteral("x~y")
                           << QStringLiteral("/a/x~0y");
    QTest::newRow("slash") << QStringLiteral("/a") << QStringLiteral("cn/east")
                           << QStringLiteral("/a/cn~1east");
    QTest::newRow("both") << QString() << QStringLiteral("~/~1") << QStringLiteral("/~0~1~01");
    QTest::newRow("non-ASCII") << QStringLiteral("/r\u00e9") << QStringLiteral("\u4e2d")
                               << QStringLiteral("/r\u00e9/\u4e2d");
}

void tst_JsonReader::childPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(JsonReader::child(path, key), expected);
    for (const qsizetype index : {qsizetype(0), qsizetype(7), qsizetype(10), qsizetype(123456789),
                                  qsizetype(-3), std::numeric_limits<qsizetype>::max()})
        QCOMPARE(JsonReader::child(path, index), path + QLatin1Char('/') + QString::number(index));
}

QTEST_GUILESS_MAIN(tst_JsonReader)
#include "tst_jsonreader.moc"
