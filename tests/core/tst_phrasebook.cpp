// metrics::Phrasebook fills a translated text exactly as QString::arg() does (it asks arg()
// where each argument goes, once per text), and metrics::Number writes number()'s text.

#include "ecsplan_global.h"
#include "metrics/formatting.h"
#include "metrics/phrasebook.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace ecsplan;

namespace {

/** The texts of the rows: the phrasebook remembers a text by its address. */
const char *const patterns[] = {
        "%1",
        "a %1 b %2 c",
        "%2 before %1",
        "%1 and %1 again, then %2",
        "%1 skips to %3",
        "only %1 of %1 and %2 taken",
        "100 % of %1 is %2 %",
        "%L1 with L, then %2",
        "%10 and %1",
        "no marker at all",
        "%1%2%3%4%5%6%7%8%9",
        "a private-use \uE001 character and %1, %2",
};

/** `pattern`.arg(...) as the code it replaces wrote it: arg(a) for one argument. */
QString reference(const QString &pattern, const QStringList &args)
{
    switch (args.size()) {
    case 1:
        return pattern.arg(args[0]);
    case 2:
        return pattern.arg(args[0], args[1]);
    case 3:
        return pattern.arg(args[0], args[1], args[2]);
    case 9:
        return pattern.arg(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7],
                           args[8]);
    default:
        return {};
    }
}

QString fill(metrics::Phrasebook &book, const char *pattern, const QStringList &a)
{
    switch (a.size()) {
    case 1:
        return book.fill(pattern, {a[0]});
    case 2:
        return book.fill(pattern, {a[0], a[1]});
    case 3:
        return book.fill(pattern, {a[0], a[1], a[2]});
    case 9:
        return book.fill(pattern, {a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]});
    default:
        return {};
    }
}

} // namespace

class tst_Phrasebook : public QObject
{
    Q_OBJECT

private slots:
    void likeArg_data()
    {
        QTest::addColumn<int>("pattern");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, int pattern, const QStringList &args,
                            const QString &expected) {
            QTest::newRow(name) << pattern << args << expected;
        };
        row("one", 0, {u"x"_qs}, u"x"_qs);
        row("two", 1, {u"1"_qs, u"2"_qs}, u"a 1 b 2 c"_qs);
        row("reordered", 2, {u"first"_qs, u"second"_qs}, u"second before first"_qs);
        row("repeated", 3, {u"A"_qs, u"B"_qs}, u"A and A again, then B"_qs);
        row("gap", 4, {u"A"_qs, u"B"_qs}, u"A skips to B"_qs);
        row("one of two markers", 5, {u"A"_qs}, u"only A of A and %2 taken"_qs);
        row("percent signs", 6, {u"x"_qs, u"y"_qs}, u"100 % of x is y %"_qs);
        row("%L", 7, {u"A"_qs, u"B"_qs}, reference(QString::fromUtf8(patterns[7]), {"A", "B"}));
        row("two digits", 8, {u"A"_qs, u"B"_qs}, u"B and A"_qs);
        row("no marker", 9, {u"A"_qs}, u"no marker at all"_qs);
        row("nine", 10, {"1", "2", "3", "4", "5", "6", "7", "8", "9"}, u"123456789"_qs);
        row("empty arguments", 1, {QString(), QString()}, u"a  b  c"_qs);
        row("arguments with markers", 1, {u"%2"_qs, u"%1"_qs}, u"a %2 b %1 c"_qs);
        row("a placeholder character in the text", 11, {u"A"_qs, u"B"_qs},
            QString::fromUtf8(patterns[11]).arg(u"A"_qs, u"B"_qs));
    }

    void likeArg()
    {
        QFETCH(int, pattern);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const char *source = patterns[pattern];
        QCOMPARE(reference(Tr::tr(source), args), expected);
        metrics::Phrasebook book;
        QCOMPARE(fill(book, source, args), expected);
        QCOMPARE(fill(book, source, args), expected); // from the book the second time
    }

    // A text met again is filled with the new arguments, and the same text with another
    // number of arguments is its own entry.
    void filledAfresh()
    {
        metrics::Phrasebook book;
        QCOMPARE(book.fill(patterns[1], {u"1", u"2"}), u"a 1 b 2 c"_qs);
        QCOMPARE(book.fill(patterns[1], {u"three", u"four"}), u"a three b four c"_qs);
        QCOMPARE(book.fill(patterns[1], {u"x"}), u"a x b %2 c"_qs);
        QCOMPARE(book.text(patterns[1]), u"a %1 b %2 c"_qs);
        QCOMPARE(book.text("plain"), Tr::tr("plain"));
    }

    void numberLikeNumber_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        const double inf = std::numeric_limits<double>::infinity();
        const double values[] = {0.0,  -0.0, -0.001, 1.5,   0.125, 1234.5678, -98765.4321, 2.0e-9,
                                 1e14, 1e15, 1e20,   -1e20, inf,   -inf,      std::nan("")};
        for (double v : values) {
            for (int d : {0, 1, 2, 3, 4, 6, 16}) {
                QTest::addRow("%g/%d", v, d) << v << d;
            }
        }
    }

    void numberLikeNumber()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QCOMPARE(metrics::Number(value, decimals).view().toString(),
                 metrics::number(value, decimals));
    }
};

QTEST_GUILESS_MAIN(tst_Phrasebook)
#include "tst_phrasebook.moc"
