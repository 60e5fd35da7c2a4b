#pragma once

#include "entityfigures.h"
#include "itemtypes.h"
#include "model/entity.h"
#include "rules/finding.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPainterPath>

#include <memory>

namespace ecsplan {

class DesignScene;
struct CanvasStyle;

/**
 * A component card (instances, disks, caches, load balancers, endpoints ...): accent stripe,
 * icon, name, type line and a live metric line. A view of one entity: it keeps only the id and
 * what it draws, re-read in sync(); it never writes the model (moves are committed by the
 * scene on mouse release). Painting is level-of-detail: below ~35 % scale it is a plain box.
 *
 * Local coordinates: (0,0) is the card's top-left; pos() is relative to the parent container's
 * item, so the scene position equals the entity's geometry.topLeft().
 */
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = NodeItemType };

    explicit NodeItem(EntityId id);

    EntityId id() const { return m_id; }
    EntityKind kind() const { return m_kind; }
    EndpointKind endpointKind() const { return m_endpoint; }
    int type() const override { return Type; }

    /** Re-reads what it draws. `parentOrigin` is the scene top-left of the parent item (or 0,0). */
    void sync(const Entity &entity, const EntityFigures &figures, const QPointF &parentOrigin);
    /** The worst severity of the findings that concern it; none: no badge. */
    void setBadge(std::optional<Severity> severity);
    /** Drawn as a drop target while a connection is being dragged (red when it would refuse). */
    void setHighlighted(bool on, bool refused = false);
    bool isHighlighted() const { return m_highlighted; }
    bool isRefusedTarget() const { return m_refused; }

    /** Semantic zoom: below CompactDetail the card shows only its name and key figure, in a
     * font that stays readable on screen; below BoxDetail it is a plain box. */
    static constexpr qreal CompactDetail = 0.8;
    static constexpr qreal BoxDetail = 0.2;
    /** Text the compact card shows at view scale `lod` (tests check legibility). */
    QString compactTitle(qreal lod)
    {
        layoutCompact(lod);
        return m_layout->compactTitle;
    }
    QString compactMetric(qreal lod)
    {
        layoutCompact(lod);
        return m_layout->compactTwoLines ? m_layout->compactMetric : QString();
    }
    /**
     * `name` as it fits `width` with `metrics`: unchanged when it does, else two lines joined by
     * '\n', broken after the separator (- _ . space /) that makes the longer line shortest, or
     * in the middle of a name without one.
     */
    static QString wrapName(const QString &name, const QFontMetricsF &metrics, qreal width);
    /** Card-local rectangle of the name (in-place rename puts its editor there). */
    QRectF titleRect() const;

    QRectF cardRect() const { return {QPointF(0, 0), m_size}; }
    /** The accent stripe of a card of this size (card-local; shared between same-size cards). */
    static QPainterPath stripeFor(const QSizeF &card);
    QRectF cardSceneRect() const { return mapRectToScene(cardRect()); }
    /** The connector handle on the right edge (local coordinates). */
    bool connectorContains(const QPointF &localPos) const;
    bool isInvalid() const { return !m_problem.isEmpty(); }
    /**
     * The card drawn as one box (the overview, the minimap): the invalid colour, else the
     * selection colour when `showSelection` and selected, else its accent; faded as the card is.
     */
    QColor boxColor(const CanvasStyle &style, bool showSelection) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    DesignScene *designScene() const;
    /** Elides the name, type and metric lines to the card (text shaping: at the first detailed
     * paint after a sync, not in sync(): opening 50,000 cards shapes only those drawn). */
    void layoutDetail() const;
    /** Fetches the type and metric lines when the sync came without them. */
    void ensureText() const;
    void layoutCompact(qreal lod);
    void paintCompact(QPainter *painter, qreal lod);
    static constexpr qreal CompactLeft = 12;

    EntityId m_id;
    EntityKind m_kind = EntityKind::InstanceGroup;
    EndpointKind m_endpoint = EndpointKind::InternetUsers;
    QSizeF m_size;
    QString m_problem;
    /// The type line as synced, or fetched at the first paint with text (m_textStale);
    /// Layout::typeLine is it elided. Likewise m_fullMetric.
    mutable QString m_fullType;
    mutable bool m_textStale = false;
    /// What painting lays out, made for a card when it is first painted with text (most
    /// cards of a large design never are): ~170 bytes a card less for the others.
    struct Layout
    {
        // detailed layout, made by layoutDetail() when first needed after a sync
        QString title, typeLine, metricLine;
        QFont metricFont; ///< the style's metric font, shrunk (to 75 %) until it fits
        bool detailDirty = true;
        // compact (semantic zoom) layout, cached per zoom
        QString compactTitle, compactMetric;
        QFont compactTitleFont, compactMetricFont;
        qreal compactZoom = -1;
        bool compactTwoLines = false;
    };
    /** The layout, made when first asked for. */
    Layout &layout() const;
    mutable std::unique_ptr<Layout> m_layout;
    QPainterPath m_stripe;
    std::optional<Severity> m_badge;
    double m_utilisation = -1; ///< bottleneck utilisation at the peak; < 0: no bar
    bool m_hovered = false;
    bool m_highlighted = false;
    bool m_refused = false;
    QString m_name;
    mutable QString m_fullMetric;
    qreal m_paintedZoom = 1;
};

} // namespace ecsplan
