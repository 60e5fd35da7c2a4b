#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace ecsplan {

/** Where a figure comes from: a catalog row (its source and date) or an assumption. */
struct Citation
{
    QString what; ///< "ESSD PL1 IOPS formula", "ecs.g8i.large pay-as-you-go, cn-hangzhou"
    QString source; ///< URL or document the figure was taken from
    QString asOf; ///< date of the figure, e.g. "2024-12-31"
    bool indicative = false;
    /// The catalog's kind of source: official, official-old, third-party, estimate,
    /// field-guide, assumption, user (empty when unknown).
    QString kind;
    QString note; ///< the catalog's remark on the figure ("derived from PL1 × 2", ...)

    /** True for a figure the planner assumes or derives rather than one a source publishes. */
    bool isAssumption() const
    {
        return kind == QLatin1String("assumption") || kind == QLatin1String("estimate");
    }

    friend bool operator==(const Citation &, const Citation &) = default;
};

/**
 * Why a figure has its value: the formula with the values substituted, and the catalog rows
 * behind it. Tooltips, the CLI and the report show this verbatim.
 */
struct Explanation
{
    QString formula; ///< "min(1800 + 50 × 400 GiB, 50000) = 21,800 IOPS"
    QStringList notes; ///< caveats: "capped by ecs.g8i.large baseline 25,000 IOPS"
    QList<Citation> citations;

    QString toText() const; ///< multi-line human-readable form
    friend bool operator==(const Explanation &, const Explanation &) = default;
};

/** Cost categories of the report and the charts. */
enum class CostCategory { Compute, Storage, Network, Cache, LoadBalancing };
inline constexpr int CostCategoryCount = static_cast<int>(CostCategory::LoadBalancing) + 1;
QString toCode(CostCategory category); ///< compute, storage, network, cache, loadBalancing
QString displayName(CostCategory category); ///< translated

/** A monthly cost in the design's display currency. */
struct CostFigure
{
    double monthly = 0.0; ///< display currency per month (730 h)
    bool priceMissing = false; ///< true: no catalog price; `monthly` excludes this item
    Explanation why;

    friend bool operator==(const CostFigure &, const CostFigure &) = default;
};

struct DiskMetrics
{
    bool valid = true;
    QStringList problems; ///< translated reasons when !valid (e.g. "PL2 needs ≥ 461 GiB")
    double iops = 0; ///< the disk's own figure by its category formula
    double throughputMBps = 0;
    /// After the attached instance type's limits, shared with its other disks.
    double effectiveIopsBaseline = 0;
    double effectiveIopsBurst = 0;
    double effectiveMBpsBaseline = 0;
    double effectiveMBpsBurst = 0;
    bool cappedByInstance = false;
    std::optional<bool> targetMet; ///< empty when no IOPS target is set
    double latencyTypicalMs = 0;
    double latencyWorstMs = 0;
    /// False when the instance type it is attached to cannot use this disk category (t5 with
    /// ESSD): the effective figures are then 0, `problems` says why.
    bool attachable = true;
    QStringList caveats; ///< translated; limits the facts state (t6 cannot reach PL2/PL3 peaks)
    CostFigure cost;
    Explanation iopsWhy;
    Explanation throughputWhy;

    friend bool operator==(const DiskMetrics &, const DiskMetrics &) = default;
};

/**
 * One amount per billing model (indexed by BillingModel), every model always present. A fixed
 * array: the engine fills one per compute group on every full recompute, so no allocation.
 */
struct BillingAmounts
{
    std::array<double, BillingModelCount> amounts{};

    double &operator[](BillingModel billing) { return amounts[size_t(billing)]; }
    double operator[](BillingModel billing) const { return amounts[size_t(billing)]; }
    double value(BillingModel billing) const { return amounts[size_t(billing)]; }

    friend bool operator==(const BillingAmounts &, const BillingAmounts &) = default;
};

struct ComputeMetrics
{
    int instances = 0; ///< count (instance group) or desired size (scaling group)
    int minInstances = 0;
    int maxInstances = 0;
    CostFigure cost; ///< at `instances`, in its billing model, incl. system disks
    double monthlyAtMin = 0; ///< scaling groups: at min size
    double monthlyAtMax = 0; ///< scaling groups: at max size
    /// The same group priced in every billing model (for comparisons and the optimizer).
    BillingAmounts monthlyByBilling;
    double diskIopsDemand = 0; ///< sum of attached disks' own IOPS
    double diskIopsLimitBaseline = 0;
    double diskIopsLimitBurst = 0;
    double diskMBpsDemand = 0;
    double diskMBpsLimitBaseline = 0;
    double diskMBpsLimitBurst = 0;
    double localStorageGiB = 0; ///< per instance, from the type's local disks
    QString localStorageKind; ///< "nvme" | "hdd", empty without local storage
    double localStorageReadIops = 0; ///< per instance, 0 when not published
    double localStorageReadGBps = 0;
    double localStorageWriteGBps = 0;
    bool knownType = true;

    friend bool operator==(const ComputeMetrics &, const ComputeMetrics &) = default;
};

/** Where a link's traffic flows. */
enum class LinkScope { SameZone, CrossZone, CrossRegionCen, CrossRegionInternet, Internet };
QString toCode(
        LinkScope scope); ///< sameZone, crossZone, crossRegionCen, crossRegionInternet, internet
QString displayName(LinkScope scope);

/** How transfer is billed. */
enum class TransferClass { IntraZone, CrossZone, CrossRegion, InternetEgress, InternetIngress };
QString toCode(TransferClass c);

struct LinkMetrics
{
    LinkScope scope = LinkScope::SameZone;
    TransferClass transferClass = TransferClass::IntraZone;
    double latencyTypicalMs = 0; ///< round trip
    double latencyWorstMs = 0;
    /// False where the catalog has no round-trip figure for the scope (e.g. internet ↔ region):
    /// the latency fields are then 0 and mean "not modelled", not "instant"; latencyWhy says why.
    bool latencyKnown = true;
    double transferGBPerMonth = 0;
    CostFigure cost; ///< transfer cost per month (0 where free, with the reason)
    Explanation latencyWhy;

    friend bool operator==(const LinkMetrics &, const LinkMetrics &) = default;
};

struct CacheMetrics
{
    CostFigure cost;
    double memoryGB = 0;

    friend bool operator==(const CacheMetrics &, const CacheMetrics &) = default;
};

/** A request path from an endpoint through the design, ending at storage. */
struct PathMetrics
{
    EntityIds hops; ///< entity ids, endpoint first
    EntityIds links; ///< the links between consecutive hops
    QList<double> hopTypicalMs; ///< per link, same order as `links`
    QList<double> hopWorstMs;
    QList<bool> hopLatencyKnown; ///< per link: false where the hop's latency is not modelled
                                 ///< (counted as 0)
    double storageTypicalMs = 0; ///< latency of the disk at the end (0 if none)
    double storageWorstMs = 0;
    double typicalMs = 0; ///< sum of hops + storage
    double worstMs = 0;
    /// True when a hop's latency is not modelled (an internet endpoint's first hop): the sums
    /// then cover only the known hops.
    bool partial = false;

    friend bool operator==(const PathMetrics &, const PathMetrics &) = default;
};

struct Totals
{
    QString currency; ///< display currency
    double monthly = 0;
    QMap<CostCategory, double> byCategory;
    QHash<EntityId, double> byZone; ///< zone id → monthly
    QHash<EntityId, double> byRegion; ///< region id → monthly
    QHash<EntityId, QMap<CostCategory, double>> byZoneCategory;
    QHash<EntityId, QMap<CostCategory, double>> byRegionCategory;
    /// The whole design re-priced as if every compute and cache item used that model.
    QMap<BillingModel, double> byBillingModel;
    QStringList missingPrices; ///< "ecs.xyz.large in ap-southeast-7 (payAsYouGo)", sorted
    /// Completeness of every partial total: how many costed items in it lack (part of) a
    /// price. A total whose count is 0 (or absent) is complete.
    QMap<CostCategory, int> missingByCategory;
    QHash<EntityId, int> missingByZone;
    QHash<EntityId, int> missingByRegion;
    /// The missing prices when the whole design is re-priced in that model, sorted.
    QMap<BillingModel, QStringList> missingPricesByBillingModel;
    /// Internet egress of the whole design (GB/month) and the value of the monthly free quota,
    /// already deducted from `monthly`, the network category and every billing model (it is
    /// an account-wide allowance, so it is not attributed to zones or regions).
    double internetEgressGBPerMonth = 0;
    double internetFreeQuotaCredit = 0;

    /** True when every item of the design has a price (`monthly` is the whole cost). */
    bool complete() const { return missingPrices.isEmpty(); }

    friend bool operator==(const Totals &, const Totals &) = default;
};

} // namespace ecsplan
