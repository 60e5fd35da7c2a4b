#pragma once

#include <QImage>
#include <QTimer>
#include <QWidget>

class QPainter;

namespace ecsplan {

class DesignView;

/**
 * The overview map in the canvas's bottom-right corner: the whole design in miniature with the
 * visible area outlined; a click or drag there moves the view. It shows itself only when the
 * design does not fit the view (View ▸ Minimap turns it off). The picture is rendered at most
 * every 300 ms after the design changed, not per frame.
 */
class Minimap : public QWidget
{
    Q_OBJECT

public:
    explicit Minimap(DesignView *view);

    QSize sizeHint() const override { return {180, 120}; }
    void setEnabledByUser(bool on);
    bool enabledByUser() const { return m_userEnabled; }
    /** Shows or hides itself: only when enabled and the design exceeds the view. */
    void updateVisibility();
    /** Scene rectangle the map shows (the design plus a margin). */
    QRectF sceneArea() const { return m_area; }
    /** Map pixel → scene point (tests click with it). */
    QPointF toScene(const QPointF &mapPos) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    void render();
    void drawMap(QPainter *painter, qreal scale) const;
    QRectF imageRect() const;

    DesignView *m_view;
    QImage m_image;
    QRectF m_area;
    QTimer m_timer;
    bool m_userEnabled = true;
    bool m_renderQueued = false;
};

} // namespace ecsplan
