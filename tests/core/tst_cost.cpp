// Monthly cost formulas: billing models, currency conversion, missing prices.
#include "metrics/cost.h"

#include <QTest>

using namespace ecsplan;

Q_DECLARE_METATYPE(ecsplan::BillingModel)

namespace {

ComputePrice g8iLarge()
{
    ComputePrice price;
    price.label = QStringLiteral("ecs.g8i.large in cn-hangzhou");
    UnitPrice p;
    p.amount = 0.52325;
    p.currency = QStringLiteral("CNY");
    p.citation = {QStringLiteral("ecs.g8i.large pay-as-you-go, cn-hangzhou"),
                  QStringLiteral("S4"),
                  QStringLiteral("2024-12-31"),
                  true,
                  {},
                  {}};
    price.payAsYouGo = p;
    price.discounts.subscription1Year = 0.15;
    price.discounts.subscription3Year = 0.5;
    price.discounts.preemptible = 0.9;
    price.discounts.savingsPlan = 0.545;
    price.discounts.subscriptionWhy
            = {QStringLiteral("subscription discounts"), QStringLiteral("S3"), {}, true, {}, {}};
    return price;
}

} // namespace

class tst_Cost : public QObject
{
    Q_OBJECT

private slots:
    void instance_data();
    void instance();
    void publishedSubscription();
    void missingPrice();
    void disk_data();
    void disk();
    void currency_data();
    void currency();
    void fixedPoint();
};

void tst_Cost::instance_data()
{
    QTest::addColumn<BillingModel>("billing");
    QTest::addColumn<double>("units");
    QTest::addColumn<double>("monthly");

    // 0.52325 CNY/h × 730 h = 381.9725 CNY per instance-month.
    QTest::newRow("pay-as-you-go ×1") << BillingModel::PayAsYouGo << 1.0 << 381.9725;
    QTest::newRow("pay-as-you-go ×3") << BillingModel::PayAsYouGo << 3.0 << 1145.9175;
    QTest::newRow("subscription 1y") << BillingModel::Subscription1Year << 1.0 << 381.9725 * 0.85;
    QTest::newRow("subscription 3y") << BillingModel::Subscription3Year << 2.0 << 381.9725;
    // The design's spot discount (0.65 here), not the catalog's maximum (0.9).
    QTest::newRow("preemptible") << BillingModel::Preemptible << 1.0 << 0.52325 * 730 * (1 - 0.65);
    QTest::newRow("savings plan") << BillingModel::SavingsPlan << 1.0
                                  << 0.52325 * 730 * (1 - 0.545);
}

void tst_Cost::instance()
{
    QFETCH(BillingModel, billing);
    QFETCH(double, units);
    QFETCH(double, monthly);
    const CostFigure c
            = instanceMonthlyCost(g8iLarge(), billing, units, {QStringLiteral("CNY"), 7.2, 0.65});
    QVERIFY(!c.priceMissing);
    QCOMPARE(c.monthly, monthly);
    if (billing == BillingModel::Preemptible) { // the explanation names the setting and range
        QCOMPARE(c.why.formula,
                 QStringLiteral("0.52325 CNY/h × 730 h × 1 × (1 − 0.65) = CNY 133.69"));
        QCOMPARE(c.why.notes,
                 QStringList{QStringLiteral(
                         "assumption: the design setting \"Spot discount\", 65 % off "
                         "pay-as-you-go; preemptible instances are billed at a floating market "
                         "price, 0 % to 90 % off")});
    }
    QCOMPARE(c.why.citations.first().asOf, QStringLiteral("2024-12-31"));
    if (billing == BillingModel::PayAsYouGo && units == 1.0)
        QCOMPARE(c.why.formula, QStringLiteral("0.52325 CNY/h × 730 h × 1 = CNY 381.97"));
}

void tst_Cost::publishedSubscription()
{
    ComputePrice price = g8iLarge();
    UnitPrice monthly;
    monthly.amount = 300;
    monthly.perHour = false;
    price.subscription = monthly;
    QCOMPARE(instanceMonthlyCost(price, BillingModel::Subscription1Year, 2, {}).monthly, 600.0);
    // Without a pay-as-you-go row only the published subscription can be priced.
    price.payAsYouGo.reset();
    QCOMPARE(instanceMonthlyCost(price, BillingModel::Subscription1Year, 1, {}).monthly, 300.0);
    QVERIFY(instanceMonthlyCost(price, BillingModel::PayAsYouGo, 1, {}).priceMissing);
}

void tst_Cost::missingPrice()
{
    ComputePrice price;
    price.label = QStringLiteral("ecs.xyz.large in ap-southeast-7");
    const CostFigure c = instanceMonthlyCost(price, BillingModel::PayAsYouGo, 4, {});
    QVERIFY(c.priceMissing);
    QCOMPARE(c.monthly, 0.0);
    QCOMPARE(c.why.formula,
             QStringLiteral("price missing: ecs.xyz.large in ap-southeast-7 (payAsYouGo)"));
    // A known price without the discount a model needs is missing too, not silently PAYG.
    ComputePrice noDiscount = g8iLarge();
    noDiscount.discounts.savingsPlan.reset();
    QVERIFY(instanceMonthlyCost(noDiscount, BillingModel::SavingsPlan, 1, {}).priceMissing);
    QCOMPARE(missingPriceKey(price.label, BillingModel::Subscription3Year),
             QStringLiteral("ecs.xyz.large in ap-southeast-7 (subscription3y)"));
}

void tst_Cost::disk_data()
{
    QTest::addColumn<BillingModel>("billing");
    QTest::addColumn<double>("gib");
    QTest::addColumn<double>("copies");
    QTest::addColumn<double>("monthlyUsd");

    // ESSD PL1 Hangzhou: 0.00032 USD/GiB-h pay-as-you-go, 0.153 USD/GiB-month subscription.
    QTest::newRow("PL1 100 GiB PAYG")
            << BillingModel::PayAsYouGo << 100.0 << 1.0 << 0.00032 * 730 * 100;
    QTest::newRow("PL1 400 GiB ×2 PAYG")
            << BillingModel::PayAsYouGo << 400.0 << 2.0 << 0.00032 * 730 * 800;
    QTest::newRow("PL1 100 GiB subscription")
            << BillingModel::Subscription1Year << 100.0 << 1.0 << 0.153 * 100;
    QTest::newRow("preemptible disks are PAYG")
            << BillingModel::Preemptible << 100.0 << 1.0 << 0.00032 * 730 * 100;
}

void tst_Cost::disk()
{
    QFETCH(BillingModel, billing);
    QFETCH(double, gib);
    QFETCH(double, copies);
    QFETCH(double, monthlyUsd);
    DiskPrice price;
    price.label = QStringLiteral("cloud_essd PL1 in cn-hangzhou");
    UnitPrice payg;
    payg.amount = 0.00032;
    payg.currency = QStringLiteral("USD");
    payg.perGiB = true;
    UnitPrice sub = payg;
    sub.amount = 0.153;
    sub.perHour = false;
    price.payAsYouGo = payg;
    price.subscription = sub;
    const CostFigure c = diskMonthlyCost(price, billing, gib, copies, {QStringLiteral("USD"), 7.2});
    QCOMPARE(c.monthly, monthlyUsd);
    QVERIFY(!c.priceMissing);

    price.subscription.reset();
    price.payAsYouGo.reset();
    QVERIFY(diskMonthlyCost(price, billing, gib, copies, {}).priceMissing);
}

void tst_Cost::currency_data()
{
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("from");
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("amount");
    QTest::addColumn<double>("converted");

    QTest::newRow("CNY to CNY") << "CNY"
                                << "CNY" << 7.2 << 100.0 << 100.0;
    QTest::newRow("USD to CNY") << "CNY"
                                << "USD" << 7.2 << 10.0 << 72.0;
    QTest::newRow("CNY to USD") << "USD"
                                << "CNY" << 8.0 << 100.0 << 12.5;
    QTest::newRow("design rate used") << "CNY"
                                      << "USD" << 6.5 << 2.0 << 13.0;
}

void tst_Cost::currency()
{
    QFETCH(QString, display);
    QFETCH(QString, from);
    QFETCH(double, rate);
    QFETCH(double, amount);
    QFETCH(double, converted);
    QCOMPARE(CurrencyContext({display, rate}).convert(amount, from), converted);
}

void tst_Cost::fixedPoint()
{
    QCOMPARE(toMicro(381.9725), qint64(381972500));
    QCOMPARE(fromMicro(toMicro(0.1) + toMicro(0.2)), 0.3);
    QCOMPARE(toMicro(std::numeric_limits<double>::quiet_NaN()), qint64(0));
}

QTEST_GUILESS_MAIN(tst_Cost)
#include "tst_cost.moc"
