#include "terraformbuilder.h"

#include "ecsplan_global.h"

namespace ecsplan::terraform {

using hcl::quoted;

void Builder::buildVersions()
{
    hcl::Body &terraform = topBlock(QStringLiteral("versions.tf"), QStringLiteral("terraform"), {});
    terraform.string(QStringLiteral("required_version"), QStringLiteral(">= 1.5.0"));
    terraform.blankLine();
    hcl::Body &providers = terraform.block(QStringLiteral("required_providers"));
    hcl::Body &alicloud = providers.object(QStringLiteral("alicloud"));
    alicloud.string(QStringLiteral("source"), QStringLiteral("aliyun/alicloud"));
    const QString constraint = m_options.providerVersionConstraint.trimmed();
    alicloud.string(QStringLiteral("version"),
                    constraint.isEmpty() ? QStringLiteral("~> 1.280") : constraint);
}

void Builder::buildProviders()
{
    hcl::Body &file = this->file(QStringLiteral("providers.tf"));
    file.comment(QStringLiteral(
            "Credentials are never written here: the provider reads them from its profile or"));
    file.comment(
            QStringLiteral("the ALICLOUD_ACCESS_KEY / ALICLOUD_SECRET_KEY environment variables."));
    for (const RegionInfo &r : std::as_const(m_regions)) {
        hcl::Body &p = topBlock(QStringLiteral("providers.tf"), QStringLiteral("provider"),
                                {QStringLiteral("alicloud")});
        p.string(QStringLiteral("alias"), r.ident);
        p.string(QStringLiteral("region"), r.code);
    }
}

void Builder::buildBackend()
{
    const TerraformExporter::Backend &b = m_options.backend;
    if (!b.isEnabled())
        return;
    hcl::Body &terraform = topBlock(QStringLiteral("backend.tf"), QStringLiteral("terraform"), {});
    hcl::Body &oss = terraform.block(QStringLiteral("backend"), {QStringLiteral("oss")});
    oss.string(QStringLiteral("bucket"), b.bucket);
    if (!b.prefix.isEmpty())
        oss.string(QStringLiteral("prefix"), b.prefix);
    if (!b.key.isEmpty())
        oss.string(QStringLiteral("key"), b.key);
    if (!b.region.isEmpty())
        oss.string(QStringLiteral("region"), b.region);
    if (!b.tablestoreEndpoint.isEmpty())
        oss.string(QStringLiteral("tablestore_endpoint"), b.tablestoreEndpoint);
    if (!b.tablestoreTable.isEmpty())
        oss.string(QStringLiteral("tablestore_table"), b.tablestoreTable);
    oss.boolean(QStringLiteral("encrypt"), b.encrypt);
    if (b.tablestoreEndpoint.isEmpty() || b.tablestoreTable.isEmpty())
        warn(Tr::tr("The OSS backend has no Tablestore endpoint and table, so the state is not "
                    "locked"));
}

void Builder::buildVariables()
{
    const QString file = QStringLiteral("variables.tf");
    QString prefix = m_options.namePrefix.trimmed();
    if (prefix.isEmpty())
        prefix = sanitizeIdentifier(m_model.settings().title)
                         .replace(QLatin1Char('_'), QLatin1Char('-'))
                         .left(32);
    while (prefix.endsWith(QLatin1Char('-')))
        prefix.chop(1);
    if (prefix.isEmpty() || !prefix.at(0).isLetter())
        prefix.prepend(QStringLiteral("ecs"));

    hcl::Body &namePrefix
            = topBlock(file, QStringLiteral("variable"), {QStringLiteral("name_prefix")});
    namePrefix.string(QStringLiteral("description"),
                      QStringLiteral("Prefix of every resource name."));
    namePrefix.attribute(QStringLiteral("type"), QStringLiteral("string"));
    namePrefix.string(QStringLiteral("default"), prefix);

    hcl::Body &images
            = topBlock(file, QStringLiteral("variable"), {QStringLiteral("image_name_regexes")});
    images.string(QStringLiteral("description"),
                  QStringLiteral("Regular expression per image of the design, matched against "
                                 "system image names."));
    images.attribute(QStringLiteral("type"), QStringLiteral("map(string)"));
    if (m_imagePatterns.isEmpty()) {
        images.attribute(QStringLiteral("default"), QStringLiteral("{}"));
    } else {
        hcl::Body &defaults = images.object(QStringLiteral("default"));
        for (auto it = m_imagePatterns.cbegin(); it != m_imagePatterns.cend(); ++it)
            defaults.string(it.key(), it.value());
    }

    hcl::Body &keyPair
            = topBlock(file, QStringLiteral("variable"), {QStringLiteral("key_pair_name")});
    keyPair.string(
            QStringLiteral("description"),
            QStringLiteral(
                    "Existing ECS key pair for SSH logins; null leaves instances without one."));
    keyPair.attribute(QStringLiteral("type"), QStringLiteral("string"));
    keyPair.attribute(QStringLiteral("default"), QStringLiteral("null"));

    if (m_usesAdminCidr) {
        hcl::Body &admin
                = topBlock(file, QStringLiteral("variable"), {QStringLiteral("admin_cidr")});
        admin.string(QStringLiteral("description"),
                     QStringLiteral("CIDR block allowed to reach SSH and RDP. The design opens "
                                    "them to the internet: narrow this."));
        admin.attribute(QStringLiteral("type"), QStringLiteral("string"));
        admin.string(QStringLiteral("default"), QStringLiteral("0.0.0.0/0"));
    }
    if (m_needsCertificate) {
        hcl::Body &cert = topBlock(file, QStringLiteral("variable"),
                                   {QStringLiteral("alb_certificate_id")});
        cert.string(
                QStringLiteral("description"),
                QStringLiteral(
                        "Certificate Management Service certificate id for the HTTPS listeners."));
        cert.attribute(QStringLiteral("type"), QStringLiteral("string"));
    }

    hcl::Body &tags = topBlock(file, QStringLiteral("variable"), {QStringLiteral("tags")});
    tags.string(QStringLiteral("description"),
                QStringLiteral("Extra tags for every taggable resource."));
    tags.attribute(QStringLiteral("type"), QStringLiteral("map(string)"));
    tags.attribute(QStringLiteral("default"), QStringLiteral("{}"));

    hcl::Body &locals = topBlock(file, QStringLiteral("locals"), {});
    hcl::Body &common = locals.object(QStringLiteral("common_tags"),
                                      QStringLiteral("merge(var.tags, "), QStringLiteral(")"));
    common.string(QStringLiteral("design"), m_model.settings().title.left(128));
    common.string(QStringLiteral("\"managed-by\""), QStringLiteral("ecs-planner"));
}

void Builder::buildOutputs()
{
    const QString file = QStringLiteral("outputs.tf");
    if (!m_regions.isEmpty()) {
        hcl::Body &vpcs = topBlock(file, QStringLiteral("output"), {QStringLiteral("vpc_ids")});
        vpcs.string(QStringLiteral("description"), QStringLiteral("VPC id per region."));
        hcl::Body &value = vpcs.object(QStringLiteral("value"));
        for (const RegionInfo &r : std::as_const(m_regions))
            value.attribute(quoted(r.code), vpcRef(r));
    }
    for (EntityId id : m_model.ids(EntityKind::InstanceGroup)) {
        if (!m_zones.contains(m_model.zoneOf(id)))
            continue;
        const Entity &e = *m_model.find(id);
        hcl::Body &out = topBlock(file, QStringLiteral("output"),
                                  {ident(id) + QStringLiteral("_instance_ids")});
        out.string(QStringLiteral("description"),
                   QStringLiteral("Instance ids of %1.").arg(displayNameOf(e)));
        out.attribute(QStringLiteral("value"), instanceIdsExpression(e));
    }
    for (EntityId id : m_model.ids(EntityKind::ScalingGroup)) {
        if (!m_exportedScalingGroups.contains(id))
            continue;
        hcl::Body &out = topBlock(file, QStringLiteral("output"),
                                  {ident(id) + QStringLiteral("_scaling_group_id")});
        out.string(QStringLiteral("description"),
                   QStringLiteral("Scaling group id of %1.").arg(displayNameOf(*m_model.find(id))));
        out.attribute(QStringLiteral("value"),
                      QStringLiteral("alicloud_ess_scaling_group.%1.id").arg(ident(id)));
    }
    for (auto it = m_loadBalancerRefs.cbegin(); it != m_loadBalancerRefs.cend(); ++it) {
        hcl::Body &out = topBlock(file, QStringLiteral("output"),
                                  {ident(it.key()) + QStringLiteral("_id")});
        out.string(QStringLiteral("description"),
                   QStringLiteral("Load balancer id of %1.")
                           .arg(displayNameOf(*m_model.find(it.key()))));
        out.attribute(QStringLiteral("value"), it.value());
    }
}

} // namespace ecsplan::terraform
