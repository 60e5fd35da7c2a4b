// JsonText in both styles against the writers it stands in for: QJsonDocument's Indented
// output (`check --format json`) and nlohmann's dump(2) (`report --format json`), byte for
// byte, on tricky strings, numbers and layouts. tst_reportjson compares whole reports.

#include "json/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cfloat>
#include <climits>
#include <cmath>

using namespace ecsplan;
using Json = nlohmann::ordered_json;

namespace {

QByteArray bytes(const JsonText &t)
{
    return QByteArray(t.text().data(), qsizetype(t.text().size()));
}

QByteArray qtIndented(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray qtIndented(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Indented);
}

constexpr double TwoTo53 = 9007199254740992.0;

/** `numbers` as an array in both styles, each against its reference writer, line by line. */
void compareArrays(const QList<double> &numbers)
{
    JsonText qt(JsonStyle::QtIndented);
    JsonText nlohmann;
    qt.beginArray();
    nlohmann.beginArray();
    QJsonArray qtArray;
    Json nlohmannArray = Json::array();
    for (const double d : numbers) {
        qt.value(d);
        nlohmann.value(d);
        qtArray.append(d);
        nlohmannArray.push_back(d);
    }
    qt.endArray();
    nlohmann.endArray();
    const QList<QByteArray> pairs[][2]
            = {{bytes(qt).split('\n'), qtIndented(qtArray).split('\n')},
               {bytes(nlohmann).split('\n'),
                QByteArray::fromStdString(nlohmannArray.dump(2)).split('\n')}};
    for (const auto &[written, expected] : pairs) {
        QCOMPARE(written.size(), expected.size());
        for (qsizetype i = 0; i < written.size(); ++i) {
            if (written[i] != expected[i]) // one QCOMPARE per line would cost minutes
                QCOMPARE(written[i] + " (" + QByteArray::number(numbers.value(i - 1), 'g', 17)
                                 + ")",
                         expected[i] + " (" + QByteArray::number(numbers.value(i - 1), 'g', 17)
                                 + ")");
        }
    }
}

} // namespace

class tst_JsonText : public QObject
{
    Q_OBJECT

private slots:
    void strings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << QStringLiteral("ECS008 cn-hangzhou/cn-hangzhou-h/web");
        QTest::newRow("quote and backslash") << QStringLiteral("a \"b\" \\ c");
        QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t");
        QTest::newRow("control characters") << QString::fromLatin1("\x01\x02\x0b\x1b\x1f end");
        QTest::newRow("nul") << QString(QChar(0)) + QStringLiteral("x");
        QTest::newRow("slash passes") << QStringLiteral("a/b</script>");
        QTest::newRow("delete passes") << QStringLiteral("\x7f");
        QTest::newRow("latin-1 and C1") << QString::fromUtf8("\u0080\u009f\u00a0\u00e9\u00ff");
        QTest::newRow("two bytes, three bytes")
                << QString::fromUtf8("\u0100\u07ff\u0800\ufffd\uffff");
        QTest::newRow("line separators, BOM") << QString::fromUtf8("\u2028 \u2029 \ufeff");
        QTest::newRow("CJK") << QString::fromUtf8("数据库 — 云盘性能");
        QTest::newRow("astral") << QString::fromUtf8("😀 𝄞 \U0010FFFF");
        QTest::newRow("long plain") << QStringLiteral("0123456789").repeated(13);
        // Runs of 8 and more units (written 8 at a time, the last ones of a string 8 at a time
        // too, overlapping the run before) broken at every position, at lengths around 8 and 16.
        const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
        for (const int length : {7, 8, 9, 15, 16, 17, 26}) {
            for (int at = 0; at <= length; ++at) {
                for (const QString &odd :
                     {QStringLiteral("\""), QStringLiteral("\\"), QStringLiteral("\n"),
                      QString(QChar(0x1f)), QString::fromUtf8("é"), QString::fromUtf8("—"),
                      QString::fromUtf8("😀"), QString(QChar(0x7f)), QString(QChar(0x80)),
                      // Low bytes '"', '\\' and 0: units are not taken for their low byte.
                      QString(QChar(0x0122)), QString(QChar(0xFF5C)), QString(QChar(0x8000))}) {
                    QString text = letters.left(length);
                    text.insert(at, odd);
                    QTest::addRow("%s at %d of %d", qPrintable(odd.toUtf8().toHex()), at, length)
                            << text;
                }
            }
        }
        for (int length = 0; length <= 26; ++length)
            QTest::addRow("%d plain", length) << letters.left(length);
        // Two odd units: the tail after the second has no plain run before it.
        QTest::newRow("two escapes near the end") << QStringLiteral("abcdefghijklmnop\"q\"rs");
        QTest::newRow("escape, then 7") << QStringLiteral("abcdefghijk\nlmnopqr");
    }
    void strings()
    {
        QFETCH(QString, text);
        JsonText qt(JsonStyle::QtIndented);
        qt.beginObject();
        qt.field("k", text);
        qt.endObject();
        QCOMPARE(bytes(qt), qtIndented(QJsonObject{{QStringLiteral("k"), text}}));

        JsonText nlohmann;
        nlohmann.value(text);
        QCOMPARE(bytes(nlohmann), QByteArray::fromStdString(Json(text.toStdString()).dump()));
    }

    /** Lone surrogates: QJsonDocument escapes the unit as \uxxxx and goes on. */
    void loneSurrogates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("written");
        const QChar high(0xD800), low(0xDC00), lastHigh(0xDBFF), lastLow(0xDFFF);
        QTest::newRow("high alone") << QString(high) << QByteArray("\\ud800");
        QTest::newRow("low alone") << QString(lastLow) << QByteArray("\\udfff");
        QTest::newRow("high, then a letter")
                << QString(high) + QStringLiteral("x") << QByteArray("\\ud800x");
        QTest::newRow("high at the end")
                << QStringLiteral("x") + QString(lastHigh) << QByteArray("x\\udbff");
        QTest::newRow("low, then high (reversed pair)")
                << QString(low) + QString(high) << QByteArray("\\udc00\\ud800");
        QTest::newRow("two highs, then a low") << QString(high) + QString(high) + QString(low)
                                               << QByteArray("\\ud800\xf0\x90\x80\x80");
        QTest::newRow("after a run of 8 plain units")
                << QStringLiteral("abcdefghij") + QString(low) + QStringLiteral("klmnopqrstu")
                << QByteArray("abcdefghij\\udc00klmnopqrstu");
    }
    void loneSurrogates()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, written);
        JsonText qt(JsonStyle::QtIndented);
        qt.beginArray();
        qt.value(text);
        qt.endArray();
        QCOMPARE(bytes(qt), "[\n    \"" + written + "\"\n]\n");
        QCOMPARE(bytes(qt), qtIndented(QJsonArray{text}));
        // nlohmann is given what QString::toUtf8() makes of it.
        JsonText nlohmann;
        nlohmann.value(text);
        QCOMPARE(bytes(nlohmann), QByteArray::fromStdString(Json(text.toStdString()).dump()));
    }

    void doubles_data()
    {
        QTest::addColumn<double>("number");
        const auto row = [](const char *name, double d) {
            QTest::newRow(name) << d;
        };
        row("zero", 0.0);
        row("negative zero", -0.0);
        row("0.1", 0.1);
        row("0.3", 0.3);
        row("one third", 1.0 / 3.0);
        row("4.35", 4.35);
        row("2", 2.0);
        row("-3.5", -3.5);
        row("0.125", 0.125);
        row("100", 100.0);
        row("1234567.891", 1234567.891);
        row("1e-4", 1e-4);
        row("1e-5", 1e-5);
        row("1e-7", 1e-7);
        row("1e15", 1e15);
        row("1e16", 1e16);
        row("1.5e16", 1.5e16);
        row("2^53", TwoTo53);
        row("-2^53", -TwoTo53);
        row("2^53 + 2", TwoTo53 + 2);
        row("-2^53 - 2", -TwoTo53 - 2);
        row("2^52 - 0.5", TwoTo53 / 2 - 0.5);
        row("123456789012345680", 123456789012345680.0);
        row("9.3e18", 9.3e18);
        row("2^63", 9223372036854775808.0);
        row("-2^63", -9223372036854775808.0);
        row("1e20", 1e20);
        row("1e21", 1e21);
        row("smallest denormal", 5e-324);
        row("DBL_MIN", DBL_MIN);
        row("DBL_MAX", DBL_MAX);
        row("-DBL_MAX", -DBL_MAX);
        row("NaN", std::nan(""));
        row("infinity", HUGE_VAL);
        row("-infinity", -HUGE_VAL);
    }
    void doubles()
    {
        QFETCH(double, number);
        JsonText qt(JsonStyle::QtIndented);
        qt.beginArray();
        qt.value(number);
        qt.endArray();
        QCOMPARE(bytes(qt), qtIndented(QJsonArray{number}));

        JsonText nlohmann;
        nlohmann.value(number);
        QCOMPARE(bytes(nlohmann), QByteArray::fromStdString(Json(number).dump()));
    }

    /**
     * Multiples of 1/100 and 1/10000 (money and rounded figures) take a shortcut past the
     * shortest-form search: the same text as both writers over 2.2 million numbers on and
     * next to both grids, at every magnitude, around the limits of the shortcut.
     */
    void gridDoubles_data()
    {
        QTest::addColumn<QList<double>>("numbers");
        quint64 seed = 0x9E3779B97F4A7C15ull;
        const auto next = [&seed]() { // splitmix64: the same numbers on every run
            quint64 z = (seed += 0x9E3779B97F4A7C15ull);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            return z ^ (z >> 31);
        };
        const auto onGrid = [](qint64 from, qint64 to, double scale) {
            QList<double> numbers;
            for (qint64 k = from; k <= to; ++k)
                numbers << double(k) / scale;
            return numbers;
        };
        QTest::newRow("k/100, |k| <= 250000") << onGrid(-250000, 250000, 100);
        QTest::newRow("k/10000, |k| <= 250000") << onGrid(-250000, 250000, 10000);
        QTest::newRow("k/10000 around 10^4") << onGrid(99900000, 100100000, 10000);
        QTest::newRow("k/10000 around -10^4") << onGrid(-100050000, -99950000, 10000);
        QTest::newRow("k/100 around 10^13") << onGrid(999999999900000, 1000000000100000, 100);
        QList<double> magnitudes, rounded, neighbours;
        for (int i = 0; i < 200000; ++i) {
            // k of 1 to 15 digits, either sign, on either grid.
            quint64 limit = 10;
            for (int digits = int(next() % 15); digits > 0; --digits)
                limit *= 10;
            const double scale = i % 2 ? 100.0 : 10000.0;
            const double multiple = double(next() % limit) / scale * (i % 4 < 2 ? 1 : -1);
            magnitudes << multiple;
            // What the report writes: reals rounded to 2 and 4 places.
            const double real = std::ldexp(double(next() >> 11), -int(next() % 64));
            rounded << std::round(real * 100.0) / 100.0 << std::round(real * 1e4) / 1e4;
            // Just off the grid: no shortcut.
            if (i % 4 == 0)
                neighbours << std::nextafter(multiple, HUGE_VAL)
                           << std::nextafter(multiple, -HUGE_VAL);
        }
        QTest::newRow("k/100 and k/10000 of every magnitude") << magnitudes;
        QTest::newRow("reals rounded to 2 and 4 places") << rounded;
        QTest::newRow("next to the grid") << neighbours;
        QTest::newRow("edges") << QList<double>{0.0,
                                                -0.0,
                                                0.01,
                                                -0.01,
                                                0.0001,
                                                -0.0001,
                                                0.00005,
                                                0.005,
                                                0.0009, // Qt: 9e-04
                                                0.0012,
                                                0.0099,
                                                0.01,
                                                9999.9999,
                                                10000.0001,
                                                80237.1178, // Grisu2: 80237.11780000001
                                                9999999999999.99,
                                                10000000000000.01,
                                                std::nextafter(1e13, 0.0),
                                                1e13,
                                                1e4,
                                                std::nextafter(1e4, 0.0),
                                                TwoTo53 / 100,
                                                0.5,
                                                0.25,
                                                1.0 / 3.0,
                                                DBL_MIN,
                                                5e-324};
    }
    void gridDoubles()
    {
        QFETCH(QList<double>, numbers);
        compareArrays(numbers);
    }

    void integers_data()
    {
        QTest::addColumn<qint64>("number");
        for (const qint64 n : {qint64(0), qint64(-1), qint64(7), qint64(INT_MIN), qint64(INT_MAX),
                               qint64(UINT_MAX), qint64(9007199254740993), LLONG_MIN, LLONG_MAX})
            QTest::addRow("%lld", static_cast<long long>(n)) << n;
    }
    void integers()
    {
        QFETCH(qint64, number);
        JsonText qt(JsonStyle::QtIndented);
        qt.beginArray();
        qt.value(number);
        qt.endArray();
        QCOMPARE(bytes(qt), qtIndented(QJsonArray{number}));

        JsonText nlohmann;
        nlohmann.value(number);
        QCOMPARE(bytes(nlohmann), QByteArray::fromStdString(Json(number).dump()));
    }

    /** Empty and nested containers, literals, escaped keys, indentation past 32 spaces. */
    void qtLayout()
    {
        const QString key = QString::fromUtf8("k \"é\"\n\\");
        JsonText t(JsonStyle::QtIndented);
        t.beginObject();
        t.key("a");
        t.beginArray();
        t.endArray();
        t.key("b");
        t.beginObject();
        t.endObject();
        t.key("c");
        t.beginArray();
        t.beginArray();
        t.endArray();
        t.beginObject();
        t.endObject();
        t.beginArray();
        t.value(1);
        t.value(QStringLiteral("x"));
        t.value(nullptr);
        t.value(true);
        t.value(false);
        t.value(2.5);
        t.endArray();
        t.endArray();
        t.key("d");
        for (int level = 0; level < 12; ++level)
            t.beginArray();
        t.value(QStringLiteral("deep"));
        t.beginObject();
        t.endObject();
        for (int level = 0; level < 12; ++level)
            t.endArray();
        t.key(key.toStdString());
        t.value(nullptr);
        t.endObject();

        QJsonArray deep{QStringLiteral("deep"), QJsonObject()};
        for (int level = 1; level < 12; ++level)
            deep = QJsonArray{deep};
        const QJsonObject expected{
                {QStringLiteral("a"), QJsonArray()},
                {QStringLiteral("b"), QJsonObject()},
                {QStringLiteral("c"),
                 QJsonArray{QJsonArray(), QJsonObject(),
                            QJsonArray{1, QStringLiteral("x"), QJsonValue(), true, false, 2.5}}},
                {QStringLiteral("d"), deep},
                {key, QJsonValue()}};
        QCOMPARE(bytes(t), qtIndented(expected));
        QVERIFY(bytes(t).contains("\n" + QByteArray(52, ' ') + "\"deep\",\n"));
    }

    /**
     * Literal keys (escaped at compile time) and prepared ones (escaped once when made) are
     * written as the same keys given at run time.
     */
    void literalKeys()
    {
        JsonText literal, runtime, prepared;
        literal.beginObject();
        runtime.beginObject();
        prepared.beginObject();
        const auto both = [&](const JsonKey &key, std::string_view name) {
            QCOMPARE(key.name(), name);
            literal.field(key, 1);
            runtime.field(std::string(name), 1);
            const JsonKey made = JsonKey::prepared(name);
            QCOMPARE(made.written(), key.written());
            prepared.field(made, 1);
        };
        both("", "");
        both("monthlyCost", "monthlyCost");
        both("quote \" backslash \\ slash /", "quote \" backslash \\ slash /");
        both("\b\f\n\r\t \x01\x1f \x7f", "\b\f\n\r\t \x01\x1f \x7f");
        both("caf\xc3\xa9 \xe6\x95\xb0", "caf\xc3\xa9 \xe6\x95\xb0");
        both("missingPricesByBillingModel", "missingPricesByBillingModel");
        // 43 characters and 44: the first fits the 47 bytes with its quotes, colon and space.
        both("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq",
             "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq");
        both("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqr",
             "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqr");
        both("\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n",
             "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n");
        literal.endObject();
        runtime.endObject();
        prepared.endObject();
        QCOMPARE(bytes(literal), bytes(runtime));
        QCOMPARE(bytes(prepared), bytes(runtime));
        QCOMPARE(JsonKey("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq").written().size(),
                 JsonKey::Capacity);
        QVERIFY(JsonKey("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqr").written().empty());
        QCOMPARE(JsonKey("a\"\x01").written(), std::string_view("\"a\\\"\\u0001\": "));
        QVERIFY(JsonKey(std::string("a")).written().empty());
        // nlohmann's dump of the same object.
        Json expected = Json::object();
        for (const char *name :
             {"", "monthlyCost", "quote \" backslash \\ slash /", "\b\f\n\r\t \x01\x1f \x7f",
              "caf\xc3\xa9 \xe6\x95\xb0", "missingPricesByBillingModel",
              "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq",
              "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqr",
              "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"})
            expected[name] = 1;
        QCOMPARE(bytes(literal), QByteArray::fromStdString(expected.dump(2)));
    }

    void qtEmptyDocuments()
    {
        JsonText object(JsonStyle::QtIndented);
        object.beginObject();
        object.endObject();
        QCOMPARE(bytes(object), QByteArray("{\n}\n"));
        QCOMPARE(bytes(object), qtIndented(QJsonObject()));
        JsonText array(JsonStyle::QtIndented);
        array.beginArray();
        array.endArray();
        QCOMPARE(bytes(array), qtIndented(QJsonArray()));
    }

    /** A piece written on its own at a depth is what the whole writer writes there. */
    void qtDepth()
    {
        JsonText whole(JsonStyle::QtIndented);
        whole.beginObject();
        whole.key("a");
        whole.beginArray();
        whole.value(1);
        whole.endArray();
        whole.endObject();
        JsonText piece(JsonStyle::QtIndented, 1);
        piece.beginArray();
        piece.value(1);
        piece.endArray();
        QCOMPARE(bytes(whole), QByteArray("{\n    \"a\": [\n        1\n    ]\n}\n"));
        QVERIFY(bytes(whole).contains(bytes(piece).chopped(1)));
        QCOMPARE(piece.style(), JsonStyle::QtIndented);
        QCOMPARE(JsonText().style(), JsonStyle::NlohmannDump2);
    }

    /** reserve() and clear() change where text goes, not what is written. */
    void reserveAndClear()
    {
        JsonText t(JsonStyle::QtIndented);
        t.reserve(3);
        t.beginArray();
        const QByteArray first = bytes(t);
        t.clear();
        t.value(QStringLiteral("x").repeated(5000));
        t.endArray();
        QCOMPARE(first + bytes(t), qtIndented(QJsonArray{QStringLiteral("x").repeated(5000)}));
    }
};

QTEST_GUILESS_MAIN(tst_JsonText)
#include "tst_jsontext.moc"
