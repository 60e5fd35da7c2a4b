#pragma once

#include "metrics/demand.h"
#include "model/model.h"

#include <QList>
#include <QString>

namespace ecsplan {

class Catalog;

/**
 * What-if: all traffic × k (docs/demand.md). Every link's requests per second and GB per month
 * are multiplied by k (the demand model is linear in both), and the design is read at each
 * step: which components run above 100 % of a baseline, the one that breaks first, and what
 * carrying k× costs with the engine's cheapest change per broken component:
 *  - an instance group: more instances, or the smallest type of its family that carries it at
 *    the same count, whichever costs less;
 *  - a scaling group: desired (and, when needed, maximum) size raised, or a larger type;
 *  - a cache: more shards.
 * A component that no change carries (a disk limit that only faster disks lift) is listed
 * with no change. The cost is the design's monthly total at k× with the changes minus the
 * total today (it includes the demand-derived load balancer capacity units).
 */
class TrafficGrowth
{
public:
    struct Over
    {
        EntityId component = EntityId::None;
        QString name;
        LoadResource resource = LoadResource::Bandwidth;
        double utilisation = 0; ///< at k×, before any change
        QString change; ///< translated, empty when no change carries it
    };

    struct Step
    {
        double factor = 1;
        QList<Over> over; ///< above 100 %, the most utilised first: over.first() breaks first
        /// Extra per month at k× with the changes, against today (display currency): the
        /// changes and the traffic's own costs (transfer, capacity units) together.
        double monthlyToCarry = 0;
        double monthlyOfChanges = 0; ///< the part the changes add (more instances, shards …)
        bool priceMissing = false; ///< some item of the comparison has no price
        bool carried = true; ///< false: some component has no change that carries it
    };

    struct Result
    {
        QList<Step> steps;
        QString currency;
        /** The smallest factor of `steps` with something over 100 % (0: none). */
        double firstBreak() const;
    };

    /** Steps 1, 2, 4 … below `k`, then `k` itself (k ≥ 1; at most 100). */
    static QList<double> stepsUpTo(double k);

    static Result run(const Model &model, const Catalog &catalog, const QList<double> &factors);

    /** `model` with every link's demand × `factor`. */
    static Model scaled(Model model, double factor);
};

} // namespace ecsplan
