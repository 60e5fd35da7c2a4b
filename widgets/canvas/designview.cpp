#include "designview.h"

#include "canvasactions.h"
#include "canvasmenu.h"
#include "containeritem.h"
#include "designscene.h"
#include "findbar.h"
#include "linkitem.h"
#include "linkslayer.h"
#include "minimap.h"
#include "nodeitem.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <utility>

#include <cmath>

namespace ecsplan {

DesignView::DesignView(DesignScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    // One rectangle a frame, not a region of several: with a region for its clip, Qt 6.4's
    // raster engine draws antialiased lines and shapes through a far slower path (a drag frame
    // at 50,000 components spent 63 % of its time blending link lines, 121 M → 55 M
    // instructions with a rectangle). A drag's dirty areas span most of the view anyway.
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setCacheMode(CacheNone);
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // A large design opens at a zoom that hides its links: the window shows it at once and
    // routes them from the event loop (paintEvent finishes them before they show).
    m_scene->setBackgroundRouting(true);
    // Room to pan beyond the design's edges.
    setSceneRect(QRectF(-20000, -20000, 80000, 80000));
    m_actions = new CanvasActions(this);
    m_findBar = new FindBar(this);
    m_findBar->hide();
    m_minimap = new Minimap(this);
    placeOverlays();
    // The empty-canvas hint comes and goes with the content.
    connect(scene->document(), &Document::changed, viewport(), qOverload<>(&QWidget::update));
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
    if (!m_fitting)
        m_keepFitted = false;
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
    m_fitting = true;
    setZoom(qMin(scale, 1.0));
    centerOn(target.center());
    m_fitting = false;
    // Until the user zooms, the view keeps the design fitted as the window and docks settle.
    m_keepFitted = true;
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
    if (event->key() == Qt::Key_Escape && m_scene->isConnecting()) {
        m_scene->cancelConnect();
        emit m_scene->statusMessage({});
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_tool == Tool::Connect) {
        setTool(Tool::Select);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_findBar->isVisible()) {
        m_findBar->hide();
        event->accept();
        return;
    }
    const bool arrow = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right
            || event->key() == Qt::Key_Up || event->key() == Qt::Key_Down;
    const Qt::KeyboardModifiers mods
            = event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    if (arrow && mods == Qt::NoModifier && !m_scene->selectedIds().isEmpty()) {
        const int dx = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
        const int dy = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
        nudge(dx, dy, event->modifiers() & Qt::ShiftModifier);
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

void DesignView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_scene->document()->model().entities().isEmpty())
        return;
    // An empty design says how to start, in screen pixels in the middle of the view.
    painter->save();
    painter->resetTransform();
    const QRectF area = QRectF(viewport()->rect()).adjusted(40, 40, -40, -40);
    QFont title = font();
    title.setPixelSize(20);
    title.setWeight(QFont::DemiBold);
    QFont body = font();
    body.setPixelSize(14);
    const QString heading = tr("Start your design");
    const QString steps = tr("Drag a Region from the Components panel onto the canvas, then a Zone "
                             "into it, then instances, disks, caches and load balancers into the "
                             "zone.\nDrag from a card's blue handle to another card to connect "
                             "them; right-click anywhere for more.\nOr open a sample: File → New → "
                             "From a Sample.");
    const QColor ink = m_scene->canvasStyle().secondaryText;
    painter->setPen(ink);
    painter->setFont(title);
    const QRectF titleRect(area.left(), area.center().y() - 80, area.width(), 30);
    painter->drawText(titleRect, Qt::AlignHCenter | Qt::AlignBottom, heading);
    painter->setFont(body);
    painter->drawText(QRectF(area.left() + area.width() * 0.15, titleRect.bottom() + 12,
                             area.width() * 0.7, 140),
                      Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, steps);
    painter->restore();
}

void DesignView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeOverlays();
    if (m_keepFitted)
        zoomToFit();
}

void DesignView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (m_minimap)
        m_minimap->updateVisibility();
    if (m_renameEditor)
        m_renameEditor->move(m_renameEditor->pos() + QPoint(dx, dy));
}

void DesignView::placeOverlays()
{
    const QRect area = viewport()->geometry();
    if (m_findBar) {
        m_findBar->adjustSize();
        const int width = qMin(360, area.width() - 24);
        m_findBar->setGeometry(area.right() - width - 12, area.top() + 10, width,
                               m_findBar->sizeHint().height());
    }
    if (m_minimap) {
        const QSize size = m_minimap->sizeHint();
        m_minimap->setGeometry(area.right() - size.width() - 12, area.bottom() - size.height() - 12,
                               size.width(), size.height());
    }
}

EntityId DesignView::entityAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits
            = m_scene->items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, transform());
    for (QGraphicsItem *item : hits) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            return node->id();
        if (auto *link = qgraphicsitem_cast<LinkItem *>(item))
            return link->id();
        if (auto *container = qgraphicsitem_cast<ContainerItem *>(item))
            return container->id();
    }
    // Inside a region or zone but not on its frame: the innermost container.
    EntityId best = EntityId::None;
    double bestArea = 0;
    for (const Entity &e : m_scene->document()->model().entities()) {
        if (!e.isContainer() || !e.geometry.contains(scenePos))
            continue;
        const double area = e.geometry.width() * e.geometry.height();
        if (!isValid(best) || area < bestArea) {
            best = e.id;
            bestArea = area;
        }
    }
    return best;
}

QMenu *DesignView::createContextMenu(const QPointF &scenePos)
{
    return CanvasMenu::create(this, entityAt(scenePos), scenePos);
}

void DesignView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF scenePos = mapToScene(event->pos());
    const EntityId id = entityAt(scenePos);
    if (isValid(id) && !m_scene->selectedIds().contains(id))
        m_scene->selectIds({id});
    else if (!isValid(id))
        m_scene->selectIds({});
    QMenu *menu = createContextMenu(scenePos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
    event->accept();
}

void DesignView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const QPointF scenePos = mapToScene(event->position().toPoint());
        const QList<QGraphicsItem *> hits = m_scene->items(scenePos, Qt::IntersectsItemShape,
                                                           Qt::DescendingOrder, transform());
        for (QGraphicsItem *item : hits) {
            EntityId id = EntityId::None;
            if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
                id = node->id();
            else if (auto *link = qgraphicsitem_cast<LinkItem *>(item))
                id = link->id();
            else if (auto *container = qgraphicsitem_cast<ContainerItem *>(item))
                id = container->headerSceneRect().contains(scenePos) ? container->id()
                                                                     : EntityId::None;
            if (isValid(id)) {
                m_scene->selectIds({id});
                startRename(id);
                event->accept();
                return;
            }
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

QLineEdit *DesignView::renameEditor() const
{
    return m_renameEditor;
}

bool DesignView::startRename(EntityId id)
{
    finishRename(false);
    const Entity *e = m_scene->document()->model().find(id);
    QGraphicsItem *item = m_scene->itemFor(id);
    if (!e || !item)
        return false;
    if (e->isLink())
        m_scene->finishLinkRouting(); // the editor goes on its label
    QRectF sceneRect;
    if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
        sceneRect = node->mapRectToScene(node->titleRect());
    else if (auto *container = qgraphicsitem_cast<ContainerItem *>(item))
        sceneRect = container->headerSceneRect();
    else if (auto *link = qgraphicsitem_cast<LinkItem *>(item))
        sceneRect = link->labelRect().isEmpty()
                ? QRectF(link->line().center() - QPointF(80, 11), QSizeF(160, 22))
                : link->labelRect();
    ensureVisible(sceneRect, 40, 40);
    QRect r = mapFromScene(sceneRect).boundingRect();
    auto *editor = new QLineEdit(e->name, viewport());
    editor->setObjectName(QStringLiteral("renameEditor"));
    QFont f = editor->font();
    f.setPixelSize(qBound(12, int(12 * zoom()), 22));
    editor->setFont(f);
    const int height = qMax(r.height(), editor->sizeHint().height());
    r.setWidth(qMax(r.width(), 180));
    editor->setGeometry(r.left(), r.center().y() - height / 2, r.width(), height);
    editor->selectAll();
    editor->installEventFilter(this);
    m_renameEditor = editor;
    m_renameId = id;
    connect(editor, &QLineEdit::returnPressed, this, [this] { finishRename(true); });
    connect(editor, &QLineEdit::editingFinished, this, [this] {
        // Focus left the editor (a click elsewhere): keep what was typed, like a text field.
        if (m_renameEditor && !m_renameEditor->hasFocus())
            finishRename(true);
    });
    editor->show();
    editor->setFocus();
    return true;
}

void DesignView::finishRename(bool commit)
{
    if (!m_renameEditor)
        return;
    QLineEdit *editor = m_renameEditor;
    m_renameEditor = nullptr;
    const EntityId id = std::exchange(m_renameId, EntityId::None);
    const QString text = editor->text().trimmed();
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
    setFocus();
    const Entity *e = m_scene->document()->model().find(id);
    if (!commit || !e || text == e->name)
        return;
    if (text.isEmpty()) {
        emit m_scene->statusMessage(
                tr("A name cannot be empty; \"%1\" kept its name.").arg(e->name));
        return;
    }
    const Document::Result result = m_scene->document()->setProperty({id}, Property::Name, text);
    if (!result.ok())
        emit m_scene->statusMessage(result.error);
}

bool DesignView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_renameEditor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        finishRename(false);
        return true;
    }
    return QGraphicsView::eventFilter(watched, event);
}

bool DesignView::nudge(int dx, int dy, bool large)
{
    const Model &model = m_scene->document()->model();
    EntityIds ids;
    for (EntityId id : m_scene->selectedIds()) {
        const Entity *e = model.find(id);
        if (e && !e->isLink())
            ids << id;
    }
    if (ids.isEmpty())
        return false;
    // On the grid a step is one grid cell; off it, one pixel. Shift: five times that.
    const qreal step = (m_scene->snapToGrid() ? DesignScene::GridSize : 1) * (large ? 5 : 1);
    const Document::Result result
            = m_scene->document()->moveEntities(ids, QPointF(dx * step, dy * step));
    if (!result.ok()) {
        emit m_scene->statusMessage(result.error);
        return false;
    }
    return true;
}

EntityIds DesignView::find(const QString &text) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return {};
    const Model &model = m_scene->document()->model();
    QString idText = needle;
    if (idText.startsWith(QLatin1Char('#')))
        idText.remove(0, 1);
    bool isNumber = false;
    const uint number = idText.toUInt(&isNumber);
    // Exact name, then name prefix, then name substring, then type; an id matches exactly.
    QList<std::pair<int, const Entity *>> scored;
    for (const Entity &e : model.entities()) {
        int score = -1;
        if (isNumber && toUInt(e.id) == number)
            score = 0;
        else if (e.name.compare(needle, Qt::CaseInsensitive) == 0)
            score = 1;
        else if (e.name.startsWith(needle, Qt::CaseInsensitive))
            score = 2;
        else if (e.name.contains(needle, Qt::CaseInsensitive))
            score = 3;
        else if (displayName(e.kind).contains(needle, Qt::CaseInsensitive)
                 || e.compute.instanceType.contains(needle, Qt::CaseInsensitive)
                 || e.code.contains(needle, Qt::CaseInsensitive))
            score = 4;
        if (score >= 0)
            scored.append({score, &e});
    }
    std::sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.second->name.localeAwareCompare(b.second->name) < 0;
    });
    EntityIds ids;
    for (const auto &[score, e] : std::as_const(scored))
        ids << e->id;
    return ids;
}

void DesignView::jumpTo(EntityId id)
{
    const Entity *e = m_scene->document()->model().find(id);
    QGraphicsItem *item = m_scene->itemFor(id);
    if (!e || !item)
        return;
    if (e->isLink())
        m_scene->finishLinkRouting(); // its place is where it is routed
    m_scene->selectIds({id});
    const QRectF target = e->isLink() ? item->sceneBoundingRect() : e->geometry;
    // Readable: at least the compact cards' scale, and the whole target in view.
    const QSizeF room = viewport()->size();
    const double fit
            = qMin(room.width() / (target.width() + 80), room.height() / (target.height() + 80));
    if (zoom() < 0.6 || zoom() > fit)
        setZoom(qMin(qMax(zoom(), 0.6), qMax(fit, MinimumZoom)));
    centerOn(target.center());
}

void DesignView::showFindBar()
{
    placeOverlays();
    m_findBar->show();
    m_findBar->raise();
    m_findBar->activate();
}

void DesignView::paintEvent(QPaintEvent *event)
{
    // Links still waiting for the background are all routed, in order, before a frame that
    // shows links: the labels land where a synchronous open puts them.
    if (m_scene->linksWaiting() > 0 && zoom() >= LinksLayer::HiddenDetail)
        m_scene->finishLinkRouting();
    QGraphicsView::paintEvent(event);
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
