#pragma once

#include "export/terraform/terraformexporter.h"
#include "validation/deployability.h"

#include <QDockWidget>
#include <QElapsedTimer>

#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabBar;
class QThread;
class QTimer;

namespace ecsplan {

class Document;
class HclHighlighter;
class MetricsEngine;
struct ChangeEvent;

/**
 * The "Terraform" dock: what File → Export → Terraform… would write for the current design,
 * one tab per file, highlighted, with the exporter's warnings listed under the viewer, a Copy
 * button (the shown file) and Export… (the dialog). A design Alibaba Cloud would refuse shows
 * its problems first in that list, in red, with the files marked as a draft Export refuses.
 *
 * It follows Document::changed: edits restart a single-shot debounce timer (300 ms; 1.2 s and
 * an "updating…" note for designs over LargeDesign entities, where an export takes longer —
 * ~190 ms at 10,000 nodes). When it fires the validation and the export run on a worker thread
 * (on a copy of the model: Model is implicitly shared) and the files are shown when it is done;
 * an edit meanwhile cancels that run (its result is dropped) and starts another once it
 * stopped, so the GUI thread never waits for a generation. A timer that fires late (the thread
 * was busy since the change, e.g. building the canvas of a design just opened) waits one more
 * interval, so the window paints first. Changes that only move or annotate nodes are ignored
 * (the export does not use geometry or notes). While the dock is hidden (e.g. behind another
 * tab) nothing is generated; showing it catches up. The exporter options are the export
 * dialog's remembered settings (so backend.tf appears when the backend is set).
 */
class TerraformPreviewDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int LargeDesign = 2000; ///< entities
    static constexpr int DebounceMs = 300;
    static constexpr int LargeDebounceMs = 1200;
    /** Longer files show their first lines only (Copy and Export still use the whole file). */
    static constexpr int PreviewLineLimit = 5000;

    /** `document` must outlive the dock. Object name: "terraformDock". */
    explicit TerraformPreviewDock(const Document *document, QWidget *parent = nullptr);
    ~TerraformPreviewDock() override;

    /** Replaces the exporter options (normally the dialog's remembered ones) and refreshes. */
    void setOptions(const TerraformExporter::Options &options);
    const TerraformExporter::Options &options() const { return m_options; }
    /**
     * The live engine whose totals fill the README's monthly estimate, as File → Export and
     * ecsplan-cli write it (TerraformExporter::estimateMarkdown); null: no estimate shown.
     */
    void setMetricsEngine(MetricsEngine *metrics);

    /** The export shown, as of the last refresh. */
    const ExportResult &result() const { return m_result; }
    /**
     * What Alibaba Cloud would refuse, as of the last refresh (core/validation). While it is
     * not empty the problems head the list under the viewer and the files are a draft that
     * Export refuses to write.
     */
    const validation::Problems &problems() const { return m_problems; }
    QStringList fileNames() const { return m_result.files.keys(); }
    QString currentFileName() const;
    /** Shows `name`; false when the export has no such file. */
    bool setCurrentFile(const QString &name);
    /**
     * True while an edit is waiting for the debounce timer, for the dock to be shown, or for the
     * generation running on the worker thread.
     */
    bool isUpdatePending() const;

    QPlainTextEdit *viewer() const { return m_viewer; }
    QListWidget *warningList() const { return m_warnings; }
    HclHighlighter *highlighter() const { return m_highlighter; }

public slots:
    /**
     * Regenerates immediately, on the GUI thread (a generation running on the worker is
     * cancelled). The debounce timer starts refreshInBackground() instead.
     */
    void refreshNow();
    /**
     * Validates and generates on a worker thread and shows the result when done (a generation
     * already running is cancelled and this one starts after it stopped).
     */
    void refreshInBackground();
    /** Copies the shown file to the clipboard. */
    void copyCurrentFile();
    /** Opens the export dialog; afterwards the preview uses the settings it remembered. */
    void openExportDialog();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onDocumentChanged(const ChangeEvent &event);
    void scheduleRefresh();
    struct Job;
    /** Visible and not behind another dock's tab. */
    bool isShown() const;
    void showFile(int tab);
    void updateStatus();
    /** The exporter options of the next generation: the estimate from the live engine. */
    TerraformExporter::Options currentOptions() const;
    /** Shows a generation's result: tabs, viewer, problems and warnings. */
    void apply(validation::Problems problems, ExportResult result, qint64 ms);
    /** Cancels the worker's generation, if any; its result will not be shown. */
    void cancelBackground();
    void onJobFinished();

    const Document *m_document;
    MetricsEngine *m_metrics = nullptr;
    TerraformExporter::Options m_options;
    ExportResult m_result;
    validation::Problems m_problems;
    QTimer *m_debounce;
    QTabBar *m_tabs;
    QPlainTextEdit *m_viewer;
    HclHighlighter *m_highlighter;
    QLabel *m_truncated;
    QLabel *m_warningsTitle;
    QListWidget *m_warnings;
    QLabel *m_status;
    QPushButton *m_copy;
    QPushButton *m_export;
    bool m_stale = false; ///< a refresh was skipped while hidden
    QElapsedTimer m_scheduledAt; ///< when the debounce last started (scheduleRefresh)
    bool m_yielded = false; ///< the debounce fired late once and waited again for the frame
    bool m_showFirstFile = false; ///< the design was replaced: show its first file
    QString m_shownFile; ///< file whose text is in the viewer
    qint64 m_lastMs = 0; ///< duration of the last export
    std::shared_ptr<Job> m_job; ///< the generation on the worker thread, if any
    QThread *m_worker = nullptr; ///< the thread running m_job
    bool m_restart = false; ///< start another generation once the running one stopped
};

} // namespace ecsplan
