// DesignScene: following the document and the metrics — items made, removed and synced,
// the scene rect kept around the design.
#include "designscene.h"

#include "containeritem.h"
#include "entityfigures.h"
#include "linkitem.h"
#include "linkslayer.h"
#include "nodeitem.h"
#include "overviewlayer.h"
#include "spanchipitem.h"

#include "metrics/metricsengine.h"

#include <QGraphicsLineItem>
#include <QGraphicsView>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ecsplan {

namespace {

/** `area` with room to grow around it (an edit rarely changes the scene rect, and each change
 * re-indexes every item). */
QRectF withRoom(const QRectF &area)
{
    const qreal dx = std::max<qreal>(area.width() / 4, 2000);
    const qreal dy = std::max<qreal>(area.height() / 4, 2000);
    return area.adjusted(-dx, -dy, dx, dy);
}

/** Above this many entities a sync repaints the whole scene (see syncItems()). */
constexpr qsizetype WholeSceneUpdate = 1000;

} // namespace

void DesignScene::onDocumentChanged(const ChangeEvent &change)
{
    switch (change.type) {
    case ChangeEvent::Type::Reset:
        rebuild();
        break;
    case ChangeEvent::Type::Added: {
        createItems(change.ids);
        // A zone coming back (undo of a removal) may be spanned by groups that already exist.
        const Model &model = m_document->model();
        const bool zoneAdded
                = std::any_of(change.ids.cbegin(), change.ids.cend(), [&model](EntityId id) {
                      const Entity *e = model.find(id);
                      return e && e->kind == EntityKind::Zone;
                  });
        if (zoneAdded)
            syncAllSpans();
        else
            syncSpans(change.ids);
        break;
    }
    case ChangeEvent::Type::AboutToBeRemoved:
        forgetSpanChipsIn(change.ids);
        removeItems(change.ids);
        break;
    case ChangeEvent::Type::Removed:
        if (std::exchange(m_spanResyncPending, false))
            syncAllSpans();
        onSelectionChanged();
        break;
    case ChangeEvent::Type::Changed: {
        const Model &model = m_document->model();
        if (change.touches(Property::Parent)) {
            for (EntityId id : change.ids) {
                const Entity *e = model.find(id);
                QGraphicsItem *item = m_items.value(id);
                if (!e || !item || e->isLink())
                    continue;
                // In its new container's coordinates after the sync below, which re-files it.
                if (item->type() == NodeItem::Type)
                    m_cardBuckets.file(item, m_items.value(e->parent), this);
                else
                    item->setParentItem(m_items.value(e->parent));
            }
        }
        syncItems(change.ids);
        // Groups re-create their chips (zones, parent, name, sizes, position); zones re-lay theirs.
        EntityIds groups;
        for (EntityId id : change.ids) {
            const Entity *e = model.find(id);
            if (e && e->kind == EntityKind::Zone)
                layoutSpanChips(id);
            else if (e && !e->isLink() && !e->isContainer())
                groups << id;
        }
        syncSpans(groups);
        break;
    }
    case ChangeEvent::Type::SettingsChanged:
        syncItems(m_document->model().ids());
        break;
    }
}

void DesignScene::onMetricsChanged(const EntityIds &ids)
{
    syncItems(ids);
    // Subtotals: the regions' and zones' own figures. Not syncItems: metrics never move a
    // frame, so their content needs no re-sync (that re-synced every card at each flush).
    const Model &model = m_document->model();
    for (EntityKind kind : {EntityKind::Region, EntityKind::Zone})
        for (EntityId id : model.ids(kind))
            syncItem(id);
}

void DesignScene::rebuild()
{
    m_blockSelection = true;
    m_connectLine = nullptr; // clear() deletes it
    m_connectTarget = nullptr;
    m_connectFrom = EntityId::None;
    clear();
    m_items.clear();
    m_waitingLinks.clear();
    m_waitingNext = 0;
    m_waiting.clear();
    m_routingTimer->stop();
    m_attachments.clear();
    m_nodes.clear();
    m_containers.clear();
    m_spanChips.clear(); // deleted by clear() with their zones
    m_cardCells.clear();
    m_cardPlaces.clear();
    m_spanResyncPending = false;
    m_spanChipsPending = false;
    // The disks' attachment lines are drawn from LinksLayer::LineDetail (25 %) up, not on the
    // overview a large design opens at: made when first needed, as the span chips below.
    m_attachmentsPending = true;
    createLayers();
    // The links reach about as far as the design: their layer covers it before they are added,
    // so routing them seldom grows it (each growth re-indexes every link and attachment).
    QRectF extent;
    for (const Entity &e : m_document->model().entities()) {
        if (!e.isLink())
            extent |= e.geometry;
    }
    m_linksLayer->cover(extent);
    // An explicit scene rect: without one, Qt re-measures every item (itemsBoundingRect) after
    // any event-loop turn in which an item's geometry changed: ~3 ms at 50,000 components,
    // for each drag frame and each slice of background routing. It grows with the content.
    // Set here, not through coverSceneRect(): without an explicit rect sceneRect() is the
    // items' bounds, which the links layer already covers, so it would never be set.
    setSceneRect(withRoom(extent.isEmpty() ? QRectF(0, 0, 1600, 1000) : extent));
    m_blockSelection = false;
    createItems(m_document->model().ids());
    // The zone-span chips are made once the overview is off (hidden on it, and a large design
    // is fitted into one right after this): from the event loop, when the overview turns off
    // or when asked for (ensureSpanChips).
    m_spanChipsPending = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_overview) {
                    ensureAttachments();
                    ensureSpanChips();
                }
            },
            Qt::QueuedConnection);
    emit selectedIdsChanged({});
}

void DesignScene::createLayers()
{
    m_linksLayer = new LinksLayer;
    addItem(m_linksLayer);
    m_overviewLayer = new OverviewLayer;
    addItem(m_overviewLayer);
    m_overviewLayer->setActive(m_overview);
}

void DesignScene::createItems(const EntityIds &ids)
{
    const Model &model = m_document->model();
    EntityIds created;
    for (EntityId id : ids) {
        const Entity *e = model.find(id);
        if (!e || m_items.contains(id))
            continue;
        QGraphicsItem *item = nullptr;
        if (e->isContainer()) {
            auto *container = new ContainerItem(id);
            m_containers << container;
            item = container;
        } else if (e->isLink()) {
            auto *link = new LinkItem(id);
            link->setLayer(m_linksLayer);
            item = link;
        } else {
            auto *node = new NodeItem(id);
            node->setFlag(QGraphicsItem::ItemHasNoContents, m_overview);
            m_nodes.insert(node);
            item = node;
        }
        m_items.insert(id, item);
        created << id;
    }
    // Parents first, then add the top-level items (which brings their children along). Cards
    // are filed into their container's buckets when synced (syncItem), where they are: filed at
    // the origin first, each would then move out of one crowded bucket.
    for (EntityId id : std::as_const(created)) {
        const Entity *e = model.find(id);
        if (e->isContainer())
            if (QGraphicsItem *parent = m_items.value(e->parent))
                m_items.value(id)->setParentItem(parent);
    }
    for (EntityId id : std::as_const(created)) {
        QGraphicsItem *item = m_items.value(id);
        if (!item->scene() && item->type() != NodeItem::Type)
            addItem(item->topLevelItem());
    }
    syncItems(created);
    EntityIds decorate = created;
    applyDecorations(decorate);
}

void DesignScene::removeItems(const EntityIds &ids)
{
    const Model &model = m_document->model();
    QSet<QGraphicsItem *> doomed;
    for (EntityId id : ids) {
        m_waiting.remove(id);
        if (QGraphicsItem *item = m_items.take(id)) {
            doomed.insert(item);
            if (item->type() == NodeItem::Type) {
                m_nodes.remove(static_cast<NodeItem *>(item));
                unplaceCard(static_cast<NodeItem *>(item));
            } else if (item->type() == ContainerItem::Type)
                m_containers.removeOne(static_cast<ContainerItem *>(item));
        }
        delete m_attachments.take(id);
        for (EntityId disk : model.disksAttachedTo(id))
            delete m_attachments.take(disk);
    }
    if (doomed.isEmpty())
        return;
    if (m_connectTarget && doomed.contains(m_connectTarget))
        m_connectTarget = nullptr;
    if (ids.contains(m_dragId))
        m_dragId = EntityId::None;
    // Children that survive (should not happen: removal takes a container's content) go to
    // the top level; then delete only the topmost doomed items, children die with them (a
    // container's buckets with it). A doomed card whose container stays leaves its bucket.
    for (QGraphicsItem *item : std::as_const(doomed)) {
        if (item->type() == NodeItem::Type) {
            if (!doomed.contains(CardBuckets::containerOf(item)))
                m_cardBuckets.unfile(item);
            continue;
        }
        const QList<QGraphicsItem *> children = item->childItems();
        for (QGraphicsItem *child : children) {
            if (child->type() == CardBucket::Type) {
                const QList<QGraphicsItem *> cards = child->childItems();
                for (QGraphicsItem *card : cards)
                    if (!doomed.contains(card))
                        m_cardBuckets.file(card, nullptr, this);
            } else if (!doomed.contains(child)) {
                child->setParentItem(nullptr);
            }
        }
    }
    QList<QGraphicsItem *> roots;
    for (QGraphicsItem *item : std::as_const(doomed)) {
        if (!doomed.contains(CardBuckets::containerOf(item)))
            roots << item;
    }
    m_blockSelection = true;
    qDeleteAll(roots);
    m_blockSelection = false;
    overviewChanged(QRectF());
}

void DesignScene::syncItems(const EntityIds &ids)
{
    const Model &model = m_document->model();
    QSet<EntityId> done;
    QSet<EntityId> movedOnce;
    EntityIds moved;
    EntityIds links;
    auto syncOnce = [&](EntityId id) {
        if (done.contains(id))
            return;
        done.insert(id);
        syncItem(id);
    };
    auto move = [&](EntityId id) {
        if (!movedOnce.contains(id)) {
            movedOnce.insert(id);
            moved << id;
        }
    };
    // The items' own position changes (itemMoved) would place cards and route links one item
    // at a time, before the cards they route around are in place; the batch does it once below.
    ++m_syncDepth;
    for (EntityId id : ids) {
        const Entity *e = model.find(id);
        if (!e)
            continue;
        if (e->isLink()) {
            links << id;
            continue;
        }
        syncOnce(id);
        move(id);
        if (e->isContainer()) {
            // A resized or moved frame changes its children's local positions.
            for (EntityId child : model.childrenOf(id)) {
                syncOnce(child);
                move(child);
            }
            for (EntityId d : model.descendantsOf(id))
                move(d);
        }
    }
    for (EntityId id : std::as_const(links))
        syncOnce(id);
    --m_syncDepth;
    placeCards(moved);
    for (EntityId id : std::as_const(moved)) {
        if (const QGraphicsItem *item = m_items.value(id))
            coverSceneRect(item->sceneBoundingRect());
    }
    // Each link is re-routed once per batch, whether it changed or one of its ends moved.
    adjustLinks(moved, links);
    // A large batch (opening, the first metrics) repaints the whole scene: Qt then only resets
    // the items' dirty state, where it would keep each item's painted rectangle per view (a
    // hash of ~1.3 KB per item: 52 MiB at 50,000 components).
    if (ids.size() > WholeSceneUpdate)
        update();
}

void DesignScene::coverSceneRect(const QRectF &area)
{
    const QRectF current = sceneRect();
    if (current.contains(area))
        return;
    setSceneRect(withRoom(current.united(area)));
}

void DesignScene::placeCards(const EntityIds &ids)
{
    for (EntityId id : ids) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(m_items.value(id)))
            placeCard(node);
    }
}

void DesignScene::syncItem(EntityId id, bool explain)
{
    const Model &model = m_document->model();
    const Entity *e = model.find(id);
    QGraphicsItem *item = m_items.value(id);
    if (!e || !item)
        return;
    // A card's text is made when it is painted with it, a link's label when it is routed
    // (textFigures()).
    const bool text
            = e->isContainer() || (e->isLink() && static_cast<const LinkItem *>(item)->isRouted());
    const EntityFigures figures = EntityFigures::of(model, m_engine, *e, explain, text);
    if (e->isLink()) {
        static_cast<LinkItem *>(item)->sync(*e, figures);
        return;
    }
    const Entity *parent = model.find(e->parent);
    QGraphicsItem *container = parent ? m_items.value(e->parent) : nullptr;
    const QPointF origin = container ? parent->geometry.topLeft() : QPointF();
    if (e->isContainer())
        static_cast<ContainerItem *>(item)->sync(*e, figures, origin);
    else {
        auto *node = static_cast<NodeItem *>(item);
        node->sync(*e, figures, origin);
        m_cardBuckets.file(node, container, this); // new, moved, resized or in a new container
        overviewChanged(node->cardSceneRect());
    }
    if (e->kind == EntityKind::Disk)
        syncAttachment(id);
    if (!item->toolTip().isEmpty()) {
        if (const auto note = m_notes.constFind(id); note != m_notes.cend())
            item->setToolTip(item->toolTip() + QStringLiteral("<hr>") + *note);
    }
}

void DesignScene::ensureAttachments()
{
    if (!std::exchange(m_attachmentsPending, false))
        return;
    for (EntityId disk : m_document->model().ids(EntityKind::Disk))
        syncAttachment(disk);
}

void DesignScene::syncAttachment(EntityId disk)
{
    if (m_attachmentsPending)
        return; // all of them are made when needed (ensureAttachments)
    const Entity *e = m_document->model().find(disk);
    const EntityId target = e ? e->disk.attachedTo : EntityId::None;
    AttachmentItem *item = m_attachments.value(disk);
    if (!isValid(target) || !m_items.contains(target)) {
        delete m_attachments.take(disk);
        return;
    }
    if (!item) {
        item = new AttachmentItem(disk, target);
        item->setLayer(m_linksLayer);
        m_attachments.insert(disk, item);
    }
    item->setCompute(target);
    item->adjust();
}

void DesignScene::itemMoved(EntityId id)
{
    const Entity *e = m_document->model().find(id);
    if (!e)
        return;
    QGraphicsItem *item = m_items.value(id);
    if (item && item->type() == NodeItem::Type)
        m_cardBuckets.file(item, CardBuckets::containerOf(item), this); // a drag, or a sync
    if (m_syncDepth == 0) {
        EntityIds nodes{id};
        if (e->isContainer())
            nodes << m_document->model().descendantsOf(id);
        placeCards(nodes);
        adjustLinks(nodes);
    }
    if (item)
        overviewChanged(item->sceneBoundingRect());
}

} // namespace ecsplan
