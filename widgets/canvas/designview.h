#pragma once

#include <QGraphicsView>

namespace ecsplan {

class CanvasActions;
class DesignScene;

/**
 * The canvas view. Zoom: wheel or Ctrl+wheel (a touchpad's pixel scrolling pans unless Ctrl is
 * held), Ctrl+± and the zoom slots; scale is clamped to [2 %, 400 %]. Pan: middle-button drag,
 * or hold Space and drag. Rubber-band selection selects items entirely inside the band.
 *
 * Menu actions live in actions() (CanvasActions): edit (cut/copy/paste/duplicate/delete/select
 * all/align), view (zoom, fit, 100 %, snap to grid) and tools (select/connect). Their shortcuts
 * are WidgetWithChildrenShortcut on this view: they fire while the canvas has focus, and the
 * main window may also put the same QAction objects in its menus and toolbars.
 */
class DesignView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DesignView(DesignScene *scene, QWidget *parent = nullptr);

    enum class Tool { Select, Connect };
    void setTool(Tool tool);
    Tool tool() const { return m_tool; }

    DesignScene *designScene() const { return m_scene; }
    CanvasActions *actions() const { return m_actions; }
    QList<QAction *> editActions() const;
    QList<QAction *> viewActions() const;
    QList<QAction *> toolActions() const;

    /** Current scale: 1.0 = 100 %. */
    double zoom() const;
    static constexpr double MinimumZoom = 0.02;
    static constexpr double MaximumZoom = 4.0;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom(); ///< 100 %
    void setZoom(double scale);

signals:
    void zoomChanged(double scale);
    void toolChanged(ecsplan::DesignView::Tool tool);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void zoomBy(double factor);

    DesignScene *m_scene;
    CanvasActions *m_actions;
    Tool m_tool = Tool::Select;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace ecsplan
