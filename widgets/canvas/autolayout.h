#pragma once

#include "model/model.h"

#include <QHash>
#include <QRectF>

namespace ecsplan::AutoLayout {

/**
 * A tidy arrangement of the whole design, as new geometries (scene coordinates) for every region,
 * zone and component. Regions go left to right; inside a region the zones are stacked and share
 * columns, one per tier of the request path (internet → load balancer → web → cache → database),
 * so that links run left to right between neighbouring columns; components placed directly in
 * the region sit in a band above its zones; a disk sits under the instances it is attached to.
 * Endpoints that send traffic stand left of the first region, those that only receive right of
 * the last. Sizes of cards are kept; containers are sized to their content.
 */
QHash<EntityId, QRectF> compute(const Model &model);

/** The tier of each component: its longest distance from a traffic source, by links. */
QHash<EntityId, int> ranks(const Model &model);

} // namespace ecsplan::AutoLayout
