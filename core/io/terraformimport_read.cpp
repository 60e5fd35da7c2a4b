#include "terraformimport_p.h"

#include "ecsplan_global.h"
#include "io/jsonguard.h"
#include "model/limits.h"

#include <QRegularExpression>

namespace ecsplan::TerraformImport::detail {

namespace {

QString qstr(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

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

void collectStrings(const json &j, const char *key, bool under, QStringList *out, int depth)
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

namespace {

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

} // namespace ecsplan::TerraformImport::detail
