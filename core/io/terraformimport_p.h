#pragma once

// The Terraform import's reader and builder, shared by terraformimport*.cpp only.

#include "terraformimport.h"

#include <nlohmann/json.hpp>

#include <QHash>
#include <QMap>
#include <QSet>

#include <list>
#include <optional>

namespace ecsplan::TerraformImport::detail {

using json = nlohmann::json;

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

/** String leaves under `key`, at any depth. */
void collectStrings(const json &j, const char *key, bool under, QStringList *out, int depth = 0);

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

} // namespace ecsplan::TerraformImport::detail
