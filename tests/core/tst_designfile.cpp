// The .ecsplan format: deterministic writing, round trips, the shipped samples, the bad-input
// table (every refusal names its JSON path, never a half-loaded model) and atomic saves.

#include "catalog/catalog.h"
#include "generateddesign.h"
#include "io/designfile.h"
#include "io/designjson.h"
#include "model/document.h"
#include "sampledesigns.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace ecsplan;

Q_DECLARE_METATYPE(ecsplan::Model)

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString badDir()
{
    return QStringLiteral(ECSPLAN_TEST_DATA "/designs/bad");
}

} // namespace

class tst_DesignFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeIsDeterministic();
    void roundTrip_data();
    void roundTrip();
    void oneFieldEditIsOneLineDiff();
    void ownerIsWrittenOnlyWhenSet();
    void ownerIsRead_data();
    void ownerIsRead();
    void samples_data();
    void samples();
    void validMinimalLoads();
    void backendPortOfOlderFiles_data();
    void backendPortOfOlderFiles();
    void badInput_data();
    void badInput();
    void everyBadFileHasARow();
    void readsAnEntityAtATimeAsTheWholeFile_data();
    void readsAnEntityAtATimeAsTheWholeFile();
    void loadNonexistentFile();
    void saveIsAtomic();
    void saveIntoMissingDirectoryFails();
    void saveDocumentMarksClean();

private:
    QStringList m_badRows;
};

void tst_DesignFile::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // messages format numbers with %L
}

void tst_DesignFile::writeIsDeterministic()
{
    const Model model = test::sampleDesign(QStringLiteral("three-zone-web"));
    const QByteArray first = DesignJson::write(model, QStringLiteral("2025-01"));
    QCOMPARE(DesignJson::write(model, QStringLiteral("2025-01")), first);
    // The header comes first, in a fixed order, two-space indented, newline-terminated.
    QVERIFY(first.startsWith("{\n  \"format\": \"ecsplan\",\n  \"schemaVersion\": 1,\n"
                             "  \"catalogVersion\": \"2025-01\",\n  \"design\": {\n"
                             "    \"title\": \"Three-zone web tier (Hangzhou)\",\n"));
    QVERIFY(first.endsWith("\n}\n"));
}

void tst_DesignFile::roundTrip_data()
{
    QTest::addColumn<Model>("model");
    for (const QString &name : test::sampleDesignNames())
        QTest::newRow(qPrintable(name)) << test::sampleDesign(name);
    QTest::newRow("generated-300") << test::generateDesign(300, 2);
    QTest::newRow("empty") << Model();
}

void tst_DesignFile::roundTrip()
{
    QFETCH(Model, model);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("design.ecsplan"));
    QString error;
    QVERIFY2(DesignFile::save(model, path, &error, QStringLiteral("v1")), qPrintable(error));
    const QByteArray saved = readAll(path);
    QCOMPARE(saved, DesignJson::write(model, QStringLiteral("v1")));

    DesignFile::LoadResult loaded = DesignFile::load(path);
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    QCOMPARE(loaded.errors, QStringList());
    QCOMPARE(loaded.catalogVersion, QStringLiteral("v1"));
    QCOMPARE(loaded.model.size(), model.size());
    QCOMPARE(loaded.model.settings(), model.settings());
    for (EntityId id : model.ids())
        QCOMPARE(*loaded.model.find(id), *model.find(id));

    const QString again = dir.filePath(QStringLiteral("again.ecsplan"));
    QVERIFY(DesignFile::save(loaded.model, again, &error, loaded.catalogVersion));
    QCOMPARE(readAll(again), saved);
}

void tst_DesignFile::oneFieldEditIsOneLineDiff()
{
    Model model = test::sampleDesign(QStringLiteral("three-zone-web"));
    const Entity *disk = model.find(model.ids(EntityKind::Disk).first());
    QCOMPARE(disk->disk.sizeGiB, 800);
    const QList<QByteArray> before = DesignJson::write(model).split('\n');
    QVERIFY(model.setProperty(disk->id, Property::DiskSizeGiB, 1000));
    const QList<QByteArray> after = DesignJson::write(model).split('\n');
    QCOMPARE(after.size(), before.size());
    QList<QByteArray> changed;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i] != after[i])
            changed << before[i].trimmed() << after[i].trimmed();
    }
    QCOMPARE(changed, (QList<QByteArray>{"\"sizeGiB\": 800,", "\"sizeGiB\": 1000,"}));
}

void tst_DesignFile::ownerIsWrittenOnlyWhenSet()
{
    // An annotation (propertytable.h, Use Annotation) adds exactly its own line when set and
    // nothing when empty, so files that do not use it are byte-identical to older ones.
    Model model = test::sampleDesign(QStringLiteral("three-zone-web"));
    const EntityId web = model.ids(EntityKind::InstanceGroup).first();
    const QByteArray unset = DesignJson::write(model);
    QVERIFY(!unset.contains("\"owner\""));
    QVERIFY(model.setProperty(web, Property::Owner, QStringLiteral("payments-sre")));
    const QByteArray set = DesignJson::write(model);
    const QList<QByteArray> before = unset.split('\n');
    QList<QByteArray> after = set.split('\n');
    QCOMPARE(after.size(), before.size() + 1);
    qsizetype i = 0;
    while (before[i] == after[i])
        ++i;
    QCOMPARE(after.takeAt(i).trimmed(), QByteArray("\"owner\": \"payments-sre\","));
    QCOMPARE(after, before);

    Model read;
    QStringList errors;
    QVERIFY2(DesignJson::read(set, &read, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(read.find(web)->owner, QStringLiteral("payments-sre"));
    QCOMPARE(DesignJson::write(read), set);
    QVERIFY(read.setProperty(web, Property::Owner, QString()));
    QCOMPARE(DesignJson::write(read), unset);
}

void tst_DesignFile::ownerIsRead_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("owner"); // when read
    QTest::addColumn<QString>("error"); // else the first error
    QTest::newRow("instance group") << QByteArray(
            R"({"id": 5, "kind": "instanceGroup", "name": "web", "owner": "web team"})")
                                    << QStringLiteral("web team") << QString();
    QTest::newRow("zone") << QByteArray(R"({"id": 2, "kind": "zone", "name": "H", "owner": "net"})")
                          << QStringLiteral("net") << QString();
    QTest::newRow("absent") << QByteArray(R"({"id": 6, "kind": "disk", "name": "data"})")
                            << QString() << QString();
    QTest::newRow("not a string") << QByteArray(
            R"({"id": 5, "kind": "instanceGroup", "name": "web", "owner": 7})")
                                  << QString()
                                  << QStringLiteral("/e/owner: expected a string, found 7");
    QTest::newRow("links have none")
            << QByteArray(R"({"id": 9, "kind": "link", "name": "a → b", "owner": "x"})")
            << QString() << QStringLiteral("/e/owner: unknown key for a link");
}

void tst_DesignFile::ownerIsRead()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, owner);
    QFETCH(QString, error);
    Entity e;
    QStringList errors;
    const bool ok = DesignJson::readEntity(json, &e, &errors, QStringLiteral("/e"));
    QCOMPARE(ok, error.isEmpty());
    QCOMPARE(errors.value(0), error);
    if (ok)
        QCOMPARE(e.owner, owner);
}

void tst_DesignFile::samples_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : test::sampleDesignNames())
        QTest::newRow(qPrintable(name)) << name;
}

/**
 * Each shipped sample loads cleanly, re-writes byte-identically, and is exactly what its
 * builder in tests/support/sampledesigns.cpp produces. Run with ECSPLAN_WRITE_SAMPLES=1 to
 * (re)generate the files from the builders.
 */
void tst_DesignFile::samples()
{
    QFETCH(QString, name);
    const QString path = test::sampleDesignPath(name);
    const Model built = test::sampleDesign(name);
    QVERIFY(built.size() > 10);
    if (qEnvironmentVariableIntValue("ECSPLAN_WRITE_SAMPLES") == 1) {
        QString error;
        QVERIFY2(DesignFile::save(built, path, &error, Catalog::builtin().version()),
                 qPrintable(error));
    }
    const QByteArray bytes = readAll(path);
    QVERIFY2(!bytes.isEmpty(), qPrintable(path));

    const Catalog &catalog = Catalog::builtin();
    DesignFile::LoadResult loaded = DesignFile::load(path, &catalog);
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    QCOMPARE(loaded.catalogVersion, catalog.version());
    QCOMPARE(DesignJson::write(loaded.model, loaded.catalogVersion), bytes);
    QCOMPARE(DesignJson::write(built, loaded.catalogVersion), bytes);

    // Real places: every zone is in the catalog, and offers the instance types placed in it.
    const Model &m = loaded.model;
    for (EntityId zone : m.ids(EntityKind::Zone)) {
        const QString code = m.find(zone)->code;
        QVERIFY2(catalog.regionOfZone(code), qPrintable(code));
        QCOMPARE(catalog.regionOfZone(code)->id, m.find(m.regionOf(zone))->code);
    }
    for (EntityId id : m.ids()) {
        const Entity &e = *m.find(id);
        if (!e.isCompute())
            continue;
        for (EntityId zone : m.spannedZones(id))
            QVERIFY2(catalog.zoneOffers(m.find(zone)->code, e.compute.instanceType),
                     qPrintable(QStringLiteral("%1 in %2")
                                        .arg(e.compute.instanceType, m.find(zone)->code)));
    }
}

void tst_DesignFile::validMinimalLoads()
{
    // The bad files are this file with one problem each; it must itself be fine.
    const DesignFile::LoadResult loaded
            = DesignFile::load(QStringLiteral(ECSPLAN_TEST_DATA "/designs/valid-minimal.ecsplan"));
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    QCOMPARE(loaded.model.size(), 10);
    QCOMPARE(loaded.model.find(entityId(6))->disk.attachedTo, entityId(5));
    QCOMPARE(loaded.model.disksAttachedTo(entityId(5)), EntityIds{entityId(6)});
    QCOMPARE(loaded.model.find(entityId(5))->compute.instanceType, QStringLiteral("ecs.g8i.large"));
}

void tst_DesignFile::backendPortOfOlderFiles_data()
{
    QTest::addColumn<LoadBalancerKind>("kind");
    QTest::addColumn<int>("listenerPort");
    QTest::addColumn<int>("expected"); // what the export derived before the field existed
    QTest::newRow("alb https") << LoadBalancerKind::Alb << 443 << 80;
    QTest::newRow("alb http") << LoadBalancerKind::Alb << 80 << 80;
    QTest::newRow("alb 8443") << LoadBalancerKind::Alb << 8443 << 8443;
    QTest::newRow("nlb 443") << LoadBalancerKind::Nlb << 443 << 443;
    QTest::newRow("nlb 9092") << LoadBalancerKind::Nlb << 9092 << 9092;
    QTest::newRow("clb 443") << LoadBalancerKind::Clb << 443 << 443;
}

/**
 * A file written before "backendPort" existed keeps its meaning: the port the export used to
 * derive. A file that has the key keeps its value whatever the listener.
 */
void tst_DesignFile::backendPortOfOlderFiles()
{
    QFETCH(LoadBalancerKind, kind);
    QFETCH(int, listenerPort);
    QFETCH(int, expected);
    Model model;
    Entity region = makeEntity(EntityKind::Region);
    region.id = model.allocateId();
    model.insert(region);
    Entity lb = makeEntity(EntityKind::LoadBalancer);
    lb.id = model.allocateId();
    lb.parent = region.id;
    lb.loadBalancer.kind = kind;
    lb.loadBalancer.listenerPort = listenerPort;
    lb.loadBalancer.backendPort = 12345;
    model.insert(lb);
    const QByteArray written = DesignJson::write(model);
    // The last key of a load balancer, after listenerPort.
    QVERIFY(written.contains(QByteArray("      \"listenerPort\": ")
                             + QByteArray::number(listenerPort)
                             + ",\n      \"backendPort\": 12345\n"));

    Model read;
    QStringList errors;
    QVERIFY2(DesignJson::read(written, &read, &errors), qPrintable(errors.join('\n')));
    QCOMPARE(read.find(lb.id)->loadBalancer.backendPort, 12345);

    QByteArray older = written;
    older.replace(",\n      \"backendPort\": 12345\n", "\n");
    QVERIFY(!older.contains("backendPort"));
    QVERIFY2(DesignJson::read(older, &read, &errors), qPrintable(errors.join('\n')));
    QCOMPARE(read.find(lb.id)->loadBalancer.backendPort, expected);
    QCOMPARE(read.find(lb.id)->loadBalancer.backendPort, defaultBackendPort(kind, listenerPort));
}

void tst_DesignFile::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("withCatalog");
    QTest::addColumn<int>("errorCount");
    QTest::addColumn<QString>("expected"); // the first error line; "…" at the end = prefix only

    auto row = [this](const char *file, int count, const QString &expected, bool catalog = false) {
        m_badRows << QString::fromLatin1(file);
        QTest::newRow(file) << QString::fromLatin1(file) << catalog << count
                            << QStringLiteral("%1.ecsplan: %2").arg(QLatin1String(file), expected);
    };
    row("not-json", 1, QStringLiteral("/: not valid JSON (byte …"));
    row("empty", 1, QStringLiteral("/: not valid JSON (byte 1)…"));
    row("wrong-format", 1,
        QStringLiteral("/format: not an ECS Planner design (expected \"format\": \"ecsplan\")"));
    row("newer-schema", 1,
        QStringLiteral(
                "/schemaVersion: the design was saved by a newer ECS Planner "
                "(schema 99); this version reads schema 1 and older. Please update ECS Planner."));
    row("schema-not-a-number", 1,
        QStringLiteral("/schemaVersion: missing or not a positive whole number"));
    row("unknown-top-level-key", 1, QStringLiteral("/layers: unknown key"));
    row("catalog-version-wrong-type", 1, QStringLiteral("/catalogVersion: expected a string"));
    row("muted-rule-reason-wrong-type", 1,
        QStringLiteral("/design/mutedRules/0/reason: expected a string"));
    row("entities-missing", 1, QStringLiteral("/entities: missing or not an array"));
    row("unknown-instance-type", 1,
        QStringLiteral("/entities/4 (\"web\")/instanceType: unknown instance type "
                       "\"ecs.g99x.large\" (not in the catalog)"),
        true);
    row("dangling-link-end", 1,
        QStringLiteral("/entities/8 (\"Users → web\"): The link end #99 does not exist."));
    row("dangling-attachment", 1,
        QStringLiteral("/entities/5 (\"web-data\"): A disk can only be attached to "
                       "ECS instances or a scaling group."));
    row("dangling-muted-rule", 1,
        QStringLiteral("/design/mutedRules/0/entity: refers to entity 77, which does not exist"));
    row("negative-disk-size", 1,
        QStringLiteral("/entities/5/sizeGiB: Size must be between 1 and 65536, not -100."));
    row("backend-port-out-of-range", 1,
        QStringLiteral("/entities/9/backendPort: Backend port must be between 1 and 65535, not "
                       "70000."));
    row("count-out-of-range", 1,
        QStringLiteral("/entities/4/count: Instances must be between 1 and 2000, not 5000."));
    row("read-fraction-out-of-range", 1,
        QStringLiteral("/entities/8/readFraction: Read share must be between 0 and 1, not 1.5."));
    row("negative-exchange-rate", 1,
        QStringLiteral("/design/cnyPerUsd: expected a positive exchange rate"));
    row("count-wrong-type", 1,
        QStringLiteral("/entities/4/count: expected a whole number, found \"three\""));
    row("geometry-wrong-type", 1,
        QStringLiteral(
                "/entities/1/geometry: expected [x, y, width, height], found \"40,120,620,540\""));
    row("billing-unknown-code", 1,
        QStringLiteral("/entities/4/billing: expected one of payAsYouGo, subscription1y, "
                       "subscription3y, preemptible, savingsPlan, found \"monthly\""));
    row("rule-bad-ports", 1,
        QStringLiteral("/entities/3/rules/0/ports: expected \"from/to\" such as \"22/22\", found "
                       "\"22-22\""));
    row("duplicate-id", 1, QStringLiteral("/entities/6/id: duplicate id 6"));
    row("duplicate-name", 1,
        QStringLiteral("/entities/2 (\"Zone H\")/name: another zone has the same name"));
    row("unknown-entity-key", 1,
        QStringLiteral("/entities/4/colour: unknown key for a instanceGroup"));
    row("unknown-kind", 1, QStringLiteral("/entities/6/kind: unknown kind \"database\""));
    // The instances leave the zone, so their disk is attached across zones too: two problems.
    row("instance-outside-zone", 2,
        QStringLiteral("/entities/4 (\"web\"): ECS instances must be placed "
                       "inside an availability zone."));
    row("zone-of-other-kind", 1,
        QStringLiteral("/entities/9 (\"alb\"): #7 is not an availability zone."));
    row("scaling-min-above-desired", 1,
        QStringLiteral("/entities/10 (\"asg\")/minSize: The minimum size (3) must not exceed "
                       "the desired size (2)."));
    row("scaling-desired-above-max", 1,
        QStringLiteral("/entities/10 (\"asg\")/desiredSize: The desired size (7) must be "
                       "between the minimum (1) and the maximum (6)."));
    row("cidr-not-a-block", 1,
        QStringLiteral("/entities/1/cidr: \"hello/99\" is not an IPv4 CIDR block such as "
                       "10.0.0.0/16."));
    row("cidr-host-bits", 1,
        QStringLiteral("/entities/1/cidr: 10.0.1.5/24 has host bits set; the block it lies in "
                       "is 10.0.1.0/24."));
    row("cidr-public-vpc", 1,
        QStringLiteral("/entities/0/cidr: 8.8.0.0/16 is a public address range; use a private "
                       "one (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16)."));
    row("cidr-vswitch-too-small", 1,
        QStringLiteral("/entities/2/cidr: 10.0.2.0/30 is smaller than a vSwitch block may be "
                       "(/16 to /29)."));
}

void tst_DesignFile::badInput()
{
    QFETCH(QString, file);
    QFETCH(bool, withCatalog);
    QFETCH(int, errorCount);
    QFETCH(QString, expected);
    const QString path = badDir() + QLatin1Char('/') + file + QStringLiteral(".ecsplan");
    QVERIFY2(QFile::exists(path), qPrintable(path));

    const Catalog *catalog = withCatalog ? &Catalog::builtin() : nullptr;
    const DesignFile::LoadResult loaded = DesignFile::load(path, catalog);
    QVERIFY(!loaded.ok);
    QCOMPARE(loaded.model.size(), 0);
    QVERIFY(!loaded.errors.isEmpty());
    if (expected.endsWith(QChar(0x2026))) {
        expected.chop(1);
        QVERIFY2(loaded.errors.first().startsWith(expected), qPrintable(loaded.errors.first()));
    } else if (withCatalog) {
        // Catalog problems are reported after structural ones, in entity order.
        QVERIFY2(loaded.errors.contains(expected),
                 qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(loaded.errors.first(), expected);
    }
    if (!withCatalog || !Catalog::builtin().version().isEmpty()) // the placeholder knows nothing
        QCOMPARE(loaded.errors.size(), errorCount);

    // DesignJson::read leaves the caller's model exactly as it was.
    Model model;
    Entity sentinel = makeEntity(EntityKind::Endpoint);
    sentinel.id = entityId(500);
    model.insert(sentinel);
    QStringList errors;
    QVERIFY(!DesignJson::read(readAll(path), &model, &errors, catalog));
    QCOMPARE(model.ids(), EntityIds{entityId(500)});
    QCOMPARE(errors.size(), loaded.errors.size());
    if (!withCatalog) // without the catalog the same file is fine unless it is broken elsewhere
        return;
    QStringList plain;
    QVERIFY(DesignJson::read(readAll(path), &model, &plain, nullptr));
}

void tst_DesignFile::everyBadFileHasARow()
{
    QStringList files
            = QDir(badDir()).entryList({QStringLiteral("*.ecsplan")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f.chop(int(qstrlen(".ecsplan")));
    QStringList rows = m_badRows;
    rows.sort();
    QCOMPARE(files, rows);
}

void tst_DesignFile::readsAnEntityAtATimeAsTheWholeFile_data()
{
    // read() parses the root with an empty entities array, then each entity from its own
    // bytes (found by a byte scan); anything the scan does not follow goes the whole-file way.
    // Every file here must come out as the whole-file reader reads it: the same model, or the
    // same errors in the same order.
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("ok");
    const QByteArray minimal
            = readAll(QStringLiteral(ECSPLAN_TEST_DATA "/designs/valid-minimal.ecsplan"));
    QVERIFY(!minimal.isEmpty());
    const qsizetype open = minimal.indexOf("\"entities\": [");
    const qsizetype first = minimal.indexOf('{', open);
    const qsizetype close = minimal.lastIndexOf(']');
    const qsizetype lastEnd = minimal.lastIndexOf('}', close) + 1;
    QVERIFY(open > 0 && first > open && close > first && lastEnd > first);
    const qsizetype secondComma = minimal.indexOf("},", first) + 1; // after the first entity
    auto edit = [&](qsizetype at, qsizetype remove, const QByteArray &insert) {
        QByteArray copy = minimal;
        return copy.replace(at, remove, insert);
    };
    QTest::newRow("valid-minimal") << minimal << true;
    QByteArray compact = minimal;
    compact.replace("\n", "").replace("  ", "");
    QTest::newRow("no whitespace") << compact << true;
    QByteArray crlf = minimal;
    QTest::newRow("CRLF lines") << crlf.replace("\n", "\r\n") << true;
    QTest::newRow("tabs around entities")
            << edit(first, 0, "\t \r\n").replace(close, 0, "\t\n") << true;
    QTest::newRow("entities empty") << edit(open, close + 1 - open, "\"entities\": []") << true;
    QTest::newRow("entities first key") << QByteArray("{\"entities\": [], ")
                    + minimal.mid(minimal.indexOf('{') + 1)
                              .replace("\"entities\": [", "\"entitiesX\": [")
                                        << false;
    QTest::newRow("trailing comma") << edit(lastEnd, 0, ",") << false;
    QTest::newRow("leading comma") << edit(first, 0, ",") << false;
    QTest::newRow("double comma") << edit(secondComma, 0, ",") << false;
    QTest::newRow("missing comma") << edit(secondComma, 1, " ") << false;
    QTest::newRow("garbage between") << edit(secondComma - 1, 0, " x") << false;
    QTest::newRow("colon between") << edit(secondComma, 1, ":") << false;
    QTest::newRow("number element") << edit(first, 0, "7, ") << false;
    QTest::newRow("string element with bracket") << edit(first, 0, "\"]}\\\"\", ") << false;
    QTest::newRow("array element") << edit(first, 0, "[1, {\"a\": [2]}], ") << false;
    QTest::newRow("syntax error in an entity") << edit(first + 1, 0, "\"id\" 1,") << false;
    QTest::newRow("truncated in an entity") << minimal.left(secondComma + 40) << false;
    QTest::newRow("entities twice") << edit(close + 1, 0, ", \"entities\": []") << false;
    QTest::newRow("entities a number") << edit(open, close + 1 - open, "\"entities\": 5") << false;
    QTest::newRow("entities a string")
            << edit(open, close + 1 - open, "\"entities\": \"[]\"") << false;
    QTest::newRow("entities an object")
            << edit(open, close + 1 - open, "\"entities\": {\"a\": [1]}") << false;
    QTest::newRow("key spelt with an escape")
            << edit(open, 10, "\"entit\\u0069es\"") << true; // the same key, escaped
    QTest::newRow("entities key inside design")
            << QByteArray(minimal).replace("\"design\": {", "\"design\": {\"entities\": [1],")
            << true; // the design object's own keys are its reader's business
    QTest::newRow("trailing garbage") << minimal + "x" << false;
    QTest::newRow("second root") << minimal + "{}" << false;
    QTest::newRow("unbalanced close") << edit(close, 0, "]") << false;
    QTest::newRow("root an array") << QByteArray("[") + minimal + "]" << false;
    QTest::newRow("invalid UTF-8 in an entity")
            << QByteArray(minimal).replace("\"web\"", "\"w\xff\xfe\"") << false;
    // Large enough that most entities are parsed in the file's own bytes, the last ones (less
    // than the parser's padding from the end) from a copy.
    QTest::newRow("generated 500") << DesignJson::write(test::generateDesign(500)) << true;
    for (const QString &dir : {QStringLiteral("bad"), QStringLiteral("hostile")}) {
        const QDir folder(QStringLiteral(ECSPLAN_TEST_DATA "/designs/") + dir);
        for (const QString &file : folder.entryList({QStringLiteral("*.ecsplan")}, QDir::Files))
            QTest::newRow(qPrintable(dir + QLatin1Char('/') + file))
                    << readAll(folder.filePath(file)) << false;
    }
    const QDir samples(QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples"));
    for (const QString &file : samples.entryList({QStringLiteral("*.ecsplan")}, QDir::Files))
        QTest::newRow(qPrintable(QStringLiteral("samples/") + file))
                << readAll(samples.filePath(file)) << true;
}

void tst_DesignFile::readsAnEntityAtATimeAsTheWholeFile()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, ok);
    Model sliced, whole;
    QStringList slicedErrors, wholeErrors;
    QString slicedVersion, wholeVersion;
    const bool slicedOk
            = DesignJson::read(data, &sliced, &slicedErrors, &Catalog::builtin(), &slicedVersion);
    const bool wholeOk = DesignJson::detail::readAtOnce(data, &whole, &wholeErrors,
                                                        &Catalog::builtin(), &wholeVersion);
    QCOMPARE(slicedErrors, wholeErrors);
    QCOMPARE(slicedOk, wholeOk);
    // Not every bad or hostile file fails (some are refused only by the catalog or later).
    if (QByteArray(QTest::currentDataTag()).startsWith("samples/")
        || !QByteArray(QTest::currentDataTag()).contains('/'))
        QCOMPARE(slicedOk, ok);
    QCOMPARE(slicedVersion, wholeVersion);
    QCOMPARE(DesignJson::write(sliced), DesignJson::write(whole));
}

void tst_DesignFile::loadNonexistentFile()
{
    const QString path = QStringLiteral("/nonexistent/dir/design.ecsplan");
    const DesignFile::LoadResult loaded = DesignFile::load(path);
    QVERIFY(!loaded.ok);
    QCOMPARE(loaded.model.size(), 0);
    QCOMPARE(loaded.errors,
             QStringList{QStringLiteral("%1: cannot open: No such file or directory").arg(path)});
}

void tst_DesignFile::saveIsAtomic()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("design.ecsplan"));
    const Model first = test::sampleDesign(QStringLiteral("media-company"));
    const Model second = test::sampleDesign(QStringLiteral("kafka-local-nvme"));
    QString error;
    QVERIFY(DesignFile::save(first, path, &error));

    // A reader that opened the old file keeps seeing all of the old file: the save wrote a new
    // file and renamed it over the old one instead of truncating and rewriting in place.
    QFile reader(path);
    QVERIFY(reader.open(QIODevice::ReadOnly));
    QVERIFY(DesignFile::save(second, path, &error));
    QCOMPARE(reader.readAll(), DesignJson::write(first));
    QCOMPARE(readAll(path), DesignJson::write(second));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList{QStringLiteral("design.ecsplan")});
}

void tst_DesignFile::saveIntoMissingDirectoryFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/design.ecsplan"));
    QString error;
    QVERIFY(!DesignFile::save(Model(), path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot write %1: ").arg(path)), qPrintable(error));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void tst_DesignFile::saveDocumentMarksClean()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doc.ecsplan"));
    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("media-company")));
    const EntityId cache = document.model().ids(EntityKind::Cache).first();
    QVERIFY(document.setProperty({cache}, Property::CacheVersion, QStringLiteral("6.0")).ok());
    QVERIFY(document.isModified());
    QString error;
    QVERIFY(DesignFile::saveDocument(&document, path, &error));
    QVERIFY(!document.isModified());
    QCOMPARE(document.fileName(), path);

    Document reopened;
    QStringList errors;
    QVERIFY(DesignFile::open(&reopened, path, &errors));
    QCOMPARE(reopened.model().find(cache)->cache.engineVersion, QStringLiteral("6.0"));
    QCOMPARE(reopened.undoStack()->count(), 0);
    QCOMPARE(reopened.fileName(), path);
}

QTEST_GUILESS_MAIN(tst_DesignFile)
#include "tst_designfile.moc"
