// What-if tools: the zone failure drill and the billing optimizer.

#include "catalog/catalog.h"
#include "metrics/assumptions.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "sampledesigns.h"
#include "smalldesign.h"
#include "whatif/billingoptimizer.h"
#include "whatif/trafficgrowth.h"
#include "whatif/zonedrill.h"

#include <QTest>

using namespace ecsplan;
using ecsplan::test::SmallDesign;

namespace {

const ZoneDrill::Tier *tierNamed(const ZoneDrill::Result &r, const QString &name)
{
    for (const ZoneDrill::Tier &t : r.tiers) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

double payg(const QString &type)
{
    return Catalog::builtin()
                   .instancePrice(type, QStringLiteral("cn-hangzhou"), QStringLiteral("PayAsYouGo"))
                   ->amount
            * 730;
}

} // namespace

class tst_WhatIf : public QObject
{
    Q_OBJECT

private slots:
    void mediaCompanyLosesZoneA();
    void threeZoneWebLosesZoneH();
    void regionFailureLosesEverything();
    void notAContainer();
    void billingOptimizer();
    void spotDiscountIsOneSetting_data();
    void spotDiscountIsOneSetting();
    void trafficSteps();
    void trafficGrowthScenarioA();
};

void tst_WhatIf::mediaCompanyLosesZoneA()
{
    const Model model = test::sampleDesign(QStringLiteral("media-company"));
    const EntityId zoneA = model.findByName(EntityKind::Zone, QStringLiteral("Zone A"))->id;
    const ZoneDrill::Result r = ZoneDrill::run(model, Catalog::builtin(), zoneA);
    QCOMPARE(r.failedZones, EntityIds{zoneA});
    QCOMPARE(r.greyedOut, (EntityIds{zoneA} + model.descendantsOf(zoneA)));
    QCOMPARE(r.lostTiers(), QStringList{QStringLiteral("media-cache")});

    const ZoneDrill::Tier *web = tierNamed(r, QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(web->instancesBefore, 8.0);
    QCOMPARE(web->instancesAfter, 4.0);
    QCOMPARE(web->remainingFraction(), 0.5);
    QVERIFY(!web->losesAll);
    // Two zones: 16 instances keep 8 after losing either one.
    QCOMPARE(web->extraInstancesToSurvive, 8);
    QCOMPARE(web->extraMonthlyToSurvive, 8 * payg(QStringLiteral("ecs.g8i.xlarge")));

    const ZoneDrill::Tier *cache = tierNamed(r, QStringLiteral("media-cache"));
    QVERIFY(cache && cache->losesAll);
    QCOMPARE(cache->extraInstancesToSurvive, 1);
    QVERIFY(cache->priceMissing); // no Redis prices in the catalog
    QCOMPARE(r.extraMonthlyToSurvive, 8 * payg(QStringLiteral("ecs.g8i.xlarge")));
    QCOMPARE(r.currency, QStringLiteral("CNY"));
}

void tst_WhatIf::threeZoneWebLosesZoneH()
{
    const Model model = test::sampleDesign(QStringLiteral("three-zone-web"));
    const EntityId h = model.findByName(EntityKind::Zone, QStringLiteral("Zone H"))->id;
    const ZoneDrill::Result r = ZoneDrill::run(model, Catalog::builtin(), h);
    QCOMPARE(r.lostTiers(), QStringList{QStringLiteral("session-cache")});
    const ZoneDrill::Tier *web = tierNamed(r, QStringLiteral("web"));
    QCOMPARE(web->instancesBefore, 3.0);
    QCOMPARE(web->instancesAfter, 2.0); // balanced over h, i, j
    QCOMPARE(web->extraInstancesToSurvive, 2); // 5 over 3 zones keep 3 after losing one
    const ZoneDrill::Tier *db = tierNamed(r, QStringLiteral("db"));
    QCOMPARE(db->instancesBefore, 2.0);
    QCOMPARE(db->instancesAfter, 1.0);
    QCOMPARE(db->extraInstancesToSurvive, 2);
    // Each tier's extra instances are priced like the tier: web pays as it goes, the database
    // pair is a 1-year subscription (pay-as-you-go less the catalog's 15 %).
    QCOMPARE(r.extraMonthlyToSurvive,
             2 * payg(QStringLiteral("ecs.g8i.large"))
                     + 2 * payg(QStringLiteral("ecs.r8i.2xlarge")) * (1 - 0.15));
}

void tst_WhatIf::regionFailureLosesEverything()
{
    const Model model = test::sampleDesign(QStringLiteral("three-zone-web"));
    const EntityId region = model.findByName(EntityKind::Region, QStringLiteral("Hangzhou"))->id;
    const ZoneDrill::Result r = ZoneDrill::run(model, Catalog::builtin(), region);
    QCOMPARE(r.failedZones.size(), 3);
    QCOMPARE(r.lostTiers(),
             (QStringList{QStringLiteral("db"), QStringLiteral("session-cache"),
                          QStringLiteral("web")}));
}

void tst_WhatIf::notAContainer()
{
    const Model model = test::sampleDesign(QStringLiteral("media-company"));
    const ZoneDrill::Result r = ZoneDrill::run(
            model, Catalog::builtin(),
            model.findByName(EntityKind::InstanceGroup, QStringLiteral("web-a"))->id);
    QVERIFY(r.failedZones.isEmpty());
    QVERIFY(r.tiers.isEmpty());
}

void tst_WhatIf::billingOptimizer()
{
    SmallDesign d;
    const EntityId region = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId h = d.zone(region, QStringLiteral("cn-hangzhou-h"));
    const EntityId i = d.zone(region, QStringLiteral("cn-hangzhou-i"));
    const EntityId web = d.scalingGroup(region, {h, i}, QStringLiteral("ecs.g8i.large"), 2, 2, 6,
                                        QStringLiteral("web"), {QStringLiteral("stateless")});
    const EntityId db = d.instances(h, QStringLiteral("ecs.r8i.large"), 1, QStringLiteral("db"));
    const Model model = d.take();

    const BillingOptimizer::Result r = BillingOptimizer::run(model, Catalog::builtin());
    QCOMPARE(r.lines.size(), 2);
    const double g = payg(QStringLiteral("ecs.g8i.large"));
    const double rr = payg(QStringLiteral("ecs.r8i.large"));
    const double plan = 1 - Catalog::builtin().savingsPlanExampleDiscount(nullptr);
    QCOMPARE(Catalog::builtin().savingsPlanExampleDiscount(nullptr), 0.545);

    const BillingOptimizer::Line &w = r.lines[0];
    QCOMPARE(w.entity, web);
    QCOMPARE(w.baseline, 2);
    QCOMPARE(w.peak, 6);
    QCOMPARE(w.baselineBilling, BillingModel::SavingsPlan);
    QCOMPARE(w.burstBilling, BillingModel::Preemptible); // stateless: may be interrupted
    QCOMPARE(w.currentMonthly, 2 * g + 4 * g * 0.25); // 182.5 peak hours of 730
    QCOMPARE(w.optimizedMonthly, 2 * g * plan + 4 * g * 0.25 * 0.3);

    const BillingOptimizer::Line &b = r.lines[1];
    QCOMPARE(b.entity, db);
    QCOMPARE(b.baselineBilling, BillingModel::SavingsPlan);
    QCOMPARE(b.burstBilling, BillingModel::PayAsYouGo);
    QCOMPARE(b.currentMonthly, rr);
    QCOMPARE(b.optimizedMonthly, rr * plan);

    QCOMPARE(r.currentMonthly, w.currentMonthly + b.currentMonthly);
    QCOMPARE(r.savingMonthly(), r.currentMonthly - r.optimizedMonthly);
    QVERIFY(r.savingMonthly() > 0);
    QCOMPARE(r.assumptions.size(), 4);

    // A drawn 3-year subscription is priced with its discount; a preemptible group stays so.
    SmallDesign d2;
    const EntityId region2 = d2.region(QStringLiteral("cn-hangzhou"));
    const EntityId z = d2.zone(region2, QStringLiteral("cn-hangzhou-h"));
    const EntityId sub = d2.instances(z, QStringLiteral("ecs.g8i.large"), 2);
    d2[sub].compute.billing = BillingModel::Subscription3Year;
    const EntityId spot = d2.instances(z, QStringLiteral("ecs.g8i.large"), 1);
    d2[spot].compute.billing = BillingModel::Preemptible;
    const BillingOptimizer::Result r2 = BillingOptimizer::run(d2.take(), Catalog::builtin());
    QCOMPARE(r2.lines[0].currentMonthly, 2 * g * 0.5);
    QCOMPARE(r2.lines[1].baselineBilling, BillingModel::Preemptible);
    QCOMPARE(r2.lines[1].optimizedMonthly, g * 0.3);
}

void tst_WhatIf::spotDiscountIsOneSetting_data()
{
    QTest::addColumn<double>("spot");
    QTest::addColumn<QString>("shown");
    QTest::newRow("default") << DefaultSpotDiscount << QStringLiteral("70 %");
    QTest::newRow("55 %") << 0.55 << QStringLiteral("55 %");
    QTest::newRow("none") << 0.0 << QStringLiteral("0 %");
    QTest::newRow("the published maximum") << 0.9 << QStringLiteral("90 %");
}

/**
 * The design's spot discount is the one figure the cost engine and the billing optimiser
 * price preemptible instances with, and every explanation names it.
 */
void tst_WhatIf::spotDiscountIsOneSetting()
{
    QFETCH(double, spot);
    QFETCH(QString, shown);
    SmallDesign d;
    const EntityId region = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId h = d.zone(region, QStringLiteral("cn-hangzhou-h"));
    const EntityId group = d.instances(h, QStringLiteral("ecs.g8i.large"), 2);
    d[group].compute.billing = BillingModel::Preemptible;
    Model model = d.take();
    DesignSettings settings = model.settings();
    settings.spotDiscount = spot;
    model.setSettings(settings);

    Document document;
    document.resetModel(Model(model));
    MetricsEngine engine(&document, &Catalog::builtin());
    engine.flush();
    const std::optional<ComputeMetrics> m = engine.compute(group);
    QVERIFY(m);
    const double g = payg(QStringLiteral("ecs.g8i.large"));
    // The system disk is billed pay-as-you-go under either model: the difference is the
    // instances' discount, at the design's figure.
    const double paygMonthly = m->monthlyByBilling[BillingModel::PayAsYouGo];
    const double spotMonthly = m->monthlyByBilling[BillingModel::Preemptible];
    QCOMPARE(m->cost.monthly, spotMonthly);
    QCOMPARE(paygMonthly - spotMonthly + 1.0, 2 * g * spot + 1.0);

    const BillingOptimizer::Result r = BillingOptimizer::run(model, Catalog::builtin());
    QCOMPARE(r.lines.size(), 1);
    QCOMPARE(r.lines[0].baselineBilling, BillingModel::Preemptible);
    const double systemDisks = paygMonthly - 2 * g;
    QCOMPARE(r.lines[0].currentMonthly + systemDisks, spotMonthly); // engine == optimiser
    QCOMPARE(r.lines[0].optimizedMonthly, r.lines[0].currentMonthly);
    QCOMPARE(BillingOptimizer::discount(model, Catalog::builtin(), BillingModel::Preemptible),
             spot);

    // Every explanation names the setting.
    const QString notes = m->cost.why.notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QStringLiteral("design setting \"Spot discount\", %1 off").arg(shown)),
             qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("× (1 − %1)").arg(spot)), qPrintable(notes));
    const QString optimiser = r.assumptions.join(QLatin1Char('\n'));
    QVERIFY2(optimiser.contains(QStringLiteral("Preemptible instances at %1 off pay-as-you-go: "
                                               "the design setting \"Spot discount\"")
                                        .arg(shown)),
             qPrintable(optimiser));
    bool listed = false;
    for (const Assumption &a : designAssumptions(model, &Catalog::builtin())) {
        if (a.id != QLatin1String("preemptible"))
            continue;
        listed = true;
        QCOMPARE(a.value, shown);
        QVERIFY2(a.why.startsWith(QStringLiteral("the design setting \"Spot discount\"")),
                 qPrintable(a.why));
        QVERIFY(a.why.contains(QStringLiteral("between 0 % and 90 % off")));
        QCOMPARE(a.source.kind, QStringLiteral("assumption"));
    }
    QVERIFY(listed);
}

void tst_WhatIf::trafficSteps()
{
    QCOMPARE(TrafficGrowth::stepsUpTo(1), QList<double>({1}));
    QCOMPARE(TrafficGrowth::stepsUpTo(3), QList<double>({1, 2, 3}));
    QCOMPARE(TrafficGrowth::stepsUpTo(5), QList<double>({1, 2, 4, 5}));
    QCOMPARE(TrafficGrowth::stepsUpTo(0.5), QList<double>({1})); // never below today
    QCOMPARE(TrafficGrowth::stepsUpTo(1000).last(), 100.0);
}

/**
 * Scenario A at 1× and 2×: the gateway breaks first (its bandwidth); the change kept is the
 * cheaper of "more instances" and "a larger type of the family", and the cost to carry is
 * the total with it minus today's, checked against the engine on the changed design.
 */
void tst_WhatIf::trafficGrowthScenarioA()
{
    const Model model = test::sampleDesign(QStringLiteral("api-gateway-20k"));
    const TrafficGrowth::Result r = TrafficGrowth::run(model, Catalog::builtin(), {1, 2});
    QCOMPARE(r.steps.size(), 2);
    QCOMPARE(r.firstBreak(), 1.0);
    const TrafficGrowth::Step &one = r.steps[0];
    QCOMPARE(one.over.size(), 1);
    QCOMPARE(one.over[0].name, QStringLiteral("gateway"));
    QCOMPARE(one.over[0].resource, LoadResource::Bandwidth);
    QCOMPARE(one.over[0].utilisation, 1.12);
    QVERIFY(one.carried);

    // The two candidates priced independently.
    EntityId gateway = EntityId::None;
    for (EntityId id : model.ids()) {
        if (model.find(id)->name == QLatin1String("gateway"))
            gateway = id;
    }
    const auto totalWith = [&](Property p, const QVariant &v) {
        Document d;
        d.resetModel(model);
        if (p != Property::Name)
            d.setProperty({gateway}, p, v);
        MetricsEngine e(&d, &Catalog::builtin());
        return std::pair{e.totals().monthly, e.load(gateway)->utilisation()};
    };
    const double today = totalWith(Property::Name, {}).first;
    // The gateway is a scaling group at a desired size of 2 (max 4).
    const auto more = totalWith(Property::DesiredSize, 3); // ceil(1.12 × 2)
    const auto larger = totalWith(Property::InstanceType, QStringLiteral("ecs.g7.xlarge"));
    QVERIFY(more.second <= 1.0 && larger.second <= 1.0);
    const bool typeIsCheaper = larger.first < more.first;
    QCOMPARE(one.over[0].change,
             typeIsCheaper ? QStringLiteral("ecs.g7.xlarge") : QStringLiteral("desired size 3"));
    QVERIFY(std::abs(one.monthlyToCarry - (std::min(more.first, larger.first) - today)) < 1e-6);
    // At 1× the traffic costs what it costs today: all of it is the change.
    QVERIFY(std::abs(one.monthlyOfChanges - one.monthlyToCarry) < 1e-6);

    // Twice the traffic: the gateway first at 224 %, the cost to carry it higher.
    const TrafficGrowth::Step &two = r.steps[1];
    QVERIFY(!two.over.isEmpty());
    QCOMPARE(two.over[0].name, QStringLiteral("gateway"));
    QVERIFY(std::abs(two.over[0].utilisation - 2.24) < 1e-9);
    for (int i = 1; i < two.over.size(); ++i)
        QVERIFY(two.over[i - 1].utilisation >= two.over[i].utilisation);
    QVERIFY(two.monthlyToCarry > one.monthlyToCarry);
    // Twice the traffic also doubles its transfer: the total grows by more than the changes.
    QVERIFY(two.monthlyOfChanges > 0 && two.monthlyOfChanges < two.monthlyToCarry);

    // scaled(): every link's requests and transfer × k.
    const Model tripled = TrafficGrowth::scaled(model, 3);
    for (EntityId id : model.ids(EntityKind::Link)) {
        QCOMPARE(tripled.find(id)->link.requestsPerSecond,
                 model.find(id)->link.requestsPerSecond * 3);
        QCOMPARE(tripled.find(id)->link.gbPerMonth, model.find(id)->link.gbPerMonth * 3);
    }
}

QTEST_GUILESS_MAIN(tst_WhatIf)
#include "tst_whatif.moc"
