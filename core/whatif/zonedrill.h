#pragma once

#include "model/model.h"

#include <QList>
#include <QString>

namespace ecsplan {

class Catalog;

/**
 * Zone failure drill: what happens when one zone (or every zone of a region) goes dark.
 *
 * A tier is every compute group with the same role in one region (a group without a role is
 * a tier of its own); caches are tiers of their own with their read replicas. Scaling groups
 * are assumed balanced over their zones (ESS BALANCE policy): desired / zones per zone.
 *
 * "Survive any one zone" sizing: a tier spread evenly over k zones keeps its full capacity
 * after losing one zone when it runs ceil(N·k/(k−1)) instances instead of N; a single-zone
 * tier needs a second zone with N more. The extra instances are priced pay-as-you-go.
 */
class ZoneDrill
{
public:
    struct Tier
    {
        QString name; ///< role, or the component's name
        EntityIds members;
        EntityIds zones; ///< zones the tier runs in
        double instancesBefore = 0;
        double instancesAfter = 0; ///< after the failure
        bool losesAll = false;
        int extraInstancesToSurvive = 0; ///< to survive the loss of any one zone
        double extraMonthlyToSurvive = 0; ///< display currency; 0 when unpriced
        bool priceMissing = false;
        double remainingFraction() const
        {
            return instancesBefore > 0 ? instancesAfter / instancesBefore : 1.0;
        }
    };

    struct Result
    {
        EntityIds failedZones;
        EntityIds greyedOut; ///< failed zones and everything placed in them
        QList<Tier> tiers; ///< sorted by name
        double extraMonthlyToSurvive = 0;
        QString currency;
        QStringList lostTiers() const;
    };

    /** `zoneOrRegion` is a zone or a region entity; an unknown id gives an empty result. */
    static Result run(const Model &model, const Catalog &catalog, EntityId zoneOrRegion);
};

} // namespace ecsplan
