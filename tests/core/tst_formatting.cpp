// metrics::fixed / number / moneyAmount / money format without QLocale: they must print exactly
// what QLocale(English, UnitedStates).toString(v, 'f', d) prints (halves away from zero, where
// printf rounds them to even), on the edge cases and on a deterministic sweep. So does
// QLocale::c() with group separators, which the rules' figures (rulesupport::num) used before.

#include "metrics/formatting.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

#include <cfloat>
#include <cmath>

using namespace ecsplan;

namespace {

QString reference(double v, int decimals)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(v, 'f', decimals);
}

/** What the rules formatted their figures with before rulesupport::num became metrics::fixed. */
QString cLocale(double v, int decimals)
{
    static const QLocale c = [] {
        QLocale locale = QLocale::c();
        locale.setNumberOptions(QLocale::DefaultNumberOptions);
        return locale;
    }();
    return c.toString(v, 'f', decimals);
}

/** metrics::number as it was written on QLocale. */
QString referenceNumber(double value, int maxDecimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    QString s = reference(value, maxDecimals);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s;
}

} // namespace

class tst_Formatting : public QObject
{
    Q_OBJECT

private slots:
    void likeQLocale_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected"); // empty: only compared with QLocale
        // Exact halves: QLocale rounds away from zero, printf would round to even.
        QTest::newRow("0.125 / 2") << 0.125 << 2 << QStringLiteral("0.13");
        QTest::newRow("0.375 / 2") << 0.375 << 2 << QStringLiteral("0.38");
        QTest::newRow("-0.125 / 2") << -0.125 << 2 << QStringLiteral("-0.13");
        QTest::newRow("0.5 / 0") << 0.5 << 0 << QStringLiteral("1");
        QTest::newRow("2.5 / 0") << 2.5 << 0 << QStringLiteral("3");
        QTest::newRow("-2.5 / 0") << -2.5 << 0 << QStringLiteral("-3");
        QTest::newRow("0.25 / 1") << 0.25 << 1 << QStringLiteral("0.3");
        QTest::newRow("9.5 / 0 carries") << 9.5 << 0 << QStringLiteral("10");
        QTest::newRow("999.5 / 0 carries into a group") << 999.5 << 0 << QStringLiteral("1,000");
        QTest::newRow("99.995 not a half") << 99.995 << 2 << QString();
        QTest::newRow("999999.9375 / 3") << 999999.9375 << 3 << QStringLiteral("999,999.938");
        QTest::newRow("999999.5 / 0") << 999999.5 << 0 << QStringLiteral("1,000,000");
        QTest::newRow("1234567.125 / 2") << 1234567.125 << 2 << QStringLiteral("1,234,567.13");
        QTest::newRow("0.0625 / 3") << 0.0625 << 3 << QStringLiteral("0.063");
        QTest::newRow("1.5 / 2 (no rounding)") << 1.5 << 2 << QStringLiteral("1.50");
        // Not halves in binary: both round the exact value.
        QTest::newRow("1.005 / 2") << 1.005 << 2 << QStringLiteral("1.00");
        QTest::newRow("0.015 / 2") << 0.015 << 2 << QString();
        QTest::newRow("2.675 / 2") << 2.675 << 2 << QString();
        QTest::newRow("0.1 / 4") << 0.1 << 4 << QStringLiteral("0.1000");
        // Signs and zeros.
        QTest::newRow("0") << 0.0 << 2 << QStringLiteral("0.00");
        QTest::newRow("-0") << -0.0 << 2 << QString();
        QTest::newRow("-0 / 0") << -0.0 << 0 << QString();
        QTest::newRow("-0.001 / 2") << -0.001 << 2 << QString();
        QTest::newRow("-0.005 / 2") << -0.005 << 2 << QString();
        QTest::newRow("-0.4 / 0") << -0.4 << 0 << QString();
        // Grouping.
        QTest::newRow("999") << 999.0 << 0 << QStringLiteral("999");
        QTest::newRow("1000") << 1000.0 << 0 << QStringLiteral("1,000");
        QTest::newRow("21800") << 21800.0 << 2 << QStringLiteral("21,800.00");
        QTest::newRow("-1234567.891") << -1234567.891 << 2 << QStringLiteral("-1,234,567.89");
        QTest::newRow("123456789012.345") << 123456789012.345 << 3 << QString();
        // Large, small, limits (the QLocale fallback and the edges of the own path).
        QTest::newRow("1e15 - 1") << 999999999999999.0 << 2 << QString();
        QTest::newRow("1e15") << 1e15 << 2 << QString();
        QTest::newRow("1e20") << 1e20 << 0 << QString();
        QTest::newRow("DBL_MAX") << DBL_MAX << 2 << QString();
        QTest::newRow("denormal") << 5e-324 << 4 << QString();
        QTest::newRow("1e-7 / 15") << 1e-7 << 15 << QString();
        QTest::newRow("0.1 / 15") << 0.1 << 15 << QString();
        QTest::newRow("0.1 / 20 (QLocale)") << 0.1 << 20 << QString();
        QTest::newRow("-1e-20 / 16 (QLocale)") << -1e-20 << 16 << QString();
        QTest::newRow("inf") << HUGE_VAL << 2 << QString();
        QTest::newRow("-inf") << -HUGE_VAL << 2 << QString();
        QTest::newRow("nan") << std::nan("") << 2 << QString();
    }
    void likeQLocale()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        const QString qt = reference(value, decimals);
        if (!expected.isEmpty())
            QCOMPARE(qt, expected); // the reference itself, where the case states it
        QCOMPARE(metrics::fixed(value, decimals), qt);
        QCOMPARE(cLocale(value, decimals), qt);
        QCOMPARE(metrics::number(value, decimals), referenceNumber(value, decimals));
        if (decimals == 2)
            QCOMPARE(metrics::moneyAmount(value), qt);
        QCOMPARE(metrics::money(value, QStringLiteral("CNY")),
                 QStringLiteral("CNY ") + reference(value, 2));
    }

    /** Halves at every position and random values of every magnitude the reports print. */
    void sweep()
    {
        int compared = 0;
        const auto check = [&compared](double v, int decimals) {
            const QString qt = reference(v, decimals);
            const QString own = metrics::fixed(v, decimals);
            if (own != qt || cLocale(v, decimals) != qt)
                QFAIL(qPrintable(QStringLiteral("%1 with %2 decimals: %3, QLocale %4")
                                         .arg(v, 0, 'g', 17)
                                         .arg(decimals)
                                         .arg(own, qt)));
            if (decimals == 2
                && metrics::money(v, QStringLiteral("USD")) != QStringLiteral("USD ") + qt)
                QFAIL(qPrintable(QStringLiteral("money(%1)").arg(v, 0, 'g', 17)));
            ++compared;
        };
        for (int decimals = 0; decimals <= 4; ++decimals) {
            // k / 2^j: every binary half and quarter ... with up to 12 fraction bits.
            for (int j = 1; j <= 12; ++j)
                for (int k = -3000; k <= 3000; k += 7)
                    check(std::ldexp(double(k), -j), decimals);
            // k / 10^decimals ± the neighbouring doubles.
            for (int k = 0; k <= 20000; k += 3) {
                const double v = k / std::pow(10.0, decimals + 1);
                check(v, decimals);
                check(std::nextafter(v, 0.0), decimals);
                check(std::nextafter(v, 1e300), decimals);
                check(-v, decimals);
            }
        }
        QRandomGenerator random(20261203);
        for (int i = 0; i < 200000; ++i) {
            const double magnitude = std::pow(10.0, random.bounded(-6, 15));
            const double v = (random.generateDouble() * 2 - 1) * magnitude;
            check(v, random.bounded(0, 7));
        }
        QVERIFY(compared > 300000);
    }
};

QTEST_GUILESS_MAIN(tst_Formatting)
#include "tst_formatting.moc"
