#include "document.h"

#include "catalog/catalog.h"
#include "commands/addremoveentities.h"
#include "commands/changeproperty.h"
#include "commands/changesettings.h"
#include "ecsplan_global.h"
#include "limits.h"

#include <QSet>

#include <algorithm>

namespace ecsplan {

namespace {

QString describe(const Entity &e)
{
    return e.name.isEmpty() ? displayName(e.kind) : e.name;
}

} // namespace

Document::Document(QObject *parent)
    : QObject(parent)
{
}

Document::~Document()
{
    // Commands refer to this document; drop them before the model goes away.
    m_undoStack.clear();
}

void Document::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

QString Document::uniqueName(EntityKind kind, const QString &base) const
{
    const QString stem = base.trimmed().isEmpty() ? displayName(kind) : base.trimmed();
    if (!m_model.findByName(kind, stem))
        return stem;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 %2").arg(stem).arg(n);
        if (!m_model.findByName(kind, candidate))
            return candidate;
    }
}

EntityIds Document::allocateIds(int n)
{
    EntityIds ids;
    for (int i = 0; i < n; ++i)
        ids << m_model.allocateId();
    return ids;
}

Document::Result Document::addEntity(Entity entity)
{
    entity.id = EntityId::None;
    return addEntities({entity}, Tr::tr("Add %1").arg(displayName(entity.kind)));
}

Document::Result Document::addEntities(QList<Entity> entities, const QString &undoText)
{
    if (entities.isEmpty())
        return {};
    // Ids first, so that references inside the batch resolve while we check them.
    for (Entity &e : entities) {
        if (!isValid(e.id) || m_model.contains(e.id))
            e.id = m_model.allocateId();
    }
    Model scratch = m_model; // checks see the batch as if inserted; cheap relative to a paste
    QSet<QString> batchNames;
    for (Entity &e : entities) {
        const QString stem = e.name.trimmed().isEmpty() ? displayName(e.kind) : e.name.trimmed();
        auto taken = [&](const QString &name) {
            return m_model.findByName(e.kind, name) || batchNames.contains(toCode(e.kind) + name);
        };
        QString name = stem;
        for (int n = 2; taken(name); ++n)
            name = QStringLiteral("%1 %2").arg(stem).arg(n);
        batchNames.insert(toCode(e.kind) + name);
        e.name = name;
        if (!e.isLink() && e.geometry.size().isEmpty())
            e.geometry.setSize(defaultSize(e.kind));
        scratch.insert(e);
    }
    for (const Entity &e : entities) {
        // A design loaded with an id near the top of the range leaves no fresh ids above it.
        if (toUInt(e.id) > Limits::MaxEntityId)
            return {{},
                    Tr::tr("Cannot add \"%1\": the design has used every component id up to %2.")
                            .arg(e.name.left(60), QString::number(Limits::MaxEntityId))};
        QString problem = scratch.checkEntity(e);
        // Values too: an entity the file reader would refuse must not get into the model.
        for (Property p : propertiesOf(e.kind)) {
            if (problem.isEmpty())
                problem = validatePropertyValue(e.kind, p, propertyValue(e, p));
        }
        if (problem.isEmpty())
            problem = validateEntityValues(e);
        if (problem.isEmpty() && e.isCompute())
            problem = checkInstanceType(e.compute.instanceType);
        if (!problem.isEmpty())
            return {{}, Tr::tr("Cannot add \"%1\": %2").arg(describe(e), problem)};
    }
    EntityIds ids;
    for (const Entity &e : entities)
        ids << e.id;
    QString text = undoText;
    if (text.isEmpty())
        text = entities.size() == 1 ? Tr::tr("Add %1").arg(displayName(entities.first().kind))
                                    : Tr::tr("Add %n component(s)", nullptr, int(entities.size()));
    m_undoStack.push(new AddRemoveEntities(this, entities, text));
    return {ids, {}};
}

Document::Result Document::connect(EntityId from, EntityId to, const LinkData &data)
{
    Entity link = makeEntity(EntityKind::Link);
    link.link = data;
    link.link.from = from;
    link.link.to = to;
    const Entity *a = m_model.find(from);
    const Entity *b = m_model.find(to);
    if (!a || !b)
        return {{}, Tr::tr("Both ends of a link must exist.")};
    link.name = QStringLiteral("%1 → %2").arg(a->name, b->name);
    for (const EntityId existing : m_model.linksOf(from)) {
        const Entity *l = m_model.find(existing);
        if (l->link.from == from && l->link.to == to)
            return {{}, Tr::tr("\"%1\" is already connected to \"%2\".").arg(a->name, b->name)};
    }
    return addEntities({link}, Tr::tr("Connect \"%1\" to \"%2\"").arg(a->name, b->name));
}

Document::Result Document::removeEntities(const EntityIds &requested)
{
    // Close the set: content of containers, then links touching anything removed.
    EntityIds removed;
    QSet<EntityId> seen;
    auto take = [&](EntityId id) {
        if (m_model.contains(id) && !seen.contains(id)) {
            seen.insert(id);
            removed << id;
        }
    };
    for (EntityId id : requested) {
        take(id);
        for (EntityId child : m_model.descendantsOf(id))
            take(child);
    }
    if (removed.isEmpty())
        return {{}, Tr::tr("Nothing to remove.")};
    const EntityIds nodes = removed;
    for (EntityId id : nodes) {
        for (EntityId link : m_model.linksOf(id))
            take(link);
    }

    // Survivors that refer to removed entities lose those references (collected first:
    // pushing a command edits the model we would otherwise still be iterating).
    struct Detach
    {
        EntityId id;
        Property property;
        QVariant value;
    };
    QList<Detach> detaches;
    auto without = [&seen](EntityIds list) {
        list.removeIf([&seen](EntityId id) { return seen.contains(id); });
        return list;
    };
    auto refersToRemoved = [&seen](const EntityIds &list) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&seen](EntityId id) { return seen.contains(id); });
    };
    for (EntityId id : m_model.ids()) {
        const Entity &e = *m_model.find(id);
        if (seen.contains(id))
            continue;
        if (e.kind == EntityKind::Disk && seen.contains(e.disk.attachedTo))
            detaches.append({id, Property::AttachedTo, QVariant::fromValue(EntityId::None)});
        if (e.kind == EntityKind::Cache && seen.contains(e.cache.readReplicaOf))
            detaches.append({id, Property::ReadReplicaOf, QVariant::fromValue(EntityId::None)});
        if (refersToRemoved(e.zones))
            detaches.append({id, Property::Zones, QVariant::fromValue(without(e.zones))});
        if (refersToRemoved(e.compute.securityGroups))
            detaches.append({id, Property::SecurityGroups,
                             QVariant::fromValue(without(e.compute.securityGroups))});
    }
    // Muted findings of removed entities go with them (the file refuses dangling ones).
    DesignSettings settings = m_model.settings();
    const bool mutedChanged = settings.mutedRules.removeIf([&seen](const MutedRule &m) {
        return seen.contains(m.entity);
    }) > 0;

    // Say what goes: "Remove Zone H with 2 components and 3 links", not the 1 that was asked.
    int nodeCount = 0;
    int linkCount = 0;
    for (EntityId id : removed)
        (m_model.find(id)->isLink() ? linkCount : nodeCount) += 1;
    QString text;
    if (requested.size() == 1 && m_model.contains(requested.first())) {
        const Entity &first = *m_model.find(requested.first());
        const int others = nodeCount - (first.isLink() ? 0 : 1);
        const int links = linkCount - (first.isLink() ? 1 : 0);
        text = Tr::tr("Remove \"%1\"").arg(first.name);
        if (others > 0 && links > 0)
            text = Tr::tr("Remove \"%1\" with %2 and %3")
                           .arg(first.name, Tr::tr("%n component(s)", nullptr, others),
                                Tr::tr("%n link(s)", nullptr, links));
        else if (others > 0)
            text = Tr::tr("Remove \"%1\" with %2")
                           .arg(first.name, Tr::tr("%n component(s)", nullptr, others));
        else if (links > 0)
            text = Tr::tr("Remove \"%1\" with %2")
                           .arg(first.name, Tr::tr("%n link(s)", nullptr, links));
    } else if (linkCount > 0 && nodeCount > 0) {
        text = Tr::tr("Remove %1 and %2")
                       .arg(Tr::tr("%n component(s)", nullptr, nodeCount),
                            Tr::tr("%n link(s)", nullptr, linkCount));
    } else if (nodeCount > 0) {
        text = Tr::tr("Remove %n component(s)", nullptr, nodeCount);
    } else {
        text = Tr::tr("Remove %n link(s)", nullptr, linkCount);
    }
    m_undoStack.beginMacro(text);
    for (const Detach &d : detaches)
        m_undoStack.push(new ChangeProperty(this, {d.id}, d.property, {d.value}, {}));
    if (mutedChanged)
        m_undoStack.push(new ChangeSettings(this, settings, {}));
    m_undoStack.push(new AddRemoveEntities(this, removed, {}));
    m_undoStack.endMacro();
    return {removed, {}};
}

QString Document::checkValue(const Entity &entity, Property p, const QVariant &value) const
{
    QString problem = validatePropertyValue(entity.kind, p, value);
    if (problem.isEmpty())
        problem = m_model.checkReference(entity, p, value);
    if (problem.isEmpty()
        && (p == Property::MinSize || p == Property::DesiredSize || p == Property::MaxSize)) {
        // min <= desired <= max holds after every step: the user changes them in an order
        // that keeps it (raise the maximum first, lower the minimum first).
        Entity changed = entity;
        setPropertyValue(changed, p, value);
        problem = validateEntityValues(changed, nullptr, p);
    }
    if (problem.isEmpty() && p == Property::InstanceType)
        problem = checkInstanceType(value.toString());
    if (problem.isEmpty() && p == Property::Name) {
        const Entity *other = m_model.findByName(entity.kind, value.toString().trimmed());
        if (other && other->id != entity.id)
            problem = Tr::tr("Another %1 is already named \"%2\".")
                              .arg(displayName(entity.kind), value.toString().trimmed());
    }
    return problem;
}

QString Document::checkInstanceType(const QString &type) const
{
    if (!m_catalog || m_catalog->instanceType(type))
        return {};
    return Tr::tr("The catalog has no instance type \"%1\".").arg(type);
}

Document::Result Document::setProperty(const EntityIds &ids, Property p, const QVariant &value,
                                       bool mergeable)
{
    QList<QVariant> values;
    for (qsizetype i = 0; i < ids.size(); ++i)
        values << value;
    if (ids.size() > 1 && p == Property::Name)
        return {{}, Tr::tr("Names must be unique; rename one component at a time.")};
    EntityIds changed;
    QList<QVariant> changedValues;
    for (EntityId id : ids) {
        const Entity *e = m_model.find(id);
        if (!e)
            return {{}, Tr::tr("Component #%1 does not exist.").arg(toUInt(id))};
        const QString problem = checkValue(*e, p, value);
        if (!problem.isEmpty())
            return {{}, ids.size() == 1 ? problem : QStringLiteral("%1: %2").arg(e->name, problem)};
        if (propertyValue(*e, p) != value) {
            changed << id;
            changedValues << value;
        }
    }
    if (changed.isEmpty())
        return {};
    const QString text = Tr::tr("Change %1").arg(Tr::tr(propertyInfo(p).label));
    const EntityIds requested = changed;
    if (p == Property::Name && changed.size() == 1) {
        // Links named after their ends ("web → cache", what connect() gives them) are renamed
        // with them, in the same command: one undo step, and typing in the Name field still
        // merges keystroke by keystroke.
        const Entity &renamed = *m_model.find(changed.first());
        const QString newName = value.toString().trimmed();
        for (EntityId linkId : m_model.linksOf(renamed.id)) {
            const Entity &l = *m_model.find(linkId);
            const Entity *from = m_model.find(l.link.from);
            const Entity *to = m_model.find(l.link.to);
            if (!from || !to || l.name != QStringLiteral("%1 → %2").arg(from->name, to->name))
                continue;
            changed << linkId;
            changedValues << QStringLiteral("%1 → %2").arg(from == &renamed ? newName : from->name,
                                                           to == &renamed ? newName : to->name);
        }
    }
    pushChange(changed, p, changedValues, text, mergeable);
    return {requested, {}};
}

Document::Result Document::setProperties(const EntityIds &ids, Property p,
                                         const QList<QVariant> &values, const QString &undoText)
{
    if (ids.size() != values.size())
        return {{},
                QStringLiteral("internal: %1 ids, %2 values").arg(ids.size()).arg(values.size())};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Entity *e = m_model.find(ids[i]);
        if (!e)
            return {{}, Tr::tr("Component #%1 does not exist.").arg(toUInt(ids[i]))};
        const QString problem = checkValue(*e, p, values[i]);
        if (!problem.isEmpty())
            return {{}, QStringLiteral("%1: %2").arg(e->name, problem)};
    }
    if (p == Property::Name) {
        QSet<QString> names;
        for (const QVariant &v : values) {
            const QString name = v.toString().trimmed();
            if (names.contains(name))
                return {{}, Tr::tr("Names must be unique; \"%1\" is used twice.").arg(name)};
            names.insert(name);
        }
    }
    const QString text = undoText.isEmpty() ? Tr::tr("Change %1").arg(Tr::tr(propertyInfo(p).label))
                                            : undoText;
    pushChange(ids, p, values, text, false);
    return {ids, {}};
}

EntityId Document::containerAt(EntityKind kind, const QPointF &scenePos,
                               const EntityIds &excluding) const
{
    EntityId best = EntityId::None;
    double bestArea = 0;
    for (const Entity &e : m_model.entities()) {
        if (!e.isContainer() || !e.geometry.contains(scenePos) || excluding.contains(e.id))
            continue;
        if (!m_model.checkPlacement(kind, e.id).isEmpty())
            continue;
        const double area = e.geometry.width() * e.geometry.height();
        if (!isValid(best) || area < bestArea) {
            best = e.id;
            bestArea = area;
        }
    }
    return best;
}

Document::Result Document::moveEntities(const EntityIds &requested, const QPointF &delta)
{
    // Moved roots: requested nodes whose container is not moved too. Their content follows.
    QSet<EntityId> requestedSet(requested.cbegin(), requested.cend());
    EntityIds roots;
    for (EntityId id : requested) {
        const Entity *e = m_model.find(id);
        if (!e || e->isLink())
            continue;
        bool ancestorMoved = false;
        for (const Entity *p = m_model.find(e->parent); p; p = m_model.find(p->parent))
            ancestorMoved = ancestorMoved || requestedSet.contains(p->id);
        if (!ancestorMoved)
            roots << id;
    }
    if (roots.isEmpty() || delta.isNull())
        return {};

    EntityIds moved;
    QList<QVariant> geometries;
    EntityIds reparented;
    QList<QVariant> parents;
    QSet<EntityId> movedSet;
    for (EntityId root : roots) {
        EntityIds group{root};
        group << m_model.descendantsOf(root);
        for (EntityId id : group) {
            if (movedSet.contains(id))
                continue;
            movedSet.insert(id);
            moved << id;
            geometries << m_model.find(id)->geometry.translated(delta);
        }
    }
    for (EntityId root : roots) {
        const Entity *e = m_model.find(root);
        if (e->kind == EntityKind::Region || e->kind == EntityKind::Endpoint)
            continue;
        const QPointF center = e->geometry.translated(delta).center();
        EntityIds excluding(movedSet.cbegin(), movedSet.cend());
        const EntityId target = containerAt(e->kind, center, excluding);
        if (!isValid(target))
            return {{},
                    Tr::tr("\"%1\" cannot be moved there: %2")
                            .arg(e->name, m_model.checkPlacement(e->kind, EntityId::None))};
        if (target != e->parent) {
            reparented << root;
            parents << QVariant::fromValue(target);
        }
    }

    const bool reparenting = !reparented.isEmpty();
    if (reparenting)
        m_undoStack.beginMacro(
                Tr::tr("Move %n component(s) to another container", nullptr, int(roots.size())));
    m_undoStack.push(
            new ChangeProperty(this, moved, Property::Geometry, geometries,
                               Tr::tr("Move %n component(s)", nullptr, int(roots.size()))));
    if (reparenting) {
        m_undoStack.push(new ChangeProperty(this, reparented, Property::Parent, parents, {}));
        pushReferenceRepairs();
        m_undoStack.endMacro();
    }
    return {moved, {}};
}

void Document::pushChange(const EntityIds &ids, Property p, const QList<QVariant> &values,
                          const QString &text, bool mergeable)
{
    if (p != Property::Parent) {
        m_undoStack.push(new ChangeProperty(this, ids, p, values, text, mergeable));
        return;
    }
    // A new container can invalidate attachments and zone lists: repair them in the same step.
    m_undoStack.beginMacro(text);
    m_undoStack.push(new ChangeProperty(this, ids, p, values, {}));
    pushReferenceRepairs();
    m_undoStack.endMacro();
}

void Document::pushReferenceRepairs()
{
    // Collected first, pushed after: a push edits the model we iterate over.
    QList<std::pair<EntityId, Property>> fixes;
    QList<QVariant> values;
    for (const EntityId id : m_model.ids()) {
        const Entity &e = *m_model.find(id);
        if (e.kind == EntityKind::Disk && isValid(e.disk.attachedTo)
            && !m_model.checkReference(e, Property::AttachedTo,
                                       QVariant::fromValue(e.disk.attachedTo))
                        .isEmpty()) {
            fixes.append({id, Property::AttachedTo});
            values << QVariant::fromValue(EntityId::None);
        }
        const EntityId region = m_model.regionOf(e.parent);
        if (!e.zones.isEmpty() && isValid(region)) {
            EntityIds kept = e.zones;
            kept.removeIf([&](EntityId z) { return m_model.regionOf(z) != region; });
            if (kept != e.zones) {
                fixes.append({id, Property::Zones});
                values << QVariant::fromValue(kept);
            }
        }
    }
    for (qsizetype i = 0; i < fixes.size(); ++i)
        m_undoStack.push(
                new ChangeProperty(this, {fixes[i].first}, fixes[i].second, {values[i]}, {}));
}

Document::Result Document::setGeometry(EntityId id, const QRectF &geometry)
{
    return setProperty({id}, Property::Geometry, geometry);
}

Document::Result Document::setSettings(const DesignSettings &settings, const QString &undoText)
{
    if (settings == m_model.settings())
        return {};
    if (!DesignSettings::isValidCnyPerUsd(settings.cnyPerUsd))
        return {{}, Tr::tr("The exchange rate must be a positive number of CNY per USD.")};
    if (!(settings.spotDiscount >= 0) || !(settings.spotDiscount < 1))
        return {{}, Tr::tr("The spot discount must be from 0 % to below 100 % off pay-as-you-go.")};
    if (!(settings.peakToAverage >= 1) || settings.peakToAverage > 100)
        return {{}, Tr::tr("The peak-to-average factor must be from 1 to 100.")};
    if (!(settings.packetsPerRequest >= 1) || settings.packetsPerRequest > 10000)
        return {{}, Tr::tr("The packets per request must be from 1 to 10,000.")};
    if (settings.currency != QLatin1String("CNY") && settings.currency != QLatin1String("USD"))
        return {{},
                Tr::tr("The display currency must be CNY or USD, not \"%1\".")
                        .arg(settings.currency)};
    for (const MutedRule &muted : settings.mutedRules) {
        if (isValid(muted.entity) && !m_model.contains(muted.entity))
            return {{},
                    Tr::tr("Rule %1 is muted for component #%2, which does not exist.")
                            .arg(muted.ruleId)
                            .arg(toUInt(muted.entity))};
    }
    m_undoStack.push(new ChangeSettings(
            this, settings, undoText.isEmpty() ? Tr::tr("Change design settings") : undoText));
    return {};
}

QString Document::inOneStep(const QString &undoText, const std::function<QString()> &edits)
{
    const int before = m_undoStack.index();
    m_undoStack.beginMacro(undoText);
    const QString error = edits();
    m_undoStack.endMacro();
    if (!error.isEmpty() && m_undoStack.index() > before) {
        // Roll back what the edits managed to do, and leave nothing of it to redo: undo the
        // macro's steps, then mark it obsolete so that QUndoStack::undo() deletes it instead of
        // keeping it on the redo side (and updates canRedo and the redo text). An empty macro
        // goes the same way.
        auto *macro = const_cast<QUndoCommand *>(m_undoStack.command(m_undoStack.index() - 1));
        macro->undo();
        macro->setObsolete(true);
        m_undoStack.undo();
    }
    return error;
}

void Document::resetModel(Model model)
{
    m_undoStack.clear();
    m_model = std::move(model);
    emit changed({ChangeEvent::Type::Reset, {}, AllProperties});
}

void Document::applyInsert(const QList<Entity> &entities)
{
    EntityIds ids;
    for (const Entity &e : entities) {
        m_model.insert(e);
        ids << e.id;
    }
    emit changed({ChangeEvent::Type::Added, ids, AllProperties});
}

QList<Entity> Document::applyRemove(const EntityIds &ids)
{
    emit changed({ChangeEvent::Type::AboutToBeRemoved, ids, AllProperties});
    QList<Entity> taken;
    for (EntityId id : ids)
        taken << m_model.take(id);
    emit changed({ChangeEvent::Type::Removed, ids, AllProperties});
    return taken;
}

void Document::applyProperty(const EntityIds &ids, Property p, const QList<QVariant> &values)
{
    for (qsizetype i = 0; i < ids.size(); ++i)
        m_model.setProperty(ids[i], p, values[i]);
    emit changed({ChangeEvent::Type::Changed, ids, bit(p)});
}

void Document::applySettings(const DesignSettings &settings)
{
    m_model.setSettings(settings);
    emit changed({ChangeEvent::Type::SettingsChanged, {}, 0});
}

} // namespace ecsplan
