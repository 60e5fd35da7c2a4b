#include "linkslayer.h"
#include "loosecell.h"

#include "canvasstyle.h"
#include "designscene.h"
#include "linkitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>

namespace ecsplan {

namespace {

qint64 cellKey(int x, int y)
{
    return (qint64(x) << 32) | quint32(y);
}

int cellOf(qreal v)
{
    return int(std::floor(v / LinksLayer::CellSize));
}

QColor baseColor(const CanvasStyle &style, LinkPath path)
{
    switch (path) {
    case LinkPath::Internet:
        return QColor(0xf0, 0x88, 0x3e);
    case LinkPath::Cen:
        return QColor(0x9b, 0x7b, 0xd8);
    default:
        return style.link;
    }
}

void drawArrow(QPainter *painter, const QLineF &line, const QColor &color)
{
    constexpr qreal size = LinksLayer::ArrowSize;
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const QPointF tip = line.p2();
    const QPointF a
            = tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
    const QPointF b
            = tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const QPointF points[3] = {tip, a, b};
    painter->drawPolygon(points, 3);
}

/**
 * Liang–Barsky: the part of `line` inside `rect`; false when none. The raster engine walks a
 * long line's whole length even when most of it is off screen.
 */
/**
 * Room for a label centred at `center` along its own stretch of `route` (or `line`): the
 * distance to the nearer end of the stretch, and that stretch's direction (unit vector).
 */
std::pair<qreal, QPointF> labelRoom(const QPolygonF &route, const QLineF &line,
                                    const QPointF &center)
{
    qreal best = -1, room = 0;
    QPointF direction(1, 0);
    auto consider = [&](const QLineF &segment) {
        const qreal length = segment.length();
        if (length <= 0)
            return;
        const QPointF d = (segment.p2() - segment.p1()) / length;
        const QPointF v = center - segment.p1();
        const qreal t = qBound<qreal>(0, v.x() * d.x() + v.y() * d.y(), length);
        const QPointF nearest = segment.p1() + d * t;
        const qreal off = QLineF(nearest, center).length();
        if (best < 0 || off < best) {
            best = off;
            room = qMin(t, length - t);
            direction = d;
        }
    };
    if (route.size() > 2) {
        for (qsizetype i = 0; i + 1 < route.size(); ++i)
            consider(QLineF(route[i], route[i + 1]));
    } else {
        consider(line);
    }
    return {room, direction};
}

bool clipLine(QLineF *line, const QRectF &rect)
{
    const qreal dx = line->dx();
    const qreal dy = line->dy();
    qreal t0 = 0, t1 = 1;
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {line->x1() - rect.left(), rect.right() - line->x1(),
                        line->y1() - rect.top(), rect.bottom() - line->y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = qMax(t0, t);
        else
            t1 = qMin(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF a = line->pointAt(t0);
    const QPointF b = line->pointAt(t1);
    *line = QLineF(a, b);
    return true;
}

} // namespace

QRectF LinksLayer::zoomedPill(const LinkItem *link, qreal lod)
{
    const QRectF label = link->labelRect();
    const QSizeF size = link->m_shortSize;
    if (label.isEmpty() || size.isEmpty() || lod < LabelDetail || lod >= FullLabelDetail)
        return {};
    qreal k = qBound(1.0, 0.8 / lod, MaxLabelScale);
    // The scaled pill stays on its own stretch of line, clear of the cards at its ends: it
    // shrinks to the room there, and is left out when it would be too small to read (the
    // figure stays in the link's tooltip and comes back as the user zooms in).
    const auto [room, d] = labelRoom(link->m_route, link->m_line, label.center());
    const qreal halfExtent = (size.width() * std::abs(d.x()) + size.height() * std::abs(d.y())) / 2;
    if (halfExtent > 0)
        k = qMin(k, (room - LabelMarginPixels / lod) / halfExtent);
    if (k * lod < MinLabelScreenScale)
        return {};
    return QRectF(label.center() - QPointF(size.width() * k / 2, size.height() * k / 2), size * k);
}

namespace {
constexpr quint64 BoundlessBucket = ~quint64(0);
} // namespace

LinkBucket::LinkBucket(LinksLayer *layer, const QRectF &bounds)
    : m_layer(layer)
    , m_bounds(bounds)
{
    // Qt asks, for every update() and prepareGeometryChange() of an item, whether its parent's
    // opacity combines with its siblings': a loop over the bucket's children. Links paint
    // through the layer with their own opacity; the bucket's (always 1) need not reach them.
    setFlags(ItemContainsChildrenInShape | ItemDoesntPropagateOpacityToChildren);
    setAcceptedMouseButtons(Qt::NoButton);
    // Below the layer: the attachment lines the buckets hold paint under the links.
    setZValue(CanvasZ::Attachment);
}

LinkBucket::~LinkBucket()
{
    if (m_layer) {
        for (auto it = m_layer->m_buckets.begin(); it != m_layer->m_buckets.end(); ++it) {
            if (*it == this) {
                m_layer->m_buckets.erase(it);
                break;
            }
        }
    }
}

LinksLayer::LinksLayer()
{
    setFlag(ItemUsesExtendedStyleOption); // exposedRect drives the grid look-up
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(CanvasZ::Link);
}

LinksLayer::~LinksLayer()
{
    // The scene deletes its top-level items one by one, the buckets after the layer: their
    // items must not report to it then.
    for (LinkBucket *bucket : std::as_const(m_buckets)) {
        bucket->m_layer = nullptr;
        const QList<QGraphicsItem *> children = bucket->childItems();
        for (QGraphicsItem *child : children) {
            if (child->type() == LinkItem::Type)
                static_cast<LinkItem *>(child)->m_layer = nullptr;
            else if (child->type() == AttachmentItem::Type)
                static_cast<AttachmentItem *>(child)->m_layer = nullptr;
        }
    }
}

LinkBucket *LinksLayer::bucketFor(const QRectF &bounds)
{
    quint64 key = BoundlessBucket;
    QRectF area;
    if (!bounds.isNull()) {
        const LooseCell cell = LooseCell::of(bounds, BucketSize);
        key = cell.key;
        area = cell.area;
    }
    LinkBucket *&bucket = m_buckets[key];
    if (!bucket)
        bucket = new LinkBucket(this, area);
    if (bucket->scene() != scene() && scene())
        scene()->addItem(bucket);
    return bucket;
}

void LinksLayer::place(QGraphicsItem *item)
{
    LinkBucket *bucket = bucketFor(item->boundingRect());
    if (item->parentItem() != bucket)
        item->setParentItem(bucket);
}

QVector<qint64> LinksLayer::cellsOf(const LinkItem *link) const
{
    QVector<qint64> cells;
    const QPolygonF route = link->m_route.size() >= 2
            ? link->m_route
            : QPolygonF{link->m_line.p1(), link->m_line.p2()};
    constexpr qreal margin = ArrowSize + 2;
    for (qsizetype i = 0; i + 1 < route.size(); ++i) {
        const QLineF l(route[i], route[i + 1]);
        const qreal top = qMin(l.y1(), l.y2()) - margin;
        const qreal bottom = qMax(l.y1(), l.y2()) + margin;
        // Row by row: the part of the segment inside the row band, widened by the margin.
        for (int row = cellOf(top); row <= cellOf(bottom); ++row) {
            const qreal lo = qMax(top, row * CellSize);
            const qreal hi = qMin(bottom, (row + 1) * CellSize);
            qreal xa = qMin(l.x1(), l.x2());
            qreal xb = qMax(l.x1(), l.x2());
            if (std::abs(l.dy()) > 1e-9) {
                qreal t0 = (lo - margin - l.y1()) / l.dy();
                qreal t1 = (hi + margin - l.y1()) / l.dy();
                if (t0 > t1)
                    std::swap(t0, t1);
                t0 = qBound(0.0, t0, 1.0);
                t1 = qBound(0.0, t1, 1.0);
                xa = l.x1() + t0 * l.dx();
                xb = l.x1() + t1 * l.dx();
                if (xa > xb)
                    std::swap(xa, xb);
            }
            for (int col = cellOf(xa - margin); col <= cellOf(xb + margin); ++col)
                cells << cellKey(col, row);
        }
    }
    QRectF label = link->labelRect();
    if (!link->m_shortSize.isEmpty())
        label = label.united(link->zoomedLabelRect(link->m_labelCenter));
    if (!label.isEmpty()) {
        for (int row = cellOf(label.top()); row <= cellOf(label.bottom()); ++row)
            for (int col = cellOf(label.left()); col <= cellOf(label.right()); ++col)
                cells << cellKey(col, row);
    }
    std::sort(cells.begin(), cells.end());
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    return cells;
}

void LinksLayer::linkMoved(LinkItem *link, const QRectF &oldBounds)
{
    place(link);
    // A link not routed yet (new, or waiting for background routing) has no place: indexed at
    // the origin, every new link would share one cell that each routing then searches.
    const QVector<qint64> cells = link->isRouted() ? cellsOf(link) : QVector<qint64>();
    auto current = m_linkCells.find(link);
    if (current == m_linkCells.end() ? !cells.isEmpty() : cells != *current) {
        if (current == m_linkCells.end())
            current = m_linkCells.insert(link, {});
        for (qint64 key : std::as_const(*current)) {
            auto it = m_cells.find(key);
            if (it != m_cells.end()) {
                it->removeOne(link);
                if (it->isEmpty())
                    m_cells.erase(it);
            }
        }
        for (qint64 key : cells)
            m_cells[key] << link;
        *current = cells;
    }
    if (!link->isRouted())
        return;
    const QRectF bounds = link->boundingRect();
    cover(bounds);
    if (m_quiet)
        return;
    if (!oldBounds.isNull() && oldBounds != bounds)
        update(oldBounds);
    update(bounds);
}

void LinksLayer::cover(const QRectF &area)
{
    if (area.isEmpty() || m_bounds.contains(area))
        return;
    // Grow by a quarter more than needed, so that routing n links changes the layer's geometry
    // (and its place in Qt's scene index) O(log n) times, not once per link that reaches
    // further.
    prepareGeometryChange();
    const QRectF needed = m_bounds.isNull() ? area : m_bounds.united(area);
    const qreal dx = std::max<qreal>(needed.width() / 8, 200);
    const qreal dy = std::max<qreal>(needed.height() / 8, 200);
    m_bounds = needed.adjusted(-dx, -dy, dx, dy);
}

void LinksLayer::linkRemoved(LinkItem *link)
{
    const QVector<qint64> cells = m_linkCells.take(link);
    for (qint64 key : cells) {
        auto it = m_cells.find(key);
        if (it != m_cells.end()) {
            it->removeOne(link);
            if (it->isEmpty())
                m_cells.erase(it);
        }
    }
    update(link->boundingRect());
}

QVector<LinkItem *> LinksLayer::linksNear(const QRectF &rect, qsizetype limit)
{
    QVector<LinkItem *> found;
    if (++m_stamp == 0)
        m_stamp = 1;
    const int right = cellOf(rect.right());
    const int bottom = cellOf(rect.bottom());
    for (int row = cellOf(rect.top()); row <= bottom; ++row) {
        for (int col = cellOf(rect.left()); col <= right; ++col) {
            const auto it = m_cells.constFind(cellKey(col, row));
            if (it == m_cells.cend())
                continue;
            for (LinkItem *link : *it) {
                if (link->m_paintStamp != m_stamp) {
                    link->m_paintStamp = m_stamp;
                    found << link;
                    if (limit >= 0 && found.size() > limit)
                        return found;
                }
            }
        }
    }
    return found;
}

void LinksLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const auto *s = static_cast<DesignScene *>(scene());
    const CanvasStyle &style = s->canvasStyle();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    QVector<LinkItem *> links = linksNear(exposed);
    // Stable stacking (the old per-item order): by id.
    std::sort(links.begin(), links.end(), [](const LinkItem *a, const LinkItem *b) {
        return toUInt(a->id()) < toUInt(b->id());
    });

    // Plain links batched per (colour, dashed); selected ones drawn afterwards, on top.
    struct Batch
    {
        QRgb color;
        bool dashed;
        QVector<QLineF> lines;
    };
    QVarLengthArray<Batch, 8> batches;
    // A frame costs ~10 ns per line pixel: 2,000 links crossing a 1600×1000 viewport are 50 ms
    // (and unreadable). When more than MaxThroughLinks pass through with neither end in view,
    // those are left out; links touching what is on screen are always drawn.
    const QRectF endArea = exposed.adjusted(-ArrowSize, -ArrowSize, ArrowSize, ArrowSize);
    int through = 0;
    for (const LinkItem *link : std::as_const(links))
        through += !endArea.contains(link->m_line.p1()) && !endArea.contains(link->m_line.p2());
    const bool dropThrough = through > MaxThroughLinks;
    QVector<LinkItem *> visible;
    QVector<LinkItem *> selected;
    visible.reserve(links.size());
    const QRectF lineArea = exposed.adjusted(-ArrowSize, -ArrowSize, ArrowSize, ArrowSize);
    for (LinkItem *link : std::as_const(links)) {
        if (!link->isVisible())
            continue;
        const QLineF &l = link->m_line;
        const QPolygonF &route = link->m_route;
        const bool lineVisible
                = (route.size() >= 2 ? route.boundingRect() : QRectF(l.p1(), l.p2()).normalized())
                          .adjusted(-1, -1, 1, 1)
                          .intersects(lineArea);
        if (!lineVisible && !link->boundingRect().intersects(exposed))
            continue;
        if (link->isSelected()) {
            selected << link;
            continue;
        }
        if (lod < HiddenDetail)
            continue;
        if (dropThrough && !endArea.contains(l.p1()) && !endArea.contains(l.p2()))
            continue;
        visible << link;
        QColor color = baseColor(style, link->path());
        color.setAlphaF(color.alphaF() * link->opacity() * (lod < LineDetail ? 0.35 : 1.0));
        const bool dashed = link->path() == LinkPath::Internet && lod >= LineDetail;
        auto batch = std::find_if(batches.begin(), batches.end(), [&](const Batch &b) {
            return b.color == color.rgba() && b.dashed == dashed;
        });
        if (batch == batches.end()) {
            batches.append(Batch{color.rgba(), dashed, {}});
            batch = batches.end() - 1;
        }
        // Solid lines are clipped to the exposed area; dashed ones keep their whole length so
        // the dashes stay put while panning.
        if (route.size() > 2) {
            for (qsizetype i = 0; i + 1 < route.size(); ++i) {
                QLineF clipped(route[i], route[i + 1]);
                if (dashed || clipLine(&clipped, lineArea))
                    batch->lines << clipped;
            }
            continue;
        }
        QLineF clipped = l;
        if (dashed || clipLine(&clipped, lineArea))
            batch->lines << clipped;
    }

    const bool fine = lod >= LineDetail;
    // A clip rectangle of the painter's own. Without one (the scene rendered into an image:
    // File ▸ Export) Qt 6.4's raster engine draws antialiased lines and pills through a path
    // several times slower (3× for opaque lines, 13× for translucent ones, 2× for the pills,
    // measured); on screen the view clips to one rectangle (DesignView's update mode). The
    // state is restored at the end: the view does not save it around items
    // (DontSavePainterState).
    painter->save();
    painter->setClipRect(exposed, Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing, fine);
    painter->setBrush(Qt::NoBrush);
    for (const Batch &batch : batches) {
        // A cosmetic 1 px pen takes the raster engine's fast line path; a wider one goes
        // through the general stroker.
        QPen pen(QColor::fromRgba(batch.color), fine ? 1.0 : 0.0);
        pen.setCosmetic(true);
        if (batch.dashed)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLines(batch.lines.constData(), int(batch.lines.size()));
    }
    auto decorate = [&](LinkItem *link, const QColor &color) {
        // The arrow points along the last stretch of the route.
        const QLineF l = link->m_route.size() >= 2
                ? QLineF(link->m_route[link->m_route.size() - 2], link->m_route.last())
                : link->m_line;
        if (l.length() > ArrowSize * 2 && exposed.contains(l.p2()))
            drawArrow(painter, l, color);
        const QRectF label = link->labelRect();
        if (lod >= LabelDetail && lod < FullLabelDetail && !label.isEmpty()) {
            const QRectF pill = zoomedPill(link, lod);
            if (pill.isEmpty() || !exposed.intersects(pill))
                return;
            const QSizeF size = link->m_shortSize;
            const qreal k = pill.width() / size.width();
            painter->save();
            painter->translate(label.center());
            painter->scale(k, k);
            const QRectF local(-size.width() / 2, -size.height() / 2, size.width(), size.height());
            painter->setPen(QPen(color, 1));
            QColor fill = style.linkLabelFill;
            fill.setAlphaF(fill.alphaF() * link->opacity());
            painter->setBrush(fill);
            painter->drawRoundedRect(local, local.height() / 2, local.height() / 2);
            painter->setFont(style.bodyFont);
            QColor text = style.text;
            text.setAlphaF(link->opacity());
            painter->setPen(text);
            const QStaticText &shortText = link->shortLabelText();
            const QSizeF textSize = shortText.size();
            painter->drawStaticText(-QPointF(textSize.width() / 2, textSize.height() / 2),
                                    shortText);
            painter->restore();
        } else if (lod >= FullLabelDetail && !label.isEmpty() && exposed.intersects(label)) {
            painter->setPen(QPen(color, 1));
            QColor fill = style.linkLabelFill;
            fill.setAlphaF(fill.alphaF() * link->opacity());
            painter->setBrush(fill);
            painter->drawRoundedRect(label, label.height() / 2, label.height() / 2);
            painter->setFont(style.bodyFont);
            QColor text = style.text;
            text.setAlphaF(link->opacity());
            painter->setPen(text);
            const QStaticText &labelText = link->labelText();
            const QSizeF size = labelText.size();
            painter->drawStaticText(label.center() - QPointF(size.width() / 2, size.height() / 2),
                                    labelText);
        }
    };
    if (fine) {
        for (LinkItem *link : std::as_const(visible)) {
            QColor color = baseColor(style, link->path());
            color.setAlphaF(link->opacity());
            decorate(link, color);
        }
    }
    for (LinkItem *link : std::as_const(selected)) {
        painter->setRenderHint(QPainter::Antialiasing);
        QPen pen(style.selection, 2.5);
        if (link->path() == LinkPath::Internet)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        if (link->m_route.size() > 2)
            painter->drawPolyline(link->m_route);
        else
            painter->drawLine(link->m_line);
        if (fine)
            decorate(link, style.selection);
    }
    painter->restore();
}

} // namespace ecsplan
