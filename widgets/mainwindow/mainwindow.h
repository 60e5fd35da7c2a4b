#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;

namespace ecsplan {

class AutoSaver;
class CanvasArea;
class Catalog;
class ComparisonDock;
class ComparisonOverlay;
class CostDock;
class DesignSession;
class DesignComparison;
class Document;
class FindingsDock;
class Inspector;
class MetricsEngine;
class RecentFiles;
class RulesAfterPaint;
class RulesEngine;
class TerraformPreviewDock;
class UndoHistoryDock;
class UserPrompts;
class WhatIfPanel;

/**
 * The ECS Planner window: one design per window. Central canvas, which gets most of the window;
 * docks for the palette (left), the inspector (right, on its own), undo history and Terraform
 * preview (tabbed under it), and Findings, Cost charts and What-if tabbed together in a short
 * strip at the bottom; View ▸ Canvas Only hides them all; every dock is added
 * through addDock() and listed under View → Docks. The canvas selection drives the inspector
 * and the cost charts; a selected finding selects its components; findings badge the canvas;
 * the what-if zone drill fades the failed components.
 *
 * Files: New (empty or a bundled :/samples design), Open, Open Recent, Save, Save As, Close,
 * with the unsaved-changes prompt; loader errors shown verbatim; drag a .ecsplan onto the
 * window to open it; autosave for crash recovery. Title "name[*] — ECS Planner", modified
 * mark bound to the undo stack's clean state. Geometry, docks and recent files persist.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Catalog *catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    Inspector *inspector() const { return m_inspector; }
    CanvasArea *canvas() const { return m_canvas; }
    AutoSaver *autoSaver() const { return m_autoSaver; }
    MetricsEngine *metrics() const { return m_metrics; }
    RulesEngine *rules() const { return m_rules; }
    CostDock *costDock() const { return m_costDock; }
    FindingsDock *findingsDock() const { return m_findingsDock; }
    WhatIfPanel *whatIfPanel() const { return m_whatIf; }
    /** File ▸ Compare With…: the comparison, its canvas overlay and its dock. */
    DesignComparison *comparison() const { return m_comparison; }
    ComparisonOverlay *comparisonOverlay() const { return m_overlay; }
    ComparisonDock *comparisonDock() const { return m_comparisonDock; }

    /** Replaces the message boxes and file dialogs (tests); takes ownership. */
    void setPrompts(std::unique_ptr<UserPrompts> prompts);

    /** Adds a dock in `area` and lists it under View → Docks. The dock needs an objectName. */
    void addDock(QDockWidget *dock, Qt::DockWidgetArea area);
    /** File → Export: Terraform… (Ctrl+Shift+T), Report… (PDF) and Cost Table (CSV)…. */
    QMenu *exportMenu() const { return m_exportMenu; }
    QAction *exportTerraformAction() const { return m_exportTerraform; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *exportCostTableAction() const { return m_exportCostTable; }

    /**
     * True while the rules of a design just opened have not run yet: they run right after the
     * canvas' first frame ("Checking design rules…" in the status bar and the findings dock),
     * or before an edit, a save, an export or the report.
     */
    bool rulesPending() const;

    /** Text of the status bar's cost field ("Monthly total: ¥ 12,345"). */
    QString costText() const;

    /** The catalog this window computes with: the application's, with the design's overlay. */
    const Catalog *catalog() const { return m_catalog; }
    /** Why the design's catalog overlay could not be used ("" when it was, or there is none). */
    QString catalogOverlayError() const { return m_overlayError; }

public slots:
    /** Opens `path` into this window after the unsaved-changes prompt; false on failure. */
    bool openFile(const QString &path);
    /** Starts an empty design (after the prompt). */
    bool newDesign();
    /** File ▸ Close Design (Ctrl+W): the window stays, with an empty design. */
    bool closeDesign();
    /** View ▸ Canvas Only: hides every visible dock (on) and brings them back (off). */
    void setCanvasOnly(bool on);
    /** Starts from a bundled sample (a resource path); the result is untitled. */
    bool newFromSample(const QString &resourcePath);
    bool save();
    bool saveAs();
    /**
     * File ▸ Import ▸ Terraform JSON…: reads `path` (asks for one when empty) with
     * TerraformImport, then, when the design is not empty, asks whether to open a new design or
     * add to this one. Either way the import is one undo step; what was not understood is
     * listed in a dialog. False when cancelled or the file cannot be read (the error is shown).
     */
    bool importTerraformJson(const QString &path = {});
    /**
     * File ▸ Compare With…: compares the design as it is now ("after") with the design in
     * `path` ("before"; asks for one when empty): differences marked on the canvas, the
     * Comparison dock shown, the report gets a "What changes" section. Never changes the
     * design. False when cancelled or the file cannot be read (its located errors are shown).
     */
    bool compareWith(const QString &path = {});
    /** View ▸ Clear Comparison. */
    void clearComparison();
    /** Asks, for each autosave left by a crash, whether to recover it (into this window). */
    void offerRecovery();
    /**
     * Asks for a PDF path (the dialog's filter picks A4 or Letter) and writes the stakeholder
     * report with the current findings and the canvas. Errors go to UserPrompts::showError.
     */
    bool exportReport();
    /**
     * How long the report is written before its progress dialog (with Cancel) shows; 300 ms
     * by default, so that a small design's report flashes no dialog. Tests set 0.
     */
    void setReportProgressDelay(int ms) { m_reportProgressDelayMs = ms; }
    /** Asks for a path and writes the per-component cost table as CSV. */
    bool exportCostTable();
    void showSettingsDialog();
    void showAboutData();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    /** Dock sizes as shares of the window (first start, or a layout from an older version). */
    void fitDocksToScreen();
    void readSettings();
    void writeSettings() const;
    /** Unsaved-changes prompt; true when it is fine to replace or close the design. */
    bool maybeSave();
    bool saveTo(const QString &path);
    bool loadInto(const QString &path, bool asUntitled);
    void updateTitle();
    void updateCost();
    /**
     * Lays the design's catalog overlay (settings.catalogOverlay, relative to the design's
     * folder) on the application's catalog when it changed, and has every view recompute.
     */
    void reloadCatalog();
    void fillRecentMenu();
    void onComparisonUpdated();
    void onComparisonActive(bool active);
    QString designName() const;
    /** Export path proposal: the design's folder (else home) and name with `suffix`. */
    QString exportSuggestion(const QString &suffix) const;

    const Catalog *m_baseCatalog; ///< the application's catalog (built-in), never changed
    /// This window's copy: the base with the design's overlay on top, owned by m_catalogOwner
    /// (deleted after the window's children, which keep pointers to it).
    QObject *m_catalogOwner;
    Catalog *m_ownCatalog;
    const Catalog *m_catalog;
    /// The design and its engines. Everything below that reads them is destroyed before it
    /// (~MainWindow); the three pointers are views into it, for brevity.
    std::unique_ptr<DesignSession> m_session;
    QString m_overlayPath; ///< the overlay file applied (absolute), "" when none
    QString m_overlayError;
    Document *m_document;
    MetricsEngine *m_metrics;
    CanvasArea *m_canvas;
    Inspector *m_inspector;
    UndoHistoryDock *m_undoDock = nullptr;
    TerraformPreviewDock *m_terraformDock = nullptr;
    RulesEngine *m_rules;
    CostDock *m_costDock = nullptr;
    FindingsDock *m_findingsDock = nullptr;
    WhatIfPanel *m_whatIf = nullptr;
    DesignComparison *m_comparison = nullptr;
    ComparisonOverlay *m_overlay = nullptr;
    ComparisonDock *m_comparisonDock = nullptr;
    QAction *m_clearComparison = nullptr;
    AutoSaver *m_autoSaver;
    RecentFiles *m_recent;
    RulesAfterPaint *m_rulesAfterPaint;
    std::unique_ptr<UserPrompts> m_prompts;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_docksMenu = nullptr;
    QAction *m_exportTerraform = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_exportCostTable = nullptr;
    QLabel *m_costLabel;
    QLabel *m_zoomLabel;
    QLabel *m_rulesLabel; ///< "Checking design rules…" while they are pending
    QList<QPointer<QDockWidget>> m_hiddenForCanvas;
    bool m_fitDocksPending = false;
    int m_reportProgressDelayMs = 300;
};

} // namespace ecsplan
