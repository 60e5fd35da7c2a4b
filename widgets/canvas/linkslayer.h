#pragma once

#include "itemtypes.h"

#include <QGraphicsItem>
#include <QHash>
#include <QVector>

namespace ecsplan {

class DesignScene;
class LinkItem;
class LinksLayer;

/**
 * A top-level item holding the link and attachment items of one area: a cell of a loose
 * quadtree (LinksLayer::place()). Its fixed bounds contain its children's
 * (ItemContainsChildrenInShape), so Qt keeps the children out of its BSP index, skips a bucket's
 * children when it paints or hit-tests away from the bucket, and walks only the buckets whose
 * links changed when it processes updates. At 50,000 components Qt walked ~60,000 link items
 * under the layer in every frame. A bucket paints nothing; it has contents only so that Qt
 * culls it by its bounds before walking its children.
 */
class LinkBucket : public QGraphicsItem
{
public:
    enum { Type = LinkBucketType };
    LinkBucket(LinksLayer *layer, const QRectF &bounds);
    ~LinkBucket() override;
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

private:
    friend class LinksLayer;
    LinksLayer *m_layer;
    QRectF m_bounds;
};

/**
 * Paints every traffic link of the scene in one pass. One QGraphicsItem per link cost ~40 µs
 * each in the scene's per-item traversal and painter set-up; at 100 % on a 10,000-node design
 * some 2,000 long links cross the viewport. The layer keeps a uniform grid (CellSize scene
 * units) of the cells each link's segment and label pass through, and paint() draws only the
 * links found in the exposed cells, plain ones batched into one drawLines() per colour and
 * clipped to the exposed area. Where hundreds of links merely pass through the exposed area
 * (both ends elsewhere) they are left out: they cost ~20 µs each and read as noise.
 *
 * LinkItems (ItemHasNoContents) keep selection, hit tests and tooltips, and tell the layer when
 * they move (linkMoved) or die (linkRemoved). The layer files them, and the disk attachment
 * lines, under LinkBucket items by where they are (place()), so that Qt's per-frame walks and
 * its scene index see a few hundred buckets instead of every link. The layer sits at the scene
 * origin, takes no mouse buttons and is never selectable. Its bounds grow with the links it
 * indexes.
 */
class LinksLayer : public QGraphicsItem
{
public:
    enum { Type = LinksLayerType };
    static constexpr qreal CellSize = 512; ///< scene units
    static constexpr qreal ArrowSize = 9; ///< scene units
    static constexpr qreal HiddenDetail = 0.15; ///< below: only selected links (overview noise)
    static constexpr qreal LineDetail = 0.25; ///< below: faint non-antialiased hairlines
    static constexpr qreal LabelDetail = 0.3; ///< from here: label pills
    static constexpr qreal FullLabelDetail = 0.8; ///< below: the short pill, scaled up
    static constexpr qreal MaxLabelScale = 2.2; ///< the short pill's largest scale
    /**
     * Where the short label pill of `link` is drawn at zoom `lod` (scene coordinates, scaled
     * up for legibility but never past its stretch of line); empty when it is not drawn.
     */
    static QRectF zoomedPill(const LinkItem *link, qreal lod);
    /** Below this on-screen scale of the pill a label is not drawn (text under ~8 px). */
    static constexpr qreal MinLabelScreenScale = 0.7;
    /** Screen pixels kept between a label and the cards at its link's ends. */
    static constexpr qreal LabelMarginPixels = 4;
    /** More links than this crossing the exposed area with neither end in it: those are not drawn.
     */
    static constexpr int MaxThroughLinks = 300;

    LinksLayer();
    ~LinksLayer() override;
    int type() const override { return Type; }

    /** (Re-)indexes `link`, whose bounds were `oldBounds` (null: new); repaints both areas. */
    void linkMoved(LinkItem *link, const QRectF &oldBounds);
    /**
     * Makes the layer's bounds reach over `area` (growing them as linkMoved() does). The
     * scene calls it with the design's extent before it adds links, which then rarely grow it.
     */
    void cover(const QRectF &area);
    /**
     * Quiet: linkMoved() repaints nothing (background routing: links routed in slices would
     * repaint the view after each; the scene repaints the layer once when they are all routed).
     */
    void setQuiet(bool quiet) { m_quiet = quiet; }
    /**
     * Files `item` (a link or an attachment line, whose bounds just changed) under the bucket
     * for its bounds: the cell, at the smallest level of a loose quadtree whose cells
     * (BucketSize × 2^level) are as large as the item, that holds its centre; a bucket reaches
     * half a cell past its cell, so it contains every item filed there. Items without bounds
     * (links not routed yet) wait in a bucket without bounds, which Qt never walks.
     */
    void place(QGraphicsItem *item);
    static constexpr qreal BucketSize = 1024; ///< scene units, the smallest buckets' cells
    /** Drops `link` from the index and repaints where it was. */
    void linkRemoved(LinkItem *link);
    /**
     * Links whose segment or label may intersect `rect` (a superset; each once). With `limit`
     * >= 0 the search stops at limit + 1 links: a caller that gives up above `limit` need not
     * collect the thousands a long link's bounding box reaches.
     */
    QVector<LinkItem *> linksNear(const QRectF &rect, qsizetype limit = -1);

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    friend class LinkBucket;
    QVector<qint64> cellsOf(const LinkItem *link) const;
    LinkBucket *bucketFor(const QRectF &bounds);

    QHash<quint64, LinkBucket *> m_buckets; ///< by level and cell; kBoundless: no bounds

    QHash<qint64, QVector<LinkItem *>> m_cells;
    QHash<const LinkItem *, QVector<qint64>> m_linkCells;
    QRectF m_bounds;
    quint32 m_stamp = 0;
    bool m_quiet = false;
};

} // namespace ecsplan
