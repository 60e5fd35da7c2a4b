// The live metrics engine: figures on a small design, dirty marking and coalescing, and
// incremental results equal to a from-scratch recompute after random edit sequences.
#include "catalog/catalog.h"
#include "generateddesign.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "testcatalog.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace ecsplan;

namespace {

struct Fixture
{
    Document doc;
    EntityId region, zoneH, zoneI, web, db, disk1, disk2, disk3, alb, users, usersToAlb, albToWeb,
            webToDb;

    EntityId add(EntityKind kind, EntityId parent, const std::function<void(Entity &)> &setup = {})
    {
        Entity e = makeEntity(kind);
        e.parent = parent;
        if (setup)
            setup(e);
        const Document::Result r = doc.addEntity(e);
        if (!r.ok())
            qFatal("fixture: %s", qPrintable(r.error));
        return r.ids.value(0);
    }

    EntityId link(EntityId from, EntityId to, double gb)
    {
        LinkData data;
        data.gbPerMonth = gb;
        const Document::Result r = doc.connect(from, to, data);
        if (!r.ok())
            qFatal("fixture: %s", qPrintable(r.error));
        return r.ids.value(0);
    }

    Fixture()
    {
        region = add(EntityKind::Region, EntityId::None,
                     [](Entity &e) { e.code = QStringLiteral("cn-hangzhou"); });
        zoneH = add(EntityKind::Zone, region,
                    [](Entity &e) { e.code = QStringLiteral("cn-hangzhou-h"); });
        zoneI = add(EntityKind::Zone, region,
                    [](Entity &e) { e.code = QStringLiteral("cn-hangzhou-i"); });
        web = add(EntityKind::InstanceGroup, zoneH, [](Entity &e) {
            e.compute.instanceType = QStringLiteral("ecs.g8i.large");
            e.compute.count = 2;
        });
        db = add(EntityKind::InstanceGroup, zoneI, [](Entity &e) {
            e.compute.instanceType = QStringLiteral("ecs.g8i.large");
            e.compute.count = 1;
        });
        const auto pl1 = [this](Entity &e) {
            e.disk.level = QStringLiteral("PL1");
            e.disk.sizeGiB = 400;
            e.disk.attachedTo = db;
        };
        disk1 = add(EntityKind::Disk, zoneI, [&](Entity &e) {
            pl1(e);
            e.disk.targetIops = 20000;
        });
        disk2 = add(EntityKind::Disk, zoneI, pl1);
        disk3 = add(EntityKind::Disk, zoneI, [](Entity &e) {
            e.disk.level = QStringLiteral("PL2");
            e.disk.sizeGiB = 100;
        });
        alb = add(EntityKind::LoadBalancer, zoneH);
        users = add(EntityKind::Endpoint, EntityId::None);
        usersToAlb = link(users, alb, 100);
        albToWeb = link(alb, web, 100);
        webToDb = link(web, db, 50);
    }
};

bool sameResults(const MetricsEngine &a, const MetricsEngine &b, const Model &model, QString *where)
{
    for (EntityId id : model.ids()) {
        // Both empty, or both set and equal (std::optional's ==).
        const auto same = [](const auto &x, const auto &y) {
            return x == y;
        };
        if (!same(a.disk(id), b.disk(id)) || !same(a.compute(id), b.compute(id))
            || !same(a.link(id), b.link(id)) || !same(a.cache(id), b.cache(id))
            || !same(a.load(id), b.load(id)) || !(a.costOf(id) == b.costOf(id))) {
            *where = QStringLiteral("entity #%1 (%2)").arg(toUInt(id)).arg(model.find(id)->name);
            return false;
        }
    }
    if (!(a.totals() == b.totals())) {
        *where = QStringLiteral("totals: %1 vs %2")
                         .arg(a.totals().monthly, 0, 'f', 6)
                         .arg(b.totals().monthly, 0, 'f', 6);
        return false;
    }
    if (!(a.paths() == b.paths())) {
        *where = QStringLiteral("paths: %1 vs %2").arg(a.paths().size()).arg(b.paths().size());
        return false;
    }
    return true;
}

} // namespace

class tst_MetricsEngine : public QObject
{
    Q_OBJECT

private slots:
    void diskFigures();
    void instanceCapBinds();
    void invalidDisk();
    void linksAndPaths();
    void costs();
    void totalsAreTheSumOfTheParts();
    void equalTextsStoredApart();
    void presentationOnlyChangesNothing();
    void burstIsCoalesced();
    void loadsFollowLinksAndSettings();
    void randomEditsMatchFromScratch_data();
    void randomEditsMatchFromScratch();
    void explanationsDroppedAndRebuilt();
};

void tst_MetricsEngine::diskFigures()
{
    Fixture f;
    MetricsEngine engine(&f.doc, &Catalog::builtin());
    const std::optional<DiskMetrics> d = engine.disk(f.disk1);
    QVERIFY(d);
    QVERIFY(d->valid);
    QCOMPARE(d->iops, 21800.0);
    QCOMPARE(d->throughputMBps, 320.0);
    QCOMPARE(d->latencyTypicalMs, 0.2);
    QCOMPARE(d->iopsWhy.formula, QStringLiteral("min(1,800 + 50 × 400 GiB, 50,000) = 21,800 IOPS"));
    QVERIFY(!d->iopsWhy.citations.isEmpty());
    QVERIFY(!d->iopsWhy.citations.first().source.isEmpty());
    QVERIFY(!engine.disk(f.web));
}

void tst_MetricsEngine::instanceCapBinds()
{
    Fixture f;
    MetricsEngine engine(&f.doc, &Catalog::builtin());
    // Two PL1 400 GiB disks ask 43,600 IOPS / 640 MB/s of an ecs.g8i.large (25,000 / 250 MB/s
    // baseline, 200,000 / 1,250 MB/s burst): each gets half of the baseline, all of its own at
    // burst.
    const std::optional<DiskMetrics> d = engine.disk(f.disk1);
    QVERIFY(d->cappedByInstance);
    QCOMPARE(d->effectiveIopsBaseline, 21800.0 * 25000.0 / 43600.0);
    QCOMPARE(d->effectiveIopsBaseline, 12500.0);
    QCOMPARE(d->effectiveIopsBurst, 21800.0);
    QCOMPARE(d->effectiveMBpsBaseline, 125.0);
    QCOMPARE(d->effectiveMBpsBurst, 320.0);
    QCOMPARE(d->targetMet, std::optional<bool>(false));
    QVERIFY(!engine.disk(f.disk2)->targetMet.has_value());
    const std::optional<ComputeMetrics> c = engine.compute(f.db);
    QCOMPARE(c->diskIopsDemand, 43600.0);
    QCOMPARE(c->diskIopsLimitBaseline, 25000.0);
    QCOMPARE(c->diskIopsLimitBurst, 200000.0);

    // Detaching the second disk lifts the IOPS cap on the first one; its 320 MB/s still exceed
    // the 250 MB/s baseline bandwidth of the instance.
    QVERIFY(f.doc.setProperty({f.disk2}, Property::AttachedTo, QVariant::fromValue(EntityId::None))
                    .ok());
    engine.flush();
    QVERIFY(engine.disk(f.disk1)->cappedByInstance);
    QCOMPARE(engine.disk(f.disk1)->effectiveIopsBaseline, 21800.0);
    QCOMPARE(engine.disk(f.disk1)->effectiveMBpsBaseline, 250.0);
    QVERIFY(!engine.disk(f.disk2)->cappedByInstance);
    QCOMPARE(engine.disk(f.disk2)->effectiveIopsBaseline, 21800.0);
    QCOMPARE(engine.disk(f.disk1)->targetMet, std::optional<bool>(true));
    QCOMPARE(engine.compute(f.db)->diskIopsDemand, 21800.0);
}

void tst_MetricsEngine::invalidDisk()
{
    Fixture f;
    MetricsEngine engine(&f.doc, &Catalog::builtin());
    const std::optional<DiskMetrics> d = engine.disk(f.disk3);
    QVERIFY(!d->valid);
    QCOMPARE(d->problems,
             QStringList{QStringLiteral(
                     "cloud_essd PL2 needs at least 461 GiB (this disk has 100 GiB)")});
    QCOMPARE(d->iops, 0.0);
    QVERIFY(f.doc.setProperty({f.disk3}, Property::DiskSizeGiB, 461).ok());
    engine.flush();
    QVERIFY(engine.disk(f.disk3)->valid);
    QCOMPARE(engine.disk(f.disk3)->iops, 24850.0);
}

void tst_MetricsEngine::linksAndPaths()
{
    Fixture f;
    MetricsEngine engine(&f.doc, &Catalog::builtin());
    QCOMPARE(engine.link(f.usersToAlb)->scope, LinkScope::Internet);
    // Users request from the ALB: the read share of the volume is answered out to the internet.
    const std::optional<LinkMetrics> ingress = engine.link(f.usersToAlb);
    const Entity &usersLink = *f.doc.model().find(f.usersToAlb);
    QCOMPARE(ingress->transferClass, TransferClass::InternetEgress);
    // No round-trip figure for internet ↔ region: 0 in the sums, flagged as unknown.
    QVERIFY(!ingress->latencyKnown);
    QCOMPARE(ingress->latencyTypicalMs, 0.0);
    SourceRef egressSource;
    const double usdPerGB = *Catalog::builtin().internetEgressUsdPerGB(
            QStringLiteral("cn-hangzhou"), &egressSource);
    QCOMPARE(ingress->cost.monthly,
             usersLink.link.gbPerMonth * usersLink.link.readFraction * usdPerGB
                     * f.doc.model().settings().cnyPerUsd);
    QCOMPARE(engine.link(f.albToWeb)->scope, LinkScope::SameZone);
    const std::optional<LinkMetrics> cross = engine.link(f.webToDb);
    QCOMPARE(cross->scope, LinkScope::CrossZone);
    QCOMPARE(cross->latencyTypicalMs, Catalog::builtin().crossZoneRtt().typicalMs);
    QCOMPARE(cross->latencyWorstMs, Catalog::builtin().crossZoneRtt().worstMs);
    QCOMPARE(cross->transferGBPerMonth, 50.0);
    QCOMPARE(cross->cost.monthly, 0.0); // same-region intranet traffic is free...
    QVERIFY(!cross->cost.priceMissing); // ...and that is known, not missing
    QVERIFY(!cross->latencyWhy.citations.isEmpty());
    QVERIFY(cross->latencyKnown);

    const QList<PathMetrics> paths = engine.paths();
    QCOMPARE(paths.size(), 1);
    const PathMetrics &p = paths.first();
    QCOMPARE(p.hops, (EntityIds{f.users, f.alb, f.web, f.db}));
    QCOMPARE(p.links, (EntityIds{f.usersToAlb, f.albToWeb, f.webToDb}));
    const LatencyRange same = Catalog::builtin().sameZoneRtt();
    const LatencyRange crossZone = Catalog::builtin().crossZoneRtt();
    QCOMPARE(p.storageTypicalMs, 0.2);
    QCOMPARE(p.typicalMs, 0.2 + 0 + same.typicalMs + crossZone.typicalMs);
    QCOMPARE(p.worstMs, 0.2 + 0 + same.worstMs + crossZone.worstMs);
    QCOMPARE(p.hopLatencyKnown, (QList<bool>{false, true, true}));

    // Moving the database into the web zone makes the last hop same-zone; the move detaches its
    // disks (they stay in their zone), so the path no longer ends at storage.
    QVERIFY(f.doc.setProperty({f.db}, Property::Parent, QVariant::fromValue(f.zoneH)).ok());
    engine.flush();
    QCOMPARE(engine.link(f.webToDb)->scope, LinkScope::SameZone);
    QVERIFY(f.doc.model().disksAttachedTo(f.db).isEmpty());
    QCOMPARE(engine.paths().first().storageTypicalMs, 0.0);
    QCOMPARE(engine.paths().first().typicalMs, 2 * same.typicalMs);
    QCOMPARE(engine.compute(f.db)->diskIopsDemand, 0.0);
}

void tst_MetricsEngine::costs()
{
    Fixture f;
    MetricsEngine engine(&f.doc, &Catalog::builtin());
    const Catalog &cat = Catalog::builtin();
    const double rate = f.doc.model().settings().cnyPerUsd;
    const double hourly
            = cat.instancePrice(QStringLiteral("ecs.g8i.large"), QStringLiteral("cn-hangzhou"),
                                QStringLiteral("PayAsYouGo"))
                      ->amount;
    const PriceRow *pl0
            = cat.diskPrice(QStringLiteral("cloud_essd"), QStringLiteral("PL0"),
                            QStringLiteral("cn-hangzhou"), QStringLiteral("PayAsYouGo"));
    const PriceRow *pl1
            = cat.diskPrice(QStringLiteral("cloud_essd"), QStringLiteral("PL1"),
                            QStringLiteral("cn-hangzhou"), QStringLiteral("PayAsYouGo"));
    QCOMPARE(pl1->currency, QStringLiteral("USD"));
    // 2 × ecs.g8i.large (CNY/h × 730) + 2 × 40 GiB PL0 system disks (USD/GiB-h × 730 × 7.2).
    const double web = hourly * 730 * 2 + pl0->amount * 730 * 40 * 2 * rate;
    QCOMPARE(engine.compute(f.web)->cost.monthly, web);
    QVERIFY(!engine.compute(f.web)->cost.priceMissing);
    QCOMPARE(engine.disk(f.disk1)->cost.monthly, pl1->amount * 730 * 400 * rate);
    // Billing models of the same group.
    const std::optional<ComputeMetrics> c = engine.compute(f.web);
    QCOMPARE(c->monthlyByBilling.value(BillingModel::PayAsYouGo), web);
    QVERIFY(c->monthlyByBilling.value(BillingModel::Subscription3Year) < web);
    // Load balancers are costed too.
    QVERIFY(engine.costOf(f.alb).monthly > 0);
    QVERIFY(!engine.costOf(f.alb).why.citations.isEmpty());

    // Display currency USD: the CNY instance price is divided by the design's rate.
    DesignSettings s = f.doc.model().settings();
    s.currency = QStringLiteral("USD");
    QVERIFY(f.doc.setSettings(s).ok());
    engine.flush();
    QCOMPARE(engine.totals().currency, QStringLiteral("USD"));
    QCOMPARE(engine.compute(f.web)->cost.monthly,
             hourly * 730 * 2 / rate + pl0->amount * 730 * 40 * 2);

    // An unknown type is reported missing, never priced 0.
    QVERIFY(f.doc.setProperty({f.web}, Property::InstanceType,
                              QStringLiteral("ecs.nonexistent.large"))
                    .ok());
    engine.flush();
    QVERIFY(engine.compute(f.web)->cost.priceMissing);
    QVERIFY(!engine.compute(f.web)->knownType);
    QVERIFY(engine.totals().missingPrices.contains(
            QStringLiteral("ecs.nonexistent.large in cn-hangzhou (payAsYouGo)")));
}

void tst_MetricsEngine::equalTextsStoredApart()
{
    // The calculator finds catalog rows by where a text is stored before it compares texts:
    // an equal text stored apart must find the same rows, and a missing price must leave the
    // totals once no entity lacks it.
    Fixture f;
    const QString type = QString::fromLatin1("ecs.g8i") + QLatin1String(".large");
    const QString level = QString::fromLatin1("PL") + QLatin1String("1");
    QVERIFY(type.constData() != f.doc.model().find(f.web)->compute.instanceType.constData());
    QVERIFY(f.doc.setProperty({f.db}, Property::Count, 2).ok());
    QVERIFY(f.doc.setProperty({f.db}, Property::InstanceType, type).ok());
    const EntityId disk4 = f.add(EntityKind::Disk, f.zoneI, [&](Entity &e) {
        e.disk.level = level;
        e.disk.sizeGiB = 400;
        e.disk.attachedTo = f.db;
    });
    MetricsEngine engine(&f.doc, &Catalog::builtin());
    const std::optional<ComputeMetrics> web = engine.compute(f.web);
    const std::optional<ComputeMetrics> db = engine.compute(f.db);
    QVERIFY(web->knownType && db->knownType);
    QVERIFY(web->cost.monthly > 0);
    QCOMPARE(db->cost.monthly, web->cost.monthly);
    QCOMPARE(db->monthlyByBilling, web->monthlyByBilling);
    const std::optional<DiskMetrics> shared = engine.disk(f.disk2);
    const std::optional<DiskMetrics> apart = engine.disk(disk4);
    QVERIFY(apart->valid);
    QCOMPARE(apart->iops, shared->iops);
    QCOMPARE(apart->effectiveIopsBaseline, shared->effectiveIopsBaseline);
    QCOMPARE(apart->cost.monthly, shared->cost.monthly);
    // The fixture lacks some prices of its own (the load balancer's); the type's joins them.
    const QStringList before = engine.totals().missingPrices;
    const QString key = QStringLiteral("ecs.nonexistent.large in cn-hangzhou (payAsYouGo)");
    QVERIFY(!before.contains(key));

    QVERIFY(f.doc.setProperty({f.web}, Property::InstanceType,
                              QStringLiteral("ecs.nonexistent.large"))
                    .ok());
    engine.flush();
    QVERIFY(engine.totals().missingPrices.contains(key));
    QCOMPARE(engine.totals().missingPrices.size(), before.size() + 1);
    QVERIFY(f.doc.setProperty({f.web}, Property::InstanceType, type).ok());
    engine.flush();
    QCOMPARE(engine.totals().missingPrices, before);
    QCOMPARE(engine.compute(f.web)->cost.monthly, web->cost.monthly);
}

void tst_MetricsEngine::totalsAreTheSumOfTheParts()
{
    Fixture f;
    MetricsEngine engine(&f.doc, &Catalog::builtin());
    double sum = 0, zoneH = 0;
    for (EntityId id : f.doc.model().ids()) {
        sum += engine.costOf(id).monthly;
        if (f.doc.model().zoneOf(id) == f.zoneH && !f.doc.model().find(id)->isLink())
            zoneH += engine.costOf(id).monthly;
    }
    const Totals &t = engine.totals();
    // The internet free quota is credited once for the design, not to any one component.
    QCOMPARE(t.monthly, sum - t.internetFreeQuotaCredit);
    QVERIFY(t.monthly > 0);
    // Links count where their cloud end is: both of these end in zone H (the users' egress too).
    QCOMPARE(t.byZone.value(f.zoneH),
             zoneH + engine.costOf(f.albToWeb).monthly + engine.costOf(f.usersToAlb).monthly);
    QCOMPARE(t.byRegion.value(f.region), sum);
    QCOMPARE(t.byCategory.value(CostCategory::LoadBalancing), engine.costOf(f.alb).monthly);
    QCOMPARE(t.byBillingModel.value(BillingModel::PayAsYouGo), sum - t.internetFreeQuotaCredit);
}

void tst_MetricsEngine::presentationOnlyChangesNothing()
{
    Fixture f;
    MetricsEngine engine(&f.doc, &Catalog::builtin());
    QSignalSpy spy(&engine, &MetricsEngine::metricsChanged);
    QVERIFY(f.doc.setProperty({f.disk1}, Property::Name, QStringLiteral("renamed")).ok());
    QVERIFY(f.doc.setProperty({f.web}, Property::Geometry, QRectF(5, 5, 160, 60)).ok());
    QVERIFY(f.doc.setProperty({f.db}, Property::Notes, QStringLiteral("primary")).ok());
    QVERIFY(f.doc.setProperty({f.db}, Property::Owner, QStringLiteral("dba")).ok());
    QVERIFY(!engine.isDirty());
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 0);
}

void tst_MetricsEngine::burstIsCoalesced()
{
    Fixture f;
    MetricsEngine engine(&f.doc, &Catalog::builtin());
    QSignalSpy spy(&engine, &MetricsEngine::metricsChanged);
    QVERIFY(f.doc.setProperty({f.disk1}, Property::DiskSizeGiB, 500).ok());
    QVERIFY(f.doc.setProperty({f.disk1}, Property::DiskSizeGiB, 600).ok());
    QVERIFY(f.doc.setProperty({f.webToDb}, Property::LinkGbPerMonth, 70.0).ok());
    QVERIFY(engine.isDirty());
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE(spy.count(), 1);
    const EntityIds changed = spy.first().first().value<EntityIds>();
    // The disk, its instance and the instance's other disk, the link and its other end (whose
    // demand the link carries): nothing else.
    QCOMPARE(changed, (EntityIds{f.web, f.db, f.disk1, f.disk2, f.webToDb}));
    QCOMPARE(engine.disk(f.disk1)->iops, 31800.0);
}

void tst_MetricsEngine::loadsFollowLinksAndSettings()
{
    Fixture f;
    MetricsEngine engine(&f.doc, &Catalog::builtin());
    // web: 2 × ecs.g8i.large (2.5 Gbit/s, 1,000,000 PPS, 300,000 connections each), serving the
    // ALB and calling db. No requests yet: packets only from the transfer.
    QVERIFY(engine.load(f.web));
    QVERIFY(engine.load(f.alb));
    QVERIFY(!engine.load(f.disk1));
    QVERIFY(!engine.load(f.albToWeb));
    QCOMPARE(engine.load(f.web)->instances, 2);
    QCOMPARE(engine.load(f.web)->demand.links, 2);
    QCOMPARE(engine.load(f.web)->resources.size(), 3);

    QSignalSpy spy(&engine, &MetricsEngine::metricsChanged);
    QVERIFY(f.doc.setProperty({f.albToWeb}, Property::LinkRequestsPerSecond, 25000.0).ok());
    engine.flush();
    // The link's ends are reported as changed too.
    const EntityIds changed = spy.last().first().value<EntityIds>();
    QVERIFY(changed.contains(f.albToWeb));
    QVERIFY(changed.contains(f.web));
    QVERIFY(changed.contains(f.alb));
    QVERIFY(!changed.contains(f.db));
    const std::optional<ComponentLoad> web = engine.load(f.web);
    QCOMPARE(web->demand.servedRps, 50000.0);
    // 100 GB/month over 25,000 req/s is 1.5 B per request: the 10-packet setting rules.
    // 50,000 × 10 = 500,000 plus webToDb's bulk packets, against 2,000,000.
    QCOMPARE(web->bottleneck()->resource, LoadResource::Packets);
    QVERIFY(web->utilisation() > 0.25 && web->utilisation() < 0.2501);
    const QString why = engine.loadWhy(f.web).formula;
    QVERIFY2(
            why.contains(QStringLiteral("500,039 / (2 × 1,000,000 packets/s per instance) = 25 %")),
            qPrintable(why));

    DesignSettings s = f.doc.model().settings();
    s.peakToAverage = 4;
    QVERIFY(f.doc.setSettings(s).ok());
    engine.flush();
    QCOMPARE(engine.load(f.web)->demand.servedRps, 100000.0);

    // Reconnected to db: web loses the demand, db gains it.
    QVERIFY(f.doc.setProperty({f.albToWeb}, Property::LinkTo, QVariant::fromValue(f.db)).ok());
    engine.flush();
    QCOMPARE(engine.load(f.web)->demand.servedRps, 0.0);
    QCOMPARE(engine.load(f.db)->demand.servedRps, 100000.0);
}

void tst_MetricsEngine::randomEditsMatchFromScratch_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 7") << 7u;
    QTest::newRow("seed 42") << 42u;
    QTest::newRow("seed 2024") << 2024u;
}

void tst_MetricsEngine::randomEditsMatchFromScratch()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    Document doc;
    doc.resetModel(test::generateDesign(150, 2));
    // With an LCU price: the load balancers' demand-derived fee is part of what must match.
    MetricsEngine live(&doc, &test::catalogWithLcuPrice());

    const QStringList types = {QStringLiteral("ecs.g8i.large"), QStringLiteral("ecs.c8i.large"),
                               QStringLiteral("ecs.g8i.xlarge"), QStringLiteral("ecs.i4.large"),
                               QStringLiteral("ecs.unknown.type")};
    const QStringList levels = {QStringLiteral("PL0"), QStringLiteral("PL1"), QStringLiteral("PL2"),
                                QStringLiteral("PL3")};
    const auto pick = [&](EntityKind kind) {
        const EntityIds ids = doc.model().ids(kind);
        return ids.isEmpty() ? EntityId::None : ids.at(rng.bounded(int(ids.size())));
    };
    int applied = 0;
    for (int step = 0; step < 400; ++step) {
        const EntityId disk = pick(EntityKind::Disk);
        // Mostly an instance group in the disk's zone, so that attachments (and the shared
        // instance limits) come about; sometimes any group.
        EntityId ig = pick(EntityKind::InstanceGroup);
        if (isValid(disk) && rng.bounded(4) != 0) {
            for (EntityId sibling : doc.model().childrenOf(doc.model().zoneOf(disk))) {
                if (doc.model().find(sibling)->kind == EntityKind::InstanceGroup && rng.bounded(2))
                    ig = sibling;
            }
        }
        const EntityId link = pick(EntityKind::Link);
        const EntityId zone = pick(EntityKind::Zone);
        Document::Result r;
        switch (rng.bounded(22)) {
        case 0:
            r = doc.setProperty({disk}, Property::DiskSizeGiB, 20 + rng.bounded(2000));
            break;
        case 1:
            r = doc.setProperty({disk}, Property::DiskLevel, levels.at(rng.bounded(4)));
            break;
        case 2:
            r = doc.setProperty({disk}, Property::AttachedTo, QVariant::fromValue(ig));
            break;
        case 3:
            r = doc.setProperty({ig}, Property::InstanceType,
                                types.at(rng.bounded(int(types.size()))));
            break;
        case 4:
            r = doc.setProperty({ig}, Property::Count, 1 + rng.bounded(5));
            break;
        case 5:
            r = doc.setProperty({ig}, Property::Billing,
                                QVariant::fromValue(BillingModel(rng.bounded(BillingModelCount))));
            break;
        case 6:
            r = doc.setProperty({link}, Property::LinkGbPerMonth, double(rng.bounded(5000)) / 7.0);
            break;
        case 7:
            r = doc.setProperty({link}, Property::LinkPath,
                                QVariant::fromValue(LinkPath(rng.bounded(4))));
            break;
        case 8:
            r = doc.setProperty({pick(EntityKind::Cache)}, Property::Parent,
                                QVariant::fromValue(zone));
            break;
        case 9: {
            Entity e = makeEntity(EntityKind::Disk);
            e.parent = zone;
            e.disk.sizeGiB = 500;
            r = doc.addEntity(e);
            break;
        }
        case 10:
            r = doc.removeEntities({rng.bounded(2) ? disk : ig});
            break;
        case 11: {
            DesignSettings s = doc.model().settings();
            s.currency = s.currency == QLatin1String("CNY") ? QStringLiteral("USD")
                                                            : QStringLiteral("CNY");
            s.cnyPerUsd = 6.5 + rng.bounded(20) / 10.0;
            r = doc.setSettings(s);
            break;
        }
        case 12:
            doc.undo();
            break;
        case 13:
            doc.redo();
            break;
        case 14:
            r = doc.moveEntities({ig}, QPointF(1, 0));
            break;
        case 15:
            r = doc.connect(pick(EntityKind::Endpoint), ig, LinkData{});
            break;
        case 16:
            r = doc.setProperty({pick(EntityKind::ScalingGroup)}, Property::DesiredSize,
                                1 + rng.bounded(3));
            break;
        case 17:
            r = doc.setProperty({link}, Property::LinkRequestsPerSecond,
                                double(rng.bounded(40000)));
            break;
        case 18: {
            DesignSettings s = doc.model().settings();
            s.peakToAverage = 1 + rng.bounded(40) / 10.0;
            s.packetsPerRequest = 1 + rng.bounded(30);
            r = doc.setSettings(s);
            break;
        }
        case 19: // reconnect: the former end loses the link's demand
            r = doc.setProperty({link}, Property::LinkTo, QVariant::fromValue(ig));
            break;
        case 20:
            r = doc.setProperty({pick(EntityKind::Cache)}, Property::CacheShards,
                                int(rng.bounded(9)));
            break;
        case 21:
            r = doc.setProperty({pick(EntityKind::Cache)}, Property::CacheReadReplicas,
                                int(rng.bounded(4)));
            break;
        }
        applied += r.ok() ? 1 : 0;
        if (step % 20 == 19) {
            live.flush();
            MetricsEngine scratch(&doc, &test::catalogWithLcuPrice());
            QString where;
            QVERIFY2(sameResults(live, scratch, doc.model(), &where),
                     qPrintable(QStringLiteral("step %1: %2").arg(step).arg(where)));
        }
    }
    QVERIFY2(applied > 200, qPrintable(QString::number(applied)));
}

// The report reads each item explained, then drops the texts: the figures stay, the next read
// explains again (the same texts), also after edits that recomputed explained entities. A
// link's latency text is kept per pair of places and follows a move.
void tst_MetricsEngine::explanationsDroppedAndRebuilt()
{
    Fixture f;
    MetricsEngine engine(&f.doc, &Catalog::builtin());
    const std::optional<DiskMetrics> disk = engine.disk(f.disk1);
    const std::optional<LinkMetrics> link = engine.link(f.webToDb);
    QCOMPARE(disk->iopsWhy.formula,
             QStringLiteral("min(1,800 + 50 × 400 GiB, 50,000) = 21,800 IOPS"));
    const QString crossZone = displayName(LinkScope::CrossZone);
    QVERIFY(link->latencyWhy.formula.startsWith(crossZone + QStringLiteral(": ")));
    QVERIFY(!link->cost.why.formula.isEmpty());

    engine.dropExplanations();
    QVERIFY(engine.disk(f.disk1, false)->iopsWhy.formula.isEmpty());
    QVERIFY(engine.link(f.webToDb, false)->latencyWhy.formula.isEmpty());
    QVERIFY(engine.link(f.webToDb, false)->cost.why.formula.isEmpty());
    QCOMPARE(engine.disk(f.disk1, false)->iops, disk->iops);
    QCOMPARE(*engine.disk(f.disk1), *disk);
    QCOMPARE(*engine.link(f.webToDb), *link);

    // Edits recompute the explained disk many times over: each drop still takes every text.
    for (int size = 401; size <= 600; ++size) {
        QVERIFY(f.doc.setProperty({f.disk2}, Property::DiskSizeGiB, size).ok());
        engine.flush();
        QVERIFY(!engine.disk(f.disk2)->iopsWhy.formula.isEmpty());
        QVERIFY(!engine.disk(f.disk1)->iopsWhy.formula.isEmpty());
    }
    engine.dropExplanations();
    QVERIFY(engine.disk(f.disk1, false)->iopsWhy.formula.isEmpty());
    QVERIFY(engine.disk(f.disk2, false)->iopsWhy.formula.isEmpty());
    QVERIFY(engine.disk(f.disk2, false)->cost.why.formula.isEmpty());

    // The database moves into the web zone: its link is explained as same-zone.
    QVERIFY(f.doc.setProperty({f.db}, Property::Parent, QVariant::fromValue(f.zoneH)).ok());
    engine.flush();
    QVERIFY(engine.link(f.webToDb)->latencyWhy.formula.startsWith(displayName(LinkScope::SameZone)
                                                                  + QStringLiteral(": ")));
    QVERIFY(engine.link(f.albToWeb)
                    ->latencyWhy.formula.startsWith(displayName(LinkScope::SameZone)
                                                    + QStringLiteral(": ")));
    QCOMPARE(engine.link(f.albToWeb)->latencyWhy, engine.link(f.webToDb)->latencyWhy);
}

QTEST_GUILESS_MAIN(tst_MetricsEngine)
#include "tst_metricsengine.moc"
