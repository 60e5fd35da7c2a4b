// Terraform export, resource by resource: what the design says becomes the arguments the
// provider needs (scaling groups, load balancers, security rules, caches, images, reachability,
// NAT, subscriptions, team variables), with the warnings where it cannot.

#include "catalog/catalog.h"
#include "export/terraform/hclwriter.h"
#include "export/terraform/terraformbuilder.h"
#include "export/terraform/terraformexporter.h"
#include "export/terraform/terraformnames.h"
#include "io/designfile.h"
#include "sampledesigns.h"
#include "terraformfixture.h"
#include "validation/deployability.h"
#include "variantdesigns.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ecsplan;
using namespace ecsplan::test::terraform;

class tst_TerraformResources : public QObject
{
    Q_OBJECT

private slots:
    void sparseIdsExportAsDense();
    void nlbScalingAttachment();
    void scalingSystemDisk_data();
    void scalingSystemDisk();
    void lbZoneMappings();
    void backendPortField_data();
    void backendPortField();
    void longNamesStayUnique();
    void securityRuleSources();
    void tairInstanceType_data();
    void tairInstanceType();
    void redisClassicVersionWarned();
    void albServerGroupsNoDrift();
    void clbOneMechanism();
    void imagesPinned();
    void scalingCapacityKept();
    void reachability();
    void cacheWhitelists();
    void natGateway();
    void subscriptionLifecycle();
    void teamVariables();
};

/** The builder finds entities through a table over dense ids, or a hash when the ids are
 *  sparse (a hand-edited file may use 4000000000): both give the same export. */
void tst_TerraformResources::sparseIdsExportAsDense()
{
    const Model dense = test::sampleDesign(QStringLiteral("kafka-local-nvme"));
    Model sparse = dense;
    Entity far;
    far.id = entityId(4000000000u);
    far.kind = EntityKind::Endpoint;
    far.name = QStringLiteral("far away");
    sparse.insert(far);
    const ExportResult a = exportOf(dense);
    const ExportResult b = exportOf(sparse);
    QVERIFY(a.files.contains(QStringLiteral("lb.tf")));
    QCOMPARE(b.files, a.files);
    QCOMPARE(b.warnings, a.warnings);
}

void tst_TerraformResources::nlbScalingAttachment()
{
    // Issue 10: the kafka sample wrote type = "nlb"; the provider takes ALB, NLB, GWLB only.
    const ExportResult r = exportOf(test::sampleDesign(QStringLiteral("kafka-local-nvme")));
    const QByteArray lb = r.files.value(QStringLiteral("lb.tf"));
    const QByteArray att = blockOf(lb, "resource \"alicloud_ess_server_group_attachment\"");
    QVERIFY(!att.isEmpty());
    QVERIFY(att.contains("type             = \"NLB\"\n"));
    // The design's backend port: clients connect on 443, the producers listen on 9092.
    QVERIFY(att.contains("port             = 9092\n"));
    QVERIFY(!lb.contains("\"nlb\""));
}

void tst_TerraformResources::scalingSystemDisk_data()
{
    // Launch templates take no cloud_auto or cloud_essd_entry system disk: the design is
    // refused (ECS025), its fix moves to an ESSD of the matching level, and that is what the
    // export then writes. The export never swaps the category itself.
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("level");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QByteArray>("expected"); // the launch template's system disk after the fix
    QTest::newRow("autopl") << QStringLiteral("cloud_auto") << QString() << true
                            << QByteArray("category             = \"cloud_essd\"\n"
                                          "    performance_level    = \"PL1\"\n");
    QTest::newRow("entry") << QStringLiteral("cloud_essd_entry") << QString() << true
                           << QByteArray("category             = \"cloud_essd\"\n"
                                         "    performance_level    = \"PL0\"\n");
    QTest::newRow("essd pl2") << QStringLiteral("cloud_essd") << QStringLiteral("PL2") << false
                              << QByteArray("category             = \"cloud_essd\"\n"
                                            "    performance_level    = \"PL2\"\n");
    QTest::newRow("ssd") << QStringLiteral("cloud_ssd") << QString() << false
                         << QByteArray("category             = \"cloud_ssd\"\n"
                                       "    size                 = ");
}

void tst_TerraformResources::scalingSystemDisk()
{
    QFETCH(QString, category);
    QFETCH(QString, level);
    QFETCH(bool, refused);
    QFETCH(QByteArray, expected);
    Hangzhou d;
    const EntityId asg = d.group(QStringLiteral("fleet"), d.h, EntityKind::ScalingGroup);
    d.b.edit(asg).compute.systemDiskCategory = category;
    d.b.m_scratch.compute.systemDiskLevel = level;
    d.b.m_scratch.compute.systemDiskGiB = 40;
    d.b.commit();
    const validation::Problems problems
            = validation::check(validation::Check::ScalingSystemDisk, d.b.model, Catalog::builtin(),
                                *d.b.model.find(asg));
    QCOMPARE(problems.size(), refused ? 1 : 0);

    // The draft keeps the design's category: nothing is altered silently.
    const ExportResult draft = exportOf(d.b.model);
    const QByteArray drawn = blockOf(draft.files.value(QStringLiteral("compute.tf")),
                                     "resource \"alicloud_ecs_launch_template\"");
    QVERIFY2(drawn.contains("category             = \"" + category.toUtf8() + "\"\n"),
             drawn.constData());
    QVERIFY(!allWarnings(draft).contains(QStringLiteral("system disk")));
    if (refused) {
        d.b.edit(asg).compute.systemDiskCategory = problems[0].suggested.toString();
        for (const auto &[field, value] : problems[0].alsoSuggested)
            QVERIFY(setPropertyValue(d.b.m_scratch, field, value));
        d.b.commit();
        QVERIFY(validation::checkEntity(d.b.model, Catalog::builtin(), *d.b.model.find(asg))
                        .isEmpty());
    }
    const QByteArray system = blockOf(exportOf(d.b.model).files.value(QStringLiteral("compute.tf")),
                                      "resource \"alicloud_ecs_launch_template\"");
    QVERIFY2(system.contains(expected), system.constData());
}

void tst_TerraformResources::lbZoneMappings()
{
    Hangzhou d;
    const EntityId a = d.group(QStringLiteral("a"), d.h);
    const EntityId c = d.group(QStringLiteral("c"), d.i);
    // No zones of its own: the backends' zones h and i.
    const EntityId alb = d.lb(QStringLiteral("alb"), LoadBalancerKind::Alb, 443);
    d.b.link(alb, a, 10);
    d.b.link(alb, c, 10);
    // Its own zones win.
    const EntityId nlb = d.lb(QStringLiteral("nlb"), LoadBalancerKind::Nlb, 80, {d.h, d.i});
    d.b.link(nlb, a, 10);
    const ExportResult r = exportOf(d.b.model);
    const QByteArray lb = r.files.value(QStringLiteral("lb.tf"));
    for (const QByteArray &header :
         {QByteArray("resource \"alicloud_alb_load_balancer\" \"alb\""),
          QByteArray("resource \"alicloud_nlb_load_balancer\" \"nlb\"")}) {
        const QByteArray block = blockOf(lb, header);
        QCOMPARE(block.count("zone_mappings {"), 2);
        QVERIFY(block.contains("zone_id    = alicloud_vswitch.cn_hangzhou_h.zone_id"));
        QVERIFY(block.contains("zone_id    = alicloud_vswitch.cn_hangzhou_i.zone_id"));
    }
    QVERIFY(!allWarnings(r).contains(QStringLiteral("at least two zones")));
}

void tst_TerraformResources::backendPortField_data()
{
    QTest::addColumn<LoadBalancerKind>("kind");
    QTest::addColumn<QList<QByteArray>>("expected"); // in lb.tf besides the security rule
    QTest::newRow("alb") << LoadBalancerKind::Alb
                         << QList<QByteArray>{"listener_port     = 443\n",
                                              "      port        = 8081\n", // fixed servers
                                              "    port                = 8081\n"}; // scaling
    QTest::newRow("nlb") << LoadBalancerKind::Nlb
                         << QList<QByteArray>{"listener_port     = 443\n",
                                              "  port             = 8081\n",
                                              "  port            = 8081\n"};
    QTest::newRow("clb") << LoadBalancerKind::Clb
                         << QList<QByteArray>{"frontend_port    = 443\n",
                                              "backend_port     = 8081\n"};
}

void tst_TerraformResources::backendPortField()
{
    // The design's backend port, not one derived from the listener, is where the listener
    // forwards, what the server groups attach and what the backends' security group opens.
    QFETCH(LoadBalancerKind, kind);
    QFETCH(QList<QByteArray>, expected);
    Hangzhou d;
    const EntityId fixed = d.group(QStringLiteral("fixed"), d.h);
    const EntityId fleet = d.group(QStringLiteral("fleet"), d.h, EntityKind::ScalingGroup);
    d.b.edit(fleet).zones = {d.h, d.i};
    d.b.commit();
    const EntityId lb = d.lb(QStringLiteral("front"), kind, 443, {d.h, d.i});
    d.b.edit(lb).loadBalancer.backendPort = 8081;
    d.b.commit();
    d.b.link(lb, fixed, 10);
    if (kind != LoadBalancerKind::Clb) // a CLB takes one mechanism (clbOneMechanism)
        d.b.link(lb, fleet, 10);
    const ExportResult r = exportOf(d.b.model);
    const QByteArray lbFile
            = r.files.value(QStringLiteral("lb.tf")) + r.files.value(QStringLiteral("compute.tf"));
    for (const QByteArray &line : expected)
        QVERIFY2(lbFile.contains(line), line.constData());
    QVERIFY2(!lbFile.contains("= 80\n"), lbFile.constData());
    const QByteArray sec = r.files.value(QStringLiteral("security.tf"));
    QVERIFY2(sec.contains("port_range        = \"8081/8081\""), sec.constData());
    QVERIFY(!sec.contains("\"443/443\""));
    QVERIFY(!sec.contains("\"80/80\""));
}

void tst_TerraformResources::longNamesStayUnique()
{
    Hangzhou d;
    const QString base = QStringLiteral("scaling group for the order processing pipeline ");
    d.group(base + QStringLiteral("one"), d.h, EntityKind::ScalingGroup);
    d.group(base + QStringLiteral("two"), d.h, EntityKind::ScalingGroup);
    d.group(QStringLiteral("same"), d.h);
    d.group(QStringLiteral("same"), d.i);
    const QByteArray compute = exportOf(d.b.model).files.value(QStringLiteral("compute.tf"));
    static const QRegularExpression names(QStringLiteral(
            "(?:scaling_group_name|instance_name) += \"\\$\\{var\\.name_prefix\\}-([^\"$]*)"));
    QStringList scaling, instances;
    for (const auto &m : names.globalMatch(QString::fromUtf8(compute))) {
        const QString slug = m.captured(1);
        QVERIFY2(slug.toUtf8().size() <= terraform::NameSlugBudget, qPrintable(slug));
        (m.captured(0).startsWith(QLatin1String("scaling")) ? scaling : instances) << slug;
    }
    QCOMPARE(scaling.size(), 2);
    QVERIFY(scaling.at(0) != scaling.at(1));
    QVERIFY(instances.contains(QStringLiteral("same-")));
    QCOMPARE(QSet<QString>(instances.cbegin(), instances.cend()).size(), instances.size());
}

void tst_TerraformResources::securityRuleSources()
{
    Hangzhou d;
    const EntityId sg = d.b.add(EntityKind::SecurityGroup, QStringLiteral("edge"), d.region);
    d.b.edit(sg).rules = {
            SecurityRule{
                    true, QStringLiteral("tcp"), 443, 443, QStringLiteral("::/0"), true, 1, {}},
            SecurityRule{true,
                         QStringLiteral("gre"),
                         -1,
                         -1,
                         QStringLiteral("10.8.0.0/16"),
                         true,
                         1,
                         {}},
            SecurityRule{
                    true, QStringLiteral("sctp"), 9, 9, QStringLiteral("10.0.0.0/8"), true, 1, {}},
            SecurityRule{true,
                         QStringLiteral("icmp"),
                         -1,
                         -1,
                         QStringLiteral("2001:db8::/32"),
                         true,
                         1,
                         {}}};
    d.b.commit();
    const ExportResult r = exportOf(d.b.model);
    const QByteArray sec = r.files.value(QStringLiteral("security.tf"));
    const QByteArray v6 = blockOf(sec, "resource \"alicloud_security_group_rule\" \"edge_in_1\"");
    QVERIFY(v6.contains("ipv6_cidr_ip      = \"::/0\""));
    QVERIFY(!v6.contains("cidr_ip           ="));
    QVERIFY(blockOf(sec, "resource \"alicloud_security_group_rule\" \"edge_in_2\"")
                    .contains("ip_protocol       = \"gre\""));
    // sctp: left out, never widened; the IPv6 icmp rule becomes icmpv6.
    const QByteArray third
            = blockOf(sec, "resource \"alicloud_security_group_rule\" \"edge_in_3\"");
    QVERIFY(third.contains("ip_protocol       = \"icmpv6\""));
    QVERIFY(third.contains("ipv6_cidr_ip      = \"2001:db8::/32\""));
    QVERIFY(!sec.contains("edge_in_4"));
    QVERIFY(!sec.contains("\"all\""));
    QVERIFY(allWarnings(r).contains(
            QStringLiteral("protocol the provider does not support were left out")));
}

void tst_TerraformResources::tairInstanceType_data()
{
    QTest::addColumn<QString>("instanceClass");
    QTest::addColumn<QString>("type");
    QTest::newRow("rdb") << QStringLiteral("tair.rdb.2g") << QStringLiteral("tair_rdb");
    QTest::newRow("scm") << QStringLiteral("tair.scm.standard.1m.4d") << QStringLiteral("tair_scm");
    QTest::newRow("essd") << QStringLiteral("tair.essd.standard.xlarge")
                          << QStringLiteral("tair_essd");
}

void tst_TerraformResources::tairInstanceType()
{
    QFETCH(QString, instanceClass);
    QFETCH(QString, type);
    QCOMPARE(terraform::tairInstanceType(instanceClass), type);
    Hangzhou d;
    const EntityId c = d.b.add(EntityKind::Cache, QStringLiteral("t"), d.h);
    d.b.edit(c).cache.engine = CacheEngine::Tair;
    d.b.m_scratch.cache.instanceClass = instanceClass;
    d.b.commit();
    QVERIFY(exportOf(d.b.model)
                    .files.value(QStringLiteral("cache.tf"))
                    .contains(QStringLiteral("= \"%1\"\n").arg(type).toUtf8()));
}

void tst_TerraformResources::redisClassicVersionWarned()
{
    Hangzhou d;
    const EntityId classic = d.b.add(EntityKind::Cache, QStringLiteral("classic"), d.h);
    d.b.edit(classic).cache.instanceClass = QStringLiteral("redis.master.large.default");
    d.b.m_scratch.cache.engineVersion = QStringLiteral("7.0");
    d.b.commit();
    const EntityId native = d.b.add(EntityKind::Cache, QStringLiteral("native"), d.h);
    d.b.edit(native).cache.instanceClass = QStringLiteral("redis.shard.small.2.ce");
    d.b.commit();
    const QStringList w = exportOf(d.b.model).warnings;
    QVERIFY(w.contains(QStringLiteral(
            "Redis 6.0 and 7.0 run only on cloud-native classes (redis.shard.*, redis.amber.*); "
            "classic redis.master.* and redis.logic.* classes take 4.0 or 5.0, so creating these "
            "caches fails until the class or version changes: classic.")));
}

void tst_TerraformResources::albServerGroupsNoDrift()
{
    Hangzhou d;
    const EntityId asg = d.group(QStringLiteral("fleet"), d.h, EntityKind::ScalingGroup);
    const EntityId fixed = d.group(QStringLiteral("fixed"), d.i);
    const EntityId alb = d.lb(QStringLiteral("front"), LoadBalancerKind::Alb, 443, {d.h, d.i});
    d.b.link(alb, asg, 10);
    d.b.link(alb, fixed, 10);
    const ExportResult r = exportOf(d.b.model);
    const QByteArray lb = r.files.value(QStringLiteral("lb.tf"));
    const QByteArray listed = blockOf(lb, "resource \"alicloud_alb_server_group\" \"front\"");
    const QByteArray fed = blockOf(lb, "resource \"alicloud_alb_server_group\" \"front_fleet\"");
    QVERIFY(listed.contains("dynamic \"servers\""));
    QVERIFY(!listed.contains("ignore_changes"));
    QVERIFY(fed.contains("ignore_changes = [servers]"));
    QVERIFY(!fed.contains("dynamic \"servers\""));
    QVERIFY(r.files.value(QStringLiteral("compute.tf"))
                    .contains("alb_server_group_id = alicloud_alb_server_group.front_fleet.id"));
    const QByteArray listener = blockOf(lb, "resource \"alicloud_alb_listener\"");
    QCOMPARE(listener.count("server_group_tuples {"), 2);
}

void tst_TerraformResources::clbOneMechanism()
{
    Hangzhou d;
    const EntityId asg = d.group(QStringLiteral("fleet"), d.h, EntityKind::ScalingGroup);
    const EntityId fixed = d.group(QStringLiteral("fixed"), d.h);
    const EntityId clb = d.lb(QStringLiteral("legacy"), LoadBalancerKind::Clb, 80);
    d.b.link(clb, asg, 10);
    d.b.link(clb, fixed, 10);
    const ExportResult r = exportOf(d.b.model);
    QVERIFY(!r.files.value(QStringLiteral("lb.tf")).contains("alicloud_slb_backend_server"));
    QVERIFY(r.files.value(QStringLiteral("compute.tf"))
                    .contains("loadbalancer_ids = [alicloud_slb_load_balancer.legacy.id]"));
    QVERIFY(allWarnings(r).contains(QStringLiteral("(use an ALB or NLB to mix them): fixed.")));

    Hangzhou only; // fixed instances alone use alicloud_slb_backend_server
    const EntityId f = only.group(QStringLiteral("fixed"), only.h);
    only.b.link(only.lb(QStringLiteral("legacy"), LoadBalancerKind::Clb, 80), f, 10);
    QVERIFY(exportOf(only.b.model)
                    .files.value(QStringLiteral("lb.tf"))
                    .contains("alicloud_slb_backend_server"));
}

void tst_TerraformResources::imagesPinned()
{
    Hangzhou d;
    d.group(QStringLiteral("web"), d.h);
    const EntityId asg = d.group(QStringLiteral("fleet"), d.h, EntityKind::ScalingGroup);
    d.b.edit(asg).compute.image = QStringLiteral("^ubuntu_22");
    d.b.commit();
    const ExportResult r = exportOf(d.b.model);
    const QByteArray vars = r.files.value(QStringLiteral("variables.tf"));
    QVERIFY(vars.contains("aliyun_3_x64 = \"^aliyun_3_x64\"")); // anchored
    QVERIFY(vars.contains("ubuntu_22    = \"^ubuntu_22\"")); // not anchored twice
    QVERIFY(vars.contains("variable \"image_ids\""));
    const QByteArray compute = r.files.value(QStringLiteral("compute.tf"));
    QVERIFY(compute.contains(
            "image_id                      = lookup(var.image_ids, \"aliyun_3_x64\", "));
    QCOMPARE(compute.count("ignore_changes = [image_id]"), 2); // the instance and the template
}

void tst_TerraformResources::scalingCapacityKept()
{
    Hangzhou d;
    const EntityId asg = d.group(QStringLiteral("fleet"), d.h, EntityKind::ScalingGroup);
    d.b.edit(asg).compute.minSize = 2;
    d.b.m_scratch.compute.desiredSize = 5;
    d.b.m_scratch.compute.maxSize = 9;
    d.b.commit();
    const ExportResult r = exportOf(d.b.model);
    const QByteArray group = blockOf(r.files.value(QStringLiteral("compute.tf")),
                                     "resource \"alicloud_ess_scaling_group\"");
    QVERIFY(group.contains("desired_capacity        = var.fleet_desired_capacity"));
    QVERIFY(group.contains("ignore_changes = [desired_capacity]"));
    const QByteArray vars = r.files.value(QStringLiteral("variables.tf"));
    QVERIFY(blockOf(vars, "variable \"fleet_desired_capacity\"").contains("default     = 5"));
    QVERIFY(blockOf(vars, "variable \"fleet_min_size\"").contains("default     = 2"));
    QVERIFY(blockOf(vars, "variable \"fleet_max_size\"").contains("default     = 9"));
    QVERIFY(r.files.value(QStringLiteral("compute.tf"))
                    .contains("scaling_rule_type = \"TargetTrackingScalingRule\""));
}

void tst_TerraformResources::reachability()
{
    // Every ALB sample forwards HTTPS 443 to port 80: the backends' group must open 80.
    const ExportResult media = exportOf(test::sampleDesign(QStringLiteral("media-company")));
    const QByteArray sec = media.files.value(QStringLiteral("security.tf"));
    const QByteArray rule
            = blockOf(sec, "resource \"alicloud_security_group_rule\" \"web_sg_link_1\"");
    QVERIFY2(rule.contains("port_range        = \"80/80\""), sec.constData());
    QVERIFY(rule.contains("cidr_ip           = \"10.2.0.0/16\""));
    // The kafka NLB forwards to its backend port 9092, which kafka_sg already opens to the
    // VPC: no rule for 443 (the listener port) is added.
    const QByteArray kafka = exportOf(test::sampleDesign(QStringLiteral("kafka-local-nvme")))
                                     .files.value(QStringLiteral("security.tf"));
    QVERIFY(!kafka.contains("kafka_sg_link_"));
    QVERIFY(!kafka.contains("\"443/443\""));

    Hangzhou d;
    const EntityId api = d.group(QStringLiteral("api"), d.h);
    const EntityId db = d.group(QStringLiteral("db"), d.i);
    d.b.edit(db).compute.role = QStringLiteral("db");
    d.b.commit();
    const EntityId office = d.b.add(EntityKind::Endpoint, QStringLiteral("Office"));
    d.b.edit(office).endpoint.kind = EndpointKind::OnPremises;
    d.b.commit();
    const EntityId users = d.b.add(EntityKind::Endpoint, QStringLiteral("Users"));
    d.b.link(api, db, 10);
    d.b.link(office, api, 10);
    d.b.link(users, api, 10);
    const ExportResult r = exportOf(d.b.model);
    const QByteArray rules = r.files.value(QStringLiteral("security.tf"));
    const QByteArray dbRule = blockOf(
            rules, "resource \"alicloud_security_group_rule\" \"cn_hangzhou_default_link_1\"");
    QVERIFY2(dbRule.contains("port_range        = \"3306/3306\""), rules.constData());
    QVERIFY(dbRule.contains("cidr_ip           = \"10.0.1.0/24\"")); // api's vSwitch
    const QString w = allWarnings(r);
    QVERIFY(w.contains(QStringLiteral(
            "VPN gateway or Express Connect, which the export does not create: Office → api.")));
    QVERIFY(w.contains(QStringLiteral(
            "public address; put an internet-facing load balancer in front: Users → api.")));
}

void tst_TerraformResources::cacheWhitelists()
{
    const QByteArray cache = exportOf(test::sampleDesign(QStringLiteral("three-zone-web")))
                                     .files.value(QStringLiteral("cache.tf"));
    QVERIFY2(cache.contains(
                     "security_ips      = [\"10.0.1.0/24\", \"10.0.2.0/24\", \"10.0.3.0/24\"]"),
             cache.constData());
    Hangzhou d;
    d.b.add(EntityKind::Cache, QStringLiteral("lonely"), d.h);
    QVERIFY(allWarnings(exportOf(d.b.model))
                    .contains(QStringLiteral("default whitelist (127.0.0.1)")));
}

void tst_TerraformResources::natGateway()
{
    Hangzhou d;
    const EntityId app = d.group(QStringLiteral("app"), d.h);
    ExportResult r = exportOf(d.b.model);
    QVERIFY(blockOf(r.files.value(QStringLiteral("variables.tf")), "variable \"nat_gateway\"")
                    .contains("\"cn-hangzhou\" = false"));
    const EntityId internet = d.b.add(EntityKind::Endpoint, QStringLiteral("APIs"));
    d.b.link(app, internet, 10); // outbound to the internet
    r = exportOf(d.b.model);
    QVERIFY(blockOf(r.files.value(QStringLiteral("variables.tf")), "variable \"nat_gateway\"")
                    .contains("\"cn-hangzhou\" = true"));
    const QByteArray nat = r.files.value(QStringLiteral("nat.tf"));
    QVERIFY(nat.contains("count                = var.nat_gateway[\"cn-hangzhou\"] ? 1 : 0"));
    QCOMPARE(nat.count("resource \"alicloud_snat_entry\""), 2); // one per vSwitch
}

void tst_TerraformResources::subscriptionLifecycle()
{
    Hangzhou d;
    const EntityId db = d.group(QStringLiteral("db"), d.h);
    d.b.edit(db).compute.billing = BillingModel::Subscription1Year;
    d.b.commit();
    const EntityId payg = d.group(QStringLiteral("payg"), d.h);
    Q_UNUSED(payg);
    const ExportResult r = exportOf(d.b.model);
    const QByteArray compute = r.files.value(QStringLiteral("compute.tf"));
    const QByteArray sub = blockOf(compute, "resource \"alicloud_instance\" \"db\"");
    QVERIFY(sub.contains("force_delete = true"));
    QVERIFY(sub.contains("renewal_status       = var.auto_renew ? \"AutoRenewal\" : \"Normal\""));
    QVERIFY(!blockOf(compute, "resource \"alicloud_instance\" \"payg\"").contains("force_delete"));
    QVERIFY(r.files.value(QStringLiteral("variables.tf"))
                    .contains("variable \"auto_renew_period\""));
}

void tst_TerraformResources::teamVariables()
{
    const ExportResult r = exportOf(test::sampleDesign(QStringLiteral("three-zone-web")));
    const QByteArray vars = r.files.value(QStringLiteral("variables.tf"));
    const QByteArray type = blockOf(vars, "variable \"orders_db_instance_type\"");
    QVERIFY(type.contains("default     = \"ecs.r8i.2xlarge\""));
    QVERIFY(type.contains("validation {"));
    QVERIFY(blockOf(vars, "variable \"name_prefix\"").contains("validation {"));
    QVERIFY(r.files.contains(QStringLiteral("terraform.tfvars.example")));
    QVERIFY(r.files.value(QStringLiteral("terraform.tfvars.example"))
                    .contains("# orders_db_count"));
    const QByteArray readme = r.files.value(QStringLiteral("README.md"));
    QVERIFY(readme.contains("## What gets created"));
    QVERIFY(readme.contains("terraform init"));
    // The table counts the lines that start with `resource "<type>"` in the .tf files.
    QMap<QByteArray, int> lines;
    for (auto it = r.files.cbegin(); it != r.files.cend(); ++it) {
        if (!it.key().endsWith(QLatin1String(".tf")))
            continue;
        for (const QByteArray &line : it.value().split('\n')) {
            if (line.startsWith("resource \""))
                ++lines[line.mid(10, line.indexOf('"', 10) - 10)];
        }
    }
    QVERIFY(lines.size() > 5);
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        QVERIFY2(readme.contains("| `" + it.key() + "` | " + QByteArray::number(it.value())
                                 + " |\n"),
                 it.key().constData());
    QCOMPARE(readme.count("| `"), lines.size());
    const QByteArray outputs = r.files.value(QStringLiteral("outputs.tf"));
    QVERIFY(outputs.contains("alicloud_alb_load_balancer.web_alb.dns_name"));
    QVERIFY(outputs.contains("alicloud_kvstore_instance.session_cache.connection_domain"));
    QVERIFY(outputs.contains("alicloud_instance.orders_db[*].private_ip"));
    QVERIFY(outputs.contains("output \"vswitch_ids\""));
    // Zone ids are written once, on the vSwitches.
    int literalZones = 0;
    for (auto it = r.files.cbegin(); it != r.files.cend(); ++it)
        literalZones += int(it.value().count("= \"cn-hangzhou-"));
    QCOMPARE(literalZones, 3);
    QVERIFY(r.files.value(QStringLiteral("compute.tf")).contains("role = \"db\""));
}

QTEST_GUILESS_MAIN(tst_TerraformResources)
#include "tst_terraformresources.moc"
