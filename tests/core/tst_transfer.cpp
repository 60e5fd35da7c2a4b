// Transfer cost by class and the design-wide internet free quota.
#include "metrics/transfer.h"

#include <QTest>

using namespace ecsplan;

Q_DECLARE_METATYPE(ecsplan::TransferClass)

class tst_Transfer : public QObject
{
    Q_OBJECT

private slots:
    void cost_data();
    void cost();
    void missingRate();
    void freeQuota_data();
    void freeQuota();
};

void tst_Transfer::cost_data()
{
    QTest::addColumn<TransferClass>("transferClass");
    QTest::addColumn<double>("gb");
    QTest::addColumn<double>("usdPerGB"); // < 0: no rate
    QTest::addColumn<QString>("display");
    QTest::addColumn<double>("monthly");
    QTest::addColumn<QString>("formula");

    QTest::newRow("cross zone is free, volume reported")
            << TransferClass::CrossZone << 500.0 << 0.0 << "CNY" << 0.0
            << "500 GB × 0 USD/GB × 7.2 CNY/USD = CNY 0.00";
    QTest::newRow("CEN mainland↔mainland in USD")
            << TransferClass::CrossRegion << 1000.0 << 0.072 << "USD" << 72.0
            << "1,000 GB × 0.072 USD/GB = USD 72.00";
    QTest::newRow("CEN mainland↔Asia Pacific in CNY")
            << TransferClass::CrossRegion << 100.0 << 0.8 << "CNY" << 576.0
            << "100 GB × 0.8 USD/GB × 7.2 CNY/USD = CNY 576.00";
    QTest::newRow("internet egress Hangzhou")
            << TransferClass::InternetEgress << 200.0 << 0.125 << "USD" << 25.0
            << "200 GB × 0.125 USD/GB = USD 25.00";
    QTest::newRow("internet ingress is free")
            << TransferClass::InternetIngress << 800.0 << 0.125 << "USD" << 0.0
            << "800 GB inbound from the internet: free";
}

void tst_Transfer::cost()
{
    QFETCH(TransferClass, transferClass);
    QFETCH(double, gb);
    QFETCH(double, usdPerGB);
    QFETCH(QString, display);
    QFETCH(double, monthly);
    QFETCH(QString, formula);
    TransferRate rate;
    rate.label = QStringLiteral("test rate");
    UnitPrice p;
    p.amount = usdPerGB;
    p.currency = QStringLiteral("USD");
    p.perHour = false;
    p.citation = {QStringLiteral("rate"),
                  QStringLiteral("https://example.org"),
                  QStringLiteral("2026-01-01"),
                  false,
                  {},
                  {}};
    rate.rate = p;
    const CostFigure c = transferMonthlyCost(transferClass, gb, rate, {display, 7.2});
    QCOMPARE(c.monthly, monthly);
    QVERIFY(!c.priceMissing);
    QCOMPARE(c.why.formula, formula);
}

void tst_Transfer::missingRate()
{
    TransferRate rate;
    rate.label = QStringLiteral("CEN cn-hangzhou ↔ sa-east-1");
    const CostFigure c = transferMonthlyCost(TransferClass::CrossRegion, 10, rate, {});
    QVERIFY(c.priceMissing);
    QCOMPARE(c.monthly, 0.0);
    QCOMPARE(c.why.formula, QStringLiteral("no per-GB rate for CEN cn-hangzhou ↔ sa-east-1"));
    // No traffic: nothing is missing.
    QVERIFY(!transferMonthlyCost(TransferClass::CrossRegion, 0, rate, {}).priceMissing);
}

void tst_Transfer::freeQuota_data()
{
    QTest::addColumn<double>("egressGB");
    QTest::addColumn<double>("egressCost");
    QTest::addColumn<double>("quotaGB");
    QTest::addColumn<double>("credit");

    QTest::newRow("no egress") << 0.0 << 0.0 << 20.0 << 0.0;
    QTest::newRow("below the quota: all free") << 10.0 << 9.0 << 20.0 << 9.0;
    QTest::newRow("mainland 20 GB of 100") << 100.0 << 90.0 << 20.0 << 18.0;
    QTest::newRow("outside mainland 200 GB of 1000") << 1000.0 << 117.0 << 200.0 << 23.4;
}

void tst_Transfer::freeQuota()
{
    QFETCH(double, egressGB);
    QFETCH(double, egressCost);
    QFETCH(double, quotaGB);
    QFETCH(double, credit);
    QCOMPARE(freeQuotaCredit(egressGB, egressCost, quotaGB), credit);
}

QTEST_GUILESS_MAIN(tst_Transfer)
#include "tst_transfer.moc"
