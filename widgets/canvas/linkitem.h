#pragma once

#include "entityfigures.h"
#include "itemtypes.h"
#include "model/entity.h"

#include <QGraphicsItem>
#include <QPolygonF>
#include <QStaticText>

#include <memory>

namespace ecsplan {

class DesignScene;
class LinksLayer;

/**
 * A traffic link: an arrow from one card's border to the other's, with a pill label (latency +
 * GB/month once the metrics engine has run). The item holds the geometry and answers hit tests
 * (shape(), selection, tooltip) but paints nothing itself (ItemHasNoContents): LinksLayer,
 * which files it under one of its buckets, draws all exposed links in one batch, which is what
 * keeps 20,000 links cheap. Level of detail (LinksLayer): hidden on an overview (< 15 %) unless
 * selected, a hairline below 25 %; the label from 30 %, below 80 % its first two figures in a pill
 * that keeps a readable size on screen.
 *
 * The label sits at the midpoint unless that covers a region or zone header band; then it
 * slides along the line to the nearest free spot. adjust() re-reads the two ends' positions
 * and is called by the scene when a node moves (also during drags, for feedback only); sync()
 * re-reads the entity. Scene coordinates (the layer sits at the origin).
 */
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = LinkItemType };

    explicit LinkItem(EntityId id);
    ~LinkItem() override;

    EntityId id() const { return m_id; }
    EntityId from() const { return m_from; }
    EntityId to() const { return m_to; }
    LinkPath path() const { return m_path; }
    int type() const override { return Type; }

    /**
     * Makes `layer` the one that paints this link and files it under its buckets; null detaches
     * (the layer is going away).
     */
    void setLayer(LinksLayer *layer);
    LinksLayer *layer() const { return m_layer; }

    /** Reads the entity and its figures; the scene re-routes the link (adjust()) after a batch. */
    void sync(const Entity &entity, const EntityFigures &figures);
    /** Recomputes the line and the label position from the end items' current scene rectangles. */
    void adjust();
    /** From the first end to the last (the route's chord). */
    QLineF line() const { return m_line; }
    /** The drawn path: two points when straight, more when it goes around cards. */
    QPolygonF route() const { return m_route; }
    /** Whether adjust() has run since the link was created (until then it draws nothing). */
    bool isRouted() const { return !m_route.isEmpty(); }
    /**
     * A path from the border of `a` to the border of `b` that crosses none of `obstacles`:
     * straight when it can be, else orthogonal with the fewest bends (L, then Z through the gap
     * between the cards, then U around them); straight when nothing fits.
     */
    static QPolygonF routeAround(const QRectF &a, const QRectF &b, const QList<QRectF> &obstacles);
    /** Labels keep clear of each other, of headers and of cards from this zoom up: the lowest
     *  a sample opens with on a 1366x768 laptop is 57 %. */
    static constexpr qreal PlacementZoom = 0.5;
    /** Scene rectangle of the label pill (empty without a label). */
    QRectF labelRect() const;
    /** The label laid out in the body font: at the first call after a sync (when painted). */
    const QStaticText &labelText() const;
    /** The first figures of the label, what the pill shows when zoomed out. */
    const QStaticText &shortLabelText() const;
    QSizeF shortLabelSize() const { return m_shortSize; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    friend class LinksLayer;
    DesignScene *designScene() const;
    /** Sizes the label and its short pill (after a sync; at once when the link is routed). */
    void measure();
    QPointF placeLabel(const QLineF &line, const QList<QRectF> &cards) const;
    /** The room the label centred at `center` takes from PlacementZoom up (full label or pill). */
    QRectF labelRoom(const QPointF &center) const;
    /** Above this many links near a label, other labels are not avoided (an overview). */
    static constexpr int MaxNeighbourLabels = 64;
    /** Where the zoomed-out pill may reach, at its largest (LinksLayer::MaxLabelScale). */
    QRectF zoomedLabelRect(const QPointF &center) const;

    EntityId m_id;
    EntityId m_from = EntityId::None;
    EntityId m_to = EntityId::None;
    LinkPath m_path = LinkPath::Auto;
    LinksLayer *m_layer = nullptr;
    QLineF m_line;
    QPolygonF m_route;
    QPointF m_labelCenter;
    QString m_label;
    QString m_shortLabel;
    QSizeF m_labelSize;
    QSizeF m_shortSize;
    bool m_sizesStale = false; ///< m_labelSize, m_shortSize and m_shortLabel: measure()
    bool m_labelStale = false; ///< m_label too (synced before it was routed)
    /// The label's and the pill's glyph layouts: made in labelText(), when first painted (most
    /// links of a large design are never painted with text; two QStaticTexts each cost 20 MiB
    /// at 47k links).
    struct Texts
    {
        QStaticText label;
        QStaticText shortLabel;
    };
    mutable std::unique_ptr<Texts> m_texts;
    QRectF m_bounds;
    quint32 m_paintStamp = 0; ///< LinksLayer: de-duplicates a link found in several grid cells
};

/**
 * The dashed line between a disk and the instances it is attached to. Not selectable. Filed
 * under a LinkBucket of the LinksLayer (below the layer), so thousands of them do not each cost
 * an entry in the scene's per-frame item search.
 */
class AttachmentItem : public QGraphicsItem
{
public:
    enum { Type = AttachmentItemType };

    AttachmentItem(EntityId disk, EntityId compute);
    EntityId disk() const { return m_disk; }
    EntityId compute() const { return m_compute; }
    void setCompute(EntityId compute) { m_compute = compute; }
    /** Files the line under `layer`'s buckets, now and after each adjust(). */
    void setLayer(LinksLayer *layer);
    int type() const override { return Type; }

    void adjust();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    friend class LinksLayer;
    LinksLayer *m_layer = nullptr;
    EntityId m_disk;
    EntityId m_compute;
    QLineF m_line;
};

/** The point where the segment from the centre of `rect` towards `outside` leaves `rect`. */
QPointF clipToRect(const QRectF &rect, const QPointF &outside);

} // namespace ecsplan
