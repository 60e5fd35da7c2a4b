// The design loader's scanner (core/io/entityscan.cpp) against simdjson and readEntity(): an
// entity the scanner accepts must be exactly the one simdjson's element of the same bytes reads
// (every field, doubles to the bit), and what it declines is read by simdjson as before. The
// scanner must accept the ordinary entities a design file holds, or the loader gains nothing.

#include "generate/designgenerator.h"
#include "io/designjson.h"
#include "io/entityjson_p.h"
#include "io/entityscan_p.h"
#include "model/entity.h"
#include "model/model.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace ecsplan;
using namespace ecsplan::DesignJson;

class tst_EntityScan : public QObject
{
    Q_OBJECT

private slots:
    void scannerReadsAsSimdjson_data();
    void scannerReadsAsSimdjson();
    void numbersReadAsSimdjson();
    void designEntitiesAreScanned();
};

namespace {

/**
 * What readEntity() makes of `json` through simdjson, or nothing when it fails. (Through the
 * library: the test's own simdjson objects might be built with other settings than its.)
 */
std::optional<Entity> throughSimdjson(const QByteArray &json)
{
    QStringList errors;
    Entity e;
    if (!DesignJson::readEntity(json, &e, &errors) || !errors.isEmpty())
        return std::nullopt;
    return e;
}

/** `json` through the scanner, or nothing when it declines. */
std::optional<Entity> throughScanner(const QByteArray &json)
{
    detail::EntityScanner scanner;
    Entity e;
    if (!scanner.read(json.constData(), size_t(json.size()), &e, nullptr))
        return std::nullopt;
    return e;
}

/** Whether the scanner's entity, when it made one, is simdjson's to the bit. */
void compareWithSimdjson(const QByteArray &json, bool *scanned = nullptr)
{
    const std::optional<Entity> fast = throughScanner(json);
    if (scanned)
        *scanned = fast.has_value();
    if (!fast)
        return; // declined: simdjson reads it, as before the scanner
    const std::optional<Entity> reference = throughSimdjson(json);
    QVERIFY2(reference, json.left(300).constData());
    QCOMPARE(writeEntity(*fast), writeEntity(*reference));
    // The file's text rounds doubles: their bits too, and the signs of zeros.
    const QRectF a = fast->geometry, b = reference->geometry;
    for (const auto &[x, y] : {std::pair{a.x(), b.x()},
                               {a.y(), b.y()},
                               {a.width(), b.width()},
                               {a.height(), b.height()}})
        QVERIFY(std::memcmp(&x, &y, sizeof x) == 0);
    for (const auto &[x, y] : {std::pair{fast->link.gbPerMonth, reference->link.gbPerMonth},
                               {fast->link.requestsPerSecond, reference->link.requestsPerSecond},
                               {fast->link.readFraction, reference->link.readFraction}})
        QVERIFY(std::memcmp(&x, &y, sizeof x) == 0);
}

} // namespace

void tst_EntityScan::scannerReadsAsSimdjson_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray link = R"({"id": 32, "kind": "link", "name": "users → web", "from": 1,)"
                            R"( "to": 30, "gbPerMonth": 2720.38, "requestsPerSecond": 104.63,)"
                            R"( "readFraction": 0.9, "path": "auto"})";
    const QByteArray group
            = R"({"id": 34, "kind": "instanceGroup", "name": "db-0", "parent": 3, "geometry": )"
              R"([780.0, 170.0, 160.0, 64.0], "instanceType": "ecs.r8i.xlarge", "count": 1, )"
              R"("billing": "subscription1y", "image": "aliyun_3_x64", "systemDiskCategory": )"
              R"("cloud_essd", "systemDiskLevel": "PL0", "systemDiskGiB": 40, "role": "db", )"
              R"("tags": ["production", "database"], "drainHandler": false, )"
              R"("replicationFactor": 1, "securityGroups": [8]})";
    const QByteArray cache
            = R"({"id": 39, "kind": "cache", "name": "cache-0", "parent": 5, "engine": "redis", )"
              R"("instanceClass": "redis.master.small.default", "engineVersion": "5.0", )"
              R"("readReplicaOf": null, "billing": "payAsYouGo"})";
    const QByteArray lb = R"({"id": 30, "kind": "loadBalancer", "name": "web-alb-0", "parent": 2, )"
                          R"("zones": [3, 4], "lbKind": "alb", "addressType": "internet", )"
                          R"("edition": "Standard", "listenerPort": 443})";
    int row = 0;
    for (const QByteArray &base : {link, group, cache, lb}) {
        QTest::addRow("base %d", row++) << base;
        // Each replacement of a piece of the entity: other spellings of its numbers, strings,
        // literals, separators and keys, valid or not.
        const QList<std::pair<QByteArray, QList<QByteArray>>> edits = {
                {"2720.38",
                 {"2720",
                  "2720.380",
                  "2.72038e3",
                  "2720.38e0",
                  "-2720.38",
                  "02720.38",
                  "2720.",
                  ".5",
                  "+1",
                  "-0",
                  "-0.0",
                  "0.1",
                  "1e400",
                  "123456789012345678901234567890.5",
                  "1234567890123456789",
                  "12345678901234567.5",
                  "0.30000000000000004",
                  "9007199254740993.0",
                  "2720.38x",
                  "2720.38,",
                  "NaN",
                  "\"2720.38\""}},
                {"1,", {"1.0,", "-1,", "0,", "01,", "1e0,", "99999999999999999999,", "null,"}},
                {"\"db-0\"",
                 {"\"\"", "\" \"", "\"d\\u0062\"", "\"d\\\"b\"", "\"d\tb\"", "\"d\x01\"",
                  "\"\xc3\xa9\"", "\"\xc3\"", "\"\xe2\x86\x92\"", "\"\xff\"", "\"db-0", "db-0"}},
                {"\"users → web\"", {"\"users \xe2\x86\"", "\"users\"", "\"\xf0\x9f\x98\x80\""}},
                {"false", {"true", "fals", "false0", "null", "0", "\"false\""}},
                {"null", {"nul", "7", "0", "-1", "34", "nullx", "[]"}},
                {"[3, 4]",
                 {"[]", "[3]", "[3,4]", "[ 3 , 4 ]", "[3, 4,]", "[3 4]", "[[3], 4]", "[3, {}]",
                  "[3, 3]", "[0]", "[3.0]", "[\"3\"]", "[3, 4"}},
                {"[780.0, 170.0, 160.0, 64.0]",
                 {"[780, 170, 160, 64]", "[780.0, 170.0, 160.0]", "[-0.0, 1e2, 160.0, 64.0]",
                  "[1, 2, 0, 4]", "[1, 2, -3, 4]", "[1, 2, 3, 4, 5]",
                  "[\n  1,\n  2,\n  3,\n  4\n]"}},
                {"[\"production\", \"database\"]",
                 {"[]", "[\"\"]", "[\"a\\nb\"]", "[\"a\", 1]", "[\"production\"]"}},
                {", ",
                 {",", " , ", ",\n      ", ",\t", ",\r\n", ",\x0b", ",\xc2\xa0", ",,",
                  ", \"id\": 1, ", ", \"kind\": \"link\", ", ", \"name\": \"x\", ",
                  ", \"nope\": 1, "}},
                {"\"kind\"", {"\"kin\\u0064\"", "\"Kind\"", "\"name\""}},
                {"\"id\": ", {"\"id\" : ", "\"id\":", "\"i\\u0064\": ", "\"ids\": ", "\"name\": "}},
                {"\"name\": ", {"\"nam\\u0065\": ", "\"label\": ", "\"notes\": "}},
                {"}", {"} ", "}}", "}]", "},", "", "\n}"}},
                {"{", {" {", "[{", "{{", "\n\t{"}},
                {"\"alb\"", {"\"nlb\"", "\"clb\"", "\"ALB\"", "\"al\\u0062\""}},
                {"\"auto\"", {"\"internet\"", "\"Auto\""}},
                {"\"PL0\"", {"\"PL1\"", "\"PL9\"", "\"pl0\"", "\"\""}},
                {"\"Standard\"", {"\"Basic\"", "\"\"", "\"standard\""}},
                {"\"payAsYouGo\"", {"\"spot\"", "\"subscription1y\"", "\"PayAsYouGo\""}},
                {"\"subscription1y\"", {"\"spot\"", "\"subscription3y\"", "\"yearly\""}},
        };
        for (const auto &[from, tos] : edits) {
            for (qsizetype at = base.indexOf(from); at >= 0; at = base.indexOf(from, at + 1)) {
                for (const QByteArray &to : tos) {
                    QByteArray json = base;
                    json.replace(at, from.size(), to);
                    QTest::addRow("%d: %s at %lld -> %s", row++, from.constData(), at,
                                  to.constData())
                            << json;
                }
            }
        }
    }
    // Every kind's defaults as the writer spells them, and with each key left out.
    for (int k = 0; k < EntityKindCount; ++k) {
        Entity e = entityDefaults(static_cast<EntityKind>(k));
        e.id = entityId(5);
        const QByteArray written = writeEntity(e);
        QTest::addRow("defaults %d", k) << written;
        for (qsizetype at = written.indexOf(", \""); at >= 0;
             at = written.indexOf(", \"", at + 1)) {
            const qsizetype next = written.indexOf(", \"", at + 1);
            QByteArray without = written;
            without.remove(at, (next < 0 ? written.size() - 1 : next) - at);
            QTest::addRow("defaults %d without %lld", k, at) << without;
        }
    }
}

void tst_EntityScan::scannerReadsAsSimdjson()
{
    QFETCH(QByteArray, json);
    compareWithSimdjson(json);
}

// Numbers of every length and form the scanner may read, in a field that takes any double
// (the geometry's x) and in a link's figures: the same double as simdjson's, to the bit.
void tst_EntityScan::numbersReadAsSimdjson()
{
    std::mt19937_64 rng(15);
    const auto digits = [&](int n, bool leadingZeroAllowed) {
        QByteArray out;
        for (int i = 0; i < n; ++i) {
            const int d = int(rng() % 10);
            out += char('0' + (i == 0 && !leadingZeroAllowed && d == 0 ? 1 : d));
        }
        return out;
    };
    int scanned = 0;
    for (int round = 0; round < 60000; ++round) {
        const int whole = 1 + int(rng() % 19), places = int(rng() % 24);
        QByteArray number = rng() % 4 == 0 ? "-" : "";
        number += rng() % 5 == 0 ? QByteArray("0") : digits(whole, false);
        if (places > 0 || rng() % 2)
            number += '.' + digits(places, true);
        if (round % 7 == 0) // a double as a program prints it
            number = QByteArray::number(std::ldexp(double(rng() % (1ULL << 53)), -int(rng() % 80)),
                                        'g', 17);
        const QByteArray placed = "{\"id\": 9, \"kind\": \"disk\", \"name\": \"n\", "
                                  "\"geometry\": ["
                + number + ", 1.5, 2.0, 3.25]}";
        const QByteArray link = "{\"id\": 9, \"kind\": \"link\", \"name\": \"n\", \"from\": 1, "
                                "\"to\": 2, \"gbPerMonth\": "
                + number.mid(number.at(0) == '-') + "}";
        for (const QByteArray &json : {placed, link}) {
            bool fast = false;
            compareWithSimdjson(json, &fast);
            if (QTest::currentTestFailed()) {
                qWarning("%s", json.constData());
                return;
            }
            scanned += fast;
        }
    }
    QVERIFY2(scanned > 60000, qPrintable(QString::number(scanned))); // most are its forms
}

// A generated design as the file writes it: every entity read by the scanner but those whose
// values it leaves to simdjson (security rules, CIDR blocks), each as simdjson reads it.
void tst_EntityScan::designEntitiesAreScanned()
{
    GeneratorOptions options;
    options.components = 300;
    options.seed = 4;
    const Model model = generateDesign(options);
    const QByteArray file = write(model);
    int declined = 0, total = 0;
    for (const EntityId id : model.ids()) {
        const Entity &e = *model.find(id);
        // The entity as the file spells it: pretty-printed, as the loader slices it.
        const QByteArray compact = writeEntity(e);
        const qsizetype at = file.indexOf("\"id\": " + QByteArray::number(toUInt(id)) + ",");
        QVERIFY(at > 0);
        const qsizetype begin = file.lastIndexOf('{', at);
        qsizetype end = file.indexOf("\n    }", at);
        QVERIFY(begin > 0 && end > at);
        const QByteArray pretty = file.mid(begin, end + 6 - begin);
        for (const QByteArray &json : {compact, pretty}) {
            bool fast = false;
            compareWithSimdjson(json, &fast);
            const std::optional<Entity> reference = throughSimdjson(json);
            QVERIFY(reference);
            QCOMPARE(writeEntity(*reference), compact);
            ++total;
            if (!fast) {
                ++declined;
                QVERIFY2(e.kind == EntityKind::SecurityGroup || !e.cidr.isEmpty(),
                         compact.constData());
            }
        }
    }
    QVERIFY2(declined < total / 10,
             qPrintable(QStringLiteral("%1 of %2").arg(declined).arg(total)));
}

QTEST_GUILESS_MAIN(tst_EntityScan)
#include "tst_entityscan.moc"
