#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ecsplan {

class Catalog;

/**
 * What the inspector and the dialogs need from the catalog, as plain values. The one place in
 * the widgets that knows the catalog's layout, so that catalog changes touch one file.
 * Every function accepts a null catalog and then answers "unknown" (empty lists, known=false).
 */
namespace CatalogAccess {

struct InstanceTypeRow
{
    QString id;
    QString family; ///< "g8i", "c7", ...
    QString arch; ///< "x86_64" | "arm64"
    int vcpu = 0;
    double memoryGiB = 0;
};

/** Resulting performance of a cloud disk of `sizeGiB` by the catalog's published formula. */
struct DiskPerformance
{
    bool known = false; ///< false: category/level not in the catalog
    double iops = 0;
    double throughputMBps = 0;
    int minGiB = 0; ///< capacity range of the category/level
    int maxGiB = 0;
    QString formula; ///< as published, e.g. "min(1800 + 50 × GiB, 50000)"
};

/** A data source the catalog cites, with the date of its figures. */
struct SourceRow
{
    QString source;
    QString asOf;
    int figures = 0; ///< how many catalog figures cite it
};

QList<InstanceTypeRow> instanceTypes(const Catalog *catalog);
/** True when the catalog has availability data for `zone` (else every type is allowed). */
bool hasAvailability(const Catalog *catalog, const QString &zone);
bool zoneOffers(const Catalog *catalog, const QString &zone, const QString &instanceType);

/** Distinct disk category codes, catalog order (a built-in list when there is no catalog). */
QStringList diskCategories(const Catalog *catalog);
/** Levels of a category ("PL0".."PL3" for cloud_essd, empty list otherwise). */
QStringList diskLevels(const Catalog *catalog, const QString &category);
DiskPerformance diskPerformance(const Catalog *catalog, const QString &category,
                                const QString &level, int sizeGiB, int provisionedIops = 0);

QStringList regionCodes(const Catalog *catalog);
QStringList zoneCodes(const Catalog *catalog, const QString &region);
QStringList cacheClasses(const Catalog *catalog);

/** A response a catalog overlay was made from (docs/catalog-import.md). */
struct OverlaySourceRow
{
    QString action; ///< "ecs DescribePrice"
    QString file;
    QString asOf; ///< the date it was saved
};
/** The applied catalog overlay's file name, "" when none. */
QString overlayFile(const Catalog *catalog);
QList<OverlaySourceRow> overlaySources(const Catalog *catalog);
QStringList overlaySkipped(const Catalog *catalog);

QString version(const Catalog *catalog);
QString asOf(const Catalog *catalog);
QList<SourceRow> sources(const Catalog *catalog);
/** Field guide vs facts disagreements, one translated line each. */
QStringList notes(const Catalog *catalog);

} // namespace CatalogAccess
} // namespace ecsplan
