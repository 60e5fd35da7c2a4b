#pragma once

#include <QString>

namespace ecsplan::metrics {

/**
 * Number formatting for explanations and reports: English digits with thousands separators
 * ("21,800", "0.25"), independent of the system locale so that texts and reports are stable.
 * Trailing zeros after the decimal point are dropped.
 */
QString number(double value, int maxDecimals = 2);
/** "CNY 1,234.50": always two decimals. */
QString money(double value, const QString &currency);

} // namespace ecsplan::metrics
