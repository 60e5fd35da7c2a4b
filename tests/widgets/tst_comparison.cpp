// File ▸ Compare With…: the design on screen ("after") against another file ("before"). The
// canvas marks added, changed and removed components (ghosts that are not model items), the
// marks follow edits and clear, nothing is written to the design or its undo stack, the
// Comparison dock shows exactly DesignDiff::compare's figures, the report gets "What changes",
// and a broken file gives a located error and changes nothing.
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvas/entityfigures.h"
#include "canvas/nodeitem.h"
#include "catalog/catalog.h"
#include "charts/comparisonchart.h"
#include "comparison/comparisondock.h"
#include "comparison/comparisonoverlay.h"
#include "comparison/designcomparison.h"
#include "diff/designdiff.h"
#include "io/designfile.h"
#include "io/designjson.h"
#include "mainwindow/autosaver.h"
#include "mainwindow/canvasarea.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/userprompts.h"
#include "metrics/formatting.h"
#include "model/document.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>

using namespace ecsplan;

namespace {

const QString Sample
        = QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/three-zone-web.ecsplan");
// three-zone-web with session-cache removed, web-asg on ecs.g8i.xlarge, orders-db-data at
// 1,200 GiB and a new orders-db-replica in zone J.
const QString Edited
        = QStringLiteral(ECSPLAN_TEST_DATA "/designs/diff/three-zone-web-edited.ecsplan");
constexpr EntityId WebAsg = EntityId(10);
constexpr EntityId SessionCache = EntityId(11);
constexpr EntityId OrdersDb = EntityId(12);
constexpr EntityId OrdersDbData = EntityId(13);
constexpr EntityId Standby = EntityId(14); // orders-db-standby: the same in both files
constexpr EntityId Replica = EntityId(21);

struct FakePrompts : UserPrompts
{
    QString comparePath;
    QString exportPath;
    QString loadErrorPath;
    QStringList loadErrors;
    QStringList errors;
    int compareQuestions = 0;
    SaveChoice askSaveChanges(QWidget *, const QString &) override { return SaveChoice::Discard; }
    void showLoadErrors(QWidget *, const QString &path, const QStringList &e) override
    {
        loadErrorPath = path;
        loadErrors = e;
    }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    QString askComparePath(QWidget *, const QString &) override
    {
        ++compareQuestions;
        return comparePath;
    }
    QString askExportPath(QWidget *, const QString &, const QString &, const QStringList &,
                          int *filterIndex) override
    {
        *filterIndex = 0;
        return exportPath;
    }
};

Model load(const QString &path)
{
    DesignFile::LoadResult r = DesignFile::load(path, &Catalog::builtin());
    return r.model;
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput())
            .replace(QChar(0xFB01), QStringLiteral("fi"))
            .replace(QChar(0xFB00), QStringLiteral("ff"))
            .replace(QChar(0xFB02), QStringLiteral("fl"));
}

QString signedMoney(double delta, const QString &currency)
{
    return (delta < 0 ? QStringLiteral("−") : QStringLiteral("+"))
            + metrics::money(std::abs(delta), currency);
}

const DesignDiff::ComponentChange *changeOf(const DesignDiff::Result &r, EntityId id,
                                            DesignDiff::Change kind)
{
    for (const DesignDiff::ComponentChange &c : r.components) {
        if (c.id == id && c.change == kind)
            return &c;
    }
    return nullptr;
}

QList<ComparisonMarkItem *> marksInScene(DesignScene *scene)
{
    QList<ComparisonMarkItem *> out;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() == ComparisonMarkItem::Type)
            out << static_cast<ComparisonMarkItem *>(item);
    }
    return out;
}

} // namespace

class tst_Comparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void overlayMarksDifferences();
    void ghostsAreNotModelItems();
    void followsEditsAndClears();
    void removedZoneIsAGhostFrame();
    void editsDuringAComputation();
    void dockEqualsDesignDiff();
    void doubleClickShowsComponent();
    void reportHasWhatChanges();
    void badCompareFileChangesNothing_data();
    void badCompareFileChangesNothing();
    void cancelledPromptDoesNothing();

private:
    std::unique_ptr<MainWindow> compared(FakePrompts **prompts);
    QTemporaryDir m_dir;
};

void tst_Comparison::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ecsplan-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_comparison"));
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext is not installed: run ./dev.sh setup (Debian: poppler-utils)");
}

void tst_Comparison::init()
{
    QSettings().clear();
    QDir(AutoSaver::directory()).removeRecursively();
}

/** A window on the edited design, compared with the sample it came from. */
std::unique_ptr<MainWindow> tst_Comparison::compared(FakePrompts **prompts)
{
    auto window = std::make_unique<MainWindow>(&Catalog::builtin());
    auto fake = std::make_unique<FakePrompts>();
    *prompts = fake.get();
    window->setPrompts(std::move(fake));
    window->resize(1366, 768);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->openFile(Edited))
        return nullptr;
    (*prompts)->comparePath = Sample;
    auto *compare = window->findChild<QAction *>(QStringLiteral("compareWith"));
    if (!compare)
        return nullptr;
    compare->trigger();
    return window;
}

void tst_Comparison::overlayMarksDifferences()
{
    FakePrompts *prompts = nullptr;
    const std::unique_ptr<MainWindow> window = compared(&prompts);
    QVERIFY(window);
    QCOMPARE(prompts->compareQuestions, 1);
    QVERIFY(prompts->loadErrors.isEmpty());
    DesignComparison *comparison = window->comparison();
    QVERIFY(comparison->isActive());
    QCOMPARE(comparison->beforeLabel(), QStringLiteral("three-zone-web.ecsplan"));

    const DesignDiff::Result expected
            = DesignDiff::compare(load(Sample), load(Edited), Catalog::builtin());
    const DesignDiff::Result &r = comparison->result();
    QCOMPARE(r.components.size(), expected.components.size());
    QCOMPARE(r.after.monthly, expected.after.monthly);

    ComparisonOverlay *overlay = window->comparisonOverlay();
    // Removed session-cache (and its link), added replica (and its link), changed web-asg and
    // orders-db-data, and orders-db, whose peak utilisation moved without an edit of its own;
    // links are not marked on the canvas.
    QCOMPARE(overlay->marks().size(), 5);
    QCOMPARE(marksInScene(window->canvas()->scene()).size(), 5);

    struct Expect
    {
        EntityId id;
        DesignDiff::Change change;
        QString word;
    };
    const QList<Expect> expects{
            {WebAsg, DesignDiff::Change::Changed, QStringLiteral("~ changed")},
            {OrdersDbData, DesignDiff::Change::Changed, QStringLiteral("~ changed")},
            {Replica, DesignDiff::Change::Added, QStringLiteral("+ added")},
    };
    for (const Expect &e : expects) {
        ComparisonMarkItem *mark = overlay->markFor(e.id);
        QVERIFY2(mark, qPrintable(QString::number(toUInt(e.id))));
        QCOMPARE(mark->change(), e.change);
        QVERIFY(!mark->isGhost());
        const auto *card = qgraphicsitem_cast<NodeItem *>(window->canvas()->scene()->itemFor(e.id));
        QVERIFY(card);
        QCOMPARE(mark->target(), card->cardSceneRect());
        const DesignDiff::ComponentChange *c = changeOf(r, e.id, e.change);
        QVERIFY(c);
        QCOMPARE(mark->tagText(),
                 e.word + QStringLiteral(" · ")
                         + signedCardMoney(c->costAfter - c->costBefore, r.currency));
    }
    // A change of figures only: no money on the tag, the figure before → after in the tooltip.
    const DesignDiff::ComponentChange *db = changeOf(r, OrdersDb, DesignDiff::Change::Changed);
    QVERIFY(db);
    QVERIFY(db->fields.isEmpty());
    QCOMPARE(db->figures.size(), 1);
    QCOMPARE(overlay->markFor(OrdersDb)->tagText(), QStringLiteral("~ changed"));
    QVERIFY2(overlay->markFor(OrdersDb)->toolTip().contains(
                     DesignDiff::figureText(db->figures.at(0)).toHtmlEscaped()),
             qPrintable(overlay->markFor(OrdersDb)->toolTip()));
    // The figures themselves, as the card shows money: the replica is a new ecs.r8i.xlarge.
    const DesignDiff::ComponentChange *replica = changeOf(r, Replica, DesignDiff::Change::Added);
    QCOMPARE(replica->costBefore, 0.0);
    QCOMPARE(overlay->markFor(Replica)->tagText(),
             QStringLiteral("+ added · +") + EntityFigures::money(replica->costAfter, r.currency));
    QVERIFY(replica->costAfter > 0);
    QCOMPARE(ComparisonMarkItem::color(DesignDiff::Change::Added), QColor(0x1e, 0x9e, 0x4a));
    QCOMPARE(ComparisonMarkItem::color(DesignDiff::Change::Changed), QColor(0xe0, 0x8a, 0x00));

    // The removed cache: a ghost at its old place, without a cost (it had no price).
    ComparisonMarkItem *ghost = overlay->ghostFor(SessionCache);
    QVERIFY(ghost);
    QCOMPARE(ghost->change(), DesignDiff::Change::Removed);
    QCOMPARE(ghost->target(), QRectF(70, 200, 160, 64));
    QCOMPARE(ghost->tagText(), QStringLiteral("− removed"));
    QVERIFY(!overlay->markFor(SessionCache));

    // The changed card's tooltip lists its fields before → after.
    window->canvas()->scene()->prepareToolTip(WebAsg);
    const QString tip = window->canvas()->scene()->itemFor(WebAsg)->toolTip();
    QVERIFY2(tip.contains(QStringLiteral("instanceType: &quot;ecs.g8i.large&quot; → "
                                         "&quot;ecs.g8i.xlarge&quot;")),
             qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("since three-zone-web.ecsplan (before)")));
    QVERIFY(overlay->markFor(WebAsg)->toolTip().contains(QStringLiteral("instanceType")));

    // Tags keep off the cards' figures: no tag covers another card.
    // (A tag keeps its screen size: its scene rectangle depends on the zoom.)
    const double zoom = window->canvas()->zoom();
    for (ComparisonMarkItem *m : overlay->marks()) {
        const QRectF tag = m->tagSceneRect(int(m->tag()->placement()), zoom);
        for (const QRectF &card : window->canvas()->scene()->cardRectsIn(tag, m->id(), m->id()))
            QVERIFY2(!card.intersects(tag), qPrintable(m->tagText()));
    }
    // Fitted to the window (as a design opens), the same holds.
    window->canvas()->zoomToFit();
    QVERIFY(window->canvas()->zoom() < 1);
    for (ComparisonMarkItem *m : overlay->marks()) {
        const QRectF tag = m->tagSceneRect(int(m->tag()->placement()), window->canvas()->zoom());
        for (const QRectF &card : window->canvas()->scene()->cardRectsIn(tag, m->id(), m->id()))
            QVERIFY2(!card.intersects(tag), qPrintable(m->tagText()));
    }

    // The dock says which side is which.
    QVERIFY(window->comparisonDock()->isVisible());
    QVERIFY(window->comparisonDock()->headerText().startsWith(
            QStringLiteral("Compared with three-zone-web.ecsplan (before); this design is after")));
    // Nothing was written: no undo entry, the file's content unchanged.
    QCOMPARE(window->document()->undoStack()->count(), 0);
    QVERIFY(window->document()->undoStack()->isClean());
    QCOMPARE(DesignJson::write(window->document()->model()), DesignJson::write(load(Edited)));
}

void tst_Comparison::ghostsAreNotModelItems()
{
    FakePrompts *prompts = nullptr;
    const std::unique_ptr<MainWindow> window = compared(&prompts);
    QVERIFY(window);
    DesignScene *scene = window->canvas()->scene();
    const Model &model = window->document()->model();
    ComparisonMarkItem *ghost = window->comparisonOverlay()->ghostFor(SessionCache);
    QVERIFY(ghost);
    QVERIFY(!model.contains(SessionCache));
    QVERIFY(!scene->itemFor(SessionCache));
    QCOMPARE(scene->entityItemCount(), int(model.size()));
    QVERIFY(!(ghost->flags() & QGraphicsItem::ItemIsSelectable));
    QVERIFY(!(ghost->flags() & QGraphicsItem::ItemIsMovable));
    QCOMPARE(ghost->acceptedMouseButtons(), Qt::NoButton);

    // A click on the ghost selects what lies under it (its zone), never the ghost.
    auto *view = qobject_cast<DesignView *>(window->canvas()->view());
    window->canvas()->zoomToFit();
    const QPoint at = view->mapFromScene(ghost->target().center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(!scene->selectedIds().contains(SessionCache));
    QVERIFY(!ghost->isSelected());
    // Select all selects model items only.
    scene->selectIds(model.ids());
    QCOMPARE(scene->selectedIds().size(), model.ids().size());
    QVERIFY(!scene->selectedIds().contains(SessionCache));
    QCOMPARE(window->document()->undoStack()->count(), 0);
}

void tst_Comparison::followsEditsAndClears()
{
    FakePrompts *prompts = nullptr;
    const std::unique_ptr<MainWindow> window = compared(&prompts);
    QVERIFY(window);
    Document *doc = window->document();
    DesignComparison *comparison = window->comparison();
    ComparisonOverlay *overlay = window->comparisonOverlay();
    QVERIFY(!overlay->markFor(Standby));
    const int computed = comparison->computations();

    // Three edits in a burst: one recomputation after the debounce.
    for (int count : {2, 3, 4})
        QVERIFY(doc->setProperty({Standby}, Property::Count, count).ok());
    QCOMPARE(doc->undoStack()->count(), 3); // the edits, and nothing of the comparison's
    QVERIFY(comparison->isPending());
    QTRY_VERIFY(overlay->markFor(Standby));
    QCOMPARE(comparison->computations(), computed + 1);
    const DesignDiff::ComponentChange *c
            = changeOf(comparison->result(), Standby, DesignDiff::Change::Changed);
    QVERIFY(c);
    QCOMPARE(c->fields.size(), 1);
    QCOMPARE(c->fields.at(0).field, QStringLiteral("count"));
    QCOMPARE(c->fields.at(0).before, QStringLiteral("1"));
    QCOMPARE(c->fields.at(0).after, QStringLiteral("4"));
    QVERIFY(std::abs(c->costAfter - 4 * c->costBefore) < 0.01);
    QCOMPARE(
            overlay->markFor(Standby)->tagText(),
            QStringLiteral("~ changed · ")
                    + signedCardMoney(c->costAfter - c->costBefore, comparison->result().currency));

    // A moved card takes its ring along at once.
    QVERIFY(doc->moveEntities({Replica}, QPointF(40, 0)).ok());
    QCOMPARE(overlay->markFor(Replica)->target(), doc->model().find(Replica)->geometry);

    // Undone: the card is as in the "before" file again, its mark goes.
    doc->undo();
    for (int i = 0; i < 3; ++i)
        doc->undo();
    QTRY_VERIFY(!overlay->markFor(Standby));
    QCOMPARE(doc->undoStack()->count(), 4);

    // Cleared: no mark left in the scene, the dock hidden, tooltips without the notes.
    auto *clear = window->findChild<QAction *>(QStringLiteral("clearComparison"));
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QVERIFY(!comparison->isActive());
    QVERIFY(overlay->isEmpty());
    QVERIFY(marksInScene(window->canvas()->scene()).isEmpty());
    QVERIFY(!window->comparisonDock()->isVisible());
    QVERIFY(!clear->isEnabled());
    QVERIFY(window->canvas()->scene()->toolTipNote(WebAsg).isEmpty());
    window->canvas()->scene()->prepareToolTip(WebAsg);
    QVERIFY(!window->canvas()->scene()->itemFor(WebAsg)->toolTip().contains(
            QStringLiteral("instanceType")));
    // Edits after clearing recompute nothing.
    const int after = comparison->computations();
    QVERIFY(doc->setProperty({Standby}, Property::Count, 5).ok());
    QTest::qWait(DesignComparison::DebounceMs + 100);
    QCOMPARE(comparison->computations(), after);
    QVERIFY(marksInScene(window->canvas()->scene()).isEmpty());

    // Opening another design ends a comparison too.
    prompts->comparePath = Sample;
    QVERIFY(window->compareWith());
    QVERIFY(comparison->isActive());
    QVERIFY(window->openFile(Sample));
    QVERIFY(!comparison->isActive());
    QVERIFY(marksInScene(window->canvas()->scene()).isEmpty());
}

// A removed zone: a ghost frame at its old place whose shape is its border (what is inside it now
// keeps its own tooltips and clicks); an added zone gets a ring.
void tst_Comparison::removedZoneIsAGhostFrame()
{
    MainWindow window(&Catalog::builtin());
    window.setPrompts(std::make_unique<FakePrompts>());
    QVERIFY(window.openFile(Sample));
    Document *doc = window.document();
    constexpr EntityId ZoneJ = EntityId(4);
    const QRectF zoneJ = doc->model().find(ZoneJ)->geometry;
    QVERIFY(doc->removeEntities({ZoneJ}).ok());
    QVERIFY(!doc->model().contains(ZoneJ));
    QVERIFY(window.compareWith(Sample));
    ComparisonMarkItem *ghost = window.comparisonOverlay()->ghostFor(ZoneJ);
    QVERIFY(ghost);
    QVERIFY(ghost->isContainer());
    QCOMPARE(ghost->target(), zoneJ);
    QCOMPARE(ghost->tagText(), QStringLiteral("− removed"));
    QCOMPARE(ghost->tag()->placement(), ComparisonTagItem::Placement::Inside);
    QVERIFY(ghost->shape().contains(QPointF(3, zoneJ.height() / 2)));
    QVERIFY(!ghost->shape().contains(QPointF(zoneJ.width() / 2, zoneJ.height() / 2)));
    QCOMPARE(doc->undoStack()->count(), 1); // the removal; the comparison added nothing

    // The other way round: compared with the design without the zone, zone J is added.
    const QString without = m_dir.filePath(QStringLiteral("without-zone-j.ecsplan"));
    QString error;
    QVERIFY2(DesignFile::save(doc->model(), without, &error), qPrintable(error));
    doc->undo();
    QVERIFY(window.compareWith(without));
    ComparisonMarkItem *added = window.comparisonOverlay()->markFor(ZoneJ);
    QVERIFY(added);
    QCOMPARE(added->change(), DesignDiff::Change::Added);
    QVERIFY(added->isContainer());
    QVERIFY(!window.comparisonOverlay()->ghostFor(ZoneJ));
}

// The debounced comparison runs on a worker thread: an edit made while it runs is compared once
// more when it ends, and the result on screen is the latest design's. Closing the window while
// a worker runs waits for it.
void tst_Comparison::editsDuringAComputation()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window = compared(&prompts);
    QVERIFY(window);
    Document *doc = window->document();
    DesignComparison *comparison = window->comparison();
    QVERIFY(doc->setProperty({OrdersDb}, Property::Count, 2).ok());
    QTest::qWait(DesignComparison::DebounceMs + 5); // the worker has most likely started
    QVERIFY(doc->setProperty({OrdersDb}, Property::Count, 7).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!comparison->isPending(), 20000);
    const DesignDiff::ComponentChange *c
            = changeOf(comparison->result(), OrdersDb, DesignDiff::Change::Changed);
    QVERIFY(c);
    QCOMPARE(c->fields.at(0).after, QStringLiteral("7"));
    QCOMPARE(DesignDiff::toJson(comparison->result()),
             DesignDiff::toJson(
                     DesignDiff::compare(load(Sample), doc->model(), Catalog::builtin())));

    QVERIFY(doc->setProperty({OrdersDb}, Property::Count, 9).ok());
    QTest::qWait(DesignComparison::DebounceMs + 5);
    window.reset(); // with a worker most likely running: it is waited for
}

void tst_Comparison::dockEqualsDesignDiff()
{
    FakePrompts *prompts = nullptr;
    const std::unique_ptr<MainWindow> window = compared(&prompts);
    QVERIFY(window);
    const DesignDiff::Result r
            = DesignDiff::compare(load(Sample), load(Edited), Catalog::builtin());
    ComparisonDock *dock = window->comparisonDock();

    // Changes: one row per component change, in the comparison's order, then the settings.
    QTreeWidget *changes = dock->changesTree();
    QCOMPARE(changes->topLevelItemCount(),
             int(r.components.size() + r.settings.size()) + (r.movedOnly > 0 ? 1 : 0));
    for (int i = 0; i < r.components.size(); ++i) {
        const DesignDiff::ComponentChange &c = r.components.at(i);
        const QTreeWidgetItem *row = changes->topLevelItem(i);
        QCOMPARE(row->text(ComparisonDock::ChangeName), c.name);
        QCOMPARE(row->text(ComparisonDock::ChangeComponentKind), c.kind);
        QCOMPARE(row->data(ComparisonDock::ChangeName, Qt::UserRole).toUInt(), toUInt(c.id));
        if (c.costed() && !(c.costBefore == 0 && c.costAfter == 0))
            QVERIFY2(row->text(ComparisonDock::ChangeCost)
                             .startsWith(signedMoney(c.costAfter - c.costBefore, r.currency)),
                     qPrintable(row->text(ComparisonDock::ChangeCost)));
        for (const DesignDiff::FieldChange &f : c.fields)
            QVERIFY(row->text(ComparisonDock::ChangeWhat)
                            .contains(
                                    QStringLiteral("%1: %2 → %3").arg(f.field, f.before, f.after)));
        for (const DesignDiff::FigureChange &f : c.figures)
            QVERIFY(row->text(ComparisonDock::ChangeWhat).contains(DesignDiff::figureText(f)));
    }
    const QTreeWidgetItem *disk = nullptr;
    for (int i = 0; i < changes->topLevelItemCount(); ++i) {
        if (changes->topLevelItem(i)->text(ComparisonDock::ChangeName)
            == QLatin1String("orders-db-data"))
            disk = changes->topLevelItem(i);
    }
    QVERIFY(disk);
    QCOMPARE(disk->text(ComparisonDock::ChangeKind), QStringLiteral("~ changed"));
    // The edit, then the figure it moved (PL1 at 1,200 GiB reaches its 50,000 IOPS ceiling).
    QCOMPARE(disk->text(ComparisonDock::ChangeWhat),
             QStringLiteral("sizeGiB: 800 → 1200; effective IOPS: 41,800 → 50,000"));

    // Totals: as billed, then each billing model, before / after / change.
    QTreeWidget *totals = dock->totalsTree();
    QCOMPARE(totals->topLevelItemCount(), 1 + int(r.byBillingModel.size()));
    QCOMPARE(totals->topLevelItem(0)->text(1),
             metrics::total(r.before.monthly, r.currency, r.before.unpriced));
    QCOMPARE(totals->topLevelItem(0)->text(2),
             metrics::total(r.after.monthly, r.currency, r.after.unpriced));
    QCOMPARE(totals->topLevelItem(0)->text(3),
             signedMoney(r.after.monthly - r.before.monthly, r.currency));
    int row = 1;
    for (auto it = r.byBillingModel.cbegin(); it != r.byBillingModel.cend(); ++it, ++row) {
        const QTreeWidgetItem *item = totals->topLevelItem(row);
        QVERIFY(item->text(0).contains(displayName(it.key())));
        QCOMPARE(item->text(1),
                 metrics::total(it.value().first.monthly, r.currency, it.value().first.unpriced));
        QCOMPARE(item->text(2),
                 metrics::total(it.value().second.monthly, r.currency, it.value().second.unpriced));
    }

    // Findings introduced, then resolved.
    QTreeWidget *findings = dock->findingsTree();
    const int listed = int(r.introduced.size() + r.resolved.size());
    QCOMPARE(findings->topLevelItemCount(), qMax(listed, 1));
    for (int i = 0; i < r.introduced.size(); ++i) {
        QCOMPARE(findings->topLevelItem(i)->text(0), QStringLiteral("introduced"));
        QCOMPARE(findings->topLevelItem(i)->text(1), r.introduced.at(i).ruleId);
        QCOMPARE(findings->topLevelItem(i)->text(3), r.introduced.at(i).title);
    }
    for (int i = 0; i < r.resolved.size(); ++i) {
        const QTreeWidgetItem *item = findings->topLevelItem(int(r.introduced.size()) + i);
        QCOMPARE(item->text(0), QStringLiteral("resolved"));
        QCOMPARE(item->text(1), r.resolved.at(i).ruleId);
    }

    // Request paths whose round trip changed: the cache's path is gone, the replica's is new.
    QTreeWidget *paths = dock->pathsTree();
    QCOMPARE(paths->topLevelItemCount(), int(r.paths.size()));
    QCOMPARE(r.paths.size(), 2);
    for (int i = 0; i < r.paths.size(); ++i) {
        const DesignDiff::PathChange &p = r.paths.at(i);
        QCOMPARE(paths->topLevelItem(i)->text(0), p.path);
        QCOMPARE(paths->topLevelItem(i)->text(1),
                 p.before ? QStringLiteral("%1 ms").arg(metrics::number(*p.before, 2))
                          : QStringLiteral("—"));
        QCOMPARE(paths->topLevelItem(i)->text(2),
                 p.after ? QStringLiteral("%1 ms").arg(metrics::number(*p.after, 2))
                         : QStringLiteral("—"));
    }
    QCOMPARE(paths->topLevelItem(0)->text(0),
             QStringLiteral("Internet users → web-alb → web-asg → session-cache"));
    QCOMPARE(paths->topLevelItem(0)->text(2), QStringLiteral("—"));

    // The chart: the as-billed totals, then each billing model, grey before, coloured after.
    ComparisonChart *chart = dock->chart();
    QCOMPARE(chart->groups().size(), 1 + int(r.byBillingModel.size()));
    QCOMPARE(chart->beforeBars()->data()->size(), chart->groups().size());
    QCOMPARE(chart->beforeBars()->data()->at(0)->value, r.before.monthly);
    QCOMPARE(chart->afterBars()->data()->at(0)->value, r.after.monthly);
    int k = 1;
    for (auto it = r.byBillingModel.cbegin(); it != r.byBillingModel.cend(); ++it, ++k) {
        QCOMPARE(chart->groups().at(k), displayName(it.key()));
        QCOMPARE(chart->beforeBars()->data()->at(k)->value, it.value().first.monthly);
        QCOMPARE(chart->afterBars()->data()->at(k)->value, it.value().second.monthly);
    }
    QCOMPARE(chart->deltaLabels().at(0)->text(),
             signedMoney(r.after.monthly - r.before.monthly, r.currency));
    const QString tip = chart->toolTipAt(
            QPointF(chart->xAxis->coordToPixel(1), chart->yAxis->coordToPixel(1)));
    QVERIFY2(
            tip.contains(QStringLiteral("Before: ") + metrics::money(r.before.monthly, r.currency)),
            qPrintable(tip));
}

void tst_Comparison::doubleClickShowsComponent()
{
    FakePrompts *prompts = nullptr;
    const std::unique_ptr<MainWindow> window = compared(&prompts);
    QVERIFY(window);
    QTreeWidget *changes = window->comparisonDock()->changesTree();
    QTreeWidgetItem *asg = nullptr;
    QTreeWidgetItem *cache = nullptr;
    for (int i = 0; i < changes->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = changes->topLevelItem(i);
        if (item->text(ComparisonDock::ChangeName) == QLatin1String("web-asg"))
            asg = item;
        if (item->text(ComparisonDock::ChangeName) == QLatin1String("session-cache"))
            cache = item;
    }
    QVERIFY(asg && cache);
    emit changes->itemDoubleClicked(asg, 0);
    QCOMPARE(window->canvas()->selectedIds(), EntityIds{WebAsg});
    // A removed one: the view centres on its ghost, nothing is selected.
    emit changes->itemDoubleClicked(cache, 0);
    QVERIFY(window->canvas()->selectedIds().isEmpty());
    auto *view = qobject_cast<DesignView *>(window->canvas()->view());
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(
            window->comparisonOverlay()->ghostFor(SessionCache)->target().center()));
    QCOMPARE(window->document()->undoStack()->count(), 0);
}

void tst_Comparison::reportHasWhatChanges()
{
    FakePrompts *prompts = nullptr;
    const std::unique_ptr<MainWindow> window = compared(&prompts);
    QVERIFY(window);
    const DesignDiff::Result r
            = DesignDiff::compare(load(Sample), load(Edited), Catalog::builtin());
    prompts->exportPath = m_dir.filePath(QStringLiteral("compared.pdf"));
    QVERIFY(window->exportReport());
    QVERIFY2(prompts->errors.isEmpty(), qPrintable(prompts->errors.join('\n')));
    const QString text = pdfText(prompts->exportPath);
    if (!qEnvironmentVariableIsEmpty("ECSPLAN_KEEP_PDF"))
        QFile::copy(prompts->exportPath, qEnvironmentVariable("ECSPLAN_KEEP_PDF"));
    const QString flat = text.simplified();
    QVERIFY(text.contains(QStringLiteral("What changes")));
    QVERIFY2(flat.contains(QStringLiteral("Option A (before): three-zone-web.ecsplan. Option B "
                                          "(after): this design, Three-zone web tier "
                                          "(Hangzhou), option B.")),
             qPrintable(flat.left(4000)));
    // The totals delta, as billed and per billing model.
    QVERIFY(flat.contains(
            QStringLiteral("Monthly cost ")
            + metrics::total(r.before.monthly, r.currency, r.before.unpriced)
            + QStringLiteral(" → ") + metrics::total(r.after.monthly, r.currency, r.after.unpriced)
            + QStringLiteral(" (") + signedMoney(r.after.monthly - r.before.monthly, r.currency)
            + QStringLiteral(").")));
    QVERIFY(flat.contains(QStringLiteral("As billed ")
                          + metrics::money(r.before.monthly, r.currency)));
    for (auto it = r.byBillingModel.cbegin(); it != r.byBillingModel.cend(); ++it)
        QVERIFY(flat.contains(
                signedMoney(it.value().second.monthly - it.value().first.monthly, r.currency)));
    // Each changed component, with its cost delta.
    for (const DesignDiff::ComponentChange &c : r.components) {
        // (A link's long name wraps in its cell.)
        QVERIFY2(
                flat.contains(c.kind == QLatin1String("link") ? c.name.section(' ', 0, 1) : c.name),
                qPrintable(c.name));
        if (c.costed() && c.costAfter != c.costBefore) {
            // The table's cells are amounts in the currency its header names.
            const double d = c.costAfter - c.costBefore;
            QVERIFY2(flat.contains((d < 0 ? QStringLiteral("−") : QStringLiteral("+"))
                                   + metrics::moneyAmount(std::abs(d))),
                     qPrintable(c.name));
            if (c.change != DesignDiff::Change::Removed)
                QVERIFY2(flat.contains(metrics::moneyAmount(c.costAfter)), qPrintable(c.name));
        }
    }
    QVERIFY(flat.contains(QStringLiteral("sizeGiB: 800 → 1200")));
    QVERIFY(flat.contains(QStringLiteral("Findings introduced and resolved")));
    for (const DesignDiff::FindingChange &f : r.introduced)
        QVERIFY(flat.contains(QStringLiteral("introduced ") + f.ruleId));
    for (const DesignDiff::FindingChange &f : r.resolved)
        QVERIFY(flat.contains(QStringLiteral("resolved ") + f.ruleId));

    // Without a comparison there is no such section.
    window->clearComparison();
    prompts->exportPath = m_dir.filePath(QStringLiteral("plain.pdf"));
    QVERIFY(window->exportReport());
    QVERIFY(!pdfText(prompts->exportPath).contains(QStringLiteral("What changes")));
    QCOMPARE(window->document()->undoStack()->count(), 0);
}

void tst_Comparison::badCompareFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("location");
    QByteArray sample;
    {
        QFile f(Sample);
        QVERIFY(f.open(QIODevice::ReadOnly));
        sample = f.readAll();
    }
    QTest::newRow("not JSON") << QByteArray("{\"format\": \"ecsplan\", ") << QString();
    QByteArray badCount = sample;
    badCount.replace("\"count\": 1,", "\"count\": \"many\",");
    QVERIFY(badCount != sample);
    QTest::newRow("bad field") << badCount << QStringLiteral("/entities/");
}

void tst_Comparison::badCompareFileChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, location);
    const QString bad = m_dir.filePath(QStringLiteral("broken.ecsplan"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }
    FakePrompts *prompts = nullptr;
    const std::unique_ptr<MainWindow> window = compared(&prompts);
    QVERIFY(window);
    const QByteArray before = DesignJson::write(window->document()->model());
    const int marks = window->comparisonOverlay()->marks().size();
    QVERIFY(marks > 0);

    // Over an active comparison: it stays as it was.
    QVERIFY(!window->compareWith(bad));
    QCOMPARE(prompts->loadErrorPath, bad);
    QVERIFY(!prompts->loadErrors.isEmpty());
    for (const QString &e : std::as_const(prompts->loadErrors))
        QVERIFY2(e.contains(QStringLiteral("broken.ecsplan")), qPrintable(e));
    if (!location.isEmpty())
        QVERIFY2(prompts->loadErrors.join('\n').contains(location),
                 qPrintable(prompts->loadErrors.join('\n')));
    QVERIFY(window->comparison()->isActive());
    QCOMPARE(window->comparison()->beforeLabel(), QStringLiteral("three-zone-web.ecsplan"));
    QCOMPARE(window->comparisonOverlay()->marks().size(), marks);

    // Without one: none starts.
    window->clearComparison();
    prompts->loadErrors.clear();
    QVERIFY(!window->compareWith(bad));
    QVERIFY(!prompts->loadErrors.isEmpty());
    QVERIFY(!window->comparison()->isActive());
    QVERIFY(window->comparisonOverlay()->isEmpty());
    QVERIFY(!window->comparisonDock()->isVisible());
    QCOMPARE(DesignJson::write(window->document()->model()), before);
    QCOMPARE(window->document()->undoStack()->count(), 0);
}

void tst_Comparison::cancelledPromptDoesNothing()
{
    MainWindow window(&Catalog::builtin());
    auto fake = std::make_unique<FakePrompts>();
    FakePrompts *prompts = fake.get();
    window.setPrompts(std::move(fake));
    QVERIFY(window.openFile(Sample));
    QVERIFY(!window.compareWith()); // the prompt answers "" (cancelled)
    QCOMPARE(prompts->compareQuestions, 1);
    QVERIFY(prompts->loadErrors.isEmpty());
    QVERIFY(!window.comparison()->isActive());
    QVERIFY(window.comparisonDock()->isHidden());
}

QTEST_MAIN(tst_Comparison)
#include "tst_comparison.moc"
