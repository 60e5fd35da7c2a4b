#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace ecsplan {

/**
 * Where a catalog figure comes from. Every figure in the catalog carries one.
 * `source` is the full citation (the loader resolves the JSON's short keys such as "S2"),
 * `sourceId` the short key when there was one. `asOf` is an ISO 8601 date, possibly reduced
 * to "YYYY" or "YYYY-MM". `kind`: official | official-old | third-party | estimate |
 * field-guide | assumption | user. `indicative` marks list prices / estimates that must be
 * verified before relying on them.
 */
struct SourceRef
{
    QString source;
    QString asOf;
    bool indicative = false;
    QString note;
    QString sourceId;
    QString kind;
};

/** Price unit. Amounts are per vCPU-less unit: per instance-hour, per GiB-month, per GB, ... */
enum class PriceUnit { PerHour, PerMonth, PerGiBHour, PerGiBMonth, PerGB };

/** JSON code of a unit: "hour", "month", "GiB-hour", "GiB-month", "GB". */
QString toCode(PriceUnit unit);
std::optional<PriceUnit> priceUnitFromCode(const QString &code);

/** One price. `billing` is "PayAsYouGo" or "Subscription"; currency is an ISO code (CNY, USD). */
struct PriceRow
{
    QString region;
    QString billing;
    QString currency;
    PriceUnit unit = PriceUnit::PerHour;
    double amount = 0;
    SourceRef src;
};

/** One ECS instance type (facts S2). Bandwidths in Gbit/s, disk throughput in MB/s (decimal). */
struct InstanceTypeSpec
{
    QString id, family;
    std::optional<int> generation; ///< ECS generation (g8i -> 8); null when the family digit is a
                                   ///< series index (i4, u1, e)
    QString arch; ///< "x86_64" | "arm64"
    QString vendor; ///< "intel" | "amd" | "arm"
    QString cpu; ///< processor platform, human readable
    int vcpu = 0;
    double memoryGiB = 0;
    double netBaselineGbps = 0, netBurstGbps = 0; ///< burst == baseline when the type has no burst
    std::optional<qint64> pps; ///< packets per second; null when not published (e family)
    std::optional<qint64> connections; ///< concurrent connections; null when not published
    std::optional<int> maxEnis;
    // Instance-level caps on all attached cloud disks together; null when not published (t5, t6,
    // d2s).
    std::optional<double> diskBaselineIops, diskBurstIops, diskBaselineMBps, diskBurstMBps;
    std::optional<int> maxDataDisks;
    /// Cloud-disk categories the type can attach (system and data disks) when the published data
    /// restricts them (t5: cloud_efficiency, cloud_ssd); empty = no published restriction.
    QStringList diskCategories;
    bool canAttach(const QString &category) const
    {
        return diskCategories.isEmpty() || diskCategories.contains(category);
    }

    struct LocalStorage
    {
        int disks = 0;
        double diskGiB = 0; ///< per disk
        QString kind; ///< "nvme" | "hdd"
        std::optional<double> maxReadIops; ///< whole instance; null for HDD (not published)
        double readGBps = 0, writeGBps = 0; ///< whole instance
        QString description; ///< as published, e.g. "1 x 447 GiB NVMe SSD"
        SourceRef src;
        double totalGiB() const { return disks * diskGiB; }
    };
    std::optional<LocalStorage> localStorage;

    struct Burstable
    {
        double baselinePercentPerVcpu = 0, creditsPerHour = 0, maxCredits = 0;
    };
    std::optional<Burstable> burstable;

    bool bareMetal = false;
    QList<PriceRow> prices;
    SourceRef src;

    double memoryPerVcpu() const { return vcpu > 0 ? memoryGiB / vcpu : 0.0; }
};

/** min(base + perGiB * GiB, max): the shape of every published cloud-disk formula. */
struct LinearCap
{
    double base = 0, perGiB = 0, max = 0;
    double at(double gib) const { return std::min(base + perGiB * gib, max); }
};

/** A cloud-disk category (and performance level for ESSD). Latencies in ms, throughput MB/s. */
struct DiskCategorySpec
{
    QString category; ///< API name: cloud_essd, cloud_auto, cloud_essd_entry, cloud_ssd,
                      ///< cloud_efficiency, cloud
    QString level; ///< "PL0".."PL3" for cloud_essd, "" otherwise
    int minGiB = 0, maxGiB = 0;
    LinearCap iops, throughputMBps; ///< all zero when `hasFormula` is false (retired basic disk)
    bool hasFormula = true;
    bool retired = false, previousGeneration = false;
    double latencyTypicalMs = 0, latencyWorstMs = 0;
    QList<PriceRow> prices;
    QString priceNote; ///< why prices are missing or partial
    SourceRef src;
    QString formulaText; ///< as published
    // cloud_auto (ESSD AutoPL) extras; zero for other categories.
    // baseline IOPS = max(iops.at(GiB), autoBaselineFloorIops); provisioned IOPS <= min(1000*GiB -
    // baseline, autoMaxProvisionedIops); burst IOPS <= min(autoBurstIopsPerGiB * GiB,
    // autoBurstMaxIops).
    double autoBaselineFloorIops = 0, autoMaxProvisionedIops = 0, autoBurstIopsPerGiB = 0,
           autoBurstMaxIops = 0;
    double autoProvisionedIopsPerGiB = 0, autoBaselineFloorMBps = 0, autoMBpsPerProvisionedIops = 0,
           autoBurstMaxMBps = 0;
};

struct RegionSpec
{
    QString id, name, area; ///< area: "Chinese mainland", "Asia Pacific", "Europe", "North
                            ///< America", "Middle East"
    bool mainland = false;
    QStringList zones; ///< observed zone ids, sorted; may be empty (unknown, not "none")
    SourceRef src;
};

/** Round-trip time range in milliseconds. */
struct LatencyRange
{
    double typicalMs = 0, worstMs = 0;
    SourceRef src;
};

struct SubscriptionDiscount
{
    int years = 0;
    double discount = 0; ///< fraction off pay-as-you-go, 0.15 = 15 %
    bool assumption = false;
    QString confidence;
    SourceRef src;
};

/** Discounts relative to pay-as-you-go; fractions (0.9 = 90 % off). */
struct PricingModifiers
{
    double spotMaxDiscount = 0;
    QString spotConfidence;
    SourceRef spotSrc;
    QList<SubscriptionDiscount> subscription;
    double savingsPlanExampleDiscount = 0;
    QString savingsPlanConfidence;
    SourceRef savingsPlanSrc;
    double cnyPerUsd = 0; ///< assumed conversion; flagged in cnyPerUsdSrc
    SourceRef cnyPerUsdSrc;
};

/** A price item of another service (ALB, NLB, NAT, snapshot, OSS). amount null = unknown. */
struct ServicePrice
{
    QString service, item, unit, currency;
    QString scope; ///< "all" | "mainland" | "international"
    std::optional<double> amount;
    bool assumption = false;
    QString note;
    SourceRef src;
};

struct RedisClassSpec
{
    QString instanceClass;
    std::optional<double> memoryGB, bandwidthMBps;
    std::optional<int> shards;
    std::optional<qint64> qps;
    std::optional<double> price; ///< null in the built-in catalog: prices not found
    /// Regional rows from a user price sheet ("cacheClass" rows); they win over `price`.
    QList<PriceRow> prices;
    QString note;
    SourceRef src;
};

/** A disagreement between the field guide and the facts, and which claim the catalog uses. */
struct CatalogNote
{
    QString id, topic, fieldGuide, facts, winner /* "facts" | "fieldGuide" */, resolution;
};

} // namespace ecsplan
