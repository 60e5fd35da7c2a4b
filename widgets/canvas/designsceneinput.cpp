// DesignScene: the gestures (move, resize, drop, connect). Split from designscene.cpp, which
// keeps the model → items synchronisation, to keep both files readable.
#include "designscene.h"

#include "containeritem.h"
#include "linkitem.h"
#include "model/placement.h"
#include "nodeitem.h"
#include "palette/componentmime.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPen>

namespace ecsplan {

QPointF DesignScene::snapItemPosition(QGraphicsItem *item, const QPointF &proposed) const
{
    if (!m_snap || !m_dragging)
        return proposed;
    const QGraphicsItem *container = CardBuckets::containerOf(item);
    const QPointF origin = container ? container->scenePos() : QPointF();
    const QPointF scenePos = proposed + origin;
    return Placement::snapToGrid(scenePos, GridSize) - origin;
}

QRectF DesignScene::snapRect(const QRectF &r) const
{
    if (!m_snap)
        return r;
    return QRectF(Placement::snapToGrid(r.topLeft(), GridSize),
                  Placement::snapToGrid(r.bottomRight(), GridSize));
}

QPointF DesignScene::snapPoint(const QPointF &scenePoint) const
{
    return m_snap ? Placement::snapToGrid(scenePoint, GridSize) : scenePoint;
}

void DesignScene::requestResize(EntityId id, const QRectF &sceneRect)
{
    const Document::Result result = m_document->setGeometry(id, sceneRect);
    if (!result.ok())
        emitStatus(result.error);
    syncItems({id}); // a refused or no-op resize drops the preview
}

NodeItem *DesignScene::nodeAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> hits
            = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : hits) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            return node;
    }
    return nullptr;
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        // A connection started from a menu ("Connect from here") ends at the next click.
        if (event->button() == Qt::LeftButton)
            finishConnect(event->scenePos());
        else
            cancelConnect();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        NodeItem *node = nodeAt(event->scenePos());
        if (node
            && (m_connectMode || node->connectorContains(node->mapFromScene(event->scenePos())))) {
            beginConnect(node->id(), event->scenePos());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    QGraphicsItem *grabber = mouseGrabberItem();
    const bool movable = grabber
            && (grabber->type() == NodeItem::Type || grabber->type() == ContainerItem::Type);
    if (event->button() == Qt::LeftButton && movable) {
        m_dragId = grabber->type() == NodeItem::Type ? static_cast<NodeItem *>(grabber)->id()
                                                     : static_cast<ContainerItem *>(grabber)->id();
        m_dragStart = grabber->scenePos();
        m_dragging = true;
    }
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        updateConnect(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        // A press-drag-release connects on release; a click on the start card alone leaves the
        // line following the mouse until the next click (or Esc).
        const NodeItem *target = nodeAt(event->scenePos());
        if (target && target->id() != m_connectFrom)
            finishConnect(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    m_dragging = false;
    QGraphicsItem *dragged = m_items.value(m_dragId);
    const EntityId draggedId = m_dragId;
    m_dragId = EntityId::None;
    if (!dragged || event->button() != Qt::LeftButton)
        return;
    const QPointF delta = dragged->scenePos() - m_dragStart;
    if (delta.isNull())
        return;
    EntityIds ids = selectedIds();
    if (!ids.contains(draggedId))
        ids << draggedId;
    const Document::Result result = m_document->moveEntities(ids, delta);
    if (!result.ok()) {
        emitStatus(result.error);
        syncItems(ids); // snap back to where the model says they are
    }
}

void DesignScene::finishConnect(const QPointF &scenePos)
{
    NodeItem *target = nodeAt(scenePos);
    const EntityId from = m_connectFrom;
    cancelConnect();
    if (!target || target->id() == from) {
        emitStatus({});
        return;
    }
    const QString what = connectDescription(from, target->id());
    const Document::Result result = connectIds(from, target->id());
    emitStatus(result.ok() ? tr("%1: done.").arg(what) : result.error);
}

QString DesignScene::connectProblem(EntityId from, EntityId to) const
{
    const Model &model = m_document->model();
    const Entity *a = model.find(from);
    const Entity *b = model.find(to);
    if (!a || !b)
        return tr("Nothing to connect.");
    if (from == to)
        return tr("A component cannot be connected to itself.");
    if (a->isContainer() || b->isContainer() || a->isLink() || b->isLink())
        return tr("Only components can be connected, not regions, zones or links.");
    if (a->kind == EntityKind::SecurityGroup || b->kind == EntityKind::SecurityGroup)
        return tr("A security group is not linked: choose it in the instances' Security groups "
                  "property.");
    const Entity *disk = a->kind == EntityKind::Disk ? a : b;
    const Entity *compute = disk == a ? b : a;
    if (disk->kind == EntityKind::Disk && compute->isCompute()) {
        if (disk->disk.attachedTo == compute->id)
            return tr("\"%1\" is already attached to \"%2\".").arg(disk->name, compute->name);
        return model.checkReference(*disk, Property::AttachedTo, QVariant::fromValue(compute->id));
    }
    if (a->kind == EntityKind::Disk || b->kind == EntityKind::Disk)
        return tr("A disk connects only to the instances or scaling group it is attached to.");
    for (const EntityId existing : model.linksOf(from)) {
        const Entity *l = model.find(existing);
        if (l->link.from == from && l->link.to == to)
            return tr("\"%1\" is already connected to \"%2\".").arg(a->name, b->name);
    }
    return {};
}

QString DesignScene::connectDescription(EntityId from, EntityId to) const
{
    const Model &model = m_document->model();
    const Entity *a = model.find(from);
    const Entity *b = model.find(to);
    if (!a || !b)
        return {};
    if (a->kind == EntityKind::Disk && b->isCompute())
        return tr("Attach \"%1\" to \"%2\"").arg(a->name, b->name);
    if (b->kind == EntityKind::Disk && a->isCompute())
        return tr("Attach \"%1\" to \"%2\"").arg(b->name, a->name);
    return tr("Connect \"%1\" to \"%2\"").arg(a->name, b->name);
}

Document::Result DesignScene::connectIds(EntityId from, EntityId to)
{
    const QString problem = connectProblem(from, to);
    if (!problem.isEmpty())
        return {{}, problem};
    const Model &model = m_document->model();
    const Entity *a = model.find(from);
    const Entity *b = model.find(to);
    if (a->kind == EntityKind::Disk && b->isCompute())
        return m_document->setProperty({from}, Property::AttachedTo, QVariant::fromValue(to));
    if (b->kind == EntityKind::Disk && a->isCompute())
        return m_document->setProperty({to}, Property::AttachedTo, QVariant::fromValue(from));
    return m_document->connect(from, to);
}

void DesignScene::beginConnect(EntityId from, const QPointF &scenePos)
{
    cancelConnect();
    if (!m_items.contains(from))
        return;
    m_connectFrom = from;
    m_connectLine = new QGraphicsLineItem(QLineF(endRect(from).center(), scenePos));
    m_connectLine->setPen(QPen(m_style.selection, 2, Qt::DashLine, Qt::RoundCap));
    m_connectLine->setZValue(CanvasZ::Rubber);
    addItem(m_connectLine);
    const Entity *e = m_document->model().find(from);
    emitStatus(tr("Connect \"%1\": drag to another component and release (Esc cancels).")
                       .arg(e ? e->name : QString()));
}

void DesignScene::updateConnect(const QPointF &scenePos)
{
    if (!m_connectLine)
        return;
    QLineF line = m_connectLine->line();
    line.setP2(scenePos);
    m_connectLine->setLine(line);
    NodeItem *target = nodeAt(scenePos);
    if (target && target->id() == m_connectFrom)
        target = nullptr;
    const QString problem = target ? connectProblem(m_connectFrom, target->id()) : QString();
    if (target != m_connectTarget || (target && problem.isEmpty() == target->isRefusedTarget())) {
        if (m_connectTarget)
            m_connectTarget->setHighlighted(false);
        m_connectTarget = target;
        if (m_connectTarget) {
            m_connectTarget->setHighlighted(true, !problem.isEmpty());
            emitStatus(problem.isEmpty()
                               ? tr("Release to %1.")
                                         .arg(connectDescription(m_connectFrom, target->id()))
                               : problem);
        }
    }
    QPen pen = m_connectLine->pen();
    pen.setColor(target && !problem.isEmpty() ? m_style.invalid : m_style.selection);
    m_connectLine->setPen(pen);
}

void DesignScene::cancelConnect()
{
    if (m_connectTarget)
        m_connectTarget->setHighlighted(false);
    m_connectTarget = nullptr;
    delete m_connectLine;
    m_connectLine = nullptr;
    m_connectFrom = EntityId::None;
}

// --- drag and drop from the palette --------------------------------------------------------

QString DesignScene::placementProblem(EntityKind kind, const QPointF &scenePos,
                                      EntityId *container) const
{
    *container = m_document->containerAt(kind, scenePos);
    return m_document->model().checkPlacement(kind, *container);
}

void DesignScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->ignore();
    EntityKind kind;
    EndpointKind endpoint;
    if (ComponentMime::decode(event->mimeData(), &kind, &endpoint)) {
        event->acceptProposedAction(); // sets the action only; accept() takes the drag
        event->accept();
    }
}

void DesignScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    EntityKind kind;
    EndpointKind endpoint;
    if (!ComponentMime::decode(event->mimeData(), &kind, &endpoint)) {
        event->ignore();
        return;
    }
    EntityId container;
    const QString problem = placementProblem(kind, event->scenePos(), &container);
    QString status = problem;
    if (problem.isEmpty()) {
        const Entity *c = m_document->model().find(container);
        status = c ? tr("Drop to add a %1 to \"%2\".").arg(displayName(kind), c->name)
                   : tr("Drop to add a %1.").arg(displayName(kind));
    }
    if (status != m_lastStatus)
        emitStatus(status);
    // Accept even where the drop would be refused: the drop then says why, in the status bar.
    event->acceptProposedAction();
    event->accept();
}

void DesignScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!m_lastStatus.isEmpty())
        emitStatus({});
    event->accept();
}

void DesignScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    EntityKind kind;
    EndpointKind endpoint;
    if (!ComponentMime::decode(event->mimeData(), &kind, &endpoint)) {
        event->ignore();
        return;
    }
    const Document::Result result = dropComponent(kind, endpoint, event->scenePos());
    if (result.ok()) {
        event->acceptProposedAction();
        event->accept();
    } else {
        event->setDropAction(Qt::IgnoreAction);
        event->ignore();
    }
}

Document::Result DesignScene::dropComponent(EntityKind kind, EndpointKind endpoint,
                                            const QPointF &scenePos)
{
    EntityId container;
    const QString problem = placementProblem(kind, scenePos, &container);
    if (!problem.isEmpty()) {
        emitStatus(problem);
        return {{}, problem};
    }
    Entity entity = makeEntity(kind);
    if (kind == EntityKind::Endpoint) {
        entity.endpoint.kind = endpoint;
        entity.name = displayName(endpoint);
    }
    // Centred on the drop point when there is room; otherwise the nearest free spot inside the
    // container (a zone never spills out of its region, a card never lands on another).
    QSizeF size = defaultSize(kind);
    if (const Entity *c = m_document->model().find(container)) {
        const QRectF area = Placement::contentRect(*c);
        size = size.boundedTo(area.size()).expandedTo(QSizeF(160, 100).boundedTo(size));
    }
    const QPointF preferred = scenePos - QPointF(size.width() / 2, size.height() / 2);
    const QPointF topLeft = Placement::freeSpot(m_document->model(), container, size, preferred,
                                                m_snap ? GridSize : 0);
    entity.geometry = QRectF(topLeft, size);
    entity.parent = container;
    const Document::Result result = m_document->addEntity(entity);
    if (!result.ok()) {
        emitStatus(result.error);
        return result;
    }
    selectIds(result.ids);
    const Entity *c = m_document->model().find(container);
    emitStatus(c ? tr("Added %1 to \"%2\".").arg(displayName(kind), c->name)
                 : tr("Added %1.").arg(displayName(kind)));
    return result;
}

} // namespace ecsplan
