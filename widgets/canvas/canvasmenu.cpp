#include "canvasmenu.h"

#include "canvasactions.h"
#include "designscene.h"
#include "designview.h"
#include "kindicon.h"
#include "model/placement.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

#include <algorithm>

namespace ecsplan::CanvasMenu {

namespace {

/** How many components a "Connect … to" list offers (the nearest first). */
constexpr int ConnectChoices = 12;

void addHere(QMenu *menu, DesignView *view, const QPointF &scenePos, EntityId container)
{
    DesignScene *scene = view->designScene();
    const Model &model = scene->document()->model();
    const Entity *c = model.find(container);
    QMenu *add = menu->addMenu(
            c ? QCoreApplication::translate("ecsplan::CanvasMenu", "Add to \"%1\"").arg(c->name)
              : QCoreApplication::translate("ecsplan::CanvasMenu", "Add Here"));
    add->setObjectName(QStringLiteral("addHere"));
    struct Choice
    {
        EntityKind kind;
        EndpointKind endpoint;
    };
    const Choice choices[] = {{EntityKind::Region, EndpointKind::InternetUsers},
                              {EntityKind::Zone, EndpointKind::InternetUsers},
                              {EntityKind::InstanceGroup, EndpointKind::InternetUsers},
                              {EntityKind::ScalingGroup, EndpointKind::InternetUsers},
                              {EntityKind::Disk, EndpointKind::InternetUsers},
                              {EntityKind::Cache, EndpointKind::InternetUsers},
                              {EntityKind::LoadBalancer, EndpointKind::InternetUsers},
                              {EntityKind::SecurityGroup, EndpointKind::InternetUsers},
                              {EntityKind::Endpoint, EndpointKind::InternetUsers},
                              {EntityKind::Endpoint, EndpointKind::OnPremises}};
    for (const Choice &choice : choices) {
        if (!model.checkPlacement(choice.kind, container).isEmpty())
            continue;
        const QString name = choice.kind == EntityKind::Endpoint ? displayName(choice.endpoint)
                                                                 : displayName(choice.kind);
        QAction *a = add->addAction(KindIcon::icon(choice.kind, choice.endpoint), name);
        const Choice which = choice;
        QObject::connect(a, &QAction::triggered, view, [view, which, scenePos] {
            view->designScene()->dropComponent(which.kind, which.endpoint, scenePos);
        });
    }
    add->setEnabled(!add->isEmpty());
}

void cardEntries(QMenu *menu, DesignView *view, const Entity &e, const QPointF &scenePos)
{
    DesignScene *scene = view->designScene();
    Document *document = scene->document();
    const Model &model = document->model();
    const EntityId id = e.id;
    const QString name = e.name;

    // The nearest components this one may link to (or, for disks, be attached to).
    QList<std::pair<qreal, const Entity *>> candidates;
    for (const Entity &other : model.entities()) {
        if (other.id == id || other.isLink() || other.isContainer())
            continue;
        if (!scene->connectProblem(id, other.id).isEmpty())
            continue;
        const QPointF d = other.geometry.center() - e.geometry.center();
        candidates.append({d.x() * d.x() + d.y() * d.y(), &other});
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    const QString listTitle = e.kind == EntityKind::Disk
            ? QCoreApplication::translate("ecsplan::CanvasMenu", "Attach \"%1\" To").arg(name)
            : QCoreApplication::translate("ecsplan::CanvasMenu", "Connect \"%1\" To").arg(name);
    QMenu *to = menu->addMenu(KindIcon::icon(EntityKind::Link), listTitle);
    to->setObjectName(QStringLiteral("connectTo"));
    // Anything else, further away: pick it on the canvas (a line follows the mouse).
    QAction *from = to->addAction(
            QCoreApplication::translate("ecsplan::CanvasMenu", "Pick on the Canvas…"));
    from->setObjectName(QStringLiteral("connectFrom"));
    from->setToolTip(QCoreApplication::translate(
            "ecsplan::CanvasMenu", "A line follows the mouse; click the component to connect to."));
    QObject::connect(from, &QAction::triggered, view,
                     [view, id, scenePos] { view->designScene()->beginConnect(id, scenePos); });
    to->addSeparator();
    for (qsizetype i = 0; i < candidates.size() && i < ConnectChoices; ++i) {
        const Entity *other = candidates[i].second;
        QAction *a = to->addAction(KindIcon::icon(other->kind, other->endpoint.kind), other->name);
        a->setToolTip(scene->connectDescription(id, other->id));
        const EntityId target = other->id;
        QObject::connect(a, &QAction::triggered, view, [view, id, target] {
            DesignScene *s = view->designScene();
            const QString what = s->connectDescription(id, target);
            const Document::Result r = s->connectIds(id, target);
            emit s->statusMessage(
                    r.ok() ? QCoreApplication::translate("ecsplan::CanvasMenu", "%1: done.")
                                     .arg(what)
                           : r.error);
        });
    }

    if (e.isCompute()) {
        QAction *disk = menu->addAction(
                KindIcon::icon(EntityKind::Disk),
                QCoreApplication::translate("ecsplan::CanvasMenu", "Attach a New Disk to \"%1\"")
                        .arg(name));
        disk->setObjectName(QStringLiteral("attachNewDisk"));
        const bool inZone = model.find(e.parent) && model.find(e.parent)->kind == EntityKind::Zone;
        disk->setEnabled(inZone);
        if (!inZone)
            disk->setToolTip(QCoreApplication::translate(
                    "ecsplan::CanvasMenu",
                    "Disks live in a zone; this group is placed in a region."));
        QObject::connect(disk, &QAction::triggered, view, [view, id] {
            DesignScene *s = view->designScene();
            Document *doc = s->document();
            const Entity *compute = doc->model().find(id);
            if (!compute)
                return;
            Entity d = makeEntity(EntityKind::Disk);
            d.id = doc->allocateIds(1).first();
            d.name = QStringLiteral("%1-data").arg(compute->name);
            d.parent = compute->parent;
            d.disk.attachedTo = id;
            const QPointF below = compute->geometry.bottomLeft() + QPointF(0, 28);
            d.geometry.moveTopLeft(Placement::freeSpot(doc->model(), compute->parent,
                                                       d.geometry.size(), below,
                                                       DesignScene::GridSize));
            const Document::Result r
                    = doc->addEntities({d},
                                       QCoreApplication::translate("ecsplan::CanvasMenu",
                                                                   "Attach a new disk to \"%1\"")
                                               .arg(compute->name));
            if (r.ok())
                s->selectIds(r.ids);
            else
                emit s->statusMessage(r.error);
        });
    }

    // Bring to another zone of the same region (the card lands in free space there).
    if (e.kind != EntityKind::Endpoint) {
        const EntityId region = model.regionOf(e.id);
        QMenu *move = menu->addMenu(
                QCoreApplication::translate("ecsplan::CanvasMenu", "Move \"%1\" to Zone")
                        .arg(name));
        move->setObjectName(QStringLiteral("moveToZone"));
        for (EntityId zoneId : model.childrenOf(region)) {
            const Entity *zone = model.find(zoneId);
            if (!zone || zone->kind != EntityKind::Zone || zoneId == e.parent)
                continue;
            QAction *a = move->addAction(
                    zone->code.isEmpty() ? zone->name
                                         : QStringLiteral("%1 (%2)").arg(zone->name, zone->code));
            QObject::connect(a, &QAction::triggered, view, [view, id, zoneId] {
                DesignScene *s = view->designScene();
                Document *doc = s->document();
                const Entity *card = doc->model().find(id);
                const Entity *target = doc->model().find(zoneId);
                if (!card || !target)
                    return;
                const QRectF area = Placement::contentRect(*target);
                const QPointF spot
                        = Placement::freeSpot(doc->model(), zoneId, card->geometry.size(),
                                              area.topLeft(), DesignScene::GridSize);
                const Document::Result r = doc->moveEntities({id}, spot - card->geometry.topLeft());
                if (!r.ok())
                    emit s->statusMessage(r.error);
            });
        }
        move->setEnabled(!move->isEmpty());
    }
}

} // namespace

QMenu *create(DesignView *view, EntityId clicked, const QPointF &scenePos)
{
    DesignScene *scene = view->designScene();
    const Model &model = scene->document()->model();
    CanvasActions *actions = view->actions();
    auto *menu = new QMenu(view);
    menu->setObjectName(QStringLiteral("canvasContextMenu"));
    menu->setToolTipsVisible(true);
    const Entity *e = model.find(clicked);
    const EntityIds selection = scene->selectedIds();
    const bool many = selection.size() > 1 && selection.contains(clicked);

    if (!e) {
        addHere(menu, view, scenePos, EntityId::None);
        QAction *paste
                = menu->addAction(actions->pasteAction()->icon(),
                                  QCoreApplication::translate("ecsplan::CanvasMenu", "Paste Here"));
        paste->setEnabled(actions->pasteAction()->isEnabled());
        QObject::connect(paste, &QAction::triggered, view,
                         [actions, scenePos] { actions->pasteAt(scenePos); });
        menu->addSeparator();
        menu->addAction(actions->selectAllAction());
        menu->addAction(actions->tidyLayoutAction());
        menu->addAction(actions->fitAction());
        return menu;
    }

    if (!many) {
        QAction *rename = menu->addAction(
                QCoreApplication::translate("ecsplan::CanvasMenu", "Rename \"%1\"…").arg(e->name));
        rename->setObjectName(QStringLiteral("rename"));
        rename->setShortcut(actions->renameAction()->shortcut());
        const EntityId id = clicked;
        QObject::connect(rename, &QAction::triggered, view, [view, id] { view->startRename(id); });
    }
    if (e->isLink() && !many) {
        const Entity *a = model.find(e->link.from);
        const Entity *b = model.find(e->link.to);
        QAction *ends = menu->addAction(
                QCoreApplication::translate("ecsplan::CanvasMenu", "Select \"%1\" and \"%2\"")
                        .arg(a ? a->name : QString(), b ? b->name : QString()));
        const EntityIds both{e->link.from, e->link.to};
        QObject::connect(ends, &QAction::triggered, view,
                         [scene, both] { scene->selectIds(both); });
    } else if (e->isContainer() && !many) {
        addHere(menu, view, scenePos, clicked);
        const EntityIds content = model.descendantsOf(clicked);
        QAction *select = menu->addAction(
                QCoreApplication::translate("ecsplan::CanvasMenu", "Select Contents of \"%1\"")
                        .arg(e->name));
        select->setEnabled(!content.isEmpty());
        QObject::connect(select, &QAction::triggered, view,
                         [scene, content] { scene->selectIds(content); });
    } else if (!many) {
        menu->addSeparator();
        cardEntries(menu, view, *e, scenePos);
    }

    menu->addSeparator();
    if (!e->isLink()) {
        QAction *duplicate = menu->addAction(
                many ? QCoreApplication::translate("ecsplan::CanvasMenu", "Duplicate %n Selected",
                                                   nullptr, int(selection.size()))
                     : QCoreApplication::translate("ecsplan::CanvasMenu", "Duplicate \"%1\"")
                                .arg(e->name));
        duplicate->setShortcut(actions->duplicateAction()->shortcut());
        QObject::connect(duplicate, &QAction::triggered, actions, &CanvasActions::duplicate);
    }
    // Delete says what goes with it: a zone takes its content and the links that touch it.
    QString deleteText;
    if (many) {
        deleteText = QCoreApplication::translate("ecsplan::CanvasMenu", "Delete %n Selected",
                                                 nullptr, int(selection.size()));
    } else if (e->isContainer()) {
        const int content = int(model.descendantsOf(clicked).size());
        deleteText = content > 0
                ? QCoreApplication::translate("ecsplan::CanvasMenu",
                                              "Delete \"%1\" and Its %n Component(s)", nullptr,
                                              content)
                          .arg(e->name)
                : QCoreApplication::translate("ecsplan::CanvasMenu", "Delete \"%1\"").arg(e->name);
    } else {
        deleteText
                = QCoreApplication::translate("ecsplan::CanvasMenu", "Delete \"%1\"").arg(e->name);
    }
    QAction *remove = menu->addAction(actions->deleteAction()->icon(), deleteText);
    remove->setObjectName(QStringLiteral("delete"));
    remove->setShortcut(actions->deleteAction()->shortcut());
    QObject::connect(remove, &QAction::triggered, actions, &CanvasActions::deleteSelection);
    return menu;
}

} // namespace ecsplan::CanvasMenu
