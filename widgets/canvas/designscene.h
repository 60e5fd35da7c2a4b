#pragma once

#include "canvasstyle.h"
#include "cardbucket.h"
#include "model/document.h"
#include "rules/finding.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

QT_BEGIN_NAMESPACE
class QGraphicsLineItem;
class QTimer;
QT_END_NAMESPACE

namespace ecsplan {

class AttachmentItem;
class ContainerItem;
struct EntityFigures;
class LinksLayer;
class MetricsEngine;
class NodeItem;
class OverviewLayer;
class SpanChipItem;

/**
 * The topology canvas's scene: a view of a Document (Tiled / QtNodes style).
 *
 * Items are keyed by EntityId and are created, synced and destroyed only in response to
 * Document::changed. Items never write the model; the scene turns gestures into one document
 * verb each:
 *  - move (commit on release): Document::moveEntities(selected, delta). It reparents into the
 *    container under a node's centre or refuses; a refusal is shown with statusMessage and the
 *    items snap back to the model.
 *  - resize a region/zone with its handles: Document::setGeometry.
 *  - drop from the palette (MIME "application/x-ecsplan-component"): Document::containerAt +
 *    Document::addEntity; invalid places are refused with the reason.
 *  - connect (drag from a card's right-edge connector, or any card in connect mode):
 *    Document::connect; a disk dropped on instances (or the reverse) sets Property::AttachedTo.
 *
 * Item tree: zone items are children of their region item, component cards children of a
 * CardBucket of their container item (the top level's for cards outside any region), so moving a
 * container drags its content and Qt walks only the buckets in view or with changed cards
 * (CardBuckets::containerOf() is a card's container). Links and disk attachments are
 * filed by area under the LinkBucket items of one LinksLayer stacked above (itemtypes.h
 * CanvasZ), which paints the links in one batch. Scene coordinates equal model geometry.
 *
 * Painting at scale: below OverviewZoom the view turns on overview mode: the cards stop
 * painting themselves (ItemHasNoContents, still hit-testable and selectable) and one
 * OverviewLayer draws them all as boxes.
 *
 * Zone spans: a scaling group or load balancer spanning zones gets a SpanChipItem ghost in each
 * spanned zone other than its own (designscenespans.cpp), re-laid on changes of the group or zone.
 *
 * Live numbers: with a MetricsEngine set, figures are re-read on its metricsChanged (after each
 * flush), never computed by the scene.
 */
class DesignScene : public QGraphicsScene
{
    Q_OBJECT

public:
    static constexpr qreal GridSize = 20; ///< scene units (px at 100 %)
    /** Below this view scale cards are plain boxes (NodeItem's own low detail starts here too). */
    static constexpr double OverviewZoom = 0.2;

    explicit DesignScene(Document *document, QObject *parent = nullptr);
    ~DesignScene() override;

    /** May be null; numbers appear after each flush (metricsChanged). Not owned. */
    void setMetricsEngine(MetricsEngine *engine);
    MetricsEngine *metricsEngine() const { return m_engine; }
    Document *document() const { return m_document; }

    /** Selected entity ids, ascending. */
    EntityIds selectedIds() const;
    /** Replaces the selection; emits selectedIdsChanged once. */
    void selectIds(const EntityIds &ids);
    /** The item of a node, container or link (null for unknown ids). */
    QGraphicsItem *itemFor(EntityId id) const;
    /**
     * Items carry no tooltip until one is about to show (helpEvent): this builds the item's,
     * with the metrics engine's explanation. For tests and for helpEvent.
     */
    void prepareToolTip(EntityId id);
    /**
     * An entity's figures with its type and metric lines. Cards are synced without them and
     * ask when they are first painted with text (NodeItem), links when they are first routed
     * (LinkItem, the label): not for each of 50,000 items at the open.
     */
    EntityFigures textFigures(EntityId id) const;
    /**
     * The dashed attachment line of a disk, or null when it is not attached. After a rebuild
     * the lines are made when first needed, as the span chips (spanChips()), or here.
     */
    AttachmentItem *attachmentFor(EntityId disk) const;
    /** Number of entity items (nodes + containers + links). */
    int entityItemCount() const { return int(m_items.size()); }

    /** What-if zone failure drill: these entities (and links touching them) are drawn faded. */
    void setGreyedOut(const EntityIds &ids);
    /** The finding badge of each entity (none when absent). Replaces all badges. */
    void setBadges(const ecsplan::SeverityByEntity &severities);
    /**
     * Takes the badges of `changed` from `severities` (FindingsDock::badgesChanged) and
     * redraws only their items: an edit's badges cost the same on any design size.
     */
    void updateBadges(const ecsplan::SeverityByEntity &severities,
                      const ecsplan::EntityIds &changed);
    /** The badges drawn: every entity's worst severity (setBadges / updateBadges). */
    const SeverityByEntity &badges() const { return m_badges; }
    /**
     * Rich text appended to the tooltips of these entities' items (a comparison's "changed
     * since": ComparisonOverlay::notes()). Replaces all notes; empty: none.
     */
    void setToolTipNotes(const QHash<ecsplan::EntityId, QString> &notes);
    QString toolTipNote(EntityId id) const { return m_notes.value(id); }

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on);
    /** In connect mode a drag from anywhere on a card draws a link. */
    bool connectMode() const { return m_connectMode; }
    void setConnectMode(bool on);

    /**
     * Device-coordinate caching of the cards pays off when they show text; on an overview
     * (below ~35 % they are plain boxes) the per-item pixmaps cost more than they save. The view
     * turns it off and on as the zoom crosses that threshold. A card takes its cache when it
     * paints while caching is on (cards never painted with detail cost no cache); off drops them.
     */
    void setItemCaching(bool on);
    bool itemCaching() const { return m_caching; }
    /** Overview mode: one layer paints every card as a box (see the class comment). Off by default.
     */
    void setOverview(bool on);
    bool overview() const;

    /** Ghost chips of a zone-spanning group, one per spanned zone other than its own (may be
     * empty). After a rebuild the chips are made when first needed: from the event loop unless
     * the overview (where they are hidden) is on, when it turns off, or here. */
    QList<SpanChipItem *> spanChips(EntityId group) const;

    /**
     * Background routing, for the scene a DesignView shows. A batch that brings more than
     * BackgroundRoutingAbove links never routed yet (opening or pasting a large design) leaves
     * them waiting, with no geometry, and routes them in slices of about SliceMs from the event
     * loop, in the order a synchronous batch would: the window shows the design at once, and a
     * large design opens at a zoom that hides links. The view finishes the rest before it paints
     * links (finishLinkRouting()). Off (every link routed in its batch) by default.
     */
    void setBackgroundRouting(bool on);
    bool backgroundRouting() const { return m_backgroundRouting; }
    static constexpr int BackgroundRoutingAbove = 500;
    static constexpr int SliceMs = 25;
    /** Number of links waiting to be routed (background routing). */
    qsizetype linksWaiting() const { return m_waiting.size(); }
    /** Routes every waiting link now; nothing to do when none waits. */
    void finishLinkRouting();

    /** Union of all node and container geometries (empty design: an empty rect). */
    QRectF contentsRect() const;
    const CanvasStyle &canvasStyle() const { return m_style; }
    /**
     * Width of `text` in the style's body font, remembered (link labels repeat across a design:
     * shaping each once is what opening 50,000 links costs). Cleared when the style changes.
     */
    qreal bodyTextWidth(const QString &text) const;
    qreal bodyTextHeight() const;

    /** Adds a component centred at `scenePos` (what a palette drop does). */
    Document::Result dropComponent(EntityKind kind, EndpointKind endpoint, const QPointF &scenePos);
    /** Links two components, or attaches a disk when one end is a disk and the other compute. */
    Document::Result connectIds(EntityId from, EntityId to);
    /** Why connectIds(from, to) would refuse, or "" (the drag preview shows it before release). */
    QString connectProblem(EntityId from, EntityId to) const;
    /** "Connect "a" to "b"" or "Attach "disk" to "web"": what connectIds(from, to) does. */
    QString connectDescription(EntityId from, EntityId to) const;
    /** Starts a connection from `from`: a dashed line follows the mouse to the next click. */
    void beginConnect(EntityId from, const QPointF &scenePos);
    void updateConnect(const QPointF &scenePos);
    void cancelConnect();
    bool isConnecting() const { return m_connectLine != nullptr; }
    EntityId connectSource() const { return m_connectFrom; }

    // --- called by the items ------------------------------------------------------------------
    /** Snaps a position proposed during a user drag (parent coordinates) to the grid. */
    QPointF snapItemPosition(QGraphicsItem *item, const QPointF &proposed) const;
    QRectF snapRect(const QRectF &sceneRect) const;
    /** `scenePoint` (or an offset) on the grid when snapping is on, as is otherwise. */
    QPointF snapPoint(const QPointF &scenePoint) const;
    /** An item moved (drag feedback): re-route the links and attachments touching it. */
    void itemMoved(EntityId id);
    void requestResize(EntityId id, const QRectF &sceneRect);
    /** Scene rectangle a link attaches to (a card, or a container frame); null if unknown. */
    QRectF endRect(EntityId id) const;
    /**
     * Card rectangles (scene) intersecting `area`, except the cards of `a` and `b`: what a link
     * between a and b routes around. Empty when more than `limit` cards are there (a huge
     * design: its links stay straight rather than cost a search each).
     */
    QList<QRectF> cardRectsIn(const QRectF &area, EntityId a, EntityId b, int limit = 150) const;
    /** Whether `sceneRect` touches the header band of any region or zone (link labels avoid them).
     */
    bool overlapsHeader(const QRectF &sceneRect) const { return !headerAt(sceneRect).isNull(); }
    /** The scene rectangle of a region or zone header band touching `sceneRect`, or a null rect. */
    QRectF headerAt(const QRectF &sceneRect) const;
    /** Every region and zone header band touching `sceneRect` (scene rectangles). */
    QList<QRectF> headersIn(const QRectF &sceneRect) const;
    /** A card changed how it looks on the overview; `sceneRect` is where it now is (may be null).
     */
    void overviewChanged(const QRectF &sceneRect);
    /** The buckets the cards are filed under (tests). */
    const CardBuckets &cardBuckets() const { return m_cardBuckets; }
    /** Calls f(const ContainerItem *) for every region and zone. */
    template<typename F>
    void forEachContainer(F f) const
    {
        for (const ContainerItem *container : m_containers)
            f(container);
    }
    /** Calls f(const NodeItem *) for every card. */
    template<typename F>
    void forEachNode(F f) const
    {
        for (const NodeItem *node : m_nodes)
            f(node);
    }

signals:
    void selectedIdsChanged(const ecsplan::EntityIds &ids);
    void statusMessage(const QString &text);

protected:
    bool event(QEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragLeaveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void onDocumentChanged(const ChangeEvent &change);
    void onMetricsChanged(const EntityIds &ids);
    void onSelectionChanged();
    void rebuild();
    void createLayers();
    void createItems(const EntityIds &ids);
    void removeItems(const EntityIds &ids);
    /** Re-reads entity, figures and position of each id (plus the positions of their children). */
    void syncItems(const EntityIds &ids);
    /** `explain`: with the explanation in the tooltip (helpEvent), else figures only. */
    void syncItem(EntityId id, bool explain = false);
    void syncAttachment(EntityId disk);
    /** Makes every attachment line when they are pending since a rebuild. */
    void ensureAttachments();
    /** The card grid cardRectsIn() reads: (re)places the cards of `ids` (others are skipped). */
    void placeCards(const EntityIds &ids);
    /** Grows the scene rect (explicit, so Qt does not re-measure every item) over `area`. */
    void coverSceneRect(const QRectF &area);
    void placeCard(NodeItem *node);
    void unplaceCard(NodeItem *node);
    /** Re-routes `links` and the links and attachments of `nodes`, each once. */
    void adjustLinks(const EntityIds &nodes, const EntityIds &links = {});
    /** Routes waiting links in order: for about `budgetMs` (< 0: all of them). */
    void routeWaitingLinks(int budgetMs);
    /** While held, headerAt() reads the header bands mapped once (containers do not move). */
    class HeaderCacheHold
    {
    public:
        explicit HeaderCacheHold(DesignScene *scene);
        ~HeaderCacheHold();
        Q_DISABLE_COPY_MOVE(HeaderCacheHold)

    private:
        DesignScene *m_scene;
    };
    void applyDecorations(const EntityIds &ids);
    QString placementProblem(EntityKind kind, const QPointF &scenePos, EntityId *container) const;
    NodeItem *nodeAt(const QPointF &scenePos) const;
    void finishConnect(const QPointF &scenePos);
    void emitStatus(const QString &text);
    // zone spans (designscenespans.cpp)
    static QString spanLabel(const Entity &group, int zoneCount);
    void syncAllSpans();
    void syncSpans(const EntityIds &ids);
    /** Makes every chip when they are pending since a rebuild (m_spanChipsPending). */
    void ensureSpanChips();
    void layoutSpanChips(EntityId zone);
    void updateSpanConnector(SpanChipItem *chip);
    void updateSpanConnectors();
    void forgetSpanChipsIn(const EntityIds &removed);

    Document *m_document;
    MetricsEngine *m_engine = nullptr;
    CanvasStyle m_style;
    mutable QHash<QString, qreal> m_bodyTextWidths;
    QHash<EntityId, QGraphicsItem *> m_items;
    QHash<EntityId, AttachmentItem *> m_attachments; ///< by disk id
    QSet<NodeItem *> m_nodes;
    QVector<ContainerItem *> m_containers;
    CardBuckets m_cardBuckets; ///< alive while ~DesignScene deletes the items (clear())
    LinksLayer *m_linksLayer = nullptr;
    OverviewLayer *m_overviewLayer = nullptr;
    bool m_overview = false;
    QSet<EntityId> m_greyed;
    SeverityByEntity m_badges;
    QHash<EntityId, QString> m_notes;
    bool m_snap = true;
    bool m_caching = true;
    bool m_connectMode = false;
    bool m_blockSelection = false;
    // move gesture (commit on release)
    EntityId m_dragId = EntityId::None;
    QPointF m_dragStart;
    bool m_dragging = false;
    // connect gesture
    EntityId m_connectFrom = EntityId::None;
    QGraphicsLineItem *m_connectLine = nullptr;
    NodeItem *m_connectTarget = nullptr;
    QString m_lastStatus;
    QHash<EntityId, QList<SpanChipItem *>> m_spanChips; ///< by group id
    bool m_spanResyncPending = false;
    /// Since a rebuild the chips are not made (syncSpans does nothing) until ensureSpanChips():
    /// opening 50,000 components at the overview makes none of their 19,230 chips (12 MiB).
    bool m_spanChipsPending = false;
    /// Likewise the attachment lines (syncAttachment does nothing meanwhile): 19,230 at 50k.
    bool m_attachmentsPending = false;
    /// Card grid: the cards by CardCell-sized cells of the scene, kept by placeCards().
    struct CardPlace
    {
        QRectF rect; ///< sceneBoundingRect when placed: the card is in the cells it touches
    };
    /// A card in one cell: where it was placed, so a search reads no item.
    struct CellCard
    {
        NodeItem *node;
        QRectF bounds; ///< sceneBoundingRect when placed
        QRectF card; ///< cardSceneRect when placed
    };
    QHash<qint64, QVector<CellCard>> m_cardCells;
    QHash<NodeItem *, CardPlace> m_cardPlaces;
    /// Inside syncItems: items' own moves leave placing cards and routing links to the batch.
    int m_syncDepth = 0;
    /// Inside adjustLinks: the containers' header bands in scene coordinates (headerAt).
    QVector<QRectF> m_headerCache;
    int m_headerCacheDepth = 0;
    /// Background routing: links not routed yet, in the order they are routed.
    bool m_backgroundRouting = false;
    EntityIds m_waitingLinks;
    qsizetype m_waitingNext = 0; ///< m_waitingLinks before this are done
    QSet<EntityId> m_waiting; ///< the ids from m_waitingNext on, less those removed since
    QTimer *m_routingTimer = nullptr;
};

} // namespace ecsplan
