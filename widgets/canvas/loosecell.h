#pragma once

#include <QRectF>
#include <QtGlobal>

#include <cmath>

namespace ecsplan {

/**
 * The cell of a loose quadtree that files an item with the given bounds: the smallest level
 * whose cells (baseSize × 2^level) are as large as the item, the cell there that holds its
 * centre. The centre is in the cell and the item at most a cell wide, so the item reaches half
 * a cell past the cell at most: `area` is the cell grown by half a cell on each side.
 * Used by the link buckets (LinksLayer) and the card buckets (CardBuckets).
 */
struct LooseCell
{
    quint64 key = 0; ///< level (8 bits), column and row (28 bits each)
    QRectF area;

    static LooseCell of(const QRectF &bounds, qreal baseSize)
    {
        const qreal extent = qMax(bounds.width(), bounds.height());
        quint64 level = 0;
        qreal size = baseSize;
        while (size < extent && level < 48) {
            size *= 2;
            ++level;
        }
        const QPointF centre = bounds.center();
        const auto cx = qint64(std::floor(centre.x() / size));
        const auto cy = qint64(std::floor(centre.y() / size));
        LooseCell cell;
        cell.key = (level << 56) | ((quint64(cx) & 0xFFFFFFF) << 28) | (quint64(cy) & 0xFFFFFFF);
        cell.area = QRectF(cx * size - size / 2, cy * size - size / 2, 2 * size, 2 * size);
        return cell;
    }
};

} // namespace ecsplan
