#include "placement.h"

#include <cmath>

namespace ecsplan::Placement {

qreal headerRoom(EntityKind containerKind)
{
    return containerKind == EntityKind::Region ? 64 : 48;
}

QRectF contentRect(const Entity &container)
{
    const QRectF g = container.geometry;
    return g.adjusted(Margin, headerRoom(container.kind), -Margin, -Margin);
}

QPointF snapToGrid(const QPointF &p, qreal grid)
{
    if (grid <= 0)
        return p;
    return QPointF(std::round(p.x() / grid) * grid, std::round(p.y() / grid) * grid);
}

QPointF freeSpot(const Model &model, EntityId container, const QSizeF &size,
                 const QPointF &preferred, qreal grid, const EntityIds &ignore)
{
    const Entity *c = model.find(container);
    const QRectF area = c ? contentRect(*c) : QRectF();
    // Obstacles: whatever already sits directly in the container (cards and nested zones).
    QList<QRectF> obstacles;
    const EntityIds siblings = c ? model.childrenOf(container) : EntityIds();
    if (c) {
        for (EntityId id : siblings) {
            const Entity *e = model.find(id);
            if (e && !e->isLink() && !ignore.contains(id))
                obstacles << e->geometry.adjusted(-Margin / 2, -Margin / 2, Margin / 2, Margin / 2);
        }
    } else {
        for (const Entity &e : model.entities()) {
            if (!e.isLink() && !isValid(e.parent) && !ignore.contains(e.id))
                obstacles << e.geometry.adjusted(-Margin / 2, -Margin / 2, Margin / 2, Margin / 2);
        }
    }
    auto clamp = [&](QPointF p) {
        if (area.isEmpty())
            return p;
        p.setX(qBound(area.left(), p.x(), qMax(area.left(), area.right() - size.width())));
        p.setY(qBound(area.top(), p.y(), qMax(area.top(), area.bottom() - size.height())));
        return p;
    };
    auto fits = [&](const QPointF &p) {
        const QRectF r(p, size);
        if (!area.isEmpty() && !area.contains(r))
            return false;
        for (const QRectF &o : std::as_const(obstacles)) {
            if (o.intersects(r))
                return false;
        }
        return true;
    };
    const qreal step = grid > 0 ? grid : 20;
    const QPointF start = clamp(snapToGrid(preferred, grid));
    if (fits(start))
        return start;
    // Rings of growing radius around the preferred spot; nearest free position wins.
    const qreal reach = area.isEmpty() ? 3000 : qMax(area.width(), area.height());
    const int rings = qMin(200, int(reach / step) + 1);
    for (int r = 1; r <= rings; ++r) {
        QPointF best;
        qreal bestDistance = -1;
        for (int i = -r; i <= r; ++i) {
            const QPointF candidates[4]
                    = {start + QPointF(i, -r) * step, start + QPointF(i, r) * step,
                       start + QPointF(-r, i) * step, start + QPointF(r, i) * step};
            for (const QPointF &p : candidates) {
                if (!fits(p))
                    continue;
                const QPointF d = p - start;
                const qreal distance = d.x() * d.x() + d.y() * d.y();
                if (bestDistance < 0 || distance < bestDistance) {
                    best = p;
                    bestDistance = distance;
                }
            }
        }
        if (bestDistance >= 0)
            return best;
    }
    return start;
}

} // namespace ecsplan::Placement
