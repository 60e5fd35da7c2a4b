#include "breakeven.h"
#include "model/billing.h"

#include <QPointF>

#include <algorithm>
#include <cmath>

namespace ecsplan {

BillingPlan BillingPlan::forModel(BillingModel model, double monthly)
{
    BillingPlan plan;
    plan.model = model;
    plan.monthly = monthly;
    plan.termMonths = subscriptionTermMonths(model);
    return plan;
}

double cumulativeCost(const BillingPlan &plan, double t, int horizonMonths)
{
    t = std::clamp(t, 0.0, double(horizonMonths));
    if (plan.termMonths <= 0)
        return plan.monthly * t;
    const int maxTerms = (horizonMonths + plan.termMonths - 1) / plan.termMonths;
    const int termsStarted = std::min(int(std::floor(t / plan.termMonths)) + 1, maxTerms);
    return plan.monthly * plan.termMonths * termsStarted;
}

std::optional<double> breakEvenMonth(const BillingPlan &plan, const BillingPlan &reference,
                                     int horizonMonths)
{
    if (reference.termMonths > 0 || horizonMonths <= 0)
        return std::nullopt; // only defined against a monthly reference
    if (plan.termMonths <= 0) {
        if (plan.monthly <= reference.monthly)
            return 0.0;
        return std::nullopt;
    }
    if (reference.monthly <= 0)
        return plan.monthly <= 0 ? std::optional<double>(0.0) : std::nullopt;
    // Within term k the plan has paid (k + 1) × U, U = term × monthly; the reference P × t.
    // The crossing U (k + 1) / P lies inside term k only for k = 0 and U < P × term: later
    // terms start with the plan ahead by the same margin, so the first crossing is the answer.
    const double upfront = plan.monthly * plan.termMonths;
    const double t = upfront / reference.monthly;
    if (t >= plan.termMonths || t > horizonMonths)
        return std::nullopt;
    return t;
}

QList<QPointF> cumulativeCurve(const BillingPlan &plan, int horizonMonths)
{
    QList<QPointF> points;
    for (int m = 0; m <= horizonMonths; ++m) {
        // Draw a renewal as a vertical step: the amount just before it, then after it.
        if (plan.termMonths > 0 && m > 0 && m < horizonMonths && m % plan.termMonths == 0)
            points << QPointF(m, cumulativeCost(plan, m - 1e-9, horizonMonths));
        points << QPointF(m, cumulativeCost(plan, m, horizonMonths));
    }
    return points;
}

} // namespace ecsplan
