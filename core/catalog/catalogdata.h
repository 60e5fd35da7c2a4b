#pragma once

#include "catalogoverlay.h"
#include "catalogtypes.h"

#include <QHash>

namespace ecsplan {

/** Internal: everything a catalog JSON holds, as parsed by CatalogParser. Not part of the public
 * API. */
struct InternetEgressRow
{
    QString region;
    double usdPerGB = 0;
    std::optional<double> eipConfigUsdPerHour;
    SourceRef src;
};

struct AreaPairRate
{
    QString areaA, areaB;
    double usdPerGB = 0;
};

struct RegionPairLatency
{
    QString a, b;
    LatencyRange cen;
    std::optional<LatencyRange> internet;
};

struct CatalogData
{
    QString version, asOf;
    int monthHours = 730;
    QString mainlandPriceRegion;
    QList<InstanceTypeSpec> instanceTypes;
    QList<DiskCategorySpec> diskCategories;
    QList<RegionSpec> regions;
    QHash<QString, QStringList> availability; ///< zone id -> instance types offered (may be empty)
    QHash<QString, SourceRef> availabilitySrc; ///< zone id -> where its availability comes from
    QHash<QString, QStringList> cacheAvailability; ///< zone id -> cache classes offered
    QHash<QString, SourceRef> cacheAvailabilitySrc;
    /// The overlay applied on top (Catalog::applyOverlay), if any: its file and sources.
    QString overlayFile;
    QList<OverlaySource> overlaySources;
    QStringList overlaySkipped;

    double intraRegionUsdPerGB = 0;
    SourceRef intraRegionSrc;
    QList<InternetEgressRow> internetEgress;
    double freeGBMainland = 0, freeGBOutside = 0, freeGBTotal = 0;
    SourceRef freeQuotaSrc;
    QList<AreaPairRate> interRegionRates;
    SourceRef interRegionSrc;

    LatencyRange sameZone, crossZone;
    double internetFactorTypical = 1, internetFactorWorst = 1;
    SourceRef internetFactorSrc;
    QList<RegionPairLatency> interRegionLatency;

    PricingModifiers modifiers;
    QList<ServicePrice> services;
    QList<RedisClassSpec> redisClasses;
    QList<CatalogNote> notes;
};

} // namespace ecsplan
