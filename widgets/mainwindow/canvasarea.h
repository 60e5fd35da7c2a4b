#pragma once

#include "model/ids.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace ecsplan {

class DesignScene;
class DesignView;
class Document;
class MetricsEngine;

/**
 * The main window's view of the canvas: the design scene and view, the component palette,
 * the canvas's own actions and its selection, in one place so that the window does not
 * depend on the canvas's internals.
 */
class CanvasArea : public QObject
{
    Q_OBJECT
public:
    CanvasArea(Document *document, QObject *parent = nullptr);
    ~CanvasArea() override;

    QWidget *view() const;
    DesignScene *scene() const { return m_scene; }
    /** The component palette, or nullptr when the canvas provides none. */
    QWidget *palette() const { return m_palette; }
    /** Canvas edit actions (cut, copy, paste, duplicate, delete, select all, align ...). */
    QList<QAction *> editActions() const;
    /** Canvas view actions (zoom in/out, fit, 100 %, snap to grid). */
    QList<QAction *> viewActions() const;
    /** Canvas tools (select, connect). */
    QList<QAction *> toolActions() const;

    EntityIds selectedIds() const;
    void selectIds(const EntityIds &ids);
    void setMetricsEngine(MetricsEngine *engine);
    double zoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();

signals:
    void selectionChanged(const ecsplan::EntityIds &ids);
    void statusMessage(const QString &message);
    void zoomChanged(double factor);

private:
    DesignScene *m_scene;
    DesignView *m_view;
    QWidget *m_palette;
};

} // namespace ecsplan
