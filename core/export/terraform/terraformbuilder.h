#pragma once
// Internal to the Terraform exporter: the state shared by the per-file generators.

#include "hclwriter.h"
#include "terraformexporter.h"
#include "terraformnames.h"

#include "model/model.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringBuilder>

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ecsplan::terraform {

/// For the generators' concatenations (`L1("var.") % id`): one allocation for the whole text,
/// where QString::arg() would parse a template and format numbers through the locale.
using L1 = QLatin1String;

/** Size limits in GiB of a disk category and ESSD level (system disks at most 2048). */
/** GiB range of a disk of `category`/`level` (the system disk's when `system`): the catalog's
 *  limits, bounded for system disks by the model's system-disk range. */
QPair<int, int> diskSizeRange(const Catalog &catalog, const QString &category, const QString &level,
                              bool system);

QString tairInstanceType(const QString &instanceClass);
bool isClassicRedisClass(const QString &instanceClass);

struct RegionInfo
{
    EntityId id = EntityId::None;
    QString code; ///< "cn-hangzhou"
    QString ident; ///< identifier of its VPC, provider alias and CEN pieces
    QString provider; ///< `alicloud.<ident>`, made once for every resource of the region
    QString vpcId; ///< `alicloud_vpc.<ident>.id`
    Cidr vpc;
    QString vpcText; ///< vpc.toString(), once the network is planned
    EntityIds zones; ///< zones that export a vSwitch, ascending
    bool needsDefaultSecurityGroup = false;
};

struct ZoneInfo
{
    EntityId id = EntityId::None;
    EntityId region = EntityId::None;
    QString code; ///< "cn-hangzhou-h"
    QString ident;
    QString vswitchId; ///< `alicloud_vswitch.<ident>.id`, made once per zone
    QString zoneId; ///< `alicloud_vswitch.<ident>.zone_id`
    Cidr cidr;
    QString cidrText; ///< cidr.toString(), once the network is planned
};

/** Builds one export. Each build*() fills one file; see the matching terraform*.cpp. */
class Builder
{
public:
    Builder(const Model &model, const TerraformExporter::Options &options);
    /** The export; with a sink, each file goes to it as it is made and none is kept. */
    ExportResult run(ExportSink *sink = nullptr);

private:
    // terraformbuilder.cpp: identifiers, CIDR plan, helpers
    void assignIdentifiers();
    void planNetwork();
    // terraformfiles.cpp: versions, providers, backend, variables, outputs
    void buildVersions();
    void buildProviders();
    void buildBackend();
    void buildVariables();
    void buildOutputs();

    // terraformnetwork.cpp
    void buildNetwork();
    void buildSecurity();
    void buildDefaultSecurityGroups();
    void buildCen();
    void buildNat();
    /// Security-group rules and cache whitelists that let every link through; warnings for
    /// links the export cannot carry (terraformreach.cpp).
    void buildReachability();
    void buildReadme(const ExportResult &result);
    void buildTfvarsExample();

    // terraformcompute.cpp
    void buildCompute();
    void buildInstanceGroup(hcl::Body &file, const Entity &e);
    void buildScalingGroup(hcl::Body &file, const Entity &e);
    void buildStorage();
    void billing(hcl::Body &body, const Entity &e, bool scalingGroup);

    // terraformservices.cpp
    void buildCache();
    void buildLoadBalancers();
    void buildAlb(hcl::Body &file, const Entity &lb, const EntityIds &backends);
    void buildNlb(hcl::Body &file, const Entity &lb, const EntityIds &backends);
    void buildClb(hcl::Body &file, const Entity &lb, const EntityIds &backends);

public:
    // Helpers used by every generator.
    const Model &model() const { return m_model; }
    hcl::Body &file(const QString &name) { return m_files[name]; }
    /** A new top-level block in `fileName`, separated from the previous one by a blank line. */
    hcl::Body &topBlock(const QString &fileName, hcl::Name type,
                        std::initializer_list<QStringView> labels);
    /** topBlock() in a file's body already at hand (file()). */
    static hcl::Body &topBlock(hcl::Body &file, hcl::Name type,
                               std::initializer_list<QStringView> labels);
    const QString &ident(EntityId id) const
    {
        const quint32 s = slotOf(id);
        return s == NoSlot ? m_noIdent : m_idents[s];
    }
    /** Model::find for the exported model, through the export's own index. */
    const Entity *find(EntityId id) const
    {
        const quint32 s = slotOf(id);
        return s == NoSlot ? nullptr : m_all[s];
    }
    const RegionInfo *regionInfo(EntityId regionId) const;
    const ZoneInfo *zoneInfo(EntityId zoneId) const;
    /** Region of an entity if it exports (its region has a code), else nullptr. */
    const RegionInfo *regionFor(EntityId id) const { return regionInfo(regionOf(id)); }
    /** Every entity, ascending id; of one kind, ascending id (built once per export). */
    const std::vector<const Entity *> &entities() const { return m_all; }
    const std::vector<const Entity *> &entities(EntityKind kind) const
    {
        return m_byKind[size_t(kind)];
    }
    /** Model::zoneOf / regionOf, each entity's walk up its parents done once per export. */
    EntityId zoneOf(EntityId id) const { return placeOf(id).zone; }
    EntityId regionOf(EntityId id) const { return placeOf(id).region; }
    const QString &providerRef(const RegionInfo &r) const { return r.provider; }
    const QString &vpcRef(const RegionInfo &r) const { return r.vpcId; }
    const QString &vswitchRef(const ZoneInfo &z) const { return z.vswitchId; }
    /** Declares a group's variable `<ident>_<what>` in variables.tf with `value` (an HCL
     * expression) as default and `validation` as its condition on `var.<ident>_<what>` (empty:
     * none), and its example value; resources name it `var.<ident>_<what>`, given to
     * Body::attributeOf() in pieces. The texts are given in pieces, written straight out. */
    void groupVariable(const Entity &e, QLatin1String what, hcl::Pieces description,
                       QLatin1String type, hcl::Pieces value, hcl::Pieces validation,
                       hcl::Pieces errorMessage);
    /** The zone id of a zone, read from its vSwitch (zone ids are written once). */
    const QString &zoneRef(const ZoneInfo &z) const { return z.zoneId; }
    /** groupVariable() `<what>` (GiB) of a disk of `owner`, validated by diskSizeRange(). */
    void diskSizeVariable(const Entity &owner, QLatin1String what, const QString &category,
                          const QString &level, int value, bool system);
    /** groupVariable() `instance_type` of a compute entity. */
    void instanceTypeVariable(const Entity &e);
    /** `"${var.name_prefix}-<slug>"` with an optional `-${count.index + 1}` for counted resources.
     */
    QString nameExpression(const Entity &e, bool counted = false, const QString &suffix = {}) const;
    /** `merge(local.common_tags, { component = "<name>" })`. */
    QString tagsExpression(const Entity &e) const;
    /** Image lookup for a compute entity in region `r`: `data.alicloud_images.<x>.images[0].id`. */
    QString imageRef(const RegionInfo &r, const QString &pattern);
    /** Security group ids for a compute entity (its own, or the region's default). */
    QStringList securityGroupRefs(const Entity &e, const RegionInfo &r);
    /** Identifier of the security group that takes the generated rules of a compute entity:
     * its first own group in its region, else the region's default group. */
    QString ruleGroupFor(const Entity &e, const RegionInfo &r);
    /** Marks a load balancer's backend port (the port its backends must open). */
    void setBackendPort(EntityId lb, int port) { m_backendPorts.insert(lb, port); }
    /** A resource name part for `e` that fits NameSlugBudget and no other entity uses. */
    QString slugOf(const Entity &e) const;
    /** Instance private IPs of an instance group, as an expression. */
    QString privateIpsExpression(const Entity &group) const;
    /** Instance ids of an instance group: `alicloud_instance.x[*].id`. */
    QString instanceIdsExpression(const Entity &group) const;
    /** Compute entities (instance and scaling groups) connected to a load balancer by links. */
    EntityIds backendsOf(EntityId lb) const;
    /** Adds `component` under `message` (warnings group components by message). */
    void warn(const QString &message, const QString &component = {});
    static QString displayNameOf(const Entity &e);

private:
    struct Place
    {
        EntityId zone = EntityId::None;
        EntityId region = EntityId::None;
    };
    Place placeOf(EntityId id) const;
    static constexpr quint32 NoSlot = 0xffffffffu;
    /** The position of an entity in m_all (ascending id), NoSlot when the model has none. */
    quint32 slotOf(EntityId id) const
    {
        const quint32 n = toUInt(id);
        if (m_denseSlots)
            return n < m_slots.size() ? m_slots[n] : NoSlot;
        return m_sparseSlots.value(id, NoSlot);
    }

    const Model &m_model;
    const TerraformExporter::Options &m_options;
    std::vector<const Entity *> m_all; ///< ascending id
    std::array<std::vector<const Entity *>, EntityKindCount> m_byKind; ///< ascending id
    /// Ids are usually dense: then a table over 0..max id finds an entity's slot; sparse ids
    /// (a hand-edited file may use 4000000000) take a hash, so memory follows the design's size.
    bool m_denseSlots = true;
    std::vector<quint32> m_slots;
    QHash<EntityId, quint32> m_sparseSlots;
    mutable std::vector<Place> m_places; ///< by slot, filled as asked
    mutable std::vector<bool> m_placed; ///< by slot: m_places holds the entity's place
    std::map<QString, hcl::Body> m_files;
    hcl::Body m_imageData; ///< data "alicloud_images" blocks, head of compute.tf
    std::vector<QString> m_idents; ///< by slot
    const QString m_noIdent; ///< ident() of an id the model does not have
    QList<RegionInfo> m_regions; ///< ascending region id
    QHash<EntityId, qsizetype> m_regionIndex;
    QHash<EntityId, ZoneInfo> m_zones;
    QList<QPair<QString, QStringList>> m_warnings;
    /// (region ident, pattern) -> data source identifier, in first-use order
    QList<QPair<QPair<QString, QString>, QString>> m_images;
    QMap<QString, QString> m_imagePatterns; ///< variable key -> default regex
    QHash<QPair<EntityId, QString>, QString> m_imageRefs; ///< (region, pattern) -> imageRef()
    QSet<EntityId> m_exportedScalingGroups;
    QHash<EntityId, hcl::Body *> m_scalingGroupBodies; ///< to add load balancer attachments
    QMap<EntityId, QString> m_loadBalancerRefs; ///< exported load balancer -> its id expression
    bool m_needsCertificate = false;
    bool m_usesAdminCidr = false;
    bool m_usesSubscription = false; ///< renewal variables are needed
    std::vector<QString> m_slugs; ///< by slot
    QSet<QPair<EntityId, EntityId>> m_unservedBackends; ///< (load balancer, backend) left out
    QHash<EntityId, int> m_backendPorts; ///< load balancer -> port its backends listen on
    QMap<EntityId, QString> m_loadBalancerAddresses; ///< load balancer -> DNS name / address
    QMap<EntityId, QString> m_cacheRefs; ///< exported cache -> resource address
    QMap<EntityId, hcl::Body *> m_cacheBodies; ///< to add whitelists from clients
    /// per-group variables, rendered (hcl::appendVariableBlock()) after the common ones
    hcl::ByteBuffer m_variables;
    /** Declares `<id>_<what>` (`id` alone when `what` is empty) with its example value for
     *  terraform.tfvars.example. */
    void addTfvarsExample(QStringView id, QLatin1String what, QStringView value);
    /** addTfvarsExample() with the value as UTF-8 bytes. */
    void addTfvarsExampleUtf8(QStringView id, QLatin1String what, QByteArrayView value);
    /// A variable and its example value as declared: UTF-8 bytes in m_tfvarsBytes. Sorted by
    /// name, the last of a name kept, in buildTfvarsExample() (one sort of small records
    /// instead of a map insert, or a string pair, per group variable).
    struct TfvarsExample
    {
        quint32 name; ///< offset of the name's bytes
        quint32 nameBytes;
        quint32 valueBytes; ///< the value's bytes follow the name's
        quint32 width; ///< the name's UTF-16 units (the column it pads to)
        /// the name's first 8 bytes, big-endian, zero-padded: compares as the bytes do
        quint64 head;
    };
    std::vector<TfvarsExample> m_tfvarsExample;
    std::string m_tfvarsBytes;
    bool m_tfvarsAscii = true; ///< every name is ASCII: bytes sort as QString's UTF-16 does
    /// A disk's category and level by where the model stores them (the model does not change
    /// during an export; the same text stored twice only misses), and whether it is a system
    /// disk: diskSizeVariable()'s catalog lookup made once per kind of disk.
    struct DiskRangeKey
    {
        const QChar *category = nullptr;
        qsizetype categorySize = 0;
        const QChar *level = nullptr;
        qsizetype levelSize = 0;
        bool system = false;
        friend bool operator==(const DiskRangeKey &, const DiskRangeKey &) = default;
        friend size_t qHash(const DiskRangeKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.category, k.categorySize, k.level, k.levelSize, k.system);
        }
    };
    QHash<DiskRangeKey, QPair<int, int>> m_diskRanges;
    QMap<EntityId, bool> m_natRegions; ///< exported region -> NAT gateway on by default
    QByteArray m_tfvarsText;
    /// resource type -> its `resource` blocks in the .tf files, counted as they render
    std::map<std::string, int, std::less<>> m_resourceBlocks;
    QByteArray m_readme;
    /// Writing to a sink: what a file has rendered, handed over when full (RenderBufferBytes).
    QByteArray m_buffer;
    ExportSink *m_sink = nullptr; ///< where files go as they are made; null: into m_result
    ExportResult m_result;
    QByteArray m_header; ///< the comment every .tf file starts with
    std::string_view m_lastType; ///< the resource type last counted (a key of m_resourceBlocks)
    int *m_lastCount = nullptr; ///< its count
    /** Renders `name` (its resource blocks counted for the README) into the sink or m_result
     *  and frees its tree; nothing when it is empty or was emitted already. Only for a file
     *  nothing adds to any more. */
    void emitFile(const QString &name);
    /** Hands `name` whole to the sink, or keeps it in `result` when there is none. */
    void output(ExportSink *sink, ExportResult &result, const QString &name,
                const QByteArray &bytes);
};

} // namespace ecsplan::terraform
