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

    // Removed first, then changed; a move alone is counted, not listed.
    QCOMPARE(r.components.size(), 2);
    const DesignDiff::ComponentChange &link = r.components.at(0);
    QCOMPARE(link.change, DesignDiff::Change::Removed);
    QCOMPARE(link.name, QStringLiteral("web-b → media-cache"));
    QCOMPARE(link.kind, QStringLiteral("link"));
    QCOMPARE(link.id, idOf(before, link.name));
    const DesignDiff::ComponentChange &web = r.components.at(1);
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

void tst_DesignDiff::outputs()
{
    const Model before = ecsplan::test::sampleDesign(QStringLiteral("media-company"));
    const DesignFile::LoadResult edited = DesignFile::load(
            QStringLiteral(ECSPLAN_TEST_DATA "/designs/diff/media-company-edited.ecsplan"),
            &Catalog::builtin());
    QVERIFY(edited.ok);
    const DesignDiff::Result r = DesignDiff::compare(before, edited.model, Catalog::builtin());
    const QString currency = r.currency;
    const QString web
            = QStringLiteral("| ~ | web-b | instanceGroup | `count`: 4 → 8 | %1 → %2 (+%3) |")
                      .arg(metrics::money(r.components.at(1).costBefore, currency),
                           metrics::money(r.components.at(1).costAfter, currency),
                           metrics::money(r.components.at(1).costAfter
                                                  - r.components.at(1).costBefore,
                                          currency));
    const QString markdown = DesignDiff::toMarkdown(r);
    QVERIFY2(markdown.contains(web), qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("- ECS008 (warning) Cross-zone reads from a cache")));
    QVERIFY(markdown.contains(QStringLiteral("1 component only moved on the canvas.")));
    const nlohmann::ordered_json j = DesignDiff::toJson(r);
    QCOMPARE(j.at("components").size(), 2u);
    QCOMPARE(j.at("components").at(1).at("fields").at(0).at("after").get<int>(), 8);
    QCOMPARE(j.at("findings").at("resolved").at(0).at("rule").get<std::string>(), "ECS008");
    QCOMPARE(j.at("total").at("before").at("unpricedItems").get<int>(), r.before.unpriced);
    QCOMPARE(j.at("movedOnly").get<int>(), 1);
}

QTEST_GUILESS_MAIN(tst_DesignDiff)
#include "tst_designdiff.moc"
