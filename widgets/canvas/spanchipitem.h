#pragma once

#include "itemtypes.h"
#include "model/enums.h"
#include "model/ids.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>

namespace ecsplan {

/**
 * A "ghost" of a zone-spanning scaling group or load balancer, drawn in each zone it spans
 * other than the one its card sits in (a region-level group spans zones that otherwise look
 * empty). A child of the zone's ContainerItem, stacked below the zone's cards (CanvasZ::SpanChip):
 * a dashed pill in the kind's accent at low opacity with a label such as "web-asg · 1–5 of 3–15".
 *
 * Not an entity item: not selectable, never in DesignScene::selectedIds(); a click selects the
 * group. While the group is selected a dotted connector runs from the chip to the group card.
 * The scene creates, lays out and deletes chips (designscenespans.cpp); hidden in overview mode.
 */
class SpanChipItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(SpanChipItem)

public:
    enum { Type = SpanChipItemType };
    static constexpr qreal Height = 22; ///< scene units

    SpanChipItem(EntityId group, EntityId zone);
    int type() const override { return Type; }

    EntityId group() const { return m_group; }
    EntityId zone() const { return m_zone; }
    QString label() const { return m_label; }
    /** The pill in item coordinates (origin top-left): as wide as the elided label. */
    QRectF chipRect() const;

    /**
     * Content and size: the label is elided to `maxWidth` (scene units). The text is measured
     * when the pill is first needed (painted, hit, its connector shown): chips are hidden on
     * the overview a large design opens at. Until then the bounds reach `maxWidth`.
     */
    void setContent(EntityKind kind, const QString &groupName, const QString &label,
                    const QFont &font, qreal maxWidth);
    /** Sets the tooltip (built when it is about to show: DesignScene::helpEvent). */
    void prepareToolTip();
    /** Where the dotted connector ends (item coordinates); shown only while `visible`. */
    void setConnector(const QPointF &target, bool visible);
    bool connectorVisible() const { return m_connectorVisible; }
    QPointF connectorEnd() const { return m_connector; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    /** Elides the label and sizes the pill, once per content. */
    void measure() const;

    EntityId m_group;
    EntityId m_zone;
    QColor m_accent;
    QFont m_font;
    QString m_groupName;
    QString m_label;
    qreal m_maxWidth = 0;
    mutable QString m_elided;
    mutable QSizeF m_size{0, Height};
    mutable bool m_measured = false;
    QPointF m_connector;
    bool m_connectorVisible = false;
};

} // namespace ecsplan
