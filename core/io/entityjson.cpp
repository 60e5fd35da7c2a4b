// One entity <-> its JSON object in a design file: the values of its properties written and
// read back with type, range and reference-shape checks, every error located by its JSON path.
// designjson.cpp builds the whole file (settings, entity list, structure checks) on top of it.
#include "entityjson_p.h"

#include "ecsplan_global.h"
#include "jsonguard.h"
#include "model/codes.h"
#include "model/limits.h"
#include "model/model.h"
#include "model/properties.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace ecsplan::DesignJson::detail {

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
QString typeName(const json &j)
{
    return QString::fromLatin1(j.type_name());
}

/**
 * A value as an error message shows it: scalars as JSON (long strings cut), arrays and objects
 * by their type only. Never the whole value: it may be megabytes long or nested deeply.
 */
QString shown(const json &j)
{
    if (j.is_string())
        return QLatin1Char('"') + JsonGuard::preview(qstr(j.get_ref<const std::string &>()))
                + QLatin1Char('"');
    if (j.is_structured())
        return Tr::tr("an %1").arg(typeName(j));
    return JsonGuard::preview(qstr(j.dump()));
}

/** A string value within Limits::MaxStringLength; false (with an error) otherwise. */
bool readText(Reader &r, const json &j, const QString &path, QString *out)
{
    const std::string &s = j.get_ref<const std::string &>();
    if (qsizetype(s.size()) > Limits::MaxStringLength) {
        r.fail(path,
               Tr::tr("a text of %1 bytes is longer than the %2 characters a design accepts")
                       .arg(s.size())
                       .arg(Limits::MaxStringLength));
        return false;
    }
    *out = qstr(s);
    if (out->size() > Limits::MaxStringLength) {
        r.fail(path,
               Tr::tr("a text of %1 characters is longer than the %2 a design accepts")
                       .arg(out->size())
                       .arg(Limits::MaxStringLength));
        return false;
    }
    return true;
}

bool checkListSize(Reader &r, const json &j, const QString &path)
{
    if (qsizetype(j.size()) <= Limits::MaxListItems)
        return true;
    r.fail(path,
           Tr::tr("%1 items are more than the %2 a list accepts")
                   .arg(j.size())
                   .arg(Limits::MaxListItems));
    return false;
}

bool readId(Reader &r, const json &j, const QString &path, EntityId *out, bool allowNull)
{
    if (j.is_null() && allowNull) {
        *out = EntityId::None;
        return true;
    }
    if (!j.is_number_integer() || j.get<long long>() <= 0
        || j.get<long long>() > qint64(Limits::MaxEntityId)) {
        r.fail(path,
               Tr::tr("expected an entity id from 1 to %1, found %2")
                       .arg(Limits::MaxEntityId)
                       .arg(shown(j)));
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
        const QString keyPath = path + QLatin1Char('/') + QLatin1String(key);
        if (it == j.end() || !it->is_string()) {
            r.fail(keyPath, Tr::tr("expected a string"));
            ok = false;
            return;
        }
        if (!readText(r, *it, keyPath, out))
            ok = false;
    };
    QString direction, ports, policy;
    text("direction", &direction);
    text("protocol", &rule->protocol);
    text("ports", &ports);
    text("cidr", &rule->cidr);
    text("policy", &policy);
    if (auto it = j.find("description"); it != j.end()) {
        if (!it->is_string()) {
            r.fail(path + QStringLiteral("/description"), Tr::tr("expected a string"));
            ok = false;
        } else if (!readText(r, *it, path + QStringLiteral("/description"), &rule->description)) {
            ok = false;
        }
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
        static const QStringList known = {QStringLiteral("direction"),  QStringLiteral("protocol"),
                                          QStringLiteral("ports"),      QStringLiteral("cidr"),
                                          QStringLiteral("policy"),     QStringLiteral("priority"),
                                          QStringLiteral("description")};
        if (!known.contains(qstr(it.key()))) {
            r.fail(path + QLatin1Char('/') + JsonGuard::preview(qstr(it.key())),
                   Tr::tr("unknown key for a rule"));
            ok = false;
        }
    }
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
               Tr::tr("expected \"ingress\" or \"egress\", found \"%1\"")
                       .arg(JsonGuard::preview(direction)));
        return false;
    }
    // Fail closed: a misspelt value is refused, never read as the wider permission.
    if (policy != QLatin1String("accept") && policy != QLatin1String("drop")) {
        r.fail(path + QStringLiteral("/policy"),
               Tr::tr("expected \"accept\" or \"drop\", found \"%1\"")
                       .arg(JsonGuard::preview(policy)));
        return false;
    }
    rule->accept = policy == QLatin1String("accept");
    if (!Codes::securityProtocols().contains(rule->protocol)) {
        r.fail(path + QStringLiteral("/protocol"),
               Tr::tr("expected one of %1, found \"%2\"")
                       .arg(Codes::securityProtocols().join(QStringLiteral(", ")),
                            JsonGuard::preview(rule->protocol)));
        return false;
    }
    const QStringList parts = ports.split(QLatin1Char('/'));
    bool a = false, b = false;
    if (parts.size() == 2) {
        rule->portFrom = parts[0].toInt(&a);
        rule->portTo = parts[1].toInt(&b);
    }
    if (!a || !b) {
        r.fail(path + QStringLiteral("/ports"),
               Tr::tr("expected \"from/to\" such as \"22/22\", found \"%1\"")
                       .arg(JsonGuard::preview(ports)));
        return false;
    }
    return true;
}

/** Reads one property value; false (with an error) when the JSON type is wrong. */
bool readValue(Reader &r, Property p, const json &j, const QString &path, QVariant *out)
{
    auto expected = [&](const QString &what) {
        r.fail(path, Tr::tr("expected %1, found %2").arg(what, shown(j)));
        return false;
    };
    switch (propertyType(p)) {
    case PropertyType::String:
        if (!j.is_string())
            return expected(Tr::tr("a string"));
        {
            QString text;
            if (!readText(r, j, path, &text))
                return false;
            *out = text;
        }
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
        if (!checkListSize(r, j, path))
            return false;
        QStringList list;
        for (size_t i = 0; i < j.size(); ++i) {
            if (!j[i].is_string())
                return expected(Tr::tr("an array of strings"));
            QString item;
            if (!readText(r, j[i], path + QStringLiteral("/%1").arg(i), &item))
                return false;
            list << item;
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
        if (!checkListSize(r, j, path))
            return false;
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
        const QVariant v = enumFromCode(p, JsonGuard::preview(qstr(j.get<std::string>()), 200));
        if (!v.isValid())
            return expected(Tr::tr("one of %1").arg(enumCodes(p).join(QStringLiteral(", "))));
        *out = v;
        return true;
    }
    case PropertyType::Rules: {
        if (!j.is_array())
            return expected(Tr::tr("an array of rules"));
        if (!checkListSize(r, j, path))
            return false;
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
               Tr::tr("unknown kind \"%1\"")
                       .arg(JsonGuard::preview(qstr(kindIt->get<std::string>()))));
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
        const QString keyPath = path + QLatin1Char('/') + JsonGuard::preview(key);
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
    // Files from before "backendPort" existed keep their meaning: the port the export used to
    // derive from the kind and the listener.
    if (*kind == EntityKind::LoadBalancer && !j.contains("backendPort"))
        e.loadBalancer.backendPort
                = defaultBackendPort(e.loadBalancer.kind, e.loadBalancer.listenerPort);
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
        // Written only when set, so files without imports read and write as before.
        if (p == Property::LinkInferred && !e.link.inferred)
            continue;
        o[propertyInfo(p).key] = valueToJson(p, propertyValue(e, p));
    }
    return o;
}

} // namespace ecsplan::DesignJson::detail
