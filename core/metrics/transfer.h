#pragma once

#include "cost.h"

namespace ecsplan {

/** The per-GB rate that applies to a link's traffic; empty `rate` = no published rate. */
struct TransferRate
{
    std::optional<UnitPrice> rate; ///< perHour and perGiB false: per GB transferred
    QString label; ///< "internet egress from cn-hangzhou", "CEN cn-hangzhou ↔ ap-southeast-1"
};

/**
 * Monthly transfer cost of `gbPerMonth` in `transferClass`:
 * intra-zone and cross-zone traffic at the intranet rate (free on Alibaba Cloud today, the
 * volume still reported); cross-region at the CEN / peering rate of the area pair; internet
 * egress at the region's per-GB rate, before the design-wide free quota (see freeQuotaCredit);
 * inbound internet traffic is free. `explain` false leaves `why` empty.
 */
CostFigure transferMonthlyCost(TransferClass transferClass, double gbPerMonth,
                               const TransferRate &rate, const CurrencyContext &currency,
                               bool explain = true);

/**
 * The monthly value of the internet egress free quota: `quotaGB` of the `egressGB` sent are
 * free, valued at the volume-weighted average rate egressCost / egressGB. Never more than
 * egressCost, 0 without egress.
 */
double freeQuotaCredit(double egressGB, double egressCost, double quotaGB);

} // namespace ecsplan
