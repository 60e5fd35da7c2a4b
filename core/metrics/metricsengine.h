#pragma once

#include "cataloginputs.h"
#include "costcontribution.h"
#include "demand.h"
#include "idtable.h"
#include "metricscalculator.h"
#include "metricsresults.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace ecsplan {

class Catalog;
class Document;
struct ChangeEvent;
struct Entity;

/**
 * The live metrics of a document: disk performance, compute, links, caches, load balancers,
 * request paths and cost totals.
 *
 * It listens to Document::changed and marks dirty only what depends on the change (a
 * presentation-only edit marks nothing; a disk edit marks that disk, its compute group and
 * the group's other disks; a link edit marks that link and the paths; a settings change marks
 * every cost). Dirty work is coalesced: a burst of edits is flushed once, by a zero-interval
 * single-shot timer, on the next event-loop pass; flush() does it synchronously. Totals are
 * kept as running sums (old contribution out, new one in), so an edit costs O(what it
 * touched), not O(design).
 *
 * A Reset (another design) is the exception: it is computed at once, so that the views that
 * rebuild on Document::changed after the engine read fresh figures; its metricsChanged follows
 * on the next pass with no ids (the Reset said that everything changed). The engine must be
 * connected to the document before those views (constructed before them).
 *
 * Results are identical whether reached incrementally or by recomputeAll(). Explanations are
 * filled lazily, on the first read of an entity. The catalog must outlive the engine; call
 * recomputeAll() after changing its prices.
 *
 * Reading results, the one way: every getter returns a copy of the last flushed state, never
 * a pointer or a reference into the engine, so what a caller read stays valid (and unchanged)
 * across later edits and flushes; read again after metricsChanged for fresh figures. A result
 * that only some entities have is a std::optional, empty when `id` is not of that kind (or not
 * in the design); costOf() is a zero CostFigure for an entity that costs nothing. Copies are
 * cheap: numbers and implicitly shared Qt containers.
 */
class MetricsEngine : public QObject
{
    Q_OBJECT

public:
    MetricsEngine(Document *document, const Catalog *catalog, QObject *parent = nullptr);
    ~MetricsEngine() override;

    /**
     * Empty when `id` is not a disk. With `explained` false only the figures are meant: the
     * explanations (the `why` members) are not computed and may be empty (what the canvas reads
     * on every sync; its tooltip asks for them on hover).
     */
    std::optional<DiskMetrics> disk(EntityId id, bool explained = true) const;
    /** Instance groups and scaling groups. */
    std::optional<ComputeMetrics> compute(EntityId id, bool explained = true) const;
    std::optional<LinkMetrics> link(EntityId id, bool explained = true) const;
    std::optional<CacheMetrics> cache(EntityId id, bool explained = true) const;
    /** The monthly cost of any entity (compute, disk, cache, load balancer, link); empty otherwise.
     */
    CostFigure costOf(EntityId id, bool explained = true) const;
    Totals totals() const { return m_totals; }
    /** The missing-price keys of one entity's cost (empty when it is completely priced). */
    QStringList missingPricesOf(EntityId id) const;
    QList<PathMetrics> paths() const { return m_paths; }
    /**
     * Demand against capacity of an instance group, scaling group, cache or load balancer
     * (docs/demand.md); empty for other entities. Recomputed when the component, one of its
     * links (or a link's former ends) or the design settings change.
     */
    std::optional<ComponentLoad> load(EntityId id) const;
    /** The formulas behind load(id), built on each call (empty for other entities). */
    Explanation loadWhy(EntityId id) const;
    /**
     * The hop of `path` that saturates first and its headroom (docs/demand.md); nullopt when
     * no hop has a capacity figure with demand on it.
     */
    std::optional<PathHeadroom> headroom(const PathMetrics &path) const;

    /**
     * Forgets the explanation texts read so far (the figures stay; the next read explains
     * again). For a caller that reads every entity once, as the report does: memory then stays
     * that of the figures instead of growing by every entity's formulas and citations.
     */
    void dropExplanations() const;

    bool isDirty() const;
    /** Recomputes what is dirty now and emits metricsChanged. */
    void flush();
    /** Drops every result and catalog cache and recomputes the whole design. */
    void recomputeAll();

signals:
    /** After each flush: the entities whose metrics were recomputed (totals may have changed too).
     */
    void metricsChanged(const ecsplan::EntityIds &changed);

private:
    void onChanged(const ChangeEvent &event);
    void markEntity(EntityId id);
    void markWithDependents(const Entity &e);
    void markDiskAndSiblings(EntityId compute);
    void markLinksOf(EntityId node);
    void scheduleFlush();
    void recompute(EntityId id, const Entity *e, const MetricsCalculator &calc);
    void drop(EntityId id);
    void explain(EntityId id) const;
    /** The stored result of `id` in `table` (explained first when asked), or nullptr. */
    template<typename T>
    const T *stored(const IdTable<T> &table, EntityId id, bool explained) const;
    void recomputeLoad(EntityId id, const MetricsCalculator &calc);
    /// `e`: the entity of `id`, or nullptr; `calc` finds the catalog rows.
    void recomputeLoad(EntityId id, const Entity *e, const MetricsCalculator &calc);

    Document *m_document;
    CatalogInputs m_inputs;
    QTimer m_timer;

    // Mutable: explain() swaps in the explained result on first read; the figures are equal.
    // By id in flat tables: a full recompute fills them for every entity.
    mutable IdTable<DiskMetrics> m_disks;
    mutable IdTable<ComputeMetrics> m_computes;
    mutable IdTable<LinkMetrics> m_links;
    mutable IdTable<CacheMetrics> m_caches;
    mutable IdTable<CostFigure> m_loadBalancers;
    IdTable<CostContribution> m_contributions;
    /// A disk at its last recompute: the compute group it was attached to, and its IOPS target
    /// (what the group's load reads of it).
    struct DiskAttachment
    {
        EntityId compute = EntityId::None;
        int targetIops = 0;
    };
    IdTable<DiskAttachment> m_diskAttachment;
    IdTable<ComponentLoad> m_loads;
    /// link → its (from, to) at its last recompute: a reconnected or removed link's former
    /// ends lose its demand.
    IdTable<std::pair<EntityId, EntityId>> m_linkEnds;
    std::set<EntityId> m_endpoints;
    mutable QSet<EntityId> m_explained;
    /// m_explained in the order explained (may hold dropped ids): what dropExplanations() walks.
    mutable std::vector<EntityId> m_explainedOrder;
    /// The calculator explanations are computed with, kept between reads (its per-group caches
    /// make explaining k sibling disks O(k), not O(k²)); dropped on every change and flush.
    mutable std::unique_ptr<MetricsCalculator> m_explainer;

    TotalsAccumulator m_accumulator;
    Totals m_totals;
    QList<PathMetrics> m_paths;

    QSet<EntityId> m_dirty;
    bool m_allDirty = true;
    /// A Reset was computed at once; metricsChanged({}) is still to be emitted (flush()).
    bool m_resetNotice = false;
    bool m_quietFlush = false; ///< the Reset's own flush: no emission

    bool m_pathsDirty = true;
};

} // namespace ecsplan
