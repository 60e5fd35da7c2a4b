#include "catalogaccess.h"

#include "catalog/catalog.h"
#include "catalog/catalogoverlay.h"
#include "metrics/cataloginputs.h"
#include "metrics/diskperformance.h"

#include <QMap>

namespace ecsplan::CatalogAccess {

QList<InstanceTypeRow> instanceTypes(const Catalog *catalog)
{
    QList<InstanceTypeRow> rows;
    if (!catalog)
        return rows;
    for (const InstanceTypeSpec &t : catalog->instanceTypes())
        rows << InstanceTypeRow{t.id, t.family, t.arch, t.vcpu, t.memoryGiB};
    return rows;
}

bool hasAvailability(const Catalog *catalog, const QString &zone)
{
    return catalog && catalog->hasAvailabilityData(zone);
}

bool zoneOffers(const Catalog *catalog, const QString &zone, const QString &instanceType)
{
    return !catalog || catalog->zoneOffers(zone, instanceType);
}

QStringList diskCategories(const Catalog *catalog)
{
    QStringList codes;
    if (catalog) {
        for (const DiskCategorySpec &d : catalog->diskCategories()) {
            if (!codes.contains(d.category))
                codes << d.category;
        }
    }
    if (codes.isEmpty())
        codes = {QStringLiteral("cloud_essd"), QStringLiteral("cloud_auto"),
                 QStringLiteral("cloud_essd_entry")};
    return codes;
}

QStringList diskLevels(const Catalog *catalog, const QString &category)
{
    QStringList levels;
    if (catalog) {
        for (const DiskCategorySpec &d : catalog->diskCategories()) {
            if (d.category == category && !d.level.isEmpty())
                levels << d.level;
        }
    }
    return levels;
}

DiskPerformance diskPerformance(const Catalog *catalog, const QString &category,
                                const QString &level, int sizeGiB, int provisionedIops)
{
    DiskPerformance result;
    if (!catalog)
        return result;
    // The metrics' own formula functions: the inspector shows what the engine will compute.
    const CatalogInputs inputs(catalog);
    const DiskFormula *formula = inputs.diskFormula(category, level);
    if (!formula || !formula->hasFormula)
        return result;
    const ecsplan::DiskPerformance perf
            = ecsplan::diskPerformance(*formula, sizeGiB, provisionedIops);
    result.known = true;
    result.minGiB = formula->minGiB;
    result.maxGiB = formula->maxGiB;
    // An out-of-range disk has no figures in the engine; show what the formula gives anyway.
    const int clamped = std::clamp(sizeGiB, std::max(1, formula->minGiB),
                                   formula->maxGiB > 0 ? formula->maxGiB : sizeGiB);
    const ecsplan::DiskPerformance shown
            = perf.valid ? perf : ecsplan::diskPerformance(*formula, clamped, provisionedIops);
    result.iops = shown.iops;
    result.throughputMBps = shown.throughputMBps;
    result.formula = perf.iopsWhy.toText() + QLatin1Char('\n') + perf.throughputWhy.toText();
    if (!perf.valid)
        result.formula = perf.problems.join(QLatin1Char('\n'));
    return result;
}

QStringList regionCodes(const Catalog *catalog)
{
    QStringList codes;
    if (catalog) {
        for (const RegionSpec &r : catalog->regions())
            codes << r.id;
    }
    return codes;
}

QStringList zoneCodes(const Catalog *catalog, const QString &region)
{
    const RegionSpec *r = catalog ? catalog->region(region) : nullptr;
    return r ? r->zones : QStringList();
}

QStringList cacheClasses(const Catalog *catalog)
{
    QStringList classes;
    if (catalog) {
        for (const RedisClassSpec &c : catalog->redisClasses())
            classes << c.instanceClass;
    }
    return classes;
}

QString version(const Catalog *catalog)
{
    return catalog ? catalog->version() : QString();
}
QString asOf(const Catalog *catalog)
{
    return catalog ? catalog->asOf() : QString();
}

QString overlayFile(const Catalog *catalog)
{
    return catalog ? catalog->overlayFile() : QString();
}

QList<OverlaySourceRow> overlaySources(const Catalog *catalog)
{
    QList<OverlaySourceRow> rows;
    if (catalog) {
        for (const OverlaySource &s : catalog->overlaySources())
            rows << OverlaySourceRow{s.product + QLatin1Char(' ') + s.action, s.file, s.asOf};
    }
    return rows;
}

QStringList overlaySkipped(const Catalog *catalog)
{
    return catalog ? catalog->overlaySkipped() : QStringList();
}

QList<SourceRow> sources(const Catalog *catalog)
{
    QMap<QPair<QString, QString>, int> counts; // (source, asOf) → figures citing it
    auto count = [&counts](const SourceRef &src) {
        if (!src.source.isEmpty())
            ++counts[qMakePair(src.source, src.asOf)];
    };
    if (catalog) {
        for (const InstanceTypeSpec &t : catalog->instanceTypes()) {
            count(t.src);
            for (const PriceRow &p : t.prices)
                count(p.src);
        }
        for (const DiskCategorySpec &d : catalog->diskCategories()) {
            count(d.src);
            for (const PriceRow &p : d.prices)
                count(p.src);
        }
        for (const RegionSpec &r : catalog->regions())
            count(r.src);
        for (const ServicePrice &s : catalog->servicePrices())
            count(s.src);
        for (const RedisClassSpec &c : catalog->redisClasses())
            count(c.src);
        count(catalog->sameZoneRtt().src);
        count(catalog->crossZoneRtt().src);
        const PricingModifiers &m = catalog->pricingModifiers();
        count(m.spotSrc);
        count(m.savingsPlanSrc);
        count(m.cnyPerUsdSrc);
        for (const SubscriptionDiscount &s : m.subscription)
            count(s.src);
    }
    QList<SourceRow> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows << SourceRow{it.key().first, it.key().second, it.value()};
    return rows;
}

QStringList notes(const Catalog *catalog)
{
    return catalog ? catalog->notes() : QStringList();
}

} // namespace ecsplan::CatalogAccess
