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

#include <map>

namespace ecsplan::terraform {

struct RegionInfo
{
    EntityId id = EntityId::None;
    QString code; ///< "cn-hangzhou"
    QString ident; ///< identifier of its VPC, provider alias and CEN pieces
    Cidr vpc;
    EntityIds zones; ///< zones that export a vSwitch, ascending
    bool needsDefaultSecurityGroup = false;
};

struct ZoneInfo
{
    EntityId id = EntityId::None;
    EntityId region = EntityId::None;
    QString code; ///< "cn-hangzhou-h"
    QString ident;
    Cidr cidr;
};

/** Builds one export. Each build*() fills one file; see the matching terraform*.cpp. */
class Builder
{
public:
    Builder(const Model &model, const TerraformExporter::Options &options);
    ExportResult run();

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
    hcl::Body &topBlock(const QString &fileName, const QString &type, const QStringList &labels);
    QString ident(EntityId id) const { return m_idents.value(id); }
    const RegionInfo *regionInfo(EntityId regionId) const;
    const ZoneInfo *zoneInfo(EntityId zoneId) const;
    /** Region of an entity if it exports (its region has a code), else nullptr. */
    const RegionInfo *regionFor(EntityId id) const { return regionInfo(m_model.regionOf(id)); }
    QString providerRef(const RegionInfo &r) const { return QStringLiteral("alicloud.") + r.ident; }
    QString vpcRef(const RegionInfo &r) const
    {
        return QStringLiteral("alicloud_vpc.") + r.ident + QStringLiteral(".id");
    }
    QString vswitchRef(const ZoneInfo &z) const
    {
        return QStringLiteral("alicloud_vswitch.") + z.ident + QStringLiteral(".id");
    }
    /** `"${var.name_prefix}-<slug>"` with an optional `-${count.index + 1}` for counted resources.
     */
    QString nameExpression(const Entity &e, bool counted = false, const QString &suffix = {}) const;
    /** `merge(local.common_tags, { component = "<name>" })`. */
    QString tagsExpression(const Entity &e) const;
    /** Image lookup for a compute entity in region `r`: `data.alicloud_images.<x>.images[0].id`. */
    QString imageRef(const RegionInfo &r, const QString &pattern);
    /** Security group ids for a compute entity (its own, or the region's default). */
    QStringList securityGroupRefs(const Entity &e, const RegionInfo &r);
    /** Instance ids of an instance group: `alicloud_instance.x[*].id` or
     * `[alicloud_instance.x.id]`. */
    QString instanceIdsExpression(const Entity &group) const;
    /** Compute entities (instance and scaling groups) connected to a load balancer by links. */
    EntityIds backendsOf(EntityId lb) const;
    /** Adds `component` under `message` (warnings group components by message). */
    void warn(const QString &message, const QString &component = {});
    static QString displayNameOf(const Entity &e);

private:
    const Model &m_model;
    const TerraformExporter::Options &m_options;
    std::map<QString, hcl::Body> m_files;
    hcl::Body m_imageData; ///< data "alicloud_images" blocks, head of compute.tf
    QHash<EntityId, QString> m_idents;
    QList<RegionInfo> m_regions; ///< ascending region id
    QHash<EntityId, qsizetype> m_regionIndex;
    QHash<EntityId, ZoneInfo> m_zones;
    QList<QPair<QString, QStringList>> m_warnings;
    /// (region ident, pattern) -> data source identifier, in first-use order
    QList<QPair<QPair<QString, QString>, QString>> m_images;
    QMap<QString, QString> m_imagePatterns; ///< variable key -> default regex
    QSet<EntityId> m_exportedScalingGroups;
    QHash<EntityId, hcl::Body *> m_scalingGroupBodies; ///< to add load balancer attachments
    QMap<EntityId, QString> m_loadBalancerRefs; ///< exported load balancer -> its id expression
    bool m_needsCertificate = false;
    bool m_usesAdminCidr = false;
};

} // namespace ecsplan::terraform
