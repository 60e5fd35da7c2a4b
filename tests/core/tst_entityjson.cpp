// One entity's JSON object read back: the loader's fast path, which stores common values
// straight into the entity's fields, against the generic path that reads every value into a
// QVariant and checks it with validatePropertyValue(). Both must accept the same values, store
// the same entity and word every refusal the same way.

#include "io/designjson.h"
#include "io/entityjson_p.h"
#include "model/entity.h"
#include "model/properties.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <functional>
#include <random>

using namespace ecsplan;

class tst_EntityJson : public QObject
{
    Q_OBJECT

private slots:
    void fastPathReadsAsTheGenericPath_data();
    void fastPathReadsAsTheGenericPath();
    void keysResolveAsTheGenericPath_data();
    void keysResolveAsTheGenericPath();
    void negativeZeroIsStoredAsGiven();
    void textsConvertAsFromUtf8();
};

namespace {

/** `count` JSON values from `item(i)`, as an array. */
QByteArray arrayOf(int count, const std::function<QByteArray(int)> &item)
{
    QByteArray out = "[";
    for (int i = 0; i < count; ++i)
        out += (i ? "," : "") + item(i);
    return out + ']';
}

} // namespace

void tst_EntityJson::fastPathReadsAsTheGenericPath_data()
{
    QTest::addColumn<QByteArray>("json");

    // Every value is given to each (kind, key): valid ones, wrong types, codes in the wrong
    // case, texts past the limits, ids out of range, lists past the item limit. Not -0.0: the
    // generic path keeps a field's default 0.0 for it (setPropertyValue() skips an equal value)
    // where the loader has always stored the -0.0 the file gives (negativeZeroIsStoredAsGiven).
    const QList<QByteArray> scalars = {"null",
                                       "true",
                                       "false",
                                       "0",
                                       "1",
                                       "-1",
                                       "1.5",
                                       "2.0",

                                       "1e3",
                                       "2000",
                                       "2001",
                                       "65535",
                                       "65536",
                                       "1e10",
                                       "4294967296",
                                       "9223372036854775807",
                                       "9223372036854775808",
                                       "\"\"",
                                       "\" \"",
                                       "\"x\"",
                                       "\"PL0\"",
                                       "\"PL1\"",
                                       "\"PL3\"",
                                       "\"PL4\"",
                                       "\"pl1\"",
                                       "\"Basic\"",
                                       "\"Standard\"",
                                       "\"StandardWithWaf\"",
                                       "\"basic\"",
                                       "\"payAsYouGo\"",
                                       "\"PL1\\u0000\"",
                                       "\"P\\u00e9\"",
                                       "\"\\u4e2d\"",
                                       "{}",
                                       "[]"};
    const QList<QByteArray> lists
            = {"[1]",
               "[1, 2, 3]",
               "[0]",
               "[-1]",
               "[1.5]",
               "[1.0]",
               "[1e3]",
               "[4294967296]",
               "[9223372036854775808]",
               "[\"1\"]",
               "[null]",
               "[[1]]",
               "[\"a\"]",
               "[\"a\", \"b\", \"a\"]",
               "[\"\"]",
               "[\"a\", 1]",
               "[\"\\u00e9t\\u00e9\"]",
               arrayOf(1000, [](int i) { return QByteArray::number(i + 1); }),
               arrayOf(1001, [](int i) { return QByteArray::number(i + 1); }),
               arrayOf(1000, [](int i) { return '"' + QByteArray::number(i) + '"'; }),
               arrayOf(1001, [](int i) { return '"' + QByteArray::number(i) + '"'; }),
               arrayOf(1, [](int) { return '"' + QByteArray(1 << 20, 'x') + '"'; }),
               arrayOf(1, [](int) { return '"' + QByteArray((1 << 20) + 1, 'x') + '"'; }),
               arrayOf(1, [](int) { return "\"\\u00e9" + QByteArray((1 << 20) - 2, 'x') + '"'; }),
               "[0.5, 1, 2, 3]",
               "[0, 0, 10, 10]",
               "[0, 0, 0, 10]",
               "[0, 0, -1, 10]",
               "[1, 2, 3]"};
    const struct
    {
        const char *kind;
        QList<const char *> keys;
    } kinds[] = {
            {"disk",
             {"performanceLevel", "category", "sizeGiB", "attachedTo", "encrypted", "name"}},
            {"instanceGroup",
             {"systemDiskLevel", "tags", "securityGroups", "count", "billing", "instanceType",
              "systemDiskGiB", "geometry", "parent"}},
            {"scalingGroup", {"zones", "tags", "minSize", "billing"}},
            {"loadBalancer", {"edition", "zones", "lbKind", "listenerPort", "backendPort"}},
            {"cache", {"billing", "engine", "shards", "readReplicaOf"}},
            {"link", {"from", "gbPerMonth", "readFraction", "path", "inferred"}},
    };
    for (const auto &kind : kinds) {
        for (const char *key : kind.keys) {
            int n = 0;
            for (const QList<QByteArray> *values : {&scalars, &lists}) {
                for (const QByteArray &value : *values) {
                    const QByteArray name
                            = qstrcmp(key, "name") == 0 ? QByteArray() : ", \"name\": \"n\"";
                    const QByteArray json = "{\"id\": 7, \"kind\": \"" + QByteArray(kind.kind)
                            + "\"" + name + ", \"" + key + "\": " + value + "}";
                    QTest::addRow("%s/%s/%d", kind.kind, key, n++) << json;
                }
            }
        }
    }
    // Every code of every enumerated property and of the kinds, and near misses of each.
    for (int k = 0; k < EntityKindCount; ++k) {
        const auto kind = static_cast<EntityKind>(k);
        const QByteArray code = toCode(kind).toUtf8();
        const QList<QByteArray> nearKinds
                = {code, code.toUpper(), code.chopped(1), code + ' ', code + "\u0000"};
        for (const QByteArray &near : nearKinds)
            QTest::addRow("kind %s", near.constData())
                    << "{\"id\": 7, \"kind\": \"" + near + "\", \"name\": \"n\"}";
        for (int i = 0; i < PropertyCount; ++i) {
            const auto p = static_cast<Property>(i);
            if (propertyType(p) != PropertyType::Enum || !hasProperty(kind, p))
                continue;
            for (const QString &text : enumCodes(p)) {
                const QByteArray value = text.toUtf8();
                for (const QByteArray &near :
                     {value, value.toUpper(), value.toLower(), value.chopped(1), value + 'x'})
                    QTest::addRow("%s/%s/%s", code.constData(), propertyInfo(p).key,
                                  near.constData())
                            << "{\"id\": 7, \"kind\": \"" + code + "\", \"name\": \"n\", \""
                                    + propertyInfo(p).key + "\": \"" + near + "\"}";
            }
        }
    }
}

void tst_EntityJson::keysResolveAsTheGenericPath_data()
{
    QTest::addColumn<QByteArray>("json");
    // A value of each property's type, so that the key alone decides.
    const auto valueOf = [](Property p) -> QByteArray {
        switch (propertyType(p)) {
        case PropertyType::String:
            return "\"PL1\"";
        case PropertyType::Int:
            return "1";
        case PropertyType::Double:
            return "0.5";
        case PropertyType::Bool:
            return "true";
        case PropertyType::StringList:
            return "[\"a\"]";
        case PropertyType::Id:
            return "3";
        case PropertyType::Ids:
            return "[3]";
        case PropertyType::Rect:
            return "[0, 0, 10, 10]";
        case PropertyType::Enum:
            return '"' + enumCodes(p).constLast().toUtf8() + '"';
        case PropertyType::Rules:
            return "[]";
        }
        return "null";
    };
    const QList<QByteArray> junk
            = {"",        "Name", "nam", "namee",          "billin",       "billingg",
               "Billing", "id ",  "x",   "geometry\u0000", "g\u00e9ometry"};
    for (int k = 0; k < EntityKindCount; ++k) {
        const auto kind = static_cast<EntityKind>(k);
        const QByteArray head = "{\"id\": 7, \"kind\": \"" + toCode(kind).toUtf8() + "\"";
        for (int i = 0; i < PropertyCount; ++i) {
            const auto p = static_cast<Property>(i);
            const QByteArray key = propertyInfo(p).key;
            // Every property's key with this kind, after "name" and before it.
            QTest::addRow("%s/%s", qPrintable(toCode(kind)), key.constData())
                    << head + ", \"name\": \"n\", \"" + key + "\": " + valueOf(p) + "}";
            QTest::addRow("%s/%s first", qPrintable(toCode(kind)), key.constData())
                    << head + ", \"" + key + "\": " + valueOf(p) + ", \"name\": \"n\"}";
        }
        for (const QByteArray &key : junk)
            QTest::addRow("%s/junk %s", qPrintable(toCode(kind)), key.constData())
                    << head + ", \"name\": \"n\", \"" + key + "\": 1}";
        // All the kind's keys in the writer's order, alphabetically and repeated.
        const QByteArray written = DesignJson::writeEntity(entityDefaults(kind));
        QTest::addRow("%s/written", qPrintable(toCode(kind))) << written;
        const QByteArray sorted = QJsonDocument::fromJson(written).toJson();
        QTest::addRow("%s/sorted", qPrintable(toCode(kind))) << sorted;
        QByteArray twice = written;
        twice.chop(1);
        twice += ", " + written.mid(written.indexOf("\"name\""));
        QTest::addRow("%s/every key twice", qPrintable(toCode(kind))) << twice;
    }
}

void tst_EntityJson::keysResolveAsTheGenericPath()
{
    fastPathReadsAsTheGenericPath();
}

void tst_EntityJson::negativeZeroIsStoredAsGiven()
{
    Entity link;
    QStringList errors;
    QVERIFY(DesignJson::readEntity(R"({"id": 7, "kind": "link", "name": "n", "gbPerMonth": -0.0})",
                                   &link, &errors));
    QCOMPARE(errors, QStringList());
    QVERIFY(std::signbit(link.link.gbPerMonth));
}

void tst_EntityJson::fastPathReadsAsTheGenericPath()
{
    QFETCH(QByteArray, json);
    Entity fast, generic;
    QStringList fastErrors, genericErrors;
    const bool fastOk = DesignJson::readEntity(json, &fast, &fastErrors);
    const bool genericOk
            = DesignJson::detail::readEntityGenerically(json, &generic, &genericErrors);
    QCOMPARE(fastErrors, genericErrors);
    QCOMPARE(fastOk, genericOk);
    QCOMPARE(fastOk, genericErrors.isEmpty());
    if (fastOk)
        QCOMPARE(DesignJson::writeEntity(fast), DesignJson::writeEntity(generic));
}

// The loader widens ASCII texts as Latin-1: the same QString as QString::fromUtf8() makes, for
// every text, ASCII or not, at every length around the eight-byte words it tests.
void tst_EntityJson::textsConvertAsFromUtf8()
{
    std::mt19937 rng(3);
    const char bytes[] = {'a', 'Z', ' ', '0', '\0', '\x7f', '\x80', '\xc3', '\xa9', '\xff', '\xe4'};
    for (int round = 0; round < 20000; ++round) {
        std::string text(std::uniform_int_distribution<size_t>(0, 40)(rng), 'x');
        const bool plain = round % 2 == 0;
        for (char &c : text)
            c = bytes[std::uniform_int_distribution<size_t>(0, plain ? 5 : sizeof bytes - 1)(rng)];
        const QString expected = QString::fromUtf8(text.data(), qsizetype(text.size()));
        const QString made = DesignJson::detail::qstr(text);
        QCOMPARE(made, expected);
        QCOMPARE(made.isNull(), expected.isNull());
    }
    QVERIFY(DesignJson::detail::qstr(std::string_view()).isNull());
}

QTEST_GUILESS_MAIN(tst_EntityJson)
#include "tst_entityjson.moc"
