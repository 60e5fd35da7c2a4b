// MetricsCalculator: caches and load balancers, priced per class or kind, edition and region.
#include "metricscalculator.h"

#include "demand.h"
#include "ecsplan_global.h"
#include "formatting.h"
#include "model/model.h"

namespace ecsplan {

using metrics::money;
using metrics::number;

CacheMetrics MetricsCalculator::cache(const Entity &e, CostContribution *contribution,
                                      bool explain) const
{
    const Placement where = placement(e);
    if (explain)
        return cacheFigures(e, where, contribution, true);
    const CacheKey key{where.region, TextRef::of(e.cache.instanceClass), e.cache.billing};
    auto it = m_cacheFigures.constFind(key);
    if (it == m_cacheFigures.constEnd()) {
        CacheFigures f;
        f.metrics = cacheFigures(e, where, &f.contribution, false);
        it = m_cacheFigures.insert(key, std::move(f));
    }
    *contribution = it->contribution;
    const CostContribution place = placed(where, CostCategory::Cache);
    contribution->zone = place.zone;
    contribution->region = place.region;
    return it->metrics;
}

CacheMetrics MetricsCalculator::cacheFigures(const Entity &e, const Placement &where,
                                             CostContribution *contribution, bool explain) const
{
    CacheMetrics m;
    const QString region = where.regionCode();
    const CatalogInputs::PricedItem &price = m_inputs.cachePrice(e.cache.instanceClass, region);
    m.cost = instanceMonthlyCost(price.price, e.cache.billing, 1, m_currency, explain);
    m.memoryGB = m_inputs.cacheMemoryGB(e.cache.instanceClass).value_or(0);
    *contribution = placed(where, CostCategory::Cache);
    contribution->monthly = toMicro(m.cost.monthly);
    std::array<double, BillingModelCount> byBilling{};
    MissingLists missing;
    for (int b = 0; b < BillingModelCount; ++b) {
        const CostFigure figure
                = instanceMonthlyCost(price.price, BillingModel(b), 1, m_currency, false);
        byBilling[b] = figure.monthly;
        if (figure.priceMissing)
            missing.byBilling[b].append(price.missingIds[b]);
    }
    for (int b = 0; b < BillingModelCount; ++b)
        contribution->byBilling[b] = toMicro(byBilling[b]);
    missing.own = missing.byBilling[int(e.cache.billing)];
    contribution->setMissing(m_inputs.missingPrices(), missing);
    return m;
}

CostFigure MetricsCalculator::loadBalancer(const Entity &e, CostContribution *contribution,
                                           bool explain) const
{
    const Placement where = placement(e);
    LoadBalancerInputs &inputs = loadBalancerInputs(e, where);
    const CatalogInputs::ServiceItem &item = inputs.item;
    CostFigure cost
            = explain ? serviceMonthlyCost(item.price, item.label, m_currency, true) : inputs.cost;
    *contribution = placed(where, CostCategory::LoadBalancing);
    // What has no price: the instance fee, the capacity-unit fee.
    const bool itemMissing = cost.priceMissing;
    bool lcuMissing = false;
    if (const std::optional<CapacityUnits> peak
        = capacityUnits(e.loadBalancer.kind, componentDemand(e.id))) {
        // ALB and NLB also bill capacity units (LCU) by the hour, at the busiest dimension:
        // derived from the links' demand, the month at the average hour (docs/demand.md).
        const double peakToAverage = m_model.settings().peakToAverage;
        const double average = peak->units() / peakToAverage;
        if (!inputs.lcu) {
            const QString region = where.regionCode();
            const QString service = toCode(e.loadBalancer.kind);
            inputs.lcu = m_inputs.serviceItem(
                    service, QStringLiteral("LCU"), region,
                    Tr::tr("%1 capacity units (LCU) in %2").arg(service.toUpper(), region));
        }
        const CatalogInputs::ServiceItem &lcu = *inputs.lcu;
        if (average <= 0 && lcu.price) {
            if (explain)
                cost.why.notes << Tr::tr("no demand on its links: no capacity units billed");
        } else if (average <= 0) {
            // No demand entered: the fee is not known (not zero) while the catalog has no LCU
            // price, and a total that leaves it out says so.
            lcuMissing = true;
            cost.priceMissing = true;
            if (explain)
                cost.why.notes << Tr::tr("instance fee only: no demand on its links and no LCU "
                                         "price in the catalog, so the capacity-unit fee is "
                                         "not known");
        } else if (lcu.price) {
            const double monthly
                    = m_currency.convert(lcu.price->monthly() * average, lcu.price->currency);
            cost.monthly += monthly;
            if (explain) {
                cost.why.formula += Tr::tr("\n+ capacity units (demand-derived): %1 LCU at the "
                                           "peak ÷ %2 = %3 LCU per hour × %4 %5/LCU-hour × %6 h = "
                                           "%7")
                                            .arg(number(peak->units(), 2), number(peakToAverage),
                                                 number(average, 2), number(lcu.price->amount, 4),
                                                 lcu.price->currency, number(HoursPerMonth),
                                                 money(monthly, m_currency.display));
                cost.why.notes << Tr::tr("the capacity-unit fee is derived from the demand of "
                                         "its links (the %1 dimension dominates)")
                                          .arg(displayName(peak->dominant()));
                cost.why.citations << lcu.price->citation;
            }
        } else {
            lcuMissing = true;
            cost.priceMissing = true;
            if (explain)
                cost.why.notes << Tr::tr("instance fee only: the demand needs %1 capacity units "
                                         "(LCU) in the average hour (%2 at the peak), but the "
                                         "catalog has no LCU price")
                                          .arg(number(average, 2), number(peak->units(), 2));
        }
    }
    contribution->monthly = toMicro(cost.monthly);
    contribution->byBilling.fill(contribution->monthly);
    // The missing-price set is a function of the two flags: made once each.
    std::optional<quint32> &set = inputs.missingSets[int(itemMissing) | int(lcuMissing) << 1];
    if (!set) {
        MissingLists missing;
        for (const auto &[missed, key] :
             {std::pair(itemMissing, item.missingKeyId),
              std::pair(lcuMissing, lcuMissing ? inputs.lcu->missingKeyId : 0u)}) {
            if (missed)
                missing.addEverywhere(key);
        }
        set = m_inputs.missingPrices().set(missing);
    }
    contribution->missing = *set;
    contribution->unpriced = itemMissing || lcuMissing; // the own list is not empty
    return cost;
}

MetricsCalculator::LoadBalancerInputs &MetricsCalculator::loadBalancerInputs(
        const Entity &e, const Placement &where) const
{
    const LoadBalancerKey key{where.region, e.loadBalancer.kind,
                              TextRef::of(e.loadBalancer.edition)};
    if (const auto it = m_loadBalancerInputs.constFind(key); it != m_loadBalancerInputs.constEnd())
        return **it;
    LoadBalancerInputs &inputs = m_loadBalancerStore.emplace_back();
    inputs.item = m_inputs.loadBalancerPrice(e.loadBalancer.kind, e.loadBalancer.edition,
                                             where.regionCode());
    inputs.cost = serviceMonthlyCost(inputs.item.price, inputs.item.label, m_currency, false);
    m_loadBalancerInputs.insert(key, &inputs);
    return inputs;
}

} // namespace ecsplan
