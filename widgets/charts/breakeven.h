#pragma once

#include "model/enums.h"

#include <QList>
#include <QMap>
#include <QPointF>

#include <optional>

namespace ecsplan {

/**
 * How a billing model is paid over time. Subscriptions are prepaid per term: the whole term
 * (monthly equivalent × term months) is due at its start, and again at the start of every
 * following term. Every other model (pay-as-you-go, preemptible, savings plan without upfront)
 * is paid monthly in arrears. Amounts in the design's display currency.
 */
struct BillingPlan
{
    BillingModel model = BillingModel::PayAsYouGo;
    double monthly = 0; ///< monthly equivalent price of the whole design in this model
    int termMonths = 0; ///< 0: paid monthly; 12 / 36: prepaid subscription term

    static BillingPlan forModel(BillingModel model, double monthly);
};

/**
 * Cumulative amount paid after `t` months (0 ≤ t ≤ horizon; t may be fractional). A prepaid
 * term is counted at its start: at t = 0 a 1-year subscription has paid 12 × monthly, at t = 12
 * it has paid 24 × monthly, never more terms than start before `horizonMonths`.
 */
double cumulativeCost(const BillingPlan &plan, double t, int horizonMonths = 36);

/**
 * The first moment (in months, exact, possibly fractional) from which `plan` has cost no more
 * than `reference` (pay-as-you-go) so far, within `horizonMonths`; empty when it never does.
 *
 * For a prepaid plan against a monthly reference this is termMonths × monthly / reference
 * monthly, provided that is below the term (a cheaper monthly equivalent); a monthly plan
 * breaks even at 0 when it is not dearer, and never otherwise.
 */
std::optional<double> breakEvenMonth(const BillingPlan &plan, const BillingPlan &reference,
                                     int horizonMonths = 36);

/** Points (month, cumulative cost) at every integer month 0..horizon plus just before each renewal.
 */
QList<QPointF> cumulativeCurve(const BillingPlan &plan, int horizonMonths = 36);

} // namespace ecsplan
