#pragma once

#include "metrics/diskperformance.h"

#include <QList>

#include <optional>

namespace ecsplan {

/** One way to reach an IOPS target: a disk level at a capacity, and what it costs per month. */
struct DiskSizingOption
{
    int formulaIndex = -1; ///< index into the formulas given to the functions below
    QString label; ///< "cloud_essd PL1"
    int sizeGiB = 0;
    double iops = 0; ///< the formula's figure at sizeGiB
    std::optional<double> monthly; ///< display currency per month; empty when no price is known

    friend bool operator==(const DiskSizingOption &, const DiskSizingOption &) = default;
};

/**
 * The smallest whole capacity of `formula`'s disk, at least `atLeastGiB` and within the
 * category's capacity range, whose IOPS reach `targetIops`. Empty when the category's maximum
 * cannot reach the target or it has no formula.
 */
std::optional<int> minimumCapacityFor(const DiskFormula &formula, double targetIops,
                                      int atLeastGiB = 0);

/**
 * For each formula that can reach `targetIops`, the option at its minimum capacity (no smaller
 * than `atLeastGiB`, so that the data still fits), priced with `pricePerGiBMonth[i]` (display
 * currency per GiB-month; empty = unknown). Same order as `formulas`.
 */
QList<DiskSizingOption> sizingOptions(const QList<DiskFormula> &formulas,
                                      const QList<std::optional<double>> &pricePerGiBMonth,
                                      double targetIops, int atLeastGiB = 0);

/**
 * The cheapest of `options` with a known price (ties: the earlier one, i.e. the lower level);
 * without any price, the smallest capacity. Empty when `options` is empty.
 */
std::optional<DiskSizingOption> cheapestOption(const QList<DiskSizingOption> &options);

} // namespace ecsplan
