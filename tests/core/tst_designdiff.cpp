// DesignDiff: two versions of a design compared - matched by id, field by field, each side
// priced and checked by the application's engines (the deltas are differences of the figures
// `report` and `check` print for either file).
#include "diff/designdiff.h"

#include "catalog/catalog.h"
#include "io/designfile.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "sampledesigns.h"

#include <QtTest>

using namespace ecsplan;

namespace {

EntityId idOf(const Model &model, const QString &name)
{
    for (const Entity &e : model.entities()) {
        if (e.name == name)
            return e.id;
    }
    return EntityId::None;
}

/** The engine's figures for one side. */
struct Priced
{
    Document document;
    std::unique_ptr<MetricsEngine> engine;
    explicit Priced(const Model &m)
    {
        document.resetModel(Model(m));
        engine = std::make_unique<MetricsEngine>(&document, &Catalog::builtin());
        engine->flush();
    }
};

} // namespace

class tst_DesignDiff : public QObject
{
    Q_OBJECT

private slots:
    void identicalDesignsHaveNoDifferences_data();
    void identicalDesignsHaveNoDifferences();
    void editedCopy();
    void addedComponent();
    void performanceFigures_data();
    void performanceFigures();
    void outputs();
};

void tst_DesignDiff::identicalDesignsHaveNoDifferences_data()
{
    QTest::addColumn<QString>("sample");
    for (const QString &s : ecsplan::test::sampleDesignNames())
        QTest::newRow(qPrintable(s)) << s;
}

void tst_DesignDiff::identicalDesignsHaveNoDifferences()
{
    QFETCH(QString, sample);
    const Model m = ecsplan::test::sampleDesign(sample);
    const DesignDiff::Result r = DesignDiff::compare(m, m, Catalog::builtin());
    QVERIFY(r.empty());
    QCOMPARE(r.before.monthly, r.after.monthly);
    QCOMPARE(DesignDiff::toTable(r), QStringLiteral("No differences.\n"));
}

// media-company with web-b doubled, its cross-zone read removed (the ECS008 finding resolved),
// web-a moved and the title changed: the fixture the CLI test reads as well.
void tst_DesignDiff::editedCopy()
{
    const Model before = ecsplan::test::sampleDesign(QStringLiteral("media-company"));
    const DesignFile::LoadResult edited = DesignFile::load(
            QStringLiteral(ECSPLAN_TEST_DATA "/designs/diff/media-company-edited.ecsplan"),
            &Catalog::builtin());
    QVERIFY2(edited.ok, qPrintable(edited.errors.join('\n')));
    const Model &after = edited.model;
    const DesignDiff::Result r = DesignDiff::compare(before, after, Catalog::builtin());

    const Priced pb(before), pa(after);
    QCOMPARE(r.currency, pa.engine->totals().currency);
    QCOMPARE(r.before.monthly, pb.engine->totals().monthly);
    QCOMPARE(r.after.monthly, pa.engine->totals().monthly);
    QCOMPARE(r.before.unpriced, int(pb.engine->totals().missingPrices.size()));
    QCOMPARE(r.after.unpriced, int(pa.engine->totals().missingPrices.size()));
    QCOMPARE(r.byBillingModel.size(), pa.engine->totals().byBillingModel.size());
    for (auto it = r.byBillingModel.cbegin(); it != r.byBillingModel.cend(); ++it) {
        QCOMPARE(it.value().first.monthly, pb.engine->totals().byBillingModel.value(it.key()));
        QCOMPARE(it.value().second.monthly, pa.engine->totals().byBillingModel.value(it.key()));
    }

    // Removed first, then changed (by kind, then name); a move alone is counted, not listed.
    // The cache is listed with no edit of its own: the removed link took its load away.
    QCOMPARE(r.components.size(), 3);
    const DesignDiff::ComponentChange &link = r.components.at(0);
    QCOMPARE(link.change, DesignDiff::Change::Removed);
    QCOMPARE(link.name, QStringLiteral("web-b → media-cache"));
    QCOMPARE(link.kind, QStringLiteral("link"));
    QCOMPARE(link.id, idOf(before, link.name));
    const auto utilisation = [](const Priced &side, EntityId id) {
        return side.engine->load(id)->utilisation() * 100.0;
    };
    const DesignDiff::ComponentChange &cache = r.components.at(1);
    QCOMPARE(cache.change, DesignDiff::Change::Changed);
    QCOMPARE(cache.name, QStringLiteral("media-cache"));
    QVERIFY(cache.fields.isEmpty());
    const EntityId cacheId = idOf(after, QStringLiteral("media-cache"));
    QCOMPARE(cache.figures.size(), 1);
    QCOMPARE(cache.figures.at(0).figure, QStringLiteral("peakUtilisation"));
    QCOMPARE(cache.figures.at(0).before, utilisation(pb, cacheId));
    QCOMPARE(cache.figures.at(0).after, utilisation(pa, cacheId));
    QVERIFY(cache.figures.at(0).after < cache.figures.at(0).before);
    const DesignDiff::ComponentChange &web = r.components.at(2);
    QCOMPARE(web.change, DesignDiff::Change::Changed);
    QCOMPARE(web.name, QStringLiteral("web-b"));
    QCOMPARE(web.fields.size(), 1);
    QCOMPARE(web.fields.at(0).field, QStringLiteral("count"));
    QCOMPARE(web.fields.at(0).before, QStringLiteral("4"));
    QCOMPARE(web.fields.at(0).after, QStringLiteral("8"));
    const EntityId webB = idOf(after, QStringLiteral("web-b"));
    QCOMPARE(web.costBefore, pb.engine->costOf(webB).monthly);
    QCOMPARE(web.costAfter, pa.engine->costOf(webB).monthly);
    QVERIFY(qAbs(web.costAfter - 2 * web.costBefore) < 0.01); // twice the instances
    QCOMPARE(web.figures.size(), 1);
    QCOMPARE(web.figures.at(0).before, utilisation(pb, webB));
    QCOMPARE(web.figures.at(0).after, utilisation(pa, webB));
    QCOMPARE(r.movedOnly, 1);

    QCOMPARE(r.settings.size(), 1);
    QCOMPARE(r.settings.at(0).field, QStringLiteral("title"));
    QCOMPARE(r.settings.at(0).after, QStringLiteral("\"Media company (web-b doubled)\""));

    QCOMPARE(r.introduced.size(), 0);
    QCOMPARE(r.resolved.size(), 1);
    QCOMPARE(r.resolved.at(0).ruleId, QStringLiteral("ECS008"));
    QCOMPARE(r.resolved.at(0).severity, QStringLiteral("warning"));
    QCOMPARE(r.resolved.at(0).subject, QStringLiteral("web-b → media-cache"));

    // The path through the removed link is gone, a shorter one ends at web-b.
    QCOMPARE(r.paths.size(), 2);
    QCOMPARE(r.paths.at(0).path, QStringLiteral("Viewers → media-alb → web-b → media-cache"));
    QVERIFY(r.paths.at(0).before && !r.paths.at(0).after);
    QCOMPARE(r.paths.at(1).path, QStringLiteral("Viewers → media-alb → web-b"));
    QVERIFY(!r.paths.at(1).before && r.paths.at(1).after);
}

void tst_DesignDiff::addedComponent()
{
    Model before = ecsplan::test::sampleDesign(QStringLiteral("three-zone-web"));
    Model after = before;
    // A new, unattached disk beside the others.
    Entity disk = *after.find(idOf(after, QStringLiteral("orders-db-data")));
    disk.id = after.allocateId();
    disk.name = QStringLiteral("orders-db-logs");
    disk.disk.attachedTo = EntityId::None;
    after.insert(disk);
    const DesignDiff::Result r = DesignDiff::compare(before, after, Catalog::builtin());
    QCOMPARE(r.components.size(), 1);
    QCOMPARE(r.components.at(0).change, DesignDiff::Change::Added);
    QCOMPARE(r.components.at(0).name, QStringLiteral("orders-db-logs"));
    QCOMPARE(r.components.at(0).kind, QStringLiteral("disk"));
    const Priced pa(after);
    QCOMPARE(r.components.at(0).costAfter, pa.engine->costOf(disk.id).monthly);
    QVERIFY(r.components.at(0).costAfter > 0);
    QCOMPARE(r.components.at(0).costBefore, 0.0);
    QVERIFY(qAbs(r.after.monthly - r.before.monthly - r.components.at(0).costAfter) < 0.01);
}

void tst_DesignDiff::performanceFigures_data()
{
    QTest::addColumn<QString>("edited"); // the component edited
    QTest::addColumn<int>("property");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("component"); // the component whose figures are checked
    QTest::addColumn<QStringList>("figures"); // the figure codes expected to move, in order
    QTest::addColumn<bool>("fieldsChanged"); // of `component` itself
    // A smaller PL1 disk: its IOPS and MB/s shrink (800 GiB reached PL1's 350 MB/s; 200 not).
    QTest::newRow("disk size") << "orders-db-data" << int(Property::DiskSizeGiB) << QVariant(200)
                               << "orders-db-data" << QStringList{"effectiveIops", "effectiveMBps"}
                               << true;
    // A smaller instance type caps the unedited disk attached to it.
    QTest::newRow("instance cap") << "orders-db" << int(Property::InstanceType)
                                  << QVariant(QStringLiteral("ecs.g7.large")) << "orders-db-data"
                                  << QStringList{"effectiveIops", "effectiveMBps"} << false;
}

void tst_DesignDiff::performanceFigures()
{
    QFETCH(QString, edited);
    QFETCH(int, property);
    QFETCH(QVariant, value);
    QFETCH(QString, component);
    QFETCH(QStringList, figures);
    QFETCH(bool, fieldsChanged);
    const Model before = ecsplan::test::sampleDesign(QStringLiteral("three-zone-web"));
    Model after = before;
    QVERIFY(after.setProperty(idOf(after, edited), Property(property), value));
    const DesignDiff::Result r = DesignDiff::compare(before, after, Catalog::builtin());
    const EntityId id = idOf(after, component);
    const auto it = std::find_if(r.components.cbegin(), r.components.cend(),
                                 [id](const DesignDiff::ComponentChange &c) { return c.id == id; });
    QVERIFY(it != r.components.cend());
    QCOMPARE(it->change, DesignDiff::Change::Changed);
    QCOMPARE(!it->fields.isEmpty(), fieldsChanged);
    QStringList codes;
    for (const DesignDiff::FigureChange &f : it->figures)
        codes << f.figure;
    QCOMPARE(codes, figures);
    // Each delta is the difference of the engine's own figures on either side.
    const Priced pb(before);
    const Priced pa(after);
    const DiskMetrics db = *pb.engine->disk(id);
    const DiskMetrics da = *pa.engine->disk(id);
    QCOMPARE(it->figures.at(0).before, db.effectiveIopsBaseline);
    QCOMPARE(it->figures.at(0).after, da.effectiveIopsBaseline);
    QCOMPARE(it->figures.at(1).before, db.effectiveMBpsBaseline);
    QCOMPARE(it->figures.at(1).after, da.effectiveMBpsBaseline);
    const QString line = QStringLiteral("    effective IOPS: %1 → %2\n")
                                 .arg(metrics::number(db.effectiveIopsBaseline, 0),
                                      metrics::number(da.effectiveIopsBaseline, 0));
    QVERIFY2(DesignDiff::toTable(r).contains(line), qPrintable(DesignDiff::toTable(r)));
    const nlohmann::ordered_json j = DesignDiff::toJson(r);
    bool found = false;
    for (const auto &c : j.at("components")) {
        if (c.at("id").get<quint32>() != toUInt(id))
            continue;
        found = true;
        QCOMPARE(c.at("figures").at(0).at("figure").get<std::string>(), "effectiveIops");
        QCOMPARE(c.at("figures").at(0).at("after").get<double>(),
                 std::round(da.effectiveIopsBaseline));
    }
    QVERIFY(found);
}

void tst_DesignDiff::outputs()
{
    const Model before = ecsplan::test::sampleDesign(QStringLiteral("media-company"));
    const DesignFile::LoadResult edited = DesignFile::load(
            QStringLiteral(ECSPLAN_TEST_DATA "/designs/diff/media-company-edited.ecsplan"),
            &Catalog::builtin());
    QVERIFY(edited.ok);
    const DesignDiff::Result r = DesignDiff::compare(before, edited.model, Catalog::builtin());
    const QString currency = r.currency;
    const DesignDiff::ComponentChange &webB = r.components.at(2);
    const QString web = QStringLiteral("| ~ | web-b | instanceGroup | `count`: 4 → 8<br>peak "
                                       "utilisation: %1 % → %2 % | %3 → %4 (+%5) |")
                                .arg(metrics::number(webB.figures.at(0).before, 1),
                                     metrics::number(webB.figures.at(0).after, 1),
                                     metrics::money(webB.costBefore, currency),
                                     metrics::money(webB.costAfter, currency),
                                     metrics::money(webB.costAfter - webB.costBefore, currency));
    const QString markdown = DesignDiff::toMarkdown(r);
    QVERIFY2(markdown.contains(web), qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("- ECS008 (warning) Cross-zone reads from a cache")));
    QVERIFY(markdown.contains(QStringLiteral("1 component only moved on the canvas.")));
    const nlohmann::ordered_json j = DesignDiff::toJson(r);
    QCOMPARE(j.at("components").size(), 3u);
    QCOMPARE(j.at("components").at(2).at("fields").at(0).at("after").get<int>(), 8);
    QCOMPARE(j.at("components").at(2).at("figures").at(0).at("figure").get<std::string>(),
             "peakUtilisation");
    QCOMPARE(j.at("components").at(2).at("figures").at(0).at("before").get<double>(),
             std::round(webB.figures.at(0).before * 10) / 10);
    QCOMPARE(j.at("findings").at("resolved").at(0).at("rule").get<std::string>(), "ECS008");
    QCOMPARE(j.at("total").at("before").at("unpricedItems").get<int>(), r.before.unpriced);
    QCOMPARE(j.at("movedOnly").get<int>(), 1);
}

QTEST_GUILESS_MAIN(tst_DesignDiff)
#include "tst_designdiff.moc"
