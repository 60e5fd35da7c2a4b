#pragma once

#include "cataloginputs.h"
#include "costcontribution.h"

namespace ecsplan {

class Model;
struct Entity;

/**
 * Computes one entity's metrics from the model and the catalog. Each result depends only on
 * the entity, the few entities it names (its zone and region, the compute group a disk is
 * attached to and that group's other disks, a link's two ends) and the settings — the
 * dependency set the engine's dirty marking follows.
 *
 * Conventions: an instance group's attached disk exists once per instance (count copies,
 * each sharing one instance's disk limits); a scaling group's disk is part of its launch
 * template (desired-size copies). A disk is billed like the group it is attached to
 * (subscription rows for subscriptions, pay-as-you-go otherwise).
 *
 * `explain` false skips every text (the engine's fast path); the figures are identical.
 */
class MetricsCalculator
{
public:
    MetricsCalculator(const Model &model, const CatalogInputs &inputs, const CurrencyContext &currency)
        : m_model(model), m_inputs(inputs), m_currency(currency) {}

    DiskMetrics disk(const Entity &e, CostContribution *contribution, bool explain) const;
    ComputeMetrics compute(const Entity &e, CostContribution *contribution, bool explain) const;
    LinkMetrics link(const Entity &e, CostContribution *contribution, bool explain) const;
    CacheMetrics cache(const Entity &e, CostContribution *contribution, bool explain) const;
    CostFigure loadBalancer(const Entity &e, CostContribution *contribution, bool explain) const;

    QString regionCode(EntityId id) const;
    QString zoneCode(EntityId id) const;
    LinkEnd linkEnd(const Entity &e) const;
    /** Instances of a compute group: count, or a scaling group's desired size. */
    static int units(const Entity &compute);

private:
    struct OwnDisk
    {
        double iops = 0, mbps = 0;
    };
    OwnDisk ownPerformance(const Entity &disk) const;
    CostContribution placed(const Entity &e, CostCategory category) const;

    const Model &m_model;
    const CatalogInputs &m_inputs;
    CurrencyContext m_currency;
};

} // namespace ecsplan
