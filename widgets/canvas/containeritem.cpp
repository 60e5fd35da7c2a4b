#include "containeritem.h"

#include "canvasstyle.h"
#include "designscene.h"
#include "itemdecoration.h"
#include "kindicon.h"
#include "model/placement.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace ecsplan {

namespace {

constexpr qreal Ring = 6; ///< hit-testable border width
constexpr qreal HandleSize = 9;
constexpr QSizeF MinimumSize(160, 100);

// Which edges a handle moves: left, top, right, bottom.
constexpr bool kMoves[8][4]
        = {{true, true, false, false},  {false, true, true, false},  {false, false, true, true},
           {true, false, false, true},  {false, true, false, false}, {false, false, true, false},
           {false, false, false, true}, {true, false, false, false}};

/**
 * Strokes a rounded frame, but only the parts inside `exposed`. A dashed stroke of a whole
 * 6,000 px zone costs milliseconds even when one corner is on screen; the straight edges are
 * clipped by hand (the dash offset keeps dashes still while panning), corners drawn if visible.
 */
void drawFrame(QPainter *painter, const QRectF &r, qreal radius, const QPen &pen,
               const QRectF &exposed)
{
    const QRectF visible
            = exposed.adjusted(-pen.widthF(), -pen.widthF(), pen.widthF(), pen.widthF());
    const qreal unit = qMax<qreal>(pen.widthF(), 1);
    auto edge = [&](QPointF a, QPointF b) {
        const bool horizontal = a.y() == b.y();
        const qreal fixed = horizontal ? a.y() : a.x();
        if (horizontal ? (fixed < visible.top() || fixed > visible.bottom())
                       : (fixed < visible.left() || fixed > visible.right()))
            return;
        const qreal lo = horizontal ? qMax(a.x(), visible.left()) : qMax(a.y(), visible.top());
        const qreal hi = horizontal ? qMin(b.x(), visible.right()) : qMin(b.y(), visible.bottom());
        if (lo >= hi)
            return;
        QPen p = pen;
        p.setDashOffset((lo - (horizontal ? a.x() : a.y())) / unit);
        painter->setPen(p);
        painter->drawLine(horizontal ? QLineF(lo, fixed, hi, fixed) : QLineF(fixed, lo, fixed, hi));
    };
    edge({r.left() + radius, r.top()}, {r.right() - radius, r.top()});
    edge({r.left() + radius, r.bottom()}, {r.right() - radius, r.bottom()});
    edge({r.left(), r.top() + radius}, {r.left(), r.bottom() - radius});
    edge({r.right(), r.top() + radius}, {r.right(), r.bottom() - radius});
    QPen solid = pen;
    solid.setStyle(Qt::SolidLine);
    painter->setPen(solid);
    painter->setBrush(Qt::NoBrush);
    const qreal d = 2 * radius;
    const QRectF corners[4]
            = {QRectF(r.left(), r.top(), d, d), QRectF(r.right() - d, r.top(), d, d),
               QRectF(r.right() - d, r.bottom() - d, d, d), QRectF(r.left(), r.bottom() - d, d, d)};
    const int starts[4] = {90, 0, 270, 180};
    for (int i = 0; i < 4; ++i) {
        if (visible.intersects(corners[i]))
            painter->drawArc(corners[i], starts[i] * 16, 90 * 16);
    }
}

} // namespace

ContainerItem::ContainerItem(EntityId id)
    : m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges
             | ItemUsesExtendedStyleOption);
    setAcceptHoverEvents(true);
}

DesignScene *ContainerItem::designScene() const
{
    return static_cast<DesignScene *>(scene());
}

qreal ContainerItem::headerHeight() const
{
    return m_kind == EntityKind::Region ? 34 : 28;
}

QRectF ContainerItem::headerSceneRect() const
{
    return mapRectToScene(QRectF(m_rect.topLeft(),
                                 QSizeF(m_rect.width(), qMin(headerHeight(), m_rect.height()))));
}

void ContainerItem::sync(const Entity &e, const EntityFigures &f, const QPointF &parentOrigin)
{
    m_kind = e.kind;
    setZValue(e.kind == EntityKind::Region ? CanvasZ::Region : CanvasZ::Zone);
    const QRectF rect(QPointF(0, 0), e.geometry.size());
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
    m_title = e.name;
    m_detail = f.typeLine;
    m_subtotal = f.metricLine;
    m_problem = f.problem;
    // Built when a tooltip is about to show (DesignScene::helpEvent) unless explained already.
    setToolTip(f.explained ? ItemDecoration::toolTip(e, f) : QString());
    const QPointF local = e.geometry.topLeft() - parentOrigin;
    if (pos() != local)
        setPos(local);
    update();
}

void ContainerItem::setBadge(std::optional<Severity> severity)
{
    if (m_badge != severity) {
        m_badge = severity;
        update();
    }
}

QRectF ContainerItem::handleRect(int index) const
{
    const QRectF r = m_rect;
    const QPointF points[8] = {r.topLeft(),
                               r.topRight(),
                               r.bottomRight(),
                               r.bottomLeft(),
                               QPointF(r.center().x(), r.top()),
                               QPointF(r.right(), r.center().y()),
                               QPointF(r.center().x(), r.bottom()),
                               QPointF(r.left(), r.center().y())};
    return QRectF(points[index] - QPointF(HandleSize / 2, HandleSize / 2),
                  QSizeF(HandleSize, HandleSize));
}

int ContainerItem::handleAt(const QPointF &pos) const
{
    if (!isSelected())
        return -1;
    for (int i = 0; i < 8; ++i) {
        if (handleRect(i).adjusted(-2, -2, 2, 2).contains(pos))
            return i;
    }
    return -1;
}

QRectF ContainerItem::boundingRect() const
{
    return m_rect.adjusted(-HandleSize, -HandleSize, HandleSize, HandleSize);
}

QPainterPath ContainerItem::shape() const
{
    QPainterPath outer;
    outer.addRect(m_rect.adjusted(-Ring / 2, -Ring / 2, Ring / 2, Ring / 2));
    QPainterPath inner;
    inner.addRect(m_rect.adjusted(Ring / 2, headerHeight(), -Ring / 2, -Ring / 2));
    QPainterPath ring = outer.subtracted(inner);
    if (isSelected()) {
        QPainterPath handles;
        handles.setFillRule(Qt::WindingFill);
        for (int i = 0; i < 8; ++i)
            handles.addRect(handleRect(i));
        ring = ring.united(handles); // addRect onto the ring would punch odd-even holes
    }
    return ring;
}

void ContainerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasStyle &style = designScene()->canvasStyle();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool region = m_kind == EntityKind::Region;
    const QColor border = !m_problem.isEmpty() ? style.invalid
            : region                           ? style.regionBorder
                                               : style.zoneBorder;
    const qreal radius = region ? 10 : 8;
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.2);

    QPen pen(border, region ? 2 : 1.5, region ? Qt::SolidLine : Qt::DashLine);
    if (isSelected())
        pen = QPen(style.selection, 2.5);
    pen.setCosmetic(lod < 0.5);
    painter->setPen(Qt::NoPen);
    painter->setBrush(region ? style.regionFill : style.zoneFill);
    if (option->exposedRect.contains(m_rect))
        painter->drawRoundedRect(m_rect, radius, radius);
    else
        painter->drawRect(
                m_rect.intersected(option->exposedRect)); // corners are covered by the frame
    drawFrame(painter, m_rect, radius, pen, option->exposedRect);

    // Header band: a tint of the border colour, then the labels. Text scales up when zoomed
    // far out so that region and zone names stay readable on an overview.
    const qreal header = headerHeight();
    QColor band = border;
    band.setAlphaF(style.dark ? 0.22 : 0.12);
    painter->setPen(Qt::NoPen);
    painter->setBrush(band);
    const QRectF bandRect(m_rect.topLeft(), QSizeF(m_rect.width(), qMin(header, m_rect.height())));
    if (option->exposedRect.intersects(bandRect))
        painter->drawRect(bandRect.adjusted(1, 1, -1, 0).intersected(option->exposedRect));

    if (designScene()->overview())
        return; // OverviewLayer labels the containers, above the boxes that would cover a title
                // here
    // The header grows only into the room Placement keeps free under it for the cards.
    const qreal room = Placement::headerRoom(m_kind) - 6;
    const qreal titlePixels = (region ? style.regionFont : style.zoneFont).pixelSize();
    const qreal boost
            = lod < 0.75 ? qBound(1.0, qMin(0.75 / lod, room / (titlePixels * 1.3)), 12.0) : 1.0;
    const QFont titleFont = CanvasStyle::scaled(region ? style.regionFont : style.zoneFont, boost);
    const QFont detailFont = CanvasStyle::scaled(style.bodyFont, boost * 1.1);
    const qreal h = qMin(header * boost, room);
    const qreal iconSize = (region ? 20 : 18) * boost;
    const QRectF iconRect(m_rect.left() + 10,
                          m_rect.top() + (qMin(h, m_rect.height()) - iconSize) / 2, iconSize,
                          iconSize);
    if (lod > 0.3) {
        const int pixels = qCeil(iconSize * lod * painter->device()->devicePixelRatioF() / 8) * 8;
        painter->drawPixmap(iconRect, KindIcon::pixmap(m_kind, EndpointKind::InternetUsers, pixels),
                            QRectF());
    }
    const qreal textLeft = iconRect.right() + 8 * boost;
    const QRectF textRect(textLeft, m_rect.top(), m_rect.right() - textLeft - 10 * boost,
                          qMin(h, m_rect.height()));
    const QFontMetricsF titleMetrics(titleFont);
    QString subtotal = m_subtotal;
    const QFont subtotalFont
            = CanvasStyle::scaled(style.metricFont, boost * (region ? 1.35 : 1.15));
    // The name comes first: where it and the subtotal do not both fit, the subtotal drops its
    // "+ N unpriced" part for a bare "+" (the tooltip has the whole line), then goes altogether.
    const qreal wholeTitle = titleMetrics.horizontalAdvance(m_title);
    auto widthOf = [&](const QString &text) {
        return text.isEmpty() ? 0
                              : QFontMetricsF(subtotalFont).horizontalAdvance(text) + 12 * boost;
    };
    if (wholeTitle + widthOf(subtotal) > textRect.width()) {
        const qsizetype plus = subtotal.indexOf(QStringLiteral(" + "));
        if (plus > 0)
            subtotal = subtotal.left(plus) + QStringLiteral("+");
        if (wholeTitle + widthOf(subtotal) > textRect.width())
            subtotal.clear();
    }
    const qreal subtotalWidth = widthOf(subtotal);
    const qreal available = textRect.width() - subtotalWidth;
    const QString title = titleMetrics.elidedText(m_title, Qt::ElideRight, available);
    painter->setFont(titleFont);
    painter->setPen(region ? style.regionHeader : style.zoneHeader);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    const qreal titleWidth = titleMetrics.horizontalAdvance(title);
    if (titleWidth + 24 * boost < available && lod > 0.15) {
        painter->setFont(detailFont);
        painter->setPen(style.secondaryText);
        const QRectF detailRect(textLeft + titleWidth + 10 * boost, textRect.top(),
                                available - titleWidth - 10 * boost, textRect.height());
        painter->drawText(
                detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(detailFont).elidedText(m_detail, Qt::ElideRight, detailRect.width()));
    }
    if (!subtotal.isEmpty()) {
        painter->setFont(subtotalFont);
        painter->setPen(style.metricText);
        painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, subtotal);
    }
    if (m_badge)
        ItemDecoration::paintBadge(painter, QPointF(m_rect.right() - 2, m_rect.top() + 2), 7,
                                   *m_badge);
    if (isSelected()) {
        painter->setPen(QPen(style.selection, 1));
        painter->setBrush(style.cardFill);
        for (int i = 0; i < 8; ++i)
            painter->drawRect(handleRect(i));
    }
}

QVariant ContainerItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    DesignScene *s = designScene();
    if (s) {
        if (change == ItemPositionChange)
            return s->snapItemPosition(this, value.toPointF());
        if (change == ItemPositionHasChanged)
            s->itemMoved(m_id);
        if (change == ItemSelectedHasChanged)
            prepareGeometryChange(); // the handles join the shape
    }
    return QGraphicsItem::itemChange(change, value);
}

void ContainerItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_resizeHandle = event->button() == Qt::LeftButton ? handleAt(event->pos()) : -1;
    if (m_resizeHandle >= 0) {
        m_resizeStart = m_rect;
        m_pressScenePos = event->scenePos();
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void ContainerItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizeHandle < 0) {
        QGraphicsItem::mouseMoveEvent(event);
        return;
    }
    const QPointF d = event->scenePos() - m_pressScenePos;
    QRectF r = m_resizeStart;
    const bool *moves = kMoves[m_resizeHandle];
    if (moves[0])
        r.setLeft(qMin(r.left() + d.x(), r.right() - MinimumSize.width()));
    if (moves[1])
        r.setTop(qMin(r.top() + d.y(), r.bottom() - MinimumSize.height()));
    if (moves[2])
        r.setRight(qMax(r.right() + d.x(), r.left() + MinimumSize.width()));
    if (moves[3])
        r.setBottom(qMax(r.bottom() + d.y(), r.top() + MinimumSize.height()));
    const QRectF snapped = designScene()->snapRect(mapRectToScene(r));
    prepareGeometryChange();
    m_rect = mapRectFromScene(snapped);
    update();
}

void ContainerItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizeHandle < 0) {
        QGraphicsItem::mouseReleaseEvent(event);
        return;
    }
    m_resizeHandle = -1;
    if (m_rect != m_resizeStart)
        designScene()->requestResize(m_id, mapRectToScene(m_rect));
}

void ContainerItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    static const Qt::CursorShape shapes[8]
            = {Qt::SizeFDiagCursor, Qt::SizeBDiagCursor, Qt::SizeFDiagCursor, Qt::SizeBDiagCursor,
               Qt::SizeVerCursor,   Qt::SizeHorCursor,   Qt::SizeVerCursor,   Qt::SizeHorCursor};
    const int h = handleAt(event->pos());
    if (h >= 0)
        setCursor(shapes[h]);
    else
        unsetCursor();
    QGraphicsItem::hoverMoveEvent(event);
}

} // namespace ecsplan
