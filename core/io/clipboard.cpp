#include "clipboard.h"

#include "designjson.h"
#include "ecsplan_global.h"
#include "entityjson_p.h"
#include "jsonguard.h"
#include "model/limits.h"

#include <nlohmann/json.hpp>

#include <QCoreApplication>
#include <QHash>
#include <QMimeData>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ecsplan::Clipboard {

namespace {

using ojson = nlohmann::ordered_json;

EntityId remapOrKeep(EntityId id, const QHash<EntityId, EntityId> &map, bool sameSource,
                     const Model &model)
{
    if (!isValid(id))
        return id;
    if (auto it = map.constFind(id); it != map.constEnd())
        return *it;
    return (sameSource && model.contains(id)) ? id : EntityId::None;
}

EntityIds remapList(const EntityIds &ids, const QHash<EntityId, EntityId> &map, bool sameSource,
                    const Model &model)
{
    EntityIds result;
    for (EntityId id : ids) {
        const EntityId mapped = remapOrKeep(id, map, sameSource, model);
        if (isValid(mapped))
            result << mapped;
    }
    return result;
}

} // namespace

QRectF Fragment::bounds() const
{
    QRectF r;
    for (const Entity &e : entities) {
        if (!e.isLink())
            r = r.isNull() ? e.geometry : r.united(e.geometry);
    }
    return r;
}

QString documentToken(const Document *document)
{
    return QStringLiteral("%1:%2")
            .arg(QCoreApplication::applicationPid())
            .arg(quintptr(document), 0, 16);
}

EntityIds closure(const Model &model, const EntityIds &selection)
{
    QSet<EntityId> nodes;
    for (EntityId id : selection) {
        const Entity *e = model.find(id);
        if (!e || e->isLink())
            continue;
        nodes.insert(id);
        for (EntityId child : model.descendantsOf(id))
            nodes.insert(child);
    }
    QSet<EntityId> all = nodes;
    for (EntityId id : std::as_const(nodes)) {
        for (EntityId link : model.linksOf(id)) {
            const Entity *l = model.find(link);
            if (l && nodes.contains(l->link.from) && nodes.contains(l->link.to))
                all.insert(link);
        }
    }
    EntityIds result(all.cbegin(), all.cend());
    std::sort(result.begin(), result.end(),
              [](EntityId a, EntityId b) { return toUInt(a) < toUInt(b); });
    return result;
}

Fragment copy(const Document &document, const EntityIds &selection)
{
    Fragment f;
    f.source = documentToken(&document);
    for (EntityId id : closure(document.model(), selection))
        f.entities << *document.model().find(id);
    return f;
}

QByteArray toJson(const Fragment &fragment)
{
    ojson root;
    root["format"] = FormatTag;
    root["source"] = fragment.source.toStdString();
    ojson list = ojson::array();
    for (const Entity &e : fragment.entities)
        list.push_back(ojson::parse(DesignJson::writeEntity(e).toStdString()));
    root["entities"] = list;
    return QByteArray::fromStdString(root.dump(2));
}

namespace {
bool fromJsonChecked(const QByteArray &data, Fragment *fragment, QString *error);
} // namespace

bool fromJson(const QByteArray &data, Fragment *fragment, QString *error)
{
    // Anything can be on the clipboard: the same limits as a design file, and no exception out.
    if (const QString problem = JsonGuard::check(data, Limits::MaxFragmentBytes);
        !problem.isEmpty()) {
        *error = Tr::tr("The clipboard does not hold ECS Planner components (%1).").arg(problem);
        return false;
    }
    try {
        return fromJsonChecked(data, fragment, error);
    } catch (const std::exception &e) {
        *error = Tr::tr("The clipboard holds malformed ECS Planner components: %1")
                         .arg(QString::fromUtf8(e.what()));
        return false;
    }
}

namespace {

bool fromJsonChecked(const QByteArray &data, Fragment *fragment, QString *error)
{
    using namespace DesignJson::detail;
    using DesignJson::Array, DesignJson::Object, DesignJson::Value;
    simdjson::dom::parser parser;
    Value rootValue;
    if (QString syntax; !parse(parser, data, &rootValue, &syntax)) {
        *error = Tr::tr("The clipboard does not hold ECS Planner components (%1).").arg(syntax);
        return false;
    }
    Object root;
    std::optional<Value> format;
    if (rootValue.get_object().get(root) == simdjson::SUCCESS)
        format = member(root, "format");
    if (!format || !format->is_string() || text(*format) != FormatTag || duplicateKey(root)) {
        *error = Tr::tr("The clipboard does not hold ECS Planner components.");
        return false;
    }
    Array entities;
    if (const auto v = member(root, "entities");
        !v || v->get_array().get(entities) != simdjson::SUCCESS) {
        *error = Tr::tr("/entities: missing or not an array");
        return false;
    }
    if (qsizetype(entities.size()) > Limits::MaxEntities) {
        *error = Tr::tr("/entities: %1 components and links are more than the %2 a design accepts")
                         .arg(entities.size())
                         .arg(Limits::MaxEntities);
        return false;
    }
    Fragment result;
    if (const auto source = member(root, "source")) {
        if (!source->is_string()) {
            *error = Tr::tr("/source: expected a string");
            return false;
        }
        // A token of this process run ("pid:address"); anything long is not one of ours.
        result.source = JsonGuard::preview(qstr(text(*source)), 100);
    }
    QSet<EntityId> seen;
    QStringList errors;
    Reader reader{&errors};
    qsizetype i = -1;
    for (const Value item : entities) {
        ++i;
        const QString path = QStringLiteral("/entities/%1").arg(i);
        Entity e;
        if (!readEntity(reader, item, path, &e))
            continue;
        if (seen.contains(e.id)) {
            errors << Tr::tr("%1/id: duplicate id %2").arg(path).arg(toUInt(e.id));
            continue;
        }
        seen.insert(e.id);
        result.entities << e;
    }
    if (!errors.isEmpty()) {
        *error = errors.join(QLatin1Char('\n'));
        return false;
    }
    *fragment = result;
    return true;
}

} // namespace

QMimeData *toMimeData(const Fragment &fragment)
{
    auto *mime = new QMimeData;
    const QByteArray data = toJson(fragment);
    mime->setData(QString::fromLatin1(MimeType), data);
    mime->setText(QString::fromUtf8(data));
    return mime;
}

bool canPaste(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasFormat(QString::fromLatin1(MimeType)))
        return true;
    return mime->hasText() && mime->text().left(200).contains(QLatin1String(FormatTag));
}

bool fromMimeData(const QMimeData *mime, Fragment *fragment, QString *error)
{
    if (!mime) {
        *error = Tr::tr("The clipboard is empty.");
        return false;
    }
    if (mime->hasFormat(QString::fromLatin1(MimeType)))
        return fromJson(mime->data(QString::fromLatin1(MimeType)), fragment, error);
    if (mime->hasText())
        return fromJson(mime->text().toUtf8(), fragment, error);
    *error = Tr::tr("The clipboard does not hold ECS Planner components.");
    return false;
}

Document::Result paste(Document *document, const Fragment &fragment, const QPointF &offset,
                       const QString &undoText)
{
    if (fragment.isEmpty())
        return {{}, Tr::tr("Nothing to paste.")};
    const Model &model = document->model();
    const bool sameSource = fragment.source == documentToken(document);

    QSet<EntityId> nodeIds;
    for (const Entity &e : fragment.entities) {
        if (!e.isLink())
            nodeIds.insert(e.id);
    }
    QList<Entity> entities;
    for (const Entity &e : fragment.entities) {
        if (e.isLink() && !(nodeIds.contains(e.link.from) && nodeIds.contains(e.link.to)))
            continue; // a hand-edited fragment may carry dangling links: drop them
        entities << e;
    }
    const EntityIds fresh = document->allocateIds(int(entities.size()));
    QHash<EntityId, EntityId> map;
    for (qsizetype i = 0; i < entities.size(); ++i)
        map.insert(entities[i].id, fresh[i]);

    for (Entity &e : entities) {
        e.id = map.value(e.id);
        if (e.isLink()) {
            e.link.from = map.value(e.link.from);
            e.link.to = map.value(e.link.to);
            continue;
        }
        e.geometry.translate(offset);
        if (auto it = map.constFind(e.parent); it != map.constEnd()) {
            e.parent = *it;
        } else if (e.kind != EntityKind::Region && e.kind != EntityKind::Endpoint) {
            EntityId target = document->containerAt(e.kind, e.geometry.center());
            if (!isValid(target) && sameSource && model.contains(e.parent))
                target = e.parent;
            e.parent = target;
        } else {
            e.parent = EntityId::None;
        }
        e.zones = remapList(e.zones, map, sameSource, model);
        e.compute.securityGroups = remapList(e.compute.securityGroups, map, sameSource, model);
        e.cache.readReplicaOf = remapOrKeep(e.cache.readReplicaOf, map, sameSource, model);
        const EntityId attached = remapOrKeep(e.disk.attachedTo, map, sameSource, model);
        // An outside attachment holds only while the disk stays in that instance's zone.
        const bool external = isValid(attached) && !map.contains(e.disk.attachedTo);
        e.disk.attachedTo = (external && model.zoneOf(attached) != model.zoneOf(e.parent))
                ? EntityId::None
                : attached;
    }
    // A pasted component whose name is taken becomes "name copy", then "name copy 2"...; a copy
    // of a copy counts on from the same stem ("kafka-h copy 2", never "kafka-h copy copy").
    static const QRegularExpression copySuffix(
            QStringLiteral("^(.*) %1(?: (\\d+))?$").arg(Tr::tr("copy")));
    QHash<EntityId, QString> newNames;
    QSet<QString> batchNames;
    for (Entity &e : entities) {
        if (e.isLink())
            continue;
        const QString name = e.name.trimmed();
        auto taken = [&](const QString &candidate) {
            return model.findByName(e.kind, candidate)
                    || batchNames.contains(toCode(e.kind) + candidate);
        };
        if (!name.isEmpty() && taken(name)) {
            QString stem = name;
            if (const QRegularExpressionMatch m = copySuffix.match(name); m.hasMatch())
                stem = m.captured(1);
            QString candidate = Tr::tr("%1 copy").arg(stem);
            for (int n = 2; taken(candidate); ++n)
                candidate = Tr::tr("%1 copy %2").arg(stem).arg(n);
            e.name = candidate;
        }
        batchNames.insert(toCode(e.kind) + e.name);
        newNames.insert(e.id, e.name);
    }
    // Links are named after their ends.
    for (Entity &e : entities) {
        if (e.isLink() && newNames.contains(e.link.from) && newNames.contains(e.link.to))
            e.name = QStringLiteral("%1 → %2").arg(newNames.value(e.link.from),
                                                   newNames.value(e.link.to));
    }
    // Zones spanned must stay in the new region; drop the ones that are not.
    for (Entity &e : entities) {
        if (!e.zones.isEmpty() && model.contains(e.parent)
            && !model.checkReference(e, Property::Zones, QVariant::fromValue(e.zones)).isEmpty())
            e.zones.clear();
    }
    return document->addEntities(
            entities,
            undoText.isEmpty() ? Tr::tr("Paste %n component(s)", nullptr, int(nodeIds.size()))
                               : undoText);
}

Document::Result duplicate(Document *document, const EntityIds &selection, const QPointF &offset)
{
    const Fragment fragment = copy(*document, selection);
    if (fragment.isEmpty())
        return {{}, Tr::tr("Nothing selected to duplicate.")};
    int nodes = 0;
    for (const Entity &e : fragment.entities)
        nodes += e.isLink() ? 0 : 1;
    return paste(document, fragment, offset, Tr::tr("Duplicate %n component(s)", nullptr, nodes));
}

} // namespace ecsplan::Clipboard
