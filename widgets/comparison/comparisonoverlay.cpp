#include "comparisonoverlay.h"

#include "canvas/containeritem.h"
#include "canvas/designscene.h"
#include "canvas/entityfigures.h"
#include "model/document.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace ecsplan {

namespace {
constexpr qreal RingGap = 5; ///< scene units between a card and its ring
constexpr qreal RingWidth = 2.5; ///< screen pixels
constexpr qreal TagGap = 3; ///< screen pixels between the card's ring and its tag
constexpr qreal TagPadding = 5;
constexpr qreal CardRadius = 6;
/** Above the container subtrees and the overview layer, below links and attachments. */
constexpr qreal MarkZ = CanvasZ::Overview + 2;

QString fieldValue(const QString &compactJson)
{
    return compactJson.isEmpty() ? QStringLiteral("—") : compactJson;
}
} // namespace

QString signedCardMoney(double delta, const QString &currency)
{
    const QString amount = EntityFigures::money(std::abs(delta), currency);
    return (delta < 0 ? QStringLiteral("−") : QStringLiteral("+")) + amount;
}

// --- ComparisonMarkItem ------------------------------------------------------------------------

ComparisonMarkItem::ComparisonMarkItem(DesignDiff::Change change, EntityId id, bool container)
    : m_change(change)
    , m_id(id)
    , m_container(container)
    , m_tag(new ComparisonTagItem(this))
{
    setFlags({}); // not selectable, not movable, no focus
    setAcceptedMouseButtons(Qt::NoButton); // a click goes through to the canvas
    setAcceptHoverEvents(false);
    m_tag->setPlacement(container ? ComparisonTagItem::Placement::Inside
                                  : ComparisonTagItem::Placement::Below);
}

namespace {
/** `gap`: between the card and its tag (its ring's, or none for a ghost). */
QPointF anchorOf(ComparisonTagItem::Placement placement, const QSizeF &size, qreal gap)
{
    switch (placement) {
    case ComparisonTagItem::Placement::Below:
        return {0, size.height() + gap};
    case ComparisonTagItem::Placement::Above:
        return {0, -gap};
    case ComparisonTagItem::Placement::Right:
        return {size.width() + gap + 6, size.height() / 2}; // past the connector handle
    case ComparisonTagItem::Placement::Inside:
        break;
    }
    return {size.width() - 8, size.height() - 8};
}
} // namespace

void ComparisonMarkItem::placeTag(int placement)
{
    const auto p = ComparisonTagItem::Placement(placement);
    m_tag->setPlacement(p);
    m_tag->setPos(anchorOf(p, m_target.size(), isGhost() ? 0 : RingGap));
}

QRectF ComparisonMarkItem::tagSceneRect(int placement, double zoom) const
{
    const auto p = ComparisonTagItem::Placement(placement);
    const QRectF pill = m_tag->pillRect(p);
    const QPointF anchor
            = m_target.topLeft() + anchorOf(p, m_target.size(), isGhost() ? 0 : RingGap);
    const double z = qMax(zoom, 0.01);
    return QRectF(anchor + pill.topLeft() / z, pill.size() / z);
}

QColor ComparisonMarkItem::color(DesignDiff::Change change)
{
    switch (change) {
    case DesignDiff::Change::Added:
        return QColor(0x1e, 0x9e, 0x4a); // green
    case DesignDiff::Change::Removed:
        return QColor(0xc0, 0x39, 0x2b); // red
    case DesignDiff::Change::Changed:
        break;
    }
    return QColor(0xe0, 0x8a, 0x00); // amber
}

void ComparisonMarkItem::setTarget(const QRectF &sceneRect)
{
    if (sceneRect == m_target)
        return;
    prepareGeometryChange();
    m_target = sceneRect;
    setPos(sceneRect.topLeft());
    m_tag->setPos(anchorOf(m_tag->placement(), sceneRect.size(), isGhost() ? 0 : RingGap));
}

void ComparisonMarkItem::setGhostText(const QString &name, const QString &kind)
{
    m_name = name;
    m_kind = kind;
    update();
}

QString ComparisonMarkItem::tagText() const
{
    return m_tag->text();
}

void ComparisonMarkItem::setTagText(const QString &text)
{
    m_tag->setText(text, color(m_change));
}

QRectF ComparisonMarkItem::boundingRect() const
{
    const qreal out = RingGap + 4;
    return QRectF(QPointF(), m_target.size()).adjusted(-out, -out, out, out);
}

QPainterPath ComparisonMarkItem::shape() const
{
    // The ring (for its tooltip) or the ghost card; never the live card inside the ring.
    QPainterPath path;
    const QRectF card(QPointF(), m_target.size());
    if (isGhost() && !m_container) {
        path.addRect(card);
        return path;
    }
    if (isGhost()) { // a removed frame: its border band, not what lies inside it now
        path.addRect(card);
        QPainterPath inside;
        inside.addRect(card.adjusted(10, 10, -10, -10));
        return path.subtracted(inside);
    }
    path.addRect(boundingRect());
    QPainterPath inner;
    inner.addRect(card);
    return path.subtracted(inner);
}

void ComparisonMarkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const qreal lod = qMax(option->levelOfDetailFromTransform(painter->worldTransform()), 0.02);
    const QColor c = color(m_change);
    const QRectF card(QPointF(), m_target.size());
    painter->setRenderHint(QPainter::Antialiasing);
    if (!isGhost()) {
        QPen pen(c, RingWidth);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const qreal gap = m_container ? 3 : RingGap;
        painter->drawRoundedRect(card.adjusted(-gap, -gap, gap, gap), CardRadius + gap,
                                 CardRadius + gap);
        return;
    }
    // The ghost: a translucent dashed card with the removed component's name.
    QPen pen(c, 1.5, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    QColor fill = c;
    fill.setAlpha(m_container ? 10 : 28);
    painter->setBrush(fill);
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), CardRadius, CardRadius);
    if (m_name.isEmpty() || lod < 0.12)
        return;
    // Text that stays readable on screen, as the compact cards do (about 10.5 px), within the
    // card; a frame's name goes in its top-left corner.
    QFont font = painter->font();
    const qreal pixels = qMax(11.0, 10.5 / lod);
    font.setPixelSize(qMax(1, qRound(pixels)));
    font.setStrikeOut(true);
    painter->setFont(font);
    QColor text = c.darker(120);
    text.setAlpha(200);
    painter->setPen(text);
    const QRectF area = card.adjusted(8, 2, -6, -2);
    const QFontMetricsF fm(font);
    const QString name = fm.elidedText(m_name, Qt::ElideMiddle, area.width());
    if (m_container) {
        painter->drawText(area.adjusted(0, 4, 0, 0), Qt::AlignLeft | Qt::AlignTop, name);
        return;
    }
    font.setStrikeOut(false);
    QFont small = font;
    small.setPixelSize(qMax(1, qRound(pixels * 0.85)));
    const qreal lines = fm.height() + QFontMetricsF(small).height();
    if (lines <= area.height()) {
        const qreal top = area.top() + (area.height() - lines) / 2;
        painter->setFont(font);
        font.setStrikeOut(true);
        painter->setFont(font);
        painter->drawText(QRectF(area.left(), top, area.width(), fm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, name);
        painter->setFont(small);
        painter->drawText(
                QRectF(area.left(), top + fm.height(), area.width(), QFontMetricsF(small).height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(small).elidedText(m_kind, Qt::ElideRight, area.width()));
    } else {
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, name);
    }
}

// --- ComparisonTagItem -------------------------------------------------------------------------

ComparisonTagItem::ComparisonTagItem(QGraphicsItem *parent)
    : QGraphicsItem(parent)
{
    setFlag(ItemIgnoresTransformations); // the same size on screen at any zoom
    setAcceptedMouseButtons(Qt::NoButton);
    m_font.setPixelSize(10);
    m_font.setBold(true);
}

void ComparisonTagItem::setText(const QString &text, const QColor &color)
{
    if (text == m_text && color == m_color)
        return;
    prepareGeometryChange();
    m_text = text;
    m_color = color;
    const QFontMetricsF fm(m_font);
    m_size = QSizeF(std::ceil(fm.horizontalAdvance(text)) + 2 * TagPadding, fm.height() + 3);
    update();
}

void ComparisonTagItem::setPlacement(Placement placement)
{
    if (placement == m_placement)
        return;
    prepareGeometryChange();
    m_placement = placement;
}

QRectF ComparisonTagItem::pillRect(Placement placement) const
{
    switch (placement) {
    case Placement::Below:
        return QRectF(QPointF(0, TagGap), m_size);
    case Placement::Above:
        return QRectF(QPointF(0, -TagGap - m_size.height()), m_size);
    case Placement::Right:
        return QRectF(QPointF(TagGap, -m_size.height() / 2), m_size);
    case Placement::Inside:
        break;
    }
    return QRectF(QPointF(-m_size.width(), -m_size.height()), m_size);
}

QRectF ComparisonTagItem::boundingRect() const
{
    return pillRect(m_placement);
}

void ComparisonTagItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_text.isEmpty())
        return;
    const QRectF r = boundingRect();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color.darker(118)); // white text on it stays legible (amber)
    painter->drawRoundedRect(r, r.height() / 2, r.height() / 2);
    painter->setFont(m_font);
    painter->setPen(Qt::white);
    painter->drawText(r, Qt::AlignCenter, m_text);
}

// --- ComparisonOverlay -------------------------------------------------------------------------

namespace {
/** An empty parent for the marks, watched with a QPointer (a QGraphicsObject). */
class MarkLayer : public QGraphicsObject
{
public:
    MarkLayer()
    {
        setFlag(ItemHasNoContents);
        setAcceptedMouseButtons(Qt::NoButton);
        setZValue(MarkZ);
    }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};
} // namespace

QGraphicsObject *ComparisonOverlay::layer()
{
    if (!m_layer) {
        m_layer = new MarkLayer;
        m_scene->addItem(m_layer);
    }
    return m_layer;
}

ComparisonOverlay::ComparisonOverlay(DesignScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{
}

ComparisonOverlay::~ComparisonOverlay()
{
    clear();
    delete m_layer;
}

QRectF ComparisonOverlay::sceneRectOf(const Entity &e) const
{
    // Scene coordinates equal model geometry; cards without a size have their kind's.
    if (e.isContainer() || !e.geometry.size().isEmpty())
        return e.geometry;
    return QRectF(e.geometry.topLeft(), defaultSize(e.kind));
}

void ComparisonOverlay::show(const Model &before, const DesignDiff::Result &result,
                             const QString &beforeLabel)
{
    clear();
    const Model &now = m_scene->document()->model();
    const QString currency = result.currency;
    for (const DesignDiff::ComponentChange &c : result.components) {
        const bool removed = c.change == DesignDiff::Change::Removed;
        const Entity *e = removed ? before.find(c.id) : now.find(c.id);
        if (!e || e->isLink())
            continue; // links: listed in the dock
        if (removed && now.contains(c.id) && now.find(c.id)->kind == e->kind)
            continue;
        auto *mark = new ComparisonMarkItem(c.change, c.id, e->isContainer());
        mark->setTarget(sceneRectOf(*e));
        QString tag;
        QStringList tip;
        switch (c.change) {
        case DesignDiff::Change::Added:
            tag = tr("+ added");
            tip << tr("<b>Added</b> since %1 (before)").arg(beforeLabel.toHtmlEscaped());
            break;
        case DesignDiff::Change::Removed:
            tag = tr("− removed");
            tip << tr("<b>Removed</b>: in %1 (before), not in this design")
                            .arg(beforeLabel.toHtmlEscaped());
            mark->setGhostText(e->name, displayName(e->kind));
            break;
        case DesignDiff::Change::Changed:
            tag = tr("~ changed");
            tip << tr("<b>Changed</b> since %1 (before):").arg(beforeLabel.toHtmlEscaped());
            break;
        }
        for (const DesignDiff::FieldChange &f : c.fields)
            tip << QStringLiteral("%1: %2 → %3")
                            .arg(f.field.toHtmlEscaped(), fieldValue(f.before).toHtmlEscaped(),
                                 fieldValue(f.after).toHtmlEscaped());
        for (const DesignDiff::FigureChange &f : c.figures)
            tip << DesignDiff::figureText(f).toHtmlEscaped();
        const double delta = c.costAfter - c.costBefore;
        if (c.costed()) {
            if (std::abs(delta) >= 0.005)
                tag += QStringLiteral(" · ") + signedCardMoney(delta, currency);
            tip << tr("Monthly: %1 → %2")
                            .arg(EntityFigures::money(c.costBefore, currency)
                                         + (c.unpricedBefore ? tr(" + unpriced") : QString()),
                                 EntityFigures::money(c.costAfter, currency)
                                         + (c.unpricedAfter ? tr(" + unpriced") : QString()));
        }
        mark->setTagText(tag);
        const QString html = tip.join(QStringLiteral("<br>"));
        mark->setToolTip(html);
        mark->tag()->setToolTip(html);
        mark->tag()->setVisible(m_zoom >= TagZoom);
        if (!removed)
            m_notes.insert(c.id, html);
        mark->setParentItem(layer());
        m_marks << mark;
    }
    placeTags();
}

void ComparisonOverlay::placeTags()
{
    using P = ComparisonTagItem::Placement;
    QList<std::pair<QRectF, const ComparisonMarkItem *>> taken;
    for (const ComparisonMarkItem *m : std::as_const(m_marks)) {
        if (m->isGhost() && !m->isContainer())
            taken.append({m->target(), m});
    }
    for (ComparisonMarkItem *m : std::as_const(m_marks)) {
        if (m->isContainer() || !m->isVisible())
            continue;
        // What a place would cover (scene area): a card's figures or another tag weigh ten
        // times a header band (a band's text is at its left, most of it is empty).
        auto covered = [&](const QRectF &r) {
            auto area = [&r](const QRectF &other) {
                const QRectF i = r.intersected(other);
                return i.isEmpty() ? 0.0 : i.width() * i.height();
            };
            double sum = 0;
            m_scene->forEachContainer(
                    [&](const ContainerItem *c) { sum += area(c->headerSceneRect()); });
            for (const QRectF &card : m_scene->cardRectsIn(r, m->id(), m->id()))
                sum += 10 * area(card);
            for (const auto &t : std::as_const(taken)) {
                if (t.second != m)
                    sum += 10 * area(t.first);
            }
            return sum;
        };
        P chosen = P::Below;
        double least = -1;
        for (P p : {P::Below, P::Above, P::Right}) {
            const double c = covered(m->tagSceneRect(int(p), m_zoom));
            if (least < 0 || c < least) {
                least = c;
                chosen = p;
            }
            if (c == 0)
                break;
        }
        m->placeTag(int(chosen));
        taken.append({m->tagSceneRect(int(chosen), m_zoom), m});
    }
}

void ComparisonOverlay::clear()
{
    // The scene may have deleted the layer and the marks with it (a reset clears the scene).
    if (m_layer)
        qDeleteAll(m_marks);
    m_marks.clear();
    m_notes.clear();
}

ComparisonMarkItem *ComparisonOverlay::markFor(EntityId id) const
{
    for (ComparisonMarkItem *m : m_marks) {
        if (m->id() == id && !m->isGhost())
            return m;
    }
    return nullptr;
}

ComparisonMarkItem *ComparisonOverlay::ghostFor(EntityId id) const
{
    for (ComparisonMarkItem *m : m_marks) {
        if (m->id() == id && m->isGhost())
            return m;
    }
    return nullptr;
}

void ComparisonOverlay::relayout()
{
    const Model &now = m_scene->document()->model();
    for (ComparisonMarkItem *m : std::as_const(m_marks)) {
        if (m->isGhost())
            continue;
        if (const Entity *e = now.find(m->id()))
            m->setTarget(sceneRectOf(*e));
        else
            m->hide(); // deleted since: the next comparison drops it
    }
    placeTags();
}

void ComparisonOverlay::setZoom(double zoom)
{
    m_zoom = zoom;
    for (ComparisonMarkItem *m : std::as_const(m_marks))
        m->tag()->setVisible(zoom >= TagZoom);
    placeTags();
}

} // namespace ecsplan
