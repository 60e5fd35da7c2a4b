#include "hcltext_p.h"
#include "terraformbuilder.h"

#include "ecsplan_global.h"
#include "metrics/cataloginputs.h"
#include "metrics/costcontribution.h"
#include "metrics/formatting.h"
#include "metrics/metricscalculator.h"
#include "metrics/metricsresults.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <string_view>

namespace ecsplan::terraform {

using hcl::quoted;

void Builder::buildVersions()
{
    hcl::Body &terraform = topBlock(QStringLiteral("versions.tf"), QStringLiteral("terraform"), {});
    terraform.stringOf("required_version", {">= 1.5.0"});
    terraform.blankLine();
    hcl::Body &providers = terraform.block("required_providers");
    hcl::Body &alicloud = providers.object("alicloud");
    alicloud.stringOf("source", {"aliyun/alicloud"});
    const QString constraint = m_options.providerVersionConstraint.trimmed();
    alicloud.string("version", constraint.isEmpty() ? QStringLiteral("~> 1.280") : constraint);
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
        p.string("alias", r.ident);
        p.string("region", r.code);
    }
}

void Builder::buildBackend()
{
    const TerraformExporter::Backend &b = m_options.backend;
    if (!b.isEnabled())
        return;
    hcl::Body &terraform = topBlock(QStringLiteral("backend.tf"), QStringLiteral("terraform"), {});
    hcl::Body &oss = terraform.block("backend", {QStringLiteral("oss")});
    oss.string("bucket", b.bucket);
    if (!b.prefix.isEmpty())
        oss.string("prefix", b.prefix);
    if (!b.key.isEmpty())
        oss.string("key", b.key);
    if (!b.region.isEmpty())
        oss.string("region", b.region);
    if (!b.tablestoreEndpoint.isEmpty())
        oss.string("tablestore_endpoint", b.tablestoreEndpoint);
    if (!b.tablestoreTable.isEmpty())
        oss.string("tablestore_table", b.tablestoreTable);
    oss.boolean("encrypt", b.encrypt);
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
                         .left(20);
    // The variable's validation takes letters, digits and '-', starting with a letter.
    prefix = prefix.left(20);
    for (QChar &c : prefix) {
        const char16_t u = c.unicode();
        if (!((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')))
            c = QLatin1Char('-');
    }
    while (prefix.endsWith(QLatin1Char('-')))
        prefix.chop(1);
    if (prefix.isEmpty() || !prefix.at(0).isLetter())
        prefix = (QStringLiteral("ecs") + prefix).left(20);
    while (prefix.endsWith(QLatin1Char('-')))
        prefix.chop(1);

    hcl::Body &namePrefix = topBlock(file, "variable", {QStringLiteral("name_prefix")});
    namePrefix.stringOf("description", {"Prefix of every resource name."});
    namePrefix.attributeOf("type", {"string"});
    namePrefix.string("default", prefix);
    namePrefix.blankLine();
    hcl::Body &prefixCheck = namePrefix.block("validation");
    prefixCheck.attribute("condition",
                          QStringLiteral("can(regex(\"^[A-Za-z][A-Za-z0-9-]{0,19}$\", "
                                         "var.name_prefix))"));
    prefixCheck.string(
            "error_message",
            QStringLiteral("name_prefix: 1 to 20 letters, digits or '-', starting with a "
                           "letter (resource names must stay within 64 characters)."));
    addTfvarsExample(u"name_prefix", {}, quoted(prefix));

    hcl::Body &images = topBlock(file, "variable", {QStringLiteral("image_name_regexes")});
    images.string("description",
                  QStringLiteral("Regular expression per image of the design, anchored at the "
                                 "start of system image names; the newest match is used."));
    images.attributeOf("type", {"map(string)"});
    if (m_imagePatterns.isEmpty()) {
        images.attributeOf("default", {"{}"});
    } else {
        hcl::Body &defaults = images.object("default");
        // Anchored at the start, so "aliyun_3_x64" cannot pick "xaliyun_3_x64..." or an image
        // that merely contains the pattern.
        for (auto it = m_imagePatterns.cbegin(); it != m_imagePatterns.cend(); ++it)
            defaults.string(it.key(),
                            it.value().startsWith(QLatin1Char('^'))
                                    ? it.value()
                                    : QLatin1Char('^') + it.value());
    }

    hcl::Body &imageIds = topBlock(file, "variable", {QStringLiteral("image_ids")});
    imageIds.string("description",
                    QStringLiteral("Image id per image key, to pin an image; keys left out take "
                                   "the newest system image matching image_name_regexes. "
                                   "Running instances keep their image either way."));
    imageIds.attributeOf("type", {"map(string)"});
    imageIds.attributeOf("default", {"{}"});

    hcl::Body &keyPair = topBlock(file, "variable", {QStringLiteral("key_pair_name")});
    keyPair.string(
            "description",
            QStringLiteral(
                    "Existing ECS key pair for SSH logins; null leaves instances without one."));
    keyPair.attributeOf("type", {"string"});
    keyPair.attributeOf("default", {"null"});

    if (m_usesAdminCidr) {
        hcl::Body &admin = topBlock(file, "variable", {QStringLiteral("admin_cidr")});
        admin.string("description",
                     QStringLiteral("CIDR block allowed to reach SSH and RDP. The design opens "
                                    "them to the internet: narrow this."));
        admin.attributeOf("type", {"string"});
        admin.stringOf("default", {"0.0.0.0/0"});
    }
    if (m_needsCertificate) {
        hcl::Body &cert = topBlock(file, "variable", {QStringLiteral("alb_certificate_id")});
        cert.string(
                "description",
                QStringLiteral(
                        "Certificate Management Service certificate id for the HTTPS listeners."));
        cert.attributeOf("type", {"string"});
    }

    if (m_usesSubscription) {
        hcl::Body &renew = topBlock(file, "variable", {QStringLiteral("auto_renew")});
        renew.string("description",
                     QStringLiteral("Renew subscription instances and caches automatically when "
                                    "their period ends."));
        renew.attributeOf("type", {"bool"});
        renew.boolean("default", false);
        addTfvarsExample(u"auto_renew", {}, u"false");
        hcl::Body &period = topBlock(file, "variable", {QStringLiteral("auto_renew_period")});
        period.stringOf("description", {"Months of each automatic renewal (1, 2, 3, 6 or 12)."});
        period.attributeOf("type", {"number"});
        period.number("default", 1);
        period.blankLine();
        hcl::Body &check = period.block("validation");
        check.attributeOf("condition", {"contains([1, 2, 3, 6, 12], var.auto_renew_period)"});
        check.stringOf("error_message", {"auto_renew_period: 1, 2, 3, 6 or 12."});
        addTfvarsExample(u"auto_renew_period", {}, u"1");
    }
    if (!m_natRegions.isEmpty()) {
        hcl::Body &nat = topBlock(file, "variable", {QStringLiteral("nat_gateway")});
        nat.string("description",
                   QStringLiteral("Per region: create a NAT gateway with an EIP and SNAT for every "
                                  "vSwitch, so instances reach the internet outbound. On by "
                                  "default where the design sends traffic to the internet."));
        nat.attributeOf("type", {"map(bool)"});
        hcl::Body &defaults = nat.object("default");
        QStringList example;
        for (auto it = m_natRegions.cbegin(); it != m_natRegions.cend(); ++it) {
            const QString code = regionInfo(it.key())->code;
            defaults.boolean(quoted(code), it.value());
            example << QStringLiteral("%1 = %2").arg(
                    quoted(code), it.value() ? QStringLiteral("true") : QStringLiteral("false"));
        }
        addTfvarsExample(u"nat_gateway", {},
                         QStringLiteral("{ ") + example.join(QStringLiteral(", "))
                                 + QStringLiteral(" }"));
    }

    hcl::Body &tags = topBlock(file, "variable", {QStringLiteral("tags")});
    tags.stringOf("description", {"Extra tags for every taggable resource."});
    tags.attributeOf("type", {"map(string)"});
    tags.attributeOf("default", {"{}"});

    hcl::Body &locals = topBlock(file, "locals", {});
    hcl::Body &common
            = locals.object("common_tags", QStringLiteral("merge(var.tags, "), QStringLiteral(")"));
    common.string("design", m_model.settings().title.left(128));
    common.string("\"managed-by\"", QStringLiteral("ecs-planner"));
}

void Builder::buildOutputs()
{
    const QString file = QStringLiteral("outputs.tf");
    if (!m_regions.isEmpty()) {
        hcl::Body &vpcs = topBlock(file, "output", {QStringLiteral("vpc_ids")});
        vpcs.stringOf("description", {"VPC id per region."});
        hcl::Body &value = vpcs.object("value");
        for (const RegionInfo &r : std::as_const(m_regions))
            value.attribute(quoted(r.code), vpcRef(r));
    }
    if (!m_zones.isEmpty()) {
        hcl::Body &vsw = topBlock(file, "output", {QStringLiteral("vswitch_ids")});
        vsw.stringOf("description", {"vSwitch id per zone."});
        hcl::Body &value = vsw.object("value");
        for (const RegionInfo &r : std::as_const(m_regions)) {
            for (EntityId zoneId : r.zones)
                value.attribute(quoted(m_zones[zoneId].code), vswitchRef(m_zones[zoneId]));
        }
    }
    if (m_files.count(QStringLiteral("cen.tf"))) {
        hcl::Body &cen = topBlock(file, "output", {QStringLiteral("cen_id")});
        cen.stringOf("description", {"CEN instance id."});
        cen.attributeOf("value", {"alicloud_cen_instance.main.id"});
    }
    // The per-entity outputs in pieces (no arg(), no label lists); the file looked up once.
    hcl::Body *outputs = nullptr;
    const auto output = [&](hcl::Pieces label) -> hcl::Body & {
        if (!outputs)
            outputs = &this->file(file);
        if (!outputs->isEmpty())
            outputs->blankLine();
        return outputs->blockOf("output", label);
    };
    const QString description = QStringLiteral("description");
    const QString value = QStringLiteral("value");
    for (const Entity *eEntity : entities(EntityKind::InstanceGroup)) {
        const Entity &e = *eEntity;
        if (!m_zones.contains(zoneOf(e.id)) || e.compute.count < 1)
            continue;
        const QString id = ident(e.id);
        const QString name = displayNameOf(e);
        hcl::Body &out = output({id, "_instance_ids"});
        out.stringOf(description, {"Instance ids of ", name, "."});
        out.attributeOf(value, {"alicloud_instance.", id, "[*].id"}); // instanceIdsExpression()
        hcl::Body &ips = output({id, "_private_ips"});
        ips.stringOf(description, {"Private IP addresses of ", name, "."});
        ips.attributeOf(value, {"alicloud_instance.", id, "[*].private_ip"}); // privateIps...
    }
    for (const Entity *group : entities(EntityKind::ScalingGroup)) { // ascending id, as ids()
        if (!m_exportedScalingGroups.contains(group->id))
            continue;
        const QString id = ident(group->id);
        hcl::Body &out = output({id, "_scaling_group_id"});
        out.stringOf(description, {"Scaling group id of ", displayNameOf(*group), "."});
        out.attributeOf(value, {"alicloud_ess_scaling_group.", id, ".id"});
    }
    for (auto it = m_loadBalancerRefs.cbegin(); it != m_loadBalancerRefs.cend(); ++it) {
        const QString id = ident(it.key());
        const QString name = displayNameOf(*find(it.key()));
        hcl::Body &out = output({id, "_id"});
        out.stringOf(description, {"Load balancer id of ", name, "."});
        out.attribute(value, it.value());
        hcl::Body &addr = output({id, "_address"});
        addr.stringOf(description, {"DNS name or address clients use to reach ", name, "."});
        addr.attribute(value, m_loadBalancerAddresses.value(it.key()));
    }
    for (auto it = m_cacheRefs.cbegin(); it != m_cacheRefs.cend(); ++it) {
        hcl::Body &out = output({ident(it.key()), "_connection_domain"});
        out.stringOf(description,
                     {"Private connection address of ", displayNameOf(*find(it.key())),
                      " (port 6379)."});
        out.attributeOf(value, {it.value(), ".connection_domain"});
    }
}

void Builder::addTfvarsExample(QStringView id, QLatin1String what, QStringView value)
{
    addTfvarsExampleUtf8(id, what, value.toUtf8()); // a few per export: the common variables
}

void Builder::addTfvarsExampleUtf8(QStringView id, QLatin1String what, QByteArrayView value)
{
    std::string &bytes = m_tfvarsBytes;
    const size_t at = bytes.size();
    // Room made once and written byte for byte: every identifier is nearly always ASCII. An
    // identifier outside ASCII goes through QString's UTF-8 instead.
    size_t nameEnd = at + size_t(id.size()) + (what.isEmpty() ? 0 : 1 + size_t(what.size()));
    bytes.resize(nameEnd + size_t(value.size()));
    char *p = bytes.data() + at;
    if (hcl::detail::narrow(p, id.utf16(), id.size(), false)) {
        p += id.size();
    } else {
        m_tfvarsAscii = false;
        const QByteArray name = id.toUtf8();
        bytes.resize(at + size_t(name.size()) + (nameEnd - at - size_t(id.size()))
                     + size_t(value.size()));
        p = bytes.data() + at;
        std::memcpy(p, name.constData(), size_t(name.size()));
        p += name.size();
        nameEnd = at + size_t(name.size()) + (what.isEmpty() ? 0 : 1 + size_t(what.size()));
    }
    if (!what.isEmpty()) {
        *p++ = '_';
        std::memcpy(p, what.data(), size_t(what.size()));
        p += what.size();
    }
    if (!value.isEmpty())
        std::memcpy(p, value.data(), size_t(value.size()));
    quint64 head = 0;
    for (size_t i = 0; i < 8; ++i)
        head = (head << 8) | (at + i < nameEnd ? static_cast<unsigned char>(bytes[at + i]) : 0u);
    m_tfvarsExample.push_back({quint32(at), quint32(nameEnd - at), quint32(bytes.size() - nameEnd),
                               quint32(id.size() + (what.isEmpty() ? 0 : 1 + what.size())), head});
}

void Builder::buildTfvarsExample()
{
    if (m_tfvarsExample.empty())
        return;
    // By name (as a QMap<QString, QString> keeps them), a name declared twice with its last
    // value: sorted stably, the last of each run of equal names is the one declared last.
    // ASCII names sort by their bytes as by their UTF-16 units; other names are compared as
    // QStrings (UTF-16 order differs from UTF-8's above the surrogates).
    auto &vars = m_tfvarsExample;
    const std::string &bytes = m_tfvarsBytes;
    const auto nameOf = [&bytes](const TfvarsExample &v) {
        return std::string_view(bytes.data() + v.name, v.nameBytes);
    };
    if (m_tfvarsAscii) {
        // The first 8 bytes as one number decide nearly every comparison (names hold no zero
        // byte, so zero padding sorts a shorter name first, as the bytes do); equal heads
        // compare the rest.
        const auto tail = [&](const TfvarsExample &v) {
            return nameOf(v).substr(std::min<size_t>(8, v.nameBytes));
        };
        std::stable_sort(vars.begin(), vars.end(), [&](const auto &a, const auto &b) {
            return a.head != b.head ? a.head < b.head : tail(a) < tail(b);
        });
    } else {
        const auto text = [&](const TfvarsExample &v) {
            return QString::fromUtf8(bytes.data() + v.name, v.nameBytes);
        };
        std::stable_sort(vars.begin(), vars.end(),
                         [&](const auto &a, const auto &b) { return text(a) < text(b); });
    }
    size_t kept = 0;
    for (size_t i = 0; i < vars.size(); ++i) {
        if (i + 1 < vars.size() && nameOf(vars[i + 1]) == nameOf(vars[i]))
            continue;
        vars[kept++] = vars[i];
    }
    vars.resize(kept);
    static constexpr char head[]
            = "# Copy to terraform.tfvars and change what your environment needs. Every value\n"
              "# shown is the design's own default.\n\n";
    qsizetype width = 0;
    for (const TfvarsExample &v : vars)
        width = std::max(width, qsizetype(v.width));
    // The exact size, then every line written through one pointer.
    qsizetype size = qsizetype(sizeof head) - 1;
    for (const TfvarsExample &v : vars)
        size += 2 + qsizetype(v.nameBytes) + (width - qsizetype(v.width)) + 3
                + qsizetype(v.valueBytes) + 1;
    QByteArray out(size, Qt::Uninitialized);
    char *p = out.data();
    std::memcpy(p, head, sizeof head - 1);
    p += sizeof head - 1;
    for (const TfvarsExample &v : vars) {
        // Commented out: uncomment what you change, so defaults keep following the design.
        // The name padded to the longest one (in UTF-16 units, as QString::leftJustified).
        *p++ = '#';
        *p++ = ' ';
        std::memcpy(p, bytes.data() + v.name, v.nameBytes);
        p += v.nameBytes;
        std::memset(p, ' ', size_t(width - qsizetype(v.width)));
        p += width - qsizetype(v.width);
        std::memcpy(p, " = ", 3);
        p += 3;
        std::memcpy(p, bytes.data() + v.name + v.nameBytes, v.valueBytes);
        p += v.valueBytes;
        *p++ = '\n';
    }
    Q_ASSERT(p == out.data() + out.size());
    m_tfvarsText = out;
    m_tfvarsExample = {};
    m_tfvarsBytes = {};
}

void Builder::buildReadme(const ExportResult &result)
{
    const DesignSettings &settings = m_model.settings();
    QByteArray md = "# " + settings.title.toUtf8() + " — Terraform\n\n";
    md += "Generated by ECS Planner for the aliyun/alicloud provider. Change the design and export "
          "again rather than editing these files: a new export rewrites them and removes the ones "
          "it "
          "no longer needs (listed in `.ecsplan-export`).\n\n";
    md += "## What gets created\n\n";
    // Counted as the files rendered (run()): each top-level `resource` block starts a line
    // `resource "<type>" ...` of its file.
    QMap<QString, int> counts;
    for (const auto &[type, n] : m_resourceBlocks)
        counts[QString::fromUtf8(type.data(), qsizetype(type.size()))] += n;
    md += "| Resource type | Blocks |\n|---|---|\n";
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        md += "| `" + it.key().toUtf8() + "` | " + QByteArray::number(it.value()) + " |\n";
    md += "\n`count` multiplies some blocks (instance groups, their disks); the NAT gateways "
          "follow "
          "`var.nat_gateway`.\n\n";
    md += "## Monthly estimate\n\n";
    md += m_options.monthlyEstimate.isEmpty()
            ? QByteArray("Open the design in ECS Planner for the cost breakdown (not computed for "
                         "this export).\n\n")
            : m_options.monthlyEstimate.toUtf8() + "\n\n";
    md += "## Warnings\n\n";
    if (result.warnings.isEmpty())
        md += "None: every component and link of the design is in this configuration.\n\n";
    for (const QString &w : result.warnings)
        md += "- " + w.toUtf8() + '\n';
    if (!result.warnings.isEmpty())
        md += '\n';
    md += "## Next steps\n\n"
          "1. Set credentials: `export ALICLOUD_ACCESS_KEY=… ALICLOUD_SECRET_KEY=…` (or a CLI "
          "profile).\n"
          "2. Optionally copy `terraform.tfvars.example` to `terraform.tfvars` and adjust it.\n"
          "3. `terraform init`\n"
          "4. `terraform plan -out plan.tfplan`, read it, then `terraform apply plan.tfplan`.\n"
          "5. `terraform output` lists addresses, connection domains and ids.\n\n"
          "Scaling groups keep the capacity their rules set (`desired_capacity` is ignored after "
          "creation); instances keep their image until you pin a new one in `var.image_ids` and "
          "replace them (`terraform apply -replace=...`).\n";
    m_readme = md;
}

} // namespace ecsplan::terraform

namespace ecsplan {

QString TerraformExporter::estimateMarkdown(const Totals &totals)
{
    // The headline says what it leaves out, as every total does (metrics::total).
    const int unpriced = int(totals.missingPrices.size());
    QString md = Tr::tr("**%1 per month**%2, ECS Planner's estimate from its catalog (and the "
                        "design's price sheet, if it names one) at the design's billing models "
                        "and traffic (730 hours a month; taxes, discounts and the NAT gateway "
                        "left out).")
                         .arg(metrics::money(totals.monthly, totals.currency),
                              unpriced > 0 ? QLatin1Char(' ') + metrics::unpricedSuffix(unpriced)
                                           : QString());
    md += QStringLiteral("\n\n| %1 | %2 |\n|---|---:|\n")
                  .arg(Tr::tr("Category"), Tr::tr("Monthly"));
    for (auto it = totals.byCategory.cbegin(); it != totals.byCategory.cend(); ++it)
        md += QStringLiteral("| %1 | %2 |\n")
                      .arg(ecsplan::displayName(it.key()),
                           metrics::total(it.value(), totals.currency,
                                          totals.missingByCategory.value(it.key())));
    if (!totals.missingPrices.isEmpty())
        md += QStringLiteral("\n")
                + Tr::tr("Not priced (no catalog row): %1.")
                          .arg(totals.missingPrices.join(QStringLiteral(", ")));
    return md.trimmed();
}

QString TerraformExporter::monthlyEstimate(const Model &model, const Catalog &catalog)
{
    // The totals of the metrics engine's full recompute (MetricsEngine::flush) without the
    // engine: each costed entity's contribution from the same calculator, summed by the same
    // accumulator (integer sums, so the order does not matter), and nothing kept per entity.
    // The same figures the cost dock and `report` show, and the same text whichever front end
    // (ecsplan-cli export, File → Export) asks.
    const CatalogInputs inputs(&catalog);
    TotalsAccumulator accumulator(inputs.missingPrices());
    const MetricsCalculator calc(model, inputs, CurrencyContext::of(model.settings()));
    for (const Entity &e : model.entities()) {
        CostContribution c;
        switch (e.kind) {
        case EntityKind::Disk:
            calc.disk(e, &c, false);
            break;
        case EntityKind::InstanceGroup:
        case EntityKind::ScalingGroup:
            calc.compute(e, &c, false);
            break;
        case EntityKind::Link:
            calc.link(e, &c, false);
            break;
        case EntityKind::Cache:
            calc.cache(e, &c, false);
            break;
        case EntityKind::LoadBalancer:
            calc.loadBalancer(e, &c, false);
            break;
        default:
            continue;
        }
        accumulator.add(c);
    }
    PerQuotaGroup<double> freeGB;
    freeGB[QuotaGroup::Mainland] = inputs.freeQuotaGB(QuotaGroup::Mainland);
    freeGB[QuotaGroup::Outside] = inputs.freeQuotaGB(QuotaGroup::Outside);
    return estimateMarkdown(accumulator.totals(model.settings().currency, freeGB));
}

} // namespace ecsplan
