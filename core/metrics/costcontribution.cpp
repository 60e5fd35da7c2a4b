#include "costcontribution.h"

#include "cost.h"
#include "transfer.h"

#include <algorithm>
#include <utility>

namespace ecsplan {

MissingPriceTable::MissingPriceTable()
    : m_sets(1) // set 0: nothing missing
{
}

quint32 MissingPriceTable::key(const QString &text)
{
    const auto it = m_keyIds.constFind(text);
    if (it != m_keyIds.constEnd())
        return *it;
    const auto id = quint32(m_texts.size());
    m_texts << text;
    m_keyIds.insert(text, id);
    return id;
}

quint32 MissingPriceTable::set(const MissingLists &lists)
{
    bool empty = lists.own.isEmpty();
    for (const MissingKeys &list : lists.byBilling)
        empty = empty && list.isEmpty();
    if (empty)
        return 0;
    // The identity: each list's length, then its keys.
    QVarLengthArray<quint32, 32> flat;
    const auto append = [&flat](const MissingKeys &list) {
        flat.append(quint32(list.size()));
        flat.append(list.constData(), list.size());
    };
    append(lists.own);
    for (const MissingKeys &list : lists.byBilling)
        append(list);
    // FNV-1a over the ids: a full recompute asks for a set per entity, and qHashRange() cost
    // more than the rest of this function.
    size_t hash = 14695981039346656037ULL;
    for (quint32 v : flat)
        hash = (hash ^ v) * 1099511628211ULL;
    for (auto it = m_setsByHash.constFind(hash); it != m_setsByHash.cend() && it.key() == hash;
         ++it) {
        const std::vector<quint32> &known = m_sets[*it].flat;
        if (std::equal(known.cbegin(), known.cend(), flat.cbegin(), flat.cend()))
            return *it;
    }
    Set set;
    set.lists = lists;
    for (quint32 k : lists.own)
        set.ownTexts << m_texts.at(k);
    set.flat.assign(flat.cbegin(), flat.cend());
    const auto id = quint32(m_sets.size());
    m_sets.push_back(std::move(set));
    m_setsByHash.insert(hash, id);
    return id;
}

void TotalsAccumulator::apply(const CostContribution &c, int sign)
{
    const int cat = int(c.category);
    const int missing = c.unpriced ? sign : 0;
    m_total += sign * c.monthly;
    m_byCategory[cat].sum += sign * c.monthly;
    m_byCategory[cat].count += sign;
    m_byCategory[cat].missing += missing;
    for (int b = 0; b < BillingModelCount; ++b)
        m_byBilling[b] += sign * c.byBilling[b];
    // A second place without a zone (or region) of its own keeps its part in the first.
    const bool zoneSplit = isValid(c.zone2) && c.zone2 != c.zone;
    const bool regionSplit = isValid(c.region2) && c.region2 != c.region;
    addTo(m_zones, c.zone, cat, zoneSplit ? c.monthly - c.monthly2 : c.monthly, sign, missing);
    addTo(m_regions, c.region, cat, regionSplit ? c.monthly - c.monthly2 : c.monthly, sign,
          missing);
    if (zoneSplit)
        addTo(m_zones, c.zone2, cat, c.monthly2, sign, missing);
    if (regionSplit)
        addTo(m_regions, c.region2, cat, c.monthly2, sign, missing);
    if (c.missing != 0) {
        if (m_setCounts.size() <= c.missing)
            m_setCounts.resize(size_t(c.missing) + 1);
        int &n = m_setCounts[c.missing];
        const bool was = n != 0;
        n += sign;
        if (was != (n != 0))
            m_missingChanged = true;
    }
    for (const QuotaGroup g : {QuotaGroup::Mainland, QuotaGroup::Outside}) {
        m_egressGB[g] += sign * c.egressGB[g];
        m_egressCost[g] += sign * c.egressCost[g];
    }
}

void TotalsAccumulator::addTo(Places &places, EntityId id, int cat, qint64 amount, int sign,
                              int missing)
{
    if (!isValid(id))
        return;
    Buckets *buckets = places.find(id);
    if (!buckets) {
        places.insert(id, Buckets{});
        buckets = places.find(id);
    }
    Bucket &b = (*buckets)[size_t(cat)];
    b.sum += sign * amount;
    b.count += sign;
    b.missing += missing;
    if (sign > 0)
        return; // a count went up: not empty
    for (const Bucket &other : *buckets) {
        if (other.count != 0)
            return;
    }
    places.remove(id);
}

void TotalsAccumulator::sortMissing() const
{
    if (!std::exchange(m_missingChanged, false))
        return;
    // A key is listed while any counted set names it (counts never go below 0); every key has
    // a text of its own, so the sorted lists do not depend on the order keys are found in.
    const auto collect = [this](QStringList &texts, const auto &listOf) {
        std::vector<bool> named;
        for (size_t set = 0; set < m_setCounts.size(); ++set) {
            if (m_setCounts[set] == 0)
                continue;
            for (quint32 k : listOf(m_table->lists(quint32(set)))) {
                if (named.size() <= k)
                    named.resize(size_t(k) + 1);
                named[k] = true;
            }
        }
        texts.clear();
        for (size_t k = 0; k < named.size(); ++k) {
            if (named[k])
                texts << m_table->text(quint32(k));
        }
        std::sort(texts.begin(), texts.end());
    };
    collect(m_missing, [](const MissingLists &l) -> const MissingKeys & { return l.own; });
    for (int b = 0; b < BillingModelCount; ++b)
        collect(m_missingByBilling[b],
                [b](const MissingLists &l) -> const MissingKeys & { return l.byBilling[b]; });
}

Totals TotalsAccumulator::totals(const QString &currency, const PerQuotaGroup<double> &freeGB) const
{
    sortMissing();
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
        t.missingPricesByBillingModel.insert(BillingModel(b), m_missingByBilling[b]);
    }
    const auto fill = [](const Places &from, QHash<EntityId, double> &total,
                         QHash<EntityId, QMap<CostCategory, double>> &byCategory,
                         QHash<EntityId, int> &missing) {
        from.forEach([&](EntityId id, const Buckets &buckets) {
            qint64 sum = 0;
            int unpriced = 0;
            QMap<CostCategory, double> cats;
            for (int c = 0; c < CostCategoryCount; ++c) {
                if (buckets[size_t(c)].count == 0)
                    continue;
                sum += buckets[size_t(c)].sum;
                unpriced += buckets[size_t(c)].missing;
                cats.insert(CostCategory(c), fromMicro(buckets[size_t(c)].sum));
            }
            total.insert(id, fromMicro(sum));
            byCategory.insert(id, cats);
            if (unpriced > 0)
                missing.insert(id, unpriced);
        });
    };
    fill(m_zones, t.byZone, t.byZoneCategory, t.missingByZone);
    fill(m_regions, t.byRegion, t.byRegionCategory, t.missingByRegion);
    t.missingPrices = m_missing;
    return t;
}

} // namespace ecsplan
