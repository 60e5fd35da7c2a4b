#include "metricsengine.h"

#include "model/document.h"
#include "requestpaths.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace ecsplan {

namespace {

/// How many entities ahead a pass over the model's entities asks for their memory.
constexpr size_t PrefetchDistance = 8;

/// Asks for the cache lines of `bytes` bytes at `p` (a hint: no effect on any result).
void prefetch(const void *p, size_t bytes = 1)
{
#if defined(__GNUC__) || defined(__clang__)
    const char *c = static_cast<const char *>(p);
    for (size_t at = 0; at < bytes; at += 64)
        __builtin_prefetch(c + at);
#else
    Q_UNUSED(p);
    Q_UNUSED(bytes);
#endif
}

/**
 * Runs `f` on each entity of `list`, asking for the memory it reads (its first line, where its id
 * and kind are, its parent and `data`'s bytes from `member`) a few entities ahead: the model's
 * entities are large and scattered (a 50,000-component design's do not fit in the cache), so a
 * pass that reads them one by one would otherwise wait on memory for each.
 */
template<typename Data, typename F>
void forEachPrefetched(const std::vector<const Entity *> &list, Data Entity::*member, F f)
{
    const size_t n = list.size();
    for (size_t i = 0; i < n; ++i) {
        if (i + PrefetchDistance < n) {
            const Entity *next = list[i + PrefetchDistance];
            prefetch(next);
            prefetch(&next->parent);
            prefetch(&(next->*member), sizeof(Data));
        }
        f(list[i]);
    }
}

} // namespace

MetricsEngine::MetricsEngine(Document *document, const Catalog *catalog, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_inputs(catalog)
    , m_accumulator(m_inputs.missingPrices())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &MetricsEngine::flush);
    connect(document, &Document::changed, this, &MetricsEngine::onChanged);
    recomputeAll();
}

MetricsEngine::~MetricsEngine() = default;

bool MetricsEngine::isDirty() const
{
    return m_allDirty || m_pathsDirty || !m_dirty.isEmpty();
}

void MetricsEngine::scheduleFlush()
{
    if (!m_timer.isActive())
        m_timer.start();
}

void MetricsEngine::markEntity(EntityId id)
{
    m_dirty.insert(id);
    scheduleFlush();
}

void MetricsEngine::markLinksOf(EntityId node)
{
    const EntityIds links = m_document->model().linksOf(node);
    for (EntityId l : links)
        markEntity(l);
    if (!links.isEmpty())
        m_pathsDirty = true;
}

void MetricsEngine::markDiskAndSiblings(EntityId compute)
{
    if (!isValid(compute))
        return;
    markEntity(compute);
    const EntityIds disks = m_document->model().disksAttachedTo(compute);
    for (EntityId d : disks)
        markEntity(d);
}

void MetricsEngine::markWithDependents(const Entity &e)
{
    markEntity(e.id);
    switch (e.kind) {
    case EntityKind::Disk:
        markDiskAndSiblings(e.disk.attachedTo);
        markDiskAndSiblings(m_diskAttachment.value(e.id).compute);
        break;
    case EntityKind::InstanceGroup:
    case EntityKind::ScalingGroup:
        markDiskAndSiblings(e.id);
        break;
    case EntityKind::Link:
        m_pathsDirty = true;
        break;
    default:
        break;
    }
}

void MetricsEngine::onChanged(const ChangeEvent &event)
{
    m_explainer.reset(); // it caches pointers into the model
    const Model &model = m_document->model();
    switch (event.type) {
    case ChangeEvent::Type::Reset:
        // Another design: computed at once, before the views that follow Document::changed
        // rebuild (they read fresh figures and need no second pass). metricsChanged follows on
        // the next event-loop pass with no ids: a Reset already said that everything changed.
        m_allDirty = true;
        m_quietFlush = true;
        flush();
        m_quietFlush = false;
        m_resetNotice = true;
        scheduleFlush();
        return;
    case ChangeEvent::Type::SettingsChanged:
        // Settings carry the currency and the exchange rate: every cost depends on them.
        m_allDirty = true;
        scheduleFlush();
        return;
    case ChangeEvent::Type::Added:
        for (EntityId id : event.ids) {
            if (const Entity *e = model.find(id)) {
                markWithDependents(*e);
                if (e->kind == EntityKind::Endpoint)
                    m_endpoints.insert(id);
            }
        }
        m_pathsDirty = true;
        return;
    case ChangeEvent::Type::AboutToBeRemoved:
        for (EntityId id : event.ids) {
            if (const Entity *e = model.find(id))
                markWithDependents(*e);
        }
        return;
    case ChangeEvent::Type::Removed:
        for (EntityId id : event.ids) {
            markEntity(id);
            m_endpoints.erase(id);
        }
        m_pathsDirty = true;
        return;
    case ChangeEvent::Type::Changed:
        break;
    }
    if (event.isPresentationOnly())
        return;

    const bool placement = event.touches(Property::Parent) || event.touches(Property::Code);
    const bool pathShape = placement || event.touches(Property::DiskCategory)
            || event.touches(Property::DiskLevel) || event.touches(Property::AttachedTo)
            || event.touches(Property::EndpointKind) || event.touches(Property::EndpointLocation);
    for (EntityId id : event.ids) {
        const Entity *e = model.find(id);
        if (!e)
            continue;
        if (e->isContainer()) {
            // A region or zone code places everything inside it.
            if (placement) {
                for (EntityId child : model.descendantsOf(id)) {
                    if (const Entity *c = model.find(child))
                        markWithDependents(*c);
                    markLinksOf(child);
                }
            }
            continue;
        }
        markWithDependents(*e);
        if (placement || e->kind == EntityKind::Endpoint)
            markLinksOf(id);
    }
    if (pathShape)
        m_pathsDirty = true;
}

void MetricsEngine::drop(EntityId id)
{
    if (const CostContribution *c = m_contributions.find(id)) {
        m_accumulator.remove(*c);
        m_contributions.remove(id);
    }
    m_disks.remove(id);
    m_computes.remove(id);
    m_links.remove(id);
    m_caches.remove(id);
    m_loadBalancers.remove(id);
    m_diskAttachment.remove(id);
    m_explained.remove(id);
}

void MetricsEngine::recomputeLoad(EntityId id, const MetricsCalculator &calc)
{
    recomputeLoad(id, m_document->model().find(id), calc);
}

void MetricsEngine::recomputeLoad(EntityId id, const Entity *e, const MetricsCalculator &calc)
{
    const InstanceTypeSpec *type = nullptr;
    const RedisClassSpec *cache = nullptr;
    if (e && e->isCompute())
        type = calc.instanceType(e->compute.instanceType);
    else if (e && e->kind == EntityKind::Cache)
        cache = m_inputs.redisClass(e->cache.instanceClass);
    // The data tier: the effective figures of the disks attached to a compute group.
    DiskCapacity disks;
    if (e && e->isCompute()) {
        const EntityIds attached = m_document->model().disksAttachedTo(id); // const: no detach
        for (EntityId d : attached) {
            // Both recorded by the disk's recompute (dropped together): no read of the disk.
            const DiskMetrics *m = m_disks.find(d);
            const DiskAttachment *a = m_diskAttachment.find(d);
            if (!m || !a)
                continue;
            ++disks.disks;
            disks.iops += m->effectiveIopsBaseline;
            disks.mbps += m->effectiveMBpsBaseline;
            disks.targetIops += std::max(a->targetIops, 0);
        }
    }
    const bool loaded = e
            && (e->isCompute() || e->kind == EntityKind::Cache
                || e->kind == EntityKind::LoadBalancer);
    std::optional<ComponentLoad> load = loaded
            ? componentLoad(m_document->model(), *e, calc.componentDemand(id), type, cache,
                            disks.disks > 0 ? &disks : nullptr)
            : std::nullopt;
    if (load)
        m_loads.insert(id, std::move(*load));
    else
        m_loads.remove(id);
}

void MetricsEngine::recompute(EntityId id, const Entity *e, const MetricsCalculator &calc)
{
    if (!e)
        return;
    CostContribution c;
    switch (e->kind) {
    case EntityKind::Disk:
        m_disks.insert(id, calc.disk(*e, &c, false));
        m_diskAttachment.insert(id, {e->disk.attachedTo, e->disk.targetIops});
        break;
    case EntityKind::InstanceGroup:
    case EntityKind::ScalingGroup:
        m_computes.insert(id, calc.compute(*e, &c, false));
        break;
    case EntityKind::Link:
        m_links.insert(id, calc.link(*e, &c, false));
        break;
    case EntityKind::Cache:
        m_caches.insert(id, calc.cache(*e, &c, false));
        break;
    case EntityKind::LoadBalancer:
        m_loadBalancers.insert(id, calc.loadBalancer(*e, &c, false));
        break;
    default:
        return;
    }
    m_accumulator.add(c);
    m_contributions.insert(id, std::move(c));
}

void MetricsEngine::explain(EntityId id) const
{
    if (m_explained.contains(id))
        return;
    const Model &model = m_document->model();
    const Entity *e = model.find(id);
    if (!e)
        return;
    const DesignSettings &settings = model.settings();
    if (!m_explainer)
        m_explainer = std::make_unique<MetricsCalculator>(model, m_inputs,
                                                          CurrencyContext::of(settings));
    const MetricsCalculator &calc = *m_explainer;
    // Only the texts are taken from the explained recompute: the figures stay those of the
    // last flush, so a stale figure could never hide behind a fresh explanation.
    CostContribution unused;
    switch (e->kind) {
    case EntityKind::Disk:
        if (DiskMetrics *it = m_disks.find(id)) {
            const DiskMetrics m = calc.disk(*e, &unused, true);
            it->iopsWhy = m.iopsWhy;
            it->throughputWhy = m.throughputWhy;
            it->cost.why = m.cost.why;
        }
        break;
    case EntityKind::InstanceGroup:
    case EntityKind::ScalingGroup:
        if (ComputeMetrics *it = m_computes.find(id))
            it->cost.why = calc.compute(*e, &unused, true).cost.why;
        break;
    case EntityKind::Link:
        if (LinkMetrics *it = m_links.find(id)) {
            const LinkMetrics m = calc.link(*e, &unused, true);
            it->latencyWhy = m.latencyWhy;
            it->cost.why = m.cost.why;
        }
        break;
    case EntityKind::Cache:
        if (CacheMetrics *it = m_caches.find(id))
            it->cost.why = calc.cache(*e, &unused, true).cost.why;
        break;
    case EntityKind::LoadBalancer:
        if (CostFigure *it = m_loadBalancers.find(id))
            it->why = calc.loadBalancer(*e, &unused, true).why;
        break;
    default:
        break;
    }
    m_explained.insert(id);
    m_explainedOrder.push_back(id);
    if (m_explainedOrder.size() > 2 * size_t(m_explained.size()) + 64) {
        // Ids dropped with their entity (and explained again) since the last drop: keep the
        // list as long as the set, whatever the number of edits.
        std::erase_if(m_explainedOrder, [this](EntityId x) { return !m_explained.contains(x); });
        std::sort(m_explainedOrder.begin(), m_explainedOrder.end());
        m_explainedOrder.erase(std::unique(m_explainedOrder.begin(), m_explainedOrder.end()),
                               m_explainedOrder.end());
    }
}

void MetricsEngine::dropExplanations() const
{
    // By the list, not the set: a report drops after every item, and walking a hash set (or
    // freeing and growing it again) cost more than the item's few lookups.
    for (EntityId id : m_explainedOrder) {
        if (!m_explained.remove(id))
            continue; // dropped with its entity, or listed twice
        if (DiskMetrics *disk = m_disks.find(id)) {
            disk->iopsWhy = {};
            disk->throughputWhy = {};
            disk->cost.why = {};
        } else if (ComputeMetrics *compute = m_computes.find(id)) {
            compute->cost.why = {};
        } else if (LinkMetrics *link = m_links.find(id)) {
            link->latencyWhy = {};
            link->cost.why = {};
        } else if (CacheMetrics *cache = m_caches.find(id)) {
            cache->cost.why = {};
        } else if (CostFigure *lb = m_loadBalancers.find(id)) {
            lb->why = {};
        }
    }
    m_explainedOrder.clear();
}

void MetricsEngine::flush()
{
    m_timer.stop();
    m_explainer.reset();
    if (!isDirty()) {
        // The notice of a Reset computed at once (see onChanged): totals changed, no ids.
        if (std::exchange(m_resetNotice, false))
            emit metricsChanged({});
        return;
    }
    const Model &model = m_document->model();
    const DesignSettings &settings = model.settings();
    const MetricsCalculator calc(model, m_inputs, CurrencyContext::of(settings));
    EntityIds changed;
    if (m_allDirty) {
        m_allDirty = false;
        m_pathsDirty = true;
        m_dirty.clear();
        m_disks.clear();
        m_computes.clear();
        m_links.clear();
        m_caches.clear();
        m_loadBalancers.clear();
        m_contributions.clear();
        m_diskAttachment.clear();
        m_loads.clear();
        m_linkEnds.clear();
        m_explained.clear();
        m_explainedOrder.clear();
        m_accumulator.clear();
        m_endpoints.clear();
        const quint32 ids = model.nextId(); // every id is below it
        // Dense slots for every id of the design, whichever kind a table holds.
        const qsizetype n = model.size();
        m_contributions.reserve(n, ids, n);
        m_disks.reserve(n / 4, ids, n);
        m_computes.reserve(n / 4, ids, n);
        m_links.reserve(n, ids, n);
        m_caches.reserve(n / 8, ids, n);
        m_loadBalancers.reserve(n / 8, ids, n);
        m_diskAttachment.reserve(n / 4, ids, n);
        m_linkEnds.reserve(n, ids, n);
        m_loads.reserve(n / 2, ids, n);
        calc.reserve(model.size(), ids);
        quint32 maxId = 0;
        // One walk of the model's table, which notes every node for the calculator (a link
        // then reads its ends' places from the notes, not from the scattered entities) and
        // sorts the entities into the passes below. Each result is a function of the design,
        // whatever the order they are computed in.
        // The table's entities without reading them (their reads are prefetched below).
        std::vector<const Entity *> all;
        all.reserve(size_t(model.size()));
        for (auto it = model.entities().cbegin(); it != model.entities().cend(); ++it)
            all.push_back(&*it);
        std::vector<const Entity *> disks, computes, caches, links, balancers;
        disks.reserve(all.size() / 4);
        computes.reserve(all.size() / 4);
        links.reserve(all.size());
        forEachPrefetched(all, &Entity::link, [&](const Entity *e) {
            const EntityId id = e->id;
            maxId = std::max(maxId, toUInt(id));
            switch (e->kind) {
            case EntityKind::Link:
                links.push_back(e);
                m_linkEnds.insert(id, {e->link.from, e->link.to});
                return;
            case EntityKind::Endpoint:
                m_endpoints.insert(id);
                break;
            case EntityKind::LoadBalancer:
                balancers.push_back(e); // its capacity-unit fee reads its links' flows
                break;
            case EntityKind::InstanceGroup:
            case EntityKind::ScalingGroup:
                computes.push_back(e);
                break;
            case EntityKind::Cache:
                caches.push_back(e);
                break;
            case EntityKind::Disk:
                disks.push_back(e);
                break;
            case EntityKind::Region:
            case EntityKind::Zone:
            case EntityKind::SecurityGroup:
                break;
            }
            calc.note(*e);
        });
        const auto recomputeOne = [&](const Entity *e) {
            recompute(e->id, e, calc);
        };
        forEachPrefetched(disks, &Entity::disk, recomputeOne);
        forEachPrefetched(computes, &Entity::compute, recomputeOne);
        forEachPrefetched(caches, &Entity::cache, recomputeOne);
        forEachPrefetched(links, &Entity::link, recomputeOne); // records each link's flow
        forEachPrefetched(balancers, &Entity::loadBalancer, recomputeOne);
        // After every disk: a compute group's load reads its disks' effective figures. Only
        // these kinds have a load (componentLoad), and the table was just cleared.
        const auto loadOne = [&](const Entity *e) {
            recomputeLoad(e->id, e, calc);
        };
        forEachPrefetched(computes, &Entity::compute, loadOne);
        forEachPrefetched(caches, &Entity::cache, loadOne);
        forEachPrefetched(balancers, &Entity::loadBalancer, loadOne);
        changed.reserve(model.size());
        // Ids are usually dense: then a bitmap over 0..max id sorts them in O(n). Sparse ids (a
        // hand-edited file may use 4000000000) are sorted instead, so memory and time follow
        // the design's size, never the value of its largest id.
        const size_t span = size_t(maxId) + 1; // size_t: no wrap at 2^32 - 1
        if (span <= 4 * size_t(model.size()) + 64) {
            std::vector<bool> seen(span);
            for (const Entity *e : all)
                seen[toUInt(e->id)] = true;
            changed.resize(qsizetype(all.size())); // written in place: ids are unique
            EntityId *out = changed.data();
            for (size_t id = 0; id < span; ++id) {
                if (seen[id])
                    *out++ = entityId(quint32(id));
            }
        } else {
            for (const Entity *e : all)
                changed << e->id;
            std::sort(changed.begin(), changed.end());
        }
    } else {
        changed.reserve(m_dirty.size());
        // The components whose demand or capacity an edit touched: edited nodes and both
        // ends, old and new, of every edited link.
        QSet<EntityId> loads;
        for (EntityId id : std::as_const(m_dirty)) {
            drop(id);
            const Entity *e = model.find(id);
            recompute(id, e, calc);
            changed << id;
            if (const std::pair<EntityId, EntityId> *ends = m_linkEnds.find(id)) {
                loads.insert(ends->first);
                loads.insert(ends->second);
                m_linkEnds.remove(id);
            }
            if (e && e->isLink()) {
                m_linkEnds.insert(id, {e->link.from, e->link.to});
                loads.insert(e->link.from);
                loads.insert(e->link.to);
            } else {
                loads.insert(id);
            }
        }
        for (EntityId id : std::as_const(loads)) {
            recomputeLoad(id, calc);
            if (!m_loads.contains(id))
                continue;
            changed << id;
            // An ALB's or NLB's capacity-unit fee follows the demand of its links.
            const Entity *e = model.find(id);
            if (e && e->kind == EntityKind::LoadBalancer && !m_dirty.contains(id)) {
                drop(id);
                recompute(id, e, calc);
            }
        }
        m_dirty.clear();
        std::sort(changed.begin(), changed.end());
        changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    }
    if (m_pathsDirty) {
        m_pathsDirty = false;
        const EntityIds endpoints(m_endpoints.begin(), m_endpoints.end());
        m_paths = RequestPaths::compute(model, endpoints, m_links, m_disks);
    }
    PerQuotaGroup<double> freeGB;
    freeGB[QuotaGroup::Mainland] = m_inputs.freeQuotaGB(QuotaGroup::Mainland);
    freeGB[QuotaGroup::Outside] = m_inputs.freeQuotaGB(QuotaGroup::Outside);
    m_totals = m_accumulator.totals(model.settings().currency, freeGB);
    if (m_quietFlush)
        return; // a Reset's: its notice goes out on the next pass, after the views rebuilt
    m_resetNotice = false; // this emission says it too
    emit metricsChanged(changed);
}

void MetricsEngine::recomputeAll()
{
    m_inputs.clear();
    m_allDirty = true;
    flush();
}

template<typename T>
const T *MetricsEngine::stored(const IdTable<T> &table, EntityId id, bool explained) const
{
    if (!table.contains(id))
        return nullptr;
    if (explained)
        explain(id); // may replace the stored value: look it up afterwards
    return table.find(id);
}

namespace {
template<typename T>
std::optional<T> copyOf(const T *stored)
{
    return stored ? std::optional<T>(*stored) : std::nullopt;
}
} // namespace

std::optional<DiskMetrics> MetricsEngine::disk(EntityId id, bool explained) const
{
    return copyOf(stored(m_disks, id, explained));
}

std::optional<ComputeMetrics> MetricsEngine::compute(EntityId id, bool explained) const
{
    return copyOf(stored(m_computes, id, explained));
}

std::optional<LinkMetrics> MetricsEngine::link(EntityId id, bool explained) const
{
    return copyOf(stored(m_links, id, explained));
}

std::optional<CacheMetrics> MetricsEngine::cache(EntityId id, bool explained) const
{
    return copyOf(stored(m_caches, id, explained));
}

std::optional<ComponentLoad> MetricsEngine::load(EntityId id) const
{
    return copyOf(stored(m_loads, id, false));
}

Explanation MetricsEngine::loadWhy(EntityId id) const
{
    const ComponentLoad *l = stored(m_loads, id, false);
    const Entity *e = m_document->model().find(id);
    if (!l || !e)
        return {};
    const InstanceTypeSpec *type
            = e->isCompute() ? m_inputs.instanceType(e->compute.instanceType) : nullptr;
    const RedisClassSpec *cache
            = e->kind == EntityKind::Cache ? m_inputs.redisClass(e->cache.instanceClass) : nullptr;
    if (!m_explainer)
        m_explainer = std::make_unique<MetricsCalculator>(
                m_document->model(), m_inputs, CurrencyContext::of(m_document->model().settings()));
    return explainLoad(m_document->model(), *e, *l, type, cache, m_explainer->phrases());
}

std::optional<PathHeadroom> MetricsEngine::headroom(const PathMetrics &path) const
{
    std::optional<PathHeadroom> worst;
    for (EntityId hop : path.hops) {
        const std::optional<ComponentLoad> l = load(hop);
        const ResourceLoad *b = l ? l->bottleneck() : nullptr;
        if (!b || b->utilisation() <= 0)
            continue;
        if (!worst || b->utilisation() > worst->utilisation)
            worst = PathHeadroom{hop, b->resource, b->utilisation()};
    }
    return worst;
}

QStringList MetricsEngine::missingPricesOf(EntityId id) const
{
    const CostContribution *c = m_contributions.find(id);
    return c ? m_inputs.missingPrices().ownTexts(c->missing) : QStringList();
}

CostFigure MetricsEngine::costOf(EntityId id, bool explained) const
{
    if (const DiskMetrics *d = stored(m_disks, id, explained))
        return d->cost;
    if (const ComputeMetrics *c = stored(m_computes, id, explained))
        return c->cost;
    if (const LinkMetrics *l = stored(m_links, id, explained))
        return l->cost;
    if (const CacheMetrics *c = stored(m_caches, id, explained))
        return c->cost;
    if (m_loadBalancers.contains(id)) {
        if (explained)
            explain(id);
        return m_loadBalancers.value(id);
    }
    return {};
}

} // namespace ecsplan
