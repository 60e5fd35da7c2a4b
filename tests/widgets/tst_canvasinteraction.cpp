// Direct manipulation on the canvas: context menus, in-place rename, drag-to-connect with its
// refusals, arrow-key nudge, Find, Tidy Layout (one undo step; afterwards no link path crosses
// a card in any bundled sample), link routing around cards, and the semantic zoom that keeps
// names and figures readable.
#include "canvas/canvasactions.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvas/findbar.h"
#include "canvas/linkitem.h"
#include "canvas/linkslayer.h"
#include "canvas/nodeitem.h"
#include "canvasfixture.h"
#include "catalog/catalog.h"
#include "io/designfile.h"
#include "io/designjson.h"
#include "layout/autolayout.h"
#include "metrics/metricsengine.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace ecsplan;

namespace {

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == text)
            return a;
        if (a->menu())
            if (QAction *inner = findAction(a->menu(), text))
                return inner;
    }
    return nullptr;
}

QMenu *findMenu(QMenu *menu, const QString &title)
{
    for (QAction *a : menu->actions()) {
        if (a->menu() && a->menu()->title() == title)
            return a->menu();
    }
    return nullptr;
}

QStringList texts(QMenu *menu)
{
    QStringList out;
    for (QAction *a : menu->actions())
        if (!a->isSeparator())
            out << (a->menu() ? a->menu()->title() : a->text());
    return out;
}

/** Whether the segment crosses the inside of `rect` (touching its border does not count). */
bool crosses(const QLineF &line, const QRectF &rect)
{
    const QRectF r = rect.adjusted(2, 2, -2, -2);
    if (r.contains(line.p1()) || r.contains(line.p2()))
        return true;
    const QLineF edges[4] = {{r.topLeft(), r.topRight()},
                             {r.topRight(), r.bottomRight()},
                             {r.bottomRight(), r.bottomLeft()},
                             {r.bottomLeft(), r.topLeft()}};
    for (const QLineF &edge : edges) {
        if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

QStringList bundledSamples()
{
    return QDir(QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples"))
            .entryList({QStringLiteral("*.ecsplan")}, QDir::Files, QDir::Name);
}

/** A "file" column with one row per bundled sample. */
void addSampleRows()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : bundledSamples())
        QTest::newRow(qPrintable(name)) << name;
}

} // namespace

class TestCanvasInteraction : public QObject
{
    Q_OBJECT

private:
    /** Opens resources/samples/`file` into the fixture's document; false with the errors. */
    bool openSample(const QString &file, QString *error)
    {
        QStringList errors;
        const bool ok = DesignFile::open(
                m_doc.get(), QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/") + file,
                &errors, &Catalog::builtin());
        *error = errors.join('\n');
        return ok;
    }

private slots:
    void init();
    void cleanup();
    void cardMenu();
    void containerAndCanvasMenus();
    void linkMenu();
    void inPlaceRename();
    void renameRenamesDerivedLinkNames();
    void dragToConnect();
    void dragToConnectRefusals();
    void nudge();
    void find();
    void alignZonesOrSayWhyNot();
    void tidyLayoutIsOneUndoStep();
    void noLinkCrossesACardAfterLayout_data();
    void noLinkCrossesACardAfterLayout();
    void routesGoAroundCards();
    void layoutRowsFollowTheView();
    void zonesSideBySideWhenThatFitsBetter();
    void compactCardsKeepNameAndFigure();
    void wrapName_data();
    void wrapName();
    void wholeNamesAndSeparateLabelsAtFittedZoom_data();
    void wholeNamesAndSeparateLabelsAtFittedZoom();
    void zoomedLabelsStayOffTheirCards_data();
    void zoomedLabelsStayOffTheirCards();
    void copiesAreNamedCopy();

private:
    void mouse(QEvent::Type type, const QPointF &scenePos, Qt::MouseButton button,
               Qt::MouseButtons buttons);

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<DesignScene> m_scene;
    std::unique_ptr<DesignView> m_view;
    test::SampleIds m_ids;
};

void TestCanvasInteraction::init()
{
    m_doc = std::make_unique<Document>();
    m_doc->resetModel(test::threeZoneWeb(&m_ids));
    m_scene = std::make_unique<DesignScene>(m_doc.get());
    m_view = std::make_unique<DesignView>(m_scene.get());
    m_view->resize(1600, 1000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->resetZoom();
    m_view->centerOn(QPointF(740, 250));
}

void TestCanvasInteraction::cleanup()
{
    m_view.reset();
    m_scene.reset();
    m_doc.reset();
}

void TestCanvasInteraction::mouse(QEvent::Type type, const QPointF &scenePos,
                                  Qt::MouseButton button, Qt::MouseButtons buttons)
{
    const QPointF local = m_view->mapFromScene(scenePos);
    QMouseEvent event(type, local, m_view->viewport()->mapToGlobal(local), button, buttons,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &event);
}

void TestCanvasInteraction::cardMenu()
{
    const Model &model = m_doc->model();
    const QRectF web = model.find(m_ids.webH)->geometry;
    m_scene->selectIds({m_ids.webH});
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(web.center()));
    const QStringList entries = texts(menu.get());
    QVERIFY2(entries.contains(QStringLiteral("Rename \"web-h\"…")), qPrintable(entries.join('|')));
    // One connect entry: the list of targets, headed by picking one on the canvas.
    QCOMPARE(entries.count(QStringLiteral("Connect \"web-h\" To")), 1);
    QVERIFY(!entries.contains(QStringLiteral("Connect \"web-h\" to…")));
    QVERIFY(entries.contains(QStringLiteral("Attach a New Disk to \"web-h\"")));
    QVERIFY(entries.contains(QStringLiteral("Duplicate \"web-h\"")));
    QVERIFY(entries.contains(QStringLiteral("Delete \"web-h\"")));
    // The connect list offers what web-h may still link to, nearest first, not what it is
    // already linked to, not itself, not the security group.
    QMenu *to = findMenu(menu.get(), QStringLiteral("Connect \"web-h\" To"));
    QVERIFY(to);
    const QStringList targets = texts(to);
    QCOMPARE(targets.value(0), QStringLiteral("Pick on the Canvas…"));
    findAction(to, QStringLiteral("Pick on the Canvas…"))->trigger();
    QVERIFY(m_scene->isConnecting()); // a line follows the mouse from web-h
    m_scene->cancelConnect();
    QVERIFY(!m_scene->isConnecting());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY2(targets.contains(QStringLiteral("sessions-ro")), qPrintable(targets.join('|')));
    QVERIFY(!targets.contains(QStringLiteral("sessions"))); // already connected
    QVERIFY(!targets.contains(QStringLiteral("web-h")));
    QVERIFY(!targets.contains(QStringLiteral("web-sg")));
    QVERIFY(!targets.contains(QStringLiteral("postgres"))); // already connected

    // Connect from the list: one undo step, a link named after its ends.
    findAction(to, QStringLiteral("sessions-ro"))->trigger();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(),
             QStringLiteral("Connect \"web-h\" to \"sessions-ro\""));
    const Entity *link = model.find(model.ids(EntityKind::Link).last());
    QCOMPARE(link->name, QStringLiteral("web-h → sessions-ro"));

    // Attach a new disk: in zone H, attached to web-h, clear of every other card there.
    findAction(menu.get(), QStringLiteral("Attach a New Disk to \"web-h\""))->trigger();
    QCOMPARE(m_doc->undoStack()->count(), 2);
    const EntityIds disks = model.disksAttachedTo(m_ids.webH);
    QCOMPARE(disks.size(), 1);
    const Entity *disk = model.find(disks.first());
    QCOMPARE(disk->parent, m_ids.zoneH);
    QCOMPARE(disk->name, QStringLiteral("web-h-data"));
    QVERIFY(model.find(m_ids.zoneH)->geometry.contains(disk->geometry));
    for (EntityId other : model.childrenOf(m_ids.zoneH)) {
        if (other != disk->id)
            QVERIFY2(!model.find(other)->geometry.intersects(disk->geometry),
                     qPrintable(model.find(other)->name));
    }

    // Move to another zone of the region: reparented, in free space, one step.
    std::unique_ptr<QMenu> again(m_view->createContextMenu(web.center()));
    QMenu *zones = findMenu(again.get(), QStringLiteral("Move \"web-h\" to Zone"));
    QVERIFY(zones);
    QCOMPARE(texts(zones),
             (QStringList{QStringLiteral("Zone I (cn-hangzhou-i)"),
                          QStringLiteral("Zone J (cn-hangzhou-j)")}));
    zones->actions().first()->trigger();
    QCOMPARE(m_doc->undoStack()->count(), 3);
    QCOMPARE(model.find(m_ids.webH)->parent, m_ids.zoneI);
}

void TestCanvasInteraction::containerAndCanvasMenus()
{
    const Model &model = m_doc->model();
    const QRectF zone = model.find(m_ids.zoneH)->geometry;
    // Inside the zone's empty area (not on a card): the zone's menu.
    const QPointF inside(zone.left() + 30, zone.bottom() - 30);
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(inside));
    QStringList entries = texts(menu.get());
    QVERIFY2(entries.contains(QStringLiteral("Delete \"Zone H\" and Its 4 Component(s)")),
             qPrintable(entries.join('|')));
    QMenu *add = findMenu(menu.get(), QStringLiteral("Add to \"Zone H\""));
    QVERIFY(add);
    QVERIFY(texts(add).contains(QStringLiteral("ECS instances")));
    QVERIFY(!texts(add).contains(QStringLiteral("Region")));
    QVERIFY(!texts(add).contains(QStringLiteral("Zone")));
    findAction(add, QStringLiteral("Redis / Tair cache"))->trigger();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const Entity *added = model.find(m_scene->selectedIds().value(0));
    QVERIFY(added);
    QCOMPARE(added->parent, m_ids.zoneH);
    for (EntityId other : model.childrenOf(m_ids.zoneH))
        if (other != added->id)
            QVERIFY(!model.find(other)->geometry.intersects(added->geometry));

    // Delete the zone from its menu: the undo text counts what went.
    m_scene->selectIds({m_ids.zoneH});
    std::unique_ptr<QMenu> zoneMenu(m_view->createContextMenu(inside));
    findAction(zoneMenu.get(), QStringLiteral("Delete \"Zone H\" and Its 5 Component(s)"))
            ->trigger();
    QVERIFY(!model.contains(m_ids.zoneH));
    QCOMPARE(m_doc->undoStack()->undoText(),
             QStringLiteral("Remove \"Zone H\" with 5 component(s) and 6 link(s)"));

    // The empty canvas: add a region or an endpoint here, nothing that needs a container.
    std::unique_ptr<QMenu> canvas(m_view->createContextMenu(QPointF(-800, -800)));
    QMenu *here = findMenu(canvas.get(), QStringLiteral("Add Here"));
    QVERIFY(here);
    QCOMPARE(texts(here),
             (QStringList{QStringLiteral("Region"), QStringLiteral("Internet users"),
                          QStringLiteral("On-premises site")}));
    entries = texts(canvas.get());
    QVERIFY(entries.contains(QStringLiteral("Paste Here")));
    QVERIFY(entries.contains(QStringLiteral("&Tidy Layout")));
}

void TestCanvasInteraction::linkMenu()
{
    const Model &model = m_doc->model();
    EntityId usersToAlb = EntityId::None;
    for (EntityId id : model.linksOf(m_ids.users))
        usersToAlb = id;
    auto *link = qgraphicsitem_cast<LinkItem *>(m_scene->itemFor(usersToAlb));
    QVERIFY(link);
    const QPointF onLine = link->line().pointAt(0.3);
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(onLine));
    const QStringList entries = texts(menu.get());
    QVERIFY2(entries.contains(QStringLiteral("Select \"Internet users\" and \"Public ALB\"")),
             qPrintable(entries.join('|')));
    QVERIFY(entries.contains(QStringLiteral("Delete \"%1\"").arg(model.find(usersToAlb)->name)));
    findAction(menu.get(), QStringLiteral("Select \"Internet users\" and \"Public ALB\""))
            ->trigger();
    QCOMPARE(m_scene->selectedIds(), (EntityIds{m_ids.users, m_ids.alb}));
}

void TestCanvasInteraction::inPlaceRename()
{
    const Model &model = m_doc->model();
    // Double-click on the card opens the editor over its name.
    const QRectF web = model.find(m_ids.webH)->geometry;
    const QPoint at = m_view->mapFromScene(web.center());
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    QLineEdit *editor = m_view->renameEditor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("web-h"));
    QVERIFY(editor->isVisible());
    editor->setText(QStringLiteral("web-east"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(model.find(m_ids.webH)->name, QStringLiteral("web-east"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(!m_view->renameEditor());

    // Esc leaves the model alone.
    QVERIFY(m_view->startRename(m_ids.webI));
    editor = m_view->renameEditor();
    editor->setText(QStringLiteral("ignored"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(model.find(m_ids.webI)->name, QStringLiteral("web-i"));
    QCOMPARE(m_doc->undoStack()->count(), 1);

    // F2 renames the selection; a taken name is refused with the reason, nothing changes.
    m_scene->selectIds({m_ids.webJ});
    QSignalSpy status(m_scene.get(), &DesignScene::statusMessage);
    m_view->actions()->renameAction()->trigger();
    editor = m_view->renameEditor();
    QVERIFY(editor);
    editor->setText(QStringLiteral("web-i"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(model.find(m_ids.webJ)->name, QStringLiteral("web-j"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().contains(QStringLiteral("web-i")),
             qPrintable(status.last().first().toString()));

    // A zone renames from its header.
    QVERIFY(m_view->startRename(m_ids.zoneH));
    m_view->renameEditor()->setText(QStringLiteral("Zone H (primary)"));
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Return);
    QCOMPARE(model.find(m_ids.zoneH)->name, QStringLiteral("Zone H (primary)"));
    QCOMPARE(m_doc->undoStack()->count(), 2);
}

void TestCanvasInteraction::renameRenamesDerivedLinkNames()
{
    const Model &model = m_doc->model();
    QVERIFY(m_doc->connect(m_ids.webH, m_ids.replica).ok());
    const EntityId link = model.ids(EntityKind::Link).last();
    QCOMPARE(model.find(link)->name, QStringLiteral("web-h → sessions-ro"));
    QVERIFY(m_view->startRename(m_ids.replica));
    m_view->renameEditor()->setText(QStringLiteral("sessions-replica"));
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Return);
    QCOMPARE(model.find(link)->name, QStringLiteral("web-h → sessions-replica"));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undo(); // one step takes both back
    QCOMPARE(model.find(m_ids.replica)->name, QStringLiteral("sessions-ro"));
    QCOMPARE(model.find(link)->name, QStringLiteral("web-h → sessions-ro"));
}

void TestCanvasInteraction::dragToConnect()
{
    // In the select tool, from the handle on web-i's right edge onto the replica: a link, the
    // card does not move, a dashed preview follows the mouse meanwhile.
    const Model &model = m_doc->model();
    const QRectF web = model.find(m_ids.webI)->geometry;
    const QRectF replica = model.find(m_ids.replica)->geometry;
    const QPointF handle(web.right(), web.center().y());
    QCOMPARE(m_view->tool(), DesignView::Tool::Select);
    mouse(QEvent::MouseButtonPress, handle, Qt::LeftButton, Qt::LeftButton);
    QVERIFY(m_scene->isConnecting());
    QCOMPARE(m_scene->connectSource(), m_ids.webI);
    mouse(QEvent::MouseMove, (handle + replica.center()) / 2, Qt::NoButton, Qt::LeftButton);
    mouse(QEvent::MouseMove, replica.center(), Qt::NoButton, Qt::LeftButton);
    auto *target = qgraphicsitem_cast<NodeItem *>(m_scene->itemFor(m_ids.replica));
    QVERIFY(target->isHighlighted());
    QVERIFY(!target->isRefusedTarget());
    mouse(QEvent::MouseButtonRelease, replica.center(), Qt::LeftButton, Qt::NoButton);
    QVERIFY(!m_scene->isConnecting());
    QVERIFY(!target->isHighlighted());
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const Entity *link = model.find(model.ids(EntityKind::Link).last());
    QCOMPARE(link->link.from, m_ids.webI);
    QCOMPARE(link->link.to, m_ids.replica);
    QCOMPARE(model.find(m_ids.webI)->geometry, web);

    // From the context menu: Connect … To ▸ Pick on the Canvas… starts the line, the next
    // click ends it.
    std::unique_ptr<QMenu> menu(m_view->createContextMenu(web.center()));
    QMenu *to = findMenu(menu.get(), QStringLiteral("Connect \"web-i\" To"));
    QVERIFY(to);
    QAction *pick = findAction(to, QStringLiteral("Pick on the Canvas…"));
    QVERIFY(pick);
    pick->trigger();
    QVERIFY(m_scene->isConnecting());
    const QRectF db = model.find(m_ids.standby)->geometry;
    mouse(QEvent::MouseMove, db.center(), Qt::NoButton, Qt::NoButton);
    mouse(QEvent::MouseButtonPress, db.center(), Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, db.center(), Qt::LeftButton, Qt::NoButton);
    QVERIFY(!m_scene->isConnecting());
    QCOMPARE(m_doc->undoStack()->count(), 2);
    QCOMPARE(model.find(model.ids(EntityKind::Link).last())->link.to, m_ids.standby);
}

void TestCanvasInteraction::dragToConnectRefusals()
{
    const Model &model = m_doc->model();
    QSignalSpy status(m_scene.get(), &DesignScene::statusMessage);
    const QRectF web = model.find(m_ids.webH)->geometry;
    const QPointF handle(web.right(), web.center().y());
    struct Case
    {
        EntityId target;
        QString reason;
    };
    const Case cases[] = {
            {m_ids.cache, QStringLiteral("\"web-h\" is already connected to \"sessions\".")},
            {m_ids.sg,
             QStringLiteral("A security group is not linked: choose it in the "
                            "instances' Security groups property.")},
            {m_ids.standbyDisk,
             QStringLiteral("Disk \"pg-standby-data\" and instances \"web-h\" are in different "
                            "zones; a cloud disk can only be attached in its own zone.")},
    };
    const int links = int(model.ids(EntityKind::Link).size());
    for (const Case &c : cases) {
        QVERIFY(!c.reason.isEmpty());
        const QPointF to = model.find(c.target)->geometry.center();
        mouse(QEvent::MouseButtonPress, handle, Qt::LeftButton, Qt::LeftButton);
        mouse(QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
        auto *node = qgraphicsitem_cast<NodeItem *>(m_scene->itemFor(c.target));
        QVERIFY(node->isHighlighted());
        QVERIFY(node->isRefusedTarget()); // drawn red before the release
        QCOMPARE(status.last().first().toString(), c.reason);
        mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
        QCOMPARE(status.last().first().toString(), c.reason);
        QVERIFY(!m_scene->isConnecting());
    }
    QCOMPARE(int(model.ids(EntityKind::Link).size()), links);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(model.find(m_ids.webH)->geometry, web);
    QCOMPARE(m_scene->connectProblem(m_ids.webH, m_ids.replica), QString());
    QCOMPARE(m_scene->connectProblem(m_ids.db, m_ids.dbDisk),
             QStringLiteral("\"pg-data\" is already attached to \"postgres\"."));
}

void TestCanvasInteraction::nudge()
{
    const Model &model = m_doc->model();
    const QRectF web = model.find(m_ids.webH)->geometry;
    m_scene->selectIds({m_ids.webH});
    m_view->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(model.find(m_ids.webH)->geometry, web.translated(DesignScene::GridSize, 0));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(model.find(m_ids.webH)->geometry,
             web.translated(DesignScene::GridSize, 5 * DesignScene::GridSize));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    // Off the grid a step is a pixel.
    m_view->actions()->snapAction()->setChecked(false);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(model.find(m_ids.webH)->geometry,
             web.translated(DesignScene::GridSize - 1, 5 * DesignScene::GridSize));
    QCOMPARE(m_doc->undoStack()->count(), 3);
    // A zone moves with its content.
    m_scene->selectIds({m_ids.zoneJ});
    const QRectF webJ = model.find(m_ids.webJ)->geometry;
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(model.find(m_ids.webJ)->geometry, webJ.translated(0, -1));
    QCOMPARE(m_doc->undoStack()->count(), 4);
    m_doc->undo();
    QCOMPARE(model.find(m_ids.webJ)->geometry, webJ);
}

void TestCanvasInteraction::find()
{
    QCOMPARE(m_view->find(QStringLiteral("web")),
             (EntityIds{m_ids.webH, m_ids.webI, m_ids.webJ, m_ids.sg}));
    QCOMPARE(m_view->find(QStringLiteral("SESSIONS-ro")), EntityIds{m_ids.replica});
    QCOMPARE(m_view->find(QStringLiteral("#%1").arg(toUInt(m_ids.db))), EntityIds{m_ids.db});
    QCOMPARE(m_view->find(QStringLiteral("Tair")), (EntityIds{m_ids.cache, m_ids.replica}));
    QCOMPARE(m_view->find(QStringLiteral("nothing like this")), EntityIds{});

    // Ctrl+F: the bar, matches as you type, Enter for the next, the view follows.
    m_view->setZoom(0.3);
    m_view->actions()->findAction()->trigger();
    FindBar *bar = m_view->findBar();
    QVERIFY(bar->isVisible());
    QTest::keyClicks(bar->editor(), QStringLiteral("postgres"));
    QCOMPARE(bar->status(), QStringLiteral("1 of 2"));
    QCOMPARE(m_scene->selectedIds(), EntityIds{m_ids.db});
    QVERIFY(m_view->zoom() >= 0.6); // readable when it gets there
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(m_doc->model().find(m_ids.db)->geometry));
    QTest::keyClick(bar->editor(), Qt::Key_Return);
    QCOMPARE(bar->status(), QStringLiteral("2 of 2"));
    QCOMPARE(m_scene->selectedIds(), EntityIds{m_ids.standby});
    QTest::keyClick(bar->editor(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
}

void TestCanvasInteraction::alignZonesOrSayWhyNot()
{
    const Model &model = m_doc->model();
    QSignalSpy status(m_scene.get(), &DesignScene::statusMessage);
    // A zone and a card: refused with the reason, nothing changes.
    m_scene->selectIds({m_ids.zoneH, m_ids.webI});
    QVERIFY(!m_view->actions()->align(CanvasActions::Alignment::Top).isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(status.last().first().toString().contains(QStringLiteral("not a mix")));
    // Zones of one region align, with their content, in one step.
    QVERIFY(m_doc->moveEntities({m_ids.zoneJ}, QPointF(0, -60)).ok());
    const QRectF webJ = model.find(m_ids.webJ)->geometry;
    m_scene->selectIds({m_ids.zoneH, m_ids.zoneI, m_ids.zoneJ});
    QCOMPARE(m_view->actions()->align(CanvasActions::Alignment::Bottom), QString());
    QCOMPARE(m_doc->undoStack()->count(), 2);
    const qreal bottom = model.find(m_ids.zoneH)->geometry.bottom();
    QCOMPARE(model.find(m_ids.zoneJ)->geometry.bottom(), bottom);
    QCOMPARE(model.find(m_ids.webJ)->geometry, webJ.translated(0, 60));
}

void TestCanvasInteraction::tidyLayoutIsOneUndoStep()
{
    const QByteArray before = DesignJson::write(m_doc->model());
    m_view->actions()->tidyLayoutAction()->trigger();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Tidy Layout"));
    const Model &model = m_doc->model();
    // Every child inside its container; no two cards overlap; tiers left to right.
    for (const Entity &e : model.entities()) {
        if (e.isLink())
            continue;
        if (const Entity *p = model.find(e.parent))
            QVERIFY2(p->geometry.contains(e.geometry), qPrintable(e.name));
        for (const Entity &other : model.entities()) {
            if (other.id == e.id || other.isLink() || other.isContainer() || e.isContainer())
                continue;
            QVERIFY2(!other.geometry.intersects(e.geometry),
                     qPrintable(e.name + QStringLiteral(" / ") + other.name));
        }
    }
    auto x = [&](EntityId id) {
        return model.find(id)->geometry.left();
    };
    QVERIFY(x(m_ids.users) < x(m_ids.alb));
    QVERIFY(x(m_ids.alb) < x(m_ids.webH));
    QVERIFY(x(m_ids.webH) < x(m_ids.cache));
    QCOMPARE(x(m_ids.webH), x(m_ids.webI)); // the same tier shares a column across zones
    m_doc->undo();
    QCOMPARE(DesignJson::write(m_doc->model()), before);
}

void TestCanvasInteraction::noLinkCrossesACardAfterLayout_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : bundledSamples())
        QTest::newRow(qPrintable(name)) << name;
    QTest::newRow("fixture") << QString();
}

void TestCanvasInteraction::noLinkCrossesACardAfterLayout()
{
    QFETCH(QString, file);
    if (!file.isEmpty()) {
        QStringList errors;
        QVERIFY2(DesignFile::open(m_doc.get(),
                                  QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/") + file,
                                  &errors, &Catalog::builtin()),
                 qPrintable(errors.join('\n')));
    }
    m_view->actions()->tidyLayout();
    const Model &model = m_doc->model();
    QStringList crossings;
    for (EntityId id : model.ids(EntityKind::Link)) {
        auto *link = qgraphicsitem_cast<LinkItem *>(m_scene->itemFor(id));
        QVERIFY(link);
        const Entity &l = *model.find(id);
        for (const Entity &e : model.entities()) {
            if (e.isLink() || e.isContainer() || e.id == l.link.from || e.id == l.link.to)
                continue;
            const QPolygonF route = link->route();
            for (qsizetype i = 0; i + 1 < route.size(); ++i) {
                if (crosses(QLineF(route[i], route[i + 1]), e.geometry)) {
                    crossings << QStringLiteral("%1 crosses %2").arg(l.name, e.name);
                    break;
                }
            }
        }
    }
    QVERIFY2(crossings.isEmpty(), qPrintable(crossings.join('\n')));
}

// Tidy Layout arranges regions in the rows that let the drawing fit the view at the largest
// zoom: side by side in a wide view, stacked in a tall one.
void TestCanvasInteraction::layoutRowsFollowTheView()
{
    QStringList errors;
    QVERIFY2(DesignFile::open(m_doc.get(),
                              QStringLiteral(ECSPLAN_SOURCE_DIR
                                             "/resources/samples/beijing-singapore-cen.ecsplan"),
                              &errors, &Catalog::builtin()),
             qPrintable(errors.join('\n')));
    const Model &model = m_doc->model();
    const EntityIds regions = model.ids(EntityKind::Region);
    QCOMPARE(regions.size(), 2);
    auto fittedZoom = [](const QHash<EntityId, QRectF> &layout, qreal aspect) {
        QRectF bounds;
        for (const QRectF &r : layout)
            bounds = bounds.united(r);
        return qMin(aspect / bounds.width(), 1 / bounds.height());
    };
    for (const qreal aspect : {4.0, 0.4}) {
        const auto layout = AutoLayout::compute(model, aspect);
        const QRectF a = layout.value(regions.at(0)), b = layout.value(regions.at(1));
        const bool sideBySide = qFuzzyCompare(a.top(), b.top());
        QCOMPARE(sideBySide, aspect > 1);
        // The other arrangement would fit this view at a smaller zoom.
        const auto other = AutoLayout::compute(model, aspect > 1 ? 0.4 : 4.0);
        QVERIFY(fittedZoom(layout, aspect) > fittedZoom(other, aspect));
    }
}

// Within a region, zones go side by side (each with only its own columns) when that lets the
// drawing fit the view larger, as for kafka's one broker per zone on a wide screen; stacked in a
// tall view. Every card stays inside its zone either way.
void TestCanvasInteraction::zonesSideBySideWhenThatFitsBetter()
{
    QStringList errors;
    QVERIFY2(DesignFile::open(m_doc.get(),
                              QStringLiteral(ECSPLAN_SOURCE_DIR
                                             "/resources/samples/kafka-local-nvme.ecsplan"),
                              &errors, &Catalog::builtin()),
             qPrintable(errors.join('\n')));
    const Model &model = m_doc->model();
    const EntityIds zones = model.ids(EntityKind::Zone);
    QCOMPARE(zones.size(), 3);
    for (const qreal aspect : {1.6, 0.4}) {
        const auto layout = AutoLayout::compute(model, aspect);
        const QRectF h = layout.value(zones.at(0)), i = layout.value(zones.at(1)),
                     j = layout.value(zones.at(2));
        if (aspect > 1) {
            QCOMPARE(h.top(), i.top());
            QCOMPARE(i.top(), j.top());
            QVERIFY(h.right() < i.left() && i.right() < j.left());
        } else {
            QCOMPARE(h.left(), i.left());
            QVERIFY(h.bottom() < i.top() && i.bottom() < j.top());
        }
        for (const Entity &e : model.entities()) {
            const Entity *parent = model.find(e.parent);
            if (e.isLink() || e.isContainer() || !layout.contains(e.id) || !parent
                || parent->kind != EntityKind::Zone)
                continue;
            QVERIFY2(layout.value(e.parent).contains(layout.value(e.id)), qPrintable(e.name));
        }
    }
}

void TestCanvasInteraction::routesGoAroundCards()
{
    // Three cards in a row: a link from the first to the third goes around the middle one,
    // orthogonally, starting and ending on the two cards' borders.
    const QRectF a(0, 0, 160, 64), middle(300, 0, 160, 64), b(600, 0, 160, 64);
    const QPolygonF route = LinkItem::routeAround(a, b, {middle});
    QVERIFY2(route.size() == 4, qPrintable(QString::number(route.size())));
    for (qsizetype i = 0; i + 1 < route.size(); ++i) {
        const QLineF s(route[i], route[i + 1]);
        QVERIFY(qFuzzyCompare(s.x1(), s.x2()) || qFuzzyCompare(s.y1(), s.y2())); // orthogonal
        QVERIFY(!crosses(s, middle));
    }
    QVERIFY(a.adjusted(-1, -1, 1, 1).contains(route.first()));
    QVERIFY(b.adjusted(-1, -1, 1, 1).contains(route.last()));
    // Nothing in the way: straight.
    QCOMPARE(LinkItem::routeAround(a, b, {QRectF(300, 300, 160, 64)}).size(), 2);
}

void TestCanvasInteraction::compactCardsKeepNameAndFigure()
{
    MetricsEngine engine(m_doc.get(), &Catalog::builtin());
    m_scene->setMetricsEngine(&engine);
    engine.flush();
    // At 40 % (a fitted sample on a laptop) a card shows its name and its key figure in type
    // that is still ~10 px on screen; at 25 % the name alone.
    auto *web = qgraphicsitem_cast<NodeItem *>(m_scene->itemFor(m_ids.webH));
    QCOMPARE(web->compactTitle(0.4), QStringLiteral("web-h"));
    QVERIFY(!web->compactMetric(0.4).isEmpty());
    QVERIFY2(web->compactMetric(0.4).contains(QStringLiteral("¥"))
                     || web->compactMetric(0.4).contains(QStringLiteral("$")),
             qPrintable(web->compactMetric(0.4)));
    QCOMPARE(web->compactTitle(0.25), QStringLiteral("web-h"));
    auto *standby = qgraphicsitem_cast<NodeItem *>(m_scene->itemFor(m_ids.standby));
    QVERIFY(standby->compactTitle(0.4).startsWith(QStringLiteral("postgres")));
}

void TestCanvasInteraction::zoomedLabelsStayOffTheirCards_data()
{
    addSampleRows();
}

// Below 80 % a link's figure is a pill scaled up to stay legible; it must never cover the
// cards the link joins (a short link between neighbouring tiers drops its pill instead), and
// where it is drawn its text is at least ~8 px on screen.
void TestCanvasInteraction::zoomedLabelsStayOffTheirCards()
{
    QFETCH(QString, file);
    QString error;
    QVERIFY2(openSample(file, &error), qPrintable(error));
    MetricsEngine engine(m_doc.get(), &Catalog::builtin());
    m_scene->setMetricsEngine(&engine);
    engine.flush();
    const Model &model = m_doc->model();
    QStringList overlaps;
    int drawn = 0;
    for (const qreal lod : {0.3, 0.4, 0.53, 0.65, 0.79}) {
        for (EntityId id : model.ids(EntityKind::Link)) {
            auto *link = qgraphicsitem_cast<LinkItem *>(m_scene->itemFor(id));
            QVERIFY(link);
            if (link->labelRect().isEmpty())
                continue;
            const QRectF pill = LinksLayer::zoomedPill(link, lod);
            if (pill.isEmpty())
                continue;
            ++drawn;
            QVERIFY(pill.height() * lod
                    >= LinksLayer::MinLabelScreenScale * link->labelRect().height() * 0.99);
            const Entity &l = *model.find(id);
            for (EntityId end : {l.link.from, l.link.to}) {
                if (pill.intersects(model.find(end)->geometry))
                    overlaps << QStringLiteral("%1 at %2: pill on %3")
                                        .arg(l.name)
                                        .arg(lod)
                                        .arg(model.find(end)->name);
            }
        }
    }
    QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps.join('\n')));
    QVERIFY(drawn > 0); // figures are shown at these zooms, not simply dropped
    m_scene->setMetricsEngine(nullptr);
}

void TestCanvasInteraction::wrapName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("widthOf"); // the card is as wide as this text, plus a pixel
    QTest::addColumn<QString>("expected");
    QTest::newRow("fits") << "orders-db"
                          << "orders-db"
                          << "orders-db";
    QTest::newRow("hyphen") << "orders-db-standby"
                            << "orders-db-"
                            << "orders-db-\nstandby";
    QTest::newRow("balanced hyphen") << "orders-db-standby-data"
                                     << "standby-data"
                                     << "orders-db-\nstandby-data";
    QTest::newRow("space") << "Internet users"
                           << "Internet"
                           << "Internet\nusers";
    QTest::newRow("underscore") << "kafka_broker"
                                << "broker"
                                << "kafka_\nbroker";
    QTest::newRow("no separator") << "abcdefghij"
                                  << "abcdef"
                                  << "abcde\nfghij";
    QTest::newRow("three lines") << "Users in Southeast Asia"
                                 << "Southeast"
                                 << "Users in\nSoutheast\nAsia";
    QTest::newRow("words before width") << "Users in Southeast Asia"
                                        << "Users in"
                                        << "Users in\nSoutheast Asia";
}

void TestCanvasInteraction::wrapName()
{
    QFETCH(QString, name);
    QFETCH(QString, widthOf);
    QFETCH(QString, expected);
    QFont font;
    font.setPixelSize(12);
    const QFontMetricsF metrics(font);
    QCOMPARE(NodeItem::wrapName(name, metrics, metrics.horizontalAdvance(widthOf) + 1), expected);
}

void TestCanvasInteraction::wholeNamesAndSeparateLabelsAtFittedZoom_data()
{
    addSampleRows();
}

// At the zoom the samples open with on a 1366x768 laptop (57-77 %), every card shows its whole
// name (wrapped onto two or three lines where one is too short, never cut by an ellipsis), and
// no link figure lies on another one from LinkItem::PlacementZoom up.
void TestCanvasInteraction::wholeNamesAndSeparateLabelsAtFittedZoom()
{
    QFETCH(QString, file);
    QString error;
    QVERIFY2(openSample(file, &error), qPrintable(error));
    MetricsEngine engine(m_doc.get(), &Catalog::builtin());
    m_scene->setMetricsEngine(&engine);
    engine.flush();
    const Model &model = m_doc->model();
    QStringList cut;
    int cards = 0;
    for (const EntityKind kind :
         {EntityKind::InstanceGroup, EntityKind::ScalingGroup, EntityKind::Disk, EntityKind::Cache,
          EntityKind::LoadBalancer, EntityKind::SecurityGroup, EntityKind::Endpoint}) {
        for (EntityId id : model.ids(kind)) {
            auto *node = qgraphicsitem_cast<NodeItem *>(m_scene->itemFor(id));
            QVERIFY(node);
            ++cards;
            for (const qreal lod : {0.565, 0.57, 0.64, 0.77}) {
                QString shown = node->compactTitle(lod);
                shown.remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
                QString name = model.find(id)->name;
                name.remove(QLatin1Char(' '));
                if (shown != name)
                    cut << QStringLiteral("%1 at %2: %3")
                                    .arg(model.find(id)->name)
                                    .arg(lod)
                                    .arg(node->compactTitle(lod));
            }
        }
    }
    QVERIFY(cards > 4);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join('\n')));
    QStringList overlaps;
    const EntityIds links = model.ids(EntityKind::Link);
    for (qsizetype i = 0; i < links.size(); ++i) {
        auto *a = qgraphicsitem_cast<LinkItem *>(m_scene->itemFor(links[i]));
        for (qsizetype j = i + 1; j < links.size(); ++j) {
            auto *b = qgraphicsitem_cast<LinkItem *>(m_scene->itemFor(links[j]));
            for (const qreal lod : {LinkItem::PlacementZoom, 0.57, 0.79, 1.0}) {
                const QRectF pa = lod < LinksLayer::FullLabelDetail ? LinksLayer::zoomedPill(a, lod)
                                                                    : a->labelRect();
                const QRectF pb = lod < LinksLayer::FullLabelDetail ? LinksLayer::zoomedPill(b, lod)
                                                                    : b->labelRect();
                if (!pa.isEmpty() && !pb.isEmpty() && pa.intersects(pb))
                    overlaps << QStringLiteral("%1 / %2 at %3")
                                        .arg(model.find(links[i])->name, model.find(links[j])->name)
                                        .arg(lod);
            }
        }
    }
    QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps.join('\n')));
    m_scene->setMetricsEngine(nullptr);
}

void TestCanvasInteraction::copiesAreNamedCopy()
{
    m_scene->selectIds({m_ids.webH});
    m_view->actions()->duplicate();
    const EntityId first = m_scene->selectedIds().value(0);
    QCOMPARE(m_doc->model().find(first)->name, QStringLiteral("web-h copy"));
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Duplicate 1 component(s)"));
    m_view->actions()->duplicate(); // a copy of the copy
    QCOMPARE(m_doc->model().find(m_scene->selectedIds().value(0))->name,
             QStringLiteral("web-h copy 2"));
    m_scene->selectIds({m_ids.webH});
    m_view->actions()->duplicate();
    QCOMPARE(m_doc->model().find(m_scene->selectedIds().value(0))->name,
             QStringLiteral("web-h copy 3"));
}

QTEST_MAIN(TestCanvasInteraction)
#include "tst_canvasinteraction.moc"
