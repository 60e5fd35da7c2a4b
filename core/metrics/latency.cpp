#include "latency.h"

#include <algorithm>

namespace ecsplan {

LinkScope linkScope(const LinkEnd &from, const LinkEnd &to, LinkPath path)
{
    if (from.outside || to.outside)
        return LinkScope::Internet;
    const bool bothRegions = !from.regionCode.isEmpty() && !to.regionCode.isEmpty();
    if (bothRegions && from.regionCode != to.regionCode)
        return path == LinkPath::Internet ? LinkScope::CrossRegionInternet
                                          : LinkScope::CrossRegionCen;
    if (path == LinkPath::Internet)
        return LinkScope::Internet;
    if (!from.zoneCode.isEmpty() && from.zoneCode == to.zoneCode)
        return LinkScope::SameZone;
    return LinkScope::CrossZone;
}

TransferClass transferClass(LinkScope scope)
{
    switch (scope) {
    case LinkScope::SameZone:
        return TransferClass::IntraZone;
    case LinkScope::CrossZone:
        return TransferClass::CrossZone;
    case LinkScope::CrossRegionCen:
        return TransferClass::CrossRegion;
    case LinkScope::CrossRegionInternet:
        return TransferClass::InternetEgress;
    case LinkScope::Internet:
        // Some of the volume leaves Alibaba Cloud whichever way the arrow points; the share
        // that does is the link's business (internetEgressShare), the class names the rate.
        return TransferClass::InternetEgress;
    }
    return TransferClass::IntraZone;
}

double internetEgressShare(bool fromOutside, bool toOutside, double readFraction)
{
    const double reads = std::clamp(readFraction, 0.0, 1.0);
    if (fromOutside)
        return reads; // the outside requests; reads are answered out of the cloud
    if (toOutside)
        return 1.0 - reads; // the cloud requests; its writes are sent out
    return 1.0; // cloud to cloud over the internet: everything leaves a region
}

RttRange pathLatency(const QList<RttRange> &hops, const RttRange &storage)
{
    RttRange sum = storage;
    for (const RttRange &hop : hops) {
        sum.typicalMs += hop.typicalMs;
        sum.worstMs += hop.worstMs;
    }
    return sum;
}

} // namespace ecsplan
