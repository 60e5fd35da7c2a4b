#include "spanchipitem.h"

#include "canvasstyle.h"
#include "designscene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace ecsplan {

namespace {
constexpr qreal Padding = 8;
constexpr qreal Radius = 6;
} // namespace

SpanChipItem::SpanChipItem(EntityId group, EntityId zone)
    : m_group(group)
    , m_zone(zone)
{
    setZValue(CanvasZ::SpanChip);
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(false);
}

void SpanChipItem::setContent(EntityKind kind, const QString &groupName, const QString &label,
                              const QFont &font, qreal maxWidth)
{
    const QColor accent = CanvasStyle::accent(kind);
    if (m_measured && accent == m_accent && font == m_font && label == m_label
        && maxWidth == m_maxWidth && groupName == m_groupName)
        return;
    prepareGeometryChange(); // the bounds follow maxWidth, the connector the pill's width
    m_accent = accent;
    m_font = font;
    m_groupName = groupName;
    m_label = label;
    m_maxWidth = maxWidth;
    m_measured = false;
    if (!toolTip().isEmpty())
        prepareToolTip();
    update();
}

void SpanChipItem::measure() const
{
    if (m_measured)
        return;
    m_measured = true;
    const QFontMetricsF fm(m_font);
    const qreal textWidth = std::max<qreal>(0, m_maxWidth - 2 * Padding);
    // A label that fits is its own elided text (elidedText compares the same advance, in 1/64
    // px, against the width rounded to 1/64: what fits here fits there), so the common case
    // costs one measure, from the scene's cache of widths when the chip is drawn in its font:
    // shaping every chip's text twice was 6 % of opening 10k components.
    const auto *canvas = qobject_cast<const DesignScene *>(scene());
    const qreal fullWidth = canvas && m_font == canvas->canvasStyle().bodyFont
            ? canvas->bodyTextWidth(m_label)
            : fm.horizontalAdvance(m_label);
    m_elided = m_label;
    qreal elidedWidth = fullWidth;
    if (fullWidth > textWidth) {
        m_elided = fm.elidedText(m_label, Qt::ElideRight, textWidth);
        elidedWidth = fm.horizontalAdvance(m_elided);
    }
    m_size = QSizeF(std::min(m_maxWidth, elidedWidth + 2 * Padding), Height);
}

QRectF SpanChipItem::chipRect() const
{
    measure();
    return QRectF(QPointF(), m_size);
}

void SpanChipItem::prepareToolTip()
{
    setToolTip(tr("%1 spans this zone (%2). Click to select it.").arg(m_groupName, m_label));
}

void SpanChipItem::setConnector(const QPointF &target, bool visible)
{
    if (target == m_connector && visible == m_connectorVisible)
        return;
    prepareGeometryChange();
    m_connector = target;
    m_connectorVisible = visible;
    update();
}

QRectF SpanChipItem::boundingRect() const
{
    // Not the pill's own width, which needs the label measured (measure()): the most it can be.
    QRectF r = QRectF(0, 0, m_maxWidth, Height).adjusted(-1, -1, 1, 1);
    if (m_connectorVisible)
        r = r.united(QRectF(chipRect().center(), m_connector).normalized().adjusted(-2, -2, 2, 2));
    return r;
}

QPainterPath SpanChipItem::shape() const
{
    // Only the pill takes clicks; the connector does not cover the cards beneath it.
    QPainterPath path;
    path.addRoundedRect(chipRect(), Radius, Radius);
    return path;
}

void SpanChipItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < DesignScene::OverviewZoom)
        return;
    const auto *canvas = qobject_cast<const DesignScene *>(scene());
    const QColor text = canvas ? canvas->canvasStyle().secondaryText : QColor(Qt::darkGray);
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_connectorVisible) {
        QColor line = m_accent;
        line.setAlphaF(0.7);
        // A cosmetic (one-pixel) pen: Qt draws its dots along the line directly. A scene-unit
        // pen with round caps is tessellated dot by dot, and a connector across a region is
        // hundreds of dots (60 % of a frame while dragging 100 selected cards).
        QPen pen(line, 0, Qt::DotLine);
        pen.setCosmetic(true);
        painter->setPen(pen);
        const QRectF r = chipRect();
        const QPointF from = m_connector.y() < r.top() ? QPointF(r.center().x(), r.top())
                                                       : QPointF(r.center().x(), r.bottom());
        painter->drawLine(from, m_connector);
    }
    QColor fill = m_accent;
    fill.setAlphaF(0.14);
    QColor border = m_accent;
    border.setAlphaF(0.75);
    painter->setBrush(fill);
    painter->setPen(QPen(border, 1, Qt::DashLine));
    painter->drawRoundedRect(chipRect().adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
    painter->setFont(m_font);
    painter->setPen(text);
    painter->drawText(chipRect().adjusted(Padding, 0, -Padding, 0),
                      Qt::AlignVCenter | Qt::AlignLeft, m_elided); // measured by chipRect()
}

void SpanChipItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (auto *canvas = qobject_cast<DesignScene *>(scene()))
        canvas->selectIds({m_group});
    event->accept();
}

} // namespace ecsplan
