#pragma once

#include "finding.h"
#include "model/changeevent.h"

#include "rulecontext.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <array>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace ecsplan {

class Catalog;
class DesignRule;
class Document;
class MetricsEngine;
class Rule;

/**
 * Runs the built-in rules over one document and keeps their findings up to date.
 *
 * Incremental: per-entity rules are re-run only for the entities an edit touched plus their
 * neighbours (links and their ends, attached disks, a container's content, cache replicas,
 * security groups of a compute group). Design-wide rules (DesignRule: reachability, tiers)
 * re-run only the groups whose members were touched; internet reachability is recomputed
 * only when a link is reconnected or removed or an endpoint changes kind or goes (a link or
 * endpoint added extends it from the new paths only; a link's traffic leaves it alone), and
 * members whose reachability flipped count as touched; a region or zone edit re-runs every group.
 * Findings live in per-entity and per-group buckets; ordered sets of pointers into them (the
 * visible and the muted findings) take a batch's differences in O(log n) each, and the lists
 * findings() and mutedFindings() return are copied from them when first read after a change,
 * so one edit costs about the same on any design size. Answers that depend only on the catalog
 * and the settings (prices, type suggestions) are kept across batches until evaluateAll(), and
 * so are the reverse references rules ask about (RuleIndex), updated from each change's entities.
 * Batches follow
 * Document::changed at once (with the catalog's formulas while the metrics engine has not flushed)
 * and, with a MetricsEngine, its metricsChanged(ids) again with the engine's fresh figures.
 *
 * Mutes live in the design (DesignSettings::mutedRules, saved in the file) and are changed
 * through Document::setSettings, so muting is undoable too. findings() hides muted ones.
 */
class RulesEngine : public QObject
{
    Q_OBJECT

public:
    /** `metrics` may be null; `catalog` null means Catalog::builtin(). Evaluates at once. */
    RulesEngine(Document *document, MetricsEngine *metrics, const Catalog *catalog,
                QObject *parent = nullptr);
    ~RulesEngine() override;

    /**
     * Visible (not muted) findings, sorted by severity, rule id, subject, key(), message: the
     * same order however the findings were reached (incrementally or from scratch). The first
     * call after a change copies them (O(n)); later calls share that list. Not thread-safe
     * (read on the engine's thread).
     */
    Findings findings() const;
    /** The number of visible findings (findings().size() without making the list). */
    qsizetype findingCount() const { return qsizetype(m_visible.size()); }
    /** Visible findings that concern `id` (in their entity list). */
    Findings findingsFor(EntityId id) const;
    /** Findings hidden by a mute. */
    Findings mutedFindings() const;
    /** The most severe visible finding concerning `id` (canvas badge), if any. O(1). */
    std::optional<Severity> worstSeverity(EntityId id) const;
    bool isMuted(const Finding &finding) const;
    /**
     * Canvas badges (DesignScene::setBadges): for every entity a visible finding concerns, its
     * worst severity.
     */
    SeverityByEntity worstSeverities() const;
    /**
     * What the last batch changed: read it in a findingsChanged() slot (the next batch replaces
     * it). A removed finding re-evaluated into the same words is in neither list.
     */
    const FindingsDelta &lastChange() const { return m_lastChange; }

    /**
     * Re-runs every rule on every entity (load, reset, settings change) and drops what was
     * kept from the catalog: call it after the catalog changed (overlay, price sheet).
     */
    void evaluateAll();
    /**
     * While `on`, a Reset of the document does not evaluate: the findings empty at once
     * (findingsChanged), evaluationPending() turns true and evaluationDeferred() is emitted. The
     * full evaluation then runs at evaluatePending(), evaluateAll(), a settings change or the
     * next edit (any Added, Changed or Removed, before it is handled: the model is evaluated as
     * it is then, which is what evaluating first and then the edit gives). Metrics notices
     * wait for it. The window sets it around opening a file, to paint the design first.
     */
    void setDeferResets(bool on) { m_deferResets = on; }
    /** A Reset's full evaluation has not run yet (findings() is empty until it has). */
    bool evaluationPending() const { return m_pending; }
    /** Runs the deferred full evaluation now, if any (export, report: complete findings). */
    void evaluatePending();
    /** Per-entity rule evaluations of the last batch: for tests of incrementality. */
    int lastBatchEntityCount() const { return m_lastBatchEntities; }
    /** Full internet reachability passes so far (linear in the design): for tests. */
    int reachabilityPasses() const { return m_reachabilityPasses; }
    /** The reverse references every batch reads, kept up to date: for tests. */
    const RuleIndex &ruleIndex() const { return m_index; }

    /**
     * Applies a finding's fix as one undo step (a macro named after the fix). Returns an empty
     * string on success, else the reason; a failed fix leaves the design unchanged.
     */
    static QString applyFix(const Finding &finding, Document *document);
    /** Mutes a finding for its subject (or the whole design) with a reason: one undo step. */
    QString mute(const Finding &finding, const QString &reason, bool wholeDesign = false);
    /** Removes the mutes of `ruleId` for `entity` (None: design-wide mutes). */
    QString unmute(const QString &ruleId, EntityId entity);

signals:
    /**
     * The findings or the muted ones changed. Not emitted when a re-evaluation found the same
     * findings with the same words (only their fixes were made again).
     */
    void findingsChanged();
    /** A Reset's evaluation was deferred (setDeferResets): call evaluatePending() soon. */
    void evaluationDeferred();

private:
    /** Drops every finding and what the buckets keep, as a Reset does before evaluating. */
    void clearForReset();
    void onDocumentChanged(const ChangeEvent &event);
    void onMetricsChanged(const EntityIds &ids);
    /** A DesignRule's buckets: each compute entity's group, members (ascending), findings. */
    struct GroupState
    {
        const DesignRule *rule = nullptr;
        QHash<EntityId, QString> groupOf;
        QHash<QString, EntityIds> members;
        QHash<QString, Findings> findings;
    };

    /**
     * Re-runs the rules for `dirty` (each id once); `full`: every entity of the model, from
     * scratch (evaluateAll).
     */
    void reevaluate(const EntityIds &dirty, bool full = false);
    /** Findings of a batch that leave or join the sets; `gone` keeps the removed ones alive. */
    struct Differences
    {
        std::vector<Findings> gone;
        std::vector<const Finding *> removed, added;

        void remove(Findings &&bucket);
        void add(const Findings &bucket);
    };
    /** Re-keys `computes` (or all), re-runs touched groups; differences go to `diff` if any. */
    void updateGroups(GroupState &state, const RuleContext &context, const QSet<EntityId> &computes,
                      bool all, Differences *diff);
    /** Patches the sets with a batch's differences (or rebuilds them when many). */
    void applyDifferences(const Differences &diff);
    QSet<EntityId> neighbourhood(const EntityIds &ids) const;
    /** True when `ids` (still in the model) hold an entity of kind `a` or `b`. */
    bool holdsKind(const EntityIds &ids, EntityKind a, EntityKind b) const;
    void rebuildVisible();
    /** Copies the sets into m_visibleList / m_mutedList when they changed since. */
    void refreshLists() const;
    /** Adds `by` to the counts of a visible finding's entities; keeps their badge before. */
    void countVisible(const Finding &f, int by, QHash<EntityId, int> *before);

    /** findingLess over pointers. */
    struct Order
    {
        bool operator()(const Finding *a, const Finding *b) const;
    };
    /// Pointers into the buckets (m_byEntity, GroupState::findings, m_designWide): a bucket
    /// stays unchanged while it is listed (replaced whole, never edited in place).
    using FindingSet = std::multiset<const Finding *, Order>;

    Document *m_document;
    MetricsEngine *m_metrics;
    const Catalog *m_catalog;
    QHash<EntityId, Findings> m_byEntity; ///< per-entity rules, keyed by subject
    std::vector<GroupState> m_groups; ///< DesignRules, in id order
    Findings m_designWide; ///< other design-scope rules: re-run every batch
    QSet<EntityId> m_reachable; ///< RuleContext::reachableSet() of the last batch
    bool m_topologyChanged = true; ///< paths may have gone: recompute m_reachable
    EntityIds m_pathsAdded; ///< links and endpoints added since: extend m_reachable from them
    bool m_placesRemoved = false; ///< a region or zone went: re-run every group
    FindingSet m_visible, m_muted;
    /// Per entity, how many visible findings of each severity concern it (worstSeverity()).
    QHash<EntityId, std::array<int, SeverityCount>> m_severityCounts;
    FindingsDelta m_lastChange;
    mutable Findings m_visibleList, m_mutedList; ///< copies of the sets, made when read
    mutable bool m_listsStale = true;
    std::shared_ptr<RuleContext::CatalogCache> m_catalogCache; ///< kept until evaluateAll()
    /// Reverse references of the model (replicas, security group users, computes): built by
    /// evaluateAll(), updated from each change's entities, read by every batch's context.
    RuleIndex m_index;
    QSet<EntityId> m_pendingRemoval; ///< neighbours of entities about to be removed
    /// disk → the group it was attached to at the last evaluation: a re-attached disk's old
    /// group is re-evaluated too.
    QHash<EntityId, EntityId> m_diskGroup;
    int m_lastBatchEntities = 0;
    int m_reachabilityPasses = 0;
    bool m_deferResets = false;
    bool m_pending = false; ///< a deferred Reset's full evaluation is due
};

} // namespace ecsplan
