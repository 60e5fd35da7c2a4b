#include "rulecontext.h"

#include "catalog/catalog.h"
#include "metrics/cataloginputs.h"
#include "metrics/formatting.h"
#include "metrics/metricscalculator.h"
#include "metrics/metricsengine.h"
#include "rule.h"
#include "rulesupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <deque>

namespace ecsplan {

namespace {

struct PriceKey
{
    QString type, region;
    BillingModel billing;

    bool operator==(const PriceKey &o) const
    {
        return billing == o.billing && type == o.type && region == o.region;
    }
};

size_t qHash(const PriceKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.type, k.region, int(k.billing));
}

struct TypeKey
{
    int kind;
    QString from; ///< its id
    QString region;
    double arg;

    bool operator==(const TypeKey &o) const
    {
        return kind == o.kind && arg == o.arg && from == o.from && region == o.region;
    }
};

size_t qHash(const TypeKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.kind, k.from, k.region, k.arg);
}

} // namespace

class RuleContext::CatalogCache
{
public:
    explicit CatalogCache(const Catalog *catalog)
        : inputs(catalog)
    {
    }

    CatalogInputs inputs;
    QHash<PriceKey, std::optional<double>> instanceMonthly;
    QHash<TypeKey, const InstanceTypeSpec *> types;
    std::optional<QHash<QString, QList<const InstanceTypeSpec *>>> families;
};

std::shared_ptr<RuleContext::CatalogCache> RuleContext::makeCatalogCache(const Catalog &catalog)
{
    return std::make_shared<CatalogCache>(&catalog);
}

RuleContext::RuleContext(const Model &model, const Catalog &catalog, const MetricsEngine *metrics,
                         std::shared_ptr<CatalogCache> cache, const RuleIndex *index)
    : m_model(model)
    , m_catalog(catalog)
    , m_metrics(metrics)
    , m_cache(cache ? std::move(cache) : makeCatalogCache(catalog))
    , m_inputs(m_cache->inputs)
    , m_index(index)
{
}

RuleContext::~RuleContext() = default;

const InstanceTypeSpec *RuleContext::instanceType(const Entity &compute) const
{
    if (!compute.isCompute())
        return nullptr;
    // The per-entity rules of one compute entity run one after the other and each asks: the
    // model does not change during a batch, so the last answer holds for the same entity and
    // the same text of its type (a copy of an entity at the same address has its own text).
    const QString &type = compute.compute.instanceType;
    if (&compute != m_lastCompute || type.constData() != m_lastType || type.size() != m_lastSize) {
        m_lastCompute = &compute;
        m_lastType = type.constData();
        m_lastSize = type.size();
        m_lastSpec = m_catalog.instanceType(type);
    }
    return m_lastSpec;
}

const DiskCategorySpec *RuleContext::diskCategory(const Entity &disk) const
{
    return m_catalog.diskCategory(disk.disk.category, disk.disk.level);
}

const QList<const InstanceTypeSpec *> &RuleContext::typesOfFamily(const QString &family) const
{
    if (!m_cache->families) {
        QHash<QString, QList<const InstanceTypeSpec *>> families;
        for (const InstanceTypeSpec &t : m_catalog.instanceTypes())
            families[t.family] << &t;
        m_cache->families = std::move(families);
    }
    static const QList<const InstanceTypeSpec *> none;
    const auto it = m_cache->families->constFind(family);
    return it == m_cache->families->cend() ? none : *it;
}

QString RuleContext::regionCode(EntityId id) const
{
    const Entity *region = m_model.find(m_model.regionOf(id));
    return region ? region->code : QString();
}

QString RuleContext::zoneCode(EntityId id) const
{
    const Entity *zone = m_model.find(m_model.zoneOf(id));
    return zone ? zone->code : QString();
}

EntityIds RuleContext::zonesOf(EntityId id) const
{
    const Entity *e = m_model.find(id);
    if (!e)
        return {};
    if (e->kind == EntityKind::ScalingGroup || e->kind == EntityKind::LoadBalancer)
        return m_model.spannedZones(id);
    const EntityId zone = m_model.zoneOf(id);
    return isValid(zone) ? EntityIds{zone} : EntityIds{};
}

int RuleContext::instanceCount(const Entity &compute) const
{
    return MetricsCalculator::units(compute);
}

namespace {

CurrencyContext currencyOf(const Model &model)
{
    return CurrencyContext::of(model.settings());
}

} // namespace

std::optional<double> RuleContext::instanceMonthly(const QString &type, const QString &region,
                                                   BillingModel billing) const
{
    PriceKey key{type, region, billing};
    if (auto it = m_cache->instanceMonthly.constFind(key); it != m_cache->instanceMonthly.cend())
        return *it;
    const CostFigure c = instanceMonthlyCost(m_inputs.instancePrice(type, region).price, billing, 1,
                                             currencyOf(m_model), false);
    const std::optional<double> monthly = c.priceMissing ? std::nullopt : std::optional(c.monthly);
    m_cache->instanceMonthly.insert(std::move(key), monthly);
    return monthly;
}

const InstanceTypeSpec *RuleContext::memoisedType(
        int kind, const InstanceTypeSpec &from, const QString &region, double arg,
        const std::function<const InstanceTypeSpec *()> &compute) const
{
    TypeKey key{kind, from.id, region, arg};
    if (auto it = m_cache->types.constFind(key); it != m_cache->types.cend())
        return *it;
    const InstanceTypeSpec *answer = compute();
    m_cache->types.insert(std::move(key), answer);
    return answer;
}

std::optional<double> RuleContext::cacheMonthly(const QString &instanceClass, const QString &region,
                                                BillingModel billing) const
{
    const CostFigure c = instanceMonthlyCost(m_inputs.cachePrice(instanceClass, region).price,
                                             billing, 1, currencyOf(m_model), false);
    return c.priceMissing ? std::nullopt : std::optional(c.monthly);
}

std::optional<double> RuleContext::diskMonthly(const Entity &disk, const QString &level,
                                               int sizeGiB) const
{
    const Entity *group = m_model.find(disk.disk.attachedTo);
    if (group && !group->isCompute())
        group = nullptr;
    const BillingModel billing = group ? group->compute.billing : BillingModel::PayAsYouGo;
    const double copies = group ? MetricsCalculator::units(*group) : 1;
    const CatalogInputs::PricedDisk &price = m_inputs.diskPrice(
            disk.disk.category, level.isEmpty() ? disk.disk.level : level, regionCode(disk.id));
    const CostFigure c
            = diskMonthlyCost(price.price, billing, sizeGiB > 0 ? sizeGiB : disk.disk.sizeGiB,
                              copies, currencyOf(m_model), false);
    return c.priceMissing ? std::nullopt : std::optional(c.monthly);
}

QString RuleContext::money(double amount) const
{
    return metrics::money(amount, m_model.settings().currency);
}

QString RuleContext::text(const char *source, int n) const
{
    const QPair<quintptr, int> key(reinterpret_cast<quintptr>(source), n);
    if (auto it = m_texts.constFind(key); it != m_texts.cend())
        return *it;
    return *m_texts.insert(key, QCoreApplication::translate("ecsplan", source, nullptr, n));
}

struct RuleContext::Format
{
    int n; ///< text()'s plural count
    int count; ///< arguments
    /// False when the text is empty or holds a marker character itself: then every call goes
    /// through QString::arg.
    bool split = false;
    QString marked; ///< the text with each placeholder replaced by its argument's marker
    struct Piece
    {
        qsizetype start, length; ///< of `marked`, for literal text
        int arg; ///< the argument in its place, or -1 for literal text
    };
    std::vector<Piece> pieces;
    QString text; ///< the translated text, for QString::arg when `marked` is empty
};

namespace {

/** Markers for the arguments: private-use characters no rule text uses (checked). */
constexpr char16_t FirstMarker = 0xE000;
constexpr int MaxMarkers = 0x100;

/** QString::arg(args...) of `pattern` (its multi-arg form, the same function). */
QString multiArg(QStringView pattern, const QStringView *args, size_t count)
{
    std::vector<QtPrivate::QStringViewArg> values;
    values.reserve(count);
    std::vector<const QtPrivate::ArgBase *> bases;
    bases.reserve(count + 1);
    for (size_t i = 0; i < count; ++i)
        values.emplace_back(args[i]);
    for (const QtPrivate::QStringViewArg &v : values)
        bases.push_back(&v);
    bases.push_back(nullptr);
    return QtPrivate::argToQString(pattern, count, bases.data());
}

} // namespace

QString RuleContext::format(const char *source, std::initializer_list<QStringView> args,
                            int n) const
{
    const int count = int(args.size());
    std::vector<Format> &forms = m_formats[reinterpret_cast<quintptr>(source)];
    auto form = std::find_if(forms.begin(), forms.end(),
                             [&](const Format &f) { return f.n == n && f.count == count; });
    if (form == forms.end()) {
        Format made{n, count, false, {}, {}, text(source, n)};
        made.split
                = count <= MaxMarkers && !made.text.isEmpty()
                && std::none_of(made.text.cbegin(), made.text.cend(), [](QChar c) {
                       return c.unicode() >= FirstMarker && c.unicode() < FirstMarker + MaxMarkers;
                   });
        if (made.split) {
            // QString::arg places the arguments: where each one goes is where its marker is.
            std::vector<QString> markers;
            std::vector<QStringView> views;
            for (int i = 0; i < count; ++i)
                markers.emplace_back(QChar(char16_t(FirstMarker + i)));
            views.assign(markers.cbegin(), markers.cend());
            made.marked = multiArg(made.text, views.data(), views.size());
            qsizetype literal = 0;
            for (qsizetype i = 0; i < made.marked.size(); ++i) {
                const char16_t c = made.marked.at(i).unicode();
                if (c < FirstMarker || c >= FirstMarker + count)
                    continue;
                if (i > literal)
                    made.pieces.push_back({literal, i - literal, -1});
                made.pieces.push_back({0, 0, int(c - FirstMarker)});
                literal = i + 1;
            }
            if (made.marked.size() > literal)
                made.pieces.push_back({literal, made.marked.size() - literal, -1});
        }
        forms.push_back(std::move(made));
        form = forms.end() - 1;
    }
    const QStringView *values = args.begin();
    if (!form->split)
        return multiArg(form->text, values, size_t(count));
    qsizetype size = 0;
    for (const Format::Piece &p : form->pieces)
        size += p.arg < 0 ? p.length : values[p.arg].size();
    QString out(size, Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    for (const Format::Piece &p : form->pieces) {
        const QStringView piece
                = p.arg < 0 ? QStringView(form->marked).sliced(p.start, p.length) : values[p.arg];
        std::copy_n(piece.utf16(), piece.size(), d);
        d += piece.size();
    }
    return out;
}

const RuleContext::FindingHeader &RuleContext::header(const Rule &rule) const
{
    auto it = m_headers.find(&rule);
    if (it == m_headers.end())
        it = m_headers.emplace(&rule, FindingHeader{rule.id(), rule.title(), rule.reference()})
                     .first;
    return it->second;
}

const MetricsEngine *RuleContext::freshMetrics() const
{
    return m_metrics && !m_metrics->isDirty() ? m_metrics : nullptr;
}

double RuleContext::diskIopsAt(const QString &category, const QString &level, int sizeGiB,
                               int provisionedIops) const
{
    const DiskFormula *f = m_inputs.diskFormula(category, level);
    return f ? diskPerformance(*f, sizeGiB, provisionedIops, false).iops : 0.0;
}

double RuleContext::diskIops(const Entity &disk) const
{
    if (const MetricsEngine *metrics = freshMetrics()) {
        if (const std::optional<DiskMetrics> m = metrics->disk(disk.id, false))
            return m->iops;
    }
    return diskIopsAt(disk.disk.category, disk.disk.level, disk.disk.sizeGiB,
                      disk.disk.provisionedIops);
}

double RuleContext::diskMBps(const Entity &disk) const
{
    if (const MetricsEngine *metrics = freshMetrics()) {
        if (const std::optional<DiskMetrics> m = metrics->disk(disk.id, false))
            return m->throughputMBps;
    }
    const DiskFormula *f = m_inputs.diskFormula(disk.disk.category, disk.disk.level);
    return f ? diskPerformance(*f, disk.disk.sizeGiB, disk.disk.provisionedIops, false)
                       .throughputMBps
             : 0.0;
}

const RuleIndex &RuleContext::index() const
{
    if (m_index)
        return *m_index;
    if (!m_ownIndex) {
        m_ownIndex.emplace();
        m_ownIndex->build(m_model);
    }
    return *m_ownIndex;
}

const EntityIds &RuleContext::computeIds() const
{
    return index().computes();
}

EntityIds RuleContext::usersOfSecurityGroup(EntityId securityGroup) const
{
    return index().usersOfSecurityGroup(securityGroup);
}

EntityIds RuleContext::replicasOf(EntityId cache) const
{
    return index().replicasOf(cache);
}

EntityIds RuleContext::zonesOfRegion(EntityId region) const
{
    if (!isValid(region))
        return index().zonesOfRegion(region);
    EntityIds zones; // a zone's parent is its region (Model::checkPlacement)
    for (EntityId child : m_model.childrenOf(region)) {
        const Entity *e = m_model.find(child);
        if (e && e->kind == EntityKind::Zone)
            zones << child;
    }
    std::sort(zones.begin(), zones.end(),
              [](EntityId a, EntityId b) { return toUInt(a) < toUInt(b); });
    return zones;
}

bool RuleContext::reachableFromInternet(EntityId id) const
{
    return reachableSet().contains(id);
}

const QSet<EntityId> &RuleContext::reachableSet() const
{
    if (!m_reachable) {
        QSet<EntityId> seen;
        std::deque<EntityId> queue;
        for (EntityId e : m_model.ids(EntityKind::Endpoint)) {
            if (m_model.find(e)->endpoint.kind == EndpointKind::InternetUsers) {
                seen.insert(e);
                queue.push_back(e);
            }
        }
        // Traffic flows along links from -> to; a load balancer forwards to what it links to.
        while (!queue.empty()) {
            const EntityId node = queue.front();
            queue.pop_front();
            for (EntityId linkId : m_model.linksOf(node)) {
                const Entity *link = m_model.find(linkId);
                if (link && link->link.from == node && !seen.contains(link->link.to)) {
                    seen.insert(link->link.to);
                    queue.push_back(link->link.to);
                }
            }
        }
        m_reachable = std::move(seen);
    }
    return *m_reachable;
}

bool RuleContext::hasTag(const Entity &e, const QString &tag)
{
    return e.compute.tags.contains(tag, Qt::CaseInsensitive)
            || e.compute.role.compare(tag, Qt::CaseInsensitive) == 0;
}

} // namespace ecsplan
