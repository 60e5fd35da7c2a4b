#include "catalog/catalog.h"
#include "catalog/catalogparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <random>

using namespace ecsplan;

// Validation of catalog documents and user price sheets: every problem is reported with its JSON
// path.
namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray catalogSource()
{
    return readFile(QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/catalog/catalog.json"));
}
QString testData(const char *name)
{
    return QStringLiteral(ECSPLAN_TEST_DATA "/catalog/") + QLatin1String(name);
}

/** Replaces (or, with an undefined value, removes) the value at a JSON Pointer. */
QJsonValue patched(const QJsonValue &node, QStringList pointer, const QJsonValue &value)
{
    const QString key = pointer.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        const int i = key.toInt();
        if (pointer.isEmpty() && value.isUndefined())
            a.removeAt(i);
        else if (pointer.isEmpty())
            a.replace(i, value);
        else
            a.replace(i, patched(a.at(i), pointer, value));
        return a;
    }
    QJsonObject o = node.toObject();
    if (pointer.isEmpty() && value.isUndefined())
        o.remove(key);
    else if (pointer.isEmpty())
        o.insert(key, value);
    else
        o.insert(key, patched(o.value(key), pointer, value));
    return o;
}

void collectPointers(const QJsonValue &v, const QString &path, QStringList &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectPointers(it.value(), path + QLatin1Char('/') + it.key(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < std::min<qsizetype>(a.size(), 1);
             ++i) // the first element suffices
            collectPointers(a.at(i), path + QLatin1Char('/') + QString::number(i), out);
    }
    if (!path.isEmpty())
        out.append(path);
}
} // namespace

class tst_CatalogLoader : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data();
    void badInput();
    void priceSheetOverrides();
    void badPriceSheet_data();
    void badPriceSheet();
    void everyLeafWithWrongTypeIsReportedNotCrashed();
    void datesAndCurrenciesReadAsTheirPatterns();
};

void tst_CatalogLoader::badInput_data()
{
    QTest::addColumn<QByteArray>("raw"); // used when non-empty
    QTest::addColumn<QString>("pointer"); // else: patch the real catalog here
    QTest::addColumn<QByteArray>("value"); // JSON value; empty = remove the key
    QTest::addColumn<QString>("expected"); // one of the reported lines
    QTest::newRow("malformed") << QByteArray("{\"schemaVersion\": 1,") << QString() << QByteArray()
                               << "/: invalid JSON at offset 20: unterminated object";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString() << QByteArray()
                                   << "/: expected a JSON object at the top level";
    QTest::newRow("missing key") << QByteArray() << "/instanceTypes/3/memoryGiB" << QByteArray()
                                 << "/instanceTypes/3/memoryGiB: expected a number, found missing";
    QTest::newRow("negative vcpu") << QByteArray() << "/instanceTypes/12/vcpu" << QByteArray("-2")
                                   << "/instanceTypes/12/vcpu: expected a positive integer";
    QTest::newRow("fractional vcpu")
            << QByteArray() << "/instanceTypes/12/vcpu" << QByteArray("2.5")
            << "/instanceTypes/12/vcpu: expected a positive integer";
    QTest::newRow("wrong type")
            << QByteArray() << "/instanceTypes/0/network/baselineGbps" << QByteArray("\"fast\"")
            << "/instanceTypes/0/network/baselineGbps: expected a number, found a string";
    QTest::newRow("zero price")
            << QByteArray() << "/instanceTypes/0/prices/0/amount" << QByteArray("0")
            << "/instanceTypes/0/prices/0/amount: expected a positive number, found 0";
    QTest::newRow("price without source")
            << QByteArray() << "/instanceTypes/5/prices/1/src/source" << QByteArray()
            << "/instanceTypes/5/prices/1/src/source: expected a string, found missing";
    QTest::newRow("bad asOf")
            << QByteArray() << "/diskCategories/1/src/asOf" << QByteArray("\"last year\"")
            << "/diskCategories/1/src/asOf: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)";
    QTest::newRow("unknown price region")
            << QByteArray() << "/instanceTypes/0/prices/0/region" << QByteArray("\"mars-1\"")
            << "/instanceTypes/0/prices/0/region: unknown region \"mars-1\"";
    QTest::newRow("bad unit")
            << QByteArray() << "/diskCategories/0/prices/0/unit" << QByteArray("\"fortnight\"")
            << "/diskCategories/0/prices/0/unit: unknown unit \"fortnight\" (expected hour, month, "
               "GiB-hour, GiB-month or GB)";
    QTest::newRow("duplicate id")
            << QByteArray() << "/instanceTypes/1/id" << QByteArray("\"ecs.g7.large\"")
            << "/instanceTypes/1/id: duplicate instance type \"ecs.g7.large\"";
    QTest::newRow("worst below typical")
            << QByteArray() << "/latency/crossZone/worstMs" << QByteArray("0.1")
            << "/latency/crossZone/worstMs: worst is below typical";
    QTest::newRow("missing section") << QByteArray() << "/transfer" << QByteArray()
                                     << "/transfer: expected an object, found missing";
    QTest::newRow("array instead of object")
            << QByteArray() << "/instanceTypes/7" << QByteArray("[]")
            << "/instanceTypes/7: expected an object, found an array";
}

void tst_CatalogLoader::badInput()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, pointer);
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    QByteArray json = raw;
    if (json.isEmpty()) {
        const QJsonValue root = QJsonDocument::fromJson(catalogSource()).object();
        const QJsonValue v = value.isEmpty()
                ? QJsonValue(QJsonValue::Undefined)
                : QJsonDocument::fromJson("[" + value + "]").array().first();
        json = QJsonDocument(patched(root, pointer.mid(1).split(QLatin1Char('/')), v).toObject())
                       .toJson();
    }
    QStringList errors;
    const auto catalog = Catalog::fromJson(json, &errors);
    QVERIFY(!catalog);
    if (!errors.contains(expected))
        qWarning() << errors;
    QVERIFY(errors.contains(expected));
}

void tst_CatalogLoader::priceSheetOverrides()
{
    QStringList errors;
    const auto c = Catalog::fromJson(catalogSource(), &errors);
    QVERIFY2(c, qPrintable(errors.join(QLatin1Char('\n'))));
    const QString hz = QStringLiteral("cn-hangzhou"), type = QStringLiteral("ecs.g7.large");
    const int before = c->instanceType(type)->prices.size();
    QVERIFY(c->applyPriceSheet(readFile(testData("pricesheet-good.json")), &errors));
    QVERIFY(errors.isEmpty());
    const PriceRow *payg = c->instancePrice(type, hz, QStringLiteral("PayAsYouGo"));
    QVERIFY(payg);
    QCOMPARE(payg->amount, 0.5); // replaced
    QCOMPARE(payg->src.source, QStringLiteral("Reseller quote Q-2025-017 (test fixture)"));
    QCOMPARE(payg->src.asOf, QStringLiteral("2025-01-15"));
    QCOMPARE(payg->src.kind, QStringLiteral("user"));
    const PriceRow *sub = c->instancePrice(type, hz, QStringLiteral("Subscription"));
    QVERIFY(sub); // added
    QCOMPARE(sub->amount, 250.0);
    QCOMPARE(sub->unit, PriceUnit::PerMonth);
    QCOMPARE(c->instanceType(type)->prices.size(), before + 1);
    // The mainland fallback now borrows the overridden row.
    QCOMPARE(c->instancePrice(type, QStringLiteral("cn-shenzhen"), QStringLiteral("PayAsYouGo"))
                     ->amount,
             0.5);
    const PriceRow *entry
            = c->diskPrice(QStringLiteral("cloud_essd_entry"), QString(),
                           QStringLiteral("cn-shanghai"), QStringLiteral("PayAsYouGo"));
    QVERIFY(entry);
    QCOMPARE(entry->amount, 0.0001);
    QCOMPARE(entry->src.source, QStringLiteral("Console price page"));
    QCOMPARE(entry->src.asOf, QStringLiteral("2025-02"));
    // The built-in catalog is untouched.
    QCOMPARE(Catalog::builtin().instancePrice(type, hz, QStringLiteral("PayAsYouGo"))->amount,
             0.52325);
}

void tst_CatalogLoader::badPriceSheet_data()
{
    QTest::addColumn<QByteArray>("sheet");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("file")
            << readFile(testData("pricesheet-bad.json"))
            << QStringList{
                       "/rows/1/amount: expected a positive number, found -3",
                       "/rows/2/instanceType: unknown instance type \"ecs.g99.large\"",
                       "/rows/3/billing: expected \"PayAsYouGo\" or \"Subscription\", found "
                       "\"Monthly\"",
                       "/rows/3/unit: unknown unit \"fortnight\" (expected hour, month, GiB-hour, "
                       "GiB-month or GB)"};
    QTest::newRow("malformed") << QByteArray("{\"rows\": [")
                               << QStringList{"/: invalid JSON at offset 10: unterminated array"};
    QTest::newRow("no rows") << QByteArray("{\"source\": \"x\"}")
                             << QStringList{"/rows: expected an array, found missing"};
    QTest::newRow("two items")
            << QByteArray(R"({"source":"x","asOf":"2025","rows":[{"instanceType":"ecs.g7.large",
        "diskCategory":"cloud_essd","level":"PL1","region":"cn-hangzhou","billing":"PayAsYouGo","currency":"CNY",
        "unit":"hour","amount":1}]})")
            << QStringList{"/rows/0: expected exactly one of \"instanceType\", \"diskCategory\" or "
                           "\"cacheClass\""};
    QTest::newRow("unknown cache class")
            << QByteArray(R"({"source":"x","asOf":"2025","rows":[{"cacheClass":"redis.nope",
        "region":"cn-hangzhou","billing":"PayAsYouGo","currency":"CNY","unit":"hour","amount":1}]})")
            << QStringList{"/rows/0/cacheClass: unknown cache class \"redis.nope\""};
    QTest::newRow("no source")
            << QByteArray(R"({"rows":[{"instanceType":"ecs.g7.large","region":"cn-hangzhou",
        "billing":"PayAsYouGo","currency":"CNY","unit":"hour","amount":1}]})")
            << QStringList{"/rows/0/source: every price needs a source (row or sheet)",
                           "/rows/0/asOf: every price needs an asOf date (row or sheet)"};
}

void tst_CatalogLoader::badPriceSheet()
{
    QFETCH(QByteArray, sheet);
    QFETCH(QStringList, expected);
    QStringList errors;
    const auto c = Catalog::fromJson(catalogSource(), &errors);
    QVERIFY(c);
    QVERIFY(!c->applyPriceSheet(sheet, &errors));
    for (const QString &e : expected) {
        if (!errors.contains(e))
            qWarning() << errors;
        QVERIFY2(errors.contains(e), qPrintable(e));
    }
    // All-or-nothing: the valid first row of the file was not applied either.
    QCOMPARE(c->instancePrice(QStringLiteral("ecs.g7.large"), QStringLiteral("cn-hangzhou"),
                              QStringLiteral("PayAsYouGo"))
                     ->amount,
             0.52325);
}

void tst_CatalogLoader::everyLeafWithWrongTypeIsReportedNotCrashed()
{
    QJsonObject root = QJsonDocument::fromJson(catalogSource()).object();
    // A small but complete document keeps the ~250 parses fast.
    QJsonArray types = root.value(QStringLiteral("instanceTypes")).toArray();
    while (types.size() > 1)
        types.removeLast();
    root.insert(QStringLiteral("instanceTypes"), types);
    QStringList errors0;
    QVERIFY(Catalog::fromJson(QJsonDocument(root).toJson(), &errors0));
    QStringList pointers;
    for (const char *section : {"instanceTypes", "diskCategories", "regions", "transfer", "latency",
                                "pricingModifiers", "services", "redisClasses", "notes"})
        collectPointers(root.value(QLatin1String(section)),
                        QLatin1Char('/') + QLatin1String(section), pointers);
    QVERIFY(pointers.size() > 150);
    int rejected = 0;
    for (const QString &pointer : std::as_const(pointers)) {
        // An object is the wrong type for every leaf; a leaf is the wrong type for every container.
        const QJsonValue wrong = QJsonValue(QJsonObject{{QStringLiteral("unexpected"), true}});
        const QJsonValue doc = patched(root, pointer.mid(1).split(QLatin1Char('/')), wrong);
        QStringList errors;
        const auto catalog = Catalog::fromJson(QJsonDocument(doc.toObject()).toJson(), &errors);
        if (catalog)
            continue; // fields the loader does not read, or all-optional objects, may tolerate it
        ++rejected;
        QVERIFY2(!errors.isEmpty(), qPrintable(pointer));
        const bool named = std::any_of(errors.cbegin(), errors.cend(),
                                       [&](const QString &e) { return e.startsWith(pointer); });
        QVERIFY2(named,
                 qPrintable(pointer + QStringLiteral(" -> ") + errors.join(QLatin1String(" | "))));
    }
    QVERIFY(rejected > 130);
}

// Dates and currency codes are decided by hand when they look like what a catalog writes, else
// by the regular expression: both must answer as the expression does for every text.
void tst_CatalogLoader::datesAndCurrenciesReadAsTheirPatterns()
{
    QStringList texts = {QString(),
                         QStringLiteral("2024"),
                         QStringLiteral("2024\n"),
                         QStringLiteral("2024-12\n"),
                         QStringLiteral("2024-12-31\n"),
                         QStringLiteral("CNY\n"),
                         QStringLiteral("\u0663\u0660\u0662\u0664"),
                         QStringLiteral("2024-\u0661\u0662"),
                         QStringLiteral("\uff12024")};
    // Every year, month and day form near the valid ones.
    for (const char *year : {"2024", "0000", "9999", "202", "20245", "2o24"}) {
        texts << QLatin1String(year);
        for (int month = -1; month <= 20; ++month) {
            const QString m = month < 0 ? QStringLiteral("1")
                                        : QStringLiteral("%1").arg(month, 2, 10, QLatin1Char('0'));
            texts << QLatin1String(year) + QLatin1Char('-') + m;
            for (int day = 0; day <= 40; ++day)
                texts << QLatin1String(year) + QLatin1Char('-') + m + QLatin1Char('-')
                                + QStringLiteral("%1").arg(day, 2, 10, QLatin1Char('0'));
        }
    }
    // Every three-character text of capitals and their neighbours.
    const QString near = QStringLiteral("AMZ@[a\u00c91");
    for (const QChar a : near) {
        for (const QChar b : near) {
            for (const QChar c : near)
                texts << QString(a) + b + c << QString(a) + b + c + QLatin1Char('\n')
                      << QString(a) + b + c + a;
        }
    }
    // Random texts of the characters that matter, of the lengths that are decided by hand.
    std::mt19937 rng(7);
    const QString alphabet = QStringLiteral("0123456789-- \nxAZaz@[\u00c9\u0663");
    for (int i = 0; i < 60000; ++i) {
        const int length = std::uniform_int_distribution<int>(0, 11)(rng);
        QString text;
        for (int c = 0; c < length; ++c)
            text += alphabet.at(
                    std::uniform_int_distribution<int>(0, int(alphabet.size()) - 1)(rng));
        texts << text;
    }
    int dates = 0, codes = 0;
    for (const QString &text : std::as_const(texts)) {
        const bool date = CatalogParser::isValidAsOfByPattern(text);
        QVERIFY2(CatalogParser::isValidAsOf(text) == date, qPrintable(text));
        const bool code = CatalogParser::isValidCurrencyByPattern(text);
        QVERIFY2(CatalogParser::isValidCurrency(text) == code, qPrintable(text));
        dates += date;
        codes += code;
    }
    QVERIFY(dates > 1000);
    QVERIFY(codes >= 54); // 27 codes, each also before a final newline
}

QTEST_GUILESS_MAIN(tst_CatalogLoader)
#include "tst_catalogloader.moc"
