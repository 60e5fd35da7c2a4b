#pragma once

#include "catalogtypes.h"

#include <QByteArray>

#include <optional>

namespace ecsplan {

class Catalog;

/**
 * A catalog overlay: current data read from responses of Alibaba Cloud's own API, saved by the
 * user with the `aliyun` CLI (docs/catalog-import.md), laid on top of the built-in catalog.
 * Written by `ecsplan-cli catalog import`, read by Catalog::applyOverlay().
 *
 * Every figure names the response file it came from; every file carries the date it was saved
 * (its modification time, UTC — API responses carry no date) and its RequestId.
 */
struct OverlaySource
{
    QString id; ///< "F1", "F2"… in file-name order
    QString file; ///< the response's file name, as saved
    QString product; ///< "ecs" | "r-kvstore"
    QString action; ///< "DescribePrice", "DescribeAvailableResource"…
    QString asOf; ///< YYYY-MM-DD: the file's modification date (UTC)
    QString requestId; ///< the response's RequestId ("" when it had none)
};

/** A price from DescribePrice: one instance type or cache class, region and billing. */
struct OverlayPrice
{
    QString instanceType, cacheClass; ///< exactly one is set
    PriceRow row; ///< region, billing, currency, unit, amount; row.src.note says which price
    QString sourceId;
};

/** Instance types (or cache classes) a zone offers, from DescribeAvailableResource. */
struct OverlayAvailability
{
    QString zone;
    QStringList offered; ///< sorted
    QString sourceId;
};

/** A region's zones, from DescribeZones. */
struct OverlayZones
{
    QString region;
    QStringList zones; ///< sorted
    QString sourceId;
};

/** An instance type's figures from DescribeInstanceTypes. */
struct OverlayTypeSpec
{
    QString id;
    int vcpu = 0;
    double memoryGiB = 0;
    std::optional<int> maxEnis;
    std::optional<qint64> pps;
    QString sourceId;
};

struct CatalogOverlay
{
    static constexpr int FormatVersion = 1;

    QList<OverlaySource> sources;
    QList<OverlayPrice> prices;
    QList<OverlayAvailability> availability; ///< ECS instance types per zone
    QList<OverlayAvailability> cacheAvailability; ///< Tair (Redis) classes per zone
    QList<OverlayZones> zones;
    QList<OverlayTypeSpec> instanceTypes;
    /// What the import read but left out, one line each ("file: why").
    QStringList skipped;

    const OverlaySource *source(const QString &id) const;
    /** The overlay file (stable key order, indented). */
    QByteArray toJson() const;
    /**
     * Reads an overlay file. Structure only (types, required members, dates, that every
     * "source" names a listed file); references to the catalog are checked when it is applied.
     * nullopt with "JSON path: message" lines in `errors` when anything is wrong.
     */
    static std::optional<CatalogOverlay> fromJson(const QByteArray &json, QStringList *errors);
};

} // namespace ecsplan
