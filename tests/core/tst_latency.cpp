// Link scope classification, transfer classes and path latency sums.
#include "metrics/latency.h"

#include <QTest>

using namespace ecsplan;

Q_DECLARE_METATYPE(ecsplan::LinkScope)
Q_DECLARE_METATYPE(ecsplan::TransferClass)
Q_DECLARE_METATYPE(ecsplan::LinkPath)
Q_DECLARE_METATYPE(ecsplan::LinkEnd)

namespace {

LinkEnd inZone(const QString &zone)
{
    LinkEnd e;
    e.zoneCode = zone;
    e.regionCode = zone.left(zone.lastIndexOf(QLatin1Char('-')));
    return e;
}

LinkEnd users()
{
    LinkEnd e;
    e.outside = true;
    e.endpoint = true;
    return e;
}

LinkEnd otherRegion(const QString &region)
{
    LinkEnd e;
    e.regionCode = region;
    e.endpoint = true;
    return e;
}

} // namespace

class tst_Latency : public QObject
{
    Q_OBJECT

private slots:
    void scope_data();
    void scope();
    void pathSum_data();
    void pathSum();
    void egressShare_data();
    void egressShare();
};

void tst_Latency::egressShare_data()
{
    QTest::addColumn<bool>("fromOutside");
    QTest::addColumn<bool>("toOutside");
    QTest::addColumn<double>("readFraction");
    QTest::addColumn<double>("share");
    // Users request: their reads are replies leaving the cloud.
    QTest::newRow("users read 97%") << true << false << 0.97 << 0.97;
    QTest::newRow("users upload only") << true << false << 0.0 << 0.0;
    // The cloud requests an outside service: its writes are sent out.
    QTest::newRow("cloud writes 30% to on-premises") << false << true << 0.7 << 0.3;
    QTest::newRow("cloud only reads from outside") << false << true << 1.0 << 0.0;
    QTest::newRow("cloud to cloud over internet") << false << false << 0.5 << 1.0;
    QTest::newRow("read share clamped above 1") << true << false << 1.5 << 1.0;
}

void tst_Latency::egressShare()
{
    QFETCH(bool, fromOutside);
    QFETCH(bool, toOutside);
    QFETCH(double, readFraction);
    QFETCH(double, share);
    QCOMPARE(internetEgressShare(fromOutside, toOutside, readFraction), share);
}

void tst_Latency::scope_data()
{
    QTest::addColumn<LinkEnd>("from");
    QTest::addColumn<LinkEnd>("to");
    QTest::addColumn<LinkPath>("path");
    QTest::addColumn<LinkScope>("scope");
    QTest::addColumn<TransferClass>("transfer");

    const LinkEnd h = inZone(QStringLiteral("cn-hangzhou-h"));
    const LinkEnd i = inZone(QStringLiteral("cn-hangzhou-i"));
    const LinkEnd bj = inZone(QStringLiteral("cn-beijing-h"));
    QTest::newRow("same zone") << h << h << LinkPath::Auto << LinkScope::SameZone
                               << TransferClass::IntraZone;
    QTest::newRow("cross zone") << h << i << LinkPath::Auto << LinkScope::CrossZone
                                << TransferClass::CrossZone;
    QTest::newRow("cross region auto = CEN")
            << h << bj << LinkPath::Auto << LinkScope::CrossRegionCen << TransferClass::CrossRegion;
    QTest::newRow("cross region CEN")
            << h << bj << LinkPath::Cen << LinkScope::CrossRegionCen << TransferClass::CrossRegion;
    QTest::newRow("cross region internet")
            << h << bj << LinkPath::Internet << LinkScope::CrossRegionInternet
            << TransferClass::InternetEgress;
    QTest::newRow("users to web: egress rate")
            << users() << h << LinkPath::Auto << LinkScope::Internet
            << TransferClass::InternetEgress;
    QTest::newRow("web to users: egress") << h << users() << LinkPath::Auto << LinkScope::Internet
                                          << TransferClass::InternetEgress;
    QTest::newRow("same region over internet")
            << h << i << LinkPath::Internet << LinkScope::Internet << TransferClass::InternetEgress;
    QTest::newRow("to another region endpoint")
            << h << otherRegion(QStringLiteral("ap-southeast-1")) << LinkPath::Auto
            << LinkScope::CrossRegionCen << TransferClass::CrossRegion;
    QTest::newRow("region without zone")
            << otherRegion(QStringLiteral("cn-hangzhou")) << h << LinkPath::Auto
            << LinkScope::CrossZone << TransferClass::CrossZone;
}

void tst_Latency::scope()
{
    QFETCH(LinkEnd, from);
    QFETCH(LinkEnd, to);
    QFETCH(LinkPath, path);
    QFETCH(LinkScope, scope);
    QFETCH(TransferClass, transfer);
    QCOMPARE(linkScope(from, to, path), scope);
    QCOMPARE(transferClass(scope), transfer);
}

void tst_Latency::pathSum_data()
{
    QTest::addColumn<QList<double>>("typical");
    QTest::addColumn<QList<double>>("worst");
    QTest::addColumn<double>("storageTypical");
    QTest::addColumn<double>("storageWorst");
    QTest::addColumn<double>("sumTypical");
    QTest::addColumn<double>("sumWorst");

    QTest::newRow("no hops, storage only")
            << QList<double>{} << QList<double>{} << 0.2 << 0.5 << 0.2 << 0.5;
    QTest::newRow("users-alb-web-db") << QList<double>{30, 0.25, 1} << QList<double>{80, 0.5, 3}
                                      << 0.25 << 0.5 << 31.5 << 84.0;
    QTest::newRow("cache path, no storage")
            << QList<double>{0.5, 2} << QList<double>{1, 3} << 0.0 << 0.0 << 2.5 << 4.0;
}

void tst_Latency::pathSum()
{
    QFETCH(QList<double>, typical);
    QFETCH(QList<double>, worst);
    QFETCH(double, storageTypical);
    QFETCH(double, storageWorst);
    QFETCH(double, sumTypical);
    QFETCH(double, sumWorst);
    QList<RttRange> hops;
    for (qsizetype k = 0; k < typical.size(); ++k)
        hops << RttRange{typical[k], worst[k]};
    const RttRange r = pathLatency(hops, {storageTypical, storageWorst});
    QCOMPARE(r.typicalMs, sumTypical);
    QCOMPARE(r.worstMs, sumWorst);
}

QTEST_GUILESS_MAIN(tst_Latency)
#include "tst_latency.moc"
