#include "latency.h"

namespace ecsplan {

LinkScope linkScope(const LinkEnd &from, const LinkEnd &to, LinkPath path)
{
    if (from.outside || to.outside)
        return LinkScope::Internet;
    const bool bothRegions = !from.regionCode.isEmpty() && !to.regionCode.isEmpty();
    if (bothRegions && from.regionCode != to.regionCode)
        return path == LinkPath::Internet ? LinkScope::CrossRegionInternet : LinkScope::CrossRegionCen;
    if (path == LinkPath::Internet)
        return LinkScope::Internet;
    if (!from.zoneCode.isEmpty() && from.zoneCode == to.zoneCode)
        return LinkScope::SameZone;
    return LinkScope::CrossZone;
}

TransferClass transferClass(LinkScope scope, const LinkEnd &from)
{
    switch (scope) {
    case LinkScope::SameZone: return TransferClass::IntraZone;
    case LinkScope::CrossZone: return TransferClass::CrossZone;
    case LinkScope::CrossRegionCen: return TransferClass::CrossRegion;
    case LinkScope::CrossRegionInternet: return TransferClass::InternetEgress;
    case LinkScope::Internet:
        return (from.outside || from.endpoint) ? TransferClass::InternetIngress
                                               : TransferClass::InternetEgress;
    }
    return TransferClass::IntraZone;
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
