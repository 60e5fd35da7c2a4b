#include "catalog.h"

#include "catalogdata.h"
#include "catalogparser.h"
#include "ecsplan_global.h"

#include <QFile>
#include <QMutexLocker>
#include <QRegularExpression>

// Q_INIT_RESOURCE must not be used inside a namespace.
static void initCatalogResource()
{
    Q_INIT_RESOURCE(catalog);
}

namespace ecsplan {

Catalog::Catalog()
    : m_d(std::make_unique<CatalogData>())
{
}
Catalog::~Catalog() = default;

const Catalog &Catalog::builtin()
{
    static const std::unique_ptr<Catalog> instance = [] {
        initCatalogResource();
        QFile file(QStringLiteral(":/catalog/catalog.json"));
        QStringList errors;
        std::unique_ptr<Catalog> c;
        if (file.open(QIODevice::ReadOnly))
            c = fromJson(file.readAll(), &errors);
        else
            errors.append(QStringLiteral(":/catalog/catalog.json: ") + file.errorString());
        if (!c) {
            // A build defect, not user input: report it and carry on with an empty catalog.
            qCritical("ecsplan: the built-in catalog is invalid:\n%s",
                      qPrintable(errors.join(QLatin1Char('\n'))));
            c = std::make_unique<Catalog>();
        }
        return c;
    }();
    return *instance;
}

std::unique_ptr<Catalog> Catalog::fromJson(const QByteArray &json, QStringList *errors)
{
    auto c = std::make_unique<Catalog>();
    CatalogParser parser(errors);
    if (!parser.parseCatalog(json, *c->m_d))
        return nullptr;
    c->rebuildIndexes();
    return c;
}

void Catalog::rebuildIndexes()
{
    m_typeIndex.clear();
    m_regionIndex.clear();
    for (int i = 0; i < m_d->instanceTypes.size(); ++i)
        m_typeIndex.insert(m_d->instanceTypes.at(i).id, i);
    for (int i = 0; i < m_d->regions.size(); ++i)
        m_regionIndex.insert(m_d->regions.at(i).id, i);
    QMutexLocker lock(&m_fallbackMutex);
    m_fallbackPrices.clear();
}

bool Catalog::applyPriceSheet(const QByteArray &json, QStringList *errors)
{
    QList<CatalogParser::SheetRow> rows;
    CatalogParser parser(errors);
    if (!parser.parsePriceSheet(json, *m_d, rows))
        return false;
    for (const CatalogParser::SheetRow &sr : rows) {
        QList<PriceRow> *target = nullptr;
        if (!sr.instanceType.isEmpty()) {
            target = &m_d->instanceTypes[m_typeIndex.value(sr.instanceType)].prices;
        } else if (!sr.cacheClass.isEmpty()) {
            for (RedisClassSpec &c : m_d->redisClasses) {
                if (c.instanceClass == sr.cacheClass)
                    target = &c.prices;
            }
        } else {
            for (DiskCategorySpec &disk : m_d->diskCategories) {
                if (disk.category == sr.diskCategory && disk.level == sr.level)
                    target = &disk.prices;
            }
        }
        if (!target)
            continue; // cannot happen: the parser checked the item exists
        auto same = std::find_if(target->begin(), target->end(), [&](const PriceRow &r) {
            return r.region == sr.row.region && r.billing == sr.row.billing;
        });
        if (same != target->end())
            *same = sr.row;
        else
            target->append(sr.row);
    }
    rebuildIndexes();
    return true;
}

std::unique_ptr<Catalog> Catalog::clone() const
{
    auto c = std::make_unique<Catalog>();
    c->assign(*this);
    return c;
}

void Catalog::assign(const Catalog &other)
{
    if (&other == this)
        return;
    *m_d = *other.m_d;
    rebuildIndexes();
}

QString Catalog::version() const
{
    return m_d->version;
}
QString Catalog::asOf() const
{
    return m_d->asOf;
}
int Catalog::monthHours() const
{
    return m_d->monthHours;
}

const QList<InstanceTypeSpec> &Catalog::instanceTypes() const
{
    return m_d->instanceTypes;
}

const InstanceTypeSpec *Catalog::instanceType(const QString &id) const
{
    const int i = m_typeIndex.value(id, -1);
    return i < 0 ? nullptr : &m_d->instanceTypes.at(i);
}

const QList<DiskCategorySpec> &Catalog::diskCategories() const
{
    return m_d->diskCategories;
}

const DiskCategorySpec *Catalog::diskCategory(const QString &category, const QString &level) const
{
    const DiskCategorySpec *only = nullptr;
    int count = 0;
    for (const DiskCategorySpec &disk : m_d->diskCategories) {
        if (disk.category != category)
            continue;
        if (disk.level == level)
            return &disk;
        only = &disk;
        ++count;
    }
    return level.isEmpty() && count == 1 ? only : nullptr;
}

const QList<RegionSpec> &Catalog::regions() const
{
    return m_d->regions;
}

const RegionSpec *Catalog::region(const QString &id) const
{
    const int i = m_regionIndex.value(id, -1);
    return i < 0 ? nullptr : &m_d->regions.at(i);
}

const RegionSpec *Catalog::regionOfZone(const QString &zoneId) const
{
    static const QRegularExpression suffix(QStringLiteral("^-?[a-z0-9]{1,3}$"));
    const RegionSpec *best = nullptr;
    for (const RegionSpec &r : m_d->regions) {
        if (r.zones.contains(zoneId))
            return &r;
        if (zoneId.startsWith(r.id) && suffix.match(zoneId.mid(r.id.size())).hasMatch()
            && (!best || r.id.size() > best->id.size()))
            best = &r;
    }
    return best;
}

bool Catalog::hasAvailabilityData(const QString &zoneId) const
{
    return m_d->availability.contains(zoneId);
}

bool Catalog::zoneOffers(const QString &zoneId, const QString &instanceType) const
{
    const auto it = m_d->availability.constFind(zoneId);
    return it == m_d->availability.constEnd() || it->contains(instanceType);
}

SourceRef Catalog::availabilitySource(const QString &zoneId) const
{
    return m_d->availabilitySrc.value(zoneId);
}

bool Catalog::zoneOffersCache(const QString &zoneId, const QString &instanceClass) const
{
    const auto it = m_d->cacheAvailability.constFind(zoneId);
    return it == m_d->cacheAvailability.constEnd() || it->contains(instanceClass);
}

bool Catalog::hasCacheAvailabilityData(const QString &zoneId) const
{
    return m_d->cacheAvailability.contains(zoneId);
}

SourceRef Catalog::cacheAvailabilitySource(const QString &zoneId) const
{
    return m_d->cacheAvailabilitySrc.value(zoneId);
}

const PriceRow *Catalog::pickPrice(const QList<PriceRow> &rows, const QString &key,
                                   const QString &regionId, const QString &billing) const
{
    const PriceRow *borrowed = nullptr;
    for (const PriceRow &row : rows) {
        if (row.billing != billing)
            continue;
        if (row.region == regionId)
            return &row;
        if (row.region == m_d->mainlandPriceRegion)
            borrowed = &row;
    }
    const RegionSpec *r = region(regionId);
    if (!borrowed || !r || !r->mainland)
        return nullptr;
    QMutexLocker lock(&m_fallbackMutex);
    const QString mapKey = key + QLatin1Char('|') + regionId + QLatin1Char('|') + billing;
    auto it = m_fallbackPrices.find(mapKey);
    if (it == m_fallbackPrices.end()) {
        PriceRow copy = *borrowed;
        copy.region = regionId;
        copy.src.indicative = true;
        copy.src.kind = QStringLiteral("assumption"); // a fallback, not this region's own price
        const QString why
                = Tr::tr("%1 price used for %2 (Chinese-mainland regions share list prices)")
                          .arg(m_d->mainlandPriceRegion, regionId);
        copy.src.note = copy.src.note.isEmpty() ? why : copy.src.note + QStringLiteral("; ") + why;
        it = m_fallbackPrices.emplace(mapKey, copy).first;
    }
    return &it->second;
}

const PriceRow *Catalog::instancePrice(const QString &type, const QString &regionId,
                                       const QString &billing) const
{
    const InstanceTypeSpec *t = instanceType(type);
    return t ? pickPrice(t->prices, QStringLiteral("i:") + type, regionId, billing) : nullptr;
}

const PriceRow *Catalog::cachePrice(const QString &instanceClass, const QString &regionId,
                                    const QString &billing) const
{
    for (const RedisClassSpec &c : m_d->redisClasses) {
        if (c.instanceClass == instanceClass)
            return pickPrice(c.prices, QStringLiteral("c:") + instanceClass, regionId, billing);
    }
    return nullptr;
}

const PriceRow *Catalog::diskPrice(const QString &category, const QString &level,
                                   const QString &regionId, const QString &billing) const
{
    const DiskCategorySpec *disk = diskCategory(category, level);
    return disk ? pickPrice(disk->prices,
                            QStringLiteral("d:") + category + QLatin1Char(':') + disk->level,
                            regionId, billing)
                : nullptr;
}

SourceRef Catalog::internetFreeQuotaSource() const
{
    return m_d->freeQuotaSrc;
}

QString Catalog::mainlandPriceRegion() const
{
    return m_d->mainlandPriceRegion;
}

std::optional<double> Catalog::internetEgressUsdPerGB(const QString &regionId, SourceRef *src) const
{
    const InternetEgressRow *borrowed = nullptr;
    for (const InternetEgressRow &row : m_d->internetEgress) {
        if (row.region == regionId) {
            if (src)
                *src = row.src;
            return row.usdPerGB;
        }
        if (row.region == m_d->mainlandPriceRegion)
            borrowed = &row;
    }
    const RegionSpec *r = region(regionId);
    if (!borrowed || !r || !r->mainland)
        return std::nullopt;
    if (src) {
        *src = borrowed->src;
        src->indicative = true;
        src->kind = QStringLiteral("assumption");
        src->note = Tr::tr("%1 rate used for %2 (no published rate for this region)")
                            .arg(m_d->mainlandPriceRegion, regionId);
    }
    return borrowed->usdPerGB;
}

double Catalog::internetFreeGBPerMonth(bool mainland) const
{
    return mainland ? m_d->freeGBMainland : m_d->freeGBOutside;
}

double Catalog::internetFreeGBPerMonthTotal() const
{
    return m_d->freeGBTotal;
}

double Catalog::intraRegionUsdPerGB(SourceRef *src) const
{
    if (src)
        *src = m_d->intraRegionSrc;
    return m_d->intraRegionUsdPerGB;
}

std::optional<double> Catalog::interRegionUsdPerGB(const QString &regionA, const QString &regionB,
                                                   SourceRef *src) const
{
    const RegionSpec *a = region(regionA);
    const RegionSpec *b = region(regionB);
    if (!a || !b)
        return std::nullopt;
    if (a == b)
        return intraRegionUsdPerGB(src);
    for (const AreaPairRate &rate : m_d->interRegionRates) {
        if ((rate.areaA == a->area && rate.areaB == b->area)
            || (rate.areaA == b->area && rate.areaB == a->area)) {
            if (src)
                *src = m_d->interRegionSrc;
            return rate.usdPerGB;
        }
    }
    return std::nullopt;
}

LatencyRange Catalog::sameZoneRtt() const
{
    return m_d->sameZone;
}
LatencyRange Catalog::crossZoneRtt() const
{
    return m_d->crossZone;
}

std::optional<LatencyRange> Catalog::interRegionRtt(const QString &a, const QString &b,
                                                    bool overInternet) const
{
    if (!region(a) || !region(b))
        return std::nullopt;
    if (a == b)
        return m_d->crossZone;
    for (const RegionPairLatency &pair : m_d->interRegionLatency) {
        if (!((pair.a == a && pair.b == b) || (pair.a == b && pair.b == a)))
            continue;
        if (!overInternet)
            return pair.cen;
        if (pair.internet)
            return *pair.internet;
        LatencyRange derived;
        derived.typicalMs = pair.cen.typicalMs * m_d->internetFactorTypical;
        derived.worstMs = pair.cen.worstMs * m_d->internetFactorWorst;
        derived.src = m_d->internetFactorSrc;
        derived.src.kind = QStringLiteral("estimate");
        derived.src.indicative = true;
        derived.src.note = Tr::tr("internet path estimated as CEN RTT %1-%2 ms x %3 (typical) / x "
                                  "%4 (worst); CEN "
                                  "figure: %5")
                                   .arg(pair.cen.typicalMs)
                                   .arg(pair.cen.worstMs)
                                   .arg(m_d->internetFactorTypical)
                                   .arg(m_d->internetFactorWorst)
                                   .arg(pair.cen.src.sourceId.isEmpty() ? pair.cen.src.source
                                                                        : pair.cen.src.sourceId);
        return derived;
    }
    return std::nullopt;
}

const PricingModifiers &Catalog::pricingModifiers() const
{
    return m_d->modifiers;
}

std::optional<double> Catalog::subscriptionDiscount(int years, SourceRef *src) const
{
    for (const SubscriptionDiscount &s : m_d->modifiers.subscription) {
        if (s.years == years) {
            if (src)
                *src = s.src;
            return s.discount;
        }
    }
    return std::nullopt;
}

double Catalog::spotMaxDiscount(SourceRef *src) const
{
    if (src)
        *src = m_d->modifiers.spotSrc;
    return m_d->modifiers.spotMaxDiscount;
}

double Catalog::savingsPlanExampleDiscount(SourceRef *src) const
{
    if (src)
        *src = m_d->modifiers.savingsPlanSrc;
    return m_d->modifiers.savingsPlanExampleDiscount;
}

const QList<ServicePrice> &Catalog::servicePrices() const
{
    return m_d->services;
}

const ServicePrice *Catalog::servicePrice(const QString &service, const QString &item,
                                          const QString &regionId) const
{
    const RegionSpec *r = region(regionId);
    const QString scope = !r ? QString()
            : r->mainland    ? QStringLiteral("mainland")
                             : QStringLiteral("international");
    for (const ServicePrice &s : m_d->services) {
        if (s.service == service && s.item == item
            && (s.scope == QLatin1String("all") || s.scope == scope))
            return &s;
    }
    return nullptr;
}

const QList<RedisClassSpec> &Catalog::redisClasses() const
{
    return m_d->redisClasses;
}

const QList<CatalogNote> &Catalog::catalogNotes() const
{
    return m_d->notes;
}

QStringList Catalog::notes() const
{
    QStringList out;
    for (const CatalogNote &n : m_d->notes) {
        const QString used = n.winner == QLatin1String("facts")
                ? Tr::tr("official documentation (facts)")
                : Tr::tr("field guide");
        out.append(Tr::tr("%1 - field guide: %2 Facts: %3 Used: %4. %5")
                           .arg(n.topic, n.fieldGuide, n.facts, used, n.resolution));
    }
    return out;
}

} // namespace ecsplan
