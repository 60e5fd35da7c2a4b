// The canvas scene as a view of the document: items match the model after every command
// (count, positions, membership, link ends, attachments), gestures become one undo step each,
// clipboard fragments remap ids. renderSample() draws the sample design to an image; set
// ECSPLAN_CANVAS_PNG=/path/prefix to keep the light and dark renders for a human to look at.
#include "canvas/canvasactions.h"
#include "canvas/containeritem.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvas/entityfigures.h"
#include "canvas/linkitem.h"
#include "canvas/linkslayer.h"
#include "canvas/nodeitem.h"
#include "canvas/spanchipitem.h"
#include "canvasfixture.h"
#include "catalog/catalog.h"
#include "io/clipboard.h"
#include "io/designfile.h"
#include "metrics/metricsengine.h"

#include <QApplication>
#include <QImage>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ecsplan;

class TestDesignScene : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void buildsOneItemPerEntity();
    void cardsAndContainersShareTheTooltip();
    void moveBetweenZonesReparentsInOneUndoStep();
    void refusedMoveSnapsBack();
    void resizeZoneIsOneUndoStep();
    void connectGestureAddsLinkOrAttachment();
    void randomCommandsKeepItemsInSync();
    void copyPasteRemapsIds();
    void pasteIntoAnotherDocument();
    void cutAndDuplicate();
    void alignIsOneUndoStep();
    void decorations();
    void linksArePaintedByOneLayer();
    void linkLabelAvoidsHeaders();
    void overviewPaintsCardsAsBoxes();
    void renderSample_data();
    void renderSample();
    void liveMetricsOnSample();
    void renderBundledSample_data();
    void renderBundledSample();
    void spanChipsShowZonesOfAGroup();
    void utilisationOnCards();

private:
    void mouse(QEvent::Type type, const QPointF &scenePos, Qt::MouseButton button,
               Qt::MouseButtons buttons);
    void drag(const QPointF &from, const QPointF &to);
    /** Fails the test when any item disagrees with the model. */
    void verifyInSync(const char *where);

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<DesignScene> m_scene;
    std::unique_ptr<DesignView> m_view;
    test::SampleIds m_ids;
};

void TestDesignScene::init()
{
    m_doc = std::make_unique<Document>();
    m_doc->resetModel(test::threeZoneWeb(&m_ids));
    m_scene = std::make_unique<DesignScene>(m_doc.get());
    m_view = std::make_unique<DesignView>(m_scene.get());
    m_view->resize(1600, 1000);
    m_view->show();
    m_view->resetZoom();
    m_view->centerOn(QPointF(740, 250));
}

void TestDesignScene::cleanup()
{
    m_view.reset();
    m_scene.reset();
    m_doc.reset();
}

void TestDesignScene::mouse(QEvent::Type type, const QPointF &scenePos, Qt::MouseButton button,
                            Qt::MouseButtons buttons)
{
    const QPointF local = m_view->mapFromScene(scenePos);
    QMouseEvent event(type, local, m_view->viewport()->mapToGlobal(local), button, buttons,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(m_view->viewport(), &event);
}

void TestDesignScene::drag(const QPointF &from, const QPointF &to)
{
    mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 4; ++i)
        mouse(QEvent::MouseMove, from + (to - from) * i / 4.0, Qt::NoButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

void TestDesignScene::verifyInSync(const char *where)
{
    const Model &model = m_doc->model();
    QVERIFY2(m_scene->entityItemCount() == model.size(), where);
    int entityItems = 0;
    int attachmentItems = 0;
    const QList<QGraphicsItem *> all = m_scene->items();
    for (QGraphicsItem *item : all) {
        entityItems += item->type() == NodeItem::Type || item->type() == ContainerItem::Type
                || item->type() == LinkItem::Type;
        attachmentItems += item->type() == AttachmentItem::Type;
    }
    QVERIFY2(entityItems == model.size(), where); // nothing leaked, nothing missing
    int attachedDisks = 0;
    for (const Entity &e : model.entities()) {
        QGraphicsItem *item = m_scene->itemFor(e.id);
        QVERIFY2(item, where);
        if (e.isLink()) {
            auto *link = qgraphicsitem_cast<LinkItem *>(item);
            QVERIFY2(link && link->from() == e.link.from && link->to() == e.link.to, where);
            continue;
        }
        QVERIFY2(item->type() == (e.isContainer() ? int(ContainerItem::Type) : int(NodeItem::Type)),
                 where);
        QVERIFY2(item->scenePos() == e.geometry.topLeft(),
                 qPrintable(QStringLiteral("%1: %2 at %3,%4, model %5,%6")
                                    .arg(QLatin1String(where), e.name)
                                    .arg(item->scenePos().x())
                                    .arg(item->scenePos().y())
                                    .arg(e.geometry.x())
                                    .arg(e.geometry.y())));
        QVERIFY2(item->parentItem() == m_scene->itemFor(e.parent), where);
        if (e.kind == EntityKind::Disk) {
            AttachmentItem *a = m_scene->attachmentFor(e.id);
            QVERIFY2(isValid(e.disk.attachedTo) == (a != nullptr), where);
            if (a) {
                QVERIFY2(a->compute() == e.disk.attachedTo, where);
                ++attachedDisks;
            }
        }
    }
    QVERIFY2(attachmentItems == attachedDisks, where);
}

void TestDesignScene::buildsOneItemPerEntity()
{
    verifyInSync("after load");
    QCOMPARE(m_scene->entityItemCount(), m_doc->model().size());
    QCOMPARE(m_scene->itemFor(m_ids.webH)->parentItem(), m_scene->itemFor(m_ids.zoneH));
    QCOMPARE(m_scene->itemFor(m_ids.zoneH)->parentItem(), m_scene->itemFor(m_ids.region));
    QVERIFY(m_scene->itemFor(m_ids.region)->zValue() < m_scene->itemFor(m_ids.users)->zValue());
    QVERIFY(m_scene->attachmentFor(m_ids.dbDisk));
    QCOMPARE(m_scene->itemFor(entityId(9999)), nullptr);
}

void TestDesignScene::moveBetweenZonesReparentsInOneUndoStep()
{
    const QRectF before = m_doc->model().find(m_ids.webH)->geometry;
    const QPointF grab = before.center();
    // zone I starts at x 520; drop web-h 400 px to the right, in zone I's empty lower area.
    drag(grab, grab + QPointF(400, 40));
    const Entity *web = m_doc->model().find(m_ids.webH);
    QCOMPARE(web->parent, m_ids.zoneI);
    QCOMPARE(web->geometry, before.translated(400, 40));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    verifyInSync("after move");
    QCOMPARE(m_scene->itemFor(m_ids.webH)->parentItem(), m_scene->itemFor(m_ids.zoneI));

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->model().find(m_ids.webH)->parent, m_ids.zoneH);
    QCOMPARE(m_doc->model().find(m_ids.webH)->geometry, before);
    verifyInSync("after undo");
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->model().find(m_ids.webH)->parent, m_ids.zoneI);
    verifyInSync("after redo");
}

void TestDesignScene::refusedMoveSnapsBack()
{
    QSignalSpy status(m_scene.get(), &DesignScene::statusMessage);
    const QRectF before = m_doc->model().find(m_ids.webH)->geometry;
    drag(before.center(), before.center() + QPointF(0, 800)); // below the region: no zone there
    QCOMPARE(m_doc->model().find(m_ids.webH)->geometry, before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().contains(QLatin1String("availability zone")),
             qPrintable(status.last().first().toString()));
    verifyInSync("after refused move");
}

void TestDesignScene::resizeZoneIsOneUndoStep()
{
    m_scene->selectIds({m_ids.zoneJ});
    QSignalSpy status(m_scene.get(), &DesignScene::statusMessage);
    const QRectF before = m_doc->model().find(m_ids.zoneJ)->geometry;
    drag(before.bottomRight(), before.bottomRight() + QPointF(0, -60));
    QVERIFY2(status.isEmpty(),
             status.isEmpty() ? "" : qPrintable(status.last().first().toString()));
    QCOMPARE(m_scene->selectedIds(), EntityIds{m_ids.zoneJ});
    QCOMPARE(m_doc->model().find(m_ids.zoneJ)->geometry, before.adjusted(0, 0, 0, -60));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    verifyInSync("after resize");
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->model().find(m_ids.zoneJ)->geometry, before);
}

void TestDesignScene::connectGestureAddsLinkOrAttachment()
{
    // From web-i's connector (right edge, middle) onto the sessions cache: a traffic link.
    const QRectF web = m_doc->model().find(m_ids.webI)->geometry;
    const QRectF cache = m_doc->model().find(m_ids.replica)->geometry;
    const int links = m_doc->model().ids(EntityKind::Link).size();
    drag(QPointF(web.right(), web.center().y()), cache.center());
    QCOMPARE(m_doc->model().ids(EntityKind::Link).size(), links + 1);
    const Entity *link = m_doc->model().find(m_doc->model().ids(EntityKind::Link).last());
    QCOMPARE(link->link.from, m_ids.webI);
    QCOMPARE(link->link.to, m_ids.replica);
    QCOMPARE(m_doc->model().find(m_ids.webI)->geometry, web); // the card did not move

    // Connect tool: from a disk onto instances in its zone attaches it (no link).
    m_view->setTool(DesignView::Tool::Connect);
    const QRectF disk = m_doc->model().find(m_ids.standbyDisk)->geometry;
    m_doc->undoStack()->push(new QUndoCommand(QStringLiteral("marker")));
    QVERIFY(m_doc->setProperty({m_ids.standbyDisk}, Property::AttachedTo,
                               QVariant::fromValue(EntityId::None))
                    .ok());
    QCOMPARE(m_scene->attachmentFor(m_ids.standbyDisk), nullptr);
    drag(disk.center(), m_doc->model().find(m_ids.standby)->geometry.center());
    QCOMPARE(m_doc->model().find(m_ids.standbyDisk)->disk.attachedTo, m_ids.standby);
    QCOMPARE(m_doc->model().ids(EntityKind::Link).size(), links + 1);
    QVERIFY(m_scene->attachmentFor(m_ids.standbyDisk));
    verifyInSync("after connect");
}

void TestDesignScene::randomCommandsKeepItemsInSync()
{
    QRandomGenerator rng(20240607);
    const Model &model = m_doc->model();
    auto pick = [&](EntityKind kind) {
        const EntityIds ids = model.ids(kind);
        return ids.isEmpty() ? EntityId::None : ids[rng.bounded(int(ids.size()))];
    };
    int commands = 0;
    for (int step = 0; step < 150; ++step) {
        const int before = m_doc->undoStack()->index();
        switch (rng.bounded(9)) {
        case 0:
        case 1: { // add a component at a random spot of a random zone
            const EntityId zone = pick(EntityKind::Zone);
            if (!isValid(zone))
                break;
            const QRectF z = model.find(zone)->geometry;
            const EntityKind kinds[]
                    = {EntityKind::InstanceGroup, EntityKind::Disk, EntityKind::Cache};
            Entity e = makeEntity(kinds[rng.bounded(3)],
                                  z.topLeft()
                                          + QPointF(rng.bounded(int(z.width()) - 160),
                                                    30 + rng.bounded(int(z.height()) - 100)));
            e.parent = zone;
            m_doc->addEntity(e);
            break;
        }
        case 2: { // move something, possibly into another zone (or refused)
            const EntityKind kinds[] = {EntityKind::InstanceGroup, EntityKind::Disk,
                                        EntityKind::Cache, EntityKind::Zone};
            const EntityId id = pick(kinds[rng.bounded(4)]);
            if (isValid(id))
                m_doc->moveEntities({id}, QPointF(rng.bounded(-500, 500), rng.bounded(-200, 200)));
            break;
        }
        case 3: { // remove something (containers take their content)
            const EntityKind kinds[] = {EntityKind::InstanceGroup, EntityKind::Disk,
                                        EntityKind::Cache, EntityKind::Link, EntityKind::Zone};
            const EntityId id = pick(kinds[rng.bounded(step < 100 ? 4 : 5)]);
            if (isValid(id))
                m_doc->removeEntities({id});
            break;
        }
        case 4: { // connect two components
            const EntityId a = pick(EntityKind::InstanceGroup), b = pick(EntityKind::Cache);
            if (isValid(a) && isValid(b))
                m_scene->connectIds(a, b);
            break;
        }
        case 5: { // attach a disk to instances (refused across zones)
            const EntityId d = pick(EntityKind::Disk), i = pick(EntityKind::InstanceGroup);
            if (isValid(d) && isValid(i))
                m_scene->connectIds(d, i);
            break;
        }
        case 6: { // resize a zone
            const EntityId z = pick(EntityKind::Zone);
            if (isValid(z))
                m_doc->setGeometry(z,
                                   model.find(z)->geometry.adjusted(rng.bounded(-40, 40), 0,
                                                                    rng.bounded(-40, 40), 20));
            break;
        }
        case 7:
            m_doc->undoStack()->undo();
            break;
        case 8:
            m_doc->undoStack()->redo();
            break;
        }
        commands += m_doc->undoStack()->index() != before;
        verifyInSync(qPrintable(QStringLiteral("step %1").arg(step)));
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(commands > 60); // the sequence really exercised the document
    while (m_doc->undoStack()->canUndo()) {
        m_doc->undoStack()->undo();
        verifyInSync("undoing all");
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(model.size(), test::threeZoneWeb().size());
    while (m_doc->undoStack()->canRedo()) {
        m_doc->undoStack()->redo();
        verifyInSync("redoing all");
        if (QTest::currentTestFailed())
            return;
    }
}

void TestDesignScene::copyPasteRemapsIds()
{
    // Copy zone H: its content and the links among that content come along.
    const Clipboard::Fragment fragment = Clipboard::copy(*m_doc, {m_ids.zoneH});
    QCOMPARE(fragment.entities.size(), 1 + 4 + 2); // zone, web, cache, db, disk; web→cache, web→db
    QByteArray json = Clipboard::toJson(fragment);
    Clipboard::Fragment parsed;
    QString error;
    QVERIFY2(Clipboard::fromJson(json, &parsed, &error), qPrintable(error));
    QCOMPARE(parsed.entities, fragment.entities);

    // Paste 600 px down (below the region): the zone has no container there, so it goes back
    // to its own region, as this is the document it was copied from.
    const int before = m_doc->model().size();
    const Document::Result r = m_view->actions()->pasteFragment(parsed, QPointF(0, 600));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(m_doc->model().size(), before + 7);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_scene->selectedIds(), r.ids);
    const Entity *zone = m_doc->model().find(r.ids.first());
    QCOMPARE(zone->kind, EntityKind::Zone);
    QCOMPARE(zone->parent, m_ids.region);
    QCOMPARE(zone->geometry, m_doc->model().find(m_ids.zoneH)->geometry.translated(0, 600));
    QCOMPARE(zone->name, QStringLiteral("Zone H copy")); // the original keeps its name
    for (EntityId id : r.ids) {
        QVERIFY(!fragment.entities.isEmpty());
        for (const Entity &old : fragment.entities)
            QVERIFY(old.id != id); // fresh ids only
        const Entity *e = m_doc->model().find(id);
        if (e->isLink()) {
            QVERIFY(r.ids.contains(e->link.from) && r.ids.contains(e->link.to));
        } else if (e->id != zone->id) {
            QCOMPARE(e->parent, zone->id);
        }
        if (e->kind == EntityKind::Disk)
            QVERIFY(r.ids.contains(e->disk.attachedTo));
    }
    verifyInSync("after paste");
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->model().size(), before);
    verifyInSync("after undoing paste");
}

void TestDesignScene::pasteIntoAnotherDocument()
{
    Document other;
    other.resetModel(test::threeZoneWeb());
    // Instances + their disk, copied from this window, pasted into the other one's zone I.
    const Clipboard::Fragment fragment = Clipboard::copy(*m_doc, {m_ids.db, m_ids.dbDisk});
    std::unique_ptr<QMimeData> mime(Clipboard::toMimeData(fragment));
    QVERIFY(mime->hasText());
    Clipboard::Fragment received;
    QString error;
    QVERIFY2(Clipboard::fromMimeData(mime.get(), &received, &error), qPrintable(error));
    const Document::Result r = Clipboard::paste(&other, received, QPointF(480, -140));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.ids.size(), 2);
    const Entity *db = other.model().find(r.ids[0]);
    const Entity *disk = other.model().find(r.ids[1]);
    QCOMPARE(db->kind, EntityKind::InstanceGroup);
    QCOMPARE(db->name, QStringLiteral("postgres copy"));
    QCOMPARE(other.model().find(db->parent)->code, QStringLiteral("cn-hangzhou-i"));
    QCOMPARE(disk->disk.attachedTo, db->id); // internal reference remapped to the new id
    QCOMPARE(other.undoStack()->count(), 1);

    // Plain text that is not a fragment is refused with a reason.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QVERIFY(!Clipboard::canPaste(&text));
    QVERIFY(!Clipboard::fromMimeData(&text, &received, &error));
    QVERIFY(!error.isEmpty());
}

void TestDesignScene::cutAndDuplicate()
{
    m_scene->selectIds({m_ids.webJ});
    m_view->actions()->duplicateAction()->trigger();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const EntityIds selected = m_scene->selectedIds();
    QCOMPARE(selected.size(), 1);
    const Entity *copy = m_doc->model().find(selected.first());
    QCOMPARE(copy->parent, m_ids.zoneJ);
    QCOMPARE(copy->geometry, m_doc->model().find(m_ids.webJ)->geometry.translated(20, 20));
    verifyInSync("after duplicate");

    m_scene->selectIds({m_ids.webJ});
    const int links = m_doc->model().ids(EntityKind::Link).size();
    m_view->actions()->cutAction()->trigger();
    QVERIFY(!m_doc->model().contains(m_ids.webJ));
    QCOMPARE(m_doc->model().ids(EntityKind::Link).size(), links - 2); // alb→web-j, web-j→cache
    QCOMPARE(m_doc->undoStack()->count(), 2);
    verifyInSync("after cut");
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->model().contains(m_ids.webJ));
    verifyInSync("after undoing cut");
}

void TestDesignScene::alignIsOneUndoStep()
{
    m_scene->selectIds({m_ids.webH, m_ids.cache, m_ids.db});
    const qreal left = m_doc->model().find(m_ids.webH)->geometry.left();
    m_doc->moveEntities({m_ids.cache}, QPointF(40, 0));
    m_view->actions()->align(CanvasActions::Alignment::Left);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    for (EntityId id : {m_ids.webH, m_ids.cache, m_ids.db})
        QCOMPARE(m_doc->model().find(id)->geometry.left(), left);
    verifyInSync("after align");
}

void TestDesignScene::decorations()
{
    m_scene->setGreyedOut({m_ids.webH});
    QCOMPARE(m_scene->itemFor(m_ids.webH)->opacity(), 0.28);
    QCOMPARE(m_scene->itemFor(m_ids.webI)->opacity(), 1.0);
    const EntityId albToWebH = m_doc->model().linksOf(m_ids.webH).first();
    QCOMPARE(m_scene->itemFor(albToWebH)->opacity(), 0.28);
    m_scene->setGreyedOut({});
    QCOMPARE(m_scene->itemFor(m_ids.webH)->opacity(), 1.0);
    QCOMPARE(m_scene->itemFor(albToWebH)->opacity(), 1.0);
}

void TestDesignScene::linksArePaintedByOneLayer()
{
    // Links paint nothing themselves but stay hit-testable and selectable; the layer finds
    // them by where they are now, not where they were.
    const EntityId link = m_doc->model().linksOf(m_ids.webH).first();
    auto *item = qgraphicsitem_cast<LinkItem *>(m_scene->itemFor(link));
    QVERIFY(item);
    QVERIFY(item->flags() & QGraphicsItem::ItemHasNoContents);
    auto *layer = qgraphicsitem_cast<LinksLayer *>(item->parentItem());
    QVERIFY(layer);
    const QPointF onLine = item->line().pointAt(0.25);
    QVERIFY(m_scene->items(onLine).contains(item));
    QVERIFY(layer->linksNear(QRectF(onLine, QSizeF(1, 1))).contains(item));
    m_scene->selectIds({link});
    QVERIFY(item->isSelected());
    QCOMPARE(m_scene->selectedIds(), EntityIds{link});

    const QLineF before = item->line();
    QVERIFY(m_doc->moveEntities({m_ids.webH}, QPointF(0, 200)).ok());
    QVERIFY(item->line() != before);
    QVERIFY(layer->linksNear(QRectF(item->line().pointAt(0.9), QSizeF(1, 1))).contains(item));
    QVERIFY(!layer->linksNear(QRectF(before.p2() - QPointF(0, 2000), QSizeF(1, 1))).contains(item));
    // A limit stops the search at limit + 1 links, each once, all of them in the full answer.
    const QRectF everywhere = m_scene->itemsBoundingRect();
    const QVector<LinkItem *> all = layer->linksNear(everywhere);
    QVERIFY(all.size() >= 3);
    for (qsizetype limit : {qsizetype(0), qsizetype(1), all.size() - 1, all.size()}) {
        const QVector<LinkItem *> some = layer->linksNear(everywhere, limit);
        QCOMPARE(some.size(), std::min(limit + 1, all.size()));
        QCOMPARE(QSet<LinkItem *>(some.cbegin(), some.cend()).size(), some.size());
        for (LinkItem *found : some)
            QVERIFY(all.contains(found));
    }
    const AttachmentItem *attachment = m_scene->attachmentFor(m_ids.dbDisk);
    QVERIFY(attachment);
    QCOMPARE(attachment->parentItem(), layer);
    verifyInSync("after move");
}

void TestDesignScene::linkLabelAvoidsHeaders()
{
    // users (above the region) → postgres (bottom of zone H): the midpoint falls on zone H's header
    // band.
    LinkData data;
    data.gbPerMonth = 500;
    const Document::Result r = m_doc->connect(m_ids.users, m_ids.db, data);
    QVERIFY2(r.ok(), qPrintable(r.error));
    auto *item = qgraphicsitem_cast<LinkItem *>(m_scene->itemFor(r.ids.first()));
    QVERIFY(item);
    const QRectF zoneH = m_doc->model().find(m_ids.zoneH)->geometry;
    const auto *zone = qgraphicsitem_cast<ContainerItem *>(m_scene->itemFor(m_ids.zoneH));
    const QRectF header = zone->headerSceneRect();
    QCOMPARE(header, QRectF(zoneH.topLeft(), QSizeF(zoneH.width(), zone->headerHeight())));
    const QPointF mid = item->line().center();
    QVERIFY2(header.contains(mid), "the fixture no longer puts the midpoint on the header");
    QVERIFY(!item->labelRect().isEmpty());
    QVERIFY(!item->labelRect().intersects(header));
    QVERIFY(!m_scene->overlapsHeader(item->labelRect()));
}

void TestDesignScene::overviewPaintsCardsAsBoxes()
{
    // postgres: low in zone H, clear of the zone's name pill at the top-left.
    auto *web = qgraphicsitem_cast<NodeItem *>(m_scene->itemFor(m_ids.db));
    QVERIFY(!m_scene->overview());
    QVERIFY(!(web->flags() & QGraphicsItem::ItemHasNoContents));
    m_view->setZoom(0.15); // below DesignScene::OverviewZoom (20 %)
    QVERIFY(m_scene->overview());
    QVERIFY(web->flags() & QGraphicsItem::ItemHasNoContents);
    const QPointF centre = web->cardSceneRect().center();
    m_view->centerOn(centre);
    QVERIFY(m_scene->items(centre).contains(web)); // still hit-testable
    QImage image(m_view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    m_view->viewport()->render(&image);
    const QPoint pixel = m_view->mapFromScene(centre);
    QCOMPARE(image.pixelColor(pixel).rgb(), CanvasStyle::accent(EntityKind::InstanceGroup).rgb());
    m_scene->selectIds({m_ids.db});
    m_view->viewport()->render(&image);
    QCOMPARE(image.pixelColor(pixel).rgb(), m_scene->canvasStyle().selection.rgb());
    m_view->setZoom(1.0);
    QVERIFY(!m_scene->overview());
    QVERIFY(!(web->flags() & QGraphicsItem::ItemHasNoContents));
}

void TestDesignScene::renderSample_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestDesignScene::renderSample()
{
    QFETCH(bool, dark);
    QPalette palette = QApplication::palette();
    if (dark) {
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, Qt::white);
    }
    m_scene->setPalette(palette);
    QCOMPARE(m_scene->canvasStyle().dark, dark);
    m_scene->setBadges({{m_ids.webH, Severity::Warning},
                        {m_ids.dbDisk, Severity::Error},
                        {m_ids.sg, Severity::Advice}});
    m_scene->selectIds({m_ids.alb});
    m_view->zoomToFit();
    QImage image(m_view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    m_view->viewport()->render(&image);
    // The background of the chosen palette fills the corners; cards are drawn in the middle.
    QCOMPARE(image.pixelColor(2, 2).rgb(), m_scene->canvasStyle().background.rgb());
    const QByteArray prefix = qgetenv("ECSPLAN_CANVAS_PNG");
    if (!prefix.isEmpty()) {
        QVERIFY(image.save(QString::fromLocal8Bit(prefix)
                           + (dark ? QStringLiteral("-dark.png") : QStringLiteral(".png"))));
        m_view->resetZoom();
        m_view->centerOn(m_doc->model().find(m_ids.zoneH)->geometry.center());
        QImage close(m_view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        m_view->viewport()->render(&close);
        QVERIFY(close.save(
                QString::fromLocal8Bit(prefix)
                + (dark ? QStringLiteral("-dark-100.png") : QStringLiteral("-100.png"))));
    }
}

void TestDesignScene::cardsAndContainersShareTheTooltip()
{
    // One helper writes both: name — kind, the type line, then the notes (escaped, italic).
    for (const EntityId id : {m_ids.webH, m_ids.zoneH}) {
        QVERIFY(m_doc->setProperty({id}, Property::Notes, QStringLiteral("<ask> Ops & co")).ok());
        const Entity &e = *m_doc->model().find(id);
        m_scene->prepareToolTip(id); // tooltips are built when about to show
        const QString tip = m_scene->itemFor(id)->toolTip();
        QVERIFY2(tip.startsWith(QStringLiteral("<b>%1</b> — %2<br>")
                                        .arg(e.name.toHtmlEscaped(), displayName(e.kind))),
                 qPrintable(tip));
        QVERIFY2(tip.endsWith(QStringLiteral("<p><i>&lt;ask&gt; Ops &amp; co</i></p>")),
                 qPrintable(tip));
    }
}

void TestDesignScene::liveMetricsOnSample()
{
    // The bundled sample with the real engine: numbers appear on the cards after a flush.
    const DesignFile::LoadResult loaded = DesignFile::load(
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/three-zone-web.ecsplan"),
            &Catalog::builtin());
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    Document doc;
    doc.resetModel(loaded.model);
    MetricsEngine engine(&doc, &Catalog::builtin());
    DesignScene scene(&doc);
    scene.setMetricsEngine(&engine);
    engine.flush();
    const EntityIds disks = doc.model().ids(EntityKind::Disk);
    QVERIFY(!disks.isEmpty());
    const EntityFigures disk
            = EntityFigures::of(doc.model(), &engine, *doc.model().find(disks.first()));
    QVERIFY2(disk.metricLine.contains(QLatin1String("IOPS")), qPrintable(disk.metricLine));
    QVERIFY(!disk.explanation.trimmed().isEmpty());
    QVERIFY(scene.itemFor(disks.first())->toolTip().isEmpty()); // built when about to show
    scene.prepareToolTip(disks.first());
    QVERIFY(scene.itemFor(disks.first())->toolTip().contains(disk.metricLine));
    const EntityIds zones = doc.model().ids(EntityKind::Zone);
    const EntityFigures zone
            = EntityFigures::of(doc.model(), &engine, *doc.model().find(zones.first()));
    QVERIFY2(zone.metricLine.contains(QLatin1String("/mo")), qPrintable(zone.metricLine));
    // Internet users → ALB has no latency figure: the label shows the volume, not "0.0 ms".
    for (EntityId id : doc.model().ids(EntityKind::Link)) {
        const Entity &link = *doc.model().find(id);
        const bool fromUsers = doc.model().find(link.link.from)->kind == EntityKind::Endpoint;
        const EntityFigures f = EntityFigures::of(doc.model(), &engine, link);
        QVERIFY2(f.metricLine.contains(QLatin1String(" ms")) != fromUsers,
                 qPrintable(f.metricLine));
        if (fromUsers) {
            QVERIFY2(f.metricLine.contains(QLatin1String("GB/mo")), qPrintable(f.metricLine));
            QVERIFY2(f.explanation.contains(QLatin1String("not modelled")),
                     qPrintable(f.explanation));
        }
    }

    DesignView view(&scene);
    view.resize(1600, 1000);
    view.show();
    view.zoomToFit();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&image);
    const QByteArray prefix = qgetenv("ECSPLAN_CANVAS_PNG");
    if (!prefix.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(prefix) + QStringLiteral("-sample.png")));
}

void TestDesignScene::renderBundledSample_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("three-zone-web") << QStringLiteral("three-zone-web");
    QTest::newRow("beijing-singapore-cen") << QStringLiteral("beijing-singapore-cen");
    QTest::newRow("api-gateway-20k") << QStringLiteral("api-gateway-20k");
}

void TestDesignScene::renderBundledSample()
{
    // Each bundled sample with live numbers, at fit-to-view and at 100 %: every link label
    // clear of the header bands, and (with ECSPLAN_CANVAS_PNG) the renders kept for a human.
    QFETCH(QString, file);
    const DesignFile::LoadResult loaded = DesignFile::load(
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/%1.ecsplan").arg(file),
            &Catalog::builtin());
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    Document doc;
    doc.resetModel(loaded.model);
    MetricsEngine engine(&doc, &Catalog::builtin());
    DesignScene scene(&doc);
    scene.setMetricsEngine(&engine);
    engine.flush();
    for (EntityId id : doc.model().ids(EntityKind::Link)) {
        const auto *link = qgraphicsitem_cast<LinkItem *>(scene.itemFor(id));
        QVERIFY(link);
        QVERIFY2(!scene.overlapsHeader(link->labelRect()), qPrintable(doc.model().find(id)->name));
    }
    DesignView view(&scene);
    view.resize(1600, 1000);
    view.show();
    view.zoomToFit();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&image);
    QCOMPARE(image.pixelColor(2, 2).rgb(), scene.canvasStyle().background.rgb());
    const QByteArray prefix = qgetenv("ECSPLAN_CANVAS_PNG");
    if (!prefix.isEmpty()) {
        QVERIFY(image.save(QString::fromLocal8Bit(prefix)
                           + QStringLiteral("-%1-fit.png").arg(file)));
        view.resetZoom();
        view.centerOn(scene.contentsRect().center());
        view.viewport()->render(&image);
        QVERIFY(image.save(QString::fromLocal8Bit(prefix)
                           + QStringLiteral("-%1-100.png").arg(file)));
    }
}

void TestDesignScene::spanChipsShowZonesOfAGroup()
{
    // The bundled sample's web-asg and web-alb sit at region level and span zones H, I, J: each
    // spanned zone shows a ghost chip of each; the chips follow the zones property and its undo.
    const DesignFile::LoadResult loaded = DesignFile::load(
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/three-zone-web.ecsplan"),
            &Catalog::builtin());
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    Document doc;
    doc.resetModel(loaded.model);
    DesignScene scene(&doc);
    const Model &model = doc.model();
    const EntityId asg = model.ids(EntityKind::ScalingGroup).value(0);
    const EntityId alb = model.ids(EntityKind::LoadBalancer).value(0);
    EntityIds zones = model.ids(EntityKind::Zone);
    std::sort(zones.begin(), zones.end(),
              [](EntityId a, EntityId b) { return toUInt(a) < toUInt(b); });
    QCOMPARE(zones.size(), 3);
    QCOMPARE(model.find(asg)->zones, zones);
    auto chipZones = [&scene](EntityId group) {
        EntityIds out;
        for (const SpanChipItem *chip : scene.spanChips(group))
            out << chip->zone();
        std::sort(out.begin(), out.end(),
                  [](EntityId a, EntityId b) { return toUInt(a) < toUInt(b); });
        return out;
    };
    QCOMPARE(chipZones(asg), zones);
    QCOMPARE(chipZones(alb), zones);
    QCOMPARE(scene.entityItemCount(), model.size()); // chips are not entity items
    for (const SpanChipItem *chip : scene.spanChips(asg)) {
        QCOMPARE(chip->label(), QStringLiteral("web-asg · 1–5 of 3–15"));
        QCOMPARE(chip->parentItem(), scene.itemFor(chip->zone()));
        QVERIFY(model.find(chip->zone())->geometry.contains(chip->sceneBoundingRect()));
        QVERIFY(!(chip->flags() & QGraphicsItem::ItemIsSelectable));
    }

    QVERIFY(doc.setProperty({asg}, Property::Zones,
                            QVariant::fromValue(EntityIds{zones[0], zones[1]}))
                    .ok());
    QCOMPARE(chipZones(asg), (EntityIds{zones[0], zones[1]}));
    QCOMPARE(scene.spanChips(asg).first()->label(), QStringLiteral("web-asg · 1–8 of 3–15"));
    QCOMPARE(chipZones(alb), zones);
    doc.undoStack()->undo();
    QCOMPARE(chipZones(asg), zones);
    // Removing a spanned zone takes its chips; undo brings them back.
    QVERIFY(doc.removeEntities({zones[2]}).ok());
    QVERIFY(!chipZones(asg).contains(zones[2]));
    doc.undoStack()->undo();
    QCOMPARE(chipZones(asg), zones);
    QCOMPARE(chipZones(alb), zones);

    // A click on a chip selects the group, which shows the connectors; overview hides the chips.
    DesignView view(&scene);
    view.resize(1600, 1000);
    view.show();
    view.resetZoom();
    SpanChipItem *chip = scene.spanChips(asg).last();
    view.centerOn(chip->sceneBoundingRect().center());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      view.mapFromScene(chip->mapToScene(chip->chipRect().center())));
    QCOMPARE(scene.selectedIds(), EntityIds{asg});
    QVERIFY(chip->connectorVisible());
    QVERIFY(!scene.spanChips(alb).first()->connectorVisible());
    const QByteArray prefix = qgetenv("ECSPLAN_CANVAS_PNG");
    if (!prefix.isEmpty()) {
        view.zoomToFit();
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        view.viewport()->render(&image);
        QVERIFY(image.save(QString::fromLocal8Bit(prefix) + QStringLiteral("-span-selected.png")));
    }
    scene.setOverview(true);
    QVERIFY(!chip->isVisible());
    scene.setOverview(false);
    QVERIFY(chip->isVisible());
}

/**
 * Scenario A on the canvas: the gateway card's bar reads the bottleneck's utilisation (red
 * above 100 %), its tooltip the figure and the formulas; a larger type brings it to amber.
 */
void TestDesignScene::utilisationOnCards()
{
    const DesignFile::LoadResult loaded = DesignFile::load(
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/api-gateway-20k.ecsplan"),
            &Catalog::builtin());
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    Document doc;
    doc.resetModel(loaded.model);
    MetricsEngine engine(&doc, &Catalog::builtin());
    DesignScene scene(&doc);
    scene.setMetricsEngine(&engine);
    engine.flush();
    EntityId gateway = EntityId::None;
    for (EntityId id : doc.model().ids(EntityKind::ScalingGroup)) {
        if (doc.model().find(id)->name == QLatin1String("gateway"))
            gateway = id;
    }
    QVERIFY(isValid(gateway));
    const EntityFigures f = EntityFigures::of(doc.model(), &engine, *doc.model().find(gateway));
    QCOMPARE(f.utilisation, 4.48 / 4.0);
    QVERIFY2(f.loadLine.contains(QStringLiteral("112 %")), qPrintable(f.loadLine));
    QVERIFY(f.explanation.contains(QStringLiteral("Network bandwidth: 4.48 / (2 × 2 Gbit/s")));
    // What a sync reads (no tooltip): the same bar, none of the tooltip's lines or formulas.
    const EntityFigures bare
            = EntityFigures::of(doc.model(), &engine, *doc.model().find(gateway), false);
    QCOMPARE(bare.utilisation, f.utilisation);
    QCOMPARE(bare.metricLine, f.metricLine);
    QVERIFY(bare.loadLine.isEmpty());
    QVERIFY(bare.utilisationLines.isEmpty());
    QVERIFY(!f.utilisationLines.isEmpty());
    QVERIFY(bare.explanation.isEmpty());
    QVERIFY(scene.itemFor(gateway)->toolTip().isEmpty()); // built when about to show
    scene.prepareToolTip(gateway);
    QVERIFY(scene.itemFor(gateway)->toolTip().contains(f.loadLine.toHtmlEscaped()));
    for (const QString &line : f.utilisationLines)
        QVERIFY(scene.itemFor(gateway)->toolTip().contains(line.toHtmlEscaped()));

    QVERIFY(doc.setProperty({gateway}, Property::InstanceType, QStringLiteral("ecs.g7.xlarge"))
                    .ok());
    engine.flush();
    const EntityFigures after = EntityFigures::of(doc.model(), &engine, *doc.model().find(gateway));
    QCOMPARE(after.utilisation, 4.48 / 6.0);
    // A security group carries no demand: no bar.
    const EntityId sg = doc.model().ids(EntityKind::SecurityGroup).first();
    QCOMPARE(EntityFigures::of(doc.model(), &engine, *doc.model().find(sg)).utilisation, -1.0);
}

QTEST_MAIN(TestDesignScene)
#include "tst_designscene.moc"
