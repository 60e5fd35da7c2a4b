// One entity's JSON object in a design file read back: the values of its properties with type,
// range and reference-shape checks, every error located by its JSON path (entitywrite.cpp
// writes it). designjson.cpp builds the whole file (settings, entity list, structure checks)
// on top of it.
#include "entityjson_p.h"
#include "entitystore_p.h"

#include "ecsplan_global.h"
#include "jsonguard.h"
#include "jsonscan_p.h"
#include "model/codes.h"
#include "model/limits.h"
#include "model/model.h"
#include "model/properties.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <vector>

namespace ecsplan::DesignJson::detail {

std::string str(const QString &s)
{
    return s.toStdString();
}
QString qstr(std::string_view s)
{
    return JsonScan::toQString(s);
}

const QString &TextPool::text(std::string_view utf8)
{
    if (const auto it = m_texts.find(utf8); it != m_texts.end())
        return it->second;
    return m_texts.emplace(std::string(utf8), qstr(utf8)).first->second;
}

const QString &TextPool::text(std::string_view utf8, size_t slot)
{
    const Texts::value_type *&last = m_last[slot];
    if (last && last->first.size() == utf8.size()
        && sameBytes(last->first.data(), utf8.data(), utf8.size()))
        return last->second;
    auto it = m_texts.find(utf8);
    if (it == m_texts.end())
        it = m_texts.emplace(std::string(utf8), qstr(utf8)).first;
    last = &*it;
    return it->second;
}

bool parse(simdjson::dom::parser &parser, const QByteArray &data, Value *root, QString *error)
{
    const simdjson::error_code code
            = parser.parse(data.constData(), size_t(data.size())).get(*root);
    if (code == simdjson::SUCCESS)
        return true;
    // Where is it wrong? nlohmann's parser stops at the first bad byte and names the line and
    // column; it builds nothing here (a SAX pass that keeps no value).
    struct Locate : nlohmann::json_sax<nlohmann::json>
    {
        bool null() override { return true; }
        bool boolean(bool) override { return true; }
        bool number_integer(number_integer_t) override { return true; }
        bool number_unsigned(number_unsigned_t) override { return true; }
        bool number_float(number_float_t, const string_t &) override { return true; }
        bool string(string_t &) override { return true; }
        bool binary(binary_t &) override { return true; }
        bool start_object(std::size_t) override { return true; }
        bool key(string_t &) override { return true; }
        bool end_object() override { return true; }
        bool start_array(std::size_t) override { return true; }
        bool end_array() override { return true; }
        bool parse_error(std::size_t at, const std::string &,
                         const nlohmann::detail::exception &e) override
        {
            byte = at;
            message = QString::fromUtf8(e.what());
            return false;
        }
        std::size_t byte = 0;
        QString message;
    } locate;
    nlohmann::json::sax_parse(data.constBegin(), data.constEnd(), &locate);
    if (!locate.message.isEmpty())
        *error = Tr::tr("not valid JSON (byte %1): %2").arg(locate.byte).arg(locate.message);
    else // what only simdjson refuses, e.g. an integer beyond 64 bits
        *error = Tr::tr("not valid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(code)));
    return false;
}

std::optional<Value> member(Object object, std::string_view key)
{
    Value v;
    if (object.at_key(key).get(v) != simdjson::SUCCESS)
        return std::nullopt;
    return v;
}

std::optional<std::string_view> duplicateKey(Object object)
{
    for (auto a = object.begin(); a != object.end(); ++a) {
        auto b = a;
        for (++b; b != object.end(); ++b) {
            if (a.key() == b.key())
                return a.key();
        }
    }
    return std::nullopt;
}

namespace {

/** `key == literal`, inline: the length first, then a comparison of known size. */
template<size_t N>
bool isKey(std::string_view key, const char (&literal)[N])
{
    return key.size() == N - 1 && std::memcmp(key.data(), literal, N - 1) == 0;
}

/** Empty when `s` is a text a design accepts (then in `*out`), else why not. */
QString textProblem(std::string_view s, QString *out)
{
    if (qsizetype(s.size()) > Limits::MaxStringLength)
        return Tr::tr("a text of %1 bytes is longer than the %2 characters a design accepts")
                .arg(s.size())
                .arg(Limits::MaxStringLength);
    *out = qstr(s);
    if (out->size() > Limits::MaxStringLength)
        return Tr::tr("a text of %1 characters is longer than the %2 a design accepts")
                .arg(out->size())
                .arg(Limits::MaxStringLength);
    return {};
}

QString listProblem(Array a)
{
    if (qsizetype(a.size()) <= Limits::MaxListItems)
        return {};
    return Tr::tr("%1 items are more than the %2 a list accepts")
            .arg(a.size())
            .arg(Limits::MaxListItems);
}

/** Empty when `v` is an entity id (or null when allowed), else why not. */
QString idProblem(Value v, EntityId *out, bool allowNull)
{
    if (idOf(v, out, allowNull))
        return {};
    return Tr::tr("expected an entity id from 1 to %1, found %2")
            .arg(Limits::MaxEntityId)
            .arg(shown(v));
}

QString duplicateProblem()
{
    return Tr::tr("the key occurs more than once; a file gives each key once");
}

} // namespace

QString typeName(Value v)
{
    switch (v.type()) {
    case Type::ARRAY:
        return QStringLiteral("array");
    case Type::OBJECT:
        return QStringLiteral("object");
    case Type::STRING:
        return QStringLiteral("string");
    case Type::INT64:
    case Type::UINT64:
    case Type::DOUBLE:
        return QStringLiteral("number");
    case Type::BOOL:
        return QStringLiteral("boolean");
    case Type::NULL_VALUE:
        return QStringLiteral("null");
    }
    return QStringLiteral("null");
}

/**
 * A value as an error message shows it: scalars as JSON (long strings cut), arrays and objects
 * by their type only. Never the whole value: it may be megabytes long or nested deeply.
 */
QString shown(Value v)
{
    switch (v.type()) {
    case Type::STRING:
        return QLatin1Char('"') + JsonGuard::preview(qstr(text(v))) + QLatin1Char('"');
    case Type::ARRAY:
    case Type::OBJECT:
        return Tr::tr("an %1").arg(typeName(v));
    case Type::INT64:
        return QString::number(v.get_int64().value_unsafe());
    case Type::UINT64:
        return QString::number(v.get_uint64().value_unsafe());
    case Type::DOUBLE: // as the file would write it
        return qstr(nlohmann::json(number(v)).dump());
    case Type::BOOL:
        return v.get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
    case Type::NULL_VALUE:
        break;
    }
    return QStringLiteral("null");
}

/** A string value within Limits::MaxStringLength; false (with an error) otherwise. */
bool readText(Reader &r, Value v, const QString &path, QString *out)
{
    if (const QString problem = textProblem(text(v), out); !problem.isEmpty()) {
        r.fail(path, problem);
        return false;
    }
    return true;
}

bool readId(Reader &r, Value v, const QString &path, EntityId *out, bool allowNull)
{
    if (const QString problem = idProblem(v, out, allowNull); !problem.isEmpty()) {
        r.fail(path, problem);
        return false;
    }
    return true;
}

namespace {

bool readRule(Reader &r, Value v, const QString &path, SecurityRule *rule)
{
    Object j;
    if (v.get_object().get(j) != simdjson::SUCCESS) {
        r.fail(path, Tr::tr("expected a rule object, found %1").arg(typeName(v)));
        return false;
    }
    if (const auto key = duplicateKey(j)) {
        r.fail(path + QLatin1Char('/') + JsonGuard::preview(qstr(*key)), duplicateProblem());
        return false;
    }
    bool ok = true;
    auto readKey = [&](const char *key, QString *out) {
        const auto it = member(j, key);
        const QString keyPath = path + QLatin1Char('/') + QLatin1String(key);
        if (!it || !it->is_string()) {
            r.fail(keyPath, Tr::tr("expected a string"));
            ok = false;
            return;
        }
        if (!readText(r, *it, keyPath, out))
            ok = false;
    };
    QString direction, ports, policy;
    readKey("direction", &direction);
    readKey("protocol", &rule->protocol);
    readKey("ports", &ports);
    readKey("cidr", &rule->cidr);
    readKey("policy", &policy);
    if (const auto it = member(j, "description")) {
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
    if (const auto it = member(j, "priority")) {
        if (it->type() == Type::INT64 && it->get_int64().value_unsafe() >= INT_MIN
            && it->get_int64().value_unsafe() <= INT_MAX)
            rule->priority = int(it->get_int64().value_unsafe());
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

/**
 * Reads one property value; false (with an error) when the JSON type is wrong. `path` is
 * spelt out only for an error: the loader reads millions of values and reports few.
 */
template<typename Path>
bool readValue(Reader &r, Property p, Value j, const Path &path, QVariant *out)
{
    auto expected = [&](const QString &what) {
        r.fail(path(), Tr::tr("expected %1, found %2").arg(what, shown(j)));
        return false;
    };
    // `where` is a callable: the path is spelt out only when there is a problem to report.
    auto failed = [&](const auto &where, const QString &problem) {
        if (problem.isEmpty())
            return false;
        r.fail(where(), problem);
        return true;
    };
    switch (propertyType(p)) {
    case PropertyType::String: {
        if (!j.is_string())
            return expected(Tr::tr("a string"));
        QString text;
        if (failed(path, textProblem(detail::text(j), &text)))
            return false;
        *out = text;
        return true;
    }
    case PropertyType::Int: {
        if (!isInteger(j) && !(j.is_double() && std::floor(number(j)) == number(j)))
            return expected(Tr::tr("a whole number"));
        if (std::abs(number(j)) > 2e9)
            return expected(Tr::tr("a number in range"));
        *out = int(number(j));
        return true;
    }
    case PropertyType::Double:
        if (!j.is_number())
            return expected(Tr::tr("a number"));
        *out = number(j);
        return true;
    case PropertyType::Bool:
        if (!j.is_bool())
            return expected(Tr::tr("true or false"));
        *out = j.get_bool().value_unsafe();
        return true;
    case PropertyType::StringList: {
        Array a;
        if (j.get_array().get(a) != simdjson::SUCCESS)
            return expected(Tr::tr("an array of strings"));
        if (failed(path, listProblem(a)))
            return false;
        QStringList list;
        qsizetype i = 0;
        for (Value item : a) {
            if (!item.is_string())
                return expected(Tr::tr("an array of strings"));
            QString text;
            if (failed([&] { return path() + QStringLiteral("/%1").arg(i); },
                       textProblem(detail::text(item), &text)))
                return false;
            list << text;
            ++i;
        }
        *out = list;
        return true;
    }
    case PropertyType::Id: {
        EntityId id;
        if (failed(path, idProblem(j, &id, true)))
            return false;
        *out = QVariant::fromValue(id);
        return true;
    }
    case PropertyType::Ids: {
        Array a;
        if (j.get_array().get(a) != simdjson::SUCCESS)
            return expected(Tr::tr("an array of entity ids"));
        if (failed(path, listProblem(a)))
            return false;
        EntityIds ids;
        qsizetype i = 0;
        for (Value item : a) {
            EntityId id;
            if (failed([&] { return path() + QStringLiteral("/%1").arg(i); },
                       idProblem(item, &id, false)))
                return false;
            ids << id;
            ++i;
        }
        *out = QVariant::fromValue(ids);
        return true;
    }
    case PropertyType::Rect: {
        Array a;
        if (j.get_array().get(a) != simdjson::SUCCESS || a.size() != 4)
            return expected(Tr::tr("[x, y, width, height]"));
        double v[4];
        int i = 0;
        for (Value item : a) {
            if (!item.is_number())
                return expected(Tr::tr("[x, y, width, height]"));
            v[i++] = number(item);
        }
        *out = QRectF(v[0], v[1], v[2], v[3]);
        return true;
    }
    case PropertyType::Enum: {
        if (!j.is_string())
            return expected(Tr::tr("one of %1").arg(enumCodes(p).join(QStringLiteral(", "))));
        const QVariant v = enumFromCode(p, JsonGuard::preview(qstr(detail::text(j)), 200));
        if (!v.isValid())
            return expected(Tr::tr("one of %1").arg(enumCodes(p).join(QStringLiteral(", "))));
        *out = v;
        return true;
    }
    case PropertyType::Rules: {
        Array a;
        if (j.get_array().get(a) != simdjson::SUCCESS)
            return expected(Tr::tr("an array of rules"));
        if (failed(path, listProblem(a)))
            return false;
        SecurityRules rules;
        qsizetype i = 0;
        for (Value item : a) {
            SecurityRule rule;
            if (!readRule(r, item, path() + QStringLiteral("/%1").arg(i), &rule))
                return false;
            rules << rule;
            ++i;
        }
        *out = QVariant::fromValue(rules);
        return true;
    }
    }
    return false;
}

} // namespace

bool readEntity(Reader &r, Value v, const EntityPath &path, Entity *out)
{
    Object j;
    if (v.get_object().get(j) != simdjson::SUCCESS) {
        r.fail(path.text(), Tr::tr("expected an entity object, found %1").arg(typeName(v)));
        return false;
    }
    // One pass over the keys finds "kind", "id" and "name", and counts them: each key once.
    std::optional<Value> kindValue, idValue;
    int kinds = 0, ids = 0;
    bool named = false;
    for (const auto field : j) {
        if (isKey(field.key, "kind")) {
            kindValue = field.value;
            ++kinds;
        } else if (isKey(field.key, "id")) {
            idValue = field.value;
            ++ids;
        } else if (isKey(field.key, "name")) {
            named = true;
        }
    }
    if (kinds > 1 || ids > 1) {
        r.fail(path.text() + (kinds > 1 ? QStringLiteral("/kind") : QStringLiteral("/id")),
               duplicateProblem());
        return false;
    }
    if (!kindValue || !kindValue->is_string()) {
        r.fail(path.text() + QStringLiteral("/kind"), Tr::tr("missing or not a string"));
        return false;
    }
    const auto kind = kindFromCode(text(*kindValue));
    if (!kind) {
        r.fail(path.text() + QStringLiteral("/kind"),
               Tr::tr("unknown kind \"%1\"").arg(JsonGuard::preview(qstr(text(*kindValue)))));
        return false;
    }
    if (!idValue) {
        r.fail(path.text() + QStringLiteral("/id"), Tr::tr("missing"));
        return false;
    }
    EntityId id;
    if (!idOf(*idValue, &id, false)) {
        r.fail(path.text() + QStringLiteral("/id"), idProblem(*idValue, &id, false));
        return false;
    }
    if (!named) {
        r.fail(path.text() + QStringLiteral("/name"), Tr::tr("missing"));
        return false;
    }
    // From here on `*out` is the entity read (as far as it could be, when false is returned),
    // built in place.
    *out = entityDefaults(*kind); // the file names it: "name" is required
    Entity &e = *out;
    e.id = id;
    bool ok = true;
    bool backendPort = false;
    PropertyMask seen = 0;
    const KindKeys &keys = KindKeys::of(*kind);
    int cursor = 0;
    for (const auto field : j) {
        const std::string_view key = field.key;
        if (isKey(key, "id") || isKey(key, "kind"))
            continue;
        const auto keyPath = [&] {
            return path.text() + QLatin1Char('/') + JsonGuard::preview(qstr(key));
        };
        // The generic way resolves every key afresh: the reference for the table's answers.
        const KindKeys::Key *found = r.direct ? keys.find(key, &cursor) : nullptr;
        const std::optional<Property> resolved = r.direct
                ? (found ? std::optional<Property>(found->property) : std::nullopt)
                : KindKeys::resolve(*kind, key);
        if (!resolved) {
            r.fail(keyPath(), Tr::tr("unknown key for a %1").arg(toCode(*kind)));
            ok = false;
            continue;
        }
        const Property prop = *resolved;
        if (seen & bit(prop)) {
            r.fail(keyPath(), duplicateProblem());
            ok = false;
            continue;
        }
        seen |= bit(prop);
        backendPort = backendPort || prop == Property::LbBackendPort;
        if (found && storeDirect(e, *found, field.value, r.pool))
            continue;
        QVariant value;
        if (!readValue(r, prop, field.value, keyPath, &value)) {
            ok = false;
            continue;
        }
        const QString problem = validatePropertyValue(*kind, prop, value);
        if (!problem.isEmpty()) {
            r.fail(keyPath(), problem);
            ok = false;
            continue;
        }
        setPropertyValue(e, prop, value);
    }
    // Files from before "backendPort" existed keep their meaning: the port the export used to
    // derive from the kind and the listener.
    if (*kind == EntityKind::LoadBalancer && !backendPort)
        e.loadBalancer.backendPort
                = defaultBackendPort(e.loadBalancer.kind, e.loadBalancer.listenerPort);
    return ok;
}

} // namespace ecsplan::DesignJson::detail
