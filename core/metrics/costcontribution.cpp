#include "costcontribution.h"

#include "cost.h"
#include "transfer.h"

namespace ecsplan {

void TotalsAccumulator::apply(const CostContribution &c, int sign)
{
    const int cat = int(c.category);
    const int missing = c.missing.isEmpty() ? 0 : sign;
    m_total += sign * c.monthly;
    m_byCategory[cat].sum += sign * c.monthly;
    m_byCategory[cat].count += sign;
    m_byCategory[cat].missing += missing;
    for (int b = 0; b < BillingModelCount; ++b)
        m_byBilling[b] += sign * c.byBilling[b];
    const auto bucket = [&](QHash<EntityId, Buckets> &hash, EntityId id, qint64 amount) {
        if (!isValid(id))
            return;
        Buckets &buckets = hash[id];
        buckets[cat].sum += sign * amount;
        buckets[cat].count += sign;
        buckets[cat].missing += missing;
        bool empty = true;
        for (const Bucket &b : buckets)
            empty = empty && b.count == 0;
        if (empty)
            hash.remove(id);
    };
    // A second place without a zone (or region) of its own keeps its part in the first.
    const bool zoneSplit = isValid(c.zone2) && c.zone2 != c.zone;
    const bool regionSplit = isValid(c.region2) && c.region2 != c.region;
    bucket(m_zones, c.zone, zoneSplit ? c.monthly - c.monthly2 : c.monthly);
    bucket(m_regions, c.region, regionSplit ? c.monthly - c.monthly2 : c.monthly);
    if (zoneSplit)
        bucket(m_zones, c.zone2, c.monthly2);
    if (regionSplit)
        bucket(m_regions, c.region2, c.monthly2);
    const auto count = [sign](QMap<QString, int> &keys, const QStringList &list) {
        for (const QString &key : list) {
            int &n = keys[key];
            n += sign;
            if (n == 0)
                keys.remove(key);
        }
    };
    count(m_missing, c.missing);
    for (int b = 0; b < BillingModelCount; ++b)
        count(m_missingByBilling[b], c.missingByBilling[b]);
    for (const QuotaGroup g : {QuotaGroup::Mainland, QuotaGroup::Outside}) {
        m_egressGB[g] += sign * c.egressGB[g];
        m_egressCost[g] += sign * c.egressCost[g];
    }
}

Totals TotalsAccumulator::totals(const QString &currency, const PerQuotaGroup<double> &freeGB) const
{
    Totals t;
    t.currency = currency;
    qint64 credit = 0;
    for (const QuotaGroup g : {QuotaGroup::Mainland, QuotaGroup::Outside}) {
        credit += toMicro(
                freeQuotaCredit(fromMicro(m_egressGB[g]), fromMicro(m_egressCost[g]), freeGB[g]));
        t.internetEgressGBPerMonth += fromMicro(m_egressGB[g]);
    }
    t.internetFreeQuotaCredit = fromMicro(credit);
    t.monthly = fromMicro(m_total - credit);
    for (int c = 0; c < CostCategoryCount; ++c) {
        const qint64 sum
                = m_byCategory[c].sum - (CostCategory(c) == CostCategory::Network ? credit : 0);
        t.byCategory.insert(CostCategory(c), fromMicro(sum));
        if (m_byCategory[c].missing > 0)
            t.missingByCategory.insert(CostCategory(c), m_byCategory[c].missing);
    }
    for (int b = 0; b < BillingModelCount; ++b) {
        t.byBillingModel.insert(BillingModel(b), fromMicro(m_byBilling[b] - credit));
        t.missingPricesByBillingModel.insert(BillingModel(b), m_missingByBilling[b].keys());
    }
    const auto fill = [](const QHash<EntityId, Buckets> &from, QHash<EntityId, double> &total,
                         QHash<EntityId, QMap<CostCategory, double>> &byCategory,
                         QHash<EntityId, int> &missing) {
        for (auto it = from.cbegin(); it != from.cend(); ++it) {
            qint64 sum = 0;
            int unpriced = 0;
            QMap<CostCategory, double> cats;
            for (int c = 0; c < CostCategoryCount; ++c) {
                if (it->at(c).count == 0)
                    continue;
                sum += it->at(c).sum;
                unpriced += it->at(c).missing;
                cats.insert(CostCategory(c), fromMicro(it->at(c).sum));
            }
            total.insert(it.key(), fromMicro(sum));
            byCategory.insert(it.key(), cats);
            if (unpriced > 0)
                missing.insert(it.key(), unpriced);
        }
    };
    fill(m_zones, t.byZone, t.byZoneCategory, t.missingByZone);
    fill(m_regions, t.byRegion, t.byRegionCategory, t.missingByRegion);
    t.missingPrices = m_missing.keys();
    return t;
}

} // namespace ecsplan
