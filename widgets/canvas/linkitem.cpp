#include "linkitem.h"

#include "canvasstyle.h"
#include "designscene.h"
#include "linkslayer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <array>
#include <cmath>

namespace ecsplan {

namespace {

constexpr qreal ArrowSize = LinksLayer::ArrowSize;
constexpr qreal LineDetail = LinksLayer::LineDetail;

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
    // Painted by LinksLayer; this item only answers hit tests, selection and tooltips.
    setFlags(ItemIsSelectable | ItemHasNoContents);
    setZValue(CanvasZ::Link);
}

LinkItem::~LinkItem()
{
    if (m_layer)
        m_layer->linkRemoved(this);
}

void LinkItem::setLayer(LinksLayer *layer)
{
    if (m_layer == layer)
        return;
    if (m_layer && layer)
        m_layer->linkRemoved(this);
    m_layer = layer;
    if (layer) {
        setParentItem(layer);
        layer->linkMoved(this, QRectF());
    }
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
    m_labelSize = m_label.isEmpty() ? QSizeF()
                                    : QSizeF(fm.horizontalAdvance(m_label) + 12, fm.height() + 4);
    m_labelText.setText(m_label);
    m_labelText.setTextFormat(Qt::PlainText);
    m_labelText.prepare(QTransform(), designScene()->canvasStyle().bodyFont);
    QString tip = QStringLiteral("<b>%1</b><br>%2")
                          .arg(e.name.toHtmlEscaped(), f.typeLine.toHtmlEscaped());
    if (!f.metricLine.isEmpty())
        tip += QStringLiteral("<br><b>%1</b>").arg(f.metricLine.toHtmlEscaped());
    if (!f.explanation.trimmed().isEmpty())
        tip += QStringLiteral("<pre>%1</pre>").arg(f.explanation.trimmed().toHtmlEscaped());
    setToolTip(tip);
    adjust();
}

QPointF LinkItem::placeLabel(const QLineF &line) const
{
    if (m_labelSize.isEmpty())
        return line.center();
    // Midpoint first, then alternately towards either end, keeping clear of the end cards.
    static constexpr qreal positions[] = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74};
    const DesignScene *s = designScene();
    const QSizeF half(m_labelSize.width() / 2, m_labelSize.height() / 2);
    auto rectAt = [&](const QPointF &c) {
        return QRectF(c - QPointF(half.width(), half.height()), m_labelSize);
    };
    for (qreal t : positions) {
        if (s->headerAt(rectAt(line.pointAt(t)).adjusted(-3, -3, 3, 3)).isNull())
            return line.pointAt(t);
    }
    // A line that crosses a header band steeply or not at all along its length: slide the
    // midpoint label just above or below the band, whichever is nearer; a label a few pixels
    // off its line still reads as its own, one on a zone's title does not.
    const QPointF mid = line.center();
    const QRectF header = s->headerAt(rectAt(mid).adjusted(-3, -3, 3, 3));
    const qreal down = header.bottom() + 3 - (mid.y() - half.height());
    const qreal up = header.top() - 3 - (mid.y() + half.height());
    for (qreal dy : std::abs(down) <= std::abs(up) ? std::array{down, up} : std::array{up, down}) {
        const QPointF c = mid + QPointF(0, dy);
        if (s->headerAt(rectAt(c).adjusted(-3, -3, 3, 3)).isNull())
            return c;
    }
    return mid;
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
    const QPointF labelCenter = placeLabel(line);
    const QRectF label(labelCenter - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2),
                       m_labelSize);
    const QRectF bounds
            = QRectF(line.p1(), line.p2())
                      .normalized()
                      .adjusted(-ArrowSize, -ArrowSize, ArrowSize, ArrowSize)
                      .united(label.isEmpty() ? QRectF() : label.adjusted(-2, -2, 2, 2));
    const QRectF old = m_bounds;
    if (bounds != m_bounds)
        prepareGeometryChange();
    m_bounds = bounds;
    m_line = line;
    m_labelCenter = labelCenter;
    if (m_layer)
        m_layer->linkMoved(this, old);
}

QRectF LinkItem::labelRect() const
{
    if (m_labelSize.isEmpty())
        return {};
    return QRectF(m_labelCenter - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2),
                  m_labelSize);
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
        result.addRect(labelRect());
    return result;
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (m_layer
        && (change == ItemSelectedHasChanged || change == ItemOpacityHasChanged
            || change == ItemVisibleHasChanged))
        m_layer->update(m_bounds);
    return QGraphicsItem::itemChange(change, value);
}

AttachmentItem::AttachmentItem(EntityId disk, EntityId compute)
    : m_disk(disk)
    , m_compute(compute)
{
    setFlag(ItemStacksBehindParent);
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
