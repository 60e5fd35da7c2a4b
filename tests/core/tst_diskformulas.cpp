// Disk performance formulas (alibaba-facts.md §1.1) with the field guide's own numbers.
#include "metrics/diskperformance.h"

#include <QTest>

using namespace ecsplan;

namespace {

DiskFormula essd(const QString &level)
{
    DiskFormula f;
    f.category = QStringLiteral("cloud_essd");
    f.level = level;
    f.maxGiB = 65536;
    if (level == QLatin1String("PL0")) {
        f.minGiB = 1;
        f.iopsBase = 1800;
        f.iopsPerGiB = 12;
        f.iopsMax = 10000;
        f.mbpsBase = 100;
        f.mbpsPerGiB = 0.25;
        f.mbpsMax = 180;
    } else {
        f.iopsBase = 1800;
        f.iopsPerGiB = 50;
        f.mbpsBase = 120;
        f.mbpsPerGiB = 0.5;
        if (level == QLatin1String("PL1")) {
            f.minGiB = 20;
            f.iopsMax = 50000;
            f.mbpsMax = 350;
        }
        if (level == QLatin1String("PL2")) {
            f.minGiB = 461;
            f.iopsMax = 100000;
            f.mbpsMax = 750;
        }
        if (level == QLatin1String("PL3")) {
            f.minGiB = 1261;
            f.iopsMax = 1000000;
            f.mbpsMax = 4000;
        }
    }
    return f;
}

DiskFormula autoPLFormula()
{
    DiskFormula f = essd(QStringLiteral("PL1"));
    f.category = QStringLiteral("cloud_auto");
    f.level.clear();
    f.minGiB = 1;
    f.autoBaselineFloorIops = 3000;
    f.autoBaselineFloorMBps = 125;
    f.autoMaxProvisionedIops = 50000;
    f.autoProvisionedIopsPerGiB = 1000;
    f.autoMBpsPerProvisionedIops = 16.0 / 1024.0;
    return f;
}

} // namespace

class tst_DiskFormulas : public QObject
{
    Q_OBJECT

private slots:
    void essdPerformance_data();
    void essdPerformance();
    void capacityLimits_data();
    void capacityLimits();
    void autoPL_data();
    void autoPL();
    void explanation();
    void instanceCap_data();
    void instanceCap();
};

void tst_DiskFormulas::essdPerformance_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("gib");
    QTest::addColumn<double>("iops");
    QTest::addColumn<double>("mbps");

    // The field guide's worked examples (and S1's).
    QTest::newRow("PL1 100 GiB") << "PL1" << 100 << 6800.0 << 170.0;
    QTest::newRow("PL1 400 GiB") << "PL1" << 400 << 21800.0 << 320.0;
    QTest::newRow("PL1 40 GiB") << "PL1" << 40 << 3800.0 << 140.0;
    // Caps at each level's boundary: the first size where the cap binds, and one below it.
    QTest::newRow("PL0 683 GiB below cap") << "PL0" << 683 << 9996.0 << 180.0;
    QTest::newRow("PL0 684 GiB capped") << "PL0" << 684 << 10000.0 << 180.0;
    QTest::newRow("PL0 320 GiB MB/s cap") << "PL0" << 320 << 5640.0 << 180.0;
    QTest::newRow("PL0 319 GiB MB/s below") << "PL0" << 319 << 5628.0 << 179.75;
    QTest::newRow("PL1 964 GiB") << "PL1" << 964 << 50000.0 << 350.0;
    QTest::newRow("PL1 963 GiB") << "PL1" << 963 << 49950.0 << 350.0;
    QTest::newRow("PL1 459 GiB MB/s") << "PL1" << 459 << 24750.0 << 349.5;
    QTest::newRow("PL1 460 GiB MB/s cap") << "PL1" << 460 << 24800.0 << 350.0;
    QTest::newRow("PL2 461 GiB minimum") << "PL2" << 461 << 24850.0 << 350.5;
    QTest::newRow("PL2 1964 GiB capped") << "PL2" << 1964 << 100000.0 << 750.0;
    QTest::newRow("PL2 1963 GiB") << "PL2" << 1963 << 99950.0 << 750.0;
    QTest::newRow("PL3 1261 GiB minimum") << "PL3" << 1261 << 64850.0 << 750.5;
    QTest::newRow("PL3 19964 GiB capped") << "PL3" << 19964 << 1000000.0 << 4000.0;
    QTest::newRow("PL3 19963 GiB") << "PL3" << 19963 << 999950.0 << 4000.0;
}

void tst_DiskFormulas::essdPerformance()
{
    QFETCH(QString, level);
    QFETCH(int, gib);
    QFETCH(double, iops);
    QFETCH(double, mbps);
    const DiskPerformance p = diskPerformance(essd(level), gib);
    QVERIFY(p.valid);
    QCOMPARE(p.iops, iops);
    QCOMPARE(p.throughputMBps, mbps);
}

void tst_DiskFormulas::capacityLimits_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<int>("gib");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problem");

    QTest::newRow("PL2 100 GiB invalid")
            << "PL2" << 100 << false
            << "cloud_essd PL2 needs at least 461 GiB (this disk has 100 GiB)";
    QTest::newRow("PL2 460 GiB invalid")
            << "PL2" << 460 << false
            << "cloud_essd PL2 needs at least 461 GiB (this disk has 460 GiB)";
    QTest::newRow("PL2 461 GiB valid") << "PL2" << 461 << true << "";
    QTest::newRow("PL3 1260 GiB invalid")
            << "PL3" << 1260 << false
            << "cloud_essd PL3 needs at least 1,261 GiB (this disk has 1,260 GiB)";
    QTest::newRow("PL1 19 GiB invalid")
            << "PL1" << 19 << false
            << "cloud_essd PL1 needs at least 20 GiB (this disk has 19 GiB)";
    QTest::newRow("PL1 65537 GiB invalid")
            << "PL1" << 65537 << false
            << "cloud_essd PL1 allows at most 65,536 GiB (this disk has 65,537 GiB)";
    QTest::newRow("PL1 65536 GiB valid") << "PL1" << 65536 << true << "";
}

void tst_DiskFormulas::capacityLimits()
{
    QFETCH(QString, level);
    QFETCH(int, gib);
    QFETCH(bool, valid);
    QFETCH(QString, problem);
    const DiskPerformance p = diskPerformance(essd(level), gib);
    QCOMPARE(p.valid, valid);
    QCOMPARE(p.problems, problem.isEmpty() ? QStringList() : QStringList{problem});
    if (!valid) {
        QCOMPARE(p.iops, 0.0);
        QCOMPARE(p.throughputMBps, 0.0);
        QCOMPARE(p.iopsWhy.notes, QStringList{problem});
    }
}

void tst_DiskFormulas::autoPL_data()
{
    QTest::addColumn<int>("gib");
    QTest::addColumn<int>("provisioned");
    QTest::addColumn<double>("iops");
    QTest::addColumn<double>("mbps");

    QTest::newRow("floor applies at 10 GiB") << 10 << 0 << 3000.0 << 125.0;
    QTest::newRow("formula above floor") << 100 << 0 << 6800.0 << 170.0;
    QTest::newRow("provisioned 1024") << 100 << 1024 << 7824.0 << 186.0;
    // 1000 × 10 GiB − 3000 baseline = 7000 provisioned at most.
    QTest::newRow("provisioned limited by size")
            << 10 << 20000 << 10000.0 << 125.0 + 7000 * 16.0 / 1024.0;
}

void tst_DiskFormulas::autoPL()
{
    QFETCH(int, gib);
    QFETCH(int, provisioned);
    QFETCH(double, iops);
    QFETCH(double, mbps);
    const DiskPerformance p = diskPerformance(autoPLFormula(), gib, provisioned);
    QVERIFY(p.valid);
    QCOMPARE(p.iops, iops);
    QCOMPARE(p.throughputMBps, mbps);
}

void tst_DiskFormulas::explanation()
{
    const DiskPerformance p = diskPerformance(essd(QStringLiteral("PL1")), 400);
    QCOMPARE(p.iopsWhy.formula, QStringLiteral("min(1,800 + 50 × 400 GiB, 50,000) = 21,800 IOPS"));
    QCOMPARE(p.throughputWhy.formula, QStringLiteral("min(120 + 0.5 × 400 GiB, 350) = 320 MB/s"));
}

void tst_DiskFormulas::instanceCap_data()
{
    QTest::addColumn<double>("own");
    QTest::addColumn<double>("demand");
    QTest::addColumn<double>("baselineLimit");
    QTest::addColumn<double>("burstLimit"); // < 0: none published
    QTest::addColumn<double>("effBaseline");
    QTest::addColumn<double>("effBurst");
    QTest::addColumn<bool>("capped");

    // ecs.g8i.large: 25,000 baseline / 200,000 burst IOPS.
    QTest::newRow("one disk under the limit")
            << 21800.0 << 21800.0 << 25000.0 << 200000.0 << 21800.0 << 21800.0 << false;
    QTest::newRow("at the limit exactly")
            << 25000.0 << 25000.0 << 25000.0 << 200000.0 << 25000.0 << 25000.0 << false;
    QTest::newRow("one PL1 disk 50k binds")
            << 50000.0 << 50000.0 << 25000.0 << 200000.0 << 25000.0 << 50000.0 << true;
    QTest::newRow("two disks share")
            << 30000.0 << 50000.0 << 25000.0 << 200000.0 << 15000.0 << 30000.0 << true;
    QTest::newRow("no burst: baseline is max")
            << 50000.0 << 50000.0 << 40000.0 << -1.0 << 40000.0 << 40000.0 << true;
    QTest::newRow("burst binds too")
            << 100000.0 << 400000.0 << 25000.0 << 200000.0 << 6250.0 << 50000.0 << true;
}

void tst_DiskFormulas::instanceCap()
{
    QFETCH(double, own);
    QFETCH(double, demand);
    QFETCH(double, baselineLimit);
    QFETCH(double, burstLimit);
    QFETCH(double, effBaseline);
    QFETCH(double, effBurst);
    QFETCH(bool, capped);
    InstanceDiskLimits limits;
    limits.instanceType = QStringLiteral("ecs.g8i.large");
    limits.baselineIops = baselineLimit;
    if (burstLimit >= 0)
        limits.burstIops = burstLimit;
    const EffectivePerformance e = effectivePerformance(own, 100, demand, 100, limits);
    QCOMPARE(e.iopsBaseline, effBaseline);
    QCOMPARE(e.iopsBurst, effBurst);
    QCOMPARE(e.capped, capped);
    QCOMPARE(e.mbpsBaseline, 100.0); // no MB/s limit published in this row
    QCOMPARE(e.note.isEmpty(), !capped);

    const EffectivePerformance unlimited = effectivePerformance(own, 100, demand, 100, {});
    QCOMPARE(unlimited.iopsBaseline, own);
    QCOMPARE(unlimited.iopsBurst, own);
    QVERIFY(!unlimited.capped);
}

QTEST_GUILESS_MAIN(tst_DiskFormulas)
#include "tst_diskformulas.moc"
