#pragma once

#include <QString>

namespace ecsplan::metrics {

/**
 * Number formatting for explanations and reports: English digits with thousands separators
 * ("21,800", "0.25"), independent of the system locale so that texts and reports are stable.
 * Trailing zeros after the decimal point are dropped.
 */
QString number(double value, int maxDecimals = 2);
/**
 * number(value, maxDecimals) written to `out` (room for 48 units): its length, or -1 where
 * number() formats with QLocale (from 1e15 up, more than 15 decimals; never met by the
 * figures of a design).
 */
int numberInto(double value, int maxDecimals, char16_t *out);
/**
 * Exactly QLocale(English, UnitedStates).toString(value, 'f', decimals): thousands separators,
 * `decimals` digits after the point, halves rounded away from zero, without QLocale's cost.
 */
QString fixed(double value, int decimals);
/** "CNY 1,234.50": always two decimals. The one money formatter of texts and reports. */
QString money(double value, const QString &currency);
/** "1,234.50": money() without the currency, for tables whose header names it. */
QString moneyAmount(double value);
/**
 * A total that may be incomplete: "CNY 8,101.84" when `unpriced` is 0, else
 * "CNY 8,101.84 + 2 items without a price" (translated, plural-aware). Every output that shows
 * a total uses it, so an incomplete total never looks complete.
 */
QString total(double value, const QString &currency, int unpriced);
/** "+ 2 items without a price" (translated); empty when `unpriced` is 0. */
QString unpricedSuffix(int unpriced);

} // namespace ecsplan::metrics
