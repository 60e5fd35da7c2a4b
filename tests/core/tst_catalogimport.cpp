// Catalog overlays from saved Alibaba Cloud API responses (docs/catalog-import.md): the import,
// the overlay file, how it changes the catalog, and what cites it.

#include "catalog/alibabaimport.h"
#include "catalog/catalog.h"
#include "catalog/catalogoverlay.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "rules/rulesengine.h"
#include "smalldesign.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ecsplan;
using ecsplan::test::SmallDesign;

namespace {

const QString kHourFile = QStringLiteral(
        "ecs_DescribePrice_RegionId=cn-hangzhou_InstanceType=ecs.g8i.large_PriceUnit=Hour.json");

QString dataDir(const QString &sub)
{
    return QStringLiteral(ECSPLAN_TEST_DATA "/catalog-import/") + sub;
}

/** Copies a fixture folder and dates its files: git keeps no modification times. */
bool copyDated(const QString &from, const QString &to)
{
    const QDateTime saved(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);
    const QDateTime hourSaved(QDate(2026, 12, 1), QTime(8, 30), Qt::UTC);
    for (const QString &name : QDir(from).entryList(QDir::Files)) {
        const QString target = QDir(to).filePath(name);
        if (!QFile::copy(QDir(from).filePath(name), target))
            return false;
        QFile file(target);
        if (!file.open(QIODevice::ReadWrite)
            || !file.setFileTime(name == kHourFile ? hourSaved : saved,
                                 QFileDevice::FileModificationTime))
            return false;
    }
    return true;
}

std::optional<CatalogOverlay> importGood(QTemporaryDir &dir, QStringList *errors)
{
    if (!copyDated(dataDir(QStringLiteral("good")), dir.path()))
        return std::nullopt;
    return AlibabaImport::importDirectory(dir.path(), Catalog::builtin(), errors);
}

std::unique_ptr<Catalog> withOverlay(const CatalogOverlay &overlay)
{
    auto catalog = Catalog::builtin().clone();
    QStringList errors;
    if (!catalog->applyOverlay(overlay, QStringLiteral("overlay.json"), &errors))
        return nullptr;
    return catalog;
}

} // namespace

class TestCatalogImport : public QObject
{
    Q_OBJECT
private slots:
    void importReadsEveryResponse();
    void overlayFileRoundTrips();
    void importChangesAPriceAndTheExplanationCitesIt();
    void mainlandFallbackIsLabelled();
    void importAddsZoneAvailability();
    void typeNotOfferedFiresWithTheOverlayOnly();
    void malformedResponses_data();
    void malformedResponses();
    void overlayWithUnknownItemsChangesNothing();
    void overlayFileIsChecked_data();
    void overlayFileIsChecked();
};

void TestCatalogImport::importReadsEveryResponse()
{
    QTemporaryDir dir;
    QStringList errors;
    const auto overlay = importGood(dir, &errors);
    QVERIFY2(overlay, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(overlay->sources.size(), 9);
    const OverlaySource *hour = nullptr;
    for (const OverlaySource &s : overlay->sources) {
        if (s.file == kHourFile)
            hour = &s;
        else
            QCOMPARE(s.asOf, QStringLiteral("2026-11-30"));
    }
    QVERIFY(hour);
    QCOMPARE(hour->asOf, QStringLiteral("2026-12-01"));
    QCOMPARE(hour->product, QStringLiteral("ecs"));
    QCOMPARE(hour->action, QStringLiteral("DescribePrice"));
    QCOMPARE(hour->requestId, QStringLiteral("1B2C3D4E-5F60-4718-9A0B-C1D2E3F40505"));

    QCOMPARE(overlay->prices.size(), 3);
    const OverlayPrice &payg = overlay->prices.at(0);
    QCOMPARE(payg.instanceType, QStringLiteral("ecs.g8i.large"));
    QCOMPARE(payg.row.region, QStringLiteral("cn-hangzhou"));
    QCOMPARE(payg.row.billing, QStringLiteral("PayAsYouGo"));
    QCOMPARE(payg.row.unit, PriceUnit::PerHour);
    QCOMPARE(payg.row.amount, 0.5513); // the instanceType detail, not the total with the disk
    QCOMPARE(payg.sourceId, hour->id);
    const OverlayPrice &year = overlay->prices.at(1);
    QCOMPARE(year.row.billing, QStringLiteral("Subscription"));
    QCOMPARE(year.row.unit, PriceUnit::PerMonth);
    QCOMPARE(year.row.amount, 364.0); // 4368 / 12
    QCOMPARE(year.row.src.note,
             QStringLiteral("1-year subscription list price (OriginalPrice) 4368.00 CNY ÷ 12; the "
                            "account's TradePrice was 3712.8 CNY"));
    const OverlayPrice &cache = overlay->prices.at(2);
    QCOMPARE(cache.cacheClass, QStringLiteral("redis.master.small.default"));
    QCOMPARE(cache.row.billing, QStringLiteral("Subscription"));
    QCOMPARE(cache.row.amount, 108.0); // "1296.00" / 12

    QCOMPARE(overlay->skipped,
             (QStringList{
                     QStringLiteral("ecs_DescribeInstanceTypes.json: 1 instance type(s) not in the "
                                    "built-in catalog (their disk and network limits are "
                                    "unknown): ecs.g99x.large"),
                     QStringLiteral("ecs_DescribePrice_RegionId=cn-hangzhou_InstanceType=ecs.g8i."
                                    "large_PriceUnit=Month.json: PriceUnit Month, Period 1: the "
                                    "catalog keeps hourly prices and 1-year subscriptions "
                                    "(PriceUnit Hour, or Year with Period 1)"),
                     QStringLiteral("ecs_DescribeRegions.json: regions the built-in catalog does "
                                    "not know: cn-zhengzhou-jva"),
             }));
    QCOMPARE(overlay->instanceTypes.size(), 1);
    QCOMPARE(overlay->instanceTypes.first().id, QStringLiteral("ecs.g8i.large"));
    QCOMPARE(overlay->instanceTypes.first().maxEnis, 3);
    QCOMPARE(overlay->instanceTypes.first().pps, 1000000);
}

void TestCatalogImport::overlayFileRoundTrips()
{
    QTemporaryDir dir;
    QStringList errors;
    const auto overlay = importGood(dir, &errors);
    QVERIFY(overlay);
    const QByteArray json = overlay->toJson();
    const auto back = CatalogOverlay::fromJson(json, &errors);
    QVERIFY2(back, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(back->toJson(), json);
}

void TestCatalogImport::importChangesAPriceAndTheExplanationCitesIt()
{
    QTemporaryDir dir;
    QStringList errors;
    const auto overlay = importGood(dir, &errors);
    QVERIFY(overlay);
    const auto catalog = withOverlay(*overlay);
    QVERIFY(catalog);

    const QString type = QStringLiteral("ecs.g8i.large");
    const QString payg = QStringLiteral("PayAsYouGo");
    QCOMPARE(Catalog::builtin().instancePrice(type, QStringLiteral("cn-hangzhou"), payg)->amount,
             0.52325);
    const PriceRow *row = catalog->instancePrice(type, QStringLiteral("cn-hangzhou"), payg);
    QVERIFY(row);
    QCOMPARE(row->amount, 0.5513);
    QCOMPARE(row->src.asOf, QStringLiteral("2026-12-01"));
    const QString source = QStringLiteral(
            "Alibaba Cloud API ecs DescribePrice, response file "
            "ecs_DescribePrice_RegionId=cn-hangzhou_InstanceType=ecs.g8i.large_PriceUnit=Hour.json "
            "(RequestId 1B2C3D4E-5F60-4718-9A0B-C1D2E3F40505), catalog overlay overlay.json");
    QCOMPARE(row->src.source, source);
    QCOMPARE(catalog->overlayFile(), QStringLiteral("overlay.json"));
    QCOMPARE(catalog->overlaySources().size(), 9);
    // Figures outside the overlay keep the built-in catalog's.
    QCOMPARE(
            catalog->instancePrice(type, QStringLiteral("ap-southeast-1"), payg)->amount,
            Catalog::builtin().instancePrice(type, QStringLiteral("ap-southeast-1"), payg)->amount);

    SmallDesign d;
    const EntityId region = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId zone = d.zone(region, QStringLiteral("cn-hangzhou-h"));
    const EntityId group = d.instances(zone, type);
    Document document;
    document.resetModel(d.take());
    MetricsEngine before(&document, &Catalog::builtin());
    before.flush();
    MetricsEngine after(&document, catalog.get());
    after.flush();
    // The group's cost also carries its system disk, priced as before.
    QCOMPARE(after.costOf(group).monthly - before.costOf(group).monthly, (0.5513 - 0.52325) * 730);
    const QString why = after.costOf(group).why.toText();
    QVERIFY2(why.contains(QStringLiteral("Source: ecs.g8i.large pay-as-you-go, cn-hangzhou — ")
                          + source
                          + QStringLiteral(" (as of 2026-12-01): pay-as-you-go list price "
                                           "(OriginalPrice); the account's TradePrice was 0.5513 "
                                           "CNY")),
             qPrintable(why));
    QVERIFY2(!before.costOf(group).why.toText().contains(QStringLiteral("overlay")),
             qPrintable(before.costOf(group).why.toText()));
}

void TestCatalogImport::mainlandFallbackIsLabelled()
{
    QTemporaryDir dir;
    QStringList errors;
    const auto overlay = importGood(dir, &errors);
    QVERIFY(overlay);
    const auto catalog = withOverlay(*overlay);
    QVERIFY(catalog);
    // cn-shanghai has no row of its own: it borrows the overlay's cn-hangzhou price, and says so.
    const PriceRow *row
            = catalog->instancePrice(QStringLiteral("ecs.g8i.large"), QStringLiteral("cn-shanghai"),
                                     QStringLiteral("PayAsYouGo"));
    QVERIFY(row);
    QCOMPARE(row->amount, 0.5513);
    QCOMPARE(row->src.kind, QStringLiteral("assumption"));
    QCOMPARE(row->src.asOf, QStringLiteral("2026-12-01"));
    QVERIFY2(row->src.note.endsWith(QStringLiteral(
                     "cn-hangzhou price used for cn-shanghai (Chinese-mainland regions share list "
                     "prices)")),
             qPrintable(row->src.note));

    SmallDesign d;
    const EntityId region = d.region(QStringLiteral("cn-shanghai"));
    const EntityId group = d.instances(d.zone(region, QStringLiteral("cn-shanghai-b")),
                                       QStringLiteral("ecs.g8i.large"));
    Document document;
    document.resetModel(d.take());
    MetricsEngine metrics(&document, catalog.get());
    metrics.flush();
    const QString why = metrics.costOf(group).why.toText();
    QVERIFY2(why.contains(QStringLiteral("(as of 2026-12-01) [assumption]: pay-as-you-go list "
                                         "price (OriginalPrice); the account's TradePrice was "
                                         "0.5513 CNY; cn-hangzhou price used for cn-shanghai")),
             qPrintable(why));
}

void TestCatalogImport::importAddsZoneAvailability()
{
    QTemporaryDir dir;
    QStringList errors;
    const auto overlay = importGood(dir, &errors);
    QVERIFY(overlay);
    const auto catalog = withOverlay(*overlay);
    QVERIFY(catalog);
    const QString h = QStringLiteral("cn-hangzhou-h");
    QVERIFY(!Catalog::builtin().hasAvailabilityData(h));
    QVERIFY(catalog->hasAvailabilityData(h));
    QVERIFY(catalog->zoneOffers(h, QStringLiteral("ecs.g8i.large")));
    QVERIFY(catalog->zoneOffers(h, QStringLiteral("ecs.g7.large")));
    QVERIFY(!catalog->zoneOffers(h, QStringLiteral("ecs.c8i.large"))); // SoldOut
    QVERIFY(catalog->zoneOffers(QStringLiteral("cn-hangzhou-i"), QStringLiteral("ecs.c8i.large")));
    QVERIFY(!catalog->hasAvailabilityData(QStringLiteral("cn-hangzhou-j"))); // not in the files
    QCOMPARE(catalog->availabilitySource(h).asOf, QStringLiteral("2026-11-30"));
    QVERIFY(catalog->hasCacheAvailabilityData(h));
    QVERIFY(catalog->zoneOffersCache(h, QStringLiteral("redis.master.mid.default")));
    QVERIFY(!catalog->zoneOffersCache(h, QStringLiteral("redis.master.large.default")));
    // DescribeZones replaces the region's zone list (cn-hangzhou-f is gone from it).
    QVERIFY(Catalog::builtin()
                    .region(QStringLiteral("cn-hangzhou"))
                    ->zones.contains(QStringLiteral("cn-hangzhou-f")));
    QCOMPARE(catalog->region(QStringLiteral("cn-hangzhou"))->zones,
             (QStringList{QStringLiteral("cn-hangzhou-b"), QStringLiteral("cn-hangzhou-g"),
                          QStringLiteral("cn-hangzhou-h"), QStringLiteral("cn-hangzhou-i"),
                          QStringLiteral("cn-hangzhou-j"), QStringLiteral("cn-hangzhou-k")}));
    QCOMPARE(catalog->instanceType(QStringLiteral("ecs.g8i.large"))->maxEnis, 3);
}

void TestCatalogImport::typeNotOfferedFiresWithTheOverlayOnly()
{
    QTemporaryDir dir;
    QStringList errors;
    const auto overlay = importGood(dir, &errors);
    QVERIFY(overlay);
    const auto catalog = withOverlay(*overlay);
    QVERIFY(catalog);
    SmallDesign d;
    const EntityId region = d.region(QStringLiteral("cn-hangzhou"));
    d.instances(d.zone(region, QStringLiteral("cn-hangzhou-h")), QStringLiteral("ecs.c8i.large"));
    d.instances(d.zone(region, QStringLiteral("cn-hangzhou-i")), QStringLiteral("ecs.c8i.large"));
    Document document;
    document.resetModel(d.take());
    const auto ecs015 = [](const RulesEngine &engine) {
        Findings out;
        for (const Finding &f : engine.findings()) {
            if (f.ruleId == QLatin1String("ECS015"))
                out << f;
        }
        return out;
    };
    RulesEngine without(&document, nullptr, &Catalog::builtin());
    QCOMPARE(ecs015(without).size(), 0);
    RulesEngine with(&document, nullptr, catalog.get());
    const Findings found = ecs015(with);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().message,
             QStringLiteral("instanceGroup-3 uses ecs.c8i.large, which the catalog says is not "
                            "offered in cn-hangzhou-h: provisioning will fail there. Check with "
                            "DescribeAvailableResource and pick an offered type or zone. Source: "
                            "Alibaba Cloud API ecs DescribeAvailableResource, response file "
                            "ecs_DescribeAvailableResource_RegionId=cn-hangzhou_"
                            "DestinationResource=InstanceType_IoOptimized=optimized.json "
                            "(RequestId 0E5F8A21-7B3C-4D6E-8F90-A1B2C3D4E503), catalog overlay "
                            "overlay.json (as of 2026-11-30)."));
}

void TestCatalogImport::malformedResponses_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("error");
    QTest::newRow("not named after its command")
            << "bad-name"
            << "zones.json: /: not named after its command: expected "
               "<product>_<Action>[_<Parameter>=<value>]….json, e.g. "
               "ecs_DescribeZones_RegionId=cn-hangzhou.json";
    QTest::newRow("unsupported action")
            << "unsupported"
            << "ecs_DescribeInstances_RegionId=cn-hangzhou.json: /: \"ecs DescribeInstances\" is "
               "not "
               "a response this import reads (ecs DescribeRegions, DescribeZones, "
               "DescribeInstanceTypes, DescribeAvailableResource, DescribePrice; r-kvstore "
               "DescribeAvailableResource, DescribePrice)";
    QTest::newRow("API error saved")
            << "api-error"
            << "ecs_DescribeZones_RegionId=cn-hangzhou.json: /: the response is an API error: "
               "InvalidAccessKeyId.NotFound: Specified access key is not found.";
    QTest::newRow("CLI error text saved")
            << "not-json"
            << "ecs_DescribeRegions.json: /: invalid JSON at offset 1: illegal value (was the "
               "command's error message saved instead of its output?)";
    QTest::newRow("member missing deep down")
            << "missing-status"
            << "ecs_DescribeAvailableResource_RegionId=cn-hangzhou_DestinationResource="
               "InstanceType.json: /AvailableZones/AvailableZone/0/AvailableResources/"
               "AvailableResource/0/SupportedResources/SupportedResource/1/Status: expected a "
               "string, found missing";
    QTest::newRow("price without the instance's part")
            << "no-instance-detail"
            << "ecs_DescribePrice_RegionId=cn-hangzhou_InstanceType=ecs.g8i.large_PriceUnit="
               "Hour.json: /PriceInfo/Price/DetailInfos/DetailInfo: no DetailInfo with Resource "
               "\"instanceType\": the instance's price cannot be told from its disks'";
    QTest::newRow("price file name without the type")
            << "price-name"
            << "ecs_DescribePrice_RegionId=cn-hangzhou.json: /: the file name lacks RegionId=… or "
               "InstanceType=…: a DescribePrice response does not say what was priced";
    QTest::newRow("amount that is no number")
            << "bad-amount"
            << "r-kvstore_DescribePrice_RegionId=cn-hangzhou_InstanceClass=redis.master.small."
               "default_ChargeType=PrePaid_Period=12.json: /Order/OriginalAmount: expected an "
               "amount (a number ≥ 0)";
    QTest::newRow("list without its wrapper")
            << "wrong-shape"
            << "ecs_DescribeZones_RegionId=cn-hangzhou.json: /Zones: expected an object, found an "
               "array";
}

void TestCatalogImport::malformedResponses()
{
    QFETCH(QString, folder);
    QFETCH(QString, error);
    QStringList errors;
    const auto overlay = AlibabaImport::importDirectory(dataDir(QStringLiteral("bad/") + folder),
                                                        Catalog::builtin(), &errors);
    QVERIFY(!overlay);
    QCOMPARE(errors, QStringList{error});
}

void TestCatalogImport::overlayWithUnknownItemsChangesNothing()
{
    CatalogOverlay overlay;
    overlay.sources << OverlaySource{QStringLiteral("F1"),         QStringLiteral("x.json"),
                                     QStringLiteral("ecs"),        QStringLiteral("DescribePrice"),
                                     QStringLiteral("2026-11-30"), QString()};
    OverlayPrice good;
    good.instanceType = QStringLiteral("ecs.g8i.large");
    good.row.region = QStringLiteral("cn-hangzhou");
    good.row.billing = QStringLiteral("PayAsYouGo");
    good.row.currency = QStringLiteral("CNY");
    good.row.amount = 9.0;
    good.sourceId = QStringLiteral("F1");
    OverlayPrice unknown = good;
    unknown.instanceType = QStringLiteral("ecs.nope.large");
    overlay.prices << good << unknown;
    overlay.availability << OverlayAvailability{
            QStringLiteral("xx-nowhere-1a"), {}, QStringLiteral("F1")};
    auto catalog = Catalog::builtin().clone();
    QStringList errors;
    QVERIFY(!catalog->applyOverlay(overlay, QStringLiteral("o.json"), &errors));
    QCOMPARE(errors,
             (QStringList{QStringLiteral("/prices/1/instanceType: unknown instance type "
                                         "\"ecs.nope.large\""),
                          QStringLiteral("/availability/xx-nowhere-1a: \"xx-nowhere-1a\" is not a "
                                         "zone of a region the catalog knows")}));
    QCOMPARE(catalog->instancePrice(good.instanceType, good.row.region, good.row.billing)->amount,
             0.52325); // all-or-nothing
    QVERIFY(catalog->overlayFile().isEmpty());
}

void TestCatalogImport::overlayFileIsChecked_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("a price sheet")
            << QByteArray(R"({"source": "Quote", "rows": []})")
            << "/format: expected \"ecsplan-catalog-overlay\": this is not a "
               "catalog overlay (make one with \"ecsplan-cli catalog "
               "import\")";
    QTest::newRow("newer format")
            << QByteArray(R"({"format": "ecsplan-catalog-overlay", "formatVersion": 2})")
            << "/formatVersion: format version 2 is newer than this program reads (1)";
    QTest::newRow("unlisted source")
            << QByteArray(R"({"format": "ecsplan-catalog-overlay", "formatVersion": 1,
                 "sources": [], "prices": [{"instanceType": "ecs.g8i.large",
                 "region": "cn-hangzhou", "billing": "PayAsYouGo", "currency": "CNY",
                 "unit": "hour", "amount": 1, "source": "F7"}]})")
            << "/prices/0/source: \"F7\" is not one of the listed sources";
    QTest::newRow("zero price") << QByteArray(
            R"({"format": "ecsplan-catalog-overlay", "formatVersion": 1,
                 "sources": [{"id": "F1", "file": "a.json", "product": "ecs",
                 "action": "DescribePrice", "asOf": "2026-11-30"}],
                 "prices": [{"instanceType": "ecs.g8i.large", "region": "cn-hangzhou",
                 "billing": "PayAsYouGo", "currency": "CNY", "unit": "hour", "amount": 0,
                 "source": "F1"}]})")
                                << "/prices/0/amount: expected a positive number, found 0";
    QTest::newRow("undated source")
            << QByteArray(R"({"format": "ecsplan-catalog-overlay", "formatVersion": 1,
                 "sources": [{"id": "F1", "file": "a.json", "product": "ecs",
                 "action": "DescribePrice", "asOf": "30.11.2026"}], "prices": []})")
            << "/sources/0/asOf: expected a date YYYY-MM-DD";
}

void TestCatalogImport::overlayFileIsChecked()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QStringList errors;
    QVERIFY(!CatalogOverlay::fromJson(json, &errors));
    QCOMPARE(errors, QStringList{error});
}

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
