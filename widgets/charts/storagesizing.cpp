#include "storagesizing.h"

#include <algorithm>
#include <cmath>

namespace ecsplan {

std::optional<int> minimumCapacityFor(const DiskFormula &f, double targetIops, int atLeastGiB)
{
    if (!f.hasFormula || targetIops > f.iopsMax)
        return std::nullopt;
    int gib = std::max({f.minGiB, atLeastGiB, 1});
    if (f.iopsBase + f.iopsPerGiB * gib < targetIops) {
        if (f.iopsPerGiB <= 0)
            return std::nullopt;
        gib = int(std::ceil((targetIops - f.iopsBase) / f.iopsPerGiB));
        // Guard against rounding in the division: the figure must really reach the target.
        while (f.iopsBase + f.iopsPerGiB * gib < targetIops)
            ++gib;
    }
    if (f.maxGiB > 0 && gib > f.maxGiB)
        return std::nullopt;
    return gib;
}

QList<DiskSizingOption> sizingOptions(const QList<DiskFormula> &formulas,
                                      const QList<std::optional<double>> &pricePerGiBMonth,
                                      double targetIops, int atLeastGiB)
{
    QList<DiskSizingOption> options;
    for (int i = 0; i < formulas.size(); ++i) {
        const DiskFormula &f = formulas.at(i);
        const std::optional<int> gib = minimumCapacityFor(f, targetIops, atLeastGiB);
        if (!gib)
            continue;
        DiskSizingOption o;
        o.formulaIndex = i;
        o.label = f.label();
        o.sizeGiB = *gib;
        o.iops = std::min(f.iopsBase + f.iopsPerGiB * *gib, f.iopsMax);
        if (i < pricePerGiBMonth.size() && pricePerGiBMonth.at(i))
            o.monthly = *pricePerGiBMonth.at(i) * *gib;
        options << o;
    }
    return options;
}

std::optional<DiskSizingOption> cheapestOption(const QList<DiskSizingOption> &options)
{
    std::optional<DiskSizingOption> best;
    for (const DiskSizingOption &o : options) {
        if (!best) {
            best = o;
            continue;
        }
        if (o.monthly && (!best->monthly || *o.monthly < *best->monthly))
            best = o;
        else if (!o.monthly && !best->monthly && o.sizeGiB < best->sizeGiB)
            best = o;
    }
    return best;
}

} // namespace ecsplan
