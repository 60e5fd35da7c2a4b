// The metrics calculator's memos (catalog rows and figures shared by entities with the same
// inputs): one calculator asked about every entity of a varied design answers exactly what a
// fresh calculator asked about that entity alone answers, figures, texts and contributions.
#include "catalog/catalog.h"
#include "generateddesign.h"
#include "metrics/demand.h"
#include "metrics/metricscalculator.h"
#include "model/model.h"
#include "testcatalog.h"

#include <QRandomGenerator>
#include <QTest>

#include <bit>

using namespace ecsplan;

namespace {

template<typename T>
const T &pickFrom(QRandomGenerator &rng, const QList<T> &values)
{
    return values.at(rng.bounded(int(values.size())));
}

/**
 * A generated design whose caches, load balancers, disks and compute groups are given random
 * classes, kinds, editions, categories, sizes, billing models and attachments (known and
 * unknown catalog rows, priced and unpriced regions), each text stored apart or shared.
 */
Model variedDesign(quint32 seed)
{
    QRandomGenerator rng(seed);
    Model model = test::generateDesign(120, 2);
    // A region the catalog has no prices for.
    Entity nowhere = makeEntity(EntityKind::Region);
    nowhere.id = model.allocateId();
    nowhere.code = QStringLiteral("xx-nowhere-1");
    model.insert(nowhere);
    Entity nowhereZone = makeEntity(EntityKind::Zone);
    nowhereZone.id = model.allocateId();
    nowhereZone.parent = nowhere.id;
    nowhereZone.code = QStringLiteral("xx-nowhere-1a");
    model.insert(nowhereZone);

    const QList<QString> classes
            = {QStringLiteral("redis.shard.small.2.ce"), QStringLiteral("redis.master.mid.default"),
               QStringLiteral("redis.unknown.class")};
    const QList<QString> editions = {QStringLiteral("Basic"), QStringLiteral("Standard"),
                                     QStringLiteral("StandardWithWaf")};
    const QList<std::pair<QString, QString>> disks
            = {{QStringLiteral("cloud_essd"), QStringLiteral("PL0")},
               {QStringLiteral("cloud_essd"), QStringLiteral("PL1")},
               {QStringLiteral("cloud_essd"), QStringLiteral("PL2")},
               {QStringLiteral("cloud_auto"), QString()},
               {QStringLiteral("cloud_essd_entry"), QString()},
               {QStringLiteral("cloud_unknown"), QStringLiteral("PL9")}};
    const QList<int> sizes = {20, 40, 100, 461, 1000, 2000};
    const QList<LoadBalancerKind> kinds
            = {LoadBalancerKind::Alb, LoadBalancerKind::Nlb, LoadBalancerKind::Clb};
    const auto billing = [&] {
        return BillingModel(rng.bounded(BillingModelCount));
    };
    // Half of the texts are copies stored apart: the memos find rows by storage first.
    const auto apart = [&](const QString &s) {
        return rng.bounded(2) ? QString(s.constData(), s.size()) : s;
    };

    const EntityIds computes = [&] {
        EntityIds out = model.ids(EntityKind::InstanceGroup);
        out << model.ids(EntityKind::ScalingGroup);
        return out;
    }();
    for (EntityId id : model.ids()) {
        Entity e = model.take(id);
        if (rng.bounded(10) == 0
            && (e.isCompute() || e.kind == EntityKind::Cache || e.kind == EntityKind::LoadBalancer
                || e.kind == EntityKind::Disk))
            e.parent = nowhereZone.id;
        switch (e.kind) {
        case EntityKind::Cache:
            e.cache.instanceClass = apart(pickFrom(rng, classes));
            e.cache.billing = billing();
            break;
        case EntityKind::LoadBalancer:
            e.loadBalancer.kind = pickFrom(rng, kinds);
            e.loadBalancer.edition = apart(pickFrom(rng, editions));
            break;
        case EntityKind::Disk: {
            const auto &[category, level] = pickFrom(rng, disks);
            e.disk.category = apart(category);
            e.disk.level = apart(level);
            e.disk.sizeGiB = pickFrom(rng, sizes);
            e.disk.provisionedIops = rng.bounded(3) == 0 ? int(rng.bounded(5000)) : 0;
            e.disk.burstingEnabled = rng.bounded(2);
            e.disk.attachedTo = rng.bounded(4) == 0 ? EntityId::None : pickFrom(rng, computes);
            break;
        }
        case EntityKind::InstanceGroup:
        case EntityKind::ScalingGroup:
            e.compute.billing = billing();
            e.compute.count = 1 + int(rng.bounded(4));
            break;
        default:
            break;
        }
        model.insert(std::move(e));
    }
    return model;
}

bool sameContribution(const CostContribution &a, const CostContribution &b)
{
    return a.zone == b.zone && a.region == b.region && a.category == b.category
            && a.unpriced == b.unpriced && a.monthly == b.monthly && a.zone2 == b.zone2
            && a.region2 == b.region2 && a.monthly2 == b.monthly2 && a.byBilling == b.byBilling
            && a.missing == b.missing && a.egressGB.values == b.egressGB.values
            && a.egressCost.values == b.egressCost.values;
}

/** variedDesign() with random traffic on its links (none, requests only, bytes only, both), a
 * few links that loop back to their own end and one to a node that is not in the design. */
Model trafficDesign(quint32 seed)
{
    QRandomGenerator rng(seed * 7919u);
    Model model = variedDesign(seed);
    const EntityIds nodes = model.ids(EntityKind::InstanceGroup);
    for (EntityId id : model.ids(EntityKind::Link)) {
        Entity e = model.take(id);
        const auto figure = [&](double scale) {
            switch (rng.bounded(4)) {
            case 0:
                return 0.0;
            case 1:
                return -1.0;
            default:
                return rng.generateDouble() * scale;
            }
        };
        e.link.requestsPerSecond = figure(5000);
        e.link.gbPerMonth = figure(1e6);
        e.link.readFraction = rng.generateDouble() * 1.4 - 0.2;
        if (rng.bounded(30) == 0)
            e.link.to = e.link.from;
        model.insert(std::move(e));
    }
    Entity dangling = makeEntity(EntityKind::Link);
    dangling.id = model.allocateId();
    dangling.link.from = nodes.first();
    dangling.link.to = entityId(toUInt(dangling.id) + 1000); // no such node
    dangling.link.requestsPerSecond = 10;
    model.insert(dangling);
    return model;
}

/** The two demands hold the same bits (not merely equal values). */
bool sameBits(const demand::ComponentDemand &a, const demand::ComponentDemand &b)
{
    const double da[] = {a.servedRps,
                         a.sentRps,
                         a.peakGbpsIn,
                         a.peakGbpsOut,
                         a.peakPps,
                         a.newConnectionsPerSecond,
                         a.concurrentConnections,
                         a.frontGbps,
                         a.frontNewConnectionsPerSecond,
                         a.frontConcurrentConnections};
    const double db[] = {b.servedRps,
                         b.sentRps,
                         b.peakGbpsIn,
                         b.peakGbpsOut,
                         b.peakPps,
                         b.newConnectionsPerSecond,
                         b.concurrentConnections,
                         b.frontGbps,
                         b.frontNewConnectionsPerSecond,
                         b.frontConcurrentConnections};
    for (size_t i = 0; i < std::size(da); ++i) {
        if (std::bit_cast<quint64>(da[i]) != std::bit_cast<quint64>(db[i]))
            return false;
    }
    return a.links == b.links;
}

} // namespace

class tst_MetricsCalculator : public QObject
{
    Q_OBJECT

private slots:
    void sharedMatchesFresh_data();
    void sharedMatchesFresh();
    void componentDemandMatchesReference_data();
    void componentDemandMatchesReference();
};

void tst_MetricsCalculator::sharedMatchesFresh_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("explain");
    for (quint32 seed : {1u, 2u, 3u, 4u}) {
        QTest::addRow("seed %u, figures", seed) << seed << false;
        QTest::addRow("seed %u, explained", seed) << seed << true;
    }
}

void tst_MetricsCalculator::sharedMatchesFresh()
{
    QFETCH(quint32, seed);
    QFETCH(bool, explain);
    const Model model = variedDesign(seed);
    // With an LCU price: the load balancers' demand-derived fee is computed too.
    for (const Catalog *catalog : {&Catalog::builtin(), &test::catalogWithLcuPrice()}) {
        // One catalog-input cache for both: missing-price ids are interned there.
        const CatalogInputs inputs(catalog);
        const CurrencyContext currency = CurrencyContext::of(model.settings());
        const MetricsCalculator shared(model, inputs, currency);
        int compared = 0;
        for (EntityId id : model.ids()) {
            const Entity &e = *model.find(id);
            const MetricsCalculator fresh(model, inputs, currency);
            CostContribution a, b;
            bool same = true;
            switch (e.kind) {
            case EntityKind::Disk:
                same = shared.disk(e, &a, explain) == fresh.disk(e, &b, explain);
                break;
            case EntityKind::InstanceGroup:
            case EntityKind::ScalingGroup:
                same = shared.compute(e, &a, explain) == fresh.compute(e, &b, explain);
                break;
            case EntityKind::Link:
                same = shared.link(e, &a, explain) == fresh.link(e, &b, explain);
                break;
            case EntityKind::Cache:
                same = shared.cache(e, &a, explain) == fresh.cache(e, &b, explain);
                break;
            case EntityKind::LoadBalancer:
                same = shared.loadBalancer(e, &a, explain) == fresh.loadBalancer(e, &b, explain);
                break;
            default:
                continue;
            }
            ++compared;
            if (!same || !sameContribution(a, b))
                QFAIL(qPrintable(QStringLiteral("%1 #%2 (%3): the shared calculator differs")
                                         .arg(toCode(e.kind))
                                         .arg(toUInt(id))
                                         .arg(e.name)));
        }
        QVERIFY2(compared > 200, qPrintable(QString::number(compared)));
    }
}

void tst_MetricsCalculator::componentDemandMatchesReference_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("linksFirst");
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u, 6u}) {
        QTest::addRow("seed %u, flows recorded by link()", seed) << seed << true;
        QTest::addRow("seed %u, flows computed as summed", seed) << seed << false;
    }
}

/**
 * The calculator sums a component's demand from flows computed once per link: bit for bit
 * demand::componentDemand's figures, whether link() recorded the flows first (a full
 * recompute: nodes noted, then links) or the sum computed them itself (an edit's flush), and
 * the loads built on it equal componentLoad()'s.
 */
void tst_MetricsCalculator::componentDemandMatchesReference()
{
    QFETCH(quint32, seed);
    QFETCH(bool, linksFirst);
    const Model model = trafficDesign(seed);
    const CatalogInputs inputs(&Catalog::builtin());
    const MetricsCalculator calc(model, inputs, CurrencyContext::of(model.settings()));
    if (linksFirst) {
        // As a full recompute does: every node noted, then every link computed.
        for (EntityId id : model.ids()) {
            if (!model.find(id)->isLink())
                calc.note(*model.find(id));
        }
        for (EntityId id : model.ids(EntityKind::Link)) {
            CostContribution unused;
            calc.link(*model.find(id), &unused, false);
        }
    }
    int compared = 0, withDemand = 0;
    for (EntityId id : model.ids()) {
        const Entity &e = *model.find(id);
        if (e.isLink())
            continue;
        const demand::ComponentDemand reference = demand::componentDemand(model, id);
        const demand::ComponentDemand summed = calc.componentDemand(id);
        if (!sameBits(summed, reference))
            QFAIL(qPrintable(QStringLiteral("%1 #%2: the summed demand differs")
                                     .arg(toCode(e.kind))
                                     .arg(toUInt(id))));
        const InstanceTypeSpec *type
                = e.isCompute() ? inputs.instanceType(e.compute.instanceType) : nullptr;
        const RedisClassSpec *cache
                = e.kind == EntityKind::Cache ? inputs.redisClass(e.cache.instanceClass) : nullptr;
        const DiskCapacity disks{2, 3000, 140, 0};
        const std::optional<ComponentLoad> load
                = componentLoad(model, e, summed, type, cache, &disks);
        QCOMPARE(load, componentLoad(model, e, type, cache, &disks));
        // The inline list holds what the QList-building functions give, in their order.
        QList<ResourceLoad> expected;
        if (e.isCompute()) {
            const int n = MetricsCalculator::units(e);
            if (type)
                expected << instanceLoads(reference, *type, n);
            expected << diskLoads(reference, disks, n);
        } else if (cache) {
            expected = cacheLoads(reference, *cache, e.cache.shards, e.cache.readReplicas);
        }
        if (load)
            QCOMPARE(load->resources.toList(), expected);
        ++compared;
        withDemand += reference.links > 0;
    }
    QVERIFY2(compared > 100 && withDemand > 50,
             qPrintable(QStringLiteral("%1, %2").arg(compared).arg(withDemand)));
}

QTEST_GUILESS_MAIN(tst_MetricsCalculator)
#include "tst_metricscalculator.moc"
