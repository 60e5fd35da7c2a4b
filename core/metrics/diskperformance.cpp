#include "diskperformance.h"

#include "ecsplan_global.h"
#include "formatting.h"

#include <algorithm>

namespace ecsplan {

using metrics::number;

QString DiskFormula::label() const
{
    return level.isEmpty() ? category : category + QLatin1Char(' ') + level;
}

namespace {

QString linearText(double base, double perGiB, double max, int gib, double result,
                   const QString &unit)
{
    return QStringLiteral("min(%1 + %2 × %3 GiB, %4) = %5 %6")
            .arg(number(base), number(perGiB, 4), number(gib), number(max), number(result), unit);
}

/// The figures alone: one definition shared by the explained and the fast path.
void computeFigures(const DiskFormula &f, int sizeGiB, int provisionedIops, double *iops,
                    double *mbps, double *provisioned, double *maxProvisioned)
{
    const double gib = sizeGiB;
    *iops = std::min(f.iopsBase + f.iopsPerGiB * gib, f.iopsMax);
    *mbps = std::min(f.mbpsBase + f.mbpsPerGiB * gib, f.mbpsMax);
    *provisioned = *maxProvisioned = 0;
    if (f.isAutoPL()) {
        const double baseline = std::max(*iops, f.autoBaselineFloorIops);
        *maxProvisioned = std::max(
                0.0,
                std::min(f.autoProvisionedIopsPerGiB * gib - baseline, f.autoMaxProvisionedIops));
        *provisioned = std::clamp(double(provisionedIops), 0.0, *maxProvisioned);
        *iops = baseline + *provisioned;
        *mbps = std::max(*mbps, f.autoBaselineFloorMBps)
                + f.autoMBpsPerProvisionedIops * *provisioned;
    }
}

} // namespace

DiskPerformance diskPerformance(const DiskFormula &f, int sizeGiB, int provisionedIops,
                                bool explain, bool bursting)
{
    DiskPerformance p;
    // Built only for a problem: the engine's fast path computes every disk on each full recompute.
    QString label;
    if (!f.hasFormula || sizeGiB < f.minGiB || (f.maxGiB > 0 && sizeGiB > f.maxGiB))
        label = f.label();
    if (!f.hasFormula) {
        p.valid = false;
        p.problems << Tr::tr("%1 has no published performance formula").arg(label);
    }
    if (sizeGiB < f.minGiB) {
        p.valid = false;
        p.problems << Tr::tr("%1 needs at least %2 GiB (this disk has %3 GiB)")
                              .arg(label, number(f.minGiB), number(sizeGiB));
    } else if (f.maxGiB > 0 && sizeGiB > f.maxGiB) {
        p.valid = false;
        p.problems << Tr::tr("%1 allows at most %2 GiB (this disk has %3 GiB)")
                              .arg(label, number(f.maxGiB), number(sizeGiB));
    }
    double provisioned = 0, maxProvisioned = 0;
    if (p.valid)
        computeFigures(f, sizeGiB, provisionedIops, &p.iops, &p.throughputMBps, &provisioned,
                       &maxProvisioned);
    p.provisionedIops = provisioned;
    p.burstIops = p.iops;
    p.burstMBps = p.throughputMBps;
    const bool bursts = p.valid && bursting && f.isAutoPL() && f.autoBurstMaxIops > 0;
    if (bursts) {
        const double burstCap = f.autoBurstIopsPerGiB > 0
                ? std::min(f.autoBurstIopsPerGiB * sizeGiB, f.autoBurstMaxIops)
                : f.autoBurstMaxIops;
        p.burstIops = std::max(p.iops, burstCap);
        p.burstMBps = std::max(p.throughputMBps, f.autoBurstMaxMBps);
    }
    if (!explain)
        return p;

    if (!f.citation.what.isEmpty()) {
        p.iopsWhy.citations << f.citation;
        p.throughputWhy.citations << f.citation;
    }
    if (!p.valid) {
        p.iopsWhy.formula = Tr::tr("0 IOPS: invalid disk");
        p.throughputWhy.formula = Tr::tr("0 MB/s: invalid disk");
        p.iopsWhy.notes = p.problems;
        p.throughputWhy.notes = p.problems;
        return p;
    }
    const double gib = sizeGiB;
    const double iops = std::min(f.iopsBase + f.iopsPerGiB * gib, f.iopsMax);
    const double mbps = std::min(f.mbpsBase + f.mbpsPerGiB * gib, f.mbpsMax);
    p.iopsWhy.formula = linearText(f.iopsBase, f.iopsPerGiB, f.iopsMax, sizeGiB, iops,
                                   QStringLiteral("IOPS"));
    p.throughputWhy.formula = linearText(f.mbpsBase, f.mbpsPerGiB, f.mbpsMax, sizeGiB, mbps,
                                         QStringLiteral("MB/s"));
    if (f.isAutoPL()) {
        p.iopsWhy.formula = QStringLiteral("max(%1, %2) + %3 provisioned = %4 IOPS")
                                    .arg(p.iopsWhy.formula, number(f.autoBaselineFloorIops),
                                         number(provisioned), number(p.iops));
        p.throughputWhy.formula
                = QStringLiteral("max(%1, %2) + %3 × %4 = %5 MB/s")
                          .arg(p.throughputWhy.formula, number(f.autoBaselineFloorMBps),
                               number(f.autoMBpsPerProvisionedIops, 6), number(provisioned),
                               number(p.throughputMBps));
        if (provisionedIops > provisioned)
            p.iopsWhy.notes << Tr::tr("provisioned IOPS limited to %1 for %2 GiB")
                                       .arg(number(maxProvisioned), number(sizeGiB));
        if (bursts) {
            p.iopsWhy.notes << Tr::tr("burst up to min(%1 × %2 GiB, %3) = %4 IOPS, within the "
                                      "instance's burst limit")
                                       .arg(number(f.autoBurstIopsPerGiB), number(sizeGiB),
                                            number(f.autoBurstMaxIops), number(p.burstIops));
            p.throughputWhy.notes << Tr::tr("burst up to %1 MB/s, within the instance's burst "
                                            "limit")
                                             .arg(number(p.burstMBps));
        }
    }
    return p;
}

EffectivePerformance effectivePerformance(double ownIops, double ownMBps, double demandIops,
                                          double demandMBps, const InstanceDiskLimits &limits,
                                          bool explain)
{
    return effectivePerformance(DiskLoad{ownIops, ownMBps, ownIops, ownMBps},
                                DiskLoad{demandIops, demandMBps, demandIops, demandMBps}, limits,
                                explain);
}

EffectivePerformance effectivePerformance(const DiskLoad &own, const DiskLoad &demand,
                                          const InstanceDiskLimits &limits, bool explain)
{
    const auto share = [](double mine, double asked, const std::optional<double> &limit) {
        if (!limit || asked <= *limit || asked <= 0)
            return mine;
        return mine * (*limit / asked);
    };
    EffectivePerformance e;
    const std::optional<double> burstIops
            = limits.burstIops ? limits.burstIops : limits.baselineIops;
    const std::optional<double> burstMBps
            = limits.burstMBps ? limits.burstMBps : limits.baselineMBps;
    e.iopsBaseline = share(own.iops, demand.iops, limits.baselineIops);
    e.iopsBurst = std::max(e.iopsBaseline, share(own.burstIops, demand.burstIops, burstIops));
    e.mbpsBaseline = share(own.mbps, demand.mbps, limits.baselineMBps);
    e.mbpsBurst = std::max(e.mbpsBaseline, share(own.burstMBps, demand.burstMBps, burstMBps));
    const bool iopsBinds = limits.baselineIops && demand.iops > *limits.baselineIops;
    const bool mbpsBinds = limits.baselineMBps && demand.mbps > *limits.baselineMBps;
    e.capped = iopsBinds || mbpsBinds;
    if (!explain)
        return e;
    if (iopsBinds)
        e.iopsNote = Tr::tr("the disks of %1 ask for %2 IOPS; its baseline limit is %3 IOPS")
                             .arg(limits.instanceType, number(demand.iops),
                                  number(*limits.baselineIops));
    if (mbpsBinds)
        e.mbpsNote = Tr::tr("the disks of %1 ask for %2 MB/s; its baseline limit is %3 MB/s")
                             .arg(limits.instanceType, number(demand.mbps),
                                  number(*limits.baselineMBps));
    QStringList notes;
    if (iopsBinds)
        notes << e.iopsNote;
    if (mbpsBinds)
        notes << e.mbpsNote;
    e.note = notes.join(QStringLiteral("; "));
    return e;
}

} // namespace ecsplan
