// The canvas scene as a view of the document: items match the model after every command
// (count, positions, membership, link ends, attachments), gestures become one undo step each,
// clipboard fragments remap ids. What the items draw is in tst_canvaspainting.
#include "canvas/canvasactions.h"
#include "canvas/cardbucket.h"
#include "canvas/containeritem.h"
#include "canvas/linkitem.h"
#include "canvas/linkslayer.h"
#include "canvas/nodeitem.h"
#include "canvasviewtest.h"
#include "io/clipboard.h"

#include <QApplication>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace ecsplan;

class tst_DesignScene : public test::CanvasViewTest
{
    Q_OBJECT

private slots:
    void init() { setUpView(); }
    void cleanup() { tearDownView(); }
    void buildsOneItemPerEntity();
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
    void badgesUpdatedOnlyWhereChanged();
    void linksArePaintedByOneLayer();
    void cardsAreFiledInBucketsThatCoverThem();

private:
    void drag(const QPointF &from, const QPointF &to);
    /** Fails the test when any item disagrees with the model. */
    void verifyInSync(const char *where);
};

void tst_DesignScene::drag(const QPointF &from, const QPointF &to)
{
    mouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= 4; ++i)
        mouse(QEvent::MouseMove, from + (to - from) * i / 4.0, Qt::NoButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

void tst_DesignScene::verifyInSync(const char *where)
{
    const Model &model = m_doc->model();
    QVERIFY2(m_scene->entityItemCount() == model.size(), where);
    int entityItems = 0;
    const QList<QGraphicsItem *> all = m_scene->items();
    for (QGraphicsItem *item : all) {
        entityItems += item->type() == NodeItem::Type || item->type() == ContainerItem::Type
                || item->type() == LinkItem::Type;
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
        QVERIFY2(CardBuckets::containerOf(item) == m_scene->itemFor(e.parent), where);
        if (!e.isContainer()) {
            // Filed under a bucket of its container that contains it (Qt skips a bucket's
            // cards away from the bucket).
            const auto *bucket = qgraphicsitem_cast<const CardBucket *>(item->parentItem());
            QVERIFY2(bucket, where);
            QVERIFY2(bucket->flags().testFlag(QGraphicsItem::ItemContainsChildrenInShape), where);
            QVERIFY2(bucket->pos() == QPointF(), where);
            QVERIFY2(bucket->boundingRect().contains(item->mapRectToParent(item->boundingRect())),
                     qPrintable(QStringLiteral("%1: %2 outside its bucket")
                                        .arg(QLatin1String(where), e.name)));
        } else {
            QVERIFY2(item->parentItem() == m_scene->itemFor(e.parent), where);
        }
        if (e.kind == EntityKind::Disk) {
            AttachmentItem *a = m_scene->attachmentFor(e.id);
            QVERIFY2(isValid(e.disk.attachedTo) == (a != nullptr), where);
            if (a) {
                QVERIFY2(a->compute() == e.disk.attachedTo, where);
                ++attachedDisks;
            }
        }
    }
    // Counted after attachmentFor() was asked: after a rebuild the lines are made when first
    // needed (DesignScene::attachmentFor).
    int attachmentItems = 0;
    const QList<QGraphicsItem *> afterAsking = m_scene->items();
    for (QGraphicsItem *item : afterAsking)
        attachmentItems += item->type() == AttachmentItem::Type;
    QVERIFY2(attachmentItems == attachedDisks, where);
    // Every bucket holds cards only, at least one, and is known to the scene's index of them.
    int buckets = 0;
    for (QGraphicsItem *item : all) {
        if (item->type() != CardBucket::Type)
            continue;
        ++buckets;
        const QList<QGraphicsItem *> children = item->childItems();
        QVERIFY2(!children.isEmpty(), where);
        for (const QGraphicsItem *child : children)
            QVERIFY2(child->type() == NodeItem::Type, where);
    }
    QVERIFY2(buckets == m_scene->cardBuckets().size(), where);
}

void tst_DesignScene::buildsOneItemPerEntity()
{
    verifyInSync("after load");
    QCOMPARE(m_scene->entityItemCount(), m_doc->model().size());
    QCOMPARE(CardBuckets::containerOf(m_scene->itemFor(m_ids.webH)), m_scene->itemFor(m_ids.zoneH));
    QCOMPARE(m_scene->itemFor(m_ids.zoneH)->parentItem(), m_scene->itemFor(m_ids.region));
    QVERIFY(m_scene->itemFor(m_ids.region)->zValue() < m_scene->itemFor(m_ids.users)->zValue());
    QVERIFY(m_scene->attachmentFor(m_ids.dbDisk));
    QCOMPARE(m_scene->itemFor(entityId(9999)), nullptr);
}

void tst_DesignScene::moveBetweenZonesReparentsInOneUndoStep()
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
    QCOMPARE(CardBuckets::containerOf(m_scene->itemFor(m_ids.webH)), m_scene->itemFor(m_ids.zoneI));

    m_doc->undo();
    QCOMPARE(m_doc->model().find(m_ids.webH)->parent, m_ids.zoneH);
    QCOMPARE(m_doc->model().find(m_ids.webH)->geometry, before);
    verifyInSync("after undo");
    m_doc->redo();
    QCOMPARE(m_doc->model().find(m_ids.webH)->parent, m_ids.zoneI);
    verifyInSync("after redo");
}

void tst_DesignScene::refusedMoveSnapsBack()
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

void tst_DesignScene::resizeZoneIsOneUndoStep()
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
    m_doc->undo();
    QCOMPARE(m_doc->model().find(m_ids.zoneJ)->geometry, before);
}

void tst_DesignScene::connectGestureAddsLinkOrAttachment()
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

void tst_DesignScene::randomCommandsKeepItemsInSync()
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
            m_doc->undo();
            break;
        case 8:
            m_doc->redo();
            break;
        }
        commands += m_doc->undoStack()->index() != before;
        verifyInSync(qPrintable(QStringLiteral("step %1").arg(step)));
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(commands > 60); // the sequence really exercised the document
    while (m_doc->undoStack()->canUndo()) {
        m_doc->undo();
        verifyInSync("undoing all");
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(model.size(), test::threeZoneWeb().size());
    while (m_doc->undoStack()->canRedo()) {
        m_doc->redo();
        verifyInSync("redoing all");
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_DesignScene::copyPasteRemapsIds()
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
    m_doc->undo();
    QCOMPARE(m_doc->model().size(), before);
    verifyInSync("after undoing paste");
}

void tst_DesignScene::pasteIntoAnotherDocument()
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

void tst_DesignScene::cutAndDuplicate()
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
    m_doc->undo();
    QVERIFY(m_doc->model().contains(m_ids.webJ));
    verifyInSync("after undoing cut");
}

void tst_DesignScene::alignIsOneUndoStep()
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

void tst_DesignScene::decorations()
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

/** updateBadges takes the changed entities' badges only (the findings dock after an edit). */
void tst_DesignScene::badgesUpdatedOnlyWhereChanged()
{
    m_scene->setBadges({{m_ids.webH, Severity::Warning}, {m_ids.dbDisk, Severity::Error}});
    // The map says nothing of dbDisk, but it is not among the changed: its badge stays.
    m_scene->updateBadges({{m_ids.webH, Severity::Error}, {m_ids.sg, Severity::Advice}},
                          {m_ids.webH, m_ids.sg});
    QCOMPARE(m_scene->badges(),
             (SeverityByEntity{{m_ids.webH, Severity::Error},
                               {m_ids.dbDisk, Severity::Error},
                               {m_ids.sg, Severity::Advice}}));
    // A changed entity missing from the map loses its badge.
    m_scene->updateBadges({{m_ids.webH, Severity::Error}}, {m_ids.dbDisk, m_ids.sg});
    QCOMPARE(m_scene->badges(), (SeverityByEntity{{m_ids.webH, Severity::Error}}));
    m_scene->updateBadges({}, {});
    QCOMPARE(m_scene->badges(), (SeverityByEntity{{m_ids.webH, Severity::Error}}));
}

void tst_DesignScene::linksArePaintedByOneLayer()
{
    // Links paint nothing themselves but stay hit-testable and selectable; the layer finds
    // them by where they are now, not where they were.
    const EntityId link = m_doc->model().linksOf(m_ids.webH).first();
    auto *item = qgraphicsitem_cast<LinkItem *>(m_scene->itemFor(link));
    QVERIFY(item);
    QVERIFY(item->flags() & QGraphicsItem::ItemHasNoContents);
    LinksLayer *layer = item->layer();
    QVERIFY(layer);
    QCOMPARE(layer->scene(), m_scene.get());
    // Filed under a bucket whose bounds contain it (Qt skips a bucket's items away from it).
    const auto inItsBucket = [](const QGraphicsItem *i) {
        const auto *bucket = qgraphicsitem_cast<const LinkBucket *>(i->parentItem());
        return bucket && bucket->flags().testFlag(QGraphicsItem::ItemContainsChildrenInShape)
                && !i->boundingRect().isEmpty()
                && bucket->boundingRect().contains(i->boundingRect());
    };
    QVERIFY(inItsBucket(item));
    const QPointF onLine = item->line().pointAt(0.25);
    QVERIFY(m_scene->items(onLine).contains(item));
    QVERIFY(layer->linksNear(QRectF(onLine, QSizeF(1, 1))).contains(item));
    m_scene->selectIds({link});
    QVERIFY(item->isSelected());
    QCOMPARE(m_scene->selectedIds(), EntityIds{link});

    const QLineF before = item->line();
    QVERIFY(m_doc->moveEntities({m_ids.webH}, QPointF(0, 200)).ok());
    QVERIFY(item->line() != before);
    QVERIFY(inItsBucket(item));
    // Hit where it is now (on its route's first stretch), not where it was.
    const QPointF onRoute = QLineF(item->route().at(0), item->route().at(1)).pointAt(0.5);
    QVERIFY(m_scene->items(onRoute).contains(item));
    QVERIFY(!m_scene->items(onLine).contains(item));
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
    QVERIFY(inItsBucket(attachment));
    // Moving the region far away moves the lines to other buckets, which still contain them.
    const QGraphicsItem *bucketBefore = attachment->parentItem();
    const QGraphicsItem *linkBucketBefore = item->parentItem();
    QVERIFY(m_doc->moveEntities({m_ids.region}, QPointF(5000, 3000)).ok());
    QVERIFY(inItsBucket(attachment));
    QVERIFY(attachment->parentItem() != bucketBefore);
    QVERIFY(inItsBucket(item));
    QVERIFY(item->parentItem() != linkBucketBefore);
    verifyInSync("after move");
}

void tst_DesignScene::cardsAreFiledInBucketsThatCoverThem()
{
    // verifyInSync() checks that every card sits in a bucket of its container that contains it;
    // here, that the buckets follow the cards far, and go when empty.
    const auto bucketOf = [this](EntityId id) {
        return qgraphicsitem_cast<const CardBucket *>(m_scene->itemFor(id)->parentItem());
    };
    const auto cardAt = [this](EntityId id, const QPointF &scenePos) {
        return m_scene->items(scenePos).contains(m_scene->itemFor(id));
    };
    // A card outside any region is in a bucket at the top level, and is hit where it is.
    QVERIFY(bucketOf(m_ids.users));
    QCOMPARE(bucketOf(m_ids.users)->parentItem(), nullptr);
    QVERIFY(cardAt(m_ids.users, m_doc->model().find(m_ids.users)->geometry.center()));
    // The cards of zone H are near each other: one bucket.
    const CardBucket *zoneHBucket = bucketOf(m_ids.webH);
    QCOMPARE(bucketOf(m_ids.cache), zoneHBucket);
    QCOMPARE(bucketOf(m_ids.db), zoneHBucket);
    QCOMPARE(zoneHBucket->parentItem(), m_scene->itemFor(m_ids.zoneH));
    const qsizetype buckets = m_scene->cardBuckets().size();

    // In a tall zone H, web-h moved 2,400 px down leaves for a bucket of its own; the one it
    // left keeps the other cards.
    Document::Result r = m_doc->setGeometry(m_ids.region, QRectF(0, 0, 1480, 3400));
    QVERIFY2(r.ok(), qPrintable(r.error));
    r = m_doc->setGeometry(m_ids.zoneH, QRectF(40, 160, 440, 3000));
    QVERIFY2(r.ok(), qPrintable(r.error));
    verifyInSync("after growing zone H");
    const QRectF web = m_doc->model().find(m_ids.webH)->geometry;
    r = m_doc->moveEntities({m_ids.webH}, QPointF(0, 2400));
    QVERIFY2(r.ok(), qPrintable(r.error));
    verifyInSync("after a long move");
    QVERIFY(bucketOf(m_ids.webH) != zoneHBucket);
    QCOMPARE(bucketOf(m_ids.webH)->parentItem(), m_scene->itemFor(m_ids.zoneH));
    QCOMPARE(bucketOf(m_ids.cache), zoneHBucket);
    QCOMPARE(m_scene->cardBuckets().size(), buckets + 1);
    QVERIFY(cardAt(m_ids.webH, web.center() + QPointF(0, 2400)));
    QVERIFY(!cardAt(m_ids.webH, web.center()));
    // Undone: back with its neighbours; the bucket it used, empty, is gone.
    m_doc->undo();
    verifyInSync("after undo of the long move");
    QCOMPARE(bucketOf(m_ids.webH), zoneHBucket);
    QCOMPARE(m_scene->cardBuckets().size(), buckets);
    QVERIFY(cardAt(m_ids.webH, web.center()));

    // Zone H resized from its top-left: its origin moves, its cards stay where they are on the
    // canvas (their positions in the zone change), still covered.
    r = m_doc->setGeometry(m_ids.zoneH, QRectF(20, 100, 460, 3060));
    QVERIFY2(r.ok(), qPrintable(r.error));
    verifyInSync("after resizing zone H from its top-left");
    QCOMPARE(m_scene->itemFor(m_ids.webH)->scenePos(), web.topLeft());
    m_doc->undo();
    verifyInSync("after undo of the resize");

    // Dragged with the mouse 2,400 px down in 200 px steps: covered by its bucket at every step
    // (Qt repaints a card only inside its bucket), then moved by the model on release.
    m_scene->selectIds({m_ids.webH});
    const QPointF grab = web.center() - QPointF(web.width() / 4, 0);
    mouse(QEvent::MouseButtonPress, grab, Qt::LeftButton, Qt::LeftButton);
    for (int step = 1; step <= 12; ++step) {
        mouse(QEvent::MouseMove, grab + QPointF(0, 200 * step), Qt::NoButton, Qt::LeftButton);
        const QGraphicsItem *item = m_scene->itemFor(m_ids.webH);
        QCOMPARE(item->scenePos(), web.topLeft() + QPointF(0, 200 * step));
        QVERIFY(bucketOf(m_ids.webH));
        QCOMPARE(bucketOf(m_ids.webH)->parentItem(), m_scene->itemFor(m_ids.zoneH));
        QVERIFY(bucketOf(m_ids.webH)
                        ->boundingRect()
                        .contains(item->mapRectToParent(item->boundingRect())));
    }
    mouse(QEvent::MouseButtonRelease, grab + QPointF(0, 2400), Qt::LeftButton, Qt::NoButton);
    QCOMPARE(m_doc->model().find(m_ids.webH)->geometry, web.translated(0, 2400));
    verifyInSync("after a long drag");
    QCOMPARE(m_scene->cardBuckets().size(), buckets + 1);

    // Removed alone in its bucket: the bucket goes with it, and comes back with the undo.
    r = m_doc->removeEntities({m_ids.webH});
    QVERIFY2(r.ok(), qPrintable(r.error));
    verifyInSync("after removing web-h");
    QCOMPARE(m_scene->cardBuckets().size(), buckets);
    m_doc->undo();
    verifyInSync("after undo of the removal");
    QCOMPARE(m_scene->cardBuckets().size(), buckets + 1);
    // Removing zone H takes its cards and its buckets.
    r = m_doc->removeEntities({m_ids.zoneH});
    QVERIFY2(r.ok(), qPrintable(r.error));
    verifyInSync("after removing zone H");
    QCOMPARE(m_scene->cardBuckets().size(), buckets - 1);
    m_doc->undo();
    verifyInSync("after undo of the zone's removal");
    QCOMPARE(m_scene->cardBuckets().size(), buckets + 1);
}

QTEST_MAIN(tst_DesignScene)
#include "tst_designscene.moc"
