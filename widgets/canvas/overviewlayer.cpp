#include "overviewlayer.h"

#include "canvasstyle.h"
#include "containeritem.h"
#include "designscene.h"
#include "nodeitem.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ecsplan {

OverviewLayer::OverviewLayer()
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(CanvasZ::Overview);
}

void OverviewLayer::setActive(bool on)
{
    if (m_active == on)
        return;
    m_active = on;
    m_dirty = true;
    prepareGeometryChange();
    if (on) {
        rebuild(true);
        update();
    } else {
        m_bounds = QRectF();
        m_batches.clear();
    }
}

void OverviewLayer::invalidate(const QRectF &sceneRect)
{
    m_dirty = true;
    if (!m_active)
        return;
    // The boxes are rebuilt on the next paint (many changes, one rebuild); the bounds cannot
    // change during a paint, so they grow now.
    if (!sceneRect.isNull() && !m_bounds.contains(sceneRect)) {
        prepareGeometryChange();
        m_bounds = m_bounds.united(sceneRect);
    }
    update();
}

void OverviewLayer::rebuild(bool fitBounds)
{
    const auto *s = static_cast<DesignScene *>(scene());
    if (!s)
        return;
    const CanvasStyle &style = s->canvasStyle();
    QVector<Batch> batches;
    QRectF bounds;
    s->forEachNode([&](const NodeItem *node) {
        if (!node->isVisible())
            return;
        const QRectF r = node->cardSceneRect();
        bounds = bounds.isNull() ? r : bounds.united(r);
        const QColor color = node->boxColor(style, true);
        auto it = std::find_if(batches.begin(), batches.end(),
                               [&](const Batch &b) { return b.color == color; });
        if (it == batches.end()) {
            batches.append(Batch{color, {}});
            it = batches.end() - 1;
        }
        it->rects << r;
    });
    s->forEachContainer([&](const ContainerItem *c) {
        const QRectF r = c->sceneBoundingRect();
        bounds = bounds.isNull() ? r : bounds.united(r);
    });
    // Selected and invalid boxes last, on top of their neighbours.
    std::stable_sort(batches.begin(), batches.end(), [&](const Batch &a, const Batch &b) {
        auto rank = [&](const QColor &c) {
            return c.rgb() == style.selection.rgb() ? 2 : c.rgb() == style.invalid.rgb() ? 1 : 0;
        };
        return rank(a.color) < rank(b.color);
    });
    if (fitBounds)
        m_bounds = bounds; // setActive() announced the change; paint() never moves the bounds
    m_batches = std::move(batches);
    m_dirty = false;
}

void OverviewLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_active)
        return;
    if (m_dirty)
        rebuild();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    for (const Batch &batch : std::as_const(m_batches)) {
        painter->setBrush(batch.color);
        painter->drawRects(batch.rects.constData(), int(batch.rects.size()));
    }
    drawContainerLabels(painter);
}

void OverviewLayer::drawContainerLabels(QPainter *painter) const
{
    // Screen-sized pills above the boxes: zones at their top-left corner, regions at their
    // top-right, so the two never meet where a zone starts at its region's corner.
    const auto *s = static_cast<DesignScene *>(scene());
    const CanvasStyle &style = s->canvasStyle();
    const QTransform toDevice = painter->worldTransform();
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    s->forEachContainer([&](const ContainerItem *c) {
        const bool region = c->kind() == EntityKind::Region;
        const QRectF frame = toDevice.mapRect(c->sceneBoundingRect());
        QFont font = region ? style.regionFont : style.zoneFont;
        const QFontMetricsF fm(font);
        QString text = c->title();
        if (!c->subtotal().isEmpty())
            text += QStringLiteral("  ") + c->subtotal();
        text = fm.elidedText(text, Qt::ElideRight, frame.width() / 2 - 24);
        if (text.isEmpty() || frame.width() < 60)
            return;
        const QSizeF size(fm.horizontalAdvance(text) + 14, fm.height() + 6);
        const QPointF at = region ? QPointF(frame.right() - size.width() - 14, frame.top() + 12)
                                  : QPointF(frame.left() + 14, frame.top() + 12);
        const QRectF pill(at, size);
        QColor fill = style.cardFill;
        fill.setAlphaF(0.92);
        painter->setPen(QPen(region ? style.regionBorder : style.zoneBorder, 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, 4, 4);
        painter->setFont(font);
        painter->setPen(region ? style.regionHeader : style.zoneHeader);
        painter->drawText(pill, Qt::AlignCenter, text);
    });
    painter->restore();
}

} // namespace ecsplan
