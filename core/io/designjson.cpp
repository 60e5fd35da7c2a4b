#include "designjson.h"

#include "entityjson_p.h"
#include "entityscan_p.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "jsonguard.h"
#include "jsonscan_p.h"
#include "model/codes.h"
#include "model/limits.h"
#include "model/progress.h"

#include <nlohmann/json.hpp>

#include <QByteArrayView>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace ecsplan::DesignJson {

using namespace detail;

namespace {

QString describe(const Entity &e, int index)
{
    return QStringLiteral("/entities/%1 (\"%2\")")
            .arg(QString::number(index), JsonGuard::preview(e.name));
}

void checkCatalog(Reader &r, const Catalog &catalog, const Entity &e, int index)
{
    const auto where = [&] {
        return describe(e, index);
    }; // spelt out only for an error
    if (e.isCompute() && !catalog.instanceType(e.compute.instanceType))
        r.fail(where() + QStringLiteral("/instanceType"),
               Tr::tr("unknown instance type \"%1\" (not in the catalog)")
                       .arg(e.compute.instanceType));
    if (e.isCompute()
        && !catalog.diskCategory(e.compute.systemDiskCategory, e.compute.systemDiskLevel))
        r.fail(where() + QStringLiteral("/systemDiskCategory"),
               Tr::tr("unknown disk category \"%1\" %2")
                       .arg(e.compute.systemDiskCategory, e.compute.systemDiskLevel));
    if (e.kind == EntityKind::Disk && !catalog.diskCategory(e.disk.category, e.disk.level))
        r.fail(where() + QStringLiteral("/category"),
               Tr::tr("unknown disk category \"%1\" %2").arg(e.disk.category, e.disk.level));
    if (e.kind == EntityKind::Region && !catalog.region(e.code))
        r.fail(where() + QStringLiteral("/code"), Tr::tr("unknown region \"%1\"").arg(e.code));
}

/**
 * A mark per entity of a design, by id: in an array indexed by the id when the ids are dense
 * (the writer's and the generator's are: 1 to n), else in a hash. Only the ids given are asked.
 */
class ChainMarks
{
public:
    explicit ChainMarks(const EntityIds &ids)
    {
        quint32 largest = 0;
        for (const EntityId id : ids)
            largest = std::max(largest, toUInt(id));
        if (qint64(largest) <= 4 * qint64(ids.size()) + 64)
            m_dense.assign(size_t(largest) + 1, 0);
        else
            m_sparse.reserve(ids.size()); // no rehash while a mark is referred to
    }
    qsizetype &operator[](EntityId id)
    {
        return m_dense.empty() ? m_sparse[id] : m_dense[toUInt(id)];
    }

private:
    std::vector<qsizetype> m_dense;
    QHash<EntityId, qsizetype> m_sparse;
};

/**
 * Parent chains that loop, links crowding one component, and more data disks on a compute
 * group than its instance type takes (the catalog's maximum, else Limits::MaxDataDisksPerInstance).
 * Linear in the design.
 */
void checkStructure(Reader &r, const Model &model, const EntityIds &order,
                    const std::vector<const Entity *> &entities, const Catalog *catalog)
{
    // `order`: the entities' ids in file order (index i = /entities/i), `entities` the same
    // entities in the model.
    const auto entity = [&](qsizetype i) -> const Entity & {
        return *entities[size_t(i)];
    };
    const auto indexOf = [&order](EntityId id) { // only for an error
        return int(order.indexOf(id));
    };

    // Each entity is walked once, marked with the chain that reached it (n + 1 for the chain
    // from entity n): a chain that meets its own mark loops, one that meets an older mark ends.
    ChainMarks walked(order);
    EntityIds chain;
    for (qsizetype n = 0; n < order.size(); ++n) {
        chain.clear();
        EntityId at = order[n];
        const Entity *e = &entity(n); // the entity `at`, found in the model
        qsizetype reached = 0; // the mark met where the chain stops, 0 for none
        for (;;) {
            qsizetype &mark = walked[at];
            if (mark != 0) {
                reached = mark;
                break;
            }
            mark = n + 1;
            chain << at;
            at = e->parent;
            if (!isValid(at) || !(e = model.find(at)))
                break;
        }
        if (reached == n + 1) {
            // `at` is on this chain: the loop is the chain from `at` on.
            const qsizetype from = chain.indexOf(at);
            QStringList names;
            for (qsizetype i = from; i < chain.size(); ++i)
                names << QStringLiteral("#%1").arg(toUInt(chain[i]));
            names << QStringLiteral("#%1").arg(toUInt(at));
            const int index = indexOf(at);
            r.fail(describe(entity(index), index) + QStringLiteral("/parent"),
                   Tr::tr("the containers form a loop (%1); a region holds zones, a zone holds "
                          "components")
                           .arg(JsonGuard::preview(names.join(QStringLiteral(" → ")), 200)));
        }
    }

    for (int i = 0; i < order.size(); ++i) {
        const Entity &e = entity(i);
        if (e.isLink())
            continue;
        const qsizetype links = model.linksOf(e.id).size();
        if (links > Limits::MaxLinksPerEntity)
            r.fail(describe(e, i),
                   Tr::tr("%1 links start or end here; a component takes at most %2")
                           .arg(links)
                           .arg(Limits::MaxLinksPerEntity));
        if (!e.isCompute())
            continue;
        const EntityIds disks = model.disksAttachedTo(e.id);
        qsizetype limit = Limits::MaxDataDisksPerInstance;
        const InstanceTypeSpec *type
                = catalog ? catalog->instanceType(e.compute.instanceType) : nullptr;
        if (type && type->maxDataDisks)
            limit = std::min<qsizetype>(limit, *type->maxDataDisks);
        if (disks.size() <= limit)
            continue;
        const EntityId excess = disks.at(limit);
        const int index = indexOf(excess);
        r.fail(describe(entity(index), index) + QStringLiteral("/attachedTo"),
               Tr::tr("\"%1\" has %2 data disks attached; %3 takes at most %4")
                       .arg(JsonGuard::preview(e.name), QString::number(disks.size()),
                            type && type->maxDataDisks ? e.compute.instanceType
                                                       : Tr::tr("an ECS instance"),
                            QString::number(limit)));
    }
}

} // namespace

QByteArray write(const Model &model, const QString &catalogVersion)
{
    ojson root;
    root["format"] = FormatTag;
    root["schemaVersion"] = SchemaVersion;
    root["catalogVersion"] = str(catalogVersion);
    const DesignSettings &s = model.settings();
    ojson design;
    design["title"] = str(s.title);
    design["description"] = str(s.description);
    design["currency"] = str(s.currency);
    design["cnyPerUsd"] = s.cnyPerUsd;
    design["spotDiscount"] = s.spotDiscount;
    design["peakToAverage"] = s.peakToAverage;
    design["packetsPerRequest"] = s.packetsPerRequest;
    design["priceSheet"] = str(s.priceSheet);
    if (!s.catalogOverlay.isEmpty()) // written only when set: older files stay byte-identical
        design["catalogOverlay"] = str(s.catalogOverlay);
    ojson muted = ojson::array();
    for (const MutedRule &m : s.mutedRules) {
        ojson o;
        o["rule"] = str(m.ruleId);
        o["entity"] = idValue(m.entity);
        o["reason"] = str(m.reason);
        muted.push_back(o);
    }
    design["mutedRules"] = muted;
    root["design"] = design;

    ojson entities = ojson::array();
    for (EntityId id : model.ids())
        entities.push_back(entityToJson(*model.find(id)));
    root["entities"] = entities;
    std::string text = root.dump(2);
    text.push_back('\n');
    return QByteArray::fromStdString(text);
}

namespace {

/**
 * Where the root object's "entities" array and each of its elements are in `data`, found by
 * one pass over the bytes that follows strings and nesting but checks no grammar (the parser
 * does, on the parts). False when the file does not look like {..., "entities": [...], ...}
 * with the key spelt plainly once: the reader then parses the whole file at once, as before.
 *
 * The same pass is JsonGuard::tooDeepAt(data, maxDepth): when it reaches the end of the file,
 * `*deepAt` is what that returns (-1, or the first opener deeper than maxDepth, where the pass
 * stops). When it gives up early `*deepAt` is left at -2, unknown: the caller asks the guard.
 */
struct EntitySlices
{
    qsizetype arrayBegin = -1; ///< the '['
    qsizetype arrayEnd = -1; ///< one past the matching ']'
    QVector<QPair<qsizetype, qsizetype>> items; ///< each element's first byte and size
};

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

bool findEntitySlices(const QByteArray &data, EntitySlices *out, int maxDepth, qsizetype *deepAt)
{
    *deepAt = -2;
    const char *p = data.constData();
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n && isJsonSpace(p[i]))
        ++i;
    if (i == n || p[i] != '{')
        return false;
    int depth = 0;
    bool expectKey = false; // at depth 1: the next string is a key
    bool entitiesNext = false; // the last key at depth 1 was "entities"
    qsizetype itemBegin = -1; // the current element's first byte, -1 between elements
    const auto inEntities = [&] {
        return depth == 2 && out->arrayBegin >= 0 && out->arrayEnd < 0;
    };
    const auto endItem = [&](qsizetype at) { // at: its ',' or ']'
        qsizetype end = at;
        while (end > itemBegin && isJsonSpace(p[end - 1]))
            --end;
        out->items.append({itemBegin, end - itemBegin});
        itemBegin = -1;
    };
    for (; i < n; ++i) {
        // Inside an entity only strings and brackets matter: skipped 64 bytes at a time to the
        // bracket that closes it (or the byte the switch below must see), as are those of any
        // value below the root's members that is not the entities array, sixteen at a time.
        if (depth >= 3) {
            i = JsonScan::skipNested(p, i, n, &depth, 3, maxDepth);
            if (i == n)
                break;
        } else if (depth == 2 && !inEntities()) {
            i = JsonScan::nextStructural(p, i, n);
            if (i == n)
                break;
        }
        const char c = p[i];
        if (c == '"') {
            const qsizetype begin = i;
            i = JsonScan::stringEnd(p, i + 1, n);
            if (i >= n)
                return false;
            if (depth == 1 && expectKey) {
                const bool entities = QByteArrayView(p + begin, i + 1 - begin) == "\"entities\"";
                if (entities && out->arrayBegin >= 0)
                    return false; // given twice: the whole-file reader reports it
                entitiesNext = entities;
                expectKey = false;
            } else if (inEntities() && itemBegin < 0) {
                itemBegin = begin;
            }
            continue;
        }
        if (isJsonSpace(c)) { // the run of it at once: white space changes no state here
            while (i + 1 < n && isJsonSpace(p[i + 1]))
                ++i;
            continue;
        }
        if (inEntities() && itemBegin < 0 && c != ',' && c != ']')
            itemBegin = i;
        switch (c) {
        case '{':
        case '[':
            if (depth == 1 && entitiesNext) {
                if (c != '[')
                    return false;
                out->arrayBegin = i;
                entitiesNext = false;
            }
            if (++depth > maxDepth) { // depth as the guard counts it: never below zero here
                *deepAt = i;
                return false;
            }
            if (depth == 1)
                expectKey = true;
            break;
        case '}':
        case ']':
            if (inEntities()) {
                if (c != ']')
                    return false;
                if (itemBegin >= 0)
                    endItem(i);
                else if (!out->items.isEmpty())
                    return false; // [x, ]: the parser names the byte
                out->arrayEnd = i + 1;
            }
            if (--depth < 0)
                return false;
            break;
        case ',':
            if (depth == 1) {
                expectKey = true;
            } else if (inEntities()) {
                if (itemBegin < 0)
                    return false; // [, x] or [x,, y]
                endItem(i);
            }
            break;
        case ':':
            if (depth == 1 && !entitiesNext)
                expectKey = false;
            break;
        default:
            if (depth == 1 && entitiesNext)
                return false; // "entities": a number, true, ...
            break;
        }
    }
    *deepAt = -1;
    return out->arrayBegin >= 0 && out->arrayEnd > out->arrayBegin && depth == 0;
}

bool readRoot(const QByteArray &data, Model *model, QStringList *errors, const Catalog *catalog,
              QString *catalogVersion, Progress *progress, bool sliced)
{
    TextPool pool;
    Reader r{errors, &pool};
    // A large design is read an entity at a time: the whole file as one document made the
    // parser hold ~15 bytes per byte of the file (566 MiB of the 730 MiB peak when the window
    // opened 50k components). The root is parsed with an empty entities array, then each
    // entity from its own bytes in one reused parser. Anything unexpected (a syntax error, a
    // shape the byte scan does not follow) is read the whole-file way, which names the error.
    // The scan that finds the entities is also the nesting guard's: the file is scanned once.
    EntitySlices slices;
    qsizetype deepAt = -2; // unknown until a scan has reached the end
    if (sliced
        && (data.size() > Limits::MaxFileBytes
            || !findEntitySlices(data, &slices, Limits::MaxNestingDepth, &deepAt)))
        sliced = false;
    if (deepAt != -1) { // the guard's own scan words the problem, as before
        if (const QString problem = JsonGuard::check(data, Limits::MaxFileBytes);
            !problem.isEmpty()) {
            r.fail(QStringLiteral("/"), problem);
            return false;
        }
    }
    const qsizetype errorsBefore = errors->size();
    const auto readWhole = [&] {
        errors->erase(errors->begin() + errorsBefore, errors->end());
        return readRoot(data, model, errors, catalog, catalogVersion, progress, false);
    };
    QByteArray skeleton;
    if (sliced) {
        skeleton.reserve(data.size() - (slices.arrayEnd - slices.arrayBegin) + 2);
        skeleton.append(data.constData(), slices.arrayBegin);
        skeleton.append("[]");
        skeleton.append(data.constData() + slices.arrayEnd, data.size() - slices.arrayEnd);
    }
    simdjson::dom::parser parser; // holds the document: lives as long as `root`
    Value rootValue;
    if (QString syntax; !parse(parser, sliced ? skeleton : data, &rootValue, &syntax)) {
        if (sliced)
            return readWhole();
        r.fail(QStringLiteral("/"), syntax);
        return false;
    }
    Object root;
    if (rootValue.get_object().get(root) != simdjson::SUCCESS) {
        r.fail(QStringLiteral("/"), Tr::tr("expected a JSON object"));
        return false;
    }
    if (const auto key = duplicateKey(root)) {
        r.fail(QLatin1Char('/') + JsonGuard::preview(qstr(*key)),
               Tr::tr("the key occurs more than once; a file gives each key once"));
        return false;
    }
    if (const auto format = member(root, "format");
        !format || !format->is_string() || text(*format) != FormatTag) {
        r.fail(QStringLiteral("/format"),
               Tr::tr("not an ECS Planner design (expected \"format\": \"ecsplan\")"));
        return false;
    }
    int64_t version = 0;
    if (const auto v = member(root, "schemaVersion");
        !v || v->get_int64().get(version) != simdjson::SUCCESS || version < 1) {
        r.fail(QStringLiteral("/schemaVersion"), Tr::tr("missing or not a positive whole number"));
        return false;
    }
    if (version > SchemaVersion) {
        r.fail(QStringLiteral("/schemaVersion"),
               Tr::tr("the design was saved by a newer ECS Planner (schema %1); this version reads "
                      "schema %2 and older. Please update ECS Planner.")
                       .arg(version)
                       .arg(SchemaVersion));
        return false;
    }
    for (const auto field : root) {
        static const QStringList known = {QStringLiteral("format"), QStringLiteral("schemaVersion"),
                                          QStringLiteral("catalogVersion"),
                                          QStringLiteral("design"), QStringLiteral("entities")};
        if (!known.contains(qstr(field.key)))
            r.fail(QLatin1Char('/') + JsonGuard::preview(qstr(field.key)), Tr::tr("unknown key"));
    }
    const auto catalogVersionValue = member(root, "catalogVersion");
    if (catalogVersionValue && !catalogVersionValue->is_string())
        r.fail(QStringLiteral("/catalogVersion"), Tr::tr("expected a string"));
    // Schema 1 is the first released schema: there is nothing older to migrate yet. Migrations
    // go here as functions json(N) -> json(N+1), applied in order.

    Model result;
    DesignSettings settings;
    if (const auto designValue = member(root, "design")) {
        Object d;
        if (designValue->get_object().get(d) != simdjson::SUCCESS) {
            r.fail(QStringLiteral("/design"), Tr::tr("expected an object"));
        } else if (const auto twice = duplicateKey(d)) {
            r.fail(QStringLiteral("/design/") + JsonGuard::preview(qstr(*twice)),
                   Tr::tr("the key occurs more than once; a file gives each key once"));
        } else {
            auto readString = [&](const char *key, QString *out) {
                if (const auto v = member(d, key)) {
                    const QString keyPath = QStringLiteral("/design/") + QLatin1String(key);
                    if (v->is_string())
                        readText(r, *v, keyPath, out);
                    else
                        r.fail(keyPath, Tr::tr("expected a string"));
                }
            };
            readString("title", &settings.title);
            readString("description", &settings.description);
            readString("currency", &settings.currency);
            readString("priceSheet", &settings.priceSheet);
            readString("catalogOverlay", &settings.catalogOverlay);
            if (settings.currency != QLatin1String("CNY")
                && settings.currency != QLatin1String("USD"))
                r.fail(QStringLiteral("/design/currency"),
                       Tr::tr("expected \"CNY\" or \"USD\", found \"%1\"")
                               .arg(JsonGuard::preview(settings.currency)));
            const auto numberOf = [](Value v) {
                return v.get_double().value_unsafe(); // only after v.is_number()
            };
            if (const auto v = member(d, "cnyPerUsd")) {
                if (!v->is_number() || !DesignSettings::isValidCnyPerUsd(numberOf(*v)))
                    r.fail(QStringLiteral("/design/cnyPerUsd"),
                           Tr::tr("expected a positive exchange rate"));
                else
                    settings.cnyPerUsd = numberOf(*v);
            }
            // Absent in files written before the setting: DefaultSpotDiscount.
            if (const auto v = member(d, "spotDiscount")) {
                if (!v->is_number() || !(numberOf(*v) >= 0) || !(numberOf(*v) < 1))
                    r.fail(QStringLiteral("/design/spotDiscount"),
                           Tr::tr("expected a discount from 0 to below 1 (0.7 = 70 % off "
                                  "pay-as-you-go), found %1")
                                   .arg(shown(*v)));
                else
                    settings.spotDiscount = numberOf(*v);
            }
            // Absent in files written before the demand model: the defaults.
            if (const auto v = member(d, "peakToAverage")) {
                if (!v->is_number() || !(numberOf(*v) >= 1) || numberOf(*v) > 100)
                    r.fail(QStringLiteral("/design/peakToAverage"),
                           Tr::tr("expected a peak-to-average factor from 1 to 100, found %1")
                                   .arg(shown(*v)));
                else
                    settings.peakToAverage = numberOf(*v);
            }
            if (const auto v = member(d, "packetsPerRequest")) {
                if (!v->is_number() || !(numberOf(*v) >= 1) || numberOf(*v) > 10000)
                    r.fail(QStringLiteral("/design/packetsPerRequest"),
                           Tr::tr("expected packets per request from 1 to 10,000, found %1")
                                   .arg(shown(*v)));
                else
                    settings.packetsPerRequest = numberOf(*v);
            }
            if (const auto v = member(d, "mutedRules")) {
                Array muted;
                if (v->get_array().get(muted) != simdjson::SUCCESS) {
                    r.fail(QStringLiteral("/design/mutedRules"), Tr::tr("expected an array"));
                } else if (qsizetype(muted.size()) > Limits::MaxEntities) {
                    r.fail(QStringLiteral("/design/mutedRules"),
                           Tr::tr("%1 muted findings are more than the %2 a design accepts")
                                   .arg(muted.size())
                                   .arg(Limits::MaxEntities));
                } else {
                    qsizetype i = -1;
                    for (const Value item : muted) {
                        ++i;
                        const QString path = QStringLiteral("/design/mutedRules/%1").arg(i);
                        MutedRule rule;
                        Object m;
                        std::optional<Value> ruleId;
                        if (item.get_object().get(m) == simdjson::SUCCESS)
                            ruleId = member(m, "rule");
                        if (!ruleId || !ruleId->is_string()) {
                            r.fail(path, Tr::tr("expected {\"rule\", \"entity\", \"reason\"}"));
                            continue;
                        }
                        if (const auto repeated = duplicateKey(m)) {
                            r.fail(path + QLatin1Char('/') + JsonGuard::preview(qstr(*repeated)),
                                   Tr::tr("the key occurs more than once; a file gives each key "
                                          "once"));
                            continue;
                        }
                        readText(r, *ruleId, path + QStringLiteral("/rule"), &rule.ruleId);
                        const auto reason = member(m, "reason");
                        if (reason && !reason->is_string())
                            r.fail(path + QStringLiteral("/reason"), Tr::tr("expected a string"));
                        else if (reason)
                            readText(r, *reason, path + QStringLiteral("/reason"), &rule.reason);
                        if (const auto entity = member(m, "entity"))
                            readId(r, *entity, path + QStringLiteral("/entity"), &rule.entity,
                                   true);
                        settings.mutedRules << rule;
                    }
                }
            }
        }
    }
    result.setSettings(settings);

    Array entities;
    if (const auto v = member(root, "entities");
        !v || v->get_array().get(entities) != simdjson::SUCCESS) {
        r.fail(QStringLiteral("/entities"), Tr::tr("missing or not an array"));
        return false;
    }
    const qsizetype total = sliced ? slices.items.size() : qsizetype(entities.size());
    if (total > Limits::MaxEntities) {
        r.fail(QStringLiteral("/entities"),
               Tr::tr("%1 components and links are more than the %2 a design accepts")
                       .arg(total)
                       .arg(Limits::MaxEntities));
        return false;
    }
    EntityIds order; // ids in file order: each entity is kept once, in the model
    order.reserve(total);
    result.reserve(total);
    simdjson::dom::parser entityParser; // sliced: one entity at a time
    auto nextEntity = [&, it = entities.begin()](qsizetype i, Value *item) mutable {
        if (!sliced) {
            *item = *it;
            ++it;
            return true;
        }
        const auto [at, size] = slices.items[i];
        // The file's own bytes when at least the parser's padding follows them, else a copy.
        const bool padded = at + size + qsizetype(simdjson::SIMDJSON_PADDING) <= data.size();
        return entityParser.parse(data.constData() + at, size_t(size), !padded).get(*item)
                == simdjson::SUCCESS;
    };
    std::array<qsizetype, EntityKindCount> perKind{}; // entities of each kind
    Entity read; // each entity is read into it, then moved into the model
    EntityScanner scanner;
    for (qsizetype index = 0; index < total; ++index) {
        if (progress && index % 512 == 0) {
            if (progress->isCancelled()) {
                errors->clear();
                r.fail(QStringLiteral("/"), Tr::tr("cancelled"));
                return false;
            }
            progress->report(index, total);
        }
        const EntityPath path(index); // "/entities/<index>", spelt out only for an error
        // An entity of the ordinary shape straight from its bytes; simdjson reads the others.
        if (!sliced
            || !scanner.read(data.constData() + slices.items[index].first,
                             size_t(slices.items[index].second), &read, r.pool)) {
            Value item;
            if (!nextEntity(index, &item))
                return readWhole();
            if (!readEntity(r, item, path, &read))
                continue;
        }
        if (result.contains(read.id)) {
            r.fail(path.text() + QStringLiteral("/id"),
                   Tr::tr("duplicate id %1").arg(toUInt(read.id)));
            continue;
        }
        order << read.id;
        ++perKind[size_t(read.kind)];
        result.insert(std::move(read));
    }
    if (!errors->isEmpty())
        return false;
    // Structure before references: the reference checks walk up parents, which must end.
    std::vector<const Entity *> inModel; // in file order: each found in the model once
    inModel.reserve(size_t(order.size()));
    for (const EntityId id : order)
        inModel.push_back(result.find(id));
    checkStructure(r, result, order, inModel, catalog);
    if (!errors->isEmpty())
        return false;

    std::array<QSet<QString>, EntityKindCount> names; // per kind: no key string per entity
    for (size_t k = 0; k < names.size(); ++k)
        names[k].reserve(perKind[k]);
    for (int i = 0; i < order.size(); ++i) {
        const Entity &e = *inModel[size_t(i)];
        const QString problem = result.checkEntity(e);
        if (!problem.isEmpty())
            r.fail(describe(e, i), problem);
        Property field = Property::Name;
        if (const QString values = validateEntityValues(e, &field); !values.isEmpty())
            r.fail(describe(e, i) + QLatin1Char('/') + QLatin1String(propertyInfo(field).key),
                   values);
        QSet<QString> &sameKind = names[size_t(e.kind)];
        const qsizetype namesBefore = sameKind.size();
        sameKind.insert(e.name); // one lookup: the set grows unless the name is there
        if (sameKind.size() == namesBefore)
            r.fail(describe(e, i) + QStringLiteral("/name"),
                   Tr::tr("another %1 has the same name").arg(toCode(e.kind)));
        if (catalog)
            checkCatalog(r, *catalog, e, i);
    }
    for (int i = 0; i < settings.mutedRules.size(); ++i) {
        const EntityId id = settings.mutedRules[i].entity;
        if (isValid(id) && !result.contains(id))
            r.fail(QStringLiteral("/design/mutedRules/%1/entity").arg(i),
                   Tr::tr("refers to entity %1, which does not exist").arg(toUInt(id)));
    }
    if (!errors->isEmpty())
        return false;
    if (catalogVersion)
        *catalogVersion = catalogVersionValue ? qstr(text(*catalogVersionValue)) : QString();
    *model = std::move(result);
    return true;
}

} // namespace

namespace {

bool readGuarded(const QByteArray &data, Model *model, QStringList *errors, const Catalog *catalog,
                 QString *catalogVersion, Progress *progress, bool sliced)
{
    // The reader checks types before every access; this is the safety net that keeps a file we
    // did not foresee from ever crashing the application.
    try {
        return readRoot(data, model, errors, catalog, catalogVersion, progress, sliced);
    } catch (const std::exception &e) {
        errors->append(QStringLiteral("/: ")
                       + Tr::tr("malformed design: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

} // namespace

bool read(const QByteArray &data, Model *model, QStringList *errors, const Catalog *catalog,
          QString *catalogVersion, Progress *progress)
{
    return readGuarded(data, model, errors, catalog, catalogVersion, progress, true);
}

bool detail::readAtOnce(const QByteArray &data, Model *model, QStringList *errors,
                        const Catalog *catalog, QString *catalogVersion)
{
    return readGuarded(data, model, errors, catalog, catalogVersion, nullptr, false);
}

QByteArray writeEntity(const Entity &entity)
{
    return QByteArray::fromStdString(entityToJson(entity).dump());
}

namespace {

bool readOneEntity(const QByteArray &data, Entity *entity, QStringList *errors, const QString &path,
                   bool direct)
{
    Reader r{errors};
    r.direct = direct;
    if (const QString problem = JsonGuard::check(data, Limits::MaxFileBytes); !problem.isEmpty()) {
        r.fail(path, problem);
        return false;
    }
    simdjson::dom::parser parser;
    Value v;
    if (QString syntax; !parse(parser, data, &v, &syntax)) {
        r.fail(path, syntax);
        return false;
    }
    return readEntity(r, v, path, entity);
}

} // namespace

bool readEntity(const QByteArray &data, Entity *entity, QStringList *errors, const QString &path)
{
    return readOneEntity(data, entity, errors, path, true);
}

bool detail::readEntityGenerically(const QByteArray &data, Entity *entity, QStringList *errors,
                                   const QString &path)
{
    return readOneEntity(data, entity, errors, path, false);
}

} // namespace ecsplan::DesignJson
