#pragma once

#include "diff/designdiff.h"
#include "model/model.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class QThread;

namespace ecsplan {

class Catalog;
class Document;
class MetricsEngine;

/**
 * File ▸ Compare With…: the window's design (the "after" side, as it is now, with unsaved
 * edits) compared with another design file (the "before" side) by DesignDiff::compare, the same
 * comparison as `ecsplan-cli diff BEFORE AFTER`.
 *
 * Follows live edits: every Document::changed and every metrics flush (a catalog overlay
 * reloaded) schedules a recomputation, debounced by DebounceMs, on a worker thread (on copies of
 * both models: a 10,000-component design takes seconds to price twice), after which updated()
 * is emitted; edits made meanwhile start one more when it ends. The first comparison, flush()
 * and a report are computed at once. Replacing the design (open, new, close: a model reset)
 * ends the comparison.
 *
 * It only reads the document: no undo entries, nothing written to the model.
 */
class DesignComparison : public QObject
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 300;

    /** `engine` may be null; both must outlive this object, as must `catalog`. */
    DesignComparison(const Document *document, const MetricsEngine *engine, const Catalog *catalog,
                     QObject *parent = nullptr);
    ~DesignComparison() override;

    /**
     * Reads `path` as the "before" design and compares at once. On failure the comparison on
     * screen (if any) is left as it was and `errors` gets the loader's located messages
     * ("file: /json/path: message").
     */
    bool compareWith(const QString &path, QStringList *errors);
    /** Compares with a design already in memory; `label` names it (tests, a file name). */
    void compareWith(const Model &before, const QString &label, const QString &path = {});
    /** Ends the comparison (emits activeChanged(false)). */
    void clear();

    bool isActive() const { return m_active; }
    /** The "before" file ("" when compared with a design in memory). */
    QString beforePath() const { return m_path; }
    /** What the UI calls the "before" side: the file's name. */
    QString beforeLabel() const { return m_label; }
    const Model &before() const { return m_before; }
    /** The latest comparison (empty when inactive). */
    const DesignDiff::Result &result() const { return m_result; }
    /** Recomputes now if a recomputation is pending or running (tests; before a report). */
    void flush();
    bool isPending() const { return m_timer.isActive() || m_worker || m_dirty; }
    /** Waits for the worker, if one runs, and drops its result (the catalog is about to change). */
    void waitForWork();
    /** Number of comparisons computed since construction (tests check the debounce). */
    int computations() const { return m_computations; }

signals:
    /** A new result() is available. */
    void updated();
    void activeChanged(bool active);

private:
    void schedule();
    /** On a worker thread, unless one runs (then once more when it ends). */
    void recompute();
    /** Here and now. */
    void computeNow();

    const Document *m_document;
    const Catalog *m_catalog;
    Model m_before;
    QString m_path;
    QString m_label;
    DesignDiff::Result m_result;
    QTimer m_timer;
    bool m_active = false;
    int m_computations = 0;
    QThread *m_worker = nullptr;
    bool m_dirty = false; ///< edited while the worker ran
    quint64 m_generation = 0; ///< a worker's result is used only if this has not moved on
};

} // namespace ecsplan
