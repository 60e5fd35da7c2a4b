#include "canvasarea.h"

#include <QGraphicsScene>
#include <QGraphicsView>

// Placeholder until the canvas branch lands: an empty QGraphicsView, no selection.
namespace ecsplan {

CanvasArea::CanvasArea(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    auto *scene = new QGraphicsScene(this);
    m_scene = scene;
    m_view = new QGraphicsView(scene);
}

CanvasArea::~CanvasArea() = default;

QList<QAction *> CanvasArea::editActions() const { return {}; }
QList<QAction *> CanvasArea::viewActions() const { return {}; }
EntityIds CanvasArea::selectedIds() const { return {}; }
void CanvasArea::selectIds(const EntityIds &) {}
void CanvasArea::setMetricsEngine(MetricsEngine *) {}

void CanvasArea::zoomIn() { emit zoomChanged(m_zoom *= 1.25); }
void CanvasArea::zoomOut() { emit zoomChanged(m_zoom /= 1.25); }
void CanvasArea::zoomToFit() { emit zoomChanged(m_zoom = 1.0); }
void CanvasArea::resetZoom() { emit zoomChanged(m_zoom = 1.0); }

} // namespace ecsplan
