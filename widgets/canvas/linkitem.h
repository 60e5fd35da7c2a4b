#pragma once

#include "entityfigures.h"
#include "itemtypes.h"
#include "model/entity.h"

#include <QGraphicsItem>

namespace ecsplan {

class DesignScene;

/**
 * A traffic link: an arrow from one card's border to the other's, with a pill label at its
 * midpoint (latency + GB/month once the metrics engine has run). Top-level item in scene
 * coordinates. adjust() re-reads the two ends' positions and is called by the scene when a
 * node moves (also during drags, for feedback only); sync() re-reads the entity.
 */
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = LinkItemType };

    explicit LinkItem(EntityId id);

    EntityId id() const { return m_id; }
    EntityId from() const { return m_from; }
    EntityId to() const { return m_to; }
    int type() const override { return Type; }

    void sync(const Entity &entity, const EntityFigures &figures);
    /** Recomputes the line from the end items' current scene rectangles. */
    void adjust();
    QLineF line() const { return m_line; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DesignScene *designScene() const;

    EntityId m_id;
    EntityId m_from = EntityId::None;
    EntityId m_to = EntityId::None;
    LinkPath m_path = LinkPath::Auto;
    QLineF m_line;
    QString m_label;
    QSizeF m_labelSize;
    QRectF m_bounds;
};

/** The dashed line between a disk and the instances it is attached to. Not selectable. */
class AttachmentItem : public QGraphicsItem
{
public:
    enum { Type = AttachmentItemType };

    AttachmentItem(EntityId disk, EntityId compute);
    EntityId disk() const { return m_disk; }
    EntityId compute() const { return m_compute; }
    void setCompute(EntityId compute) { m_compute = compute; }
    int type() const override { return Type; }

    void adjust();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    EntityId m_disk;
    EntityId m_compute;
    QLineF m_line;
};

/** The point where the segment from the centre of `rect` towards `outside` leaves `rect`. */
QPointF clipToRect(const QRectF &rect, const QPointF &outside);

} // namespace ecsplan
