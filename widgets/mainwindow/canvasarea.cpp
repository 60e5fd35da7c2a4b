#include "canvasarea.h"

#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "palette/componentpalette.h"

namespace ecsplan {

CanvasArea::CanvasArea(Document *document, QObject *parent)
    : QObject(parent)
    , m_scene(new DesignScene(document, this))
    , m_view(new DesignView(m_scene))
    , m_palette(new ComponentPalette)
{
    connect(m_scene, &DesignScene::selectedIdsChanged, this, &CanvasArea::selectionChanged);
    connect(m_scene, &DesignScene::statusMessage, this, &CanvasArea::statusMessage);
    connect(m_view, &DesignView::zoomChanged, this, &CanvasArea::zoomChanged);
}

// The view and the palette are reparented into the window (central widget, dock).
CanvasArea::~CanvasArea() = default;

QWidget *CanvasArea::view() const
{
    return m_view;
}
QList<QAction *> CanvasArea::editActions() const
{
    return m_view->editActions();
}
QList<QAction *> CanvasArea::viewActions() const
{
    return m_view->viewActions();
}
QList<QAction *> CanvasArea::toolActions() const
{
    return m_view->toolActions();
}
EntityIds CanvasArea::selectedIds() const
{
    return m_scene->selectedIds();
}
void CanvasArea::selectIds(const EntityIds &ids)
{
    m_scene->selectIds(ids);
}
void CanvasArea::setMetricsEngine(MetricsEngine *engine)
{
    m_scene->setMetricsEngine(engine);
}
double CanvasArea::zoom() const
{
    return m_view->zoom();
}

void CanvasArea::zoomIn()
{
    m_view->zoomIn();
}
void CanvasArea::zoomOut()
{
    m_view->zoomOut();
}
void CanvasArea::zoomToFit()
{
    m_view->zoomToFit();
}
void CanvasArea::resetZoom()
{
    m_view->resetZoom();
}

} // namespace ecsplan
