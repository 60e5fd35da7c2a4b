#include "costcontribution.h"

#include "cost.h"
#include "transfer.h"

namespace ecsplan {

void TotalsAccumulator::apply(const CostContribution &c, int sign)
{
    const int cat = int(c.category);
    m_total += sign * c.monthly;
    m_byCategory[cat].sum += sign * c.monthly;
    m_byCategory[cat].count += sign;
    for (int b = 0; b < BillingModelCount; ++b)
        m_byBilling[b] += sign * c.byBilling[b];
    const auto bucket = [&](QHash<EntityId, Buckets> &hash, EntityId id) {
        if (!isValid(id))
            return;
        Buckets &buckets = hash[id];
        buckets[cat].sum += sign * c.monthly;
        buckets[cat].count += sign;
        bool empty = true;
        for (const Bucket &b : buckets)
            empty = empty && b.count == 0;
        if (empty)
            hash.remove(id);
    };
    bucket(m_zones, c.zone);
    bucket(m_regions, c.region);
    for (const QString &key : c.missing) {
        int &n = m_missing[key];
        n += sign;
        if (n == 0)
            m_missing.remove(key);
    }
    if (c.egressGroup >= 0) {
        m_egressGB[c.egressGroup] += sign * c.egressGB;
        m_egressCost[c.egressGroup] += sign * c.egressCost;
    }
}

Totals TotalsAccumulator::totals(const QString &currency, double freeGBMainland,
                                 double freeGBOutside) const
{
    Totals t;
    t.currency = currency;
    qint64 credit = 0;
    const double quota[2] = {freeGBMainland, freeGBOutside};
    for (int g = 0; g < 2; ++g) {
        credit += toMicro(
                freeQuotaCredit(fromMicro(m_egressGB[g]), fromMicro(m_egressCost[g]), quota[g]));
        t.internetEgressGBPerMonth += fromMicro(m_egressGB[g]);
    }
    t.internetFreeQuotaCredit = fromMicro(credit);
    t.monthly = fromMicro(m_total - credit);
    for (int c = 0; c < CostCategoryCount; ++c) {
        const qint64 sum
                = m_byCategory[c].sum - (CostCategory(c) == CostCategory::Network ? credit : 0);
        t.byCategory.insert(CostCategory(c), fromMicro(sum));
    }
    for (int b = 0; b < BillingModelCount; ++b)
        t.byBillingModel.insert(BillingModel(b), fromMicro(m_byBilling[b] - credit));
    const auto fill = [](const QHash<EntityId, Buckets> &from, QHash<EntityId, double> &total,
                         QHash<EntityId, QMap<CostCategory, double>> &byCategory) {
        for (auto it = from.cbegin(); it != from.cend(); ++it) {
            qint64 sum = 0;
            QMap<CostCategory, double> cats;
            for (int c = 0; c < CostCategoryCount; ++c) {
                if (it->at(c).count == 0)
                    continue;
                sum += it->at(c).sum;
                cats.insert(CostCategory(c), fromMicro(it->at(c).sum));
            }
            total.insert(it.key(), fromMicro(sum));
            byCategory.insert(it.key(), cats);
        }
    };
    fill(m_zones, t.byZone, t.byZoneCategory);
    fill(m_regions, t.byRegion, t.byRegionCategory);
    t.missingPrices = m_missing.keys();
    return t;
}

} // namespace ecsplan
