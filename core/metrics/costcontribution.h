#pragma once

#include "idtable.h"
#include "metricsresults.h"

#include <QVarLengthArray>

#include <array>
#include <vector>

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

/** Missing-price keys as MissingPriceTable ids, in the order they were named. */
using MissingKeys = QVarLengthArray<quint32, 4>;

/** The missing-price keys of one contribution: its own list and one per billing model. */
struct MissingLists
{
    MissingKeys own; ///< in its own billing model, in order (missingPricesOf)
    std::array<MissingKeys, BillingModelCount> byBilling; ///< re-priced in each billing model

    /** `key` in the own list and in every billing model's. */
    void addEverywhere(quint32 key)
    {
        own.append(key);
        for (MissingKeys &list : byBilling)
            list.append(key);
    }
};

/**
 * The missing-price keys of a design, each text stored once, and the distinct sets of them that
 * contributions name (a set is a contribution's MissingLists). A contribution holds one set id,
 * so the totals count sets, not strings: a full recompute of 100,000 entities meets a few dozen
 * distinct sets. Ids are stable for the table's lifetime; it only grows, with distinct texts
 * and sets (bounded by the catalog's labels, not by the design's size).
 */
class MissingPriceTable
{
public:
    MissingPriceTable();

    /** The id of a key text (added on first use). */
    quint32 key(const QString &text);
    const QString &text(quint32 key) const { return m_texts.at(key); }

    /** The id of a set; 0 is the empty set (nothing missing in any billing model). */
    quint32 set(const MissingLists &lists);
    const MissingLists &lists(quint32 set) const { return m_sets[set].lists; }
    /** The own list's texts, in order (what MetricsEngine::missingPricesOf returns). */
    const QStringList &ownTexts(quint32 set) const { return m_sets[set].ownTexts; }
    quint32 setCount() const { return quint32(m_sets.size()); }

private:
    struct Set
    {
        MissingLists lists;
        QStringList ownTexts;
        std::vector<quint32> flat; ///< the lists as one sequence, the set's identity
    };
    QHash<QString, quint32> m_keyIds;
    QStringList m_texts;
    std::vector<Set> m_sets;
    QMultiHash<size_t, quint32> m_setsByHash; ///< hash of `flat` → set ids
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
    /// Its own missing-price list is not empty: it lacks (part of) its price.
    bool unpriced = false;
    qint64 monthly = 0; ///< in the entity's own billing model
    /// The part of `monthly` billed in a second place (the reads of an internet link leave the
    /// server's region, its writes the requester's); counted there instead of zone/region.
    EntityId zone2 = EntityId::None;
    EntityId region2 = EntityId::None;
    qint64 monthly2 = 0;
    std::array<qint64, BillingModelCount> byBilling{}; ///< re-priced in each billing model
    /// Its missing-price keys, own and per billing model: a MissingPriceTable set id.
    quint32 missing = 0;
    /// Internet egress by the group its free quota belongs to.
    PerQuotaGroup<qint64> egressGB; ///< millionths of a GB
    PerQuotaGroup<qint64> egressCost;

    /** Sets `missing` (and `unpriced`) to the set of `lists`. */
    void setMissing(MissingPriceTable &table, const MissingLists &lists)
    {
        missing = table.set(lists);
        unpriced = !lists.own.isEmpty();
    }
};

/**
 * The running sums behind Totals. add() and remove() are O(1) (plus the keys of the entity's
 * missing-price set); totals() is O(zones + regions + missing-price keys), and sorts a list of
 * missing prices again only when a key entered or left it.
 */
class TotalsAccumulator
{
public:
    /** `missing` resolves the contributions' missing-price sets; it must outlive this. */
    explicit TotalsAccumulator(const MissingPriceTable &missing)
        : m_table(&missing)
    {
    }
    void add(const CostContribution &c) { apply(c, +1); }
    void remove(const CostContribution &c) { apply(c, -1); }
    void clear() { *this = TotalsAccumulator(*m_table); }

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
    /** Makes the sorted texts again when a missing-price set entered or left the totals. */
    void sortMissing() const;

    const MissingPriceTable *m_table;
    qint64 m_total = 0;
    Buckets m_byCategory{};
    std::array<qint64, BillingModelCount> m_byBilling{};
    /// The sums of each zone (or region), by id: apply() runs per entity on a full recompute,
    /// and a place's ids are usually small (an index, not a hash).
    using Places = IdTable<Buckets>;
    /// Adds `amount` (× sign) to the bucket `cat` of place `id` (none: nothing).
    static void addTo(Places &places, EntityId id, int cat, qint64 amount, int sign, int missing);
    Places m_zones;
    Places m_regions;
    /// How many contributions name each missing-price set (by MissingPriceTable set id): a
    /// key is missing while a set that lists it is counted.
    std::vector<int> m_setCounts;
    /// The texts of the keys of the counted sets' own lists, and of each billing model's list,
    /// as QMap::keys() sorts them; made again when `m_missingChanged`.
    mutable QStringList m_missing;
    mutable std::array<QStringList, BillingModelCount> m_missingByBilling;
    mutable bool m_missingChanged = false; ///< a set entered or left since they were made
    PerQuotaGroup<qint64> m_egressGB;
    PerQuotaGroup<qint64> m_egressCost;
};

} // namespace ecsplan
