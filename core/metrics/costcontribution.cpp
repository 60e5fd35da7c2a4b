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
    const auto bucket = [&](Places &places, EntityId id, qint64 amount) {
        if (!isValid(id))
            return;
        Buckets &buckets = places.at(id);
        buckets[cat].sum += sign * amount;
        buckets[cat].count += sign;
        buckets[cat].missing += missing;
        if (sign > 0)
            return; // a count went up: not empty
        bool empty = true;
        for (const Bucket &b : buckets)
            empty = empty && b.count == 0;
        if (empty)
            places.remove(id);
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

TotalsAccumulator::Buckets &TotalsAccumulator::Places::at(EntityId id)
{
    std::pair<EntityId, Buckets *> &slot = recent[toUInt(id) % recent.size()];
    if (slot.second && slot.first == id)
        return *slot.second;
    auto it = sums.find(id);
    if (it == sums.end()) {
        it = sums.emplace(id, Buckets{});
        recent.fill({});
    }
    slot = {id, &*it};
    return *it;
}

void TotalsAccumulator::Places::remove(EntityId id)
{
    sums.remove(id);
    recent.fill({});
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
    fill(m_zones.sums, t.byZone, t.byZoneCategory, t.missingByZone);
    fill(m_regions.sums, t.byRegion, t.byRegionCategory, t.missingByRegion);
    t.missingPrices = m_missing;
    return t;
}

} // namespace ecsplan
