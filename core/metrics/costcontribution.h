#pragma once

#include "metricsresults.h"

#include <array>

namespace ecsplan {

/**
 * What one entity adds to the design's totals, in fixed-point millionths of the display
 * currency so that subtracting an old contribution and adding a new one gives exactly the
 * figure a from-scratch sum gives (floating-point sums would drift with the edit order).
 */
struct CostContribution
{
    EntityId zone = EntityId::None;
    EntityId region = EntityId::None;
    CostCategory category = CostCategory::Compute;
    qint64 monthly = 0; ///< in the entity's own billing model
    std::array<qint64, BillingModelCount> byBilling{}; ///< re-priced in each billing model
    QStringList missing; ///< Totals::missingPrices keys
    int egressGroup = -1; ///< internet egress: 0 mainland, 1 outside, -1 none
    qint64 egressGB = 0; ///< millionths of a GB
    qint64 egressCost = 0;
};

/**
 * The running sums behind Totals. add() and remove() are O(1) (plus the entity's missing
 * prices); totals() is O(zones + regions + distinct missing prices).
 */
class TotalsAccumulator
{
public:
    void add(const CostContribution &c) { apply(c, +1); }
    void remove(const CostContribution &c) { apply(c, -1); }
    void clear() { *this = TotalsAccumulator(); }

    /** The totals, after deducting the internet free quota (GB per month) of each group. */
    Totals totals(const QString &currency, double freeGBMainland, double freeGBOutside) const;

private:
    struct Bucket
    {
        qint64 sum = 0;
        int count = 0;
    };
    using Buckets = std::array<Bucket, CostCategoryCount>;
    void apply(const CostContribution &c, int sign);

    qint64 m_total = 0;
    Buckets m_byCategory{};
    std::array<qint64, BillingModelCount> m_byBilling{};
    QHash<EntityId, Buckets> m_zones;
    QHash<EntityId, Buckets> m_regions;
    QMap<QString, int> m_missing;
    std::array<qint64, 2> m_egressGB{};
    std::array<qint64, 2> m_egressCost{};
};

} // namespace ecsplan
