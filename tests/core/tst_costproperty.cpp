// A seeded property test: the metrics engine against an independent re-implementation of the
// cost formulas over random designs. The re-implementation reads the price rows straight from
// resources/catalog/catalog.json (no Catalog, no CatalogInputs, no cost.h helper) and takes its
// rules and constants from the facts (reference/alibaba-facts.md):
//  - a month is 730 hours; pay-as-you-go = hourly price × 730 × instances;
//  - 1-year subscription: the published monthly row, else pay-as-you-go × (1 − 15 %);
//    3 years × (1 − 50 %), savings plan × (1 − 54.5 %); preemptible × (1 − the design's spot
//    discount setting, drawn at random);
//  - a Chinese-mainland region without its own row uses cn-hangzhou's;
//  - disks: per GiB, the subscription row for subscriptions, else pay-as-you-go; an attached disk
//    is billed like its group, one copy per instance; an unattached one pays as it goes;
//  - internet traffic: what leaves Alibaba Cloud pays the region's per-GB rate, inbound is free,
//    reads travel back to the requester; 20 GB (mainland) / 200 GB (elsewhere) free per month,
//    valued at the group's average rate;
//  - load balancers: the instance fee per hour × 730 (ALB by edition, NLB "instance", CLB
//    unpriced) plus, for ALB and NLB, capacity units at the average hour × the LCU price × 730.
//    One LCU (ALB billing rules): 25 new connections/s, 3,000 concurrent, 1 GB/h, 1,000 rule
//    evaluations/s; NLB (TCP): 800, 100,000, 1 GB/h. A connection carries 100 requests and
//    stays 60 s; one rule evaluation per request (docs/demand.md). The built-in catalog has no
//    LCU price, so this test prices it (LcuUsdPerHour) in its own copy of the catalog, which
//    the engine and the reference both read.
#include "catalog/catalog.h"
#include "metrics/metricsengine.h"
#include "model/billing.h"
#include "model/document.h"
#include "smalldesign.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

using namespace ecsplan;
using ecsplan::test::SmallDesign;
using json = nlohmann::json;

namespace {

constexpr double Hours = 730;
constexpr double Sub1 = 0.15, Sub3 = 0.5, Plan = 0.545;
/** The test's LCU price (USD per LCU-hour), not a published figure. */
constexpr double LcuUsdPerHour = 0.006;

const json &raw()
{
    static const json data = [] {
        QFile f(QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/catalog/catalog.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read catalog.json");
        json j = json::parse(f.readAll().toStdString());
        for (json &p : j["services"]) {
            if (p["item"] == "LCU" && (p["service"] == "alb" || p["service"] == "nlb"))
                p["amount"] = LcuUsdPerHour;
        }
        return j;
    }();
    return data;
}

/** The catalog of raw(): the built-in one with the test's LCU price. */
const Catalog &catalog()
{
    static const std::unique_ptr<Catalog> c = [] {
        QStringList errors;
        auto parsed = Catalog::fromJson(QByteArray::fromStdString(raw().dump()), &errors);
        if (!parsed)
            qFatal("catalog: %s", qPrintable(errors.join(QLatin1Char('\n'))));
        return parsed;
    }();
    return *c;
}

bool mainland(const std::string &region)
{
    for (const json &r : raw()["regions"]) {
        if (r["id"] == region)
            return r["mainland"].get<bool>();
    }
    return region.rfind("cn-", 0) == 0 && region != "cn-hongkong";
}

struct Money
{
    double amount = 0;
    bool missing = false;
    Money &operator+=(const Money &o)
    {
        amount += o.amount;
        missing = missing || o.missing;
        return *this;
    }
};

struct Reference
{
    QString currency;
    double rate;
    double spot; ///< the design's spot discount setting

    double convert(double amount, const std::string &from) const
    {
        if (from == currency.toStdString())
            return amount;
        return from == "USD" ? amount * rate : amount / rate;
    }

    /** The row for (region, billing), or cn-hangzhou's for a mainland region. */
    static const json *row(const json &prices, const std::string &region, const char *billing)
    {
        const json *fallback = nullptr;
        for (const json &p : prices) {
            if (p["billing"] != billing)
                continue;
            if (p["region"] == region)
                return &p;
            if (p["region"] == "cn-hangzhou")
                fallback = &p;
        }
        return mainland(region) ? fallback : nullptr;
    }

    Money instance(const std::string &type, const std::string &region, BillingModel billing,
                   double units) const
    {
        const json *prices = nullptr;
        for (const json &t : raw()["instanceTypes"]) {
            if (t["id"] == type)
                prices = &t["prices"];
        }
        if (!prices)
            return {0, true};
        if (billing == BillingModel::Subscription1Year) {
            if (const json *sub = row(*prices, region, "Subscription"))
                return {convert((*sub)["amount"].get<double>() * units,
                                (*sub)["currency"].get<std::string>()),
                        false};
        }
        const json *payg = row(*prices, region, "PayAsYouGo");
        if (!payg)
            return {0, true};
        double factor = 1;
        switch (billing) {
        case BillingModel::PayAsYouGo:
            break;
        case BillingModel::Subscription1Year:
            factor = 1 - Sub1;
            break;
        case BillingModel::Subscription3Year:
            factor = 1 - Sub3;
            break;
        case BillingModel::Preemptible:
            factor = 1 - spot;
            break;
        case BillingModel::SavingsPlan:
            factor = 1 - Plan;
            break;
        }
        return {convert((*payg)["amount"].get<double>() * Hours * units * factor,
                        (*payg)["currency"].get<std::string>()),
                false};
    }

    Money disk(const std::string &category, const std::string &level, const std::string &region,
               BillingModel billing, double gib, double copies) const
    {
        const json *prices = nullptr;
        for (const json &d : raw()["diskCategories"]) {
            if (d["category"] == category && d["level"] == level)
                prices = &d["prices"];
        }
        if (!prices)
            return {0, true};
        const bool subscription = billing == BillingModel::Subscription1Year
                || billing == BillingModel::Subscription3Year;
        const json *r = subscription ? row(*prices, region, "Subscription") : nullptr;
        if (!r)
            r = row(*prices, region, "PayAsYouGo");
        if (!r)
            return {0, true};
        const std::string unit = (*r)["unit"].get<std::string>();
        const double perGiB = (*r)["amount"].get<double>() * (unit == "GiB-hour" ? Hours : 1.0);
        return {convert(perGiB * gib * copies, (*r)["currency"].get<std::string>()), false};
    }

    /** Instance fee + capacity units of one load balancer fed by `front` links (rps, GB). */
    Money loadBalancer(LoadBalancerKind kind, const std::string &edition,
                       const QList<std::pair<double, double>> &front) const
    {
        const std::string service = kind == LoadBalancerKind::Alb ? "alb"
                : kind == LoadBalancerKind::Nlb                   ? "nlb"
                                                                  : "clb";
        const std::string item = kind == LoadBalancerKind::Alb ? edition : "instance";
        Money m{0, true};
        for (const json &p : raw()["services"]) {
            if (p["service"] == service && p["item"] == item && !p["amount"].is_null())
                m = {convert(p["amount"].get<double>() * Hours, p["currency"].get<std::string>()),
                     false};
        }
        if (kind == LoadBalancerKind::Clb)
            return m;
        double rps = 0, gbPerHour = 0;
        for (const auto &[r, gb] : front) {
            rps += r;
            gbPerHour += gb / Hours;
        }
        const double newPerSecond = rps / 100, concurrent = newPerSecond * 60;
        const double units = kind == LoadBalancerKind::Alb
                ? std::max({newPerSecond / 25, concurrent / 3000, gbPerHour, rps / 1000})
                : std::max({newPerSecond / 800, concurrent / 100000, gbPerHour});
        m.amount += convert(units * LcuUsdPerHour * Hours, "USD");
        return m;
    }

    std::optional<double> egressUsdPerGB(const std::string &region) const
    {
        std::optional<double> hangzhou;
        for (const json &r : raw()["transfer"]["internetEgress"]) {
            if (r["region"] == region)
                return r["usdPerGB"].get<double>();
            if (r["region"] == "cn-hangzhou")
                hangzhou = r["usdPerGB"].get<double>();
        }
        return mainland(region) ? hangzhou : std::nullopt;
    }
};

struct RegionChoice
{
    const char *region;
    const char *zone;
};
const RegionChoice kRegions[] = {{"cn-hangzhou", "cn-hangzhou-h"},
                                 {"cn-beijing", "cn-beijing-h"},
                                 {"ap-southeast-1", "ap-southeast-1a"},
                                 {"eu-central-1", "eu-central-1a"}};

QStringList pricedTypes()
{
    QStringList types;
    for (const json &t : raw()["instanceTypes"]) {
        if (!t["prices"].empty())
            types << QString::fromStdString(t["id"].get<std::string>());
    }
    return types;
}

} // namespace

class tst_CostProperty : public QObject
{
    Q_OBJECT

private slots:
    void engineMatchesReference_data();
    void engineMatchesReference();
};

void tst_CostProperty::engineMatchesReference_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void tst_CostProperty::engineMatchesReference()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    static const QStringList types = pricedTypes();
    const auto pick = [&](int n) {
        return int(rng.bounded(n));
    };

    SmallDesign d;
    struct Group
    {
        EntityId id;
        std::string region;
    };
    QList<Group> groups;
    struct Disk
    {
        EntityId id;
        std::string region;
        int group; // index in groups, -1 unattached
    };
    QList<Disk> disks;
    struct Link
    {
        EntityId id;
        std::string region; ///< of the group or load balancer it reaches
        double gb, reads;
    };
    QList<Link> links;
    struct Balancer
    {
        EntityId id;
        LoadBalancerKind kind;
        std::string edition;
        QList<std::pair<double, double>> front; ///< (req/s, GB/month) of the links reaching it
    };
    QList<Balancer> balancers;
    static const char *const editions[] = {"Basic", "Standard", "StandardWithWAF"};
    QList<std::pair<EntityId, std::string>> balancerZones;
    const EntityId users = d.internetUsers();
    const int regionCount = 1 + pick(2);
    QList<int> used;
    for (int r = 0; r < regionCount; ++r) {
        int which = pick(4);
        while (used.contains(which))
            which = (which + 1) % 4;
        used << which;
        const RegionChoice &choice = kRegions[which];
        const EntityId region = d.region(QString::fromLatin1(choice.region),
                                         QStringLiteral("10.%1.0.0/16").arg(r));
        const EntityId zone = d.zone(region, QString::fromLatin1(choice.zone));
        const int groupCount = 1 + pick(4);
        for (int g = 0; g < groupCount; ++g) {
            const EntityId id = d.instances(zone, types.at(pick(int(types.size()))), 1 + pick(5));
            d[id].compute.billing = BillingModel(pick(BillingModelCount));
            d[id].compute.systemDiskLevel = pick(2) ? QStringLiteral("PL0") : QStringLiteral("PL1");
            d[id].compute.systemDiskGiB = 20 + pick(180);
            groups << Group{id, choice.region};
        }
        if (pick(2)) {
            const auto kind = LoadBalancerKind(pick(3));
            const std::string edition = editions[pick(3)];
            const EntityId lb = d.loadBalancer(zone, kind, QString::fromStdString(edition));
            balancers << Balancer{lb, kind, edition, {}};
            balancerZones << std::pair{lb, std::string(choice.region)};
        }
        const int diskCount = pick(4);
        for (int k = 0; k < diskCount; ++k) {
            const int attach = pick(3) == 0 ? -1 : int(groups.size()) - 1 - pick(groupCount);
            const EntityId id = d.disk(zone, essdPerformanceLevels().at(pick(4)), 1 + pick(3000),
                                       attach < 0 ? EntityId::None : groups.at(attach).id);
            disks << Disk{id, choice.region, attach};
        }
    }
    for (int l = 0; l < 1 + pick(3); ++l) {
        const int g = pick(int(groups.size()));
        const double gb = pick(5000);
        const double reads = pick(101) / 100.0;
        links << Link{d.link(users, groups.at(g).id, gb, reads), groups.at(g).region, gb, reads};
        d[links.last().id].link.requestsPerSecond = pick(3000);
    }
    for (qsizetype b = 0; b < balancers.size(); ++b) {
        for (int l = pick(3); l > 0; --l) {
            const double gb = pick(5000);
            const double reads = pick(101) / 100.0;
            const double rps = pick(4) == 0 ? 0.0 : double(pick(20000));
            const EntityId id = d.link(users, balancers[b].id, gb, reads);
            d[id].link.requestsPerSecond = rps;
            links << Link{id, balancerZones.at(b).second, gb, reads};
            balancers[b].front << std::pair{rps, gb};
        }
    }
    Model model = d.take();
    DesignSettings settings = model.settings();
    settings.currency = pick(2) ? QStringLiteral("CNY") : QStringLiteral("USD");
    settings.cnyPerUsd = 6.5 + pick(101) / 100.0;
    settings.spotDiscount = pick(91) / 100.0;
    model.setSettings(settings);
    const Reference ref{settings.currency, settings.cnyPerUsd, settings.spotDiscount};

    Document doc;
    doc.resetModel(std::move(model));
    MetricsEngine engine(&doc, &catalog());
    const Model &m = doc.model();

    const auto close = [](double a, double b) {
        return std::abs(a - b) <= 0.005;
    };
    std::array<double, BillingModelCount> byBilling{};
    std::array<bool, BillingModelCount> completeIn;
    completeIn.fill(true);
    double total = 0;
    bool complete = true;
    const auto units = [](const Entity &e) {
        return double(e.compute.count);
    };

    for (const Group &g : groups) {
        const Entity &e = *m.find(g.id);
        for (int b = 0; b < BillingModelCount; ++b) {
            Money cost = ref.instance(e.compute.instanceType.toStdString(), g.region,
                                      BillingModel(b), units(e));
            cost += ref.disk("cloud_essd", e.compute.systemDiskLevel.toStdString(), g.region,
                             BillingModel(b), e.compute.systemDiskGiB, units(e));
            byBilling[b] += cost.amount;
            completeIn[b] = completeIn[b] && !cost.missing;
            if (BillingModel(b) != e.compute.billing)
                continue;
            const std::optional<ComputeMetrics> c = engine.compute(g.id);
            QVERIFY(c);
            QVERIFY2(close(c->cost.monthly, cost.amount),
                     qPrintable(QStringLiteral("%1 %2 %3: engine %4, reference %5")
                                        .arg(e.compute.instanceType,
                                             QString::fromStdString(g.region),
                                             toCode(e.compute.billing))
                                        .arg(c->cost.monthly, 0, 'f', 6)
                                        .arg(cost.amount, 0, 'f', 6)));
            QCOMPARE(c->cost.priceMissing, cost.missing);
            total += cost.amount;
            complete = complete && !cost.missing;
        }
    }
    for (const Disk &k : disks) {
        const Entity &e = *m.find(k.id);
        const Entity *group = k.group < 0 ? nullptr : m.find(groups.at(k.group).id);
        for (int b = 0; b < BillingModelCount; ++b) {
            const BillingModel billing = group ? BillingModel(b) : BillingModel::PayAsYouGo;
            const Money cost = ref.disk("cloud_essd", e.disk.level.toStdString(), k.region, billing,
                                        e.disk.sizeGiB, group ? units(*group) : 1.0);
            byBilling[b] += cost.amount;
            completeIn[b] = completeIn[b] && !cost.missing;
            if (group ? BillingModel(b) != group->compute.billing
                      : BillingModel(b) != BillingModel::PayAsYouGo)
                continue;
            const std::optional<DiskMetrics> dm = engine.disk(k.id);
            QVERIFY(dm);
            QVERIFY2(close(dm->cost.monthly, cost.amount),
                     qPrintable(QStringLiteral("disk %1 %2 GiB: engine %3, reference %4")
                                        .arg(e.disk.level)
                                        .arg(e.disk.sizeGiB)
                                        .arg(dm->cost.monthly, 0, 'f', 6)
                                        .arg(cost.amount, 0, 'f', 6)));
            QCOMPARE(dm->cost.priceMissing, cost.missing);
            total += cost.amount;
            complete = complete && !cost.missing;
        }
    }
    for (const Balancer &b : balancers) {
        const Money cost = ref.loadBalancer(b.kind, b.edition, b.front);
        const CostFigure engineCost = engine.costOf(b.id);
        QVERIFY2(close(engineCost.monthly, cost.amount),
                 qPrintable(QStringLiteral("%1 %2: engine %3, reference %4")
                                    .arg(toCode(b.kind), QString::fromStdString(b.edition))
                                    .arg(engineCost.monthly, 0, 'f', 6)
                                    .arg(cost.amount, 0, 'f', 6)));
        QCOMPARE(engineCost.priceMissing, cost.missing);
        total += cost.amount;
        complete = complete && !cost.missing;
        for (int k = 0; k < BillingModelCount; ++k) {
            byBilling[k] += cost.amount;
            completeIn[k] = completeIn[k] && !cost.missing;
        }
    }
    // Internet links from users to a group: the reads leave the group's region.
    double egressGB[2] = {0, 0}, egressCost[2] = {0, 0};
    for (const Link &l : links) {
        const std::string region = l.region;
        const double leaving = l.gb * l.reads;
        const std::optional<double> usd = ref.egressUsdPerGB(region);
        const double cost = usd ? ref.convert(*usd * leaving, "USD") : 0.0;
        const std::optional<LinkMetrics> lm = engine.link(l.id);
        QVERIFY(lm);
        QVERIFY2(close(lm->cost.monthly, cost),
                 qPrintable(QStringLiteral("link %1 GB × %2 reads from %3: engine %4, ref %5")
                                    .arg(l.gb)
                                    .arg(l.reads)
                                    .arg(QString::fromStdString(region))
                                    .arg(lm->cost.monthly, 0, 'f', 6)
                                    .arg(cost, 0, 'f', 6)));
        QCOMPARE(lm->cost.priceMissing, leaving > 0 && !usd);
        if (leaving > 0 && usd) {
            const int group = mainland(region) ? 0 : 1;
            egressGB[group] += leaving;
            egressCost[group] += cost;
        }
        total += cost;
        for (double &v : byBilling)
            v += cost;
        complete = complete && !(leaving > 0 && !usd);
        for (bool &c : completeIn)
            c = c && !(leaving > 0 && !usd);
    }
    double credit = 0;
    const double quota[2] = {20, 200};
    for (int g = 0; g < 2; ++g) {
        if (egressGB[g] > 0)
            credit += egressCost[g] * std::min(quota[g], egressGB[g]) / egressGB[g];
    }
    const Totals &t = engine.totals();
    QVERIFY2(std::abs(t.internetFreeQuotaCredit - credit) <= 0.01,
             qPrintable(QStringLiteral("credit engine %1 reference %2")
                                .arg(t.internetFreeQuotaCredit)
                                .arg(credit)));
    QVERIFY2(std::abs(t.monthly - (total - credit)) <= 0.01,
             qPrintable(QStringLiteral("total engine %1 reference %2")
                                .arg(t.monthly, 0, 'f', 4)
                                .arg(total - credit, 0, 'f', 4)));
    QCOMPARE(t.complete(), complete);
    for (int b = 0; b < BillingModelCount; ++b) {
        QVERIFY2(std::abs(t.byBillingModel.value(BillingModel(b)) - (byBilling[b] - credit))
                         <= 0.01,
                 qPrintable(QStringLiteral("%1: engine %2 reference %3")
                                    .arg(toCode(BillingModel(b)))
                                    .arg(t.byBillingModel.value(BillingModel(b)), 0, 'f', 4)
                                    .arg(byBilling[b] - credit, 0, 'f', 4)));
        QCOMPARE(t.missingPricesByBillingModel.value(BillingModel(b)).isEmpty(), completeIn[b]);
    }
}

QTEST_GUILESS_MAIN(tst_CostProperty)
#include "tst_costproperty.moc"
