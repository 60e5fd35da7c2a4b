#pragma once

#include "rules/finding.h"

#include <QPen>
#include <QPointF>
#include <QString>

class QFont;
class QPainter;

namespace ecsplan {

struct Entity;
struct EntityFigures;

/** What cards (NodeItem) and containers (ContainerItem) show the same way. */
namespace ItemDecoration {

/**
 * The rich-text tooltip of an entity on the canvas: "name — kind" and the type line, then
 * whichever of these it has: the key figure (bold), the load at the peak, the explanation of
 * the figure, the problem (red) and the notes (italic). Every text is HTML-escaped.
 */
QString toolTip(const Entity &e, const EntityFigures &f);

/**
 * The finding badge: a disc of `severity`'s colour (CanvasStyle::severityColor) of `radius`
 * around `centre`, outlined with `outline`; with `glyphFont`, "!" (error, warning) or "i"
 * (advice) in white on it.
 */
void paintBadge(QPainter *painter, const QPointF &centre, qreal radius, Severity severity,
                const QPen &outline = Qt::NoPen, const QFont *glyphFont = nullptr);

} // namespace ItemDecoration
} // namespace ecsplan
