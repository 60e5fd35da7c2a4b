#pragma once

#include "metricsresults.h"

#include <optional>

namespace ecsplan {

/**
 * A cloud-disk category's published performance model, as read from the catalog. Every
 * published formula has the shape min(base + perGiB × GiB, max). IOPS are 4 KiB IOPS,
 * throughput in MB/s (decimal), latencies in milliseconds.
 */
struct DiskFormula
{
    QString category; ///< cloud_essd, cloud_auto, cloud_essd_entry ...
    QString level; ///< PL0..PL3 for cloud_essd, empty otherwise
    int minGiB = 0;
    int maxGiB = 0;
    bool hasFormula = true; ///< false: retired category without a published formula
    double iopsBase = 0, iopsPerGiB = 0, iopsMax = 0;
    double mbpsBase = 0, mbpsPerGiB = 0, mbpsMax = 0;
    // ESSD AutoPL (cloud_auto) only: baseline = max(formula, floor) + provisioned IOPS.
    double autoBaselineFloorIops = 0;
    double autoBaselineFloorMBps = 0;
    double autoMaxProvisionedIops = 0; ///< provisioned ≤ min(perGiB × GiB − baseline, this)
    double autoProvisionedIopsPerGiB = 0;
    double autoMBpsPerProvisionedIops = 0; ///< 16 KiB / 1024 = 0.015625 MB/s per provisioned IOPS
    double autoBurstIopsPerGiB = 0; ///< burst ≤ min(this × GiB, autoBurstMaxIops)
    double autoBurstMaxIops = 0; ///< 1,000,000
    double autoBurstMaxMBps = 0; ///< 4,096
    double latencyTypicalMs = 0;
    double latencyWorstMs = 0;
    Citation citation;

    bool isAutoPL() const { return autoBaselineFloorIops > 0; }
    QString label() const; ///< "cloud_essd PL1", "cloud_auto"
};

/** A disk's own performance, before any instance limit. */
struct DiskPerformance
{
    bool valid = true;
    QStringList problems; ///< translated; the reasons the disk is invalid
    double iops = 0; ///< 0 when invalid: an invalid disk cannot be created
    double throughputMBps = 0;
    /// What the disk can reach in a burst: AutoPL with bursting enabled min(1,000 × GiB,
    /// 1,000,000) IOPS and 4,096 MB/s; every other disk its own figures.
    double burstIops = 0;
    double burstMBps = 0;
    double provisionedIops = 0; ///< AutoPL: the provisioned IOPS granted (within the limits)
    Explanation iopsWhy;
    Explanation throughputWhy;
};

/**
 * IOPS and throughput of a disk of `sizeGiB` by the category's formula. Capacity outside
 * [minGiB, maxGiB] makes the disk invalid (e.g. PL2 below 461 GiB). For AutoPL,
 * `provisionedIops` is added to the baseline within the published limits. `explain` false
 * leaves the explanations empty (the engine's fast path; figures and problems are identical).
 */
DiskPerformance diskPerformance(const DiskFormula &formula, int sizeGiB, int provisionedIops = 0,
                                bool explain = true, bool bursting = false);

/** An instance type's limits on all attached cloud disks together; empty = not published. */
struct InstanceDiskLimits
{
    QString instanceType;
    std::optional<double> baselineIops, burstIops, baselineMBps, burstMBps;
    Citation citation;
};

/** A disk's share of its instance's limits, at the instance's baseline and burst. */
struct EffectivePerformance
{
    double iopsBaseline = 0, iopsBurst = 0;
    double mbpsBaseline = 0, mbpsBurst = 0;
    bool capped = false; ///< the instance's baseline limit binds
    QString note; ///< translated, empty when nothing binds (iopsNote and mbpsNote together)
    QString iopsNote; ///< the IOPS limit binds: for the IOPS explanation
    QString mbpsNote; ///< the MB/s limit binds: for the throughput explanation
};

/** One disk's (or the sum of one instance's disks') figures at baseline and in a burst. */
struct DiskLoad
{
    double iops = 0, mbps = 0;
    double burstIops = 0, burstMBps = 0;
};

/**
 * What one disk gets when the disks of one instance (`demandIops` / `demandMBps` = the sum of
 * their own figures, this disk included) share the instance limits: each disk receives the
 * same fraction min(1, limit / demand) of its own figure. A missing burst limit means the
 * baseline is the maximum; a missing baseline means no published limit.
 */
EffectivePerformance effectivePerformance(double ownIops, double ownMBps, double demandIops,
                                          double demandMBps, const InstanceDiskLimits &limits,
                                          bool explain = true);
/** The same with separate burst figures (AutoPL bursting): the burst share uses the burst
 * demand against the instance's burst limit. */
EffectivePerformance effectivePerformance(const DiskLoad &own, const DiskLoad &demand,
                                          const InstanceDiskLimits &limits, bool explain = true);

} // namespace ecsplan
