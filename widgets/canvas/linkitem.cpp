#include "linkitem.h"

#include "canvasstyle.h"
#include "designscene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace ecsplan {

namespace {

constexpr qreal ArrowSize = 9;
constexpr qreal LabelDetail = 0.55;
constexpr qreal LineDetail = 0.25;

} // namespace

QPointF clipToRect(const QRectF &rect, const QPointF &outside)
{
    const QPointF c = rect.center();
    const QPointF d = outside - c;
    if (d.isNull())
        return c;
    const qreal sx = d.x() != 0 ? (rect.width() / 2) / std::abs(d.x()) : 1e9;
    const qreal sy = d.y() != 0 ? (rect.height() / 2) / std::abs(d.y()) : 1e9;
    const qreal s = qMin(1.0, qMin(sx, sy));
    return c + d * s;
}

LinkItem::LinkItem(EntityId id)
    : m_id(id)
{
    setFlags(ItemIsSelectable);
    setZValue(CanvasZ::Link);
}

DesignScene *LinkItem::designScene() const
{
    return static_cast<DesignScene *>(scene());
}

void LinkItem::sync(const Entity &e, const EntityFigures &f)
{
    m_from = e.link.from;
    m_to = e.link.to;
    m_path = e.link.path;
    m_label = f.metricLine;
    const QFontMetricsF fm(designScene()->canvasStyle().bodyFont);
    m_labelSize = m_label.isEmpty() ? QSizeF() : QSizeF(fm.horizontalAdvance(m_label) + 12, fm.height() + 4);
    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(e.name.toHtmlEscaped(), f.typeLine.toHtmlEscaped());
    if (!f.metricLine.isEmpty())
        tip += QStringLiteral("<br><b>%1</b>").arg(f.metricLine.toHtmlEscaped());
    if (!f.explanation.trimmed().isEmpty())
        tip += QStringLiteral("<pre>%1</pre>").arg(f.explanation.trimmed().toHtmlEscaped());
    setToolTip(tip);
    adjust();
}

void LinkItem::adjust()
{
    DesignScene *s = designScene();
    if (!s)
        return;
    const QRectF a = s->endRect(m_from);
    const QRectF b = s->endRect(m_to);
    if (a.isNull() || b.isNull())
        return;
    const QLineF line(clipToRect(a, b.center()), clipToRect(b, a.center()));
    const QRectF label(line.center() - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize);
    const QRectF bounds = QRectF(line.p1(), line.p2()).normalized()
                              .adjusted(-ArrowSize, -ArrowSize, ArrowSize, ArrowSize)
                              .united(label.isEmpty() ? QRectF() : label.adjusted(-2, -2, 2, 2));
    if (bounds != m_bounds)
        prepareGeometryChange();
    m_bounds = bounds;
    m_line = line;
    update();
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    QPainterPath result = stroker.createStroke(path);
    if (!m_labelSize.isEmpty())
        result.addRect(QRectF(m_line.center() - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize));
    return result;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasStyle &style = designScene()->canvasStyle();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    QColor color = isSelected() ? style.selection : style.link;
    if (m_path == LinkPath::Internet)
        color = isSelected() ? style.selection : QColor(0xf0, 0x88, 0x3e);
    else if (m_path == LinkPath::Cen)
        color = isSelected() ? style.selection : QColor(0x9b, 0x7b, 0xd8);
    if (lod < LineDetail) {
        color.setAlphaF(0.35);
        QPen pen(color, 0);
        painter->setPen(pen);
        painter->drawLine(m_line);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, isSelected() ? 2.5 : 1.5);
    if (m_path == LinkPath::Internet)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawLine(m_line);

    if (m_line.length() > ArrowSize * 2) {
        const qreal angle = std::atan2(-m_line.dy(), m_line.dx());
        const QPointF tip = m_line.p2();
        const QPointF a = tip - QPointF(std::cos(angle - M_PI / 7) * ArrowSize, -std::sin(angle - M_PI / 7) * ArrowSize);
        const QPointF b = tip - QPointF(std::cos(angle + M_PI / 7) * ArrowSize, -std::sin(angle + M_PI / 7) * ArrowSize);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(QPolygonF({tip, a, b}));
    }
    if (lod >= LabelDetail && !m_labelSize.isEmpty()) {
        const QRectF label(m_line.center() - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize);
        painter->setPen(QPen(color, 1));
        painter->setBrush(style.linkLabelFill);
        painter->drawRoundedRect(label, label.height() / 2, label.height() / 2);
        painter->setFont(style.bodyFont);
        painter->setPen(style.text);
        painter->drawText(label, Qt::AlignCenter, m_label);
    }
}

AttachmentItem::AttachmentItem(EntityId disk, EntityId compute)
    : m_disk(disk)
    , m_compute(compute)
{
    setZValue(CanvasZ::Attachment);
    setAcceptedMouseButtons(Qt::NoButton);
}

void AttachmentItem::adjust()
{
    auto *s = static_cast<DesignScene *>(scene());
    if (!s)
        return;
    const QRectF a = s->endRect(m_disk);
    const QRectF b = s->endRect(m_compute);
    if (a.isNull() || b.isNull())
        return;
    prepareGeometryChange();
    m_line = QLineF(clipToRect(a, b.center()), clipToRect(b, a.center()));
}

QRectF AttachmentItem::boundingRect() const
{
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-5, -5, 5, 5);
}

void AttachmentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const CanvasStyle &style = static_cast<DesignScene *>(scene())->canvasStyle();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < LineDetail)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(style.attachment, 2, Qt::DashLine, Qt::RoundCap));
    painter->drawLine(m_line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(style.attachment);
    painter->drawEllipse(m_line.p1(), 3, 3);
    painter->drawEllipse(m_line.p2(), 3, 3);
}

} // namespace ecsplan
