#pragma once

#include "catalog/catalog.h"

namespace ecsplan::test {

/** The test's ALB/NLB capacity-unit price, USD per LCU-hour: not a published figure. */
inline constexpr double TestLcuUsdPerHour = 0.006;

/**
 * The built-in catalog with one addition the built-in one lacks: an ALB and NLB capacity-unit
 * (LCU) price of TestLcuUsdPerHour, so that the demand-derived LCU fee can be tested priced.
 */
const Catalog &catalogWithLcuPrice();

} // namespace ecsplan::test
