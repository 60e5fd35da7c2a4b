#include "billingoptimizer.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "metrics/formatting.h"
#include "rules/rulecontext.h"

namespace ecsplan {

double BillingOptimizer::discount(const Model &model, const Catalog &catalog, BillingModel billing)
{
    switch (billing) {
    case BillingModel::PayAsYouGo:
        return 0.0;
    case BillingModel::Subscription1Year:
        return catalog.subscriptionDiscount(1, nullptr).value_or(0.0);
    case BillingModel::Subscription3Year:
        return catalog.subscriptionDiscount(3, nullptr).value_or(0.0);
    case BillingModel::SavingsPlan:
        return catalog.savingsPlanExampleDiscount(nullptr);
    case BillingModel::Preemptible:
        return model.settings().spotDiscount; // the cost engine's figure (CurrencyContext)
    }
    return 0.0;
}

BillingOptimizer::Result BillingOptimizer::run(const Model &model, const Catalog &catalog,
                                               const Options &options)
{
    Result result;
    result.currency = model.settings().currency;
    const RuleContext context(model, catalog);
    const double hours = catalog.monthHours();
    const double peakShare = std::clamp(options.peakHoursPerMonth / hours, 0.0, 1.0);

    for (EntityId id : model.ids()) {
        const Entity *e = model.find(id);
        if (!e->isCompute())
            continue;
        Line line;
        line.entity = id;
        line.name = e->name;
        line.instanceType = e->compute.instanceType;
        const bool scaling = e->kind == EntityKind::ScalingGroup;
        line.baseline = scaling ? e->compute.minSize : e->compute.count;
        line.peak = std::max(line.baseline, scaling ? e->compute.maxSize : e->compute.count);
        const auto price = context.instanceMonthly(e->compute.instanceType, context.regionCode(id));
        if (!price) {
            line.priceMissing = true;
            result.lines << line;
            continue;
        }
        const double monthly = *price; // one instance, pay-as-you-go, all month
        const double burst = line.peak - line.baseline;
        const double drawnDiscount = discount(model, catalog, e->compute.billing);
        // As drawn: the baseline all month and the burst during the peak, in the drawn model
        // (a subscription cannot follow a scaling peak, so the burst pays as you go then).
        const bool drawnFlexible = e->compute.billing == BillingModel::PayAsYouGo
                || e->compute.billing == BillingModel::Preemptible;
        line.currentMonthly = monthly * (1 - drawnDiscount) * line.baseline
                + monthly * peakShare * burst * (1 - (drawnFlexible ? drawnDiscount : 0.0));

        const bool committed = e->compute.billing != BillingModel::Preemptible;
        double best = monthly;
        line.baselineBilling = BillingModel::PayAsYouGo;
        for (BillingModel b : {BillingModel::Subscription1Year, BillingModel::Subscription3Year,
                               BillingModel::SavingsPlan}) {
            const double cost = monthly * (1 - discount(model, catalog, b));
            if (committed && cost < best - 1e-9) {
                best = cost;
                line.baselineBilling = b;
            }
        }
        if (!committed) { // drawn preemptible: keep it, the workload tolerates interruption
            best = monthly * (1 - discount(model, catalog, BillingModel::Preemptible));
            line.baselineBilling = BillingModel::Preemptible;
        }
        const bool interruptible
                = RuleContext::hasTag(*e, QStringLiteral("stateless")) || e->compute.drainHandler;
        line.burstBilling = interruptible ? BillingModel::Preemptible : BillingModel::PayAsYouGo;
        line.optimizedMonthly = best * line.baseline
                + monthly * peakShare * burst * (1 - discount(model, catalog, line.burstBilling));
        result.currentMonthly += line.currentMonthly;
        result.optimizedMonthly += line.optimizedMonthly;
        result.lines << line;
    }
    result.assumptions
            << Tr::tr("Peak capacity runs %1 hours a month.").arg(options.peakHoursPerMonth)
            << Tr::tr("Preemptible instances at %1 % off pay-as-you-go: the design setting "
                      "\"Spot discount\" (the catalog says up to %2 %).")
                       .arg(metrics::number(model.settings().spotDiscount * 100, 1),
                            metrics::number(catalog.spotMaxDiscount(nullptr) * 100, 1))
            << Tr::tr("Savings plan at the catalog's example discount of %1%.")
                       .arg(catalog.savingsPlanExampleDiscount(nullptr) * 100)
            << Tr::tr("Subscription discounts: 1 year %1%, 3 years %2%.")
                       .arg(discount(model, catalog, BillingModel::Subscription1Year) * 100)
                       .arg(discount(model, catalog, BillingModel::Subscription3Year) * 100);
    return result;
}

} // namespace ecsplan
