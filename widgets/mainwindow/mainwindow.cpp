#include "mainwindow.h"

#include "autosaver.h"
#include "canvas/designscene.h"
#include "canvasarea.h"
#include "charts/costdock.h"
#include "designexports.h"
#include "dialogs/aboutdatadialog.h"
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
#include "recentfiles.h"
#include "rules/rulesengine.h"
#include "terraform/terraformpreviewdock.h"
#include "userprompts.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace ecsplan {

namespace {
constexpr int StateVersion = 1;

bool isDesignUrl(const QUrl &url)
{
    return url.isLocalFile()
            && QFileInfo(url.toLocalFile())
                       .suffix()
                       .compare(QLatin1String(DesignFile::Extension), Qt::CaseInsensitive)
            == 0;
}
} // namespace

MainWindow::MainWindow(const Catalog *catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_document(new Document(this))
    , m_metrics(new MetricsEngine(m_document, catalog, this))
    , m_canvas(new CanvasArea(m_document, this))
    , m_inspector(new Inspector(m_document, catalog, this))
    , m_rules(new RulesEngine(m_document, m_metrics, catalog, this))
    , m_autoSaver(new AutoSaver(m_document, this))
    , m_recent(new RecentFiles(this))
    , m_prompts(std::make_unique<UserPrompts>())
    , m_costLabel(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_document->setCatalog(m_catalog); // verbs refuse instance types the catalog does not know
    setAcceptDrops(true);
    setCentralWidget(m_canvas->view());
    setDockNestingEnabled(true);

    QUndoStack *stack = m_document->undoStack();
    connect(stack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::SettingsChanged
            || event.type == ChangeEvent::Type::Reset)
            updateTitle();
    });
    m_canvas->setMetricsEngine(m_metrics);
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
    m_zoomLabel->setText(tr("Zoom %L1 %").arg(m_canvas->zoom() * 100.0, 0, 'f', 0));
    statusBar()->addPermanentWidget(m_costLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    createDocks();
    createActions();
    readSettings();
    updateTitle();
    updateCost();
}

MainWindow::~MainWindow() = default;

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

void MainWindow::createDocks()
{
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
    m_undoDock = new UndoHistoryDock(m_document->undoStack(), this);
    addDock(m_undoDock, Qt::RightDockWidgetArea);
    m_terraformDock = new TerraformPreviewDock(m_document, this);
    addDock(m_terraformDock, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, m_terraformDock);
    inspectorDock->raise();
    resizeDocks({inspectorDock}, {380}, Qt::Horizontal);
    resizeDocks({inspectorDock, m_undoDock}, {640, 160}, Qt::Vertical);

    // Analysis docks share the bottom edge, one tab each, under the canvas.
    DesignScene *scene = m_canvas->scene();
    m_costDock = new CostDock(m_document, m_metrics, m_catalog, this);
    addDock(m_costDock, Qt::BottomDockWidgetArea);
    connect(scene, &DesignScene::selectedIdsChanged, m_costDock, &CostDock::setSelection);

    m_findingsDock = new FindingsDock(m_document, m_rules, this);
    addDock(m_findingsDock, Qt::BottomDockWidgetArea);
    connect(m_findingsDock, &FindingsDock::selectEntities, scene, &DesignScene::selectIds);
    connect(m_findingsDock, &FindingsDock::badgesChanged, scene, &DesignScene::setBadges);
    scene->setBadges(m_rules->badgeLevels());

    auto *whatIfDock = new QDockWidget(tr("What-if"), this);
    whatIfDock->setObjectName(QStringLiteral("whatIfDock"));
    m_whatIf = new WhatIfPanel(m_document, m_catalog, whatIfDock);
    whatIfDock->setWidget(m_whatIf);
    addDock(whatIfDock, Qt::BottomDockWidgetArea);
    connect(m_whatIf, &WhatIfPanel::greyOut, scene, &DesignScene::setGreyedOut);

    tabifyDockWidget(m_costDock, m_findingsDock);
    tabifyDockWidget(m_findingsDock, whatIfDock);
    m_costDock->raise();
    resizeDocks({m_costDock}, {300}, Qt::Vertical);
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
    m_exportMenu = file->addMenu(tr("&Export"));
    m_exportTerraform = m_exportMenu->addAction(tr("&Terraform…"));
    m_exportReport = m_exportMenu->addAction(tr("&Report (PDF)…"), this, &MainWindow::exportReport);
    m_exportCostTable
            = m_exportMenu->addAction(tr("&Cost Table (CSV)…"), this, &MainWindow::exportCostTable);
    m_exportTerraform->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_exportTerraform, &QAction::triggered, m_terraformDock,
            &TerraformPreviewDock::openExportDialog);
    file->addSeparator();
    file->addAction(tr("&Close"), this, &QWidget::close)->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // --- Edit -----------------------------------------------------------------------------
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
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

    // --- View -----------------------------------------------------------------------------
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_canvas->viewActions());
    view->addSeparator();
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
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(available.size() * 0.92);
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray(), StateVersion);
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
    return m_costLabel->text();
}

void MainWindow::updateCost()
{
    const Totals &totals = m_metrics->totals();
    m_costLabel->setText(
            tr("Monthly total: %1").arg(metrics::money(totals.monthly, totals.currency)));
    QStringList lines;
    for (auto it = totals.byCategory.cbegin(); it != totals.byCategory.cend(); ++it)
        lines << QStringLiteral("%1: %2").arg(displayName(it.key()),
                                              metrics::money(it.value(), totals.currency));
    if (!totals.missingPrices.isEmpty())
        lines << tr("Not priced (no catalog price): %1")
                         .arg(totals.missingPrices.join(QStringLiteral("; ")));
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
    DesignFile::LoadResult result = DesignFile::load(path, m_catalog);
    if (!result.ok) {
        m_prompts->showLoadErrors(this, path, result.errors);
        return false;
    }
    m_autoSaver->discard();
    m_document->resetModel(std::move(result.model));
    m_document->setFileName(asUntitled ? QString() : path);
    updateTitle();
    // Show the whole design once the view has its final size.
    QTimer::singleShot(0, m_canvas, &CanvasArea::zoomToFit);
    return true;
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
                m_document->undoStack()->resetClean(); // recovered work is unsaved work
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

QString MainWindow::exportSuggestion(const QString &suffix) const
{
    const QString dir = m_document->fileName().isEmpty()
            ? QDir::homePath()
            : QFileInfo(m_document->fileName()).absolutePath();
    return QDir(dir).filePath(QFileInfo(designName()).completeBaseName() + suffix);
}

bool MainWindow::exportReport()
{
    const QStringList filters{tr("PDF, A4 (*.pdf)"), tr("PDF, US Letter (*.pdf)")};
    int filter = QLocale().measurementSystem() == QLocale::ImperialUSSystem ? 1 : 0;
    QString path = m_prompts->askExportPath(
            this, tr("Export Report"), exportSuggestion(QStringLiteral(".pdf")), filters, &filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    ReportOptions options;
    options.pageSize = filter == 1 ? QPageSize::Letter : QPageSize::A4;
    int pages = 0;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error
            = DesignExports::writeReport(m_document, m_metrics, m_catalog, m_rules->findings(),
                                         m_canvas->scene(), path, options, &pages);
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        m_prompts->showError(this, tr("Cannot Export Report"), error);
        return false;
    }
    statusBar()->showMessage(tr("Report written to %1 (%n page(s))", nullptr, pages)
                                     .arg(QDir::toNativeSeparators(path)),
                             6000);
    return true;
}

bool MainWindow::exportCostTable()
{
    int filter = 0;
    QString path = m_prompts->askExportPath(this, tr("Export Cost Table"),
                                            exportSuggestion(QStringLiteral("-costs.csv")),
                                            {tr("CSV (*.csv)")}, &filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = DesignExports::writeCostTable(m_document, m_metrics, path);
    QGuiApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        m_prompts->showError(this, tr("Cannot Export Cost Table"), error);
        return false;
    }
    statusBar()->showMessage(tr("Cost table written to %1").arg(QDir::toNativeSeparators(path)),
                             6000);
    return true;
}

void MainWindow::showSettingsDialog()
{
    DesignSettingsDialog dialog(m_document, this);
    dialog.exec();
}

void MainWindow::showAboutData()
{
    AboutDataDialog dialog(m_catalog, this);
    dialog.exec();
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
