#pragma once

#include "metrics/metricsengine.h"
#include "model/document.h"

#include <memory>

namespace ecsplan {

class Catalog;
class Model;
class RulesEngine;

/**
 * One design and the engines that follow it, wired once, in the one order that works:
 *
 *   Document → MetricsEngine (connected to the document first, so that every view that rebuilds
 *   on Document::changed reads fresh figures) → RulesEngine (reads both).
 *
 * The GUI's window, every CLI verb that computes, the report, the Terraform estimate, the diff
 * and the tests build a design this way instead of assembling the engines by hand.
 *
 * Lifetime: the session owns all three; they are destroyed in the reverse order (rules, metrics,
 * document), so no engine outlives what it reads. Whatever holds a pointer to the document or an
 * engine (a view, a dock) must be destroyed before the session: MainWindow deletes its views
 * first. The catalog is not owned and must outlive the session.
 *
 * The document's verbs check instance types against the same catalog (Document::setCatalog).
 * The metrics are computed when the session is made (and after each Reset) and follow edits on
 * the event loop; flush() brings them up to date at once where there is no event loop (the CLI,
 * tests). The rules engine is created on the first call of rules(): a report or an export never
 * pays for the rules, and the window creates it after the views that must see a change before
 * the findings do.
 */
class DesignSession
{
public:
    /** An empty design. */
    explicit DesignSession(const Catalog &catalog);
    /** `model` (taken over, no copy), with its metrics computed. */
    DesignSession(const Catalog &catalog, Model model);
    ~DesignSession();

    DesignSession(const DesignSession &) = delete;
    DesignSession &operator=(const DesignSession &) = delete;

    const Catalog &catalog() const { return *m_catalog; }

    /** The design: read it through model(), change it through the verbs (one undo step each). */
    Document &document() { return m_document; }
    const Document &document() const { return m_document; }
    const Model &model() const { return m_document.model(); }

    MetricsEngine &metrics() { return m_metrics; }
    const MetricsEngine &metrics() const { return m_metrics; }

    /** The findings of the design's rules; created (and evaluated) on the first call. */
    RulesEngine &rules();
    /** Null until rules() was called once. */
    const RulesEngine *rulesIfStarted() const { return m_rules.get(); }

    /**
     * Recomputes the metrics of every pending edit now and emits their metricsChanged (the rules
     * engine, when started, follows it), for callers without an event loop.
     */
    void flush();

private:
    const Catalog *m_catalog;
    // Declaration order is construction order; destruction runs backwards.
    Document m_document;
    MetricsEngine m_metrics;
    std::unique_ptr<RulesEngine> m_rules;
};

} // namespace ecsplan
