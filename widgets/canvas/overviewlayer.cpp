#include "overviewlayer.h"

#include "canvasstyle.h"
#include "designscene.h"
#include "nodeitem.h"

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
        QColor color = node->isInvalid() ? style.invalid
                       : node->isSelected() ? style.selection
                                            : CanvasStyle::accent(node->kind(), node->endpointKind());
        color.setAlphaF(color.alphaF() * node->effectiveOpacity());
        auto it = std::find_if(batches.begin(), batches.end(), [&](const Batch &b) { return b.color == color; });
        if (it == batches.end()) {
            batches.append(Batch{color, {}});
            it = batches.end() - 1;
        }
        it->rects << r;
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
}

} // namespace ecsplan
