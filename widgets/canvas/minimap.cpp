#include "minimap.h"

#include "canvasstyle.h"
#include "containeritem.h"
#include "designscene.h"
#include "designview.h"
#include "nodeitem.h"

#include <QMouseEvent>
#include <QPainter>

namespace ecsplan {

Minimap::Minimap(DesignView *view)
    : QWidget(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("minimap"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &Minimap::render);
    DesignScene *scene = view->designScene();
    connect(scene->document(), &Document::changed, this, [this] { m_timer.start(); });
    connect(view, &DesignView::zoomChanged, this, &Minimap::updateVisibility);
    hide();
}

void Minimap::setEnabledByUser(bool on)
{
    m_userEnabled = on;
    updateVisibility();
}

void Minimap::updateVisibility()
{
    const QRectF content = m_view->designScene()->contentsRect();
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const bool wanted = m_userEnabled && !content.isEmpty() && !visible.contains(content);
    // A stale picture is redrawn once control returns to the event loop, not here: zooming to
    // fit passes through scrolls and transforms at which the design does not fit yet, and a
    // synchronous render at each of them cost 11 % of opening a 10k design for a map that the
    // fitted view then hides.
    if (wanted && (m_image.isNull() || m_timer.isActive()) && !m_renderQueued) {
        m_renderQueued = true;
        QMetaObject::invokeMethod(
                this,
                [this] {
                    m_renderQueued = false;
                    if (isVisible())
                        render();
                },
                Qt::QueuedConnection);
    }
    setVisible(wanted);
    update();
}

QRectF Minimap::imageRect() const
{
    if (m_image.isNull())
        return {};
    const QSizeF s = m_image.size() / m_image.devicePixelRatio();
    return QRectF(QPointF((width() - s.width()) / 2, (height() - s.height()) / 2), s);
}

void Minimap::render()
{
    m_timer.stop();
    DesignScene *scene = m_view->designScene();
    const QRectF content = scene->contentsRect();
    if (content.isEmpty()) {
        m_image = QImage();
        m_area = QRectF();
        updateVisibility();
        return;
    }
    m_area = content.adjusted(-40, -40, 40, 40);
    const QSizeF room = QSizeF(size()) - QSizeF(8, 8);
    const qreal scale = qMin(room.width() / m_area.width(), room.height() / m_area.height());
    const qreal dpr = devicePixelRatioF();
    QImage image((m_area.size() * scale * dpr).toSize().expandedTo(QSize(1, 1)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(scene->canvasStyle().background);
    QPainter painter(&image);
    painter.scale(scale, scale);
    painter.translate(-m_area.topLeft());
    drawMap(&painter, scale);
    painter.end();
    m_image = image;
    update();
}

void Minimap::drawMap(QPainter *painter, qreal scale) const
{
    // The map's own drawing, not QGraphicsScene::render: at this scale a card is a few pixels,
    // so regions and zones are their frames and cards their accent-coloured boxes (as the
    // canvas's overview draws them). Links are left out: at this scale they are noise.
    const DesignScene *scene = m_view->designScene();
    const CanvasStyle &style = scene->canvasStyle();
    const qreal hairline = 1 / scale;
    const auto drawFrames = [&](EntityKind kind, const QColor &fill, const QColor &border) {
        painter->setPen(QPen(border, hairline));
        painter->setBrush(fill);
        scene->forEachContainer([&](const ContainerItem *c) {
            if (c->kind() == kind && c->isVisible())
                painter->drawRect(c->sceneBoundingRect());
        });
    };
    painter->setRenderHint(QPainter::Antialiasing, false);
    drawFrames(EntityKind::Region, style.regionFill, style.regionBorder);
    drawFrames(EntityKind::Zone, style.zoneFill, style.zoneBorder);
    painter->setPen(Qt::NoPen);
    scene->forEachNode([&](const NodeItem *node) {
        if (!node->isVisible())
            return;
        painter->fillRect(node->cardSceneRect(), node->boxColor(style, false));
    });
}

QPointF Minimap::toScene(const QPointF &mapPos) const
{
    const QRectF target = imageRect();
    if (target.isEmpty())
        return {};
    const QPointF f((mapPos.x() - target.left()) / target.width(),
                    (mapPos.y() - target.top()) / target.height());
    return m_area.topLeft() + QPointF(f.x() * m_area.width(), f.y() * m_area.height());
}

void Minimap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const CanvasStyle &style = m_view->designScene()->canvasStyle();
    QColor frame = style.cardBorder;
    painter.fillRect(rect(), style.background);
    painter.setPen(QPen(frame, 1));
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    const QRectF target = imageRect();
    if (target.isEmpty())
        return;
    painter.drawImage(target, m_image);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const qreal sx = target.width() / m_area.width();
    const qreal sy = target.height() / m_area.height();
    QRectF box(target.left() + (visible.left() - m_area.left()) * sx,
               target.top() + (visible.top() - m_area.top()) * sy, visible.width() * sx,
               visible.height() * sy);
    box = box.intersected(QRectF(rect()).adjusted(1, 1, -1, -1));
    QColor fill = style.selection;
    fill.setAlphaF(0.12);
    painter.setBrush(fill);
    painter.setPen(QPen(style.selection, 1.5));
    painter.drawRect(box);
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_view->centerOn(toScene(event->position()));
        update();
    }
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        m_view->centerOn(toScene(event->position()));
        update();
    }
}

} // namespace ecsplan
