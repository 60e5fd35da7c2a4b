#pragma once

#include "metricsresults.h"

namespace ecsplan {

/** A round-trip latency range in milliseconds. */
struct RttRange
{
    double typicalMs = 0;
    double worstMs = 0;
    friend bool operator==(const RttRange &, const RttRange &) = default;
};

/**
 * Where one end of a link is. A design component has its region and zone codes; an endpoint
 * has `outside` set (internet users, on-premises) or, for another region, only `regionCode`.
 */
struct LinkEnd
{
    QString regionCode; ///< empty when unknown / outside Alibaba Cloud
    QString zoneCode; ///< empty when the end is not in a zone
    bool outside = false; ///< internet users or an on-premises site
    bool endpoint = false; ///< a traffic source/sink rather than a design component
};

/**
 * The network a link's traffic crosses:
 * - either end outside (internet users, on-premises) → Internet;
 * - different regions → CrossRegionInternet when `path` is Internet, else CrossRegionCen;
 * - same region and `path` Internet → Internet;
 * - same region, both zones known and equal → SameZone, otherwise CrossZone.
 */
LinkScope linkScope(const LinkEnd &from, const LinkEnd &to, LinkPath path);

/**
 * Which rate applies to a link's traffic. Internet links are priced as egress; how much of
 * their volume actually leaves is internetEgressShare() (the rest is free inbound traffic).
 */
TransferClass transferClass(LinkScope scope);

/**
 * Share of an internet link's volume that leaves Alibaba Cloud (billed as egress). A link
 * points from the requester to the server: reads (`readFraction`) flow back against the
 * arrow, writes along it. Inbound internet traffic is free.
 */
double internetEgressShare(bool fromOutside, bool toOutside, double readFraction);

/** A request path's latency: the sum of its hops plus the storage latency at its end. */
RttRange pathLatency(const QList<RttRange> &hops, const RttRange &storage);

} // namespace ecsplan
