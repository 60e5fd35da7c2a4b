#include "designview.h"

#include "canvasactions.h"
#include "designscene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace ecsplan {

DesignView::DesignView(DesignScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setCacheMode(CacheNone);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // Room to pan beyond the design's edges.
    setSceneRect(QRectF(-20000, -20000, 80000, 80000));
    m_actions = new CanvasActions(this);
}

QList<QAction *> DesignView::editActions() const
{
    return m_actions->editActions();
}
QList<QAction *> DesignView::viewActions() const
{
    return m_actions->viewActions();
}
QList<QAction *> DesignView::toolActions() const
{
    return m_actions->toolActions();
}

void DesignView::setTool(Tool tool)
{
    if (m_tool == tool)
        return;
    m_tool = tool;
    m_scene->setConnectMode(tool == Tool::Connect);
    viewport()->setCursor(tool == Tool::Connect ? Qt::CrossCursor : Qt::ArrowCursor);
    emit toolChanged(tool);
}

double DesignView::zoom() const
{
    return transform().m11();
}

void DesignView::setZoom(double scale)
{
    scale = qBound(MinimumZoom, scale, MaximumZoom);
    if (qFuzzyCompare(scale, zoom()))
        return;
    setTransform(QTransform::fromScale(scale, scale));
    m_scene->setItemCaching(scale >= DesignScene::OverviewZoom);
    m_scene->setOverview(scale < DesignScene::OverviewZoom);
    emit zoomChanged(scale);
}

void DesignView::zoomBy(double factor)
{
    setZoom(zoom() * factor);
}

void DesignView::zoomIn()
{
    zoomBy(1.25);
}
void DesignView::zoomOut()
{
    zoomBy(1 / 1.25);
}
void DesignView::resetZoom()
{
    setZoom(1.0);
}

void DesignView::zoomToFit()
{
    const QRectF content = m_scene->contentsRect();
    if (content.isEmpty()) {
        resetZoom();
        return;
    }
    const QRectF target = content.adjusted(-40, -40, 40, 40);
    const QSizeF available = viewport()->size();
    const double scale
            = qMin(available.width() / target.width(), available.height() / target.height());
    setZoom(qMin(scale, 1.0));
    centerOn(target.center());
}

void DesignView::wheelEvent(QWheelEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (!ctrl && !event->pixelDelta().isNull()) {
        QGraphicsView::wheelEvent(event); // touchpad: scroll
        return;
    }
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, steps));
    event->accept();
}

void DesignView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (m_spaceHeld && event->button() == Qt::LeftButton)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint d = p - m_panLast;
        m_panLast = p;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DesignView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld                       ? Qt::OpenHandCursor
                                      : m_tool == Tool::Connect ? Qt::CrossCursor
                                                                : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DesignView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_tool == Tool::Connect) {
        setTool(Tool::Select);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(m_tool == Tool::Connect ? Qt::CrossCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const CanvasStyle &style = m_scene->canvasStyle();
    painter->fillRect(rect, style.background);
    // A dot grid when snapping and close enough for the dots to mean something.
    const double scale = zoom();
    if (!m_scene->snapToGrid() || scale < 0.5)
        return;
    const qreal g = DesignScene::GridSize * (scale < 0.9 ? 2 : 1);
    const qreal left = std::floor(rect.left() / g) * g;
    const qreal top = std::floor(rect.top() / g) * g;
    QVector<QPointF> dots;
    for (qreal x = left; x < rect.right(); x += g)
        for (qreal y = top; y < rect.bottom(); y += g)
            dots << QPointF(x, y);
    painter->setPen(QPen(style.grid.darker(style.dark ? 70 : 115), 1.5 / scale));
    painter->drawPoints(dots.constData(), int(dots.size()));
}

} // namespace ecsplan
