// The metrics calculator's memos (catalog rows and figures shared by entities with the same
// inputs): one calculator asked about every entity of a varied design answers exactly what a
// fresh calculator asked about that entity alone answers, figures, texts and contributions.
#include "catalog/catalog.h"
#include "generateddesign.h"
#include "metrics/metricscalculator.h"
#include "model/model.h"
#include "testcatalog.h"

#include <QRandomGenerator>
#include <QTest>

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

} // namespace

class tst_MetricsCalculator : public QObject
{
    Q_OBJECT

private slots:
    void sharedMatchesFresh_data();
    void sharedMatchesFresh();
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

QTEST_GUILESS_MAIN(tst_MetricsCalculator)
#include "tst_metricscalculator.moc"
