// MetricsCalculator's memo (its type is private to the calculator's .cpp files).
#pragma once

#include "metricscalculator.h"

namespace ecsplan {

struct MetricsCalculator::Memo
{
    struct ComputeCostKey
    {
        int inputs;
        BillingModel billing;
        int units;
        int systemDiskGiB;
        friend bool operator==(const ComputeCostKey &, const ComputeCostKey &) = default;
        friend size_t qHash(const ComputeCostKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.inputs, int(k.billing), k.units, k.systemDiskGiB);
        }
    };
    struct PerformanceKey
    {
        QString category, level;
        int sizeGiB, provisionedIops;
        bool bursting;
        friend bool operator==(const PerformanceKey &, const PerformanceKey &) = default;
        friend size_t qHash(const PerformanceKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.category, k.level, k.sizeGiB, k.provisionedIops, k.bursting);
        }
    };
    struct DiskCostKey
    {
        QString category, level, region;
        BillingModel billing;
        int sizeGiB;
        double copies;
        friend bool operator==(const DiskCostKey &, const DiskCostKey &) = default;
        friend size_t qHash(const DiskCostKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.category, k.level, k.region, int(k.billing), k.sizeGiB,
                              k.copies);
        }
    };
    /// A rate is known by its label within one catalog (CatalogInputs::transferRate).
    struct TransferKey
    {
        TransferClass transferClass;
        double gb;
        QString rate;
        friend bool operator==(const TransferKey &, const TransferKey &) = default;
        friend size_t qHash(const TransferKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, int(k.transferClass), k.gb, k.rate);
        }
    };
    /// A link's classification and latency explanation: functions of its ends' places.
    struct ExplainedLink
    {
        LinkClass k;
        Explanation latencyWhy;
    };
    QHash<LinkKey, ExplainedLink> links;
    QHash<ComputeCostKey, CostFigure> computeCosts;
    QHash<PerformanceKey, DiskPerformance> performances;
    QHash<DiskCostKey, CostFigure> diskCosts;
    QHash<TransferKey, CostFigure> transfers;
};

} // namespace ecsplan
