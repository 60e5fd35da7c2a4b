#include "cataloginputs.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"

#include <memory>

namespace ecsplan {

using Pair = std::pair<QString, QString>;

struct CatalogInputs::Caches
{
    /// Each formula at an address of its own (nullptr: unknown), stable until clear():
    /// MetricsCalculator keeps the pointers for a flush.
    QHash<Pair, std::shared_ptr<const DiskFormula>> diskFormulas;
    QHash<Pair, PricedItem> instancePrices;
    QHash<Pair, PricedItem> cachePrices;
    QHash<Pair, QHash<QString, PricedDisk>> diskPrices; // (category, level) → region → price
    QHash<QString, ServiceItem> services;
    std::array<QHash<Pair, TransferRate>, 5> rates; // by TransferClass
    std::array<QHash<Pair, std::optional<std::pair<RttRange, Citation>>>, 5> rtts; // by LinkScope
    QHash<const InstanceTypeSpec *, InstanceDiskLimits> limits;
};

namespace {

const QString kPayg = QStringLiteral("PayAsYouGo");
const QString kSubscription = QStringLiteral("Subscription");

UnitPrice unitPrice(const PriceRow &row, const QString &what)
{
    UnitPrice p;
    p.amount = row.amount;
    p.currency = row.currency;
    p.perHour = row.unit == PriceUnit::PerHour || row.unit == PriceUnit::PerGiBHour;
    p.perGiB = row.unit == PriceUnit::PerGiBHour || row.unit == PriceUnit::PerGiBMonth;
    p.citation = CatalogInputs::cite(what, row.src);
    return p;
}

QStringList missingKeys(const QString &label)
{
    QStringList keys;
    for (int b = 0; b < BillingModelCount; ++b)
        keys << missingPriceKey(label, BillingModel(b));
    return keys;
}

} // namespace

CatalogInputs::CatalogInputs(const Catalog *catalog)
    : m_catalog(catalog)
    , m_caches(std::make_unique<Caches>())
{
}

CatalogInputs::~CatalogInputs() = default;

void CatalogInputs::clear()
{
    m_caches = std::make_unique<Caches>();
}

Citation CatalogInputs::cite(const QString &what, const SourceRef &src)
{
    return {what, src.source, src.asOf, src.indicative, src.kind, src.note};
}

const DiskFormula *CatalogInputs::diskFormula(const QString &category, const QString &level) const
{
    const Pair k(category, level);
    auto it = m_caches->diskFormulas.constFind(k);
    if (it == m_caches->diskFormulas.constEnd()) {
        std::optional<DiskFormula> formula;
        if (const DiskCategorySpec *spec
            = m_catalog ? m_catalog->diskCategory(category, level) : nullptr) {
            DiskFormula f;
            f.category = spec->category;
            f.level = spec->level;
            f.minGiB = spec->minGiB;
            f.maxGiB = spec->maxGiB;
            f.hasFormula = spec->hasFormula;
            f.iopsBase = spec->iops.base;
            f.iopsPerGiB = spec->iops.perGiB;
            f.iopsMax = spec->iops.max;
            f.mbpsBase = spec->throughputMBps.base;
            f.mbpsPerGiB = spec->throughputMBps.perGiB;
            f.mbpsMax = spec->throughputMBps.max;
            f.autoBaselineFloorIops = spec->autoBaselineFloorIops;
            f.autoBaselineFloorMBps = spec->autoBaselineFloorMBps;
            f.autoMaxProvisionedIops = spec->autoMaxProvisionedIops;
            f.autoProvisionedIopsPerGiB = spec->autoProvisionedIopsPerGiB;
            f.autoMBpsPerProvisionedIops = spec->autoMBpsPerProvisionedIops;
            f.autoBurstIopsPerGiB = spec->autoBurstIopsPerGiB;
            f.autoBurstMaxIops = spec->autoBurstMaxIops;
            f.autoBurstMaxMBps = spec->autoBurstMaxMBps;
            f.latencyTypicalMs = spec->latencyTypicalMs;
            f.latencyWorstMs = spec->latencyWorstMs;
            f.citation = cite(Tr::tr("%1 performance: %2").arg(f.label(), spec->formulaText),
                              spec->src);
            formula = f;
        }
        it = m_caches->diskFormulas.insert(
                k, formula ? std::make_shared<const DiskFormula>(std::move(*formula)) : nullptr);
    }
    return it->get();
}

const InstanceTypeSpec *CatalogInputs::instanceType(const QString &id) const
{
    return m_catalog ? m_catalog->instanceType(id) : nullptr;
}

InstanceDiskLimits CatalogInputs::diskLimits(const InstanceTypeSpec *type) const
{
    InstanceDiskLimits limits;
    if (!type)
        return limits;
    if (auto it = m_caches->limits.constFind(type); it != m_caches->limits.constEnd())
        return *it;
    limits.instanceType = type->id;
    limits.baselineIops = type->diskBaselineIops;
    limits.burstIops = type->diskBurstIops;
    limits.baselineMBps = type->diskBaselineMBps;
    limits.burstMBps = type->diskBurstMBps;
    limits.citation = cite(Tr::tr("%1 disk limits").arg(type->id), type->src);
    m_caches->limits.insert(type, limits);
    return limits;
}

namespace {

BillingDiscounts discounts(const Catalog *catalog)
{
    BillingDiscounts d;
    if (!catalog)
        return d;
    SourceRef src;
    d.subscription1Year = catalog->subscriptionDiscount(1, &src);
    d.subscriptionWhy = CatalogInputs::cite(Tr::tr("1-year subscription discount"), src);
    SourceRef three;
    d.subscription3Year = catalog->subscriptionDiscount(3, &three);
    d.subscription3YearWhy = CatalogInputs::cite(Tr::tr("3-year subscription discount"), three);
    SourceRef spot;
    d.preemptible = catalog->spotMaxDiscount(&spot);
    d.preemptibleWhy = CatalogInputs::cite(Tr::tr("preemptible (spot) maximum discount"), spot);
    SourceRef plan;
    d.savingsPlan = catalog->savingsPlanExampleDiscount(&plan);
    d.savingsPlanWhy
            = CatalogInputs::cite(Tr::tr("savings plan discount (published example)"), plan);
    return d;
}

} // namespace

const CatalogInputs::PricedItem &CatalogInputs::instancePrice(const QString &type,
                                                              const QString &region) const
{
    const Pair k(type, region);
    auto it = m_caches->instancePrices.constFind(k);
    if (it != m_caches->instancePrices.constEnd())
        return *it;
    PricedItem item;
    item.price.label
            = Tr::tr("%1 in %2").arg(type, region.isEmpty() ? Tr::tr("no region") : region);
    item.missingKeys = missingKeys(item.price.label);
    for (int b = 0; b < BillingModelCount; ++b)
        item.missingIds[b] = m_missing.key(item.missingKeys.at(b));
    if (m_catalog && !region.isEmpty()) {
        if (const PriceRow *row = m_catalog->instancePrice(type, region, kPayg))
            item.price.payAsYouGo
                    = unitPrice(*row, Tr::tr("%1 pay-as-you-go, %2").arg(type, row->region));
        if (const PriceRow *row = m_catalog->instancePrice(type, region, kSubscription))
            item.price.subscription
                    = unitPrice(*row, Tr::tr("%1 subscription, %2").arg(type, row->region));
        item.price.discounts = discounts(m_catalog);
    }
    return *m_caches->instancePrices.insert(k, item);
}

const CatalogInputs::PricedItem &CatalogInputs::cachePrice(const QString &instanceClass,
                                                           const QString &region) const
{
    const Pair k(instanceClass, region);
    auto it = m_caches->cachePrices.constFind(k);
    if (it != m_caches->cachePrices.constEnd())
        return *it;
    PricedItem item;
    item.price.label = Tr::tr("%1 in %2")
                               .arg(instanceClass, region.isEmpty() ? Tr::tr("no region") : region);
    item.missingKeys = missingKeys(item.price.label);
    for (int b = 0; b < BillingModelCount; ++b)
        item.missingIds[b] = m_missing.key(item.missingKeys.at(b));
    if (m_catalog && !region.isEmpty()) {
        // Price sheet rows: by region and billing, like instance prices.
        if (const PriceRow *row = m_catalog->cachePrice(instanceClass, region, kPayg))
            item.price.payAsYouGo = unitPrice(
                    *row, Tr::tr("%1 pay-as-you-go, %2").arg(instanceClass, row->region));
        if (const PriceRow *row = m_catalog->cachePrice(instanceClass, region, kSubscription))
            item.price.subscription = unitPrice(
                    *row, Tr::tr("%1 subscription, %2").arg(instanceClass, row->region));
        if (item.price.payAsYouGo || item.price.subscription)
            item.price.discounts = discounts(m_catalog);
    }
    if (m_catalog && !item.price.payAsYouGo) {
        for (const RedisClassSpec &spec : m_catalog->redisClasses()) {
            if (spec.instanceClass != instanceClass || !spec.price)
                continue;
            // The catalog states Redis prices per month in CNY (user price sheets).
            UnitPrice p;
            p.amount = *spec.price;
            p.currency = QStringLiteral("CNY");
            p.perHour = false;
            p.citation = cite(Tr::tr("%1 price").arg(instanceClass), spec.src);
            item.price.payAsYouGo = p;
            item.price.discounts = discounts(m_catalog);
        }
    }
    return *m_caches->cachePrices.insert(k, item);
}

const RedisClassSpec *CatalogInputs::redisClass(const QString &instanceClass) const
{
    if (m_catalog) {
        for (const RedisClassSpec &spec : m_catalog->redisClasses()) {
            if (spec.instanceClass == instanceClass)
                return &spec;
        }
    }
    return nullptr;
}

std::optional<double> CatalogInputs::cacheMemoryGB(const QString &instanceClass) const
{
    if (m_catalog) {
        for (const RedisClassSpec &spec : m_catalog->redisClasses()) {
            if (spec.instanceClass == instanceClass)
                return spec.memoryGB;
        }
    }
    return std::nullopt;
}

const CatalogInputs::PricedDisk &CatalogInputs::diskPrice(const QString &category,
                                                          const QString &level,
                                                          const QString &region) const
{
    QHash<QString, PricedDisk> &byRegion = m_caches->diskPrices[Pair(category, level)];
    auto it = byRegion.constFind(region);
    if (it != byRegion.constEnd())
        return *it;
    PricedDisk item;
    const QString label = level.isEmpty() ? category : category + QLatin1Char(' ') + level;
    item.price.label
            = Tr::tr("%1 in %2").arg(label, region.isEmpty() ? Tr::tr("no region") : region);
    item.missingPayg = missingPriceKey(item.price.label, BillingModel::PayAsYouGo);
    item.missingSubscription = missingPriceKey(item.price.label, BillingModel::Subscription1Year);
    item.missingPaygId = m_missing.key(item.missingPayg);
    item.missingSubscriptionId = m_missing.key(item.missingSubscription);
    if (m_catalog && !region.isEmpty()) {
        if (const PriceRow *row = m_catalog->diskPrice(category, level, region, kPayg))
            item.price.payAsYouGo
                    = unitPrice(*row, Tr::tr("%1 pay-as-you-go, %2").arg(label, row->region));
        if (const PriceRow *row = m_catalog->diskPrice(category, level, region, kSubscription))
            item.price.subscription
                    = unitPrice(*row, Tr::tr("%1 subscription, %2").arg(label, row->region));
    }
    return *byRegion.insert(region, item);
}

const CatalogInputs::ServiceItem &CatalogInputs::loadBalancerPrice(LoadBalancerKind kind,
                                                                   const QString &edition,
                                                                   const QString &region) const
{
    const QString service = toCode(kind); // alb, nlb, clb
    const QString item = kind == LoadBalancerKind::Alb ? edition : QStringLiteral("instance");
    const QString k = service + QLatin1Char('|') + item + QLatin1Char('|') + region;
    auto it = m_caches->services.constFind(k);
    if (it != m_caches->services.constEnd())
        return *it;
    ServiceItem result;
    result.label = kind == LoadBalancerKind::Alb
            ? Tr::tr("%1 %2 instance fee in %3").arg(service.toUpper(), edition, region)
            : Tr::tr("%1 instance fee in %2").arg(service.toUpper(), region);
    result.missingKey = missingPriceKey(result.label, BillingModel::PayAsYouGo);
    result.missingKeyId = m_missing.key(result.missingKey);
    if (m_catalog) {
        const bool mainland = isMainland(region);
        for (const ServicePrice &sp : m_catalog->servicePrices()) {
            if (sp.service.compare(service, Qt::CaseInsensitive) != 0
                || sp.item.compare(item, Qt::CaseInsensitive) != 0 || !sp.amount)
                continue;
            const bool scopeOk = sp.scope == QLatin1String("all")
                    || (sp.scope == QLatin1String("mainland")) == mainland;
            if (!scopeOk)
                continue;
            UnitPrice p;
            p.amount = *sp.amount;
            p.currency = sp.currency;
            p.perHour = sp.unit == QLatin1String("hour");
            p.citation = cite(result.label, sp.src);
            result.price = p;
            break;
        }
    }
    return *m_caches->services.insert(k, result);
}

const CatalogInputs::ServiceItem &CatalogInputs::serviceItem(const QString &service,
                                                             const QString &item,
                                                             const QString &region,
                                                             const QString &label) const
{
    const QString k = QStringLiteral("%1|%2|%3").arg(service, item, region);
    auto it = m_caches->services.constFind(k);
    if (it != m_caches->services.constEnd())
        return *it;
    ServiceItem result;
    result.label = label;
    result.missingKey = missingPriceKey(label, BillingModel::PayAsYouGo);
    result.missingKeyId = m_missing.key(result.missingKey);
    if (m_catalog) {
        const bool mainland = isMainland(region);
        for (const ServicePrice &sp : m_catalog->servicePrices()) {
            if (sp.service.compare(service, Qt::CaseInsensitive) != 0
                || sp.item.compare(item, Qt::CaseInsensitive) != 0 || !sp.amount)
                continue;
            const bool scopeOk = sp.scope == QLatin1String("all")
                    || (sp.scope == QLatin1String("mainland")) == mainland;
            if (!scopeOk)
                continue;
            UnitPrice p;
            p.amount = *sp.amount;
            p.currency = sp.currency;
            p.perHour = sp.unit == QLatin1String("hour");
            p.citation = cite(label, sp.src);
            result.price = p;
            break;
        }
    }
    return *m_caches->services.insert(k, result);
}

const TransferRate &CatalogInputs::transferRate(TransferClass transferClass, const QString &from,
                                                const QString &to) const
{
    QHash<Pair, TransferRate> &rates = m_caches->rates[size_t(transferClass)];
    const Pair k(from, to);
    auto it = rates.constFind(k);
    if (it != rates.constEnd())
        return *it;
    TransferRate rate;
    SourceRef src;
    std::optional<double> usd;
    switch (transferClass) {
    case TransferClass::IntraZone:
    case TransferClass::CrossZone:
        rate.label = Tr::tr("intranet traffic in %1").arg(from);
        if (m_catalog)
            usd = m_catalog->intraRegionUsdPerGB(&src);
        break;
    case TransferClass::CrossRegion:
        rate.label = Tr::tr("CEN %1 ↔ %2").arg(from, to);
        if (m_catalog)
            usd = m_catalog->interRegionUsdPerGB(from, to, &src);
        break;
    case TransferClass::InternetEgress:
        rate.label = Tr::tr("internet egress from %1").arg(from);
        if (m_catalog)
            usd = m_catalog->internetEgressUsdPerGB(from, &src);
        break;
    case TransferClass::InternetIngress:
        rate.label = Tr::tr("internet ingress");
        break;
    }
    if (usd) {
        UnitPrice p;
        p.amount = *usd;
        p.currency = QStringLiteral("USD");
        p.perHour = false;
        p.citation = cite(rate.label, src);
        rate.rate = p;
    }
    return *rates.insert(k, rate);
}

std::optional<RttRange> CatalogInputs::linkRtt(LinkScope scope, const QString &from,
                                               const QString &to, Citation *citation) const
{
    QHash<Pair, std::optional<std::pair<RttRange, Citation>>> &cache
            = m_caches->rtts[size_t(scope)];
    const bool regional
            = scope == LinkScope::CrossRegionCen || scope == LinkScope::CrossRegionInternet;
    const Pair k = regional ? Pair(from, to) : Pair();
    auto it = cache.constFind(k);
    if (it == cache.constEnd()) {
        Citation why;
        const std::optional<RttRange> rtt = lookupRtt(scope, from, to, &why);
        it = cache.insert(k, rtt ? std::optional(std::pair(*rtt, why)) : std::nullopt);
    }
    if (!it->has_value())
        return std::nullopt;
    if (citation)
        *citation = (*it)->second;
    return (*it)->first;
}

std::optional<RttRange> CatalogInputs::lookupRtt(LinkScope scope, const QString &from,
                                                 const QString &to, Citation *citation) const
{
    if (!m_catalog)
        return std::nullopt;
    std::optional<LatencyRange> range;
    QString what;
    switch (scope) {
    case LinkScope::SameZone:
        range = m_catalog->sameZoneRtt();
        what = Tr::tr("same-zone round trip");
        break;
    case LinkScope::CrossZone:
        range = m_catalog->crossZoneRtt();
        what = Tr::tr("cross-zone round trip");
        break;
    case LinkScope::CrossRegionCen:
        range = m_catalog->interRegionRtt(from, to, false);
        what = Tr::tr("%1 ↔ %2 round trip over CEN").arg(from, to);
        break;
    case LinkScope::CrossRegionInternet:
        range = m_catalog->interRegionRtt(from, to, true);
        what = Tr::tr("%1 ↔ %2 round trip over the internet").arg(from, to);
        break;
    case LinkScope::Internet:
        break;
    }
    if (!range)
        return std::nullopt;
    if (citation)
        *citation = cite(what, range->src);
    return RttRange{range->typicalMs, range->worstMs};
}

bool CatalogInputs::isMainland(const QString &region) const
{
    const RegionSpec *spec = m_catalog ? m_catalog->region(region) : nullptr;
    return spec ? spec->mainland
                : region.startsWith(QLatin1String("cn-")) && region != QLatin1String("cn-hongkong");
}

double CatalogInputs::freeQuotaGB(QuotaGroup group) const
{
    return m_catalog ? m_catalog->internetFreeGBPerMonth(group == QuotaGroup::Mainland) : 0.0;
}

} // namespace ecsplan
