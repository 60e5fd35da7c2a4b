#pragma once

#include "finding.h"
#include "model/changeevent.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

namespace ecsplan {

class Catalog;
class Document;
class MetricsEngine;
class Rule;

/**
 * Runs the built-in rules over one document and keeps their findings up to date.
 *
 * Incremental: per-entity rules are re-run only for the entities an edit touched plus their
 * neighbours (links and their ends, attached disks, a container's content, cache replicas,
 * security groups of a compute group); design-wide rules (reachability, tiers) re-run on
 * every batch, they are linear and cheap. Batches follow Document::changed at once (with
 * the catalog's formulas while the metrics engine has not flushed) and, with a MetricsEngine,
 * its metricsChanged(ids) again with the engine's fresh figures.
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

    /** Visible (not muted) findings, sorted by severity, rule id, subject. */
    Findings findings() const;
    /** Visible findings that concern `id` (in their entity list). */
    Findings findingsFor(EntityId id) const;
    /** Findings hidden by a mute. */
    Findings mutedFindings() const;
    /** The most severe visible finding concerning `id` (canvas badge), if any. */
    std::optional<Severity> worstSeverity(EntityId id) const;
    bool isMuted(const Finding &finding) const;
    /**
     * Canvas badges (DesignScene::setBadges): for every entity a visible finding concerns,
     * its worst severity as 3 error, 2 warning, 1 advice.
     */
    QHash<EntityId, int> badgeLevels() const;

    /** Re-runs every rule on every entity (load, reset, settings change). */
    void evaluateAll();
    /** Per-entity rule evaluations of the last batch: for tests of incrementality. */
    int lastBatchEntityCount() const { return m_lastBatchEntities; }

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
    void findingsChanged();

private:
    void onDocumentChanged(const ChangeEvent &event);
    void onMetricsChanged(const EntityIds &ids);
    void reevaluate(const QSet<EntityId> &dirty);
    QSet<EntityId> neighbourhood(const EntityIds &ids) const;
    void rebuildVisible();

    Document *m_document;
    MetricsEngine *m_metrics;
    const Catalog *m_catalog;
    QHash<EntityId, Findings> m_byEntity;   ///< per-entity rules, keyed by subject
    Findings m_designWide;                  ///< design-scope rules
    Findings m_visible, m_muted;
    QSet<EntityId> m_pendingRemoval;        ///< neighbours of entities about to be removed
    int m_lastBatchEntities = 0;
};

} // namespace ecsplan
