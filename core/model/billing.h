#pragma once

#include "enums.h"

#include <QStringList>

namespace ecsplan {

/** True for the prepaid models with a term (1 or 3 years): the one subscription test. */
constexpr bool isSubscription(BillingModel billing)
{
    return billing == BillingModel::Subscription1Year || billing == BillingModel::Subscription3Year;
}

/** A subscription's term in months (12 or 36); 0 for the models without a term. */
constexpr int subscriptionTermMonths(BillingModel billing)
{
    return billing == BillingModel::Subscription1Year    ? 12
            : billing == BillingModel::Subscription3Year ? 36
                                                         : 0;
}

/** The ESSD performance levels, lowest first ("PL0".."PL3"): the one list. */
const QStringList &essdPerformanceLevels();

} // namespace ecsplan
