#include "canvas/designscene.h"
#include "catalog/catalog.h"
#include "charts/costdock.h"
#include "comparison/comparisondock.h"
#include "dialogs/aboutdatadialog.h"
#include "dialogs/designsettingsdialog.h"
#include "findings/findingsdock.h"
#include "generateddesign.h"
#include "inspector/inspector.h"
#include "inspector/propertyfields.h"
#include "io/designfile.h"
#include "io/designjson.h"
#include "mainwindow/autosaver.h"
#include "mainwindow/canvasarea.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentfiles.h"
#include "mainwindow/userprompts.h"
#include "mainwindowtest.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "rules/rulesengine.h"

#include <algorithm>

#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ecsplan;
using test::bytesOf;
using test::FakePrompts;

class tst_MainWindow : public test::MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(QStringLiteral("tst_mainwindow")); }
    void init() { clearSettings(); }
    void viewsGoBeforeTheDesign();
    void openModifySaveReopen_data();
    void openModifySaveReopen();
    void brokenFileShowsLoaderMessages_data();
    void brokenFileShowsLoaderMessages();
    void unsavedChangesPrompt();
    void openCancelledKeepsDesign();
    void dropOpensDesign();
    void autosaveAndRecovery();
    void autosaveWritesWhatSaveWrites();
    void viewMenuListsDocks();
    void canvasSelectionDrivesInspector();
    void findingSelectsOnCanvas();
    void canvasFirstLayout();
    void closeDesignKeepsTheWindow();
    void spotDiscountSetting();
    void demandSettings();
    void catalogOverlaySetting();
    void fitsALaptopScreen();
};

void tst_MainWindow::viewsGoBeforeTheDesign()
{
    // The docks and the canvas hold pointers to the document: when it dies, they are gone.
    FakePrompts *prompts = nullptr;
    MainWindow *window = makeWindow(&prompts);
    QVERIFY(window->openFile(
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/three-zone-web.ecsplan")));
    const EntityId any = window->document()->model().ids().first();
    QVERIFY(window->document()->setProperty({any}, Property::Notes, QStringLiteral("x")).ok());
    const QPointer<CostDock> cost = window->costDock();
    const QPointer<FindingsDock> findings = window->findingsDock();
    const QPointer<Inspector> inspector = window->inspector();
    const QPointer<QWidget> canvas = window->centralWidget();
    QVERIFY(cost && findings && inspector && canvas);
    int viewsLeft = -1;
    connect(window->document(), &QObject::destroyed, this, [&] {
        viewsLeft = int(!cost.isNull()) + int(!findings.isNull()) + int(!inspector.isNull())
                + int(!canvas.isNull());
    });
    delete window;
    QCOMPARE(viewsLeft, 0);
}

void tst_MainWindow::openModifySaveReopen_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("generated") << m_generated;
    const QDir samples(QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples"));
    for (const QFileInfo &sample : samples.entryInfoList({QStringLiteral("*.ecsplan")}))
        QTest::newRow(qPrintable(sample.fileName())) << sample.absoluteFilePath();
}

void tst_MainWindow::openModifySaveReopen()
{
    QFETCH(QString, path);
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QVERIFY(window->openFile(path));
    const QString name = QFileInfo(path).fileName();
    QCOMPARE(window->windowTitle(), QStringLiteral("%1[*] — ECS Planner").arg(name));
    QVERIFY(!window->isWindowModified());
    QCOMPARE(RecentFiles().files().value(0), QFileInfo(path).absoluteFilePath());
    window->metrics()->flush();
    QVERIFY2(window->costText().startsWith(QStringLiteral("Monthly total: CNY ")),
             qPrintable(window->costText()));
    // An incomplete total says so in the status bar: "+ 2 items without a price".
    const int unpriced = int(window->metrics()->totals().missingPrices.size());
    QCOMPARE(window->costText().endsWith(QStringLiteral(" without a price")), unpriced > 0);

    const Model &model = window->document()->model();
    const EntityId first = model.ids().first();
    QVERIFY(window->document()
                    ->setProperty({first}, Property::Notes, QStringLiteral("changed"))
                    .ok());
    QVERIFY(window->isWindowModified());

    prompts->savePath = m_dir.filePath(QStringLiteral("saved-%1").arg(name));
    QVERIFY(window->saveAs());
    QVERIFY(!window->isWindowModified());
    QCOMPARE(window->windowTitle(), QStringLiteral("saved-%1[*] — ECS Planner").arg(name));
    const QByteArray saved = bytesOf(prompts->savePath);
    QVERIFY(!saved.isEmpty());

    FakePrompts *otherPrompts = nullptr;
    std::unique_ptr<MainWindow> other(makeWindow(&otherPrompts));
    QVERIFY(other->openFile(prompts->savePath));
    QCOMPARE(other->document()->model().find(first)->notes, QStringLiteral("changed"));
    otherPrompts->savePath = m_dir.filePath(QStringLiteral("again-%1").arg(name));
    QVERIFY(other->saveAs());
    QCOMPARE(bytesOf(otherPrompts->savePath), saved);
    QVERIFY(prompts->errors.isEmpty());
}

void tst_MainWindow::brokenFileShowsLoaderMessages_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("{ \"format\": \"ecsplan\", ");
    QTest::newRow("newer schema") << QByteArray(
            "{\"format\": \"ecsplan\", \"schemaVersion\": 999}");
    QTest::newRow("not a design") << QByteArray("{\"format\": \"something-else\"}");
}

void tst_MainWindow::brokenFileShowsLoaderMessages()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(QStringLiteral("broken.ecsplan"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    const QStringList expected = DesignFile::load(path).errors;
    QVERIFY(!expected.isEmpty());

    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QVERIFY(window->openFile(m_generated));
    QVERIFY(!window->openFile(path));
    QCOMPARE(prompts->loadErrors, expected);
    QCOMPARE(window->document()->fileName(), m_generated); // the open design is untouched
    QVERIFY(!window->openFile(m_dir.filePath(QStringLiteral("missing.ecsplan"))));
    QVERIFY2(prompts->loadErrors.value(0).contains(QStringLiteral("cannot open")),
             qPrintable(prompts->loadErrors.join('\n')));
}

/**
 * Opening runs off the GUI thread with a progress dialog that can be cancelled. Cancelled, the
 * design on screen is as it was, unsaved edit included (the user had agreed to discard it for
 * the new file, which never came): file name, title, content, undo history; no error shown.
 */
void tst_MainWindow::openCancelledKeepsDesign()
{
    const QString big = m_dir.filePath(QStringLiteral("big.ecsplan"));
    const Model bigModel = test::generateDesign(2000);
    QString error;
    QVERIFY2(DesignFile::save(bigModel, big, &error), qPrintable(error));

    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    window->show();
    QVERIFY(window->openFile(m_generated));
    Document *document = window->document();
    const EntityId first = document->model().ids().first();
    QVERIFY(document->setProperty({first}, Property::Notes, QStringLiteral("unsaved")).ok());
    const EntityIds ids = document->model().ids();
    const QString title = window->windowTitle();
    const int undoSteps = document->undoStack()->count();
    QVERIFY(window->isWindowModified());

    prompts->saveChoice = UserPrompts::SaveChoice::Discard;
    bool cancelled = false;
    QTimer::singleShot(0, window.get(), [&] {
        auto *progress
                = window->findChild<QProgressDialog *>(QStringLiteral("backgroundTaskProgress"));
        if (progress) {
            progress->cancel();
            cancelled = true;
        }
    });
    QVERIFY(!window->openFile(big));
    QVERIFY(cancelled);
    QCOMPARE(prompts->saveQuestions, 1);
    QCOMPARE(document->model().ids(), ids);
    QCOMPARE(document->model().find(first)->notes, QStringLiteral("unsaved"));
    QCOMPARE(document->fileName(), m_generated);
    QCOMPARE(window->windowTitle(), title);
    QVERIFY(window->isWindowModified());
    QCOMPARE(document->undoStack()->count(), undoSteps);
    QVERIFY(prompts->loadErrors.isEmpty());
    QVERIFY(prompts->errors.isEmpty());
    QVERIFY(window->findChild<QProgressDialog *>() == nullptr); // gone with its task

    // Not cancelled, the same file opens.
    QVERIFY(window->openFile(big));
    QCOMPARE(document->model().size(), bigModel.size());
    QCOMPARE(document->fileName(), big);
}

void tst_MainWindow::unsavedChangesPrompt()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QVERIFY(window->openFile(m_generated));
    const int size = window->document()->model().size();
    QVERIFY(window->newDesign());
    QCOMPARE(prompts->saveQuestions, 0); // unmodified: no question
    QVERIFY(window->openFile(m_generated));
    window->document()->removeEntities({window->document()->model().ids().last()});

    prompts->saveChoice = UserPrompts::SaveChoice::Cancel;
    QVERIFY(!window->newDesign());
    QVERIFY(!window->close());
    QCOMPARE(prompts->saveQuestions, 2);
    QCOMPARE(window->document()->model().size(), size - 1);

    prompts->saveChoice = UserPrompts::SaveChoice::Discard;
    QVERIFY(window->newDesign());
    QCOMPARE(window->document()->model().size(), 0);
    QCOMPARE(window->windowTitle(), QStringLiteral("Untitled design[*] — ECS Planner"));
    QVERIFY(!window->isWindowModified());
}

void tst_MainWindow::dropOpensDesign()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_generated)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    QCOMPARE(window->document()->fileName(), m_generated);

    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

void tst_MainWindow::autosaveAndRecovery()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QVERIFY(window->openFile(m_generated));
    QVERIFY(!window->autoSaver()->saveNow()); // nothing to save while clean
    window->document()->removeEntities({window->document()->model().ids().last()});
    QVERIFY(window->autoSaver()->saveNow());
    const QString autosave = window->autoSaver()->autosavePath();
    QVERIFY(QFile::exists(autosave));
    QVERIFY(AutoSaver::recoverable().isEmpty()); // locked by this live window
    const Model modified = window->document()->model();

    // Simulate a crash: the files stay, the lock is gone.
    const QByteArray design = bytesOf(autosave);
    prompts->saveChoice = UserPrompts::SaveChoice::Discard;
    QVERIFY(window->close());
    QVERIFY(!QFile::exists(autosave)); // removed on close
    QFile restore(autosave);
    QVERIFY(restore.open(QIODevice::WriteOnly));
    restore.write(design);
    restore.close();
    QFile origin(autosave.chopped(7) + QStringLiteral("origin"));
    QVERIFY(origin.open(QIODevice::WriteOnly));
    origin.write(m_generated.toUtf8());
    origin.close();
    QCOMPARE(AutoSaver::recoverable().size(), 1);

    FakePrompts *next = nullptr;
    std::unique_ptr<MainWindow> restarted(makeWindow(&next));
    restarted->offerRecovery();
    QCOMPARE(next->recoverQuestions, 1);
    QCOMPARE(restarted->document()->model().size(), modified.size());
    QCOMPARE(restarted->document()->fileName(), m_generated);
    QVERIFY(restarted->isWindowModified());
    // The recovered work stays in its autosave, locked by this window, until it is saved: a
    // second crash now must not lose it (tst_crashrecovery kills a real process twice).
    QCOMPARE(restarted->autoSaver()->autosavePath(), autosave);
    QVERIFY(QFile::exists(autosave));
    QVERIFY(AutoSaver::recoverable().isEmpty());
    next->savePath = m_dir.filePath(QStringLiteral("recovered.ecsplan"));
    QVERIFY(restarted->saveAs());
    QVERIFY(!QFile::exists(autosave));
    QVERIFY(AutoSaver::recoverable().isEmpty());
}

void tst_MainWindow::autosaveWritesWhatSaveWrites()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QVERIFY(window->openFile(m_generated));
    window->document()->removeEntities({window->document()->model().ids().last()});
    QVERIFY(window->autoSaver()->saveNow());
    const QByteArray autosaved = bytesOf(window->autoSaver()->autosavePath());
    const QString saved = m_dir.filePath(QStringLiteral("saved-copy.ecsplan"));
    prompts->savePath = saved;
    QVERIFY(window->saveAs());
    QCOMPARE(autosaved, bytesOf(saved));
    QVERIFY(!Catalog::builtin().version().isEmpty());
    QVERIFY(autosaved.contains("\"catalogVersion\": \"" + Catalog::builtin().version().toUtf8()
                               + '"'));
    prompts->saveChoice = UserPrompts::SaveChoice::Discard;
}

void tst_MainWindow::viewMenuListsDocks()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    auto *later = new QDockWidget(QStringLiteral("Later"), window.get());
    later->setObjectName(QStringLiteral("laterDock"));
    window->addDock(later, Qt::BottomDockWidgetArea);
    QMenu *docks = nullptr;
    for (QMenu *menu : window->menuBar()->findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("&Docks"))
            docks = menu;
    }
    QVERIFY(docks);
    QStringList names;
    for (QAction *action : docks->actions())
        names << action->text();
    QVERIFY2(names.contains(QStringLiteral("Properties")), qPrintable(names.join(',')));
    QVERIFY(names.contains(QStringLiteral("Undo History")));
    QVERIFY(names.contains(QStringLiteral("Findings")));
    QVERIFY(names.contains(QStringLiteral("Terraform")));
    QVERIFY(names.contains(QStringLiteral("Cost")));
    QVERIFY(names.contains(QStringLiteral("What-if")));
    QVERIFY(names.contains(QStringLiteral("Comparison")));
    QVERIFY(names.contains(QStringLiteral("Later")));
    QCOMPARE(names.count(QStringLiteral("Findings")), 1);
    QVERIFY(window->exportTerraformAction()->isEnabled());
    QVERIFY(window->exportReportAction()->isEnabled());
    QVERIFY(window->exportCostTableAction()->isEnabled());
    QCOMPARE(window->dockWidgetArea(window->findingsDock()), Qt::BottomDockWidgetArea);
    // Findings, What-if and Comparison share the strip with Cost; Comparison stays hidden until
    // File ▸ Compare With… (tst_comparison).
    QCOMPARE(window->tabifiedDockWidgets(window->costDock()).size(), 3);
    QVERIFY(window->comparisonDock()->isHidden());
}

void tst_MainWindow::canvasSelectionDrivesInspector()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    window->resize(1600, 1000);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QString sample
            = QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/three-zone-web.ecsplan");
    QVERIFY(window->openFile(QFile::exists(sample) ? sample : m_generated));
    const Model &model = window->document()->model();
    const EntityIds groups = model.ids(EntityKind::InstanceGroup);
    QVERIFY(!groups.isEmpty());
    window->canvas()->selectIds({groups.first()});
    QCOMPARE(window->inspector()->selection(), EntityIds{groups.first()});
    auto *name = qobject_cast<TextField *>(window->inspector()->field(Property::Name));
    QVERIFY(name);
    QCOMPARE(name->lineEdit()->text(), model.find(groups.first())->name);
    // Set ECSPLAN_SCREENSHOT_DIR to look at the window as the test left it.
    const QString shots = qEnvironmentVariable("ECSPLAN_SCREENSHOT_DIR");
    QTest::qWait(50);
    const QImage image = window->grab().toImage();
    QCOMPARE(image.size(), window->size() * window->devicePixelRatio());
    if (!shots.isEmpty())
        QVERIFY(image.save(shots + QStringLiteral("/mainwindow-selection.png")));

    const EntityIds disks = model.ids(EntityKind::Disk);
    QVERIFY(!disks.isEmpty());
    window->canvas()->selectIds({disks.first()});
    QVERIFY(window->inspector()->diskPerformanceText().contains(QStringLiteral(" IOPS · ")));
    QTest::qWait(50);
    if (!shots.isEmpty())
        QVERIFY(window->grab().save(shots + QStringLiteral("/mainwindow-disk.png")));
}

void tst_MainWindow::findingSelectsOnCanvas()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QVERIFY(window->openFile(m_generated));
    QTRY_VERIFY(!window->rulesPending()); // they run after the first frame
    const Findings findings = window->rules()->findings();
    QVERIFY(!findings.isEmpty());
    const Finding &first = findings.first();
    QVERIFY(window->findingsDock()->selectFinding(first.key()));
    EntityIds expected = first.entities;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(window->canvas()->selectedIds(), expected);
}

void tst_MainWindow::canvasFirstLayout()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    window->resize(1366, 740);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *inspector = window->findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    QVERIFY(inspector);
    // The inspector has its own space, not a tab behind the Terraform preview.
    QVERIFY(window->tabifiedDockWidgets(inspector).isEmpty());
    QVERIFY(inspector->isVisible());
    // The window fits: its minimum size is below a laptop screen's.
    QVERIFY2(window->minimumSizeHint().height() <= 700,
             qPrintable(QString::number(window->minimumSizeHint().height())));
    // Canvas Only hides every dock and brings them back.
    auto *canvasOnly = window->findChild<QAction *>(QStringLiteral("canvasOnly"));
    QVERIFY(canvasOnly);
    const QWidget *canvas = window->canvas()->view();
    const int before = canvas->width() * canvas->height();
    canvasOnly->setChecked(true);
    QTest::qWait(20);
    for (QDockWidget *dock : window->findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    QVERIFY(canvas->width() * canvas->height() > before);
    canvasOnly->setChecked(false);
    QVERIFY(inspector->isVisible());
    // Ctrl+Y redoes (as well as the platform's redo key).
    auto *redo = window->findChild<QAction *>(QStringLiteral("redo"));
    QVERIFY(redo);
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
}

void tst_MainWindow::closeDesignKeepsTheWindow()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    window->show();
    QVERIFY(window->openFile(m_generated));
    QVERIFY(!window->document()->model().entities().isEmpty());
    auto *close = window->findChild<QAction *>(QStringLiteral("closeDesign"));
    QVERIFY(close);
    QCOMPARE(close->shortcut(), QKeySequence(QKeySequence::Close));
    close->trigger();
    QVERIFY(window->isVisible());
    QVERIFY(window->document()->model().entities().isEmpty());
    QVERIFY(window->document()->fileName().isEmpty());
    // With unsaved changes the prompt comes first; Cancel keeps the design.
    QVERIFY(window->openFile(m_generated));
    const EntityId any = window->document()->model().ids().first();
    QVERIFY(window->document()->setProperty({any}, Property::Notes, QStringLiteral("x")).ok());
    prompts->saveChoice = UserPrompts::SaveChoice::Cancel;
    close->trigger();
    QCOMPARE(prompts->saveQuestions, 1);
    QVERIFY(!window->document()->model().entities().isEmpty());
}

/** Design → Settings edits the spot discount as a percentage: one undo step, saved in the file. */
void tst_MainWindow::spotDiscountSetting()
{
    Document document;
    DesignSettingsDialog dialog(&document);
    QCOMPARE(dialog.spotDiscountBox()->value(), 70.0); // DefaultSpotDiscount
    QVERIFY(dialog.apply()); // untouched: nothing changes
    QCOMPARE(document.undoStack()->count(), 0);
    dialog.spotDiscountBox()->setValue(55);
    QVERIFY(dialog.apply());
    QCOMPARE(document.model().settings().spotDiscount, 0.55);
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(DesignJson::write(document.model()).contains("\"spotDiscount\": 0.55,"));
    document.undo();
    QCOMPARE(document.model().settings().spotDiscount, DefaultSpotDiscount);

    // A finer value from a file survives an untouched box (it shows one decimal).
    DesignSettings fine = document.model().settings();
    fine.spotDiscount = 0.6543;
    QVERIFY(document.setSettings(fine).ok());
    DesignSettingsDialog again(&document);
    QCOMPARE(again.spotDiscountBox()->value(), 65.4);
    QCOMPARE(again.settings().spotDiscount, 0.6543);
}

/** Design → Settings edits the demand model's peak factor and packets: one undo step, saved. */
void tst_MainWindow::demandSettings()
{
    Document document;
    DesignSettingsDialog dialog(&document);
    QCOMPARE(dialog.peakToAverageBox()->value(), DefaultPeakToAverage);
    QCOMPARE(dialog.packetsPerRequestBox()->value(), DefaultPacketsPerRequest);
    dialog.peakToAverageBox()->setValue(3);
    dialog.packetsPerRequestBox()->setValue(14);
    QVERIFY(dialog.apply());
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.model().settings().peakToAverage, 3.0);
    QCOMPARE(document.model().settings().packetsPerRequest, 14.0);
    const QByteArray saved = DesignJson::write(document.model());
    QVERIFY(saved.contains("\"peakToAverage\": 3.0,"));
    QVERIFY(saved.contains("\"packetsPerRequest\": 14.0,"));
    document.undo();
    QCOMPARE(document.model().settings().peakToAverage, DefaultPeakToAverage);
    QCOMPARE(document.model().settings().packetsPerRequest, DefaultPacketsPerRequest);
}

/**
 * Design → Settings → Catalog overlay: one undo step; the window's catalog, its findings and
 * Help → About the Data follow it, and undo takes it off again.
 */
void tst_MainWindow::catalogOverlaySetting()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QVERIFY(window->openFile(
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/three-zone-web.ecsplan")));
    QTRY_VERIFY(!window->rulesPending());
    const auto ecs015 = [&window] {
        int n = 0;
        for (const Finding &f : window->rules()->findings())
            n += f.ruleId == QLatin1String("ECS015") ? 1 : 0;
        return n;
    };
    QCOMPARE(ecs015(), 0); // the built-in catalog has no zone availability
    QVERIFY(window->catalog()->overlayFile().isEmpty());
    QVERIFY(!AboutDataDialog::html(window->catalog()).contains(QStringLiteral("Catalog overlay")));

    Document *document = window->document();
    DesignSettingsDialog dialog(document);
    const int steps = document->undoStack()->count();
    dialog.catalogOverlayEdit()->setText(
            QStringLiteral(ECSPLAN_TEST_DATA "/catalog-import/overlay.json"));
    QVERIFY(dialog.apply());
    QCOMPARE(document->undoStack()->count(), steps + 1);
    QCOMPARE(window->catalog()->overlayFile(), QStringLiteral("overlay.json"));
    QVERIFY(window->catalogOverlayError().isEmpty());
    // orders-db and its standby run ecs.r8i.2xlarge, which the overlay's zones do not offer.
    QCOMPARE(ecs015(), 2);
    const QString about = AboutDataDialog::html(window->catalog());
    QVERIFY(about.contains(QStringLiteral("<h3>Catalog overlay</h3>")));
    QVERIFY(about.contains(QStringLiteral("<tr><td>ecs DescribePrice</td><td>ecs_DescribePrice_"
                                          "RegionId=cn-hangzhou_InstanceType=ecs.g8i.large_"
                                          "PriceUnit=Hour.json</td><td>2026-12-01</td></tr>")));
    QVERIFY(about.contains(QStringLiteral("regions the built-in catalog does not know: "
                                          "cn-zhengzhou-jva")));

    document->undo();
    QVERIFY(window->catalog()->overlayFile().isEmpty());
    QCOMPARE(ecs015(), 0);
    document->redo();
    QCOMPARE(ecs015(), 2);

    // An overlay that cannot be used is named, and the catalog stays the built-in one.
    DesignSettings broken = document->model().settings();
    broken.catalogOverlay = QStringLiteral(ECSPLAN_TEST_DATA "/catalog-import/good/"
                                                             "ecs_DescribeRegions.json");
    QVERIFY(document->setSettings(broken).ok());
    QVERIFY(window->catalog()->overlayFile().isEmpty());
    QCOMPARE(ecs015(), 0);
    QVERIFY2(window->catalogOverlayError().endsWith(
                     QStringLiteral("ecs_DescribeRegions.json not used: /format: expected "
                                    "\"ecsplan-catalog-overlay\": this is not a catalog overlay "
                                    "(make one with \"ecsplan-cli catalog import\")")),
             qPrintable(window->catalogOverlayError()));
}

/**
 * On a 1366×768 laptop the window must fit, status bar included: no dock may ask more height
 * than the screen leaves. The stacked What-if panel asked 480 px and grew the window to 889.
 */
void tst_MainWindow::fitsALaptopScreen()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QVERIFY(window->openFile(
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/three-zone-web.ecsplan")));
    window->resize(1366, 768);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->size(), QSize(1366, 768));
    QVERIFY(window->minimumSizeHint().height() <= 768);
    for (const QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (window->dockWidgetArea(const_cast<QDockWidget *>(dock)) == Qt::BottomDockWidgetArea)
            QVERIFY2(dock->widget()->minimumSizeHint().height() <= 300,
                     qPrintable(dock->objectName()));
    }
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
