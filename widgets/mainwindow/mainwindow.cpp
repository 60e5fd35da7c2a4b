#include "mainwindow.h"

#include "autosaver.h"
#include "canvas/canvasactions.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvasarea.h"
#include "catalog/catalog.h"
#include "charts/costdock.h"
#include "comparison/comparisondock.h"
#include "comparison/comparisonoverlay.h"
#include "comparison/designcomparison.h"
#include "designexports.h"
#include "dialogs/backgroundtask.h"
#include "dialogs/designsettingsdialog.h"
#include "docks/undohistorydock.h"
#include "findings/findingsdock.h"
#include "findings/whatifpanel.h"
#include "inspector/catalogaccess.h"
#include "inspector/inspector.h"
#include "io/designfile.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "model/placement.h"
#include "model/progress.h"
#include "palette/componentpalette.h"
#include "recentfiles.h"
#include "rules/rulesengine.h"
#include "rulesafterpaint.h"
#include "session/designsession.h"
#include "terraform/terraformpreviewdock.h"
#include "userprompts.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include <utility>

namespace ecsplan {

namespace {
constexpr int StateVersion = 2; // 2: canvas-first dock layout

bool isDesignUrl(const QUrl &url)
{
    return url.isLocalFile()
            && QFileInfo(url.toLocalFile())
                       .suffix()
                       .compare(QLatin1String(DesignFile::Extension), Qt::CaseInsensitive)
            == 0;
}
} // namespace

namespace {
/**
 * Owns a window's catalog. Parented to the application and deleted later than the window: the
 * window's children keep pointers to the catalog until they are deleted, after ~MainWindow.
 */
class CatalogOwner : public QObject
{
public:
    explicit CatalogOwner(std::unique_ptr<Catalog> owned)
        : QObject(QCoreApplication::instance())
        , catalog(std::move(owned))
    {
    }
    std::unique_ptr<Catalog> catalog;
};
} // namespace

MainWindow::MainWindow(const Catalog *catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_baseCatalog(catalog ? catalog : &Catalog::builtin())
    , m_catalogOwner(new CatalogOwner(m_baseCatalog->clone()))
    , m_ownCatalog(static_cast<CatalogOwner *>(m_catalogOwner)->catalog.get())
    , m_catalog(m_ownCatalog)
    , m_session(std::make_unique<DesignSession>(*m_catalog))
    , m_document(&m_session->document())
    , m_metrics(&m_session->metrics())
    , m_canvas(new CanvasArea(m_document, this))
    , m_inspector(new Inspector(m_document, m_catalog, this))
    // The rules follow a change after the canvas and the inspector (connected before them).
    , m_rules(&m_session->rules())
    , m_autoSaver(new AutoSaver(m_document, this))
    , m_recent(new RecentFiles(this))
    , m_rulesAfterPaint(new RulesAfterPaint(m_rules, m_canvas->view(), this))
    , m_prompts(std::make_unique<UserPrompts>())
    , m_costLabel(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_rulesLabel(new QLabel(tr("Checking design rules…"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_canvas->view());
    setDockNestingEnabled(true);

    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::SettingsChanged
            || event.type == ChangeEvent::Type::Reset) {
            updateTitle();
            reloadCatalog();
        }
    });
    // A relative overlay path follows the design's folder (Save As elsewhere).
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::reloadCatalog);
    m_canvas->setMetricsEngine(m_metrics);
    m_inspector->setMetricsEngine(m_metrics);
    m_autoSaver->setCatalogVersion(CatalogAccess::version(m_catalog));
    connect(m_metrics, &MetricsEngine::metricsChanged, this, &MainWindow::updateCost);
    connect(m_canvas, &CanvasArea::selectionChanged, m_inspector, &Inspector::setSelection);
    connect(m_canvas, &CanvasArea::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_inspector, &Inspector::editRefused, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 8000); });
    connect(m_canvas, &CanvasArea::zoomChanged, this, [this](double factor) {
        m_zoomLabel->setText(tr("Zoom %L1 %").arg(factor * 100.0, 0, 'f', 0));
    });

    m_costLabel->setObjectName(QStringLiteral("costLabel"));
    // "+ 2 items without a price" is a link: one click lists what the total leaves out.
    m_costLabel->setTextFormat(Qt::RichText);
    connect(m_costLabel, &QLabel::linkActivated, this, [this] {
        const Totals &totals = m_metrics->totals();
        if (totals.missingPrices.isEmpty())
            return;
        QMessageBox box(QMessageBox::Information, tr("Items without a price"),
                        tr("The monthly total leaves out %n item(s) that have no price in the "
                           "catalog or a price sheet:",
                           nullptr, int(totals.missingPrices.size())),
                        QMessageBox::Ok, this);
        box.setInformativeText(QStringLiteral("• ")
                               + totals.missingPrices.join(QStringLiteral("\n• ")));
        box.exec();
    });
    m_zoomLabel->setText(tr("Zoom %L1 %").arg(m_canvas->zoom() * 100.0, 0, 'f', 0));
    m_rulesLabel->setObjectName(QStringLiteral("rulesPendingLabel"));
    m_rulesLabel->hide();
    connect(m_rulesAfterPaint, &RulesAfterPaint::pendingChanged, m_rulesLabel, &QLabel::setVisible);
    statusBar()->addPermanentWidget(m_rulesLabel);
    statusBar()->addPermanentWidget(m_costLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    createDocks();
    createActions();
    readSettings();
    m_comparisonDock->hide(); // shown by File ▸ Compare With…, whatever the last session left
    updateTitle();
    updateCost();
}

MainWindow::~MainWindow()
{
    // The session (a member) is destroyed after this body but before QObject deletes the
    // children, so everything that reads the design goes now: the docks and their panels, the
    // canvas view before its scene, the autosaver. Nothing of this window hears the session die.
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
    disconnect(m_metrics, nullptr, this, nullptr);
    delete m_comparison; // reads the document
    delete m_overlay; // its items are in the scene, deleted below
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
    delete m_canvas;
    delete m_autoSaver;
    // Children left (menus, actions) may keep pointers to the catalog until ~QWidget deletes
    // them: the catalog goes after them.
    m_catalogOwner->deleteLater();
}

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

void MainWindow::createDocks()
{
    // Canvas first: the palette on the left, the inspector alone on the right (it needs the
    // height), and everything else tabbed: Terraform and History under the inspector, the
    // analysis docks (cost, findings, what-if) in one short strip under the canvas. Each tab
    // stack can be closed from View ▸ Docks, or all at once with View ▸ Canvas Only.
    if (QWidget *palette = m_canvas->palette()) {
        auto *dock = new QDockWidget(tr("Components"), this);
        dock->setObjectName(QStringLiteral("paletteDock"));
        dock->setWidget(palette);
        addDock(dock, Qt::LeftDockWidgetArea);
    }
    auto *inspectorDock = new QDockWidget(tr("Properties"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(m_inspector);
    addDock(inspectorDock, Qt::RightDockWidgetArea);
    m_undoDock = new UndoHistoryDock(m_document, this);
    addDock(m_undoDock, Qt::RightDockWidgetArea);
    m_terraformDock = new TerraformPreviewDock(m_document, this);
    m_terraformDock->setMetricsEngine(m_metrics); // the README's estimate, as on export
    addDock(m_terraformDock, Qt::RightDockWidgetArea);
    splitDockWidget(inspectorDock, m_undoDock, Qt::Vertical);
    tabifyDockWidget(m_undoDock, m_terraformDock);
    m_undoDock->raise();

    // Analysis docks share the bottom edge, one tab each, under the canvas.
    DesignScene *scene = m_canvas->scene();
    m_findingsDock = new FindingsDock(m_document, m_rules, this);
    addDock(m_findingsDock, Qt::BottomDockWidgetArea);
    connect(m_findingsDock, &FindingsDock::selectEntities, scene, &DesignScene::selectIds);
    connect(m_findingsDock, &FindingsDock::badgesChanged, scene, &DesignScene::updateBadges);
    scene->setBadges(m_rules->worstSeverities());

    m_costDock = new CostDock(m_document, m_metrics, m_catalog, this);
    addDock(m_costDock, Qt::BottomDockWidgetArea);
    connect(scene, &DesignScene::selectedIdsChanged, m_costDock, &CostDock::setSelection);

    auto *whatIfDock = new QDockWidget(tr("What-if"), this);
    whatIfDock->setObjectName(QStringLiteral("whatIfDock"));
    m_whatIf = new WhatIfPanel(m_document, m_catalog, whatIfDock);
    // Scrolled rather than squeezed when the bottom area is short (a laptop screen).
    auto *whatIfScroll = new QScrollArea(whatIfDock);
    whatIfScroll->setWidgetResizable(true);
    whatIfScroll->setFrameShape(QFrame::NoFrame);
    whatIfScroll->setWidget(m_whatIf);
    whatIfDock->setWidget(whatIfScroll);
    addDock(whatIfDock, Qt::BottomDockWidgetArea);
    connect(m_whatIf, &WhatIfPanel::greyOut, scene, &DesignScene::setGreyedOut);

    // File ▸ Compare With…: hidden until a comparison is active.
    m_comparison = new DesignComparison(m_document, m_metrics, m_catalog, this);
    m_overlay = new ComparisonOverlay(scene, this);
    m_comparisonDock = new ComparisonDock(this);
    addDock(m_comparisonDock, Qt::BottomDockWidgetArea);
    connect(m_comparison, &DesignComparison::updated, this, &MainWindow::onComparisonUpdated);
    connect(m_comparison, &DesignComparison::activeChanged, this, &MainWindow::onComparisonActive);
    connect(m_comparisonDock, &ComparisonDock::clearRequested, this, &MainWindow::clearComparison);
    connect(m_comparisonDock, &ComparisonDock::showComponent, this,
            [this](EntityId id, bool removed) {
                auto *view = qobject_cast<DesignView *>(m_canvas->view());
                if (!removed && m_document->model().contains(id)) {
                    view->jumpTo(id);
                } else if (const ComparisonMarkItem *ghost = m_overlay->ghostFor(id)) {
                    m_canvas->selectIds({});
                    view->centerOn(ghost->target().center());
                }
            });
    // Marks follow a moved card at once; the comparison itself is recomputed debounced.
    connect(m_document, &Document::changed, m_overlay, [this](const ChangeEvent &event) {
        if (event.type != ChangeEvent::Type::Reset)
            m_overlay->relayout();
    });
    connect(m_canvas, &CanvasArea::zoomChanged, m_overlay, &ComparisonOverlay::setZoom);
    m_overlay->setZoom(m_canvas->zoom());

    tabifyDockWidget(m_findingsDock, m_costDock);
    tabifyDockWidget(m_costDock, whatIfDock);
    tabifyDockWidget(whatIfDock, m_comparisonDock);
    m_findingsDock->raise();
    // Docks never claim more than the canvas can spare: the window must fit a laptop screen.
    // (An explicit minimum size replaces the layouts' minimumSizeHint, which for the findings
    // and cost docks is taller than a laptop can spare.)
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (QWidget *w = dock->widget())
            w->setMinimumSize(w->minimumSizeHint().boundedTo(QSize(140, 80)));
    }
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
}

void MainWindow::fitDocksToScreen()
{
    // Proportions rather than pixels: on 1366×768 the canvas keeps about three quarters of the
    // width and three quarters of the height (the palette shows icons only, its names in
    // tooltips); on larger screens docks grow a little.
    const QSize window = size();
    const bool laptop = window.width() < 1440 || window.height() < 900;
    auto *palette = findChild<QDockWidget *>(QStringLiteral("paletteDock"));
    auto *inspector = findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    if (palette)
        resizeDocks(
                {palette},
                {laptop ? ComponentPalette::compactWidth() : qBound(150, window.width() / 9, 200)},
                Qt::Horizontal);
    if (inspector)
        resizeDocks({inspector}, {qBound(260, window.width() / 5, 360)}, Qt::Horizontal);
    if (inspector && m_undoDock)
        resizeDocks({inspector, m_undoDock},
                    {window.height() * 62 / 100, window.height() * 22 / 100}, Qt::Vertical);
    if (m_findingsDock)
        resizeDocks({m_findingsDock}, {laptop ? 140 : qBound(160, window.height() / 4, 280)},
                    Qt::Vertical);
}

void MainWindow::setCanvasOnly(bool on)
{
    if (on) {
        m_hiddenForCanvas.clear();
        for (QDockWidget *dock : findChildren<QDockWidget *>()) {
            if (dock->isVisible()) {
                m_hiddenForCanvas << dock;
                dock->hide();
            }
        }
    } else {
        for (QDockWidget *dock : std::as_const(m_hiddenForCanvas))
            if (dock)
                dock->show();
        m_hiddenForCanvas.clear();
    }
}

void MainWindow::addDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    Q_ASSERT(!dock->objectName().isEmpty()); // saveState() needs it
    addDockWidget(area, dock);
    if (m_docksMenu)
        m_docksMenu->addAction(dock->toggleViewAction());
}

void MainWindow::createActions()
{
    // --- File -----------------------------------------------------------------------------
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = file->addMenu(tr("&New"));
    QAction *newEmpty = newMenu->addAction(tr("&Empty Design"), this, &MainWindow::newDesign);
    newEmpty->setShortcut(QKeySequence::New);
    const QFileInfoList samples
            = QDir(QStringLiteral(":/samples")).entryInfoList({QStringLiteral("*.ecsplan")});
    if (!samples.isEmpty())
        newMenu->addSection(tr("From a Sample"));
    for (const QFileInfo &sample : samples) {
        const QString path = sample.absoluteFilePath();
        newMenu->addAction(sample.completeBaseName(), this, [this, path] { newFromSample(path); });
    }
    file->addAction(tr("&Open…"), this, [this] {
            const QString dir = m_document->fileName().isEmpty()
                    ? QDir::homePath()
                    : QFileInfo(m_document->fileName()).absolutePath();
            const QString path = m_prompts->askOpenPath(this, dir);
            if (!path.isEmpty())
                openFile(path);
        })->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(tr("&Save"), this, &MainWindow::save)->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save &As…"), this, &MainWindow::saveAs)->setShortcut(QKeySequence::SaveAs);
    QMenu *importMenu = file->addMenu(tr("&Import"));
    importMenu->addAction(tr("&Terraform JSON…"), this, [this] { importTerraformJson(); })
            ->setObjectName(QStringLiteral("importTerraformJson"));
    QAction *compare = file->addAction(tr("Compare &With…"), this, [this] { compareWith(); });
    compare->setObjectName(QStringLiteral("compareWith"));
    compare->setToolTip(tr("Mark on the canvas what changed since another version of this "
                           "design (that file is \"before\", this design \"after\")"));
    m_exportMenu = file->addMenu(tr("&Export"));
    m_exportTerraform = m_exportMenu->addAction(tr("&Terraform…"));
    m_exportReport = m_exportMenu->addAction(tr("&Report (PDF)…"), this, &MainWindow::exportReport);
    m_exportCostTable
            = m_exportMenu->addAction(tr("&Cost Table (CSV)…"), this, &MainWindow::exportCostTable);
    m_exportTerraform->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_exportTerraform, &QAction::triggered, m_terraformDock,
            &TerraformPreviewDock::openExportDialog);
    file->addSeparator();
    // Ctrl+W closes the design (after the unsaved-changes prompt), not the window: what an
    // editor with one document per window does; Ctrl+Q quits.
    QAction *closeDesign = file->addAction(tr("&Close Design"), this, &MainWindow::closeDesign);
    closeDesign->setShortcut(QKeySequence::Close);
    closeDesign->setObjectName(QStringLiteral("closeDesign"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // --- Edit -----------------------------------------------------------------------------
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z (the platform's) and Ctrl+Y (what Windows-trained hands press).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    redo->setShortcuts(redoKeys);
    redo->setObjectName(QStringLiteral("redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(m_canvas->editActions());
    edit->addSeparator();
    edit->addActions(m_canvas->toolActions());

    QToolBar *tools = addToolBar(tr("Tools"));
    tools->setObjectName(QStringLiteral("toolsToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addActions(m_canvas->toolActions());
    tools->addSeparator();
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    tools->addAction(m_canvas->view()->findChild<CanvasActions *>()->alignMenuAction());
    tools->addAction(m_canvas->view()->findChild<CanvasActions *>()->tidyLayoutAction());
    tools->addAction(m_canvas->view()->findChild<CanvasActions *>()->findAction());

    // --- View -----------------------------------------------------------------------------
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_canvas->viewActions());
    view->addSeparator();
    QAction *canvasOnly = view->addAction(tr("&Canvas Only"));
    canvasOnly->setObjectName(QStringLiteral("canvasOnly"));
    canvasOnly->setCheckable(true);
    canvasOnly->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    canvasOnly->setToolTip(tr("Hide every panel to give the canvas the whole window"));
    connect(canvasOnly, &QAction::toggled, this, &MainWindow::setCanvasOnly);
    m_clearComparison
            = view->addAction(tr("Clear Co&mparison"), this, &MainWindow::clearComparison);
    m_clearComparison->setObjectName(QStringLiteral("clearComparison"));
    m_clearComparison->setEnabled(false);
    m_docksMenu = view->addMenu(tr("&Docks"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_docksMenu->addAction(dock->toggleViewAction());
    view->addAction(tools->toggleViewAction());

    // --- Design, Help ---------------------------------------------------------------------
    QMenu *design = menuBar()->addMenu(tr("&Design"));
    design->addAction(tr("&Settings…"), this, &MainWindow::showSettingsDialog);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About the &Data…"), this, &MainWindow::showAboutData);
    help->addAction(tr("&About ECS Planner"), this, [this] {
        QMessageBox::about(
                this, tr("About ECS Planner"),
                tr("<b>ECS Planner %1</b><p>Design, cost and export Alibaba Cloud ECS "
                   "deployments.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                        .arg(QStringLiteral(ECSPLAN_VERSION)));
    });
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // Fill a laptop screen (the status bar must stay on it); leave a margin on large ones.
        const double share = available.width() <= 1440 ? 1.0 : 0.92;
        resize((available.size() * share).boundedTo(available.size()));
        move(available.center() - rect().center());
        m_fitDocksPending = true;
    }
    if (!restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray(),
                      StateVersion))
        m_fitDocksPending = true;
    // A geometry saved on a larger screen must not push the status bar off this one.
    if (!available.contains(frameGeometry()))
        setGeometry(QRect(geometry().topLeft(), geometry().size().boundedTo(available.size()))
                            .translated(available.topLeft() - frameGeometry().topLeft()));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState(StateVersion));
}

QString MainWindow::designName() const
{
    if (!m_document->fileName().isEmpty())
        return QFileInfo(m_document->fileName()).fileName();
    const QString title = m_document->model().settings().title;
    return title.isEmpty() ? tr("Untitled") : title;
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — ECS Planner").arg(designName()));
    setWindowFilePath(m_document->fileName());
}

QString MainWindow::costText() const
{
    const Totals &totals = m_metrics->totals();
    return tr("Monthly total: %1")
            .arg(metrics::total(totals.monthly, totals.currency, int(totals.missingPrices.size())));
}

void MainWindow::updateCost()
{
    const Totals &totals = m_metrics->totals();
    const int unpriced = int(totals.missingPrices.size());
    QString text = tr("Monthly total: %1")
                           .arg(metrics::money(totals.monthly, totals.currency).toHtmlEscaped());
    if (unpriced > 0)
        text += QStringLiteral(" <a href=\"#unpriced\">%1</a>")
                        .arg(metrics::unpricedSuffix(unpriced).toHtmlEscaped());
    m_costLabel->setText(text);
    QStringList lines;
    for (auto it = totals.byCategory.cbegin(); it != totals.byCategory.cend(); ++it)
        lines << QStringLiteral("%1: %2").arg(
                displayName(it.key()),
                metrics::total(it.value(), totals.currency,
                               totals.missingByCategory.value(it.key())));
    if (!totals.missingPrices.isEmpty()) {
        lines << tr("Without a price (not in the totals):");
        for (const QString &key : totals.missingPrices)
            lines << QStringLiteral("• ") + key;
    }
    m_costLabel->setToolTip(lines.join(QLatin1Char('\n')));
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompts->askSaveChanges(this, designName())) {
    case UserPrompts::SaveChoice::Save:
        return save();
    case UserPrompts::SaveChoice::Discard:
        return true;
    case UserPrompts::SaveChoice::Cancel:
        return false;
    }
    return false;
}

bool MainWindow::loadInto(const QString &path, bool asUntitled)
{
    // Off the GUI thread with a progress dialog: a 50k-component file takes a while. Cancelled,
    // the design on screen stays as it was.
    DesignFile::LoadResult result;
    const Catalog *catalog = m_catalog;
    if (!runWithProgress(
                this, tr("Opening %1…").arg(QDir::toNativeSeparators(QFileInfo(path).fileName())),
                [&result, &path, catalog](Progress &progress) {
                    result = DesignFile::load(path, catalog, &progress);
                })) {
        statusBar()->showMessage(tr("Opening cancelled; the design is as it was."), 4000);
        return false;
    }
    if (!result.ok) {
        m_prompts->showLoadErrors(this, path, result.errors);
        return false;
    }
    m_autoSaver->discard();
    // The first frame comes before the rules: they run right after it (RulesAfterPaint).
    m_rulesAfterPaint->deferring([&] {
        m_document->resetModel(std::move(result.model));
        return true;
    });
    m_document->setFileName(asUntitled ? QString() : path);
    updateTitle();
    // Show the whole design in the first frame (not the old zoom: a large design's links would
    // be routed for it), and again once the view has its final size.
    m_canvas->zoomToFit();
    QTimer::singleShot(0, m_canvas, &CanvasArea::zoomToFit);
    return true;
}

bool MainWindow::rulesPending() const
{
    return m_rulesAfterPaint->isPending();
}

bool MainWindow::openFile(const QString &path)
{
    if (!maybeSave())
        return false;
    if (!loadInto(path, false)) {
        if (!QFileInfo::exists(path))
            m_recent->remove(path);
        return false;
    }
    m_recent->add(path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::newDesign()
{
    if (!maybeSave())
        return false;
    m_autoSaver->discard();
    m_document->resetModel(Model());
    m_document->setFileName({});
    updateTitle();
    return true;
}

bool MainWindow::closeDesign()
{
    if (!newDesign())
        return false;
    statusBar()->showMessage(tr("Design closed. Open one (Ctrl+O), start from a sample (File ▸ "
                                "New) or drag a Region onto the canvas."),
                             6000);
    return true;
}

bool MainWindow::newFromSample(const QString &resourcePath)
{
    return maybeSave() && loadInto(resourcePath, true);
}

bool MainWindow::save()
{
    return m_document->fileName().isEmpty() ? saveAs() : saveTo(m_document->fileName());
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->fileName();
    if (suggested.isEmpty())
        suggested = QDir::home().filePath(designName() + QStringLiteral(".ecsplan"));
    QString path = m_prompts->askSavePath(this, suggested);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ecsplan");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    m_rulesAfterPaint->runNow(); // what is saved has been checked (and autosaves follow it)
    QString error;
    if (!DesignFile::saveDocument(m_document, path, &error, CatalogAccess::version(m_catalog))) {
        m_prompts->showError(this, tr("Cannot Save Design"), error);
        return false;
    }
    m_autoSaver->discard();
    m_recent->add(path);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        m_recentMenu->addAction(
                QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
                [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(no recent designs)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), m_recent, &RecentFiles::clear)
            ->setEnabled(!files.isEmpty());
}

void MainWindow::offerRecovery()
{
    for (const AutoSaver::Recoverable &item : AutoSaver::recoverable()) {
        const QString name = item.originalPath.isEmpty() ? tr("Untitled")
                                                         : QFileInfo(item.originalPath).fileName();
        const UserPrompts::RecoverChoice choice = m_prompts->askRecover(this, name, item.savedAt);
        if (choice == UserPrompts::RecoverChoice::Later)
            continue;
        if (choice == UserPrompts::RecoverChoice::Recover) {
            if (!maybeSave())
                return;
            if (loadInto(item.autosavePath, true)) {
                m_document->setFileName(item.originalPath);
                m_document->markUnsaved(); // recovered work is unsaved work
                // Kept (and locked) until the recovered design is saved or discarded: a second
                // crash before the next autosave must not lose it.
                m_autoSaver->adopt(item.autosavePath);
                updateTitle();
                continue;
            }
        }
        AutoSaver::removeFiles(item.autosavePath);
    }
}

void MainWindow::showSettingsDialog()
{
    DesignSettingsDialog dialog(m_document, this);
    dialog.exec();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Dock sizes only take once the window is laid out at its real size.
    if (std::exchange(m_fitDocksPending, false))
        QTimer::singleShot(0, this, [this] {
            fitDocksToScreen();
            m_canvas->zoomToFit();
        });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_autoSaver->discard();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), isDesignUrl))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (isDesignUrl(url)) {
            event->acceptProposedAction();
            openFile(url.toLocalFile());
            return;
        }
    }
}

} // namespace ecsplan
