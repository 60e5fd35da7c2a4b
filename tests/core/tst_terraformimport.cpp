// The Terraform JSON import (core/io/terraformimport, docs/import.md) on hand-written input in
// the documented `terraform show -json` format: a state with nested child modules and resources
// it does not understand (listed, the import goes on), a plan given only as resource_changes
// whose references come from the configuration, and malformed input (a located error, no
// design). The round trip of the samples' exports is tests/scripts/tf_import.cmake.

#include "io/designfile.h"
#include "io/terraformimport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ecsplan;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(ECSPLAN_TEST_DATA "/terraform-import/") + name;
}

const Entity *named(const Model &model, EntityKind kind, const QString &name)
{
    return model.findByName(kind, name);
}

/** "from -> to" of every link, by name, sorted. */
QStringList links(const Model &model)
{
    QStringList out;
    for (EntityId id : model.ids(EntityKind::Link)) {
        const Entity &l = *model.find(id);
        out << model.find(l.link.from)->name + QStringLiteral(" -> ") + model.find(l.link.to)->name;
    }
    out.sort();
    return out;
}

} // namespace

class tst_TerraformImport : public QObject
{
    Q_OBJECT

private slots:
    void stateWithChildModules();
    void planFromResourceChangesAndConfiguration();
    void scalingConfigurationAlbAndTairReplicas();
    void linkFromARuleAdmittingOneVSwitch();
    void valuesADesignCannotHoldAreReplacedAndSaid();
    void laidOutInsideContainers();
    void savedAndLoadedWithInferredLinks();
    void malformed_data();
    void malformed();
    void missingFile();
};

void tst_TerraformImport::stateWithChildModules()
{
    const TerraformImport::Result r = TerraformImport::fromFile(fixture("state-with-modules.json"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.resourceCount, 16);
    QCOMPARE(r.notUnderstood.size(), 2);
    QCOMPARE(r.notUnderstood[0].address, QStringLiteral("random_id.suffix"));
    QCOMPARE(r.notUnderstood[0].type, QStringLiteral("random_id"));
    QCOMPARE(r.notUnderstood[0].reason, QStringLiteral("not an aliyun/alicloud resource"));
    QCOMPARE(r.notUnderstood[1].address, QStringLiteral("module.app.alicloud_oss_bucket.logs"));
    QCOMPARE(r.notUnderstood[1].reason, QStringLiteral("a resource type the import does not map"));

    const Model &m = r.model;
    QCOMPARE(m.ids(EntityKind::Region).size(), 1);
    const Entity *region = named(m, EntityKind::Region, QStringLiteral("prod"));
    QVERIFY(region);
    QCOMPARE(region->code, QStringLiteral("cn-shanghai")); // from its vSwitches' zone ids
    QCOMPARE(region->cidr, QStringLiteral("172.16.0.0/12"));
    QCOMPARE(region->notes,
             QStringLiteral("Outbound internet through NAT gateway prod-nat (Enhanced)."));
    const Entity *zoneE = named(m, EntityKind::Zone, QStringLiteral("prod-e"));
    const Entity *zoneF = named(m, EntityKind::Zone, QStringLiteral("prod-f"));
    QVERIFY(zoneE && zoneF);
    QCOMPARE(zoneE->code, QStringLiteral("cn-shanghai-e"));
    QCOMPARE(zoneE->cidr, QStringLiteral("172.16.1.0/24"));
    QCOMPARE(zoneE->parent, region->id);
    QCOMPARE(zoneF->code, QStringLiteral("cn-shanghai-f"));

    const Entity *sg = named(m, EntityKind::SecurityGroup, QStringLiteral("web"));
    QVERIFY(sg);
    QCOMPARE(sg->notes, QStringLiteral("web tier"));
    QCOMPARE(sg->parent, region->id);
    SecurityRule http;
    http.protocol = QStringLiteral("tcp");
    http.portFrom = http.portTo = 80;
    http.cidr = QStringLiteral("0.0.0.0/0");
    QCOMPARE(sg->rules, SecurityRules{http});

    const Entity *web = named(m, EntityKind::InstanceGroup, QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(web->parent, zoneE->id);
    QCOMPARE(web->compute.count, 2); // web[0], web[1]
    QCOMPARE(web->compute.instanceType, QStringLiteral("ecs.g7.large"));
    QCOMPARE(web->compute.billing, BillingModel::Preemptible);
    QCOMPARE(web->compute.image, QStringLiteral("aliyun_3_x64_20G_alibase_20240819.vhd"));
    QCOMPARE(web->compute.systemDiskCategory, QStringLiteral("cloud_essd"));
    QCOMPARE(web->compute.systemDiskLevel, QStringLiteral("PL0"));
    QCOMPARE(web->compute.systemDiskGiB, 40);
    QCOMPARE(web->compute.securityGroups, EntityIds{sg->id});

    const Entity *db = named(m, EntityKind::InstanceGroup, QStringLiteral("db"));
    QVERIFY(db);
    QCOMPARE(db->parent, zoneF->id);
    QCOMPARE(db->compute.count, 1);
    QCOMPARE(db->compute.billing, BillingModel::Subscription1Year);
    QCOMPARE(db->compute.systemDiskLevel, QStringLiteral("PL1")); // ESSD without a level: PL1
    QCOMPARE(db->compute.systemDiskGiB, 100);

    const Entity *disk = named(m, EntityKind::Disk, QStringLiteral("db-data"));
    QVERIFY(disk);
    QCOMPARE(disk->parent, zoneF->id);
    QCOMPARE(disk->disk.attachedTo, db->id);
    QCOMPARE(disk->disk.category, QStringLiteral("cloud_auto"));
    QCOMPARE(disk->disk.level, QString());
    QCOMPARE(disk->disk.sizeGiB, 500);
    QCOMPARE(disk->disk.provisionedIops, 10000);
    QCOMPARE(disk->disk.burstingEnabled, true);
    QCOMPARE(disk->disk.encrypted, false);
    QCOMPARE(disk->disk.deleteWithInstance, true);

    const Entity *cache = named(m, EntityKind::Cache, QStringLiteral("sessions"));
    QVERIFY(cache);
    QCOMPARE(cache->parent, zoneF->id);
    QCOMPARE(cache->cache.engine, CacheEngine::Redis);
    QCOMPARE(cache->cache.instanceClass, QStringLiteral("redis.master.small.default"));
    QCOMPARE(cache->cache.engineVersion, QStringLiteral("5.0"));
    QCOMPARE(cache->cache.billing, BillingModel::Subscription3Year);

    const Entity *lb = named(m, EntityKind::LoadBalancer, QStringLiteral("front"));
    QVERIFY(lb);
    QCOMPARE(lb->parent, region->id);
    QCOMPARE(lb->loadBalancer.kind, LoadBalancerKind::Clb);
    QCOMPARE(lb->loadBalancer.addressType, AddressType::Internet);
    QCOMPARE(lb->zones, (EntityIds{zoneE->id, zoneF->id}));
    QCOMPARE(lb->loadBalancer.listenerPort, 80);
    QCOMPARE(lb->loadBalancer.backendPort, 8080);

    // Backend servers, the internet-facing CLB, the whitelist naming web's vSwitch block (db's
    // block is not listed: no link).
    QCOMPARE(links(m),
             (QStringList{QStringLiteral("Internet users -> front"), QStringLiteral("front -> web"),
                          QStringLiteral("web -> sessions")}));
    QCOMPARE(r.inferredLinks, 3);
    for (EntityId id : m.ids(EntityKind::Link)) {
        const LinkData &l = m.find(id)->link;
        QCOMPARE(l.inferred, true);
        QCOMPARE(l.gbPerMonth, 0.0);
        QCOMPARE(l.requestsPerSecond, 0.0);
    }
    for (EntityId id : m.ids())
        QVERIFY2(m.checkEntity(*m.find(id)).isEmpty(), qPrintable(m.checkEntity(*m.find(id))));
}

void tst_TerraformImport::planFromResourceChangesAndConfiguration()
{
    const TerraformImport::Result r
            = TerraformImport::fromFile(fixture("plan-resource-changes.json"));
    QVERIFY2(r.ok, qPrintable(r.error));
    // The deleted instance is not part of what the plan leaves.
    QCOMPARE(r.resourceCount, 4);
    QCOMPARE(r.notUnderstood.size(), 1);
    QCOMPARE(r.notUnderstood[0].address, QStringLiteral("aws_s3_bucket.x"));
    const Model &m = r.model;
    QCOMPARE(m.size(), 3);
    const Entity *region = named(m, EntityKind::Region, QStringLiteral("dev"));
    const Entity *zone = named(m, EntityKind::Zone, QStringLiteral("dev-a"));
    const Entity *app = named(m, EntityKind::InstanceGroup, QStringLiteral("app"));
    QVERIFY(region && zone && app);
    QCOMPARE(region->code, QStringLiteral("ap-southeast-1")); // "ap-southeast-1a" less its letter
    // vpc_id and vswitch_id are unknown until apply: the configuration's references place them.
    QCOMPARE(zone->parent, region->id);
    QCOMPARE(app->parent, zone->id);
    QCOMPARE(app->compute.instanceType, QStringLiteral("ecs.c7.large"));
    QCOMPARE(app->compute.systemDiskCategory, QStringLiteral("cloud_efficiency"));
    QCOMPARE(app->compute.systemDiskLevel, QString());
    QCOMPARE(app->compute.systemDiskGiB, 60);
    QCOMPARE(app->compute.billing, BillingModel::PayAsYouGo);
}

void tst_TerraformImport::scalingConfigurationAlbAndTairReplicas()
{
    const TerraformImport::Result r
            = TerraformImport::fromFile(fixture("state-scaling-alb-tair.json"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.resourceCount, 12);
    QCOMPARE(r.notUnderstood.size(), 1);
    QCOMPARE(r.notUnderstood[0].address,
             QStringLiteral("alicloud_security_group_rule.ssh_from_bastion"));
    QCOMPARE(r.notUnderstood[0].reason,
             QStringLiteral("rules from another security group or a prefix list have no "
                            "equivalent in a design"));
    const Model &m = r.model;
    const Entity *region = named(m, EntityKind::Region, QStringLiteral("Edge"));
    const Entity *h = named(m, EntityKind::Zone, QStringLiteral("H"));
    const Entity *i = named(m, EntityKind::Zone, QStringLiteral("I"));
    const Entity *sg = named(m, EntityKind::SecurityGroup, QStringLiteral("app-sg"));
    QVERIFY(region && h && i && sg);
    QVERIFY(sg->rules.isEmpty());

    // The scaling group takes its launch settings from the scaling configuration naming it.
    const Entity *app = named(m, EntityKind::ScalingGroup, QStringLiteral("app"));
    QVERIFY(app);
    QCOMPARE(app->parent, region->id);
    QCOMPARE(app->zones, (EntityIds{h->id, i->id}));
    QCOMPARE(app->compute.minSize, 2);
    QCOMPARE(app->compute.maxSize, 6);
    QCOMPARE(app->compute.desiredSize, 4);
    QCOMPARE(app->compute.instanceType, QStringLiteral("ecs.c7.xlarge"));
    QCOMPARE(app->compute.billing, BillingModel::Preemptible);
    QCOMPARE(app->compute.image, QStringLiteral("ubuntu_22_04_x64_20G_alibase_20240926.vhd"));
    QCOMPARE(app->compute.systemDiskLevel, QStringLiteral("PL0"));
    QCOMPARE(app->compute.systemDiskGiB, 60);
    QCOMPARE(app->compute.securityGroups, EntityIds{sg->id});
    QCOMPARE(app->compute.role, QStringLiteral("api"));
    QCOMPARE(app->compute.tags,
             (QStringList{QStringLiteral("production"), QStringLiteral("stateless")}));
    const Entity *data = named(m, EntityKind::Disk, QStringLiteral("app-data"));
    QVERIFY(data);
    QCOMPARE(data->disk.attachedTo, app->id);
    QCOMPARE(data->parent, h->id);
    QCOMPARE(data->disk.level, QStringLiteral("PL1"));
    QCOMPARE(data->disk.sizeGiB, 200);
    QCOMPARE(data->disk.encrypted, true);

    const Entity *alb = named(m, EntityKind::LoadBalancer, QStringLiteral("edge-alb"));
    QVERIFY(alb);
    QCOMPARE(alb->loadBalancer.kind, LoadBalancerKind::Alb);
    QCOMPARE(alb->loadBalancer.addressType, AddressType::Intranet);
    QCOMPARE(alb->loadBalancer.edition, QStringLiteral("Basic"));
    QCOMPARE(alb->zones, (EntityIds{h->id, i->id}));
    QCOMPARE(alb->loadBalancer.listenerPort, 80);
    QCOMPARE(alb->loadBalancer.backendPort, 8080); // the scaling group's alb_server_group port

    // read_only_count in the primary's zone, slave_read_only_count in the secondary zone.
    const Entity *hot = named(m, EntityKind::Cache, QStringLiteral("hot"));
    const Entity *r1 = named(m, EntityKind::Cache, QStringLiteral("hot replica 1"));
    const Entity *r2 = named(m, EntityKind::Cache, QStringLiteral("hot replica 2"));
    QVERIFY(hot && r1 && r2);
    QCOMPARE(hot->cache.engine, CacheEngine::Tair);
    QCOMPARE(hot->cache.instanceClass, QStringLiteral("tair.rdb.2g"));
    QCOMPARE(hot->cache.engineVersion, QStringLiteral("7.0"));
    QCOMPARE(hot->cache.billing, BillingModel::PayAsYouGo);
    QCOMPARE(hot->parent, h->id);
    QCOMPARE(r1->cache.readReplicaOf, hot->id);
    QCOMPARE(r1->parent, h->id);
    QCOMPARE(r2->cache.readReplicaOf, hot->id);
    QCOMPARE(r2->parent, i->id);

    // An intranet ALB: no internet users.
    QCOMPARE(links(m),
             (QStringList{QStringLiteral("app -> hot"), QStringLiteral("edge-alb -> app")}));
    QCOMPARE(m.ids(EntityKind::Endpoint).size(), 0);
}

void tst_TerraformImport::linkFromARuleAdmittingOneVSwitch()
{
    // db-sg admits 3306 from zone za's block only: app (in za) is db's client; other (in zb)
    // is not, and the rule stays a rule of the group.
    const TerraformImport::Result r = TerraformImport::fromFile(fixture("state-zone-rule.json"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.notUnderstood.isEmpty());
    QCOMPARE(links(r.model), QStringList{QStringLiteral("app -> db")});
    const Entity *sg = r.model.findByName(EntityKind::SecurityGroup, QStringLiteral("db-sg"));
    QVERIFY(sg);
    QCOMPARE(sg->rules.size(), 1);
    QCOMPARE(sg->rules.first().cidr, QStringLiteral("10.1.1.0/24"));
    QCOMPARE(sg->rules.first().portFrom, 3306);
}

void tst_TerraformImport::valuesADesignCannotHoldAreReplacedAndSaid()
{
    const QByteArray json = R"({"values": {"root_module": {"resources": [
        {"mode": "managed", "type": "alicloud_vpc", "name": "v",
         "values": {"id": "v", "vpc_name": "net", "cidr_block": "10.0.0.0/33"}},
        {"mode": "managed", "type": "alicloud_vswitch", "name": "s",
         "values": {"id": "s", "vpc_id": "v", "zone_id": "cn-beijing-h", "cidr_block": "10.0.1.0/24",
                    "vswitch_name": "h"}},
        {"mode": "managed", "type": "alicloud_ess_scaling_group", "name": "g",
         "values": {"id": "g", "scaling_group_name": "workers", "vswitch_ids": ["s"],
                    "min_size": 5, "max_size": 2, "desired_capacity": 9}}]}}})";
    const TerraformImport::Result r = TerraformImport::fromJson(json);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QString cidrNote = QStringLiteral(
            "cidr: \"10.0.0.0/33\" is not an IPv4 CIDR block such as 10.0.0.0/16. The default is "
            "used.");
    const QString sizeNote = QStringLiteral(
            "The minimum size (5) must not exceed the maximum size (2). Sizes used: 5 to 5, 5 "
            "desired.");
    QCOMPARE(r.adjusted,
             (QStringList{QStringLiteral("net, ") + cidrNote,
                          QStringLiteral("workers, ") + sizeNote}));
    const Entity *net = r.model.findByName(EntityKind::Region, QStringLiteral("net"));
    const Entity *workers = r.model.findByName(EntityKind::ScalingGroup, QStringLiteral("workers"));
    QVERIFY(net && workers);
    QCOMPARE(net->cidr, makeEntity(EntityKind::Region).cidr);
    QCOMPARE(net->notes, cidrNote);
    QCOMPARE(workers->notes,
             QStringLiteral("No launch template or scaling configuration was in the input: "
                            "instance type and disks are defaults.\n")
                     + sizeNote);
    QCOMPARE(workers->compute.minSize, 5);
    QCOMPARE(workers->compute.maxSize, 5);
    QCOMPARE(workers->compute.desiredSize, 5);
}

void tst_TerraformImport::laidOutInsideContainers()
{
    const TerraformImport::Result r = TerraformImport::fromFile(fixture("state-with-modules.json"));
    QVERIFY(r.ok);
    for (EntityId id : r.model.ids()) {
        const Entity &e = *r.model.find(id);
        if (e.isLink())
            continue;
        QVERIFY(!e.geometry.isEmpty());
        if (isValid(e.parent))
            QVERIFY2(r.model.find(e.parent)->geometry.contains(e.geometry), qPrintable(e.name));
    }
    // No two cards of one container overlap.
    const EntityIds nodes = r.model.ids();
    for (EntityId a : nodes) {
        for (EntityId b : nodes) {
            const Entity &ea = *r.model.find(a), &eb = *r.model.find(b);
            if (a < b && !ea.isLink() && !eb.isLink() && !ea.isContainer() && !eb.isContainer()
                && ea.parent == eb.parent)
                QVERIFY2(!ea.geometry.intersects(eb.geometry),
                         qPrintable(ea.name + QStringLiteral(" / ") + eb.name));
        }
    }
}

void tst_TerraformImport::savedAndLoadedWithInferredLinks()
{
    const TerraformImport::Result r = TerraformImport::fromFile(fixture("state-with-modules.json"));
    QVERIFY(r.ok);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("imported.ecsplan"));
    QString error;
    QVERIFY2(DesignFile::save(r.model, path, &error), qPrintable(error));
    const DesignFile::LoadResult loaded = DesignFile::load(path);
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    QCOMPARE(loaded.model.size(), r.model.size());
    for (EntityId id : r.model.ids())
        QCOMPARE(*loaded.model.find(id), *r.model.find(id));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("\"inferred\": true"), 3);
}

void tst_TerraformImport::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\"values\": ") << QString();
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("/: expected a JSON object");
    QTest::newRow("no section")
            << QByteArray("{\"format_version\": \"1.0\"}")
            << QStringLiteral("/: no \"planned_values\", \"values\" or \"resource_changes\": not "
                              "the JSON of `terraform show -json`");
    QTest::newRow("no root module")
            << QByteArray("{\"values\": {}}") << QStringLiteral("/values/root_module: missing");
    QTest::newRow("resources not a list")
            << QByteArray("{\"planned_values\": {\"root_module\": {\"resources\": {}}}}")
            << QStringLiteral("/planned_values/root_module/resources: expected an array");
    QTest::newRow("resource without type")
            << QByteArray("{\"values\": {\"root_module\": {\"resources\": [{\"mode\": \"managed\", "
                          "\"name\": \"a\"}]}}}")
            << QStringLiteral("/values/root_module/resources/0/type: missing or not a string");
    QTest::newRow("bad mode")
            << QByteArray("{\"values\": {\"root_module\": {\"resources\": [{\"mode\": \"x\", "
                          "\"type\": \"t\", \"name\": \"a\"}]}}}")
            << QStringLiteral("/values/root_module/resources/0/mode: expected \"managed\" or "
                              "\"data\", found \"x\"");
    QTest::newRow("values not an object")
            << QByteArray("{\"values\": {\"root_module\": {\"resources\": [{\"mode\": "
                          "\"managed\", \"type\": \"alicloud_vpc\", \"name\": \"a\", \"values\": "
                          "[1]}]}}}")
            << QStringLiteral("/values/root_module/resources/0/values: expected an object");
    QTest::newRow("child module without address")
            << QByteArray("{\"values\": {\"root_module\": {\"child_modules\": [{\"resources\": "
                          "[]}]}}}")
            << QStringLiteral("/values/root_module/child_modules/0/address: missing or not a "
                              "string");
    QTest::newRow("change without change")
            << QByteArray("{\"resource_changes\": [{\"mode\": \"managed\"}]}")
            << QStringLiteral("/resource_changes/0/change: missing or not an object");
    QTest::newRow("after not an object")
            << QByteArray("{\"resource_changes\": [{\"mode\": \"managed\", \"type\": \"t\", "
                          "\"name\": \"a\", \"change\": {\"after\": 3}}]}")
            << QStringLiteral("/resource_changes/0/change/after: expected an object");
    QTest::newRow("configuration not an object")
            << QByteArray("{\"values\": {\"root_module\": {}}, \"configuration\": 1}")
            << QStringLiteral("/configuration: expected an object");
    QTest::newRow("expressions not an object")
            << QByteArray("{\"values\": {\"root_module\": {}}, \"configuration\": "
                          "{\"root_module\": {\"resources\": [{\"address\": \"a.b\", "
                          "\"expressions\": []}]}}}")
            << QStringLiteral("/configuration/root_module/resources/0/expressions: expected an "
                              "object");
    QByteArray deep;
    for (int i = 0; i < 200; ++i)
        deep += "{\"values\": ";
    QTest::newRow("nested too deep") << deep << QString();
}

void tst_TerraformImport::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const TerraformImport::Result r = TerraformImport::fromJson(json);
    QVERIFY(!r.ok);
    QCOMPARE(r.model.size(), 0);
    QVERIFY(r.notUnderstood.isEmpty());
    if (error.isEmpty())
        QVERIFY2(r.error.startsWith(QStringLiteral("/: ")), qPrintable(r.error));
    else
        QCOMPARE(r.error, error);
}

void tst_TerraformImport::missingFile()
{
    const QString path = fixture("no-such-file.json");
    const TerraformImport::Result r = TerraformImport::fromFile(path);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(path + QStringLiteral(": ")), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(tst_TerraformImport)
#include "tst_terraformimport.moc"
