// The design generator behind `ecsplan-cli generate` and the end-to-end benchmarks: the size it
// promises, determinism per seed, variation across seeds, and designs the loader accepts with
// the catalog, whose structure matches what its header describes.

#include "catalog/catalog.h"
#include "generate/designgenerator.h"
#include "io/designjson.h"

#include <QSet>
#include <QTest>

using namespace ecsplan;

namespace {

int componentCount(const Model &model)
{
    int count = 0;
    for (const Entity &e : model.entities())
        count += !e.isContainer() && !e.isLink();
    return count;
}

} // namespace

class tst_DesignGenerator : public QObject
{
    Q_OBJECT

private slots:
    void size_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<int>("expected");
        // 13 fixed components (12 security groups, internet users), then whole stacks of 13.
        QTest::newRow("one") << 1 << 26;
        QTest::newRow("fixed part only") << 13 << 26;
        QTest::newRow("exactly two stacks") << 39 << 39;
        QTest::newRow("rounds up") << 40 << 52;
        QTest::newRow("1k") << 1000 << 1001;
        QTest::newRow("10k") << 10000 << 10010;
    }
    void size()
    {
        QFETCH(int, requested);
        QFETCH(int, expected);
        QCOMPARE(componentCount(generateDesign({requested, 1})), expected);
    }

    void sameSeedSameFile()
    {
        const QByteArray a = DesignJson::write(generateDesign({500, 42}));
        const QByteArray b = DesignJson::write(generateDesign({500, 42}));
        QCOMPARE(a, b);
        QVERIFY(a != DesignJson::write(generateDesign({500, 43})));
    }

    void loadsWithTheCatalog_data()
    {
        QTest::addColumn<int>("components");
        QTest::addColumn<uint>("seed");
        for (uint seed : {1u, 2u, 3u, 1234u, 4294967295u})
            QTest::addRow("300 components, seed %u", seed) << 300 << seed;
        QTest::newRow("2000 components") << 2000 << 9u;
    }
    void loadsWithTheCatalog()
    {
        QFETCH(int, components);
        QFETCH(uint, seed);
        const Model generated = generateDesign({components, seed});
        const QByteArray file = DesignJson::write(generated, Catalog::builtin().version());
        Model loaded;
        QStringList errors;
        QVERIFY2(DesignJson::read(file, &loaded, &errors, &Catalog::builtin()),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(loaded.size(), generated.size());
        QCOMPARE(DesignJson::write(loaded, Catalog::builtin().version()), file);
    }

    void structure()
    {
        const Model model = generateDesign({1000, 5});
        QSet<EntityKind> kinds;
        for (const Entity &e : model.entities())
            kinds.insert(e.kind);
        QCOMPARE(kinds.size(), EntityKindCount); // every kind occurs
        QCOMPARE(model.ids(EntityKind::Region).size(), 4);
        QCOMPARE(model.ids(EntityKind::Zone).size(), 12);

        for (const Entity &e : model.entities()) {
            if (e.kind == EntityKind::LoadBalancer) {
                QCOMPARE(e.zones.size(), 2);
                for (EntityId zone : e.zones)
                    QCOMPARE(model.regionOf(zone), model.regionOf(e.id));
            } else if (e.kind == EntityKind::ScalingGroup) {
                QVERIFY(e.compute.minSize <= e.compute.desiredSize);
                QVERIFY(e.compute.desiredSize <= e.compute.maxSize);
                QCOMPARE(e.zones.size(), 3);
            } else if (e.kind == EntityKind::Disk) {
                const Entity *owner = model.find(e.disk.attachedTo);
                QVERIFY(owner && owner->isCompute());
                QCOMPARE(model.zoneOf(owner->id), model.zoneOf(e.id));
                if (e.disk.level == QLatin1String("PL2"))
                    QVERIFY(e.disk.sizeGiB >= 461);
            } else if (e.kind == EntityKind::Link) {
                const Entity *from = model.find(e.link.from);
                const Entity *to = model.find(e.link.to);
                QVERIFY(from && to);
                const bool crossRegion = from->kind != EntityKind::Endpoint
                        && model.regionOf(from->id) != model.regionOf(to->id);
                QCOMPARE(e.link.path == LinkPath::Cen, crossRegion);
            } else if (!e.isContainer() && e.kind != EntityKind::Endpoint) {
                // Everything else sits inside its parent's frame.
                const Entity *parent = model.find(e.parent);
                QVERIFY(parent);
                QVERIFY2(parent->geometry.contains(e.geometry), qPrintable(e.name));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_DesignGenerator)
#include "tst_designgenerator.moc"
