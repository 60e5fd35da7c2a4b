#include "designjson.h"

#include "entityjson_p.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "jsonguard.h"
#include "model/codes.h"
#include "model/limits.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QSet>

#include <cmath>

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
 * Parent chains that loop, links crowding one component, and more data disks on a compute
 * group than its instance type takes (the catalog's maximum, else Limits::MaxDataDisksPerInstance).
 * Linear in the design.
 */
void checkStructure(Reader &r, const Model &model, const EntityIds &order, const Catalog *catalog)
{
    // `order`: the entities' ids in file order (index i = /entities/i).
    const auto entity = [&](qsizetype i) -> const Entity & {
        return *model.find(order[i]);
    };
    QHash<EntityId, int> indexOf;
    indexOf.reserve(order.size());
    for (int i = 0; i < order.size(); ++i)
        indexOf.insert(order[i], i);

    // Each entity is walked once: 1 = on the current chain, 2 = its chain ends.
    QHash<EntityId, char> state;
    state.reserve(order.size());
    for (qsizetype n = 0; n < order.size(); ++n) {
        const Entity &start = entity(n);
        EntityIds chain;
        EntityId at = start.id;
        while (isValid(at) && model.contains(at) && state.value(at) == 0) {
            state.insert(at, 1);
            chain << at;
            at = model.find(at)->parent;
        }
        if (isValid(at) && state.value(at) == 1) {
            // `at` is on this chain: the loop is the chain from `at` on.
            const qsizetype from = chain.indexOf(at);
            QStringList names;
            for (qsizetype i = from; i < chain.size(); ++i)
                names << QStringLiteral("#%1").arg(toUInt(chain[i]));
            names << QStringLiteral("#%1").arg(toUInt(at));
            const int index = indexOf.value(at);
            r.fail(describe(entity(index), index) + QStringLiteral("/parent"),
                   Tr::tr("the containers form a loop (%1); a region holds zones, a zone holds "
                          "components")
                           .arg(JsonGuard::preview(names.join(QStringLiteral(" → ")), 200)));
        }
        for (EntityId id : std::as_const(chain))
            state.insert(id, 2);
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
        const int index = indexOf.value(excess);
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

bool readRoot(const QByteArray &data, Model *model, QStringList *errors, const Catalog *catalog,
              QString *catalogVersion)
{
    Reader r{errors};
    if (const QString problem = JsonGuard::check(data, Limits::MaxFileBytes); !problem.isEmpty()) {
        r.fail(QStringLiteral("/"), problem);
        return false;
    }
    json root;
    try {
        root = json::parse(data.constBegin(), data.constEnd());
    } catch (const json::parse_error &e) {
        r.fail(QStringLiteral("/"),
               Tr::tr("not valid JSON (byte %1): %2").arg(e.byte).arg(QString::fromUtf8(e.what())));
        return false;
    }
    if (!root.is_object()) {
        r.fail(QStringLiteral("/"), Tr::tr("expected a JSON object"));
        return false;
    }
    if (root.value("format", json()) != FormatTag) {
        r.fail(QStringLiteral("/format"),
               Tr::tr("not an ECS Planner design (expected \"format\": \"ecsplan\")"));
        return false;
    }
    const json version = root.value("schemaVersion", json());
    if (!version.is_number_integer() || version.get<long long>() < 1) {
        r.fail(QStringLiteral("/schemaVersion"), Tr::tr("missing or not a positive whole number"));
        return false;
    }
    if (version.get<long long>() > SchemaVersion) {
        r.fail(QStringLiteral("/schemaVersion"),
               Tr::tr("the design was saved by a newer ECS Planner (schema %1); this version reads "
                      "schema %2 and older. Please update ECS Planner.")
                       .arg(version.get<long long>())
                       .arg(SchemaVersion));
        return false;
    }
    for (auto it = root.begin(); it != root.end(); ++it) {
        static const QStringList known = {QStringLiteral("format"), QStringLiteral("schemaVersion"),
                                          QStringLiteral("catalogVersion"),
                                          QStringLiteral("design"), QStringLiteral("entities")};
        if (!known.contains(qstr(it.key())))
            r.fail(QLatin1Char('/') + JsonGuard::preview(qstr(it.key())), Tr::tr("unknown key"));
    }
    if (auto it = root.find("catalogVersion"); it != root.end() && !it->is_string())
        r.fail(QStringLiteral("/catalogVersion"), Tr::tr("expected a string"));
    // Schema 1 is the first released schema: there is nothing older to migrate yet. Migrations
    // go here as functions json(N) -> json(N+1), applied in order.

    Model result;
    DesignSettings settings;
    if (auto it = root.find("design"); it != root.end()) {
        const json &d = *it;
        if (!d.is_object()) {
            r.fail(QStringLiteral("/design"), Tr::tr("expected an object"));
        } else {
            auto text = [&](const char *key, QString *out) {
                if (auto v = d.find(key); v != d.end()) {
                    const QString keyPath = QStringLiteral("/design/") + QLatin1String(key);
                    if (v->is_string())
                        readText(r, *v, keyPath, out);
                    else
                        r.fail(keyPath, Tr::tr("expected a string"));
                }
            };
            text("title", &settings.title);
            text("description", &settings.description);
            text("currency", &settings.currency);
            text("priceSheet", &settings.priceSheet);
            text("catalogOverlay", &settings.catalogOverlay);
            if (settings.currency != QLatin1String("CNY")
                && settings.currency != QLatin1String("USD"))
                r.fail(QStringLiteral("/design/currency"),
                       Tr::tr("expected \"CNY\" or \"USD\", found \"%1\"")
                               .arg(JsonGuard::preview(settings.currency)));
            if (auto v = d.find("cnyPerUsd"); v != d.end()) {
                if (!v->is_number() || !DesignSettings::isValidCnyPerUsd(v->get<double>()))
                    r.fail(QStringLiteral("/design/cnyPerUsd"),
                           Tr::tr("expected a positive exchange rate"));
                else
                    settings.cnyPerUsd = v->get<double>();
            }
            // Absent in files written before the setting: DefaultSpotDiscount.
            if (auto v = d.find("spotDiscount"); v != d.end()) {
                if (!v->is_number() || !(v->get<double>() >= 0) || !(v->get<double>() < 1))
                    r.fail(QStringLiteral("/design/spotDiscount"),
                           Tr::tr("expected a discount from 0 to below 1 (0.7 = 70 % off "
                                  "pay-as-you-go), found %1")
                                   .arg(shown(*v)));
                else
                    settings.spotDiscount = v->get<double>();
            }
            // Absent in files written before the demand model: the defaults.
            if (auto v = d.find("peakToAverage"); v != d.end()) {
                if (!v->is_number() || !(v->get<double>() >= 1) || v->get<double>() > 100)
                    r.fail(QStringLiteral("/design/peakToAverage"),
                           Tr::tr("expected a peak-to-average factor from 1 to 100, found %1")
                                   .arg(shown(*v)));
                else
                    settings.peakToAverage = v->get<double>();
            }
            if (auto v = d.find("packetsPerRequest"); v != d.end()) {
                if (!v->is_number() || !(v->get<double>() >= 1) || v->get<double>() > 10000)
                    r.fail(QStringLiteral("/design/packetsPerRequest"),
                           Tr::tr("expected packets per request from 1 to 10,000, found %1")
                                   .arg(shown(*v)));
                else
                    settings.packetsPerRequest = v->get<double>();
            }
            if (auto v = d.find("mutedRules"); v != d.end()) {
                if (!v->is_array()) {
                    r.fail(QStringLiteral("/design/mutedRules"), Tr::tr("expected an array"));
                } else if (qsizetype(v->size()) > Limits::MaxEntities) {
                    r.fail(QStringLiteral("/design/mutedRules"),
                           Tr::tr("%1 muted findings are more than the %2 a design accepts")
                                   .arg(v->size())
                                   .arg(Limits::MaxEntities));
                } else {
                    for (size_t i = 0; i < v->size(); ++i) {
                        const json &m = (*v)[i];
                        const QString path = QStringLiteral("/design/mutedRules/%1").arg(i);
                        MutedRule rule;
                        if (!m.is_object() || !m.value("rule", json()).is_string()) {
                            r.fail(path, Tr::tr("expected {\"rule\", \"entity\", \"reason\"}"));
                            continue;
                        }
                        readText(r, m["rule"], path + QStringLiteral("/rule"), &rule.ruleId);
                        if (auto reason = m.find("reason");
                            reason != m.end() && !reason->is_string())
                            r.fail(path + QStringLiteral("/reason"), Tr::tr("expected a string"));
                        else if (reason != m.end())
                            readText(r, *reason, path + QStringLiteral("/reason"), &rule.reason);
                        readId(r, m.value("entity", json()), path + QStringLiteral("/entity"),
                               &rule.entity, true);
                        settings.mutedRules << rule;
                    }
                }
            }
        }
    }
    result.setSettings(settings);

    const auto entitiesIt = root.find("entities");
    if (entitiesIt == root.end() || !entitiesIt->is_array()) {
        r.fail(QStringLiteral("/entities"), Tr::tr("missing or not an array"));
        return false;
    }
    if (qsizetype(entitiesIt->size()) > Limits::MaxEntities) {
        r.fail(QStringLiteral("/entities"),
               Tr::tr("%1 components and links are more than the %2 a design accepts")
                       .arg(entitiesIt->size())
                       .arg(Limits::MaxEntities));
        return false;
    }
    EntityIds order; // ids in file order: each entity is kept once, in the model
    order.reserve(qsizetype(entitiesIt->size()));
    QSet<EntityId> seen;
    for (size_t i = 0; i < entitiesIt->size(); ++i) {
        Entity e;
        const QString path = QStringLiteral("/entities/%1").arg(i);
        if (!readEntity(r, (*entitiesIt)[i], path, &e))
            continue;
        if (seen.contains(e.id)) {
            r.fail(path + QStringLiteral("/id"), Tr::tr("duplicate id %1").arg(toUInt(e.id)));
            continue;
        }
        seen.insert(e.id);
        order << e.id;
        result.insert(e);
    }
    if (!errors->isEmpty())
        return false;
    // Structure before references: the reference checks walk up parents, which must end.
    checkStructure(r, result, order, catalog);
    if (!errors->isEmpty())
        return false;

    QSet<QString> names;
    for (int i = 0; i < order.size(); ++i) {
        const Entity &e = *result.find(order[i]);
        const QString problem = result.checkEntity(e);
        if (!problem.isEmpty())
            r.fail(describe(e, i), problem);
        Property field = Property::Name;
        if (const QString values = validateEntityValues(e, &field); !values.isEmpty())
            r.fail(describe(e, i) + QLatin1Char('/') + QLatin1String(propertyInfo(field).key),
                   values);
        const QString nameKey = toCode(e.kind) + QLatin1Char('/') + e.name;
        if (names.contains(nameKey))
            r.fail(describe(e, i) + QStringLiteral("/name"),
                   Tr::tr("another %1 has the same name").arg(toCode(e.kind)));
        names.insert(nameKey);
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
        *catalogVersion = qstr(root.value("catalogVersion", std::string()));
    *model = std::move(result);
    return true;
}

} // namespace

bool read(const QByteArray &data, Model *model, QStringList *errors, const Catalog *catalog,
          QString *catalogVersion)
{
    // The reader checks types before every access; this is the safety net that keeps a file we
    // did not foresee from ever crashing the application.
    try {
        return readRoot(data, model, errors, catalog, catalogVersion);
    } catch (const std::exception &e) {
        errors->append(QStringLiteral("/: ")
                       + Tr::tr("malformed design: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

QByteArray writeEntity(const Entity &entity)
{
    return QByteArray::fromStdString(entityToJson(entity).dump());
}

bool readEntity(const QByteArray &data, Entity *entity, QStringList *errors, const QString &path)
{
    Reader r{errors};
    if (const QString problem = JsonGuard::check(data, Limits::MaxFileBytes); !problem.isEmpty()) {
        r.fail(path, problem);
        return false;
    }
    json j;
    try {
        j = json::parse(data.constBegin(), data.constEnd());
    } catch (const json::parse_error &e) {
        r.fail(path,
               Tr::tr("not valid JSON (byte %1): %2").arg(e.byte).arg(QString::fromUtf8(e.what())));
        return false;
    }
    try {
        return readEntity(r, j, path, entity);
    } catch (const std::exception &e) {
        r.fail(path, Tr::tr("malformed entity: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

} // namespace ecsplan::DesignJson
