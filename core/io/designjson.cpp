#include "designjson.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"

#include <nlohmann/json.hpp>

#include <QSet>

#include <cmath>

namespace ecsplan::DesignJson {

using ojson = nlohmann::ordered_json;
using json = nlohmann::json;

namespace {

std::string str(const QString &s)
{
    return s.toStdString();
}
QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

ojson idValue(EntityId id)
{
    return isValid(id) ? ojson(toUInt(id)) : ojson(nullptr);
}

ojson ruleToJson(const SecurityRule &r)
{
    ojson o;
    o["direction"] = r.ingress ? "ingress" : "egress";
    o["protocol"] = str(r.protocol);
    o["ports"] = str(QStringLiteral("%1/%2").arg(r.portFrom).arg(r.portTo));
    o["cidr"] = str(r.cidr);
    o["policy"] = r.accept ? "accept" : "drop";
    o["priority"] = r.priority;
    o["description"] = str(r.description);
    return o;
}

ojson valueToJson(Property p, const QVariant &v)
{
    switch (propertyType(p)) {
    case PropertyType::String:
        return str(v.toString());
    case PropertyType::Int:
        return v.toInt();
    case PropertyType::Double:
        return v.toDouble();
    case PropertyType::Bool:
        return v.toBool();
    case PropertyType::StringList: {
        ojson a = ojson::array();
        for (const QString &s : v.toStringList())
            a.push_back(str(s));
        return a;
    }
    case PropertyType::Id:
        return idValue(v.value<EntityId>());
    case PropertyType::Ids: {
        ojson a = ojson::array();
        for (EntityId id : v.value<EntityIds>())
            a.push_back(toUInt(id));
        return a;
    }
    case PropertyType::Rect: {
        const QRectF r = v.toRectF();
        return ojson::array({r.x(), r.y(), r.width(), r.height()});
    }
    case PropertyType::Enum:
        return str(enumToCode(p, v));
    case PropertyType::Rules: {
        ojson a = ojson::array();
        for (const SecurityRule &r : v.value<SecurityRules>())
            a.push_back(ruleToJson(r));
        return a;
    }
    }
    return nullptr;
}

/** Collects problems with their JSON paths. */
struct Reader
{
    QStringList *errors;
    void fail(const QString &path, const QString &message)
    {
        errors->append(path + QStringLiteral(": ") + message);
    }
};

QString typeName(const json &j)
{
    return QString::fromLatin1(j.type_name());
}

bool readId(Reader &r, const json &j, const QString &path, EntityId *out, bool allowNull)
{
    if (j.is_null() && allowNull) {
        *out = EntityId::None;
        return true;
    }
    if (!j.is_number_integer() || j.get<long long>() <= 0 || j.get<long long>() > 0xffffffffLL) {
        r.fail(path,
               Tr::tr("expected a positive entity id, found %1")
                       .arg(QString::fromStdString(j.dump())));
        return false;
    }
    *out = entityId(j.get<quint32>());
    return true;
}

bool readRule(Reader &r, const json &j, const QString &path, SecurityRule *rule)
{
    if (!j.is_object()) {
        r.fail(path, Tr::tr("expected a rule object, found %1").arg(typeName(j)));
        return false;
    }
    bool ok = true;
    auto text = [&](const char *key, QString *out) {
        auto it = j.find(key);
        if (it == j.end() || !it->is_string()) {
            r.fail(path + QLatin1Char('/') + QLatin1String(key), Tr::tr("expected a string"));
            ok = false;
            return;
        }
        *out = qstr(it->get<std::string>());
    };
    QString direction, ports, policy;
    text("direction", &direction);
    text("protocol", &rule->protocol);
    text("ports", &ports);
    text("cidr", &rule->cidr);
    text("policy", &policy);
    if (auto it = j.find("description"); it != j.end() && it->is_string())
        rule->description = qstr(it->get<std::string>());
    if (auto it = j.find("priority"); it != j.end()) {
        if (it->is_number_integer())
            rule->priority = it->get<int>();
        else {
            r.fail(path + QStringLiteral("/priority"), Tr::tr("expected a whole number"));
            ok = false;
        }
    }
    if (!ok)
        return false;
    rule->ingress = direction == QLatin1String("ingress");
    if (!rule->ingress && direction != QLatin1String("egress")) {
        r.fail(path + QStringLiteral("/direction"),
               Tr::tr("expected \"ingress\" or \"egress\", found \"%1\"").arg(direction));
        return false;
    }
    rule->accept = policy != QLatin1String("drop");
    const QStringList parts = ports.split(QLatin1Char('/'));
    bool a = false, b = false;
    if (parts.size() == 2) {
        rule->portFrom = parts[0].toInt(&a);
        rule->portTo = parts[1].toInt(&b);
    }
    if (!a || !b) {
        r.fail(path + QStringLiteral("/ports"),
               Tr::tr("expected \"from/to\" such as \"22/22\", found \"%1\"").arg(ports));
        return false;
    }
    return true;
}

/** Reads one property value; false (with an error) when the JSON type is wrong. */
bool readValue(Reader &r, Property p, const json &j, const QString &path, QVariant *out)
{
    auto expected = [&](const QString &what) {
        r.fail(path, Tr::tr("expected %1, found %2").arg(what, QString::fromStdString(j.dump())));
        return false;
    };
    switch (propertyType(p)) {
    case PropertyType::String:
        if (!j.is_string())
            return expected(Tr::tr("a string"));
        *out = qstr(j.get<std::string>());
        return true;
    case PropertyType::Int:
        if (!j.is_number_integer()
            && !(j.is_number_float() && std::floor(j.get<double>()) == j.get<double>()))
            return expected(Tr::tr("a whole number"));
        if (std::abs(j.get<double>()) > 2e9)
            return expected(Tr::tr("a number in range"));
        *out = int(j.get<double>());
        return true;
    case PropertyType::Double:
        if (!j.is_number())
            return expected(Tr::tr("a number"));
        *out = j.get<double>();
        return true;
    case PropertyType::Bool:
        if (!j.is_boolean())
            return expected(Tr::tr("true or false"));
        *out = j.get<bool>();
        return true;
    case PropertyType::StringList: {
        if (!j.is_array())
            return expected(Tr::tr("an array of strings"));
        QStringList list;
        for (const json &item : j) {
            if (!item.is_string())
                return expected(Tr::tr("an array of strings"));
            list << qstr(item.get<std::string>());
        }
        *out = list;
        return true;
    }
    case PropertyType::Id: {
        EntityId id;
        if (!readId(r, j, path, &id, true))
            return false;
        *out = QVariant::fromValue(id);
        return true;
    }
    case PropertyType::Ids: {
        if (!j.is_array())
            return expected(Tr::tr("an array of entity ids"));
        EntityIds ids;
        for (size_t i = 0; i < j.size(); ++i) {
            EntityId id;
            if (!readId(r, j[i], path + QStringLiteral("/%1").arg(i), &id, false))
                return false;
            ids << id;
        }
        *out = QVariant::fromValue(ids);
        return true;
    }
    case PropertyType::Rect: {
        if (!j.is_array() || j.size() != 4)
            return expected(Tr::tr("[x, y, width, height]"));
        double v[4];
        for (int i = 0; i < 4; ++i) {
            if (!j[i].is_number())
                return expected(Tr::tr("[x, y, width, height]"));
            v[i] = j[i].get<double>();
        }
        *out = QRectF(v[0], v[1], v[2], v[3]);
        return true;
    }
    case PropertyType::Enum: {
        if (!j.is_string())
            return expected(Tr::tr("one of %1").arg(enumCodes(p).join(QStringLiteral(", "))));
        const QVariant v = enumFromCode(p, qstr(j.get<std::string>()));
        if (!v.isValid())
            return expected(Tr::tr("one of %1").arg(enumCodes(p).join(QStringLiteral(", "))));
        *out = v;
        return true;
    }
    case PropertyType::Rules: {
        if (!j.is_array())
            return expected(Tr::tr("an array of rules"));
        SecurityRules rules;
        for (size_t i = 0; i < j.size(); ++i) {
            SecurityRule rule;
            if (!readRule(r, j[i], path + QStringLiteral("/%1").arg(i), &rule))
                return false;
            rules << rule;
        }
        *out = QVariant::fromValue(rules);
        return true;
    }
    }
    return false;
}

bool readEntity(Reader &r, const json &j, const QString &path, Entity *out)
{
    if (!j.is_object()) {
        r.fail(path, Tr::tr("expected an entity object, found %1").arg(typeName(j)));
        return false;
    }
    const auto kindIt = j.find("kind");
    if (kindIt == j.end() || !kindIt->is_string()) {
        r.fail(path + QStringLiteral("/kind"), Tr::tr("missing or not a string"));
        return false;
    }
    const auto kind = entityKindFromCode(qstr(kindIt->get<std::string>()));
    if (!kind) {
        r.fail(path + QStringLiteral("/kind"),
               Tr::tr("unknown kind \"%1\"").arg(qstr(kindIt->get<std::string>())));
        return false;
    }
    Entity e = makeEntity(*kind);
    const auto idIt = j.find("id");
    if (idIt == j.end()) {
        r.fail(path + QStringLiteral("/id"), Tr::tr("missing"));
        return false;
    }
    if (!readId(r, *idIt, path + QStringLiteral("/id"), &e.id, false))
        return false;
    if (!j.contains("name")) {
        r.fail(path + QStringLiteral("/name"), Tr::tr("missing"));
        return false;
    }
    bool ok = true;
    for (auto it = j.begin(); it != j.end(); ++it) {
        const QString key = qstr(it.key());
        if (key == QLatin1String("id") || key == QLatin1String("kind"))
            continue;
        const QString keyPath = path + QLatin1Char('/') + key;
        const auto p = propertyFromKey(key);
        // "billing" names two properties (compute and cache): pick the one this kind has.
        std::optional<Property> prop = p;
        if (p && !hasProperty(*kind, *p) && key == QLatin1String("billing"))
            prop = Property::CacheBilling;
        if (!prop || !hasProperty(*kind, *prop)) {
            r.fail(keyPath, Tr::tr("unknown key for a %1").arg(toCode(*kind)));
            ok = false;
            continue;
        }
        QVariant value;
        if (!readValue(r, *prop, *it, keyPath, &value)) {
            ok = false;
            continue;
        }
        const QString problem = validatePropertyValue(*kind, *prop, value);
        if (!problem.isEmpty()) {
            r.fail(keyPath, problem);
            ok = false;
            continue;
        }
        setPropertyValue(e, *prop, value);
    }
    *out = e;
    return ok;
}

ojson entityToJson(const Entity &e)
{
    ojson o;
    o["id"] = toUInt(e.id);
    o["kind"] = str(toCode(e.kind));
    for (Property p : propertiesOf(e.kind)) {
        if (p == Property::Notes && e.notes.isEmpty())
            continue;
        o[propertyInfo(p).key] = valueToJson(p, propertyValue(e, p));
    }
    return o;
}

QString describe(const Entity &e, int index)
{
    return QStringLiteral("/entities/%1 (\"%2\")").arg(index).arg(e.name);
}

void checkCatalog(Reader &r, const Catalog &catalog, const Entity &e, int index)
{
    const QString where = describe(e, index);
    if (e.isCompute() && !catalog.instanceType(e.compute.instanceType))
        r.fail(where + QStringLiteral("/instanceType"),
               Tr::tr("unknown instance type \"%1\" (not in the catalog)")
                       .arg(e.compute.instanceType));
    if (e.isCompute()
        && !catalog.diskCategory(e.compute.systemDiskCategory, e.compute.systemDiskLevel))
        r.fail(where + QStringLiteral("/systemDiskCategory"),
               Tr::tr("unknown disk category \"%1\" %2")
                       .arg(e.compute.systemDiskCategory, e.compute.systemDiskLevel));
    if (e.kind == EntityKind::Disk && !catalog.diskCategory(e.disk.category, e.disk.level))
        r.fail(where + QStringLiteral("/category"),
               Tr::tr("unknown disk category \"%1\" %2").arg(e.disk.category, e.disk.level));
    if (e.kind == EntityKind::Region && !catalog.region(e.code))
        r.fail(where + QStringLiteral("/code"), Tr::tr("unknown region \"%1\"").arg(e.code));
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
    design["priceSheet"] = str(s.priceSheet);
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
            r.fail(QLatin1Char('/') + qstr(it.key()), Tr::tr("unknown key"));
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
                    if (v->is_string())
                        *out = qstr(v->get<std::string>());
                    else
                        r.fail(QStringLiteral("/design/") + QLatin1String(key),
                               Tr::tr("expected a string"));
                }
            };
            text("title", &settings.title);
            text("description", &settings.description);
            text("currency", &settings.currency);
            text("priceSheet", &settings.priceSheet);
            if (settings.currency != QLatin1String("CNY")
                && settings.currency != QLatin1String("USD"))
                r.fail(QStringLiteral("/design/currency"),
                       Tr::tr("expected \"CNY\" or \"USD\", found \"%1\"").arg(settings.currency));
            if (auto v = d.find("cnyPerUsd"); v != d.end()) {
                if (!v->is_number() || !(v->get<double>() > 0) || v->get<double>() > 1000)
                    r.fail(QStringLiteral("/design/cnyPerUsd"),
                           Tr::tr("expected a positive exchange rate"));
                else
                    settings.cnyPerUsd = v->get<double>();
            }
            if (auto v = d.find("mutedRules"); v != d.end()) {
                if (!v->is_array()) {
                    r.fail(QStringLiteral("/design/mutedRules"), Tr::tr("expected an array"));
                } else {
                    for (size_t i = 0; i < v->size(); ++i) {
                        const json &m = (*v)[i];
                        const QString path = QStringLiteral("/design/mutedRules/%1").arg(i);
                        MutedRule rule;
                        if (!m.is_object() || !m.value("rule", json()).is_string()) {
                            r.fail(path, Tr::tr("expected {\"rule\", \"entity\", \"reason\"}"));
                            continue;
                        }
                        rule.ruleId = qstr(m["rule"].get<std::string>());
                        if (auto reason = m.find("reason");
                            reason != m.end() && !reason->is_string())
                            r.fail(path + QStringLiteral("/reason"), Tr::tr("expected a string"));
                        else if (reason != m.end())
                            rule.reason = qstr(reason->get<std::string>());
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
    QList<Entity> entities;
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
        entities << e;
        result.insert(e);
    }
    if (!errors->isEmpty())
        return false;

    QSet<QString> names;
    for (int i = 0; i < entities.size(); ++i) {
        const Entity &e = entities[i];
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
