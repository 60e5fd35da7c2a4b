// The JSON report written two ways: streamed as text (JsonText, what `report --format json`
// prints) and built as a tree (JsonDom, what ReportBuilder::build returns for the other
// formats). The text must be byte for byte what nlohmann's dump(2) prints of the tree.

#include "catalog/catalog.h"
#include "generate/designgenerator.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"
#include "sampledesigns.h"
#include "smalldesign.h"
#include "json/jsontext.h"

#include <QTest>

#include <cfloat>
#include <climits>
#include <cmath>

using namespace ecsplan;
using ecsplan::test::SmallDesign;
using Json = nlohmann::ordered_json;

namespace {

/** Makes the same calls on any writer: every kind of value, nested and empty containers. */
template<typename Out>
void everything(Out &o, const QString &text)
{
    o.beginObject();
    o.field("text", text);
    o.field("utf8", std::string_view("caf\xc3\xa9 \"q\" \\ \x01"));
    o.field("literal", "amber");
    o.key("null");
    o.value(nullptr);
    o.field("true", true);
    o.field("false", false);
    o.field("int", -42);
    o.field("intMin", INT_MIN);
    o.field("unsigned", 4294967295u);
    o.field("longLongMin", LLONG_MIN);
    o.field("uint64Max", ULLONG_MAX);
    o.key("doubles");
    o.beginArray();
    for (double d : {0.0, -0.0, 0.1, 2.0, -3.5, 1234567.891, 1e21, 1e-7, 5e-324, DBL_MAX, 0.125,
                     100.0, 1e15, 123456789012345680.0, std::nan(""), HUGE_VAL, -HUGE_VAL})
        o.value(d);
    o.endArray();
    o.key("emptyObject");
    o.beginObject();
    o.endObject();
    o.key("emptyArray");
    o.beginArray();
    o.endArray();
    o.key("nested");
    o.beginArray();
    o.beginObject();
    o.key("k \"escaped\"\n");
    o.beginArray();
    o.beginArray();
    o.endArray();
    o.value(1);
    o.endArray();
    o.endObject();
    o.beginArray();
    o.beginObject();
    o.endObject();
    o.endArray();
    o.endArray();
    o.key("tree");
    o.value(Json{{"a", Json::array({1, "two", nullptr})}, {"b", Json::object()}});
    o.endObject();
}

QByteArray streamed(const Model &model, const ReportOptions &options = {})
{
    QByteArray text;
    ReportBuilder::writeJson(model, &Catalog::builtin(), options, [&text](std::string_view piece) {
        text.append(piece.data(), qsizetype(piece.size()));
    });
    return text;
}

QByteArray built(const Model &model, const ReportOptions &options = {})
{
    return ReportWriter::json(ReportBuilder::build(model, &Catalog::builtin(), options)).toUtf8();
}

/** A small design whose names need every kind of escape. */
Model awkwardNames()
{
    SmallDesign d;
    const EntityId region = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId zone = d.zone(region, QStringLiteral("cn-hangzhou-h"));
    const EntityId web = d.instances(zone, QStringLiteral("ecs.g8i.large"), 2);
    const EntityId db = d.instances(zone, QStringLiteral("ecs.g8i.xlarge"));
    const EntityId disk = d.disk(zone, QStringLiteral("PL1"), 400, db, 20000);
    const EntityId users = d.internetUsers();
    d.link(users, web, 500);
    d.link(web, db, 50);
    d[web].name = QStringLiteral("web \"front\"\\tab\there\nline\x01\x1f\x7f");
    d[db].name = QString::fromUtf8("数据库 — é 😀");
    d[disk].name = QString();
    return d.take();
}

/** The designs the streamed and built reports are compared on, by row name. */
Model design(const QString &name)
{
    if (name == QLatin1String("awkward names"))
        return awkwardNames();
    if (name == QLatin1String("empty"))
        return Model();
    if (name.startsWith(QLatin1String("generated seed ")))
        return generateDesign({300, name.mid(15).toUInt()});
    return test::sampleDesign(name);
}

} // namespace

class tst_ReportJson : public QObject
{
    Q_OBJECT

private slots:
    void textIsDump_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << QStringLiteral("ecs.g8i.large pay-as-you-go, cn-hangzhou");
        QTest::newRow("quote and backslash") << QStringLiteral("a \"b\" \\ c");
        QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t");
        QTest::newRow("control characters") << QString::fromLatin1("\x01\x02\x1b\x1f end");
        QTest::newRow("nul") << QString(QChar(0));
        QTest::newRow("delete passes") << QStringLiteral("\x7f");
        QTest::newRow("non-ASCII") << QString::fromUtf8("× → — 2 × 2 Gbit/s ≥ 461 GiB");
        QTest::newRow("non-ASCII with escapes") << QString::fromUtf8("é\n\"ü\"\x01");
        QTest::newRow("astral") << QString::fromUtf8("😀 𝄞");
        QTest::newRow("two bytes, three bytes")
                << QString::fromUtf8("\u00ff\u0100\u07ff\u0800\uffff");
        // Runs of 8 and more units (written 8 at a time) broken at every position.
        QTest::newRow("long plain") << QStringLiteral("0123456789").repeated(13);
        for (int at = 0; at < 17; ++at) {
            for (const QString &odd :
                 {QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("\n"),
                  QString(QChar(0x1f)), QString::fromUtf8("é"), QString::fromUtf8("—"),
                  QString::fromUtf8("😀"), QString(QChar(0x7f)), QString(QChar(0x80))}) {
                QString text = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
                text.insert(at, odd);
                QTest::addRow("%s at %d", qPrintable(odd.toUtf8().toHex()), at) << text;
            }
        }
        QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) + QStringLiteral("x");
        QTest::newRow("lone low surrogate") << QStringLiteral("x") + QString(QChar(0xDC00));
        QTest::newRow("high surrogate at the end") << QStringLiteral("x") + QString(QChar(0xDBFF));
    }
    void textIsDump()
    {
        QFETCH(QString, text);
        JsonText one;
        one.value(text);
        QCOMPARE(QByteArray(one.text().data(), qsizetype(one.text().size())),
                 QByteArray::fromStdString(Json(text.toStdString()).dump()));

        for (int depth : {0, 1, 3}) {
            JsonText t(depth);
            everything(t, text);
            const std::string written(t.text());
            JsonDom dom;
            everything(dom, text);
            std::string dumped;
            nlohmann::detail::serializer<Json> serializer(
                    nlohmann::detail::output_adapter<char, std::string>(dumped), ' ',
                    nlohmann::detail::error_handler_t::strict);
            serializer.dump(dom.take(), true, false, 2, unsigned(2 * depth));
            QCOMPARE(QByteArray::fromStdString(written), QByteArray::fromStdString(dumped));
        }
    }

    void topLevelScalarsAndArrays()
    {
        JsonText t;
        t.beginArray();
        t.value(1.5);
        t.value(QStringLiteral("x"));
        t.endArray();
        QCOMPARE(QByteArray::fromStdString(std::string(t.text())),
                 QByteArray("[\n  1.5,\n  \"x\"\n]"));
        JsonText s;
        s.value(7);
        QCOMPARE(QByteArray::fromStdString(std::string(s.text())), QByteArray("7"));
    }

    void streamedReportIsTheBuiltOne_data()
    {
        QTest::addColumn<QString>("name");
        QStringList names = test::sampleDesignNames();
        names << QStringLiteral("generated seed 1") << QStringLiteral("generated seed 2")
              << QStringLiteral("awkward names") << QStringLiteral("empty");
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }
    void streamedReportIsTheBuiltOne()
    {
        QFETCH(QString, name);
        const Model model = design(name);
        QVERIFY(name == QLatin1String("empty") || !model.ids().isEmpty());
        const QByteArray text = streamed(model);
        QVERIFY(text.startsWith("{\n  \"format\": \"ecsplan-report\",\n"));
        QVERIFY(text.endsWith("\n}\n"));
        QCOMPARE(text, built(model));

        ReportOptions options;
        options.billing = BillingModel::Subscription1Year;
        options.currency = QStringLiteral("USD");
        options.trafficFactor = 2.5;
        QCOMPARE(streamed(model, options), built(model, options));
    }

    void awkwardNamesAreEscaped()
    {
        const QByteArray text = streamed(awkwardNames());
        QVERIFY(text.contains(
                "\"name\": \"web \\\"front\\\"\\\\tab\\there\\nline\\u0001\\u001f\x7f\""));
        QVERIFY(text.contains(QString::fromUtf8("\"name\": \"数据库 — é 😀\"").toUtf8()));
        // The text parses back to the tree it was written from.
        QCOMPARE(QByteArray::fromStdString(Json::parse(text.toStdString()).dump(2) + "\n"),
                 built(awkwardNames()));
    }
};

QTEST_GUILESS_MAIN(tst_ReportJson)
#include "tst_reportjson.moc"
