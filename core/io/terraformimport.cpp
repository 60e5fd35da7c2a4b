#include "terraformimport.h"

#include "ecsplan_global.h"
#include "io/jsonguard.h"
#include "layout/autolayout.h"
#include "model/billing.h"
#include "model/limits.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <list>

namespace ecsplan::TerraformImport {

namespace {

using json = nlohmann::json;

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

/** A structural problem of the input: where (JSON pointer) and what. */
struct InputError
{
    QString path;
    QString message;
};

/** One resource block (all its instances): `module.a.alicloud_instance.web`. */
struct Resource
{
    QString module; ///< "" or "module.a" or "module.a.module.b"
    bool managed = true;
    QString type;
    QString name;
    QString address; ///< module + type + name, without an index
    QString path; ///< JSON pointer of its first instance, for messages
    QList<json> instances; ///< known values of each instance, in index order
    QList<json> indexes;
    const json *config = nullptr; ///< configuration `expressions`, when the input has them
    QString providerKey;
    bool understood = false;
    QString reason; ///< why it was not understood, when it was not
    EntityId entity = EntityId::None; ///< the component made from it
};

/** Numeric-aware ordering of names ("rule_2" before "rule_10"). */
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const qulonglong na = a.mid(i, ei - i).toULongLong();
            const qulonglong nb = b.mid(j, ej - j).toULongLong();
            if (na != nb)
                return na < nb;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

class Importer
{
public:
    explicit Importer(const json &root)
        : m_root(root)
    {
    }

    bool read(InputError *error);
    void build();
    Result takeResult();

private:
    // --- reading ---------------------------------------------------------------------------
    bool readModule(const json &module, const QString &path, const QString &prefix,
                    InputError *error, int depth);
    bool readResource(const json &r, const QString &path, const QString &modulePrefix,
                      InputError *error);
    bool readChanges(const json &changes, InputError *error);
    bool readConfiguration(InputError *error);
    bool readConfigModule(const json &module, const QString &path, const QString &prefix,
                          InputError *error, int depth);
    Resource &resourceFor(const QString &module, bool managed, const QString &type,
                          const QString &name, const QString &path);

    // --- values ----------------------------------------------------------------------------
    static const json *field(const json &values, const char *key);
    static QString text(const json &values, const char *key);
    static std::optional<qint64> number(const json &values, const char *key);
    static std::optional<bool> flag(const json &values, const char *key);
    QString firstText(const Resource &r, const char *key) const;
    /** Resources an attribute (at any depth under `key`) refers to: by the ids in the known
     *  values, then by the references of the configuration. In order, without duplicates. */
    QList<Resource *> linked(const Resource &r, const char *key);
    QList<Resource *> linkedOfType(const Resource &r, const char *key, const QString &type);
    Resource *byReference(const QString &module, const QString &reference);
    QString tag(const Resource &r, const char *key) const;
    QString displayName(const Resource &r, const char *nameKey, bool counted = false) const;
    QString uniqueName(EntityKind kind, const QString &wanted);

    // --- building --------------------------------------------------------------------------
    EntityId add(Entity e, Resource *from);
    void understood(const QString &type);
    void buildNetwork();
    void buildSecurityGroups();
    void buildSecurityRules();
    void buildInstances();
    void buildScalingGroups();
    void buildDisks();
    void buildCaches();
    void buildLoadBalancers();
    void buildRegionNotes();
    void inferFromRules();
    void inferFromZoneRules();
    void inferFromWhitelists();
    void addInternetUsers();
    EntityId zoneByCode(const QString &code, EntityId region = EntityId::None) const;
    EntityId zoneOf(const Resource &r, const char *vswitchKey, const char *zoneKey);
    EntityIds securityGroupsOf(const Resource &r, const char *key);
    void computeFrom(Entity &e, const Resource &source, const json &values, bool launchTemplate);
    void addLink(EntityId from, EntityId to);
    void addNote(EntityId id, const QString &note);
    Entity *entity(EntityId id) { return m_entities.contains(id) ? &m_entities[id] : nullptr; }

    const json &m_root;
    QList<Resource *> m_order; ///< input order
    QHash<QString, Resource *> m_byAddress; ///< "data."-prefixed for data sources
    std::list<Resource> m_storage;
    QMultiHash<QString, Resource *> m_byId; ///< values.id -> resources (ids repeat: an attachment
                                            ///< may take its load balancer's id)
    QHash<QString, const json *> m_configs; ///< address -> expressions
    QHash<QString, QString> m_configProviders; ///< address -> provider_config_key
    QHash<QString, QString> m_providerRegions; ///< provider_config_key -> region
    QString m_namePrefix; ///< variables.name_prefix, stripped from cloud names

    QMap<EntityId, Entity> m_entities;
    EntityId m_nextId = entityId(1);
    QSet<QString> m_usedNames; ///< "kind|name"
    QSet<Resource *> m_defaultGroups; ///< the exporter's <region>_default security groups
    QHash<Resource *, EntityId> m_regionOfDefaultGroup;
    QSet<QPair<EntityId, EntityId>> m_links;
    QList<QPair<EntityId, QStringList>> m_whitelists; ///< cache -> security_ips
    /// (security group resource or default group, source name, rule resource) of link rules
    struct LinkRule
    {
        Resource *group;
        QString source;
        bool healthCheck;
    };
    QList<LinkRule> m_linkRules;
    QHash<EntityId, QStringList> m_notes;
    Result m_result;
};

// --- reading -------------------------------------------------------------------------------

Resource &Importer::resourceFor(const QString &module, bool managed, const QString &type,
                                const QString &name, const QString &path)
{
    const QString address = (module.isEmpty() ? QString() : module + QLatin1Char('.'))
            + (managed ? QString() : QStringLiteral("data.")) + type + QLatin1Char('.') + name;
    if (Resource *r = m_byAddress.value(address))
        return *r;
    Resource &r = m_storage.emplace_back();
    r.module = module;
    r.managed = managed;
    r.type = type;
    r.name = name;
    r.address = address;
    r.path = path;
    m_byAddress.insert(address, &r);
    m_order << &r;
    return r;
}

bool Importer::readResource(const json &r, const QString &path, const QString &modulePrefix,
                            InputError *error)
{
    if (!r.is_object()) {
        *error = {path, Tr::tr("expected an object (a resource)")};
        return false;
    }
    auto need = [&](const char *key, QString *out) {
        const auto it = r.find(key);
        if (it == r.end() || !it->is_string()) {
            *error = {path + QLatin1Char('/') + QLatin1String(key),
                      Tr::tr("missing or not a string")};
            return false;
        }
        *out = qstr(it->get<std::string>());
        return true;
    };
    QString mode, type, name;
    if (!need("mode", &mode) || !need("type", &type) || !need("name", &name))
        return false;
    if (mode != QLatin1String("managed") && mode != QLatin1String("data")) {
        *error = {path + QStringLiteral("/mode"),
                  Tr::tr("expected \"managed\" or \"data\", found \"%1\"")
                          .arg(JsonGuard::preview(mode))};
        return false;
    }
    json values = json::object();
    if (const auto it = r.find("values"); it != r.end() && !it->is_null()) {
        if (!it->is_object()) {
            *error = {path + QStringLiteral("/values"), Tr::tr("expected an object")};
            return false;
        }
        values = *it;
    }
    Resource &res = resourceFor(modulePrefix, mode == QLatin1String("managed"), type, name, path);
    res.instances << values;
    res.indexes << r.value("index", json());
    if (const auto id = values.find("id"); id != values.end() && id->is_string())
        if (!m_byId.contains(qstr(id->get<std::string>()), &res))
            m_byId.insert(qstr(id->get<std::string>()), &res);
    return true;
}

bool Importer::readModule(const json &module, const QString &path, const QString &prefix,
                          InputError *error, int depth)
{
    if (!module.is_object()) {
        *error = {path, Tr::tr("expected an object (a module)")};
        return false;
    }
    if (depth > Limits::MaxNestingDepth) {
        *error = {path, Tr::tr("modules nested too deeply")};
        return false;
    }
    if (const auto it = module.find("resources"); it != module.end()) {
        if (!it->is_array()) {
            *error = {path + QStringLiteral("/resources"), Tr::tr("expected an array")};
            return false;
        }
        for (size_t i = 0; i < it->size(); ++i) {
            if (!readResource((*it)[i], path + QStringLiteral("/resources/%1").arg(i), prefix,
                              error))
                return false;
        }
    }
    if (const auto it = module.find("child_modules"); it != module.end()) {
        if (!it->is_array()) {
            *error = {path + QStringLiteral("/child_modules"), Tr::tr("expected an array")};
            return false;
        }
        for (size_t i = 0; i < it->size(); ++i) {
            const json &child = (*it)[i];
            const QString childPath = path + QStringLiteral("/child_modules/%1").arg(i);
            if (!child.is_object()) {
                *error = {childPath, Tr::tr("expected an object (a module)")};
                return false;
            }
            const auto address = child.find("address");
            if (address == child.end() || !address->is_string()) {
                *error = {childPath + QStringLiteral("/address"),
                          Tr::tr("missing or not a string")};
                return false;
            }
            if (!readModule(child, childPath, qstr(address->get<std::string>()), error, depth + 1))
                return false;
        }
    }
    return true;
}

bool Importer::readChanges(const json &changes, InputError *error)
{
    if (!changes.is_array()) {
        *error = {QStringLiteral("/resource_changes"), Tr::tr("expected an array")};
        return false;
    }
    for (size_t i = 0; i < changes.size(); ++i) {
        const json &c = changes[i];
        const QString path = QStringLiteral("/resource_changes/%1").arg(i);
        if (!c.is_object()) {
            *error = {path, Tr::tr("expected an object (a resource change)")};
            return false;
        }
        const auto change = c.find("change");
        if (change == c.end() || !change->is_object()) {
            *error = {path + QStringLiteral("/change"), Tr::tr("missing or not an object")};
            return false;
        }
        const json after = change->value("after", json());
        if (after.is_null())
            continue; // deleted: not part of what the plan leaves
        json r = c;
        r["values"] = after;
        QString module;
        if (const auto m = c.find("module_address"); m != c.end()) {
            if (!m->is_string()) {
                *error = {path + QStringLiteral("/module_address"), Tr::tr("expected a string")};
                return false;
            }
            module = qstr(m->get<std::string>());
        }
        if (!readResource(r, path, module, error)) {
            if (error->path == path + QStringLiteral("/values"))
                error->path = path + QStringLiteral("/change/after");
            return false;
        }
    }
    return true;
}

bool Importer::readConfigModule(const json &module, const QString &path, const QString &prefix,
                                InputError *error, int depth)
{
    if (!module.is_object()) {
        *error = {path, Tr::tr("expected an object (a module)")};
        return false;
    }
    if (depth > Limits::MaxNestingDepth) {
        *error = {path, Tr::tr("modules nested too deeply")};
        return false;
    }
    if (const auto it = module.find("resources"); it != module.end()) {
        if (!it->is_array()) {
            *error = {path + QStringLiteral("/resources"), Tr::tr("expected an array")};
            return false;
        }
        for (size_t i = 0; i < it->size(); ++i) {
            const json &r = (*it)[i];
            const QString rPath = path + QStringLiteral("/resources/%1").arg(i);
            if (!r.is_object() || !r.contains("address") || !r["address"].is_string()) {
                *error = {rPath + QStringLiteral("/address"), Tr::tr("missing or not a string")};
                return false;
            }
            const QString address = (prefix.isEmpty() ? QString() : prefix + QLatin1Char('.'))
                    + qstr(r["address"].get<std::string>());
            if (const auto e = r.find("expressions"); e != r.end()) {
                if (!e->is_object()) {
                    *error = {rPath + QStringLiteral("/expressions"), Tr::tr("expected an object")};
                    return false;
                }
                m_configs.insert(address, &*e);
            }
            if (const auto k = r.find("provider_config_key"); k != r.end() && k->is_string())
                m_configProviders.insert(address, qstr(k->get<std::string>()));
        }
    }
    if (const auto it = module.find("module_calls"); it != module.end()) {
        if (!it->is_object()) {
            *error = {path + QStringLiteral("/module_calls"), Tr::tr("expected an object")};
            return false;
        }
        for (auto call = it->begin(); call != it->end(); ++call) {
            const QString callPath = path + QStringLiteral("/module_calls/")
                    + JsonGuard::preview(qstr(call.key()));
            if (!call->is_object()) {
                *error = {callPath, Tr::tr("expected an object (a module call)")};
                return false;
            }
            const auto m = call->find("module");
            if (m == call->end())
                continue;
            const QString childPrefix = (prefix.isEmpty() ? QString() : prefix + QLatin1Char('.'))
                    + QStringLiteral("module.") + qstr(call.key());
            if (!readConfigModule(*m, callPath + QStringLiteral("/module"), childPrefix, error,
                                  depth + 1))
                return false;
        }
    }
    return true;
}

bool Importer::readConfiguration(InputError *error)
{
    const auto config = m_root.find("configuration");
    if (config == m_root.end())
        return true;
    if (!config->is_object()) {
        *error = {QStringLiteral("/configuration"), Tr::tr("expected an object")};
        return false;
    }
    if (const auto providers = config->find("provider_config"); providers != config->end()) {
        if (!providers->is_object()) {
            *error = {QStringLiteral("/configuration/provider_config"),
                      Tr::tr("expected an object")};
            return false;
        }
        for (auto it = providers->begin(); it != providers->end(); ++it) {
            if (!it->is_object())
                continue;
            const json region = it->value("expressions", json::object())
                                        .value("region", json::object())
                                        .value("constant_value", json());
            if (region.is_string())
                m_providerRegions.insert(qstr(it.key()), qstr(region.get<std::string>()));
        }
    }
    if (const auto root = config->find("root_module"); root != config->end())
        return readConfigModule(*root, QStringLiteral("/configuration/root_module"), QString(),
                                error, 0);
    return true;
}

bool Importer::read(InputError *error)
{
    if (!m_root.is_object()) {
        *error = {QStringLiteral("/"), Tr::tr("expected a JSON object")};
        return false;
    }
    if (const auto vars = m_root.find("variables"); vars != m_root.end() && vars->is_object()) {
        const json prefix = vars->value("name_prefix", json::object()).value("value", json());
        if (prefix.is_string())
            m_namePrefix = qstr(prefix.get<std::string>());
    }
    auto rootModule = [&](const char *section, const json **out) {
        const auto it = m_root.find(section);
        if (it == m_root.end())
            return true;
        const QString path = QLatin1Char('/') + QLatin1String(section);
        if (!it->is_object()) {
            *error = {path, Tr::tr("expected an object")};
            return false;
        }
        const auto root = it->find("root_module");
        if (root == it->end()) {
            *error = {path + QStringLiteral("/root_module"), Tr::tr("missing")};
            return false;
        }
        *out = &*root;
        return true;
    };
    const json *planned = nullptr;
    const json *state = nullptr;
    if (!rootModule("planned_values", &planned) || !rootModule("values", &state))
        return false;
    bool ok = true;
    if (planned)
        ok = readModule(*planned, QStringLiteral("/planned_values/root_module"), QString(), error,
                        0);
    else if (state)
        ok = readModule(*state, QStringLiteral("/values/root_module"), QString(), error, 0);
    else if (const auto changes = m_root.find("resource_changes"); changes != m_root.end())
        ok = readChanges(*changes, error);
    else {
        *error = {QStringLiteral("/"),
                  Tr::tr("no \"planned_values\", \"values\" or \"resource_changes\": not the JSON "
                         "of `terraform show -json`")};
        return false;
    }
    if (!ok || !readConfiguration(error))
        return false;
    for (Resource *r : std::as_const(m_order)) {
        const QString configAddress
                = (r->module.isEmpty() ? QString() : r->module + QLatin1Char('.'))
                + (r->managed ? QString() : QStringLiteral("data.")) + r->type + QLatin1Char('.')
                + r->name;
        // Configuration addresses of modules called with count/for_each carry no index.
        static const QRegularExpression index(QStringLiteral("\\[[^\\]]*\\]"));
        QString plain = configAddress;
        plain.remove(index);
        r->config = m_configs.value(configAddress, m_configs.value(plain, nullptr));
        r->providerKey = m_configProviders.value(configAddress, m_configProviders.value(plain));
    }
    return true;
}

// --- values --------------------------------------------------------------------------------

const json *Importer::field(const json &values, const char *key)
{
    if (!values.is_object())
        return nullptr;
    const auto it = values.find(key);
    return it == values.end() || it->is_null() ? nullptr : &*it;
}

QString Importer::text(const json &values, const char *key)
{
    const json *v = field(values, key);
    if (!v)
        return {};
    if (v->is_string())
        return qstr(v->get<std::string>());
    if (v->is_number_integer())
        return QString::number(v->get<qint64>());
    if (v->is_boolean())
        return v->get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

std::optional<qint64> Importer::number(const json &values, const char *key)
{
    const json *v = field(values, key);
    if (!v)
        return std::nullopt;
    if (v->is_number_integer())
        return v->get<qint64>();
    if (v->is_number_float()) {
        const double d = v->get<double>();
        if (d >= -9e15 && d <= 9e15)
            return qint64(d);
        return std::nullopt;
    }
    if (v->is_string()) { // several alicloud arguments are numbers written as strings
        bool ok = false;
        const qint64 n = qstr(v->get<std::string>()).trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

std::optional<bool> Importer::flag(const json &values, const char *key)
{
    const json *v = field(values, key);
    if (!v)
        return std::nullopt;
    if (v->is_boolean())
        return v->get<bool>();
    if (v->is_string()) {
        const QString s = qstr(v->get<std::string>()).trimmed().toLower();
        if (s == QLatin1String("true"))
            return true;
        if (s == QLatin1String("false"))
            return false;
    }
    return std::nullopt;
}

QString Importer::firstText(const Resource &r, const char *key) const
{
    return r.instances.isEmpty() ? QString() : text(r.instances.first(), key);
}

namespace {

/** String leaves under `key`, at any depth. */
void collectStrings(const json &j, const char *key, bool under, QStringList *out, int depth = 0)
{
    if (depth > Limits::MaxNestingDepth)
        return;
    if (j.is_string()) {
        if (under)
            *out << QString::fromStdString(j.get<std::string>());
        return;
    }
    if (j.is_array()) {
        for (const json &item : j)
            collectStrings(item, key, under, out, depth + 1);
        return;
    }
    if (!j.is_object())
        return;
    for (auto it = j.begin(); it != j.end(); ++it)
        collectStrings(*it, key, under || it.key() == key, out, depth + 1);
}

/** `references` of configuration expressions under `key`, at any depth. */
void collectReferences(const json &j, const char *key, bool under, QStringList *out, int depth = 0)
{
    if (depth > Limits::MaxNestingDepth)
        return;
    if (j.is_array()) {
        for (const json &item : j)
            collectReferences(item, key, under, out, depth + 1);
        return;
    }
    if (!j.is_object())
        return;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (under && it.key() == "references" && it->is_array()) {
            for (const json &ref : *it) {
                if (ref.is_string())
                    *out << QString::fromStdString(ref.get<std::string>());
            }
            continue;
        }
        collectReferences(*it, key, under || it.key() == key, out, depth + 1);
    }
}

} // namespace

Resource *Importer::byReference(const QString &module, const QString &reference)
{
    // "alicloud_vpc.main.id", "alicloud_instance.web[count.index].id", "data.x.y.images[0]"
    QStringList parts = reference.split(QLatin1Char('.'));
    const bool data = !parts.isEmpty() && parts.first() == QLatin1String("data");
    if (data)
        parts.removeFirst();
    if (parts.size() < 2)
        return nullptr;
    static const QRegularExpression index(QStringLiteral("\\[.*$"));
    QString name = parts[1];
    name.remove(index);
    const QString address = (module.isEmpty() ? QString() : module + QLatin1Char('.'))
            + (data ? QStringLiteral("data.") : QString()) + parts[0] + QLatin1Char('.') + name;
    return m_byAddress.value(address);
}

QList<Resource *> Importer::linked(const Resource &r, const char *key)
{
    QList<Resource *> out;
    QStringList ids;
    for (const json &values : r.instances)
        collectStrings(values, key, false, &ids);
    for (const QString &id : std::as_const(ids)) {
        const QList<Resource *> targets = m_byId.values(id);
        for (auto it = targets.crbegin(); it != targets.crend(); ++it) { // in input order
            if (*it != &r && !out.contains(*it))
                out << *it;
        }
    }
    if (r.config) {
        QStringList refs;
        collectReferences(*r.config, key, false, &refs);
        for (const QString &ref : std::as_const(refs)) {
            Resource *target = byReference(r.module, ref);
            if (target && target != &r && !out.contains(target))
                out << target;
        }
    }
    return out;
}

QList<Resource *> Importer::linkedOfType(const Resource &r, const char *key, const QString &type)
{
    QList<Resource *> out;
    for (Resource *t : linked(r, key)) {
        if (t->type == type)
            out << t;
    }
    return out;
}

QString Importer::tag(const Resource &r, const char *key) const
{
    if (r.instances.isEmpty())
        return {};
    const json *tags = field(r.instances.first(), "tags");
    return tags ? text(*tags, key) : QString();
}

QString Importer::displayName(const Resource &r, const char *nameKey, bool counted) const
{
    const QString component = tag(r, "component").trimmed();
    if (!component.isEmpty())
        return component;
    QString name = nameKey ? firstText(r, nameKey).trimmed() : QString();
    if (!name.isEmpty()) {
        if (!m_namePrefix.isEmpty() && name.startsWith(m_namePrefix + QLatin1Char('-')))
            name = name.mid(m_namePrefix.size() + 1);
        static const QRegularExpression counter(QStringLiteral("-\\d+$"));
        if (counted && r.instances.size() > 1)
            name.remove(counter);
        if (!name.isEmpty())
            return name;
    }
    return r.name;
}

QString Importer::uniqueName(EntityKind kind, const QString &wanted)
{
    const QString base = wanted.trimmed().isEmpty() ? ecsplan::displayName(kind) : wanted.trimmed();
    QString name = base;
    for (int n = 2; m_usedNames.contains(toCode(kind) + QLatin1Char('|') + name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    m_usedNames.insert(toCode(kind) + QLatin1Char('|') + name);
    return name;
}

// --- building ------------------------------------------------------------------------------

EntityId Importer::add(Entity e, Resource *from)
{
    e.id = m_nextId;
    m_nextId = entityId(toUInt(m_nextId) + 1);
    e.name = uniqueName(e.kind, e.name);
    if (from) {
        from->understood = true;
        from->entity = e.id;
    }
    m_entities.insert(e.id, e);
    return e.id;
}

void Importer::understood(const QString &type)
{
    for (Resource *r : std::as_const(m_order)) {
        if (r->type == type && r->managed)
            r->understood = true;
    }
}

void Importer::addNote(EntityId id, const QString &note)
{
    if (isValid(id) && !m_notes[id].contains(note))
        m_notes[id] << note;
}

EntityId Importer::zoneByCode(const QString &code, EntityId region) const
{
    if (code.isEmpty())
        return EntityId::None;
    for (const Entity &e : m_entities) {
        if (e.kind == EntityKind::Zone && e.code == code
            && (!isValid(region) || e.parent == region))
            return e.id;
    }
    return EntityId::None;
}

EntityId Importer::zoneOf(const Resource &r, const char *vswitchKey, const char *zoneKey)
{
    if (vswitchKey) {
        for (Resource *v : linkedOfType(r, vswitchKey, QStringLiteral("alicloud_vswitch"))) {
            if (isValid(v->entity))
                return v->entity;
        }
    }
    return zoneKey ? zoneByCode(firstText(r, zoneKey)) : EntityId::None;
}

/** The region a zone id belongs to: "cn-hangzhou-h" → "cn-hangzhou", "ap-southeast-1a" →
 *  "ap-southeast-1". */
QString regionOfZoneCode(const QString &zone)
{
    static const QRegularExpression dashed(QStringLiteral("^(.+)-[a-z]$"));
    static const QRegularExpression digitLetter(QStringLiteral("^(.+\\d)[a-z]$"));
    if (const auto m = digitLetter.match(zone); m.hasMatch())
        return m.captured(1);
    if (const auto m = dashed.match(zone); m.hasMatch())
        return m.captured(1);
    return {};
}

void Importer::buildNetwork()
{
    for (Resource *r : std::as_const(m_order)) {
        if (r->type != QLatin1String("alicloud_vpc") || !r->managed)
            continue;
        Entity region = makeEntity(EntityKind::Region);
        region.name = displayName(*r, "vpc_name");
        region.cidr = firstText(*r, "cidr_block");
        region.code = m_providerRegions.value(r->providerKey);
        add(region, r);
    }
    for (Resource *r : std::as_const(m_order)) {
        if (r->type != QLatin1String("alicloud_vswitch") || !r->managed)
            continue;
        const auto vpcs = linkedOfType(*r, "vpc_id", QStringLiteral("alicloud_vpc"));
        if (vpcs.isEmpty() || !isValid(vpcs.first()->entity)) {
            r->reason = Tr::tr("its VPC is not in the input");
            continue;
        }
        Entity zone = makeEntity(EntityKind::Zone);
        zone.name = displayName(*r, "vswitch_name");
        zone.code = firstText(*r, "zone_id");
        zone.cidr = firstText(*r, "cidr_block");
        zone.parent = vpcs.first()->entity;
        const EntityId id = add(zone, r);
        Entity &region = m_entities[zone.parent];
        if (region.code.isEmpty())
            region.code = regionOfZoneCode(m_entities[id].code);
    }
}

void Importer::buildSecurityGroups()
{
    for (Resource *r : std::as_const(m_order)) {
        if (r->type != QLatin1String("alicloud_security_group") || !r->managed)
            continue;
        const auto vpcs = linkedOfType(*r, "vpc_id", QStringLiteral("alicloud_vpc"));
        if (vpcs.isEmpty() || !isValid(vpcs.first()->entity)) {
            r->reason = Tr::tr("its VPC is not in the input");
            continue;
        }
        // The export's "<region>_default" group holds compute the design gave no group; it is
        // no component of the design, its rules become links.
        if (tag(*r, "managed-by") == QLatin1String("ecs-planner") && tag(*r, "component").isEmpty()
            && r->name.endsWith(QLatin1String("_default"))) {
            m_defaultGroups.insert(r);
            m_regionOfDefaultGroup.insert(r, vpcs.first()->entity);
            r->understood = true;
            continue;
        }
        Entity sg = makeEntity(EntityKind::SecurityGroup);
        sg.name = displayName(*r, "security_group_name");
        sg.notes = firstText(*r, "description");
        sg.rules.clear();
        sg.parent = vpcs.first()->entity;
        add(sg, r);
    }
}

void Importer::buildSecurityRules()
{
    QList<Resource *> rules;
    for (Resource *r : std::as_const(m_order)) {
        if (r->type == QLatin1String("alicloud_security_group_rule") && r->managed)
            rules << r;
    }
    std::stable_sort(rules.begin(), rules.end(), [](const Resource *a, const Resource *b) {
        return naturalLess(a->name, b->name);
    });
    static const QRegularExpression linkName(QStringLiteral("_link_\\d+$"));
    static const QRegularExpression from(QStringLiteral("^From (.+)$"));
    static const QRegularExpression health(QStringLiteral("^Health checks of (.+)$"));
    QSet<QString> components; // names a link rule may come from
    for (const Entity &e : std::as_const(m_entities)) {
        if (e.isCompute() || e.kind == EntityKind::LoadBalancer)
            components.insert(e.name);
    }
    for (Resource *r : std::as_const(rules)) {
        const auto groups
                = linkedOfType(*r, "security_group_id", QStringLiteral("alicloud_security_group"));
        Resource *group = groups.isEmpty() ? nullptr : groups.first();
        if (!group || (!isValid(group->entity) && !m_defaultGroups.contains(group))) {
            r->reason = Tr::tr("its security group is not in the input");
            continue;
        }
        for (const json &v : std::as_const(r->instances)) {
            const QString description = text(v, "description");
            if (linkName.match(r->name).hasMatch()) {
                if (const auto m = from.match(description);
                    m.hasMatch() && components.contains(m.captured(1))) {
                    m_linkRules << LinkRule{group, m.captured(1), false};
                    r->understood = true;
                    continue;
                }
                if (const auto m = health.match(description);
                    m.hasMatch() && components.contains(m.captured(1))) {
                    m_linkRules << LinkRule{group, m.captured(1), true};
                    r->understood = true;
                    continue;
                }
            }
            if (!isValid(group->entity)) {
                r->reason = Tr::tr("a rule of the export's default group that no link explains");
                continue;
            }
            SecurityRule rule;
            const QString type = text(v, "type").toLower();
            rule.ingress = type != QLatin1String("egress");
            QString protocol = text(v, "ip_protocol").toLower();
            if (protocol == QLatin1String("icmpv6"))
                protocol = QStringLiteral("icmp");
            if (protocol != QLatin1String("tcp") && protocol != QLatin1String("udp")
                && protocol != QLatin1String("icmp") && protocol != QLatin1String("all")) {
                r->reason = Tr::tr("protocol \"%1\" has no equivalent in a design")
                                    .arg(JsonGuard::preview(protocol));
                continue;
            }
            rule.protocol = protocol;
            rule.portFrom = rule.portTo = SecurityRule::AllPorts;
            const QStringList range = text(v, "port_range").split(QLatin1Char('/'));
            if ((protocol == QLatin1String("tcp") || protocol == QLatin1String("udp"))
                && range.size() == 2) {
                const int a = range[0].toInt(), b = range[1].toInt();
                if (!(a <= 1 && b >= SecurityRule::MaxPort) && a >= 1 && b >= a
                    && b <= SecurityRule::MaxPort) {
                    rule.portFrom = a;
                    rule.portTo = b;
                }
            }
            rule.cidr = text(v, "cidr_ip");
            if (rule.cidr.isEmpty())
                rule.cidr = text(v, "ipv6_cidr_ip");
            if (rule.cidr.isEmpty()) {
                r->reason = Tr::tr("rules from another security group or a prefix list have no "
                                   "equivalent in a design");
                continue;
            }
            rule.accept = text(v, "policy").toLower() != QLatin1String("drop");
            rule.priority = int(std::clamp<qint64>(number(v, "priority").value_or(1),
                                                   SecurityRule::HighestPriority,
                                                   SecurityRule::LowestPriority));
            rule.description = description;
            m_entities[group->entity].rules << rule;
            r->understood = true;
        }
    }
}

EntityIds Importer::securityGroupsOf(const Resource &r, const char *key)
{
    EntityIds ids;
    for (Resource *g : linkedOfType(r, key, QStringLiteral("alicloud_security_group"))) {
        if (isValid(g->entity) && !ids.contains(g->entity))
            ids << g->entity;
    }
    return ids;
}

namespace {

BillingModel billingOf(const QString &chargeType, std::optional<qint64> period, const QString &spot)
{
    const QString c = chargeType.toLower();
    if (c == QLatin1String("prepaid") || c == QLatin1String("subscription"))
        return period.value_or(12) >= 36 ? BillingModel::Subscription3Year
                                         : BillingModel::Subscription1Year;
    if (!spot.isEmpty() && spot != QLatin1String("NoSpot"))
        return BillingModel::Preemptible;
    return BillingModel::PayAsYouGo;
}

} // namespace

void Importer::computeFrom(Entity &e, const Resource &source, const json &v, bool launchTemplate)
{
    ComputeData &c = e.compute;
    if (const QString t = text(v, "instance_type"); !t.isEmpty())
        c.instanceType = t;
    c.billing = billingOf(text(v, "instance_charge_type"), number(v, "period"),
                          text(v, "spot_strategy"));
    // The image: the name pattern of the data source it was looked up with, else its id.
    QString image;
    for (Resource *d : linked(source, "image_id")) {
        if (!d->managed && d->type == QLatin1String("alicloud_images")) {
            image = firstText(*d, "name_regex");
            if (image.startsWith(QLatin1Char('^')))
                image.remove(0, 1);
            break;
        }
    }
    if (image.isEmpty())
        image = text(v, "image_id");
    if (!image.isEmpty())
        c.image = image;
    const json *system = launchTemplate ? field(v, "system_disk") : nullptr;
    const json &disk = system && system->is_array() && !system->empty() ? system->front() : v;
    const char *category = launchTemplate ? "category" : "system_disk_category";
    const char *level = launchTemplate ? "performance_level" : "system_disk_performance_level";
    const char *size = launchTemplate ? "size" : "system_disk_size";
    if (const QString cat = text(disk, category); !cat.isEmpty())
        c.systemDiskCategory = cat;
    c.systemDiskLevel = c.systemDiskCategory == QLatin1String("cloud_essd")
            ? (text(disk, level).isEmpty() ? QStringLiteral("PL1") : text(disk, level))
            : QString();
    if (const auto s = number(disk, size))
        c.systemDiskGiB = int(std::clamp<qint64>(*s, 20, 2048));
    c.role = text(field(v, "tags") ? *field(v, "tags") : json(), "role");
    const QString workload = text(field(v, "tags") ? *field(v, "tags") : json(), "workload");
    c.tags = workload.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void Importer::buildInstances()
{
    for (Resource *r : std::as_const(m_order)) {
        if (r->type != QLatin1String("alicloud_instance") || !r->managed || r->instances.isEmpty())
            continue;
        const EntityId zone = zoneOf(*r, "vswitch_id", "availability_zone");
        if (!isValid(zone)) {
            r->reason = Tr::tr("its vSwitch is not in the input");
            continue;
        }
        Entity e = makeEntity(EntityKind::InstanceGroup);
        computeFrom(e, *r, r->instances.first(), false);
        e.name = displayName(*r, "instance_name", true);
        e.compute.count = int(std::min<qsizetype>(r->instances.size(), 2000));
        e.compute.securityGroups = securityGroupsOf(*r, "security_groups");
        e.parent = zone;
        add(e, r);
    }
}

void Importer::buildScalingGroups()
{
    for (Resource *r : std::as_const(m_order)) {
        if (r->type != QLatin1String("alicloud_ess_scaling_group") || !r->managed
            || r->instances.isEmpty())
            continue;
        const json &v = r->instances.first();
        Entity e = makeEntity(EntityKind::ScalingGroup);
        for (Resource *vsw : linkedOfType(*r, "vswitch_ids", QStringLiteral("alicloud_vswitch"))) {
            if (isValid(vsw->entity) && !e.zones.contains(vsw->entity))
                e.zones << vsw->entity;
        }
        if (e.zones.isEmpty()) {
            r->reason = Tr::tr("its vSwitches are not in the input");
            continue;
        }
        e.parent = m_entities[e.zones.first()].parent;
        e.compute.minSize = int(std::clamp<qint64>(number(v, "min_size").value_or(0), 0, 2000));
        e.compute.maxSize = int(
                std::clamp<qint64>(number(v, "max_size").value_or(e.compute.minSize), 0, 2000));
        e.compute.desiredSize = int(std::clamp<qint64>(
                number(v, "desired_capacity").value_or(e.compute.minSize), 0, 2000));
        e.compute.tags.clear();
        // What it launches: its launch template, else a scaling configuration naming it.
        Resource *source = nullptr;
        bool launchTemplate = true;
        const auto templates = linkedOfType(*r, "launch_template_id",
                                            QStringLiteral("alicloud_ecs_launch_template"));
        if (!templates.isEmpty()) {
            source = templates.first();
        } else {
            for (Resource *c : std::as_const(m_order)) {
                if (c->type == QLatin1String("alicloud_ess_scaling_configuration")
                    && linked(*c, "scaling_group_id").contains(r)) {
                    source = c;
                    launchTemplate = false;
                    break;
                }
            }
        }
        if (source && !source->instances.isEmpty()) {
            computeFrom(e, *source, source->instances.first(), launchTemplate);
            e.compute.securityGroups = securityGroupsOf(
                    *source, launchTemplate ? "security_group_ids" : "security_group_ids");
            if (!launchTemplate && e.compute.securityGroups.isEmpty())
                e.compute.securityGroups = securityGroupsOf(*source, "security_group_id");
            source->understood = true;
        }
        if (e.compute.role.isEmpty())
            e.compute.role = tag(*r, "role");
        if (e.compute.tags.isEmpty())
            e.compute.tags = tag(*r, "workload").split(QLatin1Char(' '), Qt::SkipEmptyParts);
        e.name = displayName(*r, "scaling_group_name");
        const EntityId id = add(e, r);
        if (!source)
            addNote(id,
                    Tr::tr("No launch template or scaling configuration was in the input: "
                           "instance type and disks are defaults."));

        // Data disks of the template become disks attached to the group.
        if (!source || source->instances.isEmpty())
            continue;
        const json *disks
                = field(source->instances.first(), launchTemplate ? "data_disks" : "data_disk");
        if (!disks || !disks->is_array())
            continue;
        for (const json &d : *disks) {
            Entity disk = makeEntity(EntityKind::Disk);
            QString name = text(d, "name");
            if (!m_namePrefix.isEmpty() && name.startsWith(m_namePrefix + QLatin1Char('-')))
                name = name.mid(m_namePrefix.size() + 1);
            disk.name = name.isEmpty() ? m_entities[id].name + QStringLiteral("-data") : name;
            disk.disk.category = text(d, "category").isEmpty() ? QStringLiteral("cloud_essd")
                                                               : text(d, "category");
            disk.disk.level = disk.disk.category == QLatin1String("cloud_essd")
                    ? (text(d, "performance_level").isEmpty() ? QStringLiteral("PL1")
                                                              : text(d, "performance_level"))
                    : QString();
            disk.disk.sizeGiB = int(std::clamp<qint64>(number(d, "size").value_or(100), 1, 65536));
            disk.disk.deleteWithInstance = flag(d, "delete_with_instance").value_or(true);
            disk.disk.encrypted = flag(d, "encrypted").value_or(false);
            disk.disk.attachedTo = id;
            disk.parent = m_entities[id].zones.first();
            add(disk, nullptr);
        }
    }
}

void Importer::buildDisks()
{
    // Attachments first: disk resource -> instance group.
    QHash<Resource *, EntityId> attachedTo;
    for (Resource *a : std::as_const(m_order)) {
        if (a->type != QLatin1String("alicloud_ecs_disk_attachment")
            && a->type != QLatin1String("alicloud_disk_attachment"))
            continue;
        const auto disks = linked(*a, "disk_id");
        const auto instances = linkedOfType(*a, "instance_id", QStringLiteral("alicloud_instance"));
        if (disks.isEmpty() || instances.isEmpty() || !isValid(instances.first()->entity)) {
            a->reason = Tr::tr("its disk or instance is not in the input");
            continue;
        }
        attachedTo.insert(disks.first(), instances.first()->entity);
        a->understood = true;
    }
    for (Resource *r : std::as_const(m_order)) {
        if ((r->type != QLatin1String("alicloud_ecs_disk")
             && r->type != QLatin1String("alicloud_disk"))
            || !r->managed || r->instances.isEmpty())
            continue;
        const json &v = r->instances.first();
        Entity disk = makeEntity(EntityKind::Disk);
        const EntityId owner = attachedTo.value(r);
        disk.parent = isValid(owner)
                ? m_entities[owner].parent
                : zoneByCode(text(v, "zone_id").isEmpty() ? text(v, "availability_zone")
                                                          : text(v, "zone_id"));
        if (!isValid(disk.parent)) {
            r->reason = Tr::tr("its zone is not a vSwitch's zone in the input");
            continue;
        }
        disk.name = displayName(*r, "disk_name", true);
        disk.disk.attachedTo = owner;
        disk.disk.category = text(v, "category").isEmpty() ? QStringLiteral("cloud_efficiency")
                                                           : text(v, "category");
        disk.disk.level = disk.disk.category == QLatin1String("cloud_essd")
                ? (text(v, "performance_level").isEmpty() ? QStringLiteral("PL1")
                                                          : text(v, "performance_level"))
                : QString();
        disk.disk.sizeGiB = int(std::clamp<qint64>(number(v, "size").value_or(100), 1, 65536));
        disk.disk.encrypted = flag(v, "encrypted").value_or(false);
        disk.disk.deleteWithInstance = flag(v, "delete_with_instance").value_or(true);
        disk.disk.provisionedIops
                = int(std::clamp<qint64>(number(v, "provisioned_iops").value_or(0), 0, 50000));
        disk.disk.burstingEnabled = flag(v, "bursting_enabled").value_or(false);
        add(disk, r);
    }
}

void Importer::buildCaches()
{
    for (Resource *r : std::as_const(m_order)) {
        const bool tair = r->type == QLatin1String("alicloud_redis_tair_instance");
        if ((!tair && r->type != QLatin1String("alicloud_kvstore_instance")) || !r->managed
            || r->instances.isEmpty())
            continue;
        const json &v = r->instances.first();
        const EntityId zone = zoneOf(*r, "vswitch_id", "zone_id");
        if (!isValid(zone)) {
            r->reason = Tr::tr("its vSwitch is not in the input");
            continue;
        }
        Entity e = makeEntity(EntityKind::Cache);
        e.parent = zone;
        e.cache.engine = tair ? CacheEngine::Tair : CacheEngine::Redis;
        e.name = displayName(*r, tair ? "tair_instance_name" : "db_instance_name");
        if (e.name == r->name && !tair)
            e.name = displayName(*r, "instance_name");
        if (const QString cls = text(v, "instance_class"); !cls.isEmpty())
            e.cache.instanceClass = cls;
        if (const QString version = text(v, "engine_version"); !version.isEmpty())
            e.cache.engineVersion = version;
        const QString payment = text(v, "payment_type").isEmpty() ? text(v, "instance_charge_type")
                                                                  : text(v, "payment_type");
        e.cache.billing = billingOf(payment, number(v, "period"), {});
        const EntityId id = add(e, r);

        // Read-only nodes: replicas of this cache, in its zone and in the secondary zone.
        const int local = int(std::clamp<qint64>(number(v, "read_only_count").value_or(0), 0, 9));
        const int remote
                = int(std::clamp<qint64>(number(v, "slave_read_only_count").value_or(0), 0, 9));
        const EntityId secondary
                = zoneByCode(text(v, "secondary_zone_id"), m_entities[zone].parent);
        for (int i = 0; i < local + remote; ++i) {
            Entity replica = m_entities[id];
            replica.name = QStringLiteral("%1 replica %2").arg(m_entities[id].name).arg(i + 1);
            replica.cache.readReplicaOf = id;
            replica.parent = i >= local && isValid(secondary) ? secondary : zone;
            add(replica, nullptr);
        }

        QStringList ips;
        if (const json *list = field(v, "security_ips"); list && list->is_array())
            collectStrings(*list, "", true, &ips);
        else
            ips = text(v, "security_ips").split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &ip : ips)
            ip = ip.trimmed();
        m_whitelists << qMakePair(id, ips);
    }
}

void Importer::buildLoadBalancers()
{
    // The load balancers themselves.
    for (Resource *r : std::as_const(m_order)) {
        const QString &t = r->type;
        const bool alb = t == QLatin1String("alicloud_alb_load_balancer");
        const bool nlb = t == QLatin1String("alicloud_nlb_load_balancer");
        const bool clb = t == QLatin1String("alicloud_slb_load_balancer")
                || t == QLatin1String("alicloud_slb");
        if (!(alb || nlb || clb) || !r->managed || r->instances.isEmpty())
            continue;
        const json &v = r->instances.first();
        Entity e = makeEntity(EntityKind::LoadBalancer);
        e.loadBalancer.kind = alb ? LoadBalancerKind::Alb
                : nlb             ? LoadBalancerKind::Nlb
                                  : LoadBalancerKind::Clb;
        e.loadBalancer.addressType = text(v, "address_type").toLower() == QLatin1String("intranet")
                ? AddressType::Intranet
                : AddressType::Internet;
        if (alb && !text(v, "load_balancer_edition").isEmpty())
            e.loadBalancer.edition = text(v, "load_balancer_edition");
        if (alb || nlb) {
            for (Resource *vsw :
                 linkedOfType(*r, "zone_mappings", QStringLiteral("alicloud_vswitch"))) {
                if (isValid(vsw->entity) && !e.zones.contains(vsw->entity))
                    e.zones << vsw->entity;
            }
            if (const json *maps = field(v, "zone_mappings"); maps && maps->is_array()) {
                for (const json &m : *maps) {
                    const EntityId z = zoneByCode(text(m, "zone_id"));
                    if (isValid(z) && !e.zones.contains(z))
                        e.zones << z;
                }
            }
        } else {
            for (const char *key : {"master_zone_id", "slave_zone_id"}) {
                const EntityId z = zoneByCode(text(v, key));
                if (isValid(z) && !e.zones.contains(z))
                    e.zones << z;
            }
        }
        std::sort(e.zones.begin(), e.zones.end());
        EntityId region = EntityId::None;
        for (Resource *vpc : linkedOfType(*r, "vpc_id", QStringLiteral("alicloud_vpc")))
            region = vpc->entity;
        if (!isValid(region) && !e.zones.isEmpty())
            region = m_entities[e.zones.first()].parent;
        if (!isValid(region)) {
            const EntityId z = zoneOf(*r, "vswitch_id", nullptr);
            region = isValid(z) ? m_entities[z].parent : EntityId::None;
        }
        if (!isValid(region)) {
            r->reason = Tr::tr("neither its VPC nor its zones are in the input");
            continue;
        }
        // Zones of another VPC than its own do not count.
        e.zones.removeIf([&](EntityId z) { return m_entities[z].parent != region; });
        e.parent = region;
        e.name = displayName(*r, "load_balancer_name");
        e.loadBalancer.listenerPort = 0;
        e.loadBalancer.backendPort = 0;
        add(e, r);
    }

    QHash<Resource *, Resource *> groupOwner; // server group -> load balancer
    auto lbOf = [&](Resource *res, const char *key) -> Resource * {
        for (Resource *t : linked(*res, key)) {
            if (isValid(t->entity) && m_entities[t->entity].kind == EntityKind::LoadBalancer)
                return t;
        }
        return nullptr;
    };
    auto setPorts
            = [&](Resource *lb, std::optional<qint64> listener, std::optional<qint64> backend) {
                  LoadBalancerData &d = m_entities[lb->entity].loadBalancer;
                  if (listener && d.listenerPort == 0 && *listener >= 1 && *listener <= 65535)
                      d.listenerPort = int(*listener);
                  if (backend && d.backendPort == 0 && *backend >= 1 && *backend <= 65535)
                      d.backendPort = int(*backend);
              };
    // Listeners: ports, and which server groups they forward to.
    for (Resource *r : std::as_const(m_order)) {
        const QString &t = r->type;
        if (t != QLatin1String("alicloud_alb_listener")
            && t != QLatin1String("alicloud_nlb_listener")
            && t != QLatin1String("alicloud_slb_listener"))
            continue;
        Resource *lb = lbOf(r, "load_balancer_id");
        if (!lb) {
            r->reason = Tr::tr("its load balancer is not in the input");
            continue;
        }
        r->understood = true;
        if (r->instances.isEmpty())
            continue;
        const json &v = r->instances.first();
        if (t == QLatin1String("alicloud_slb_listener"))
            setPorts(lb, number(v, "frontend_port"), number(v, "backend_port"));
        else
            setPorts(lb, number(v, "listener_port"), std::nullopt);
        for (Resource *g : linked(*r, "server_group_id"))
            groupOwner.insert(g, lb);
    }
    // Server groups whose listener was not found still name nothing: they stay not understood.
    auto backend = [&](Resource *lb, Resource *member, std::optional<qint64> port) {
        if (!member || !isValid(member->entity))
            return;
        const Entity &m = m_entities[member->entity];
        if (!m.isCompute())
            return;
        setPorts(lb, std::nullopt, port);
        addLink(lb->entity, member->entity);
    };
    for (Resource *r : std::as_const(m_order)) {
        const QString &t = r->type;
        if (t == QLatin1String("alicloud_alb_server_group")
            || t == QLatin1String("alicloud_nlb_server_group")) {
            Resource *lb = groupOwner.value(r);
            if (!lb) {
                r->reason = Tr::tr("no listener in the input forwards to it");
                continue;
            }
            r->understood = true;
            for (const json &v : std::as_const(r->instances)) {
                if (const json *servers = field(v, "servers"); servers && servers->is_array()) {
                    for (const json &s : *servers)
                        for (Resource *m : m_byId.values(text(s, "server_id")))
                            backend(lb, m, number(s, "port"));
                }
            }
            for (Resource *member :
                 linkedOfType(*r, "server_id", QStringLiteral("alicloud_instance")))
                backend(lb, member, std::nullopt);
        }
    }
    for (Resource *r : std::as_const(m_order)) {
        const QString &t = r->type;
        if (t == QLatin1String("alicloud_nlb_server_group_server_attachment")) {
            const auto groups = linked(*r, "server_group_id");
            Resource *lb = groups.isEmpty() ? nullptr : groupOwner.value(groups.first());
            const auto members = linkedOfType(*r, "server_id", QStringLiteral("alicloud_instance"));
            if (!lb || members.isEmpty()) {
                r->reason = Tr::tr("its server group or instance is not in the input");
                continue;
            }
            r->understood = true;
            backend(lb, members.first(),
                    r->instances.isEmpty() ? std::nullopt : number(r->instances.first(), "port"));
        } else if (t == QLatin1String("alicloud_ess_server_group_attachment")) {
            const auto groups = linked(*r, "server_group_id");
            Resource *lb = groups.isEmpty() ? nullptr : groupOwner.value(groups.first());
            const auto members = linkedOfType(*r, "scaling_group_id",
                                              QStringLiteral("alicloud_ess_scaling_group"));
            if (!lb || members.isEmpty()) {
                r->reason = Tr::tr("its server group or scaling group is not in the input");
                continue;
            }
            r->understood = true;
            backend(lb, members.first(),
                    r->instances.isEmpty() ? std::nullopt : number(r->instances.first(), "port"));
        } else if (t == QLatin1String("alicloud_slb_backend_server")) {
            Resource *lb = lbOf(r, "load_balancer_id");
            if (!lb) {
                r->reason = Tr::tr("its load balancer is not in the input");
                continue;
            }
            r->understood = true;
            for (Resource *member :
                 linkedOfType(*r, "backend_servers", QStringLiteral("alicloud_instance")))
                backend(lb, member, std::nullopt);
        } else if (t == QLatin1String("alicloud_ess_scaling_group") && isValid(r->entity)) {
            // ALB server groups and CLBs the scaling group registers its instances with.
            if (const json *groups = r->instances.isEmpty()
                        ? nullptr
                        : field(r->instances.first(), "alb_server_group");
                groups && groups->is_array()) {
                for (const json &g : *groups) {
                    for (Resource *group : m_byId.values(text(g, "alb_server_group_id"))) {
                        if (groupOwner.contains(group))
                            backend(groupOwner.value(group), r, number(g, "port"));
                    }
                }
            }
            for (Resource *group : linkedOfType(*r, "alb_server_group",
                                                QStringLiteral("alicloud_alb_server_group"))) {
                if (groupOwner.contains(group)) {
                    std::optional<qint64> port;
                    if (const json *groups = r->instances.isEmpty()
                                ? nullptr
                                : field(r->instances.first(), "alb_server_group");
                        groups && groups->is_array() && groups->size() == 1)
                        port = number(groups->front(), "port");
                    backend(groupOwner.value(group), r, port);
                }
            }
            for (Resource *lb : linked(*r, "loadbalancer_ids")) {
                if (isValid(lb->entity) && m_entities[lb->entity].kind == EntityKind::LoadBalancer)
                    backend(lb, r, std::nullopt);
            }
        }
    }
    for (Resource *r : std::as_const(m_order)) {
        if (!isValid(r->entity) || m_entities[r->entity].kind != EntityKind::LoadBalancer)
            continue;
        LoadBalancerData &d = m_entities[r->entity].loadBalancer;
        if (d.listenerPort == 0) {
            d.listenerPort = d.kind == LoadBalancerKind::Alb ? 443 : 80;
            addNote(r->entity,
                    Tr::tr("No listener was in the input: the listener port is a "
                           "default."));
        }
        if (d.backendPort == 0)
            d.backendPort = defaultBackendPort(d.kind, d.listenerPort);
    }
}

void Importer::addLink(EntityId from, EntityId to)
{
    if (!isValid(from) || !isValid(to) || from == to || m_links.contains(qMakePair(from, to)))
        return;
    m_links.insert(qMakePair(from, to));
    Entity link = makeEntity(EntityKind::Link);
    link.name = QStringLiteral("%1 → %2").arg(m_entities[from].name, m_entities[to].name);
    link.link.from = from;
    link.link.to = to;
    link.link.inferred = true;
    link.link.gbPerMonth = 0;
    link.link.requestsPerSecond = 0;
    add(link, nullptr);
    ++m_result.inferredLinks;
}

void Importer::inferFromRules()
{
    // The export's "<group>_link_<n>" rules say "From <component>": a link from that component to
    // the compute whose first group in the region holds the rule (or which the default group
    // holds). Rules of links already inferred from server groups need nothing more.
    QHash<QString, EntityId> byName;
    for (const Entity &e : std::as_const(m_entities)) {
        if (e.isCompute() || e.kind == EntityKind::LoadBalancer)
            byName.insert(e.name, e.id);
    }
    QHash<Resource *, EntityIds> membersOfDefault;
    for (Resource *r : std::as_const(m_order)) {
        if (!isValid(r->entity) || !m_entities[r->entity].isCompute())
            continue;
        const char *key
                = r->type == QLatin1String("alicloud_instance") ? "security_groups" : nullptr;
        QList<Resource *> groups;
        if (key) {
            groups = linkedOfType(*r, key, QStringLiteral("alicloud_security_group"));
        } else {
            for (Resource *lt : linkedOfType(*r, "launch_template_id",
                                             QStringLiteral("alicloud_ecs_launch_template")))
                groups << linkedOfType(*lt, "security_group_ids",
                                       QStringLiteral("alicloud_security_group"));
        }
        for (Resource *g : std::as_const(groups)) {
            if (m_defaultGroups.contains(g))
                membersOfDefault[g] << r->entity;
        }
    }
    for (const LinkRule &rule : std::as_const(m_linkRules)) {
        const EntityId source = byName.value(rule.source);
        if (!isValid(source))
            continue;
        EntityIds targets = membersOfDefault.value(rule.group);
        if (isValid(rule.group->entity)) {
            const EntityId region = m_entities[rule.group->entity].parent;
            for (const Entity &e : std::as_const(m_entities)) {
                if (!e.isCompute())
                    continue;
                for (EntityId sg : e.compute.securityGroups) {
                    if (m_entities.contains(sg) && m_entities[sg].parent == region) {
                        if (sg == rule.group->entity)
                            targets << e.id;
                        break;
                    }
                }
            }
        }
        if (rule.healthCheck)
            continue;
        for (EntityId t : std::as_const(targets)) {
            if (m_entities[source].kind == EntityKind::LoadBalancer
                && !m_links.contains(qMakePair(source, t)))
                continue; // a load balancer's rule without its server group: not its backend
            addLink(source, t);
        }
    }
}

void Importer::inferFromZoneRules()
{
    // An ingress rule admitting exactly one vSwitch's block: the compute that lives only in that
    // zone is taken for a client of the compute the group protects.
    QList<QPair<EntityId, EntityId>> found; // links are entities: added after the walk
    for (const Entity &sg : std::as_const(m_entities)) {
        if (sg.kind != EntityKind::SecurityGroup)
            continue;
        for (const SecurityRule &rule : sg.rules) {
            if (!rule.ingress || !rule.accept)
                continue;
            EntityId zone = EntityId::None;
            for (const Entity &z : std::as_const(m_entities)) {
                if (z.kind == EntityKind::Zone && z.parent == sg.parent && !z.cidr.isEmpty()
                    && z.cidr == rule.cidr)
                    zone = z.id;
            }
            if (!isValid(zone))
                continue;
            for (const Entity &source : std::as_const(m_entities)) {
                const EntityIds zones = source.kind == EntityKind::ScalingGroup
                        ? source.zones
                        : EntityIds{source.parent};
                if (!source.isCompute() || zones != EntityIds{zone})
                    continue;
                for (const Entity &target : std::as_const(m_entities)) {
                    if (target.isCompute() && target.id != source.id
                        && target.compute.securityGroups.contains(sg.id))
                        found << qMakePair(source.id, target.id);
                }
            }
        }
    }
    for (const auto &[from, to] : std::as_const(found))
        addLink(from, to);
}

void Importer::inferFromWhitelists()
{
    // A cache's whitelist lists its clients' vSwitch blocks (their VPC block from another
    // region): compute whose every block is listed is taken for a client.
    QList<QPair<EntityId, EntityId>> found; // links are entities: added after the walk
    for (const auto &[cache, ips] : std::as_const(m_whitelists)) {
        const EntityId cacheRegion = m_entities[m_entities[cache].parent].parent;
        for (const Entity &e : std::as_const(m_entities)) {
            if (!e.isCompute())
                continue;
            EntityIds zones = e.kind == EntityKind::ScalingGroup ? e.zones : EntityIds{e.parent};
            if (zones.isEmpty())
                continue;
            const EntityId region = m_entities[zones.first()].parent;
            bool all = true;
            if (region != cacheRegion) {
                all = ips.contains(m_entities[region].cidr);
            } else {
                for (EntityId z : std::as_const(zones))
                    all = all && ips.contains(m_entities[z].cidr);
            }
            if (all)
                found << qMakePair(e.id, cache);
        }
    }
    for (const auto &[from, to] : std::as_const(found))
        addLink(from, to);
}

void Importer::addInternetUsers()
{
    EntityIds facing;
    for (const Entity &e : std::as_const(m_entities)) {
        if (e.kind == EntityKind::LoadBalancer
            && e.loadBalancer.addressType == AddressType::Internet)
            facing << e.id;
    }
    if (facing.isEmpty())
        return;
    Entity users = makeEntity(EntityKind::Endpoint);
    users.endpoint.kind = EndpointKind::InternetUsers;
    users.name = Tr::tr("Internet users");
    const EntityId id = add(users, nullptr);
    for (EntityId lb : std::as_const(facing))
        addLink(id, lb);
}

void Importer::buildRegionNotes()
{
    auto regionOf = [&](Resource *r) -> EntityId {
        for (Resource *vpc : linkedOfType(*r, "vpc_id", QStringLiteral("alicloud_vpc")))
            return vpc->entity;
        return EntityId::None;
    };
    for (Resource *r : std::as_const(m_order)) {
        if (!r->managed)
            continue;
        const QString &t = r->type;
        if (t == QLatin1String("alicloud_nat_gateway")) {
            const EntityId region = regionOf(r);
            if (!isValid(region)) {
                r->reason = Tr::tr("its VPC is not in the input");
                continue;
            }
            r->understood = true;
            addNote(region,
                    Tr::tr("Outbound internet through NAT gateway %1 (%2).")
                            .arg(displayName(*r, "nat_gateway_name"), firstText(*r, "nat_type")));
        } else if (t == QLatin1String("alicloud_cen_transit_router_vpc_attachment")) {
            const EntityId region = regionOf(r);
            if (!isValid(region)) {
                r->reason = Tr::tr("its VPC is not in the input");
                continue;
            }
            r->understood = true;
            QString cen;
            for (Resource *c : linked(*r, "cen_id"))
                cen = displayName(*c, "cen_instance_name");
            addNote(region,
                    Tr::tr("Attached to CEN %1 through a transit router.")
                            .arg(cen.isEmpty() ? Tr::tr("(not in the input)") : cen));
        }
    }
    // Parts of NAT and CEN that need no entity: their gateway or instance says it all.
    for (const char *type :
         {"alicloud_eip_address", "alicloud_eip_association", "alicloud_snat_entry",
          "alicloud_cen_instance", "alicloud_cen_transit_router",
          "alicloud_cen_transit_router_peer_attachment", "alicloud_cen_transit_router_route_table",
          "alicloud_cen_transit_router_route_table_association",
          "alicloud_cen_transit_router_route_table_propagation", "alicloud_route_entry",
          "alicloud_ess_scaling_rule", "alicloud_ecs_launch_template",
          "alicloud_ess_scaling_configuration"})
        understood(QLatin1String(type));
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
        if (Entity *e = entity(it.key()))
            e->notes = it.value().join(QLatin1Char('\n'));
    }
}

void Importer::build()
{
    buildNetwork();
    buildSecurityGroups();
    buildInstances();
    buildScalingGroups();
    buildDisks();
    buildCaches();
    buildLoadBalancers();
    buildSecurityRules(); // after the components: link rules name them
    addInternetUsers();
    inferFromRules();
    inferFromZoneRules();
    inferFromWhitelists();
    buildRegionNotes();
}

Result Importer::takeResult()
{
    Result &result = m_result;
    result.ok = true;
    for (Resource *r : std::as_const(m_order)) {
        if (!r->managed)
            continue;
        ++result.resourceCount;
        if (r->understood)
            continue;
        QString reason = r->reason;
        if (reason.isEmpty())
            reason = r->type.startsWith(QLatin1String("alicloud_"))
                    ? Tr::tr("a resource type the import does not map")
                    : Tr::tr("not an aliyun/alicloud resource");
        result.notUnderstood << Skipped{r->address, r->type, reason};
    }
    // A value the design cannot hold (a CIDR that is none, a size out of range …) is replaced by
    // the default and said so, never written into a file the loader would refuse.
    for (Entity &e : m_entities) {
        const Entity defaults = makeEntity(e.kind);
        for (Property p : propertiesOf(e.kind)) {
            const QVariant value = propertyValue(e, p);
            const QString problem = validatePropertyValue(e.kind, p, value);
            if (problem.isEmpty())
                continue;
            setPropertyValue(e, p, propertyValue(defaults, p));
            const QString note = Tr::tr("%1: %2 The default is used.")
                                         .arg(QLatin1String(propertyInfo(p).key), problem);
            e.notes += (e.notes.isEmpty() ? QString() : QStringLiteral("\n")) + note;
            result.adjusted << QStringLiteral("%1, %2").arg(e.name, note);
        }
    }
    for (Entity &e : m_entities) {
        const QString problem = validateEntityValues(e, nullptr, Property::Name);
        if (problem.isEmpty())
            continue;
        ComputeData &c = e.compute; // a scaling group's sizes: max ≥ min, desired between
        c.maxSize = std::max(c.maxSize, c.minSize);
        c.desiredSize = std::clamp(c.desiredSize, c.minSize, c.maxSize);
        const QString note = Tr::tr("%1 Sizes used: %2 to %3, %4 desired.")
                                     .arg(problem)
                                     .arg(c.minSize)
                                     .arg(c.maxSize)
                                     .arg(c.desiredSize);
        e.notes += (e.notes.isEmpty() ? QString() : QStringLiteral("\n")) + note;
        result.adjusted << QStringLiteral("%1, %2").arg(e.name, note);
    }
    for (const Entity &e : std::as_const(m_entities))
        result.model.insert(e);
    // The export tags every resource with the design's title.
    for (Resource *r : std::as_const(m_order)) {
        if (const QString title = tag(*r, "design").trimmed(); r->managed && !title.isEmpty()) {
            DesignSettings settings = result.model.settings();
            settings.title = title;
            result.model.setSettings(settings);
            break;
        }
    }
    const QHash<EntityId, QRectF> layout = AutoLayout::compute(result.model);
    for (auto it = layout.cbegin(); it != layout.cend(); ++it)
        result.model.setProperty(it.key(), Property::Geometry, it.value());
    return result;
}

} // namespace

Result fromJson(const QByteArray &data)
{
    Result failed;
    if (const QString problem = JsonGuard::check(data, Limits::MaxFileBytes); !problem.isEmpty()) {
        failed.error = QStringLiteral("/: ") + problem;
        return failed;
    }
    json root;
    try {
        root = json::parse(data.constBegin(), data.constEnd());
    } catch (const json::parse_error &e) {
        failed.error = QStringLiteral("/: ")
                + Tr::tr("not valid JSON (byte %1): %2")
                          .arg(e.byte)
                          .arg(QString::fromUtf8(e.what()));
        return failed;
    }
    try {
        Importer importer(root);
        InputError error;
        if (!importer.read(&error)) {
            failed.error = error.path + QStringLiteral(": ") + error.message;
            return failed;
        }
        importer.build();
        return importer.takeResult();
    } catch (const std::exception &e) {
        failed.error = QStringLiteral("/: ") + QString::fromUtf8(e.what());
        return failed;
    }
}

Result fromFile(const QString &path)
{
    Result failed;
    QFile file(path);
    if (QFileInfo(path).size() > Limits::MaxFileBytes) {
        failed.error = Tr::tr("%1: larger than %2 MiB").arg(path).arg(Limits::MaxFileBytes >> 20);
        return failed;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        failed.error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return failed;
    }
    Result result = fromJson(file.readAll());
    if (!result.ok)
        result.error = path + QStringLiteral(": ") + result.error;
    return result;
}

} // namespace ecsplan::TerraformImport
