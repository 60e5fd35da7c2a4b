#pragma once

#include "entityfigures.h"
#include "itemtypes.h"
#include "model/entity.h"
#include "rules/finding.h"

#include <QGraphicsItem>

namespace ecsplan {

class DesignScene;

/**
 * A region or zone: a labelled frame (name, code, CIDR, cost subtotal in the header). Only the
 * header band and the border ring are hit-testable, so a rubber band can start inside a zone.
 * Dragging the header moves the container with its content (child items); when selected, eight
 * handles resize it: the preview is local, the result goes to DesignScene::requestResize on
 * release (one undo step, Document::setGeometry).
 */
class ContainerItem : public QGraphicsItem
{
public:
    enum { Type = ContainerItemType };

    explicit ContainerItem(EntityId id);

    EntityId id() const { return m_id; }
    EntityKind kind() const { return m_kind; }
    int type() const override { return Type; }

    void sync(const Entity &entity, const EntityFigures &figures, const QPointF &parentOrigin);
    /** The worst severity of the findings that concern it; none: no badge. */
    void setBadge(std::optional<Severity> severity);
    qreal headerHeight() const;
    /** The header band (title, code, subtotal) in scene coordinates. */
    QRectF headerSceneRect() const;
    QString title() const { return m_title; }
    /** The cost subtotal shown in the header ("" before the metrics engine has run). */
    QString subtotal() const { return m_subtotal; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    DesignScene *designScene() const;
    /** Handle index 0..7 (corners then edges) under `pos`, or -1. */
    int handleAt(const QPointF &pos) const;
    QRectF handleRect(int index) const;

    EntityId m_id;
    EntityKind m_kind = EntityKind::Zone;
    QRectF m_rect; ///< local; (0,0,w,h) except while a resize is previewed
    QString m_title, m_detail, m_subtotal, m_problem;
    std::optional<Severity> m_badge;
    int m_resizeHandle = -1;
    QRectF m_resizeStart;
    QPointF m_pressScenePos;
};

} // namespace ecsplan
