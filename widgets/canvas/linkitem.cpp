#include "linkitem.h"

#include "canvasstyle.h"
#include "designscene.h"
#include "linkslayer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
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
    if (layer)
        layer->linkMoved(this, QRectF()); // files it under a bucket of the layer
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
    m_labelStale = !f.withText; // fetched when measured
    m_texts.reset();
    // A link not routed yet is measured when it is routed (adjust()): opening a large design
    // routes its links in the background (DesignScene::setBackgroundRouting), and the metrics
    // flush re-syncs every one of them before that.
    m_sizesStale = true;
    if (!m_route.isEmpty())
        measure();
    if (!f.explained) {
        // Built when a tooltip is about to show (DesignScene::helpEvent). Not set when there
        // is none: an empty one is still stored (an allocation per link).
        if (!toolTip().isEmpty())
            setToolTip(QString());
        return;
    }
    QString tip = QStringLiteral("<b>%1</b><br>%2")
                          .arg(e.name.toHtmlEscaped(), f.typeLine.toHtmlEscaped());
    if (!f.metricLine.isEmpty())
        tip += QStringLiteral("<br><b>%1</b>").arg(f.metricLine.toHtmlEscaped());
    if (!f.explanation.trimmed().isEmpty())
        tip += CanvasStyle::wrappedTipText().arg(f.explanation.trimmed().toHtmlEscaped());
    setToolTip(tip);
    // Routing is the scene's: it re-routes each synced link once per batch (syncItems).
}

void LinkItem::measure()
{
    if (!m_sizesStale)
        return;
    m_sizesStale = false;
    if (m_labelStale) { // synced without its text (not routed then)
        m_labelStale = false;
        m_label = designScene()->textFigures(m_id).metricLine;
    }
    // Sizes from the scene's cache of text widths (labels repeat across a design); the glyph
    // layouts are made when the label is first painted (labelText()).
    const DesignScene *scene = designScene();
    const qreal height = scene->bodyTextHeight() + 4;
    m_labelSize = m_label.isEmpty() ? QSizeF() : QSizeF(scene->bodyTextWidth(m_label) + 12, height);
    // Zoomed out, the pill keeps one figure and grows to stay readable.
    // The traffic figure is the one that matters at a glance (it drives transfer cost).
    QString shortLabel = m_label.section(QStringLiteral(" · "), 0, 0);
    for (const QString &part : m_label.split(QStringLiteral(" · "))) {
        if (part.contains(QStringLiteral("GB/mo")))
            shortLabel = part;
    }
    m_shortSize = shortLabel.isEmpty() ? QSizeF()
                                       : QSizeF(scene->bodyTextWidth(shortLabel) + 12, height);
    m_shortLabel = shortLabel;
}

QRectF LinkItem::labelRoom(const QPointF &center) const
{
    // The full label, or the zoomed-out pill as a design opened at its fitted zoom shows it
    // (the pill's scale at PlacementZoom; further out pills may touch, and shrink to their line).
    const QSizeF size = m_labelSize.expandedTo(
            m_shortSize * qMin(LinksLayer::MaxLabelScale, 0.8 / PlacementZoom));
    return QRectF(center - QPointF(size.width() / 2, size.height() / 2), size);
}

const QStaticText &LinkItem::labelText() const
{
    if (!m_texts) {
        m_texts = std::make_unique<Texts>();
        const QFont &font = designScene()->canvasStyle().bodyFont;
        for (auto [text, string] : {std::pair{&m_texts->label, &m_label},
                                    std::pair{&m_texts->shortLabel, &m_shortLabel}}) {
            text->setText(*string);
            text->setTextFormat(Qt::PlainText);
            text->prepare(QTransform(), font);
        }
    }
    return m_texts->label;
}

const QStaticText &LinkItem::shortLabelText() const
{
    labelText();
    return m_texts->shortLabel;
}

QPointF LinkItem::placeLabel(const QLineF &line, const QList<QRectF> &cards) const
{
    if (m_labelSize.isEmpty())
        return line.center();
    // Midpoint first, then alternately towards either end, keeping clear of the end cards.
    static constexpr qreal positions[] = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74};
    const DesignScene *s = designScene();
    const QSizeF size = labelRoom({}).size();
    const QSizeF half(size.width() / 2, size.height() / 2);
    auto rectAt = [this](const QPointF &c) {
        return labelRoom(c);
    };
    const QSizeF plainHalf(m_labelSize.width() / 2, m_labelSize.height() / 2);
    auto plainAt = [&](const QPointF &c) {
        return QRectF(c - QPointF(plainHalf.width(), plainHalf.height()), m_labelSize);
    };
    auto onCard = [&cards](const QRectF &r) {
        return std::any_of(cards.cbegin(), cards.cend(),
                           [&r](const QRectF &c) { return c.intersects(r); });
    };
    // Other links' labels already placed nearby (a busy overview has too many to matter).
    QList<QRectF> labels;
    if (m_layer) {
        const QRectF reach
                = QRectF(line.p1(), line.p2())
                          .normalized()
                          .adjusted(-size.width(), -size.height(), size.width(), size.height());
        const QVector<LinkItem *> near = m_layer->linksNear(reach, MaxNeighbourLabels);
        if (near.size() <= MaxNeighbourLabels) {
            for (const LinkItem *other : near) {
                if (other != this && !other->m_route.isEmpty() && !other->m_labelSize.isEmpty())
                    labels << other->labelRoom(other->m_labelCenter);
            }
        }
    }
    auto onLabel = [&labels](const QRectF &r) {
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&r](const QRectF &l) { return l.intersects(r); });
    };
    // The cards at the ends: a label slid along its line to make way for another must not
    // end up on them.
    const QRectF ends[] = {s->endRect(m_from), s->endRect(m_to)};
    auto onEnd = [&ends](const QRectF &r) {
        return std::any_of(std::begin(ends), std::end(ends),
                           [&r](const QRectF &e) { return !e.isNull() && e.intersects(r); });
    };
    // Clear of headers, cards and other labels (on the line, then just beside it: a label a
    // few pixels off its line still reads as its own); failing that, of headers and cards;
    // failing that, of headers.
    const QLineF unit = line.length() > 0 ? line.unitVector() : QLineF(0, 0, 1, 0);
    const QPointF normal(-unit.dy(), unit.dx());
    const qreal aside
            = std::abs(normal.x()) * half.width() + std::abs(normal.y()) * half.height() + 3;
    // The header bands any candidate below can touch: most links have none near, and the
    // up to 84 candidates then test nothing (asking the scene for each was 7 % of a routing).
    const qreal pad = aside + std::max(half.width(), half.height()) + 4;
    const QList<QRectF> headers = s->headersIn(
            QRectF(line.p1(), line.p2()).normalized().adjusted(-pad, -pad, pad, pad));
    auto onHeader = [&headers](const QRectF &r) {
        return std::any_of(headers.cbegin(), headers.cend(),
                           [&r](const QRectF &h) { return h.intersects(r); });
    };
    // Passes: the largest pill clear of headers, cards, the end cards and other labels (on
    // the line or beside it); then the full label clear of headers, cards and the end cards;
    // of headers and cards; of headers.
    for (const int pass : {0, 1, 2, 3}) {
        for (const qreal offset : {0.0, aside, -aside}) {
            if (pass > 0 && offset != 0.0)
                continue;
            for (qreal t : positions) {
                const QPointF c = line.pointAt(t) + normal * offset;
                const QRectF r = (pass == 0 ? rectAt(c) : plainAt(c)).adjusted(-3, -3, 3, 3);
                if (!onHeader(r) && (pass == 3 || !onCard(r)) && (pass >= 2 || !onEnd(r))
                    && (pass >= 1 || !onLabel(r)))
                    return c;
            }
        }
    }
    // A line that crosses a header band steeply or not at all along its length: slide the
    // midpoint label just above or below the band, whichever is nearer; a label a few pixels
    // off its line still reads as its own, one on a zone's title does not.
    const QPointF mid = line.center();
    const QRectF header = s->headerAt(plainAt(mid).adjusted(-3, -3, 3, 3));
    const qreal down = header.bottom() + 3 - (mid.y() - plainHalf.height());
    const qreal up = header.top() - 3 - (mid.y() + plainHalf.height());
    for (qreal dy : std::abs(down) <= std::abs(up) ? std::array{down, up} : std::array{up, down}) {
        const QPointF c = mid + QPointF(0, dy);
        if (s->headerAt(plainAt(c).adjusted(-3, -3, 3, 3)).isNull())
            return c;
    }
    return mid;
}

QPolygonF LinkItem::routeAround(const QRectF &a, const QRectF &b, const QList<QRectF> &obstacles)
{
    const QLineF chord(clipToRect(a, b.center()), clipToRect(b, a.center()));
    const QPolygonF straight{chord.p1(), chord.p2()};
    auto hits = [&obstacles](const QPolygonF &route) {
        for (qsizetype i = 0; i + 1 < route.size(); ++i) {
            const QLineF segment(route[i], route[i + 1]);
            const qreal left = qMin(segment.x1(), segment.x2());
            const qreal right = qMax(segment.x1(), segment.x2());
            const qreal top = qMin(segment.y1(), segment.y2());
            const qreal bottom = qMax(segment.y1(), segment.y2());
            for (const QRectF &o : obstacles) {
                const QRectF r = o.adjusted(-6, -6, 6, 6);
                // Apart (boundaries included): neither inside nor crossing an edge.
                if (right < r.left() || left > r.right() || bottom < r.top() || top > r.bottom())
                    continue;
                if (r.contains(segment.p1()) || r.contains(segment.p2()))
                    return true;
                const QLineF edges[4] = {{r.topLeft(), r.topRight()},
                                         {r.topRight(), r.bottomRight()},
                                         {r.bottomRight(), r.bottomLeft()},
                                         {r.bottomLeft(), r.topLeft()}};
                for (const QLineF &edge : edges) {
                    if (segment.intersects(edge, nullptr) == QLineF::BoundedIntersection)
                        return true;
                }
            }
        }
        return false;
    };
    if (obstacles.isEmpty() || !hits(straight))
        return straight;

    // Orthogonal alternatives, fewest bends first, then shortest: L (one bend), Z through the
    // gap between the cards (two), U around both (two, further out).
    struct Candidate
    {
        Candidate(QPolygonF r, int b)
            : route(std::move(r))
            , bends(b)
        {
            for (qsizetype i = 0; i + 1 < route.size(); ++i)
                length += QLineF(route[i], route[i + 1]).length();
        }
        QPolygonF route;
        int bends;
        qreal length = 0; ///< measured once, not at each comparison of the sort
    };
    QList<Candidate> candidates;
    candidates.reserve(26);
    constexpr qreal m = 24;
    const QPointF ac = a.center(), bc = b.center();
    const bool right = bc.x() > ac.x();
    const bool down = bc.y() > ac.y();
    const qreal aSide = right ? a.right() : a.left();
    const qreal bSide = right ? b.left() : b.right();
    const qreal aEdge = down ? a.bottom() : a.top();
    const qreal bEdge = down ? b.top() : b.bottom();
    // L: out of a's side towards b, then into b's top or bottom (and the other way round).
    if (bc.x() > a.right() + m || bc.x() < a.left() - m)
        candidates.append({QPolygonF{{aSide, ac.y()}, {bc.x(), ac.y()}, {bc.x(), bEdge}}, 1});
    if (ac.x() < b.left() - m || ac.x() > b.right() + m)
        candidates.append({QPolygonF{{ac.x(), aEdge}, {ac.x(), bc.y()}, {bSide, bc.y()}}, 1});
    // Z: horizontal, through the vertical channel between the two cards.
    if ((right && b.left() - a.right() >= 2 * m) || (!right && a.left() - b.right() >= 2 * m)) {
        for (const qreal f : {0.5, 0.25, 0.75, 0.1, 0.9}) {
            const qreal x = aSide + (bSide - aSide) * f;
            candidates.append(
                    {QPolygonF{{aSide, ac.y()}, {x, ac.y()}, {x, bc.y()}, {bSide, bc.y()}}, 2});
        }
    }
    // Z: vertical, through the horizontal channel between them.
    if ((down && b.top() - a.bottom() >= 2 * m) || (!down && a.top() - b.bottom() >= 2 * m)) {
        for (const qreal f : {0.5, 0.25, 0.75}) {
            const qreal y = aEdge + (bEdge - aEdge) * f;
            candidates.append(
                    {QPolygonF{{ac.x(), aEdge}, {ac.x(), y}, {bc.x(), y}, {bc.x(), bEdge}}, 2});
        }
    }
    // U: around the right, left, top or bottom of both.
    for (int k = 1; k <= 4; ++k) {
        const qreal d = m * k;
        const qreal xr = qMax(a.right(), b.right()) + d;
        const qreal xl = qMin(a.left(), b.left()) - d;
        const qreal yt = qMin(a.top(), b.top()) - d;
        const qreal yb = qMax(a.bottom(), b.bottom()) + d;
        candidates.append(
                {QPolygonF{{a.right(), ac.y()}, {xr, ac.y()}, {xr, bc.y()}, {b.right(), bc.y()}},
                 2});
        candidates.append(
                {QPolygonF{{a.left(), ac.y()}, {xl, ac.y()}, {xl, bc.y()}, {b.left(), bc.y()}}, 2});
        candidates.append(
                {QPolygonF{{ac.x(), a.top()}, {ac.x(), yt}, {bc.x(), yt}, {bc.x(), b.top()}}, 2});
        candidates.append(
                {QPolygonF{{ac.x(), a.bottom()}, {ac.x(), yb}, {bc.x(), yb}, {bc.x(), b.bottom()}},
                 2});
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &x, const Candidate &y) {
                         if (x.bends != y.bends)
                             return x.bends < y.bends;
                         return x.length < y.length;
                     });
    for (const Candidate &c : std::as_const(candidates)) {
        if (!hits(c.route))
            return c.route;
    }
    return straight;
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
    measure();
    // Cards in the way (not the two ends): the route goes around them.
    const QRectF area = a.united(b).adjusted(-110, -110, 110, 110);
    const QList<QRectF> obstacles = s->cardRectsIn(area, m_from, m_to);
    const QPolygonF route = routeAround(a, b, obstacles);
    // The label goes on the longest stretch, clear of headers and cards.
    QLineF longest(route[0], route[1]);
    for (qsizetype i = 1; i + 1 < route.size(); ++i) {
        if (QLineF(route[i], route[i + 1]).length() > longest.length())
            longest = QLineF(route[i], route[i + 1]);
    }
    const QPointF labelCenter = placeLabel(longest, obstacles);
    const QRectF label(labelCenter - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2),
                       m_labelSize);
    const QLineF line(route.first(), route.last());
    const QRectF bounds
            = route.boundingRect()
                      .adjusted(-ArrowSize, -ArrowSize, ArrowSize, ArrowSize)
                      .united(label.isEmpty() ? QRectF() : label.adjusted(-2, -2, 2, 2))
                      .united(m_shortSize.isEmpty() ? QRectF() : zoomedLabelRect(labelCenter));
    const QRectF old = m_bounds;
    if (bounds != m_bounds)
        prepareGeometryChange();
    m_bounds = bounds;
    m_line = line;
    m_route = route;
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

QRectF LinkItem::zoomedLabelRect(const QPointF &center) const
{
    const QSizeF size = m_shortSize * LinksLayer::MaxLabelScale;
    return QRectF(center - QPointF(size.width() / 2, size.height() / 2), size)
            .adjusted(-2, -2, 2, 2);
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path;
    path.addPolygon(m_route.size() >= 2 ? m_route : QPolygonF{m_line.p1(), m_line.p2()});
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
    setAcceptedMouseButtons(Qt::NoButton);
}

void AttachmentItem::setLayer(LinksLayer *layer)
{
    m_layer = layer;
    if (layer)
        layer->place(this);
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
    if (m_layer)
        m_layer->place(this);
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
