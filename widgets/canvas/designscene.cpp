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
    if (on)
        return; // each card takes its cache when it next paints (NodeItem::paint)
    for (NodeItem *node : std::as_const(m_nodes)) {
        if (node->cacheMode() != QGraphicsItem::NoCache)
            node->setCacheMode(QGraphicsItem::NoCache);
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
    if (!on) {
        ensureAttachments();
        ensureSpanChips();
    }
}

AttachmentItem *DesignScene::attachmentFor(EntityId disk) const
{
    const_cast<DesignScene *>(this)->ensureAttachments(); // a cache filled when first read
    return m_attachments.value(disk);
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
constexpr qreal CardCell = 512; ///< scene units per cell of the card grid
qint64 cellKey(qint64 column, qint64 row)
{
    return (column << 32) ^ (row & 0xffffffff);
}
/** Calls f(key) for each cell of the card grid that `r` touches (the cells a card is filed in,
 * from its placed bounds: they are not stored, ~60 bytes a card). */
template<typename F>
void forEachCell(const QRectF &r, F f)
{
    for (qint64 c = qint64(std::floor(r.left() / CardCell));
         c <= qint64(std::floor(r.right() / CardCell)); ++c)
        for (qint64 row = qint64(std::floor(r.top() / CardCell));
             row <= qint64(std::floor(r.bottom() / CardCell)); ++row)
            f(cellKey(c, row));
}
} // namespace

void DesignScene::placeCard(NodeItem *node)
{
    unplaceCard(node);
    if (!node->isVisible())
        return;
    const QRectF r = node->sceneBoundingRect();
    const QRectF card = node->cardSceneRect();
    m_cardPlaces.insert(node, CardPlace{r});
    forEachCell(r, [&](qint64 key) { m_cardCells[key].append(CellCard{node, r, card}); });
}

void DesignScene::unplaceCard(NodeItem *node)
{
    const auto it = m_cardPlaces.find(node);
    if (it == m_cardPlaces.end())
        return;
    forEachCell(it->rect, [&](qint64 key) {
        auto cell = m_cardCells.find(key);
        if (cell != m_cardCells.end()) {
            cell->removeIf([node](const CellCard &entry) { return entry.node == node; });
            if (cell->isEmpty())
                m_cardCells.erase(cell);
        }
    });
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
