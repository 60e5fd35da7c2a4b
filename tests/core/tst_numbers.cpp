// Figures a finance reviewer can sign (issue 11): one test per defect found by an independent
// recomputation, and the completeness of every total. Expected figures are worked out by hand
// from the catalog's published rates (alibaba-facts.md), not read back from the engine.
#include "catalog/catalog.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "model/billing.h"
#include "model/codes.h"
#include "model/document.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"
#include "rules/rulecontext.h"
#include "rules/rulesengine.h"
#include "sampledesigns.h"
#include "smalldesign.h"

#include <QFile>
#include <QTest>

using namespace ecsplan;
using ecsplan::test::SmallDesign;

namespace {

const Catalog &catalog()
{
    return Catalog::builtin();
}

/** A document holding `model` and the engine's figures for it. */
struct Live
{
    Document doc;
    std::unique_ptr<MetricsEngine> engine;
    explicit Live(Model model)
    {
        doc.resetModel(std::move(model));
        engine = std::make_unique<MetricsEngine>(&doc, &catalog());
    }
};

/** Two regions, each with one zone and one instance group, linked over the internet. */
struct TwoRegions
{
    SmallDesign d;
    EntityId a, b, zoneA, zoneB, vmA, vmB, link;
    TwoRegions(const QString &from, const QString &to, double gb, double reads)
    {
        a = d.region(from, QStringLiteral("10.0.0.0/16"));
        b = d.region(to, QStringLiteral("10.1.0.0/16"));
        zoneA = d.zone(a,
                       from == QLatin1String("eu-central-1") ? QStringLiteral("eu-central-1a")
                                                             : from + QStringLiteral("-h"));
        zoneB = d.zone(b,
                       to == QLatin1String("ap-southeast-1") ? QStringLiteral("ap-southeast-1a")
                                                             : to + QStringLiteral("-h"));
        vmA = d.instances(zoneA, QStringLiteral("ecs.g8i.large"));
        vmB = d.instances(zoneB, QStringLiteral("ecs.g8i.large"));
        link = d.link(vmA, vmB, gb, reads, LinkPath::Internet);
    }
};

} // namespace

class tst_Numbers : public QObject
{
    Q_OBJECT

private slots:
    void internetLinkBillsWhereDataLeaves_data();
    void internetLinkBillsWhereDataLeaves();
    void freeQuotaSplitByTheRegionTrafficLeaves();
    void byBillingModelAgreesWithBillingOverride_data();
    void byBillingModelAgreesWithBillingOverride();
    void autoPLFeesAreMissingNotZero();
    void autoPLBurstBound();
    void instanceDiskPairing();
    void inboundTextNamesTheInboundVolume();
    void throughputNoteOnThroughputExplanation();
    void pathsFromTheInternetArePartial();
    void rulesUseTheEnginesDiskFigures();
    void ruleMoneyUsesTheDesignsBilling();
    void incompleteTotalsSaySo();
    void loadBalancerCapacityUnitsAreUnpriced();
    void reportJsonCarriesExplanationsAndAssumptions();
    void tableMarksIncompleteTotals();
    void exampleSheetPricesTheSampleCaches_data();
    void exampleSheetPricesTheSampleCaches();
    void oneMoneyFormatter_data();
    void oneMoneyFormatter();
    void oneListOfEssdLevels();
};

void tst_Numbers::internetLinkBillsWhereDataLeaves_data()
{
    QTest::addColumn<double>("reads");
    QTest::addColumn<double>("expected"); // CNY: writes × Frankfurt + reads × Singapore
    QTest::addColumn<double>("frankfurt");
    QTest::addColumn<double>("singapore");
    // Frankfurt 0.070 USD/GB, Singapore 0.117 USD/GB (EIP 2021), 7.2 CNY/USD, 1,000 GB.
    QTest::newRow("all reads: Singapore's rate") << 1.0 << 842.40 << 0.0 << 842.40;
    QTest::newRow("all writes: Frankfurt's rate") << 0.0 << 504.00 << 504.00 << 0.0;
    QTest::newRow("a quarter reads") << 0.25 << 588.60 << 378.00 << 210.60;
}

void tst_Numbers::internetLinkBillsWhereDataLeaves()
{
    QFETCH(double, reads);
    QFETCH(double, expected);
    QFETCH(double, frankfurt);
    QFETCH(double, singapore);
    TwoRegions t(QStringLiteral("eu-central-1"), QStringLiteral("ap-southeast-1"), 1000, reads);
    const EntityId link = t.link, a = t.a, b = t.b;
    Live live(t.d.take());
    const std::optional<LinkMetrics> m = live.engine->link(link);
    QVERIFY(m);
    QCOMPARE(m->scope, LinkScope::CrossRegionInternet);
    QVERIFY(!m->cost.priceMissing);
    QCOMPARE(qRound64(m->cost.monthly * 100), qRound64(expected * 100));
    // Each region carries the egress that leaves it.
    const Totals &totals = live.engine->totals();
    QCOMPARE(qRound64(totals.byRegionCategory.value(a).value(CostCategory::Network) * 100),
             qRound64(frankfurt * 100));
    QCOMPARE(qRound64(totals.byRegionCategory.value(b).value(CostCategory::Network) * 100),
             qRound64(singapore * 100));
}

void tst_Numbers::freeQuotaSplitByTheRegionTrafficLeaves()
{
    // Hangzhou (mainland, 0.125 USD/GB, 20 GB free) → Singapore (0.117, 200 GB free), half reads:
    // 500 GB leave Hangzhou (450.00) and 500 GB leave Singapore (421.20).
    TwoRegions t(QStringLiteral("cn-hangzhou"), QStringLiteral("ap-southeast-1"), 1000, 0.5);
    const EntityId link = t.link;
    Live live(t.d.take());
    QCOMPARE(qRound64(live.engine->link(link)->cost.monthly * 100), qRound64(871.20 * 100));
    const Totals &totals = live.engine->totals();
    // 20/500 of 450.00 + 200/500 of 421.20 = 18.00 + 168.48.
    QCOMPARE(qRound64(totals.internetFreeQuotaCredit * 100), qRound64(186.48 * 100));
    QCOMPARE(totals.internetEgressGBPerMonth, 1000.0);
}

void tst_Numbers::byBillingModelAgreesWithBillingOverride_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("billing");
    for (const QString &name : test::sampleDesignNames()) {
        for (int b = 0; b < BillingModelCount; ++b)
            QTest::addRow("%s %s", qPrintable(name), qPrintable(toCode(BillingModel(b))))
                    << name << b;
    }
    for (int b = 0; b < BillingModelCount; ++b)
        QTest::addRow("unattached disk %s", qPrintable(toCode(BillingModel(b))))
                << QStringLiteral("unattached") << b;
}

void tst_Numbers::byBillingModelAgreesWithBillingOverride()
{
    QFETCH(QString, sample);
    QFETCH(int, billing);
    Model model;
    if (sample == QLatin1String("unattached")) {
        SmallDesign d;
        const EntityId r = d.region(QStringLiteral("cn-hangzhou"));
        const EntityId z = d.zone(r, QStringLiteral("cn-hangzhou-h"));
        const EntityId vm = d.instances(z, QStringLiteral("ecs.g8i.large"), 3);
        d[vm].compute.billing = BillingModel::Subscription1Year;
        d.disk(z, QStringLiteral("PL1"), 2000); // unattached: stays pay-as-you-go
        d.disk(z, QStringLiteral("PL0"), 500, vm); // attached: billed like its group
        model = d.take();
    } else {
        model = test::sampleDesign(sample);
    }
    const auto design = ReportBuilder::build(model, &catalog());
    ReportOptions options;
    options.billing = BillingModel(billing);
    const auto overridden = ReportBuilder::build(model, &catalog(), options);
    const std::string code = toCode(BillingModel(billing)).toStdString();
    QCOMPARE(design["totals"]["byBillingModel"][code].get<double>(),
             overridden["totals"]["monthlyCost"].get<double>());
    QVERIFY2(design["totals"]["missingPricesByBillingModel"][code] == overridden["missingPrices"],
             overridden["missingPrices"].dump().c_str());
}

void tst_Numbers::autoPLFeesAreMissingNotZero()
{
    SmallDesign d;
    const EntityId r = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId z = d.zone(r, QStringLiteral("cn-hangzhou-h"));
    const EntityId plain = d.disk(z, QString(), 100);
    d[plain].disk.category = QStringLiteral("cloud_auto");
    const EntityId provisioned = d.disk(z, QString(), 100);
    d[provisioned].disk.category = QStringLiteral("cloud_auto");
    d[provisioned].disk.provisionedIops = 20000;
    const EntityId bursting = d.disk(z, QString(), 100);
    d[bursting].disk.category = QStringLiteral("cloud_auto");
    d[bursting].disk.burstingEnabled = true;
    Live live(d.take());
    // Capacity alone: 100 GiB × 0.00032 USD/GiB-h × 730 h × 7.2 = 168.19 CNY, complete.
    const std::optional<DiskMetrics> p = live.engine->disk(plain);
    QVERIFY(!p->cost.priceMissing);
    QCOMPARE(qRound64(p->cost.monthly * 100), qRound64(168.192 * 100));
    const std::optional<DiskMetrics> q = live.engine->disk(provisioned);
    QVERIFY(q->cost.priceMissing);
    QCOMPARE(qRound64(q->cost.monthly * 100), qRound64(168.192 * 100)); // the known part
    QVERIFY(live.engine->missingPricesOf(provisioned)
                    .filter(QStringLiteral("AutoPL provisioned IOPS"))
                    .size()
            == 1);
    QVERIFY(live.engine->disk(bursting)->cost.priceMissing);
    QVERIFY(live.engine->missingPricesOf(bursting).filter(QStringLiteral("burst")).size() == 1);
    QVERIFY(live.engine->missingPricesOf(plain).isEmpty());
    QCOMPARE(live.engine->totals().missingPrices.size(), 2);
    QVERIFY(!live.engine->totals().complete());
}

void tst_Numbers::autoPLBurstBound()
{
    // 1,000 GiB AutoPL on ecs.r8i.2xlarge (burst limit 200,000 IOPS): baseline 50,000 + 30,000
    // provisioned = 80,000; a burst reaches min(1,000 × 1,000, 1,000,000) = 1,000,000 by the
    // disk, 200,000 by the instance.
    SmallDesign d;
    const EntityId r = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId z = d.zone(r, QStringLiteral("cn-hangzhou-h"));
    const EntityId vm = d.instances(z, QStringLiteral("ecs.r8i.2xlarge"));
    const EntityId disk = d.disk(z, QString(), 1000, vm);
    d[disk].disk.category = QStringLiteral("cloud_auto");
    d[disk].disk.provisionedIops = 30000;
    d[disk].disk.burstingEnabled = true;
    Live live(d.take());
    const std::optional<DiskMetrics> m = live.engine->disk(disk);
    QCOMPARE(m->iops, 80000.0);
    QCOMPARE(m->effectiveIopsBaseline, 60000.0); // r8i.2xlarge baseline 60,000
    QCOMPARE(m->effectiveIopsBurst, 200000.0);
    // Without bursting the burst figure is the disk's own.
    live.doc.setProperty({disk}, Property::BurstingEnabled, false);
    live.engine->flush();
    QCOMPARE(live.engine->disk(disk)->effectiveIopsBurst, 80000.0);
}

void tst_Numbers::instanceDiskPairing()
{
    SmallDesign d;
    const EntityId r = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId z = d.zone(r, QStringLiteral("cn-hangzhou-h"));
    const EntityId t5 = d.instances(z, QStringLiteral("ecs.t5-c1m2.large"));
    const EntityId t6 = d.instances(z, QStringLiteral("ecs.t6-c1m2.large"));
    const EntityId essdOnT5 = d.disk(z, QStringLiteral("PL1"), 100, t5);
    const EntityId ultraOnT5 = d.disk(z, QString(), 100, t5);
    d[ultraOnT5].disk.category = QStringLiteral("cloud_efficiency");
    const EntityId pl2OnT6 = d.disk(z, QStringLiteral("PL2"), 500, t6);
    const EntityId pl1OnT6 = d.disk(z, QStringLiteral("PL1"), 500, t6);
    d[essdOnT5].disk.targetIops = 1000;
    Live live(d.take());

    const std::optional<DiskMetrics> bad = live.engine->disk(essdOnT5);
    QVERIFY(!bad->attachable);
    QCOMPARE(bad->effectiveIopsBaseline, 0.0);
    QCOMPARE(bad->effectiveIopsBurst, 0.0);
    QCOMPARE(bad->effectiveMBpsBaseline, 0.0);
    QCOMPARE(bad->targetMet, std::optional<bool>(false));
    QVERIFY(bad->problems.join(QLatin1Char(' ')).contains(QStringLiteral("ecs.t5-c1m2.large")));
    const std::optional<DiskMetrics> ok = live.engine->disk(ultraOnT5);
    QVERIFY(ok->attachable);
    QCOMPARE(ok->effectiveIopsBaseline, 2600.0); // min(1,800 + 8 × 100, 5,000)
    QVERIFY(ok->caveats.isEmpty());
    QCOMPARE(live.engine->compute(t5)->diskIopsDemand, 2600.0); // the ESSD adds nothing

    QCOMPARE(live.engine->disk(pl2OnT6)->caveats.size(), 1);
    QVERIFY(live.engine->disk(pl2OnT6)->caveats.first().contains(QStringLiteral("PL2")));
    QVERIFY(live.engine->disk(pl1OnT6)->caveats.isEmpty());
}

void tst_Numbers::inboundTextNamesTheInboundVolume()
{
    SmallDesign d;
    const EntityId r = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId z = d.zone(r, QStringLiteral("cn-hangzhou-h"));
    const EntityId vm = d.instances(z, QStringLiteral("ecs.g8i.large"));
    const EntityId upload = d.link(d.internetUsers(), vm, 18000, 0.0); // all writes: inbound
    Live live(d.take());
    const std::optional<LinkMetrics> m = live.engine->link(upload);
    QCOMPARE(m->transferClass, TransferClass::InternetIngress);
    QCOMPARE(m->cost.monthly, 0.0);
    QVERIFY2(m->cost.why.formula.contains(QStringLiteral("18,000 GB inbound")),
             qPrintable(m->cost.why.formula));
}

void tst_Numbers::throughputNoteOnThroughputExplanation()
{
    // ecs.g8i.large: 25,000 IOPS and 250 MB/s baseline. A 2,000 GiB PL1 disk asks for 50,000
    // IOPS (capped) and 350 MB/s (capped): each note goes to its own explanation.
    SmallDesign d;
    const EntityId r = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId z = d.zone(r, QStringLiteral("cn-hangzhou-h"));
    const EntityId vm = d.instances(z, QStringLiteral("ecs.g8i.large"));
    const EntityId disk = d.disk(z, QStringLiteral("PL1"), 2000, vm);
    Live live(d.take());
    const std::optional<DiskMetrics> m = live.engine->disk(disk);
    const QString iops = m->iopsWhy.notes.join(QLatin1Char('\n'));
    const QString mbps = m->throughputWhy.notes.join(QLatin1Char('\n'));
    QVERIFY2(iops.contains(QStringLiteral("25,000 IOPS")), qPrintable(iops));
    QVERIFY2(!iops.contains(QStringLiteral("MB/s")), qPrintable(iops));
    QVERIFY2(mbps.contains(QStringLiteral("250 MB/s")), qPrintable(mbps));
    QVERIFY2(!mbps.contains(QStringLiteral("IOPS")), qPrintable(mbps));
}

void tst_Numbers::pathsFromTheInternetArePartial()
{
    SmallDesign d;
    const EntityId r = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId h = d.zone(r, QStringLiteral("cn-hangzhou-h"));
    const EntityId i = d.zone(r, QStringLiteral("cn-hangzhou-i"));
    const EntityId web = d.instances(h, QStringLiteral("ecs.g8i.large"));
    const EntityId db = d.instances(i, QStringLiteral("ecs.g8i.large"));
    d.link(d.internetUsers(), web, 10);
    d.link(web, db, 10);
    const EntityId batch = d.instances(h, QStringLiteral("ecs.g8i.large"));
    const EntityId partner = d.externalRegion(QStringLiteral("cn-shanghai"));
    d.link(partner, batch, 10, 0.5, LinkPath::Cen);
    const Model model = d.take();
    Live live(model);
    int partial = 0, whole = 0;
    for (const PathMetrics &p : live.engine->paths())
        (p.partial ? partial : whole)++;
    QCOMPARE(partial, 1); // users → web → db: the first hop is not modelled
    QCOMPARE(whole, 1); // Shanghai → batch over CEN: every hop is known
    const auto report = ReportBuilder::build(model, &catalog());
    int flagged = 0;
    for (const auto &p : report["paths"])
        flagged += p["partial"].get<bool>() ? 1 : 0;
    QCOMPARE(flagged, 1);
    QVERIFY(ReportWriter::table(report).contains(QStringLiteral("(partial: 1 hop not modelled")));
}

void tst_Numbers::rulesUseTheEnginesDiskFigures()
{
    // 10 GiB AutoPL asking for 20,000 provisioned IOPS: baseline max(min(1,800 + 500, 50,000),
    // 3,000) = 3,000, provisioned ≤ 1,000 × 10 − 3,000 = 7,000 → 10,000 IOPS. Out-of-range
    // sizes give 0 (the disk cannot be created), in the rules as in the engine.
    SmallDesign d;
    const EntityId r = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId z = d.zone(r, QStringLiteral("cn-hangzhou-h"));
    const EntityId autopl = d.disk(z, QString(), 10);
    d[autopl].disk.category = QStringLiteral("cloud_auto");
    d[autopl].disk.provisionedIops = 20000;
    const EntityId small = d.disk(z, QStringLiteral("PL2"), 100); // PL2 needs ≥ 461 GiB
    const Model model = d.take();
    const RuleContext context(model, catalog()); // no engine: the context computes itself
    QCOMPARE(context.diskIops(*model.find(autopl)), 10000.0);
    QCOMPARE(context.diskIops(*model.find(small)), 0.0);
    Live live(model);
    QCOMPARE(live.engine->disk(autopl)->iops, 10000.0);
    QCOMPARE(live.engine->disk(small)->iops, 0.0);
}

void tst_Numbers::ruleMoneyUsesTheDesignsBilling()
{
    // A disk kept after its 2 subscription instances: 2 × 100 GiB × 0.153 USD/GiB-month × 7.2
    // = CNY 220.32 per month (1-year subscription row), not the pay-as-you-go 168.19.
    SmallDesign d;
    const EntityId r = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId z = d.zone(r, QStringLiteral("cn-hangzhou-h"));
    const EntityId vm = d.instances(z, QStringLiteral("ecs.g8i.large"), 2);
    d[vm].compute.billing = BillingModel::Subscription1Year;
    const EntityId disk = d.disk(z, QStringLiteral("PL1"), 100, vm);
    d[disk].disk.deleteWithInstance = false;
    Live live(d.take());
    RulesEngine rules(&live.doc, live.engine.get(), &catalog());
    const QString engineFigure
            = metrics::money(live.engine->disk(disk)->cost.monthly, QStringLiteral("CNY"));
    QCOMPARE(engineFigure, QStringLiteral("CNY 220.32"));
    bool found = false;
    for (const Finding &f : rules.findings()) {
        if (f.ruleId != QLatin1String("ECS012"))
            continue;
        found = true;
        QVERIFY2(f.message.contains(engineFigure), qPrintable(f.message));
    }
    QVERIFY(found);
}

void tst_Numbers::incompleteTotalsSaySo()
{
    SmallDesign d;
    const EntityId r = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId h = d.zone(r, QStringLiteral("cn-hangzhou-h"));
    const EntityId i = d.zone(r, QStringLiteral("cn-hangzhou-i"));
    d.instances(h, QStringLiteral("ecs.g8i.large"));
    const EntityId cache = d.cache(i);
    d[cache].cache.instanceClass = QStringLiteral("redis.unknown.class");
    const Model model = d.take();
    Live live(model);
    const Totals &t = live.engine->totals();
    QVERIFY(!t.complete());
    QCOMPARE(t.missingPrices.size(), 1);
    QCOMPARE(t.missingByCategory.value(CostCategory::Cache), 1);
    QCOMPARE(t.missingByCategory.value(CostCategory::Compute), 0);
    QCOMPARE(t.missingByZone.value(i), 1);
    QCOMPARE(t.missingByZone.value(h), 0);
    QCOMPARE(t.missingByRegion.value(r), 1);
    for (int b = 0; b < BillingModelCount; ++b)
        QCOMPARE(t.missingPricesByBillingModel.value(BillingModel(b)).size(), 1);
    // 730 × 0.52325 = 381.97 CNY for the instance, + 40 GiB PL0 system disk
    // 40 × 0.00016 × 730 × 7.2 = 33.64.
    QCOMPARE(metrics::total(t.monthly, t.currency, int(t.missingPrices.size())),
             QStringLiteral("CNY 415.61 + 1 item without a price"));
    const auto report = ReportBuilder::build(model, &catalog());
    QCOMPARE(report["totals"]["complete"].get<bool>(), false);
    QCOMPARE(report["totals"]["completeness"]["byZone"]["cn-hangzhou-i"].get<bool>(), false);
    QCOMPARE(report["totals"]["completeness"]["byZone"]["cn-hangzhou-h"].get<bool>(), true);
    QCOMPARE(report["totals"]["completeness"]["byCategory"]["cache"].get<bool>(), false);
    QCOMPARE(report["totals"]["completeness"]["byCategory"]["compute"].get<bool>(), true);
}

void tst_Numbers::loadBalancerCapacityUnitsAreUnpriced()
{
    SmallDesign d;
    const EntityId r = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId h = d.zone(r, QStringLiteral("cn-hangzhou-h"));
    Model model = d.take();
    Entity alb = makeEntity(EntityKind::LoadBalancer);
    alb.parent = h;
    alb.name = QStringLiteral("alb");
    Document doc;
    doc.resetModel(std::move(model));
    const EntityId id = doc.addEntity(alb).ids.value(0);
    MetricsEngine engine(&doc, &catalog());
    const CostFigure c = engine.costOf(id);
    // The Standard instance fee is known: 0.021 USD/h × 730 × 7.2 = 110.38; the LCU is not.
    QVERIFY(c.priceMissing);
    QCOMPARE(qRound64(c.monthly * 100), qRound64(110.376 * 100));
    QVERIFY(engine.missingPricesOf(id).filter(QStringLiteral("LCU")).size() == 1);
}

void tst_Numbers::reportJsonCarriesExplanationsAndAssumptions()
{
    const auto report = ReportBuilder::build(test::sampleDesign(QStringLiteral("three-zone-web")),
                                             &catalog());
    QVERIFY(report.contains("assumptions"));
    QStringList ids;
    for (const auto &a : report["assumptions"])
        ids << QString::fromStdString(a["id"].get<std::string>());
    for (const char *id : {"exchangeRate", "subscription1Year", "subscription3Year", "preemptible",
                           "essdPL2Price", "essdPL3Price", "egressRates"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    for (const auto &a : report["assumptions"]) {
        if (a["id"] == "subscription3Year") {
            QVERIFY(a["source"]["kind"] == "assumption");
            QVERIFY(a["source"]["source"].get<std::string>().find("redis") != std::string::npos);
        }
    }
    const auto &item = report["instances"][0];
    QVERIFY(item["costExplanation"]["formula"].is_string());
    QVERIFY(!item["costExplanation"]["citations"].empty());
    QVERIFY(item["costExplanation"]["citations"][0]["asOf"].is_string());
    QVERIFY(report["disks"][0].contains("iopsExplanation"));

    // The 3-year discount is cited to its own (borrowed) source, labelled an assumption, not
    // to the document that supports only the 1-year figure.
    ReportOptions threeYears;
    threeYears.billing = BillingModel::Subscription3Year;
    const auto priced = ReportBuilder::build(test::sampleDesign(QStringLiteral("three-zone-web")),
                                             &catalog(), threeYears);
    bool cited = false;
    for (const auto &c : priced["instances"][0]["costExplanation"]["citations"]) {
        if (c["what"] == "3-year subscription discount") {
            cited = true;
            QVERIFY(c["assumption"].get<bool>());
            QVERIFY(c["source"].get<std::string>().find("redis") != std::string::npos);
        }
    }
    QVERIFY(cited);
}

void tst_Numbers::tableMarksIncompleteTotals()
{
    const auto report = ReportBuilder::build(test::sampleDesign(QStringLiteral("three-zone-web")),
                                             &catalog());
    const int missing = int(report["missingPrices"].size());
    QVERIFY(missing > 0); // the sample's Redis class has no price in the built-in catalog
    const QString table = ReportWriter::table(report);
    QVERIFY2(table.contains(metrics::unpricedSuffix(missing)), qPrintable(table));
    QVERIFY(table.contains(QStringLiteral("(incomplete)")));
    QVERIFY(ReportWriter::markdown(report).contains(metrics::unpricedSuffix(missing)));
    QVERIFY(ReportWriter::csv(report).contains(metrics::unpricedSuffix(missing)));
    const QString explained = ReportWriter::table(report, true);
    QVERIFY(explained.contains(QStringLiteral("Assumptions:")));
    QVERIFY(explained.contains(QStringLiteral("Source: ")));
}

void tst_Numbers::exampleSheetPricesTheSampleCaches_data()
{
    QTest::addColumn<QString>("sample");
    for (const QString &name : test::sampleDesignNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_Numbers::exampleSheetPricesTheSampleCaches()
{
    QFETCH(QString, sample);
    QFile builtin(QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/catalog/catalog.json"));
    QFile sheet(QStringLiteral(ECSPLAN_SOURCE_DIR "/docs/examples/cache-prices.example.json"));
    QVERIFY(builtin.open(QIODevice::ReadOnly));
    QVERIFY(sheet.open(QIODevice::ReadOnly));
    QStringList errors;
    std::unique_ptr<Catalog> withSheet = Catalog::fromJson(builtin.readAll(), &errors);
    QVERIFY2(withSheet, qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY2(withSheet->applyPriceSheet(sheet.readAll(), &errors),
             qPrintable(errors.join(QLatin1Char('\n'))));
    const Model model = test::sampleDesign(sample);
    const auto before = ReportBuilder::build(model, &catalog());
    const auto after = ReportBuilder::build(model, withSheet.get());
    bool hadCache = false;
    for (const auto &c : after["caches"]) {
        hadCache = true;
        QVERIFY2(!c["priceMissing"].get<bool>(), c["name"].get<std::string>().c_str());
        QVERIFY(c["costExplanation"]["citations"][0]["source"].get<std::string>().find(
                        "EXAMPLE ONLY")
                != std::string::npos);
    }
    for (const auto &c : before["caches"])
        QVERIFY(c["priceMissing"].get<bool>()); // the built-in catalog has no cache prices
    if (hadCache)
        QVERIFY(after["missingPrices"].size() < before["missingPrices"].size());
}

void tst_Numbers::oneMoneyFormatter_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("amount");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0.00");
    QTest::newRow("cents") << 0.5 << QStringLiteral("0.50");
    QTest::newRow("thousands") << 8101.84 << QStringLiteral("8,101.84");
    QTest::newRow("millions") << 1234567.891 << QStringLiteral("1,234,567.89");
    QTest::newRow("credit") << -42.0 << QStringLiteral("-42.00");
}

/**
 * Issue 11: one money formatter. The report tables (amount only, the header names the
 * currency) and every text with a currency (findings, What-if, cost dock, README) print the
 * same digits.
 */
void tst_Numbers::oneMoneyFormatter()
{
    QFETCH(double, value);
    QFETCH(QString, amount);
    QCOMPARE(metrics::moneyAmount(value), amount);
    QCOMPARE(metrics::money(value, QStringLiteral("CNY")), QStringLiteral("CNY ") + amount);
    QCOMPARE(metrics::money(value, QStringLiteral("USD")), QStringLiteral("USD ") + amount);
    QCOMPARE(metrics::total(value, QStringLiteral("CNY"), 2),
             QStringLiteral("CNY %1 + 2 items without a price").arg(amount));
}

/** Issue 11: one list of ESSD performance levels (the file's codes, the inspector, the rules). */
void tst_Numbers::oneListOfEssdLevels()
{
    const QStringList levels{QStringLiteral("PL0"), QStringLiteral("PL1"), QStringLiteral("PL2"),
                             QStringLiteral("PL3")};
    QCOMPARE(essdPerformanceLevels(), levels);
    QCOMPARE(Codes::diskLevels(), QStringList{QString()} + levels);
    for (const QString &level : Codes::diskLevels())
        QCOMPARE(validatePropertyValue(EntityKind::Disk, Property::DiskLevel, level), QString());
    QCOMPARE(validatePropertyValue(EntityKind::Disk, Property::DiskLevel, QStringLiteral("PL4")),
             QStringLiteral("The performance level must be PL0, PL1, PL2 or PL3, not \"PL4\"."));
}

QTEST_GUILESS_MAIN(tst_Numbers)
#include "tst_numbers.moc"
