#include "nodeitem.h"

#include "canvasstyle.h"
#include "designscene.h"
#include "itemdecoration.h"
#include "kindicon.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHash>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>

namespace ecsplan {

namespace {

constexpr qreal Radius = 6;
constexpr qreal IconSize = 26;
constexpr qreal TextLeft = 42;
constexpr qreal ConnectorRadius = 5;
constexpr qreal LowDetail = NodeItem::BoxDetail;
/** Smallest on-screen text height (px) the compact card aims for. */
constexpr qreal ReadablePixels = 10.5;
/** ... and the smallest it shrinks a long name to before eliding it. */
constexpr qreal MinimumPixels = 8.5;

} // namespace

QString NodeItem::wrapName(const QString &name, const QFontMetricsF &metrics, qreal width)
{
    if (metrics.horizontalAdvance(name) <= width || name.size() < 2)
        return name;
    // Between words (after a separator), the break whose longer line is shortest (the font
    // then shrinks to that line); a single word breaks in the middle.
    qsizetype best = -1;
    qreal bestWidth = 0;
    for (qsizetype i = 1; i < name.size(); ++i) {
        const QChar before = name.at(i - 1);
        if (before != QLatin1Char('-') && before != QLatin1Char('_') && before != QLatin1Char('.')
            && before != QLatin1Char(' ') && before != QLatin1Char('/'))
            continue;
        const qreal longer = qMax(metrics.horizontalAdvance(name.left(i).trimmed()),
                                  metrics.horizontalAdvance(name.mid(i).trimmed()));
        if (best < 0 || longer < bestWidth) {
            best = i;
            bestWidth = longer;
        }
    }
    if (best < 0) // one word: break it in the middle
        best = name.size() / 2;
    if (bestWidth > width) {
        // Two lines are not enough ("Users in" / "Southeast Asia"): words filled greedily into
        // three lines, when that makes every line fit.
        QStringList lines{QString()};
        qsizetype from = 0;
        for (qsizetype i = 1; i <= name.size(); ++i) {
            const bool breakable
                    = i == name.size() || QStringView(u"-_. /").contains(name.at(i - 1));
            if (!breakable)
                continue;
            const QString word = name.mid(from, i - from);
            from = i;
            const QString joined = lines.last() + word;
            if (lines.last().isEmpty() || metrics.horizontalAdvance(joined.trimmed()) <= width)
                lines.last() = joined;
            else
                lines << word;
        }
        const bool allFit = std::all_of(lines.cbegin(), lines.cend(), [&](const QString &l) {
            return metrics.horizontalAdvance(l.trimmed()) <= width;
        });
        if (lines.size() == 3 && allFit) {
            for (QString &l : lines)
                l = l.trimmed();
            return lines.join(QLatin1Char('\n'));
        }
    }
    return name.left(best).trimmed() + QLatin1Char('\n') + name.mid(best).trimmed();
}

NodeItem::NodeItem(EntityId id)
    : m_id(id)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    // No device-coordinate cache until the card paints with the scene's caching on (paint()):
    // most cards of a large design are never painted with detail (~60 bytes a card).
    setZValue(CanvasZ::Node);
}

DesignScene *NodeItem::designScene() const
{
    return static_cast<DesignScene *>(scene());
}

QPainterPath NodeItem::stripeFor(const QSizeF &card)
{
    // The accent stripe is the card's rounded left edge: one path per card size, shared by
    // every card of that size (cards come in a few sizes; a path intersection per card was
    // 2 % of opening 50k components, and a path each a few hundred bytes).
    static QHash<QPair<qreal, qreal>, QPainterPath> cache;
    const QPair<qreal, qreal> key(card.width(), card.height());
    if (const auto it = cache.constFind(key); it != cache.cend())
        return it.value();
    QPainterPath rounded;
    rounded.addRoundedRect(QRectF(QPointF(0, 0), card), Radius, Radius);
    QPainterPath strip;
    strip.addRect(QRectF(0, 0, 5, card.height()));
    const QPainterPath stripe = rounded.intersected(strip);
    if (cache.size() < 256)
        cache.insert(key, stripe);
    return stripe;
}

void NodeItem::sync(const Entity &e, const EntityFigures &f, const QPointF &parentOrigin)
{
    const QSizeF size = e.geometry.size().isEmpty() ? defaultSize(e.kind) : e.geometry.size();
    if (size != m_size) {
        prepareGeometryChange();
        m_size = size;
        m_stripe = stripeFor(m_size);
    }
    m_kind = e.kind;
    m_endpoint = e.endpoint.kind;
    m_name = e.name;
    m_fullType = f.typeLine;
    m_fullMetric = f.metricLine;
    m_textStale = !f.withText;
    if (m_layout) {
        m_layout->detailDirty = true; // re-laid at the next detailed paint
        m_layout->compactZoom = -1; // re-laid at the next compact paint
    }
    m_problem = f.problem;
    m_utilisation = f.utilisation;

    // Built when a tooltip is about to show (DesignScene::helpEvent) unless explained already.
    // Setting an empty one where there is none would still store it (an allocation per card).
    if (f.explained)
        setToolTip(ItemDecoration::toolTip(e, f));
    else if (!toolTip().isEmpty())
        setToolTip(QString());

    const QPointF local = e.geometry.topLeft() - parentOrigin;
    if (pos() != local)
        setPos(local);
    update();
}

QColor NodeItem::boxColor(const CanvasStyle &style, bool showSelection) const
{
    QColor color = isInvalid()              ? style.invalid
            : showSelection && isSelected() ? style.selection
                                            : CanvasStyle::accent(m_kind, m_endpoint);
    color.setAlphaF(color.alphaF() * effectiveOpacity());
    return color;
}

void NodeItem::setBadge(std::optional<Severity> severity)
{
    if (m_badge != severity) {
        m_badge = severity;
        update();
    }
}

void NodeItem::setHighlighted(bool on, bool refused)
{
    if (m_highlighted != on || m_refused != refused) {
        m_highlighted = on;
        m_refused = on && refused;
        update();
    }
}

bool NodeItem::connectorContains(const QPointF &localPos) const
{
    // Eight screen pixels at any zoom (the card remembers the scale it was last painted at).
    const qreal radius = qMax(ConnectorRadius + 3, 8 / m_paintedZoom);
    const QPointF c(m_size.width(), m_size.height() / 2);
    const QPointF d = localPos - c;
    return d.x() * d.x() + d.y() * d.y() <= radius * radius;
}

NodeItem::Layout &NodeItem::layout() const
{
    if (!m_layout)
        m_layout = std::make_unique<Layout>();
    return *m_layout;
}

void NodeItem::ensureText() const
{
    if (!m_textStale)
        return;
    m_textStale = false;
    if (const DesignScene *s = designScene()) {
        const EntityFigures f = s->textFigures(m_id);
        m_fullType = f.typeLine;
        m_fullMetric = f.metricLine;
    }
}

void NodeItem::layoutDetail() const
{
    ensureText();
    Layout &l = layout();
    l.detailDirty = false;
    const CanvasStyle &style = designScene()->canvasStyle();
    const qreal textWidth = m_size.width() - TextLeft - 6;
    l.title = QFontMetricsF(style.titleFont).elidedText(m_name, Qt::ElideRight, textWidth);
    l.typeLine = QFontMetricsF(style.bodyFont).elidedText(m_fullType, Qt::ElideMiddle, textWidth);
    // A figure is worth more whole than elided ("41.8k IOPS · 350 MB/s" on a 160 px card):
    // shrink the font a little first, elide only what still does not fit.
    l.metricFont = style.metricFont;
    for (int pixels = style.metricFont.pixelSize(); pixels >= 8; --pixels) {
        l.metricFont.setPixelSize(pixels);
        // 4 px slack: at zoom levels below 100 % hinted glyphs run a little wider.
        if (QFontMetricsF(l.metricFont).horizontalAdvance(m_fullMetric) <= textWidth - 4)
            break;
    }
    l.metricLine = QFontMetricsF(l.metricFont).elidedText(m_fullMetric, Qt::ElideRight, textWidth);
}

QRectF NodeItem::titleRect() const
{
    if (layout().detailDirty)
        layoutDetail();
    const qreal top = m_layout->metricLine.isEmpty() ? 14 : 7;
    return QRectF(TextLeft - 3, top - 2, m_size.width() - TextLeft, 22);
}

QRectF NodeItem::boundingRect() const
{
    // Room for the badge and the connector, which keep their screen size down to BoxDetail.
    return cardRect().adjusted(-6, -30, 30, 6);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath p;
    p.addRoundedRect(cardRect(), Radius, Radius);
    p.addEllipse(QPointF(m_size.width(), m_size.height() / 2), ConnectorRadius + 3,
                 ConnectorRadius + 3);
    return p;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (cacheMode() == NoCache && designScene()->itemCaching())
        setCacheMode(DeviceCoordinateCache); // from the next paint on (no repaint asked)
    const CanvasStyle &style = designScene()->canvasStyle();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    m_paintedZoom = qMax(lod, 0.05);
    const QRectF card = cardRect();
    const QColor accent = CanvasStyle::accent(m_kind, m_endpoint);
    const bool selected = isSelected();

    if (lod < LowDetail) {
        painter->fillRect(card, isInvalid() ? style.invalid : selected ? style.selection : accent);
        return;
    }
    if (lod < CompactDetail) {
        paintCompact(painter, lod);
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing);
    QPen border(style.cardBorder, 1);
    if (isInvalid())
        border = QPen(style.invalid, 2);
    if (selected || m_highlighted)
        border = QPen(m_highlighted && m_refused ? style.invalid : style.selection,
                      m_highlighted ? 3 : 2);
    painter->setPen(border);
    painter->setBrush(style.cardFill);
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawPath(m_stripe);

    const Layout &l = layout();
    if (l.detailDirty)
        layoutDetail();
    const QRectF iconRect(10, (m_size.height() - IconSize) / 2, IconSize, IconSize);
    const int pixels = qCeil(IconSize * lod * painter->device()->devicePixelRatioF() / 8) * 8;
    painter->drawPixmap(iconRect, KindIcon::pixmap(m_kind, m_endpoint, pixels), QRectF());

    const qreal w = m_size.width() - TextLeft - 6;
    const bool hasMetric = !l.metricLine.isEmpty();
    const qreal top = hasMetric ? 7 : 14;
    painter->setFont(style.titleFont);
    painter->setPen(style.text);
    painter->drawText(QRectF(TextLeft, top, w, 18), Qt::AlignLeft | Qt::AlignVCenter, l.title);
    painter->setFont(style.bodyFont);
    painter->setPen(style.secondaryText);
    painter->drawText(QRectF(TextLeft, top + 17, w, 16), Qt::AlignLeft | Qt::AlignVCenter,
                      l.typeLine);
    if (hasMetric) {
        painter->setFont(l.metricFont);
        painter->setPen(isInvalid() ? style.invalid : style.metricText);
        painter->drawText(QRectF(TextLeft, top + 33, w, 16), Qt::AlignLeft | Qt::AlignVCenter,
                          l.metricLine);
    }

    if (m_utilisation >= 0) {
        // A quiet utilisation bar along the bottom: grey up to 70 %, amber above, red above
        // 100 % of the baseline (docs/demand.md).
        const QRectF track(TextLeft, m_size.height() - 5, w, 2.5);
        painter->setPen(Qt::NoPen);
        painter->setBrush(style.cardBorder);
        painter->drawRect(track);
        // The badges' warning and error colours.
        const QColor fill = m_utilisation > 1.0 ? CanvasStyle::severityColor(Severity::Error)
                : m_utilisation > 0.7           ? CanvasStyle::severityColor(Severity::Warning)
                                                : style.secondaryText;
        painter->setBrush(fill);
        painter->drawRect(QRectF(track.topLeft(),
                                 QSizeF(track.width() * qMin(m_utilisation, 1.0), track.height())));
    }

    if (m_badge) {
        ItemDecoration::paintBadge(painter, QPointF(m_size.width() - 4, 0), 8, *m_badge,
                                   QPen(style.cardFill, 1.5), &style.titleFont);
    }
    if (m_hovered || selected) {
        painter->setPen(QPen(style.cardFill, 1.5));
        painter->setBrush(style.selection);
        painter->drawEllipse(QPointF(m_size.width(), m_size.height() / 2), ConnectorRadius,
                             ConnectorRadius);
    }
}

void NodeItem::layoutCompact(qreal lod)
{
    // Name and key figure at a size that stays readable on screen: the font grows in scene
    // units as the zoom drops, until two lines fill the card; then only the name is left.
    ensureText();
    Layout &l = layout();
    const CanvasStyle &style = designScene()->canvasStyle();
    const qreal width = m_size.width() - CompactLeft - 6;
    // A long name or figure shrinks towards MinimumPixels on screen before it is elided.
    // Whole pixel sizes: rounding up a shrunk font would overflow the card, so a shrink rounds
    // down, and the smallest size is MinimumPixels rounded up (what wrapName() measures with).
    const qreal smallest = std::ceil(MinimumPixels / lod);
    auto fitted = [&](const QFont &base, const QString &text, qreal screenPixels) {
        const qreal readable = screenPixels / lod; // scene units
        QFont f = CanvasStyle::scaled(base, readable / base.pixelSize());
        const qreal advance = QFontMetricsF(f).horizontalAdvance(text);
        if (advance > width) {
            // Hinted advances do not scale linearly: step down until the text fits.
            qreal px = qMax(smallest, std::floor(f.pixelSize() * width / advance));
            f = CanvasStyle::scaled(base, px / base.pixelSize());
            while (px > smallest && QFontMetricsF(f).horizontalAdvance(text) > width) {
                px -= 1;
                f = CanvasStyle::scaled(base, px / base.pixelSize());
            }
        }
        return f;
    };
    // A name too long for one line even at MinimumPixels wraps onto two at the separator
    // nearest its middle ("orders-db-" / "standby"), as draw.io wraps a label: an architect
    // tells "orders-db-standby" from "orders-db-standby-data" by the end an ellipsis hides.
    const QString wrapped
            = wrapName(m_name,
                       QFontMetricsF(CanvasStyle::scaled(style.titleFont,
                                                         smallest / style.titleFont.pixelSize())),
                       width);
    const QStringList nameLines = wrapped.split(QLatin1Char('\n'));
    const QFontMetricsF titleBase(style.titleFont);
    const QString longest = *std::max_element(
            nameLines.cbegin(), nameLines.cend(), [&titleBase](const QString &a, const QString &b) {
                return titleBase.horizontalAdvance(a) < titleBase.horizontalAdvance(b);
            });
    l.compactTitleFont = fitted(style.titleFont, longest, ReadablePixels);
    QString key = m_fullMetric;
    if (QFontMetricsF(CanvasStyle::scaled(style.metricFont,
                                          ReadablePixels / lod / style.metricFont.pixelSize()))
                .horizontalAdvance(key)
        > width)
        key = key.section(QStringLiteral(" · "), 0, 0); // the key figure comes first
    l.compactMetricFont = fitted(style.metricFont, key, ReadablePixels * 0.92);
    // The name's lines and the figure if they fit the card, shrunk a little if need be (not
    // below MinimumPixels); otherwise the name alone.
    const int titleLines = int(nameLines.size());
    const qreal room = m_size.height() - 4;
    const qreal titleHeight = QFontMetricsF(l.compactTitleFont).height() * titleLines;
    const qreal both = titleHeight + QFontMetricsF(l.compactMetricFont).height();
    l.compactTwoLines = !m_fullMetric.isEmpty();
    if (l.compactTwoLines && both > room) {
        const qreal k = room / both;
        const qreal smallestPixels
                = qMin(l.compactTitleFont.pixelSize(), l.compactMetricFont.pixelSize()) * k * lod;
        l.compactTwoLines = smallestPixels >= MinimumPixels;
        if (l.compactTwoLines) {
            l.compactTitleFont = CanvasStyle::scaled(l.compactTitleFont, k);
            l.compactMetricFont = CanvasStyle::scaled(l.compactMetricFont, k);
        }
    }
    if (!l.compactTwoLines && titleHeight > room)
        l.compactTitleFont = CanvasStyle::scaled(l.compactTitleFont, room / titleHeight);
    const QFontMetricsF titleMetrics(l.compactTitleFont);
    const QFontMetricsF metricMetrics(l.compactMetricFont);
    QStringList shown;
    for (const QString &line : nameLines)
        shown << titleMetrics.elidedText(line, Qt::ElideRight, width);
    l.compactTitle = shown.join(QLatin1Char('\n'));
    l.compactMetric = metricMetrics.elidedText(key, Qt::ElideRight, width);
    l.compactZoom = lod;
}

void NodeItem::paintCompact(QPainter *painter, qreal lod)
{
    if (!qFuzzyCompare(layout().compactZoom, lod))
        layoutCompact(lod);
    const Layout &l = *m_layout;
    const CanvasStyle &style = designScene()->canvasStyle();
    const QRectF card = cardRect();
    const bool selected = isSelected();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen border(style.cardBorder, 1);
    border.setCosmetic(true);
    if (isInvalid())
        border = QPen(style.invalid, 2 / lod);
    if (selected || m_highlighted)
        border = QPen(m_refused ? style.invalid : style.selection, (m_highlighted ? 3 : 2) / lod);
    painter->setPen(border);
    painter->setBrush(style.cardFill);
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
    painter->setPen(Qt::NoPen);
    painter->setBrush(CanvasStyle::accent(m_kind, m_endpoint));
    painter->drawRoundedRect(QRectF(0, 0, CompactLeft - 4, m_size.height()), Radius, Radius);

    const QRectF text(CompactLeft, 2, m_size.width() - CompactLeft - 6, m_size.height() - 4);
    painter->setFont(l.compactTitleFont);
    painter->setPen(style.text);
    if (l.compactTwoLines) {
        const qreal titleHeight = QFontMetricsF(l.compactTitleFont).height()
                * (l.compactTitle.count(QLatin1Char('\n')) + 1);
        const qreal metricHeight = QFontMetricsF(l.compactMetricFont).height();
        const qreal top = text.top() + (text.height() - titleHeight - metricHeight) / 2;
        painter->drawText(QRectF(text.left(), top, text.width(), titleHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, l.compactTitle);
        painter->setFont(l.compactMetricFont);
        painter->setPen(isInvalid() ? style.invalid : style.metricText);
        painter->drawText(QRectF(text.left(), top + titleHeight, text.width(), metricHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, l.compactMetric);
    } else {
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter, l.compactTitle);
    }
    if (m_badge) {
        const qreal r = 6 / lod;
        ItemDecoration::paintBadge(painter, QPointF(m_size.width() - r * 0.6, r * 0.2), r,
                                   *m_badge);
    }
    if (m_hovered || selected) {
        painter->setPen(QPen(style.cardFill, 1.5 / lod));
        painter->setBrush(style.selection);
        painter->drawEllipse(QPointF(m_size.width(), m_size.height() / 2), 5 / lod, 5 / lod);
    }
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    DesignScene *s = designScene();
    if (s) {
        if (change == ItemPositionChange)
            return s->snapItemPosition(this, value.toPointF());
        if (change == ItemPositionHasChanged)
            s->itemMoved(m_id);
        if (change == ItemSelectedHasChanged || change == ItemOpacityHasChanged
            || change == ItemVisibleHasChanged)
            s->overviewChanged(QRectF());
    }
    return QGraphicsItem::itemChange(change, value);
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace ecsplan
