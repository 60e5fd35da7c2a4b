#pragma once

#include "model/ids.h"

#include <QGraphicsView>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QMenu;
QT_END_NAMESPACE

namespace ecsplan {

class CanvasActions;
class DesignScene;
class FindBar;
class Minimap;

/**
 * The canvas view. Zoom: wheel or Ctrl+wheel (a touchpad's pixel scrolling pans unless Ctrl is
 * held), Ctrl+± and the zoom slots; scale is clamped to [2 %, 400 %]. Pan: middle-button drag,
 * or hold Space and drag. Rubber-band selection selects items entirely inside the band.
 *
 * Menu actions live in actions() (CanvasActions): edit (cut/copy/paste/duplicate/delete/select
 * all/rename/find/align/tidy layout), view (zoom, fit, 100 %, snap to grid, minimap) and tools
 * (select/connect). Direct manipulation: right-click menus, double-click or F2 renames in
 * place, arrow keys nudge the selection (Shift: five grid steps), a drag from a card's handle
 * connects. An empty design shows how to start; a minimap shows where the view is on a large
 * design. Their shortcuts
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

    /**
     * The context menu for a right-click at `scenePos`: a card, a link, a region or zone, or the
     * empty canvas (see CanvasMenu in canvasmenu.cpp). The caller owns it; tests trigger its
     * actions directly.
     */
    QMenu *createContextMenu(const QPointF &scenePos);
    /** In-place rename: an editor over the name of a card, container or link. Enter commits one
     * undo step (Document::setProperty Name), Esc or an unchanged name leaves the model alone. */
    bool startRename(EntityId id);
    QLineEdit *renameEditor() const;
    /** Moves the selection by (dx, dy) grid steps (one undo step); false when refused. */
    bool nudge(int dx, int dy, bool large);
    /** Components whose name, type or id matches `text` (case-insensitive), best first. */
    EntityIds find(const QString &text) const;
    /** Selects `id` and brings it into view at a readable zoom. */
    void jumpTo(EntityId id);
    FindBar *findBar() const { return m_findBar; }
    void showFindBar();
    Minimap *minimap() const { return m_minimap; }
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
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void zoomBy(double factor);
    void finishRename(bool commit);
    void placeOverlays();
    /** The entity a click at `scenePos` is about: card, link, container header/area, or None. */
    EntityId entityAt(const QPointF &scenePos) const;

    DesignScene *m_scene;
    CanvasActions *m_actions;
    Tool m_tool = Tool::Select;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    QPointer<QLineEdit> m_renameEditor;
    EntityId m_renameId = EntityId::None;
    FindBar *m_findBar = nullptr;
    Minimap *m_minimap = nullptr;
    bool m_fitting = false;
    bool m_keepFitted = false; ///< fitted and not zoomed since: re-fit on resize
};

} // namespace ecsplan
