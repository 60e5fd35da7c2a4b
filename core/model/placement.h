#pragma once

#include "model.h"

#include <QRectF>

namespace ecsplan::Placement {

/** Room kept between cards, and between a container's frame (below its header) and its cards. */
constexpr qreal Margin = 20;
/** Height of a container's header band plus room under it (cards start below). */
qreal headerRoom(EntityKind containerKind);

/** The part of a container where cards may go (its geometry minus header and margins). */
QRectF contentRect(const Entity &container);

/**
 * `p` on the nearest point of a `grid` (`p` itself when grid <= 0). The one grid rounding of the
 * design: new cards here, and the canvas's drags, resizes and paste offsets.
 */
QPointF snapToGrid(const QPointF &p, qreal grid);

/**
 * Top-left for a new box of `size` in `container` (None: on the canvas itself), as near
 * `preferred` as possible on a `grid`, inside the container's content area and clear (by
 * Margin) of every card and nested container already there, except those in `ignore`. Falls
 * back to `preferred` clamped into the content area when the container is full.
 */
QPointF freeSpot(const Model &model, EntityId container, const QSizeF &size,
                 const QPointF &preferred, qreal grid = 20, const EntityIds &ignore = {});

} // namespace ecsplan::Placement
