// Direct manipulation on the canvas: context menus, in-place rename, drag-to-connect with its
// refusals, arrow-key nudge, Find, and Duplicate's names. Tidy Layout and routing are in
// tst_canvaslayout, the semantic zoom in tst_canvaszoom.
#include "canvas/canvasactions.h"
#include "canvas/findbar.h"
#include "canvas/linkitem.h"
#include "canvas/nodeitem.h"
#include "canvasviewtest.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

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

} // namespace

class tst_CanvasInteraction : public test::CanvasViewTest
{
    Q_OBJECT

private slots:
    void init() { setUpView(); }
    void cleanup() { tearDownView(); }
    void cardMenu();
    void containerAndCanvasMenus();
    void linkMenu();
    void inPlaceRename();
    void renameRenamesDerivedLinkNames();
    void dragToConnect();
    void dragToConnectRefusals();
    void nudge();
    void find();
    void copiesAreNamedCopy();
};

void tst_CanvasInteraction::cardMenu()
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

void tst_CanvasInteraction::containerAndCanvasMenus()
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

void tst_CanvasInteraction::linkMenu()
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

void tst_CanvasInteraction::inPlaceRename()
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

void tst_CanvasInteraction::renameRenamesDerivedLinkNames()
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

void tst_CanvasInteraction::dragToConnect()
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

void tst_CanvasInteraction::dragToConnectRefusals()
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

void tst_CanvasInteraction::nudge()
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

void tst_CanvasInteraction::find()
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

void tst_CanvasInteraction::copiesAreNamedCopy()
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

QTEST_MAIN(tst_CanvasInteraction)
#include "tst_canvasinteraction.moc"
