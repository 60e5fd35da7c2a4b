#include "catalog/catalog.h"
#include "catalog/catalogparser.h"

#include <QFile>
#include <QTest>

using namespace ecsplan;

namespace {
std::optional<double> opt(double v)
{
    return v < 0 ? std::nullopt : std::optional<double>(v);
}
} // namespace

class tst_Catalog : public QObject
{
    Q_OBJECT

private slots:
    void builtinLoadsEmbeddedResource();
    void instanceFigures_data();
    void instanceFigures();
    void generation_data();
    void generation();
    void localStorage_data();
    void localStorage();
    void burstable_data();
    void burstable();
    void diskFormulas_data();
    void diskFormulas();
    void everyFigureHasSourceAndAsOf();
    void instancePrices_data();
    void instancePrices();
    void diskPrices();
    void transfer();
    void latency_data();
    void latency();
    void modifiersServicesNotes();
    void regionOfZone_data();
    void regionOfZone();
};

void tst_Catalog::builtinLoadsEmbeddedResource()
{
    const Catalog &c = Catalog::builtin();
    QVERIFY(QFile::exists(QStringLiteral(":/catalog/catalog.json")));
    QCOMPARE(c.version(), QStringLiteral("2024-12-31"));
    QCOMPARE(c.asOf(), QStringLiteral("2024-12-31"));
    QCOMPARE(c.instanceTypes().size(), 219);
    QCOMPARE(c.diskCategories().size(), 9);
    QCOMPARE(c.regions().size(), 30);
    QCOMPARE(c.monthHours(), 730);
    QCOMPARE(&Catalog::builtin(), &c); // loaded once
}

void tst_Catalog::instanceFigures_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("vcpu");
    QTest::addColumn<double>("memoryGiB");
    QTest::addColumn<double>("netBase");
    QTest::addColumn<double>("netBurst");
    QTest::addColumn<double>("iopsBase"); // -1 = not published
    QTest::addColumn<double>("iopsBurst");
    QTest::addColumn<double>("mbpsBase");
    QTest::addColumn<double>("mbpsBurst");
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<bool>("bareMetal");
    QTest::newRow("g8i.large") << "ecs.g8i.large" << 2 << 8.0 << 2.5 << 15.0 << 25000.0 << 200000.0
                               << 250.0 << 1250.0 << "intel"
                               << "x86_64" << false;
    QTest::newRow("g7.large") << "ecs.g7.large" << 2 << 8.0 << 2.0 << 12.5 << 20000.0 << 160000.0
                              << 187.5 << 1250.0 << "intel"
                              << "x86_64" << false;
    QTest::newRow("r7.16xlarge no burst") << "ecs.r7.16xlarge" << 64 << 512.0 << 32.0 << 32.0
                                          << 360000.0 << 360000.0 << 2500.0 << 2500.0 << "intel"
                                          << "x86_64" << false;
    QTest::newRow("g8a.48xlarge") << "ecs.g8a.48xlarge" << 192 << 768.0 << 64.0 << 64.0 << 500000.0
                                  << 500000.0 << 4000.0 << 4000.0 << "amd"
                                  << "x86_64" << false;
    QTest::newRow("g8y.small") << "ecs.g8y.small" << 1 << 4.0 << 1.0 << 10.0 << 10000.0 << 110000.0
                               << 125.0 << 1250.0 << "arm"
                               << "arm64" << false;
    QTest::newRow("c6r.large") << "ecs.c6r.large" << 2 << 4.0 << 1.0 << 10.0 << 12500.0 << 12500.0
                               << 125.0 << 125.0 << "arm"
                               << "arm64" << false;
    QTest::newRow("ebmg7") << "ecs.ebmg7.32xlarge" << 128 << 512.0 << 64.0 << 64.0 << 600000.0
                           << 600000.0 << 4000.0 << 4000.0 << "intel"
                           << "x86_64" << true;
    QTest::newRow("t6 unpublished disk") << "ecs.t6-c1m1.large" << 2 << 2.0 << 0.08 << 1.0 << -1.0
                                         << -1.0 << -1.0 << -1.0 << "intel"
                                         << "x86_64" << false;
}

void tst_Catalog::instanceFigures()
{
    QFETCH(QString, id);
    QFETCH(int, vcpu);
    const InstanceTypeSpec *t = Catalog::builtin().instanceType(id);
    QVERIFY(t);
    QCOMPARE(t->vcpu, vcpu);
    QFETCH(double, memoryGiB);
    QFETCH(double, netBase);
    QFETCH(double, netBurst);
    QFETCH(double, iopsBase);
    QFETCH(double, iopsBurst);
    QFETCH(double, mbpsBase);
    QFETCH(double, mbpsBurst);
    QFETCH(QString, vendor);
    QFETCH(QString, arch);
    QFETCH(bool, bareMetal);
    QCOMPARE(t->memoryGiB, memoryGiB);
    QCOMPARE(t->memoryPerVcpu(), memoryGiB / t->vcpu);
    QCOMPARE(t->netBaselineGbps, netBase);
    QCOMPARE(t->netBurstGbps, netBurst);
    QCOMPARE(t->diskBaselineIops, opt(iopsBase));
    QCOMPARE(t->diskBurstIops, opt(iopsBurst));
    QCOMPARE(t->diskBaselineMBps, opt(mbpsBase));
    QCOMPARE(t->diskBurstMBps, opt(mbpsBurst));
    QCOMPARE(t->vendor, vendor);
    QCOMPARE(t->arch, arch);
    QCOMPARE(t->bareMetal, bareMetal);
}

void tst_Catalog::generation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("generation"); // 0 = null (family digit is a series index)
    QTest::newRow("g7") << "ecs.g7.xlarge" << 7;
    QTest::newRow("g8i") << "ecs.g8i.xlarge" << 8;
    QTest::newRow("c6r") << "ecs.c6r.xlarge" << 6;
    QTest::newRow("t5") << "ecs.t5-c1m1.large" << 5;
    QTest::newRow("t6") << "ecs.t6-c1m1.large" << 6;
    QTest::newRow("ebmg7") << "ecs.ebmg7.32xlarge" << 7;
    QTest::newRow("hfc7") << "ecs.hfc7.large" << 7;
    QTest::newRow("i4") << "ecs.i4.large" << 0;
    QTest::newRow("u1") << "ecs.u1-c1m2.large" << 0;
    QTest::newRow("e") << "ecs.e-c1m2.large" << 0;
    QTest::newRow("d2s") << "ecs.d2s.5xlarge" << 0;
}

void tst_Catalog::generation()
{
    QFETCH(QString, id);
    QFETCH(int, generation);
    const InstanceTypeSpec *t = Catalog::builtin().instanceType(id);
    QVERIFY(t);
    QCOMPARE(t->generation, generation ? std::optional<int>(generation) : std::nullopt);
}

void tst_Catalog::localStorage_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("disks");
    QTest::addColumn<double>("diskGiB");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("readIops"); // -1 = not published
    QTest::addColumn<double>("readGBps");
    QTest::addColumn<double>("writeGBps");
    QTest::newRow("i4.large") << "ecs.i4.large" << 1 << 447.0 << "nvme" << 112500.0 << 0.75
                              << 0.375;
    QTest::newRow("i3.26xlarge") << "ecs.i3.26xlarge" << 12 << 1788.0 << "nvme" << 6000000.0 << 36.0
                                 << 24.0;
    QTest::newRow("d3c.3xlarge") << "ecs.d3c.3xlarge" << 1 << 12800.0 << "nvme" << 100000.0 << 4.0
                                 << 2.0;
    QTest::newRow("d2s.20xlarge") << "ecs.d2s.20xlarge" << 30 << 7300.0 << "hdd" << -1.0 << 5.7
                                  << 5.7;
}

void tst_Catalog::localStorage()
{
    QFETCH(QString, id);
    QFETCH(int, disks);
    QFETCH(double, diskGiB);
    QFETCH(QString, kind);
    QFETCH(double, readIops);
    QFETCH(double, readGBps);
    QFETCH(double, writeGBps);
    const InstanceTypeSpec *t = Catalog::builtin().instanceType(id);
    QVERIFY(t && t->localStorage);
    QCOMPARE(t->localStorage->disks, disks);
    QCOMPARE(t->localStorage->diskGiB, diskGiB);
    QCOMPARE(t->localStorage->kind, kind);
    QCOMPARE(t->localStorage->maxReadIops, opt(readIops));
    QCOMPARE(t->localStorage->readGBps, readGBps);
    QCOMPARE(t->localStorage->writeGBps, writeGBps);
    QCOMPARE(t->localStorage->src.sourceId, QStringLiteral("S1"));
    QVERIFY(!Catalog::builtin().instanceType(QStringLiteral("ecs.g7.large"))->localStorage);
}

void tst_Catalog::burstable_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("baseline");
    QTest::addColumn<double>("creditsPerHour");
    QTest::addColumn<double>("maxCredits");
    QTest::newRow("t6-c1m1.large") << "ecs.t6-c1m1.large" << 20.0 << 24.0 << 576.0;
    QTest::newRow("t6-c4m1.large") << "ecs.t6-c4m1.large" << 5.0 << 6.0 << 144.0;
    QTest::newRow("t6-c1m4.2xlarge") << "ecs.t6-c1m4.2xlarge" << 40.0 << 192.0 << 4608.0;
    QTest::newRow("t5-c1m1.large") << "ecs.t5-c1m1.large" << 25.0 << 30.0 << 720.0;
}

void tst_Catalog::burstable()
{
    QFETCH(QString, id);
    QFETCH(double, baseline);
    QFETCH(double, creditsPerHour);
    QFETCH(double, maxCredits);
    const InstanceTypeSpec *t = Catalog::builtin().instanceType(id);
    QVERIFY(t && t->burstable);
    QCOMPARE(t->burstable->baselinePercentPerVcpu, baseline);
    QCOMPARE(t->burstable->creditsPerHour, creditsPerHour);
    QCOMPARE(t->burstable->maxCredits, maxCredits);
}

void tst_Catalog::diskFormulas_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("level");
    QTest::addColumn<double>("base");
    QTest::addColumn<double>("perGiB");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("gib");
    QTest::addColumn<double>("iopsAtGib");
    QTest::addColumn<double>("mbpsAtGib");
    QTest::addColumn<int>("minGiB");
    QTest::addColumn<double>("latencyTypical");
    QTest::newRow("PL1 40 GiB") << "cloud_essd"
                                << "PL1" << 1800.0 << 50.0 << 50000.0 << 40.0 << 3800.0 << 140.0
                                << 20 << 0.2;
    QTest::newRow("PL1 100 GiB") << "cloud_essd"
                                 << "PL1" << 1800.0 << 50.0 << 50000.0 << 100.0 << 6800.0 << 170.0
                                 << 20 << 0.2;
    QTest::newRow("PL1 capped") << "cloud_essd"
                                << "PL1" << 1800.0 << 50.0 << 50000.0 << 2000.0 << 50000.0 << 350.0
                                << 20 << 0.2;
    QTest::newRow("PL0") << "cloud_essd"
                         << "PL0" << 1800.0 << 12.0 << 10000.0 << 100.0 << 3000.0 << 125.0 << 1
                         << 0.3;
    QTest::newRow("PL3") << "cloud_essd"
                         << "PL3" << 1800.0 << 50.0 << 1000000.0 << 2000.0 << 101800.0 << 1120.0
                         << 1261 << 0.2;
    QTest::newRow("entry") << "cloud_essd_entry"
                           << "" << 1800.0 << 8.0 << 6000.0 << 100.0 << 2600.0 << 115.0 << 10
                           << 1.0;
    QTest::newRow("auto") << "cloud_auto"
                          << "" << 1800.0 << 50.0 << 50000.0 << 100.0 << 6800.0 << 170.0 << 1
                          << 0.2;
}

void tst_Catalog::diskFormulas()
{
    QFETCH(QString, category);
    QFETCH(QString, level);
    QFETCH(double, base);
    QFETCH(double, perGiB);
    QFETCH(double, max);
    QFETCH(double, gib);
    QFETCH(double, iopsAtGib);
    QFETCH(double, mbpsAtGib);
    QFETCH(int, minGiB);
    QFETCH(double, latencyTypical);
    const DiskCategorySpec *d = Catalog::builtin().diskCategory(category, level);
    QVERIFY(d);
    QCOMPARE(d->iops.base, base);
    QCOMPARE(d->iops.perGiB, perGiB);
    QCOMPARE(d->iops.max, max);
    QCOMPARE(d->iops.at(gib), iopsAtGib);
    QCOMPARE(d->throughputMBps.at(gib), mbpsAtGib);
    QCOMPARE(d->minGiB, minGiB);
    QCOMPARE(d->latencyTypicalMs, latencyTypical);
    QVERIFY(d->hasFormula);
    QVERIFY(!d->formulaText.isEmpty());
    if (category == QLatin1String("cloud_auto")) {
        QCOMPARE(d->autoBaselineFloorIops, 3000.0);
        QCOMPARE(d->autoMaxProvisionedIops, 50000.0);
        QCOMPARE(d->autoBurstIopsPerGiB, 1000.0);
        QCOMPARE(d->autoBurstMaxIops, 1000000.0);
        QCOMPARE(d->autoBaselineFloorMBps, 125.0);
    }
    const DiskCategorySpec *basic
            = Catalog::builtin().diskCategory(QStringLiteral("cloud"), QString());
    QVERIFY(basic && basic->retired && !basic->hasFormula);
    QVERIFY(!Catalog::builtin().diskCategory(QStringLiteral("cloud_essd"),
                                             QString())); // PL is required
}

void tst_Catalog::everyFigureHasSourceAndAsOf()
{
    const Catalog &c = Catalog::builtin();
    auto has = [](const SourceRef &s) {
        return !s.source.isEmpty() && CatalogParser::isValidAsOf(s.asOf);
    };
#define check(src, what) \
    (has(src) || (qWarning("%s lacks a source or asOf", qPrintable(what)), false))
    int priceRows = 0;
    for (const InstanceTypeSpec &t : c.instanceTypes()) {
        QVERIFY(check(t.src, t.id));
        for (const PriceRow &p : t.prices) {
            QVERIFY(check(p.src, t.id + p.region));
            QVERIFY(p.amount > 0);
            QVERIFY(p.src.indicative);
            ++priceRows;
        }
    }
    QCOMPARE(priceRows, 209 + 208 + 190 + 129);
    for (const DiskCategorySpec &d : c.diskCategories()) {
        QVERIFY(check(d.src, d.category));
        for (const PriceRow &p : d.prices)
            QVERIFY(check(p.src, d.category + d.level + p.region));
        QVERIFY(!d.prices.isEmpty() || !d.priceNote.isEmpty()); // a missing price is explained
    }
    for (const RegionSpec &r : c.regions())
        QVERIFY(check(r.src, r.id));
    for (const ServicePrice &s : c.servicePrices()) {
        QVERIFY(check(s.src, s.service + s.item));
        QVERIFY(s.amount || !s.note.isEmpty());
    }
#undef check
}

void tst_Catalog::instancePrices_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("billing");
    QTest::addColumn<double>("amount"); // -1 = no price (nullptr)
    QTest::addColumn<bool>("borrowed");
    const QString payg = QStringLiteral("PayAsYouGo");
    QTest::newRow("hangzhou") << "ecs.g7.large"
                              << "cn-hangzhou" << payg << 0.52325 << false;
    QTest::newRow("beijing borrows hangzhou") << "ecs.g7.large"
                                              << "cn-beijing" << payg << 0.52325 << true;
    QTest::newRow("singapore") << "ecs.g7.large"
                               << "ap-southeast-1" << payg << 0.669544 << false;
    QTest::newRow("us-west-1") << "ecs.g8i.large"
                               << "us-west-1" << payg << 0.602 << false;
    QTest::newRow("us-east-1 missing") << "ecs.g7.large"
                                       << "us-east-1" << payg << -1.0 << false;
    QTest::newRow("hong kong is not mainland") << "ecs.g7.large"
                                               << "cn-hongkong" << payg << -1.0 << false;
    QTest::newRow("no subscription rows") << "ecs.g7.large"
                                          << "cn-hangzhou"
                                          << "Subscription" << -1.0 << false;
    QTest::newRow("unknown type") << "ecs.g99.large"
                                  << "cn-hangzhou" << payg << -1.0 << false;
    QTest::newRow("unknown region") << "ecs.g7.large"
                                    << "cn-atlantis" << payg << -1.0 << false;
}

void tst_Catalog::instancePrices()
{
    QFETCH(QString, type);
    QFETCH(QString, region);
    QFETCH(QString, billing);
    QFETCH(double, amount);
    QFETCH(bool, borrowed);
    const PriceRow *p = Catalog::builtin().instancePrice(type, region, billing);
    if (amount < 0) {
        QVERIFY(!p);
        return;
    }
    QVERIFY(p);
    QCOMPARE(p->amount, amount);
    QCOMPARE(p->currency, QStringLiteral("CNY"));
    QCOMPARE(p->unit, PriceUnit::PerHour);
    QCOMPARE(p->region, region);
    QCOMPARE(p->src.asOf, QStringLiteral("2024-12-31"));
    QCOMPARE(p->src.sourceId, QStringLiteral("S4"));
    QCOMPARE(p->src.note.contains(QLatin1String("cn-hangzhou price used for")), borrowed);
    QCOMPARE(Catalog::builtin().instancePrice(type, region, billing), p); // stable pointer
}

void tst_Catalog::diskPrices()
{
    const Catalog &c = Catalog::builtin();
    const PriceRow *sub
            = c.diskPrice(QStringLiteral("cloud_essd"), QStringLiteral("PL1"),
                          QStringLiteral("cn-hangzhou"), QStringLiteral("Subscription"));
    QVERIFY(sub);
    QCOMPARE(sub->amount, 0.153);
    QCOMPARE(sub->unit, PriceUnit::PerGiBMonth);
    QCOMPARE(sub->currency, QStringLiteral("USD"));
    const PriceRow *payg = c.diskPrice(QStringLiteral("cloud_essd"), QStringLiteral("PL0"),
                                       QStringLiteral("cn-shanghai"), QStringLiteral("PayAsYouGo"));
    QVERIFY(payg);
    QCOMPARE(payg->amount, 0.00016);
    QCOMPARE(payg->unit, PriceUnit::PerGiBHour);
    const PriceRow *pl3
            = c.diskPrice(QStringLiteral("cloud_essd"), QStringLiteral("PL3"),
                          QStringLiteral("cn-hangzhou"), QStringLiteral("Subscription"));
    QVERIFY(pl3);
    QCOMPARE(pl3->amount, 0.612);
    QCOMPARE(pl3->src.kind, QStringLiteral("estimate"));
    QVERIFY(c.diskPrice(QStringLiteral("cloud_auto"), QString(), QStringLiteral("cn-hangzhou"),
                        QStringLiteral("Subscription")));
    QVERIFY(!c.diskPrice(QStringLiteral("cloud_essd"), QStringLiteral("PL1"),
                         QStringLiteral("eu-central-1"), QStringLiteral("Subscription")));
    QVERIFY(!c.diskPrice(QStringLiteral("cloud_essd_entry"), QString(),
                         QStringLiteral("cn-hangzhou"), QStringLiteral("PayAsYouGo")));
}

void tst_Catalog::transfer()
{
    const Catalog &c = Catalog::builtin();
    SourceRef src;
    QCOMPARE(c.internetEgressUsdPerGB(QStringLiteral("cn-hangzhou"), &src),
             std::optional<double>(0.125));
    QCOMPARE(src.sourceId, QStringLiteral("EIP-2021"));
    QCOMPARE(c.internetEgressUsdPerGB(QStringLiteral("cn-wulanchabu"), &src),
             std::optional<double>(0.125));
    QVERIFY(src.note.contains(QLatin1String("cn-hangzhou")));
    QCOMPARE(c.internetEgressUsdPerGB(QStringLiteral("eu-west-1"), nullptr),
             std::optional<double>(0.07));
    QCOMPARE(c.internetEgressUsdPerGB(QStringLiteral("ap-northeast-2"), nullptr), std::nullopt);
    QCOMPARE(c.internetFreeGBPerMonth(true), 20.0);
    QCOMPARE(c.internetFreeGBPerMonth(false), 200.0);
    QCOMPARE(c.internetFreeGBPerMonthTotal(), 220.0);
    QCOMPARE(c.intraRegionUsdPerGB(&src), 0.0);
    QCOMPARE(src.sourceId, QStringLiteral("VPC-BILLING"));
    const auto ir = [&](const char *a, const char *b) {
        return c.interRegionUsdPerGB(QLatin1String(a), QLatin1String(b), &src);
    };
    QCOMPARE(ir("cn-hangzhou", "cn-shanghai"), std::optional<double>(0.072));
    QCOMPARE(ir("ap-southeast-1", "cn-beijing"), std::optional<double>(0.8));
    QCOMPARE(ir("cn-beijing", "ap-southeast-1"), std::optional<double>(0.8));
    QCOMPARE(ir("cn-hongkong", "ap-southeast-1"), std::optional<double>(0.08));
    QCOMPARE(ir("us-east-1", "eu-central-1"), std::optional<double>(0.05));
    QCOMPARE(ir("cn-hangzhou", "cn-hangzhou"), std::optional<double>(0.0));
    QCOMPARE(ir("us-east-1", "us-west-1"), std::nullopt); // North America pair not captured
    QCOMPARE(ir("cn-hangzhou", "cn-atlantis"), std::nullopt);
}

void tst_Catalog::latency_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("internet");
    QTest::addColumn<double>("typical"); // -1 = unknown
    QTest::addColumn<double>("worst");
    QTest::addColumn<QString>("kind");
    QTest::newRow("bj-sg cen") << "cn-beijing"
                               << "ap-southeast-1" << false << 65.0 << 75.0 << "field-guide";
    QTest::newRow("sg-bj internet") << "ap-southeast-1"
                                    << "cn-beijing" << true << 110.0 << 150.0 << "field-guide";
    QTest::newRow("bj-usw cen") << "cn-beijing"
                                << "us-west-1" << false << 135.0 << 145.0 << "field-guide";
    QTest::newRow("bj-usw internet") << "us-west-1"
                                     << "cn-beijing" << true << 180.0 << 220.0 << "field-guide";
    QTest::newRow("hz-sh cen") << "cn-hangzhou"
                               << "cn-shanghai" << false << 5.0 << 6.0 << "estimate";
    QTest::newRow("hz-sh internet x factor") << "cn-hangzhou"
                                             << "cn-shanghai" << true << 7.5 << 10.5 << "estimate";
    QTest::newRow("bj-sh third party") << "cn-shanghai"
                                       << "cn-beijing" << false << 30.0 << 50.0 << "third-party";
    QTest::newRow("same region") << "cn-hangzhou"
                                 << "cn-hangzhou" << false << 0.5 << 1.2 << "field-guide";
    QTest::newRow("unknown pair") << "me-east-1"
                                  << "cn-qingdao" << false << -1.0 << -1.0 << "";
}

void tst_Catalog::latency()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, internet);
    QFETCH(double, typical);
    QFETCH(double, worst);
    QFETCH(QString, kind);
    const auto rtt = Catalog::builtin().interRegionRtt(a, b, internet);
    QCOMPARE(rtt.has_value(), typical >= 0);
    if (!rtt)
        return;
    QCOMPARE(rtt->typicalMs, typical);
    QCOMPARE(rtt->worstMs, worst);
    QCOMPARE(rtt->src.kind, kind);
    QVERIFY(!rtt->src.source.isEmpty());

    const LatencyRange same = Catalog::builtin().sameZoneRtt();
    QCOMPARE(same.typicalMs, 0.10);
    QCOMPARE(same.worstMs, 0.15);
    QCOMPARE(same.src.sourceId, QStringLiteral("FIELD-GUIDE"));
    QCOMPARE(Catalog::builtin().crossZoneRtt().worstMs, 1.2);
}

void tst_Catalog::modifiersServicesNotes()
{
    const Catalog &c = Catalog::builtin();
    SourceRef src;
    QCOMPARE(c.spotMaxDiscount(&src), 0.9);
    QVERIFY(!src.source.isEmpty());
    QCOMPARE(c.subscriptionDiscount(1, &src), std::optional<double>(0.15));
    QCOMPARE(src.kind, QStringLiteral("official-old"));
    QCOMPARE(c.subscriptionDiscount(3, &src), std::optional<double>(0.5));
    QCOMPARE(src.kind, QStringLiteral("assumption"));
    QCOMPARE(c.subscriptionDiscount(4, nullptr), std::nullopt);
    QCOMPARE(c.savingsPlanExampleDiscount(&src), 0.545);
    QCOMPARE(c.pricingModifiers().cnyPerUsd, 7.2);
    QCOMPARE(c.pricingModifiers().cnyPerUsdSrc.kind, QStringLiteral("assumption"));

    const ServicePrice *alb = c.servicePrice(QStringLiteral("alb"), QStringLiteral("Standard"),
                                             QStringLiteral("cn-hangzhou"));
    QVERIFY(alb && alb->amount);
    QCOMPARE(*alb->amount, 0.021);
    const ServicePrice *lcu = c.servicePrice(QStringLiteral("alb"), QStringLiteral("LCU"),
                                             QStringLiteral("cn-hangzhou"));
    QVERIFY(lcu && !lcu->amount && !lcu->note.isEmpty());
    QCOMPARE(*c.servicePrice(QStringLiteral("nlb"), QStringLiteral("instance"),
                             QStringLiteral("eu-central-1"))
                      ->amount,
             0.02);
    QCOMPARE(*c.servicePrice(QStringLiteral("nat"), QStringLiteral("instance"),
                             QStringLiteral("cn-beijing"))
                      ->amount,
             0.034);
    QCOMPARE(*c.servicePrice(QStringLiteral("nat"), QStringLiteral("instance"),
                             QStringLiteral("ap-southeast-1"))
                      ->amount,
             0.043);
    QCOMPARE(c.redisClasses().size(), 10);
    for (const RedisClassSpec &r : c.redisClasses()) {
        QVERIFY(!r.price); // never invented
        QVERIFY(r.note.contains(QLatin1String("price not found")));
    }

    QCOMPARE(c.catalogNotes().size(), 7);
    QCOMPARE(c.notes().size(), 7);
    // The field guide's single ESSD formula is wrong for PL0 (1,800 + 12 · GiB officially).
    QCOMPARE(c.catalogNotes().last().id, QStringLiteral("essd-iops-formula"));
    QVERIFY(c.catalogNotes().last().facts.contains(QLatin1String("1,800 + 12 x GiB")));
    const CatalogNote &crossZone = c.catalogNotes().first();
    QCOMPARE(crossZone.id, QStringLiteral("cross-zone-traffic"));
    QCOMPARE(crossZone.winner, QStringLiteral("facts"));
    QVERIFY(c.notes().first().contains(QLatin1String("charged per GB")));
}

void tst_Catalog::regionOfZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("region"); // empty = none
    QTest::newRow("listed") << "cn-hangzhou-k"
                            << "cn-hangzhou";
    QTest::newRow("singapore") << "ap-southeast-1a"
                               << "ap-southeast-1";
    QTest::newRow("unlisted zone, known region") << "cn-qingdao-b"
                                                 << "cn-qingdao";
    QTest::newRow("local region") << "cn-wuhan-lr-a"
                                  << "cn-wuhan-lr";
    QTest::newRow("unknown") << "xx-nowhere-1a"
                             << "";
    QTest::newRow("region id is not a zone") << "cn-hangzhou"
                                             << "";
}

void tst_Catalog::regionOfZone()
{
    QFETCH(QString, zone);
    QFETCH(QString, region);
    const RegionSpec *r = Catalog::builtin().regionOfZone(zone);
    QCOMPARE(r ? r->id : QString(), region);
    QVERIFY(Catalog::builtin().zoneOffers(zone,
                                          QStringLiteral("ecs.g8i.large"))); // no availability data
    QVERIFY(!Catalog::builtin().hasAvailabilityData(zone));
}

QTEST_GUILESS_MAIN(tst_Catalog)
#include "tst_catalog.moc"
