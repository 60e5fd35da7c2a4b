#include "designscene.h"

#include "containeritem.h"
#include "entityfigures.h"
#include "linkitem.h"
#include "linkslayer.h"
#include "nodeitem.h"
#include "overviewlayer.h"
#include "spanchipitem.h"

#include "metrics/metricsengine.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QPalette>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace ecsplan {

namespace {

EntityId idOf(const QGraphicsItem *item)
{
    if (!item)
        return EntityId::None;
    switch (item->type()) {
    case NodeItem::Type:
        return static_cast<const NodeItem *>(item)->id();
    case ContainerItem::Type:
        return static_cast<const ContainerItem *>(item)->id();
    case LinkItem::Type:
        return static_cast<const LinkItem *>(item)->id();
    default:
        return EntityId::None;
    }
}

void sortIds(EntityIds &ids)
{
    std::sort(ids.begin(), ids.end(), [](EntityId a, EntityId b) { return toUInt(a) < toUInt(b); });
}

} // namespace

DesignScene::DesignScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_style(CanvasStyle::fromPalette(palette()))
{
    setItemIndexMethod(BspTreeIndex);
    // Qt picks depth log2(items) (15 for 30,000): a long link then sits in thousands of
    // leaves and a fit-to-view frame visits millions of leaf entries (~250 ms). 64 leaves keep
    // hit tests cheap (a few hundred bounding rects per leaf) and the walk at ~1 ms.
    setBspTreeDepth(6);
    m_routingTimer = new QTimer(this);
    m_routingTimer->setSingleShot(true);
    m_routingTimer->setInterval(0);
    connect(m_routingTimer, &QTimer::timeout, this, [this] { routeWaitingLinks(SliceMs); });
    connect(document, &Document::changed, this, &DesignScene::onDocumentChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &DesignScene::onSelectionChanged);
    rebuild();
}

DesignScene::~DesignScene()
{
    // Items die with the base class, which emits selectionChanged after this object's part is
    // gone: cut the connections first so no slot of a half-destroyed scene is called.
    m_blockSelection = true;
    disconnect(this, nullptr, this, nullptr);
    clear();
}

void DesignScene::setMetricsEngine(MetricsEngine *engine)
{
    if (m_engine == engine)
        return;
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (m_engine)
        connect(m_engine, &MetricsEngine::metricsChanged, this, &DesignScene::onMetricsChanged);
    syncItems(m_document->model().ids());
}

EntityIds DesignScene::selectedIds() const
{
    EntityIds ids;
    const QList<QGraphicsItem *> items = selectedItems();
    for (QGraphicsItem *item : items) {
        const EntityId id = idOf(item);
        if (isValid(id))
            ids << id;
    }
    sortIds(ids);
    return ids;
}

void DesignScene::selectIds(const EntityIds &ids)
{
    m_blockSelection = true;
    clearSelection();
    for (EntityId id : ids) {
        if (QGraphicsItem *item = m_items.value(id))
            item->setSelected(true);
    }
    m_blockSelection = false;
    onSelectionChanged();
}

QGraphicsItem *DesignScene::itemFor(EntityId id) const
{
    return m_items.value(id);
}

void DesignScene::setGreyedOut(const EntityIds &ids)
{
    EntityIds touched(m_greyed.cbegin(), m_greyed.cend());
    m_greyed = QSet<EntityId>(ids.cbegin(), ids.cend());
    touched << ids;
    // The links of what was and what now is greyed out fade with their ends. Collected apart:
    // appending to `touched` while iterating it would read freed memory when it reallocates.
    EntityIds links;
    for (EntityId id : std::as_const(touched))
        links << m_document->model().linksOf(id);
    touched << links;
    applyDecorations(touched);
}

void DesignScene::setBadges(const SeverityByEntity &severities)
{
    EntityIds touched = m_badges.keys();
    m_badges = severities;
    touched << severities.keys();
    applyDecorations(touched);
}

void DesignScene::updateBadges(const SeverityByEntity &severities, const EntityIds &changed)
{
    for (EntityId id : changed) {
        if (const auto it = severities.constFind(id); it != severities.cend())
            m_badges.insert(id, *it);
        else
            m_badges.remove(id);
    }
    applyDecorations(changed);
}

void DesignScene::setToolTipNotes(const QHash<EntityId, QString> &notes)
{
    EntityIds touched = m_notes.keys();
    m_notes = notes;
    touched << notes.keys();
    for (EntityId id : std::as_const(touched))
        syncItem(id); // drops the built tooltip; the next one is built with the note
}

void DesignScene::applyDecorations(const EntityIds &ids)
{
    const Model &model = m_document->model();
    for (EntityId id : ids) {
        QGraphicsItem *item = m_items.value(id);
        if (!item)
            continue;
        bool faded = m_greyed.contains(id);
        if (const Entity *e = model.find(id); e && e->isLink())
            faded = m_greyed.contains(e->link.from) || m_greyed.contains(e->link.to);
        item->setOpacity(faded ? 0.28 : 1.0);
        const auto badge = m_badges.constFind(id);
        const std::optional<Severity> severity
                = badge == m_badges.cend() ? std::nullopt : std::optional<Severity>(*badge);
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            node->setBadge(severity);
        else if (auto *container = qgraphicsitem_cast<ContainerItem *>(item))
            container->setBadge(severity);
    }
}

void DesignScene::setSnapToGrid(bool on)
{
    m_snap = on;
    update();
}

void DesignScene::setItemCaching(bool on)
{
    if (m_caching == on)
        return;
    m_caching = on;
    for (QGraphicsItem *item : std::as_const(m_items)) {
        if (item->type() == NodeItem::Type)
            item->setCacheMode(on ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
    }
}

void DesignScene::setOverview(bool on)
{
    if (m_overview == on)
        return;
    m_overview = on;
    for (NodeItem *node : std::as_const(m_nodes))
        node->setFlag(QGraphicsItem::ItemHasNoContents, on);
    m_overviewLayer->setActive(on);
    for (const QList<SpanChipItem *> &chips : std::as_const(m_spanChips))
        for (SpanChipItem *chip : chips)
            chip->setVisible(!on);
}

bool DesignScene::overview() const
{
    return m_overview;
}

void DesignScene::overviewChanged(const QRectF &sceneRect)
{
    if (m_overviewLayer)
        m_overviewLayer->invalidate(sceneRect);
}

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

constexpr qreal CardCell = 512; ///< scene units per cell of the card grid
qint64 cellKey(qint64 column, qint64 row)
{
    return (column << 32) ^ (row & 0xffffffff);
}
} // namespace

void DesignScene::placeCard(NodeItem *node)
{
    unplaceCard(node);
    if (!node->isVisible())
        return;
    const QRectF r = node->sceneBoundingRect();
    const QRectF card = node->cardSceneRect();
    CardPlace &place = m_cardPlaces[node];
    place.rect = r;
    for (qint64 c = qint64(std::floor(r.left() / CardCell));
         c <= qint64(std::floor(r.right() / CardCell)); ++c)
        for (qint64 row = qint64(std::floor(r.top() / CardCell));
             row <= qint64(std::floor(r.bottom() / CardCell)); ++row) {
            m_cardCells[cellKey(c, row)].append(CellCard{node, r, card});
            place.cells << cellKey(c, row);
        }
}

void DesignScene::unplaceCard(NodeItem *node)
{
    const auto it = m_cardPlaces.find(node);
    if (it == m_cardPlaces.end())
        return;
    for (qint64 key : std::as_const(it->cells)) {
        auto cell = m_cardCells.find(key);
        if (cell != m_cardCells.end()) {
            cell->removeIf([node](const CellCard &entry) { return entry.node == node; });
            if (cell->isEmpty())
                m_cardCells.erase(cell);
        }
    }
    m_cardPlaces.erase(it);
}

QList<QRectF> DesignScene::cardRectsIn(const QRectF &area, EntityId a, EntityId b, int limit) const
{
    // The cards whose bounding rectangle intersects `area`, from the card grid (placeCard):
    // asking the scene's index instead costs a walk over every item in a large area, and
    // links across zones or regions span most of the canvas (quadratic at open).
    QList<QRectF> rects;
    const qint64 left = qint64(std::floor(area.left() / CardCell));
    const qint64 right = qint64(std::floor(area.right() / CardCell));
    const qint64 top = qint64(std::floor(area.top() / CardCell));
    const qint64 bottom = qint64(std::floor(area.bottom() / CardCell));
    const bool fewCells = (right - left + 1) * (bottom - top + 1) <= 4 * m_cardCells.size();
    const auto consider = [&](const NodeItem *node, const QRectF &bounds, const QRectF &card) {
        if (node->id() == a || node->id() == b || !bounds.intersects(area))
            return true;
        if (rects.size() >= limit)
            return false;
        rects << card;
        return true;
    };
    if (fewCells) {
        for (qint64 c = left; c <= right; ++c)
            for (qint64 row = top; row <= bottom; ++row) {
                const auto cell = m_cardCells.constFind(cellKey(c, row));
                if (cell == m_cardCells.cend())
                    continue;
                for (const CellCard &entry : *cell) {
                    // A card in several cells counts once: in the first of them the search
                    // visits, the cell of the top-left corner of its overlap with the area.
                    const QRectF &r = entry.bounds;
                    if (qint64(std::floor(std::max(r.left(), area.left()) / CardCell)) != c
                        || qint64(std::floor(std::max(r.top(), area.top()) / CardCell)) != row)
                        continue;
                    if (!consider(entry.node, r, entry.card))
                        return {};
                }
            }
    } else {
        for (auto it = m_cardPlaces.cbegin(); it != m_cardPlaces.cend(); ++it)
            if (!consider(it.key(), it->rect, it.key()->cardSceneRect()))
                return {};
    }
    return rects;
}

void DesignScene::setConnectMode(bool on)
{
    m_connectMode = on;
}

QRectF DesignScene::contentsRect() const
{
    QRectF r;
    for (const Entity &e : m_document->model().entities()) {
        if (!e.isLink())
            r = r.isNull() ? e.geometry : r.united(e.geometry);
    }
    return r;
}

QRectF DesignScene::endRect(EntityId id) const
{
    QGraphicsItem *item = m_items.value(id);
    if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
        return node->cardSceneRect();
    if (auto *container = qgraphicsitem_cast<ContainerItem *>(item)) {
        const Entity *e = m_document->model().find(id);
        return e ? QRectF(container->scenePos(), e->geometry.size()) : QRectF();
    }
    return {};
}

// --- model → items ------------------------------------------------------------------------------

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
    syncAllSpans();
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
            if (!m_caching)
                node->setCacheMode(QGraphicsItem::NoCache);
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

void DesignScene::syncAttachment(EntityId disk)
{
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

void DesignScene::onSelectionChanged()
{
    if (m_blockSelection)
        return;
    updateSpanConnectors();
    emit selectedIdsChanged(selectedIds());
}

void DesignScene::prepareToolTip(EntityId id)
{
    syncItem(id, true);
    if (auto *link = qgraphicsitem_cast<LinkItem *>(m_items.value(id)))
        link->adjust();
}

EntityFigures DesignScene::textFigures(EntityId id) const
{
    const Model &model = m_document->model();
    const Entity *e = model.find(id);
    return e ? EntityFigures::of(model, m_engine, *e, false) : EntityFigures();
}

qreal DesignScene::bodyTextWidth(const QString &text) const
{
    if (const auto it = m_bodyTextWidths.constFind(text); it != m_bodyTextWidths.cend())
        return *it;
    if (m_bodyTextWidths.size() > 20000)
        m_bodyTextWidths.clear(); // a bound, not a policy: labels repeat far more than this
    const qreal width = QFontMetricsF(m_style.bodyFont).horizontalAdvance(text);
    m_bodyTextWidths.insert(text, width);
    return width;
}

qreal DesignScene::bodyTextHeight() const
{
    return QFontMetricsF(m_style.bodyFont).height();
}

void DesignScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // Items are synced without the explanations (the engine would explain every entity of the
    // design); the item a tooltip is about to show for gets them now.
    const auto *view
            = event->widget() ? qobject_cast<QGraphicsView *>(event->widget()->parent()) : nullptr;
    const QList<QGraphicsItem *> here
            = items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder,
                    view ? view->viewportTransform() : QTransform());
    for (QGraphicsItem *item : here) {
        EntityId id = EntityId::None;
        if (const auto *node = qgraphicsitem_cast<NodeItem *>(item))
            id = node->id();
        else if (const auto *link = qgraphicsitem_cast<LinkItem *>(item))
            id = link->id();
        else if (const auto *container = qgraphicsitem_cast<ContainerItem *>(item))
            id = container->id();
        else if (auto *chip = qgraphicsitem_cast<SpanChipItem *>(item)) {
            chip->prepareToolTip();
            break;
        }
        if (isValid(id) && m_items.value(id) == item) {
            prepareToolTip(id);
            break;
        }
    }
    QGraphicsScene::helpEvent(event);
}

bool DesignScene::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_style = CanvasStyle::fromPalette(palette());
        m_bodyTextWidths.clear();
        const QList<QGraphicsItem *> all = items();
        for (QGraphicsItem *item : all)
            item->update();
        update();
    }
    return QGraphicsScene::event(event);
}

void DesignScene::emitStatus(const QString &text)
{
    m_lastStatus = text;
    emit statusMessage(text);
}

} // namespace ecsplan
