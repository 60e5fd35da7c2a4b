#pragma once

#include "model/ids.h"

#include <QPointF>

QT_BEGIN_NAMESPACE
class QMenu;
QT_END_NAMESPACE

namespace ecsplan {

class DesignView;

/**
 * Right-click menus of the canvas, built for what was clicked (DesignView::createContextMenu):
 *  - a card: Rename, Duplicate, Delete; Connect "name" from here (a line follows the mouse), a
 *    "Connect "name" to" list of the nearest components it may link to, Attach a new disk /
 *    Attach "disk" to (instances and disks), Move to zone (the other zones of its region);
 *  - a link: Rename, Select its two ends, Delete;
 *  - a region or zone: Rename, Add here (what may go inside), Select contents, Duplicate,
 *    Delete "name" with what it contains;
 *  - the empty canvas: Add here (region, endpoints), Paste here, Select all, Tidy layout, Fit.
 * Every entry says what it acts on; every edit is one Document verb (one undo step).
 */
namespace CanvasMenu {

QMenu *create(DesignView *view, EntityId clicked, const QPointF &scenePos);

} // namespace CanvasMenu

} // namespace ecsplan
