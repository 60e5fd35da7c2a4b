#pragma once

#include "itemtypes.h"

#include <QColor>
#include <QGraphicsItem>
#include <QVector>

namespace ecsplan {

class DesignScene;

/**
 * On an overview (the view below DesignScene::OverviewZoom) every card is a plain filled box;
 * painting 10,000 of them as items costs the scene's per-item traversal for each. While the
 * layer is active the cards are switched to ItemHasNoContents (they still answer hit tests,
 * rubber bands and selection) and this one item draws all their boxes with one drawRects()
 * per colour (kind accent, selection, invalid; faded ones at their opacity), then the region
 * and zone names as screen-sized pills on top (the containers skip their own header text
 * while the overview is on: boxes would cover it).
 *
 * The box list is rebuilt lazily on the next paint after invalidate(); the bounds only grow
 * while active. Top-level, above every
 * container subtree and below the links. Inactive it is empty (no bounds), so a scene rendered
 * without a view (the report) paints the cards themselves.
 */
class OverviewLayer : public QGraphicsItem
{
public:
    enum { Type = OverviewLayerType };

    OverviewLayer();
    int type() const override { return Type; }

    bool isActive() const { return m_active; }
    /** Turns the layer on or off; the scene flips its cards' ItemHasNoContents to match. */
    void setActive(bool on);
    /**
     * Something a box depends on changed (position, size, kind, selection, validity, opacity).
     * `sceneRect`: where a card now is (or a moved container), so the bounds can grow to it.
     */
    void invalidate(const QRectF &sceneRect = QRectF());

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void rebuild(bool fitBounds = false);
    /** Region and zone names (and subtotals) as screen-sized pills above the boxes. */
    void drawContainerLabels(QPainter *painter) const;

    struct Batch
    {
        QColor color;
        QVector<QRectF> rects;
    };
    QVector<Batch> m_batches;
    QRectF m_bounds;
    bool m_active = false;
    bool m_dirty = true;
};

} // namespace ecsplan
