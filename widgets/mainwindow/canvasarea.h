#pragma once

#include "model/ids.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace ecsplan {

class Document;
class MetricsEngine;

/**
 * The main window's view of the canvas: the design view, the component palette, the
 * canvas's own edit/view actions and its selection. A seam so that the window does not
 * depend on the canvas's internals (and builds before the canvas lands).
 */
class CanvasArea : public QObject
{
    Q_OBJECT
public:
    CanvasArea(Document *document, QObject *parent = nullptr);
    ~CanvasArea() override;

    QWidget *view() const { return m_view; }
    /** The component palette, or nullptr when the canvas provides none. */
    QWidget *palette() const { return m_palette; }
    /** Canvas edit actions (cut, copy, paste, duplicate, delete, select all, align ...). */
    QList<QAction *> editActions() const;
    /** Canvas view actions (snap to grid ...). */
    QList<QAction *> viewActions() const;

    EntityIds selectedIds() const;
    void selectIds(const EntityIds &ids);
    void setMetricsEngine(MetricsEngine *engine);
    double zoom() const { return m_zoom; }

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
    Document *m_document;
    QWidget *m_view = nullptr;
    QWidget *m_palette = nullptr;
    QObject *m_scene = nullptr;
    double m_zoom = 1.0;
};

} // namespace ecsplan
