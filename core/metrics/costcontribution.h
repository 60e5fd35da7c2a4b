#pragma once

#include "metricsresults.h"

#include <array>

namespace ecsplan {

/**
 * The groups the monthly internet free quota is granted to, each with its own allowance
 * (catalog `internetFreeGBPerMonth`): egress from mainland China regions, and from the others.
 */
enum class QuotaGroup : quint8 { Mainland, Outside };
inline constexpr int QuotaGroupCount = static_cast<int>(QuotaGroup::Outside) + 1;
inline constexpr QuotaGroup quotaGroupOf(bool mainland)
{
    return mainland ? QuotaGroup::Mainland : QuotaGroup::Outside;
}
/** A figure per quota group, indexed by QuotaGroup. */
template<typename T>
struct PerQuotaGroup
{
    std::array<T, QuotaGroupCount> values{};
    T &operator[](QuotaGroup g) { return values[static_cast<size_t>(g)]; }
    const T &operator[](QuotaGroup g) const { return values[static_cast<size_t>(g)]; }
};

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
    /// The part of `monthly` billed in a second place (the reads of an internet link leave the
    /// server's region, its writes the requester's); counted there instead of zone/region.
    EntityId zone2 = EntityId::None;
    EntityId region2 = EntityId::None;
    qint64 monthly2 = 0;
    std::array<qint64, BillingModelCount> byBilling{}; ///< re-priced in each billing model
    QStringList missing; ///< Totals::missingPrices keys
    /// The missing-price keys when re-priced in each billing model (`missing` for its own).
    std::array<QStringList, BillingModelCount> missingByBilling;
    /// Internet egress by the group its free quota belongs to.
    PerQuotaGroup<qint64> egressGB; ///< millionths of a GB
    PerQuotaGroup<qint64> egressCost;
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
    Totals totals(const QString &currency, const PerQuotaGroup<double> &freeGB) const;

private:
    struct Bucket
    {
        qint64 sum = 0;
        int count = 0;
        int missing = 0; ///< items in the bucket lacking (part of) a price
    };
    using Buckets = std::array<Bucket, CostCategoryCount>;
    void apply(const CostContribution &c, int sign);

    qint64 m_total = 0;
    Buckets m_byCategory{};
    std::array<qint64, BillingModelCount> m_byBilling{};
    QHash<EntityId, Buckets> m_zones;
    QHash<EntityId, Buckets> m_regions;
    QMap<QString, int> m_missing;
    std::array<QMap<QString, int>, BillingModelCount> m_missingByBilling;
    PerQuotaGroup<qint64> m_egressGB;
    PerQuotaGroup<qint64> m_egressCost;
};

} // namespace ecsplan
