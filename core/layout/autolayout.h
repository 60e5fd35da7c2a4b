#pragma once

#include "model/model.h"

#include <QHash>
#include <QRectF>

namespace ecsplan::AutoLayout {

/** A 16:10 screen less the toolbar and status bar: the aspect used without a view. */
inline constexpr qreal DefaultViewAspect = 1.9;

/**
 * A tidy arrangement of the whole design, as new geometries (scene coordinates) for every region,
 * zone and component. Regions go left to right; inside a region the zones are stacked and share
 * columns, one per tier of the request path (internet → load balancer → web → cache → database),
 * so that links run left to right between neighbouring columns; components placed directly in
 * the region sit in a band above its zones; a disk sits under the instances it is attached to.
 * Endpoints that send traffic stand left of the first region, those that only receive right of
 * the last. Sizes of cards are kept; containers are sized to their content.
 *
 * Regions are arranged in rows; the number per row is the one that lets the drawing fit a view
 * of `viewAspect` (width / height) at the largest zoom, so a design opens as large as it can.
 */
QHash<EntityId, QRectF> compute(const Model &model, qreal viewAspect = DefaultViewAspect);

/** The tier of each component: its longest distance from a traffic source, by links. */
QHash<EntityId, int> ranks(const Model &model);

} // namespace ecsplan::AutoLayout
