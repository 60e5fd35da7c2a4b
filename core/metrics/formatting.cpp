#include "formatting.h"

#include "ecsplan_global.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ecsplan::metrics {

namespace {

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

__extension__ typedef unsigned __int128 Uint128; // GCC and Clang

/** 10^0 … 10^15. */
constexpr unsigned long long powersOf10[] = {1ull,
                                             10ull,
                                             100ull,
                                             1000ull,
                                             10000ull,
                                             100000ull,
                                             1000000ull,
                                             10000000ull,
                                             100000000ull,
                                             1000000000ull,
                                             10000000000ull,
                                             100000000000ull,
                                             1000000000000ull,
                                             10000000000000ull,
                                             100000000000000ull,
                                             1000000000000000ull};

/**
 * |x| × 10^decimals rounded to an integer as QLocale rounds it: to the nearest, halves away
 * from zero, from the exact binary value (x = m·2^e, so the product m·10^d is exact in 128
 * bits and the shift's remainder says which way to round). Needs |x| < 2^50, decimals ≤ 15.
 */
Uint128 scaledMagnitude(double x, int decimals)
{
    if (x == 0)
        return 0;
    int exponent = 0;
    const double fraction = std::frexp(std::abs(x), &exponent); // [0.5, 1) × 2^exponent
    const auto mantissa = static_cast<unsigned long long>(std::ldexp(fraction, 53));
    const int shift = 53 - exponent; // x = mantissa / 2^shift; ≥ 3 below 2^50
    const Uint128 scaled = static_cast<Uint128>(mantissa) * powersOf10[decimals]; // < 2^103
    if (shift >= 104)
        return 0; // below half a unit of the last decimal
    const Uint128 q = scaled >> shift;
    const Uint128 remainder = scaled - (q << shift);
    const Uint128 half = static_cast<Uint128>(1) << (shift - 1);
    return remainder >= half ? q + 1 : q;
}

/**
 * QLocale's text of `value` with `decimals` decimals written to `out` (room for 48 units):
 * its length, or -1 where QLocale itself must format (from 1e15 up, more than 15 decimals,
 * not finite; never met by the figures of a design).
 */
int fixedInto(double value, int decimals, char16_t *out)
{
    if (!std::isfinite(value) || decimals < 0 || decimals > 15 || std::abs(value) >= 1e15)
        return -1;
    Uint128 q = scaledMagnitude(value, decimals);
    // Decimal digits of q, written backwards from the end of `digits`.
    char digits[48];
    char *const end = digits + sizeof digits;
    char *p = end;
    constexpr unsigned long long chunk = 10000000000000000000ull; // 10^19
    while (q >= chunk) {
        auto low = static_cast<unsigned long long>(q % chunk);
        q /= chunk;
        for (int i = 0; i < 19; ++i, low /= 10)
            *--p = char('0' + low % 10);
    }
    auto high = static_cast<unsigned long long>(q);
    do {
        *--p = char('0' + high % 10);
        high /= 10;
    } while (high != 0);
    while (end - p < decimals + 1)
        *--p = '0';
    const int integerDigits = int(end - p) - decimals;
    char16_t *o = out;
    if (value < 0) // QLocale: "-0.00" for -0.001, "0.00" for -0.0
        *o++ = u'-';
    for (int i = 0; i < integerDigits; ++i) {
        if (i > 0 && (integerDigits - i) % 3 == 0)
            *o++ = u',';
        *o++ = char16_t(p[i]);
    }
    if (decimals > 0) {
        *o++ = u'.';
        for (int i = 0; i < decimals; ++i)
            *o++ = char16_t(p[integerDigits + i]);
    }
    return int(o - out);
}

/** `n` units of digits and separators as a QString: a plain copy (fromUtf16 checks for a BOM). */
QString fromUnits(const char16_t *text, int n)
{
    QString s(n, Qt::Uninitialized);
    std::copy(text, text + n, s.data());
    return s;
}

} // namespace

QString fixed(double value, int decimals)
{
    char16_t text[48];
    const int n = fixedInto(value, decimals, text);
    return n < 0 ? english().toString(value, 'f', decimals) : fromUnits(text, n);
}

int numberInto(double value, int maxDecimals, char16_t *out)
{
    if (!std::isfinite(value)) {
        out[0] = u'—';
        return 1;
    }
    int n = fixedInto(value, maxDecimals, out);
    if (n < 0)
        return -1;
    if (maxDecimals > 0) { // trailing zeros after the point, then the point itself
        while (out[n - 1] == u'0')
            --n;
        if (out[n - 1] == u'.')
            --n;
    }
    if (n == 2 && out[0] == u'-' && out[1] == u'0') {
        out[0] = u'0';
        n = 1;
    }
    return n;
}

QString number(double value, int maxDecimals)
{
    char16_t text[48];
    const int n = numberInto(value, maxDecimals, text);
    if (n < 0) {
        QString s = english().toString(value, 'f', maxDecimals);
        if (s.contains(QLatin1Char('.'))) {
            while (s.endsWith(QLatin1Char('0')))
                s.chop(1);
            if (s.endsWith(QLatin1Char('.')))
                s.chop(1);
        }
        return s == QLatin1String("-0") ? QStringLiteral("0") : s;
    }
    return fromUnits(text, n);
}

QString moneyAmount(double value)
{
    return fixed(value, 2);
}

QString money(double value, const QString &currency)
{
    char16_t amount[48];
    const int n = fixedInto(value, 2, amount);
    if (n < 0)
        return currency + QLatin1Char(' ') + moneyAmount(value);
    // One allocation: reports and rule messages write thousands of amounts.
    QString text(currency.size() + 1 + n, Qt::Uninitialized);
    QChar *out = std::copy(currency.cbegin(), currency.cend(), text.data());
    *out++ = QLatin1Char(' ');
    std::copy(amount, amount + n, out);
    return text;
}

QString unpricedSuffix(int unpriced)
{
    if (unpriced <= 0)
        return {};
    // English needs its plural without a translation file; %n keeps other languages' forms.
    return unpriced == 1 ? Tr::tr("+ 1 item without a price")
                         : Tr::tr("+ %n items without a price", nullptr, unpriced);
}

QString total(double value, const QString &currency, int unpriced)
{
    const QString amount = money(value, currency);
    return unpriced > 0 ? amount + QLatin1Char(' ') + unpricedSuffix(unpriced) : amount;
}

} // namespace ecsplan::metrics
