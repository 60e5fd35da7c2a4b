#include "catalogaccess.h"

#include "catalog/catalog.h"

// Seam: the catalog branch has not landed yet; answers "unknown" except for fixed code lists.
namespace ecsplan::CatalogAccess {

QList<InstanceTypeRow> instanceTypes(const Catalog *) { return {}; }
bool hasAvailability(const Catalog *, const QString &) { return false; }
bool zoneOffers(const Catalog *, const QString &, const QString &) { return true; }

QStringList diskCategories(const Catalog *)
{
    return {QStringLiteral("cloud_essd"), QStringLiteral("cloud_auto"),
            QStringLiteral("cloud_essd_entry"), QStringLiteral("cloud_ssd"),
            QStringLiteral("cloud_efficiency")};
}

QStringList diskLevels(const Catalog *, const QString &category)
{
    if (category == QLatin1String("cloud_essd"))
        return {QStringLiteral("PL0"), QStringLiteral("PL1"), QStringLiteral("PL2"),
                QStringLiteral("PL3")};
    return {};
}

DiskPerformance diskPerformance(const Catalog *, const QString &, const QString &, int, int)
{
    return {};
}

QStringList regionCodes(const Catalog *) { return {}; }
QStringList zoneCodes(const Catalog *, const QString &) { return {}; }
QStringList cacheClasses(const Catalog *) { return {}; }
QString version(const Catalog *catalog) { return catalog ? catalog->version() : QString(); }
QString asOf(const Catalog *) { return {}; }
QList<SourceRow> sources(const Catalog *) { return {}; }
QStringList notes(const Catalog *) { return {}; }

} // namespace ecsplan::CatalogAccess
