// Terraform export, whole directories: golden cases (tests/data/terraform/<case>/{design.ecsplan,
// expected/*.tf}), determinism, CIDR planning, warnings, writing and re-exporting a directory.
// ECSPLAN_UPDATE_GOLDEN=1 rewrites design.ecsplan and expected/ of every case.

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

namespace {
const QString GoldenDir = QStringLiteral(ECSPLAN_TEST_DATA "/terraform");

bool updateGolden()
{
    return qEnvironmentVariableIntValue("ECSPLAN_UPDATE_GOLDEN") == 1;
}

Model quotesAndTemplates()
{
    Builder b;
    DesignSettings s;
    s.title = QStringLiteral("Evil \"design\" ${var.x}\nline two");
    b.model.setSettings(s);
    const EntityId r = b.region(QStringLiteral("R \"1\""), QStringLiteral("cn-hangzhou"),
                                QStringLiteral("10.0.0.0/16"));
    const EntityId z1 = b.zone(r, QStringLiteral("Z ${a}"), QStringLiteral("cn-hangzhou-h"),
                               QStringLiteral("10.0.1.0/24"));
    const EntityId z2 = b.zone(r, QStringLiteral("Z %{if}"), QStringLiteral("cn-hangzhou-i"),
                               QStringLiteral("10.0.1.0/24")); // overlaps z1
    const EntityId sg = b.add(EntityKind::SecurityGroup, QStringLiteral("sg \\ \"x\""), r);
    b.edit(sg).rules
            = {SecurityRule{true, QStringLiteral("tcp"), 443, 443, QStringLiteral("0.0.0.0/0"),
                            true, 1, QStringLiteral("https \"public\" ${x} %{y}\nnext")}};
    b.commit();
    const EntityId web = b.add(EntityKind::InstanceGroup,
                               QStringLiteral("web\"}; resource \"x\" \"y\" {"), z1);
    b.edit(web).compute.securityGroups = {sg};
    b.m_scratch.compute.image = QStringLiteral("^ubuntu_22.*\"${x}");
    b.commit();
    const EntityId web2 = b.add(EntityKind::InstanceGroup,
                                QStringLiteral("web\"}; resource \"x\" \"y\" {!"), z2);
    Q_UNUSED(web2);
    return b.model;
}

Model chineseNames()
{
    Builder b;
    DesignSettings s;
    s.title = QStringLiteral("电商平台");
    b.model.setSettings(s);
    const EntityId r = b.region(QStringLiteral("华东1（杭州）"), QStringLiteral("cn-hangzhou"),
                                QStringLiteral("172.16.0.0/12"));
    const EntityId z = b.zone(r, QStringLiteral("可用区H"), QStringLiteral("cn-hangzhou-h"));
    const EntityId sg = b.add(EntityKind::SecurityGroup, QStringLiteral("安全组"), r);
    b.edit(sg).rules = {SecurityRule{true, QStringLiteral("tcp"), 22, 22,
                                     QStringLiteral("0.0.0.0/0"), true, 1, QStringLiteral("运维")}};
    b.commit();
    const EntityId web = b.add(EntityKind::InstanceGroup, QStringLiteral("网站服务器"), z);
    b.edit(web).compute.count = 2;
    b.m_scratch.compute.securityGroups = {sg};
    b.commit();
    const EntityId disk = b.add(EntityKind::Disk, QStringLiteral("数据盘"), z);
    b.edit(disk).disk.attachedTo = web;
    b.commit();
    b.add(EntityKind::Cache, QStringLiteral("缓存"), z);
    return b.model;
}

Model oneRegion()
{
    Builder b;
    DesignSettings s;
    s.title = QStringLiteral("One region");
    b.model.setSettings(s);
    const EntityId r = b.region(QStringLiteral("Hangzhou"), QStringLiteral("cn-hangzhou"),
                                QStringLiteral("10.10.0.0/16"));
    const EntityId h = b.zone(r, QStringLiteral("H"), QStringLiteral("cn-hangzhou-h"),
                              QStringLiteral("10.10.0.0/24"));
    const EntityId i = b.zone(r, QStringLiteral("I"), QStringLiteral("cn-hangzhou-i"));
    const EntityId sg = b.add(EntityKind::SecurityGroup, QStringLiteral("app"), r);
    b.edit(sg).rules = {SecurityRule{true,
                                     QStringLiteral("tcp"),
                                     8080,
                                     8080,
                                     QStringLiteral("10.10.0.0/16"),
                                     true,
                                     1,
                                     {}},
                        SecurityRule{true, QStringLiteral("tcp"), 22, 22,
                                     QStringLiteral("0.0.0.0/0"), true, 1, QStringLiteral("ssh")},
                        SecurityRule{true,
                                     QStringLiteral("icmp"),
                                     -1,
                                     -1,
                                     QStringLiteral("10.0.0.0/8"),
                                     true,
                                     2,
                                     {}},
                        SecurityRule{false,
                                     QStringLiteral("all"),
                                     -1,
                                     -1,
                                     QStringLiteral("0.0.0.0/0"),
                                     true,
                                     1,
                                     {}}};
    b.commit();
    const EntityId app = b.add(EntityKind::InstanceGroup, QStringLiteral("app"), h);
    b.edit(app).compute.count = 3;
    b.m_scratch.compute.securityGroups = {sg};
    b.commit();
    const EntityId disk = b.add(EntityKind::Disk, QStringLiteral("app-data"), h);
    b.edit(disk).disk.attachedTo = app;
    b.commit();
    const EntityId nlb = b.add(EntityKind::LoadBalancer, QStringLiteral("tcp-front"), h);
    b.edit(nlb).loadBalancer.kind = LoadBalancerKind::Nlb;
    b.m_scratch.loadBalancer.listenerPort = 8080;
    b.m_scratch.loadBalancer.backendPort = 8080;
    b.m_scratch.zones = {h, i};
    b.commit();
    b.link(nlb, app, 100);
    return b.model;
}

Model threeRegions()
{
    Builder b;
    DesignSettings s;
    s.title = QStringLiteral("Three regions");
    b.model.setSettings(s);
    const EntityId hz = b.region(QStringLiteral("Hangzhou"), QStringLiteral("cn-hangzhou"),
                                 QStringLiteral("10.0.0.0/16"));
    const EntityId bj = b.region(QStringLiteral("Beijing"), QStringLiteral("cn-beijing"), {});
    const EntityId sg = b.region(QStringLiteral("Singapore"), QStringLiteral("ap-southeast-1"),
                                 QStringLiteral("10.0.0.0/8"));
    const EntityId hzh = b.zone(hz, QStringLiteral("hz-h"), QStringLiteral("cn-hangzhou-h"));
    const EntityId hzi = b.zone(hz, QStringLiteral("hz-i"), QStringLiteral("cn-hangzhou-i"));
    const EntityId bjh = b.zone(bj, QStringLiteral("bj-h"), QStringLiteral("cn-beijing-h"));
    const EntityId sga = b.zone(sg, QStringLiteral("sg-a"), QStringLiteral("ap-southeast-1a"));
    const EntityId hzApp = b.add(EntityKind::InstanceGroup, QStringLiteral("hz-app"), hzh);
    const EntityId bjApp = b.add(EntityKind::InstanceGroup, QStringLiteral("bj-app"), bjh);
    const EntityId sgApp = b.add(EntityKind::InstanceGroup, QStringLiteral("sg-app"), sga);
    const EntityId clb = b.add(EntityKind::LoadBalancer, QStringLiteral("legacy-clb"), hzh);
    b.edit(clb).loadBalancer.kind = LoadBalancerKind::Clb;
    b.m_scratch.loadBalancer.listenerPort = 80;
    b.m_scratch.zones = {hzh, hzi};
    b.commit();
    b.link(clb, hzApp, 50);
    const EntityId redis = b.add(EntityKind::Cache, QStringLiteral("sessions"), hzh);
    const EntityId r1 = b.add(EntityKind::Cache, QStringLiteral("sessions-ro-h"), hzh);
    b.edit(r1).cache.readReplicaOf = redis;
    b.commit();
    const EntityId r2 = b.add(EntityKind::Cache, QStringLiteral("sessions-ro-i"), hzi);
    b.edit(r2).cache.readReplicaOf = redis;
    b.commit();
    const EntityId r3 = b.add(EntityKind::Cache, QStringLiteral("sessions-sg"), sga);
    b.edit(r3).cache.readReplicaOf = redis;
    b.commit();
    const EntityId tair = b.add(EntityKind::Cache, QStringLiteral("catalog"), bjh);
    b.edit(tair).cache.engine = CacheEngine::Tair;
    b.m_scratch.cache.instanceClass = QStringLiteral("tair.rdb.2g");
    b.m_scratch.cache.billing = BillingModel::Subscription3Year;
    b.commit();
    b.link(hzApp, bjApp, 2000);
    b.link(bjApp, sgApp, 300, LinkPath::Cen);
    b.link(hzApp, sgApp, 50, LinkPath::Internet);
    return b.model;
}

Model scalingVsFixed()
{
    Builder b;
    DesignSettings s;
    s.title = QStringLiteral("Scaling vs fixed");
    b.model.setSettings(s);
    const EntityId r = b.region(QStringLiteral("Shanghai"), QStringLiteral("cn-shanghai"),
                                QStringLiteral("192.168.0.0/16"));
    const EntityId e = b.zone(r, QStringLiteral("e"), QStringLiteral("cn-shanghai-e"));
    const EntityId f = b.zone(r, QStringLiteral("f"), QStringLiteral("cn-shanghai-f"));
    const EntityId g = b.zone(r, QStringLiteral("g"), QStringLiteral("cn-shanghai-g"));
    const EntityId web = b.add(EntityKind::SecurityGroup, QStringLiteral("web"), r);
    const EntityId asg = b.add(EntityKind::ScalingGroup, QStringLiteral("web-fleet"), e);
    b.edit(asg).zones = {e, f, g};
    b.m_scratch.compute.billing = BillingModel::Preemptible;
    b.m_scratch.compute.securityGroups = {web};
    b.m_scratch.compute.minSize = 2;
    b.m_scratch.compute.maxSize = 20;
    b.m_scratch.compute.desiredSize = 4;
    b.commit();
    const EntityId scratch = b.add(EntityKind::Disk, QStringLiteral("web-scratch"), e);
    b.edit(scratch).disk.attachedTo = asg;
    b.m_scratch.disk.sizeGiB = 40;
    b.commit();
    const EntityId subAsg = b.add(EntityKind::ScalingGroup, QStringLiteral("batch"), f);
    b.edit(subAsg).compute.billing = BillingModel::Subscription1Year;
    b.commit();
    const EntityId fixed = b.add(EntityKind::InstanceGroup, QStringLiteral("web-fixed"), f);
    b.edit(fixed).compute.count = 2;
    b.m_scratch.compute.billing = BillingModel::Subscription3Year;
    b.m_scratch.compute.securityGroups = {web};
    b.commit();
    const EntityId plan = b.add(EntityKind::InstanceGroup, QStringLiteral("api"), g);
    b.edit(plan).compute.billing = BillingModel::SavingsPlan;
    b.m_scratch.compute.securityGroups = {web};
    b.commit();
    const EntityId alb = b.add(EntityKind::LoadBalancer, QStringLiteral("front"), e);
    b.edit(alb).zones = {e, f};
    b.commit();
    b.link(alb, asg, 500);
    b.link(alb, fixed, 500);
    const EntityId single = b.add(EntityKind::LoadBalancer, QStringLiteral("internal"), g);
    b.edit(single).loadBalancer.addressType = AddressType::Intranet;
    b.m_scratch.loadBalancer.listenerPort = 80;
    b.commit();
    b.link(single, plan, 10);
    return b.model;
}

Model diskCategories()
{
    Builder b;
    DesignSettings s;
    s.title = QStringLiteral("Disk categories");
    b.model.setSettings(s);
    const EntityId r = b.region(QStringLiteral("Beijing"), QStringLiteral("cn-beijing"),
                                QStringLiteral("10.20.0.0/16"));
    const EntityId z = b.zone(r, QStringLiteral("l"), QStringLiteral("cn-beijing-l"),
                              QStringLiteral("10.20.8.0/24"));
    const EntityId host = b.add(EntityKind::InstanceGroup, QStringLiteral("db"), z);
    b.edit(host).compute.systemDiskCategory = QStringLiteral("cloud_auto");
    b.m_scratch.compute.systemDiskLevel.clear();
    b.commit();
    struct D
    {
        const char *name, *category, *level;
        int size;
        int iops;
        bool burst;
        bool keep;
        bool encrypted;
    };
    const D disks[] = {{"essd-pl0", "cloud_essd", "PL0", 40, 0, false, false, false},
                       {"essd-pl1", "cloud_essd", "PL1", 100, 0, false, false, true},
                       {"essd-pl2", "cloud_essd", "PL2", 500, 0, false, false, false},
                       {"essd-pl3", "cloud_essd", "PL3", 1300, 0, false, true, false},
                       {"autopl", "cloud_auto", "", 200, 5000, true, false, false},
                       {"entry", "cloud_essd_entry", "", 100, 0, false, false, false},
                       {"ssd", "cloud_ssd", "", 100, 0, false, false, false},
                       {"ultra", "cloud_efficiency", "", 100, 0, false, false, false}};
    for (const D &d : disks) {
        const EntityId id = b.add(EntityKind::Disk, QString::fromLatin1(d.name), z);
        DiskData &dd = b.edit(id).disk;
        dd.category = QString::fromLatin1(d.category);
        dd.level = QString::fromLatin1(d.level);
        dd.sizeGiB = d.size;
        dd.provisionedIops = d.iops;
        dd.burstingEnabled = d.burst;
        dd.deleteWithInstance = !d.keep;
        dd.encrypted = d.encrypted;
        dd.attachedTo = host;
        b.commit();
    }
    b.add(EntityKind::Disk, QStringLiteral("spare"), z);
    return b.model;
}

QMap<QString, Model> edgeCases()
{
    return {{QStringLiteral("edge-quotes-and-templates"), quotesAndTemplates()},
            {QStringLiteral("edge-chinese-names"), chineseNames()},
            {QStringLiteral("edge-one-region"), oneRegion()},
            {QStringLiteral("edge-three-regions"), threeRegions()},
            {QStringLiteral("edge-scaling-vs-fixed"), scalingVsFixed()},
            {QStringLiteral("edge-disk-categories"), diskCategories()},
            {QStringLiteral("edge-backend"), oneRegion()}};
}

TerraformExporter::Options optionsFor(const QString &caseName)
{
    TerraformExporter::Options o;
    if (caseName == QLatin1String("edge-backend")) {
        o.backend.bucket = QStringLiteral("tf-state-\"prod\"");
        o.backend.prefix = QStringLiteral("ecsplan/prod");
        o.backend.key = QStringLiteral("network.tfstate");
        o.backend.region = QStringLiteral("cn-hangzhou");
        o.backend.tablestoreEndpoint
                = QStringLiteral("https://tf-lock.cn-hangzhou.ots.aliyuncs.com");
        o.backend.tablestoreTable = QStringLiteral("statelock");
        o.namePrefix = QStringLiteral("prod");
    }
    return o;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_TerraformGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void deterministic();
    void variantsDeterministic();
    void cidrPlanning();
    void warnings();
    void writeToDirectory();
    void reexportRemovesStaleFiles();
    void cenRouting();
};

void tst_TerraformGolden::initTestCase()
{
    if (!updateGolden())
        return;
    // Regenerate the inputs: samples are copies of resources/samples, edge cases come from here.
    for (const QString &name : test::sampleDesignNames()) {
        const QString dir = GoldenDir + QStringLiteral("/sample-") + name;
        QDir().mkpath(dir);
        QFile::remove(dir + QStringLiteral("/design.ecsplan"));
        QVERIFY(QFile::copy(test::sampleDesignPath(name), dir + QStringLiteral("/design.ecsplan")));
    }
    const QMap<QString, Model> cases = edgeCases();
    for (auto it = cases.cbegin(); it != cases.cend(); ++it) {
        const QString dir = GoldenDir + QLatin1Char('/') + it.key();
        QDir().mkpath(dir);
        QString error;
        QVERIFY2(DesignFile::save(it.value(), dir + QStringLiteral("/design.ecsplan"), &error),
                 qPrintable(error));
    }
}

void tst_TerraformGolden::golden_data()
{
    QTest::addColumn<QString>("caseName");
    const QStringList cases
            = QDir(GoldenDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 11);
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << c;
}

void tst_TerraformGolden::golden()
{
    QFETCH(QString, caseName);
    const QString dir = GoldenDir + QLatin1Char('/') + caseName;
    if (caseName.startsWith(QLatin1String("sample-"))) // the copy must follow the shipped sample
        QCOMPARE(readAll(dir + QStringLiteral("/design.ecsplan")),
                 readAll(test::sampleDesignPath(caseName.mid(7))));
    const DesignFile::LoadResult loaded = DesignFile::load(dir + QStringLiteral("/design.ecsplan"));
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    const ExportResult result = TerraformExporter::generate(loaded.model, optionsFor(caseName));

    QDir expected(dir + QStringLiteral("/expected"));
    if (updateGolden()) {
        expected.removeRecursively();
        QString error;
        QVERIFY2(result.writeToDirectory(expected.path(), &error), qPrintable(error));
        QFile warnings(dir + QStringLiteral("/warnings.txt"));
        QVERIFY(warnings.open(QIODevice::WriteOnly | QIODevice::Truncate));
        warnings.write(result.warnings.join(QLatin1Char('\n')).toUtf8() + '\n');
    }
    QCOMPARE(QStringList(result.files.keys()), expected.entryList(QDir::Files, QDir::Name));
    for (auto it = result.files.cbegin(); it != result.files.cend(); ++it)
        QCOMPARE(it.value(), readAll(expected.filePath(it.key())));
    QCOMPARE(result.warnings.join(QLatin1Char('\n')).toUtf8() + '\n',
             readAll(dir + QStringLiteral("/warnings.txt")));

    // Handed file by file to a sink (the CLI writes them as they come): the same files and
    // warnings, each file begun once and ended before the next.
    struct Recorder : ExportSink
    {
        QMap<QString, QByteArray> files;
        QString open;
        void beginFile(const QString &name) override
        {
            QVERIFY(open.isEmpty());
            QVERIFY(!files.contains(name));
            open = name;
            files.insert(name, QByteArray());
        }
        void write(QByteArrayView bytes) override
        {
            QVERIFY(!open.isEmpty());
            files[open] += bytes;
        }
        void endFile() override
        {
            QVERIFY(!open.isEmpty());
            open.clear();
        }
    } recorder;
    const ExportResult streamed
            = TerraformExporter::generate(loaded.model, optionsFor(caseName), recorder);
    QVERIFY(recorder.open.isEmpty());
    QVERIFY(streamed.files.isEmpty());
    QCOMPARE(recorder.files, result.files);
    QCOMPARE(streamed.warnings, result.warnings);
    QCOMPARE(streamed.manifest, result.manifest);
}

void tst_TerraformGolden::deterministic()
{
    const Model model = threeRegions();
    const ExportResult a = TerraformExporter::generate(model, {});
    const ExportResult b = TerraformExporter::generate(model, {});
    QCOMPARE(a.files, b.files);
    QCOMPARE(a.warnings, b.warnings);
    // Credentials never appear, whatever the design.
    for (const QByteArray &bytes : a.files) {
        QVERIFY(!bytes.contains("access_key"));
        QVERIFY(!bytes.contains("secret_key"));
    }
}

void tst_TerraformGolden::variantsDeterministic()
{
    for (int seed = 0; seed < test::variantDesignCount(); ++seed) {
        const Model model = test::variantDesign(seed);
        const ExportResult a = exportOf(model);
        const ExportResult b = exportOf(model);
        QCOMPARE(a.files, b.files);
        QCOMPARE(a.warnings, b.warnings);
    }
}

void tst_TerraformGolden::cidrPlanning()
{
    const ExportResult result = TerraformExporter::generate(quotesAndTemplates(), {});
    const QByteArray network = result.files.value(QStringLiteral("network.tf"));
    // z1 keeps its own block; z2 overlapped it and gets the lowest free /24 of the VPC.
    QVERIFY(network.contains("cidr_block   = \"10.0.1.0/24\""));
    QVERIFY(network.contains("cidr_block   = \"10.0.0.0/24\""));
    QVERIFY(result.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("Z %{if}")));

    const auto a = terraform::Cidr::parse(QStringLiteral("10.0.0.0/16"));
    QVERIFY(a && a->contains(*terraform::Cidr::parse(QStringLiteral("10.0.255.0/24"))));
    QVERIFY(!terraform::Cidr::parse(QStringLiteral("10.0.0.1/16")));
    QVERIFY(!terraform::Cidr::parse(QStringLiteral("10.0.0.0/33")));
    QVERIFY(!terraform::Cidr::parse(QStringLiteral("x")));
}

void tst_TerraformGolden::warnings()
{
    const QString all
            = TerraformExporter::generate(scalingVsFixed(), {}).warnings.join(QLatin1Char('\n'));
    QVERIFY(all.contains(
            QStringLiteral("subscription scaling groups were exported as pay-as-you-go: batch.")));
    QVERIFY(all.contains(
            QStringLiteral("at least two zones; span these over a second zone: internal.")));
    QVERIFY(all.contains(QStringLiteral("which admits only what the design's links need: batch.")));
}

void tst_TerraformGolden::writeToDirectory()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const ExportResult result = TerraformExporter::generate(oneRegion(), {});
    QString error;
    QVERIFY2(result.writeToDirectory(tmp.filePath(QStringLiteral("out/tf")), &error),
             qPrintable(error));
    for (auto it = result.files.cbegin(); it != result.files.cend(); ++it)
        QCOMPARE(readAll(tmp.filePath(QStringLiteral("out/tf/") + it.key())), it.value());
    QFile blocker(tmp.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(!result.writeToDirectory(tmp.filePath(QStringLiteral("file")), &error));
    QVERIFY(!error.isEmpty());
}

void tst_TerraformGolden::reexportRemovesStaleFiles()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("tf"));
    QString error;
    QVERIFY2(exportOf(threeRegions()).writeToDirectory(dir, &error), qPrintable(error));
    QVERIFY(QFile::exists(dir + QStringLiteral("/cen.tf")));
    // The user's own files, and a tampered manifest entry, are never touched.
    QFile mine(dir + QStringLiteral("/override.tf"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("# mine\n");
    mine.close();
    QFile outside(tmp.filePath(QStringLiteral("outside.tf")));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.close();
    QFile manifest(dir + QStringLiteral("/.ecsplan-export"));
    QVERIFY(manifest.open(QIODevice::Append));
    manifest.write("../outside.tf\n");
    manifest.close();

    const ExportResult second = exportOf(oneRegion());
    QVERIFY(!second.files.contains(QStringLiteral("cen.tf")));
    QVERIFY2(second.writeToDirectory(dir, &error), qPrintable(error));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/cen.tf")));
    QVERIFY(QFile::exists(dir + QStringLiteral("/override.tf")));
    QVERIFY(QFile::exists(tmp.filePath(QStringLiteral("outside.tf"))));
    QStringList listed;
    for (const QByteArray &line : readAll(dir + QStringLiteral("/.ecsplan-export")).split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            listed << QString::fromUtf8(line);
    }
    QCOMPARE(listed, QStringList(second.files.keys()));
    QStringList onDisk = QDir(dir).entryList(QDir::Files, QDir::Name);
    onDisk.removeOne(QStringLiteral("override.tf"));
    QCOMPARE(onDisk, QStringList(second.files.keys()));
}

void tst_TerraformGolden::cenRouting()
{
    const QByteArray cen = exportOf(threeRegions()).files.value(QStringLiteral("cen.tf"));
    QVERIFY(!cen.contains("transit_router_attachment_name"));
    QVERIFY(cen.contains("transit_router_peer_attachment_name"));
    // Three regions, each: its VPC attachment + its peerings, associated and propagated.
    QCOMPARE(cen.count("resource \"alicloud_cen_transit_router_route_table\""), 3);
    QCOMPARE(cen.count("resource \"alicloud_cen_transit_router_route_table_association\""),
             cen.count("resource \"alicloud_cen_transit_router_route_table_propagation\""));
    QVERIFY(cen.contains("resource \"alicloud_cen_transit_router_route_table_association\" "
                         "\"cn_hangzhou_vpc\""));
    QVERIFY(cen.contains("nexthop_type          = \"Attachment\""));
}

QTEST_GUILESS_MAIN(tst_TerraformGolden)
#include "tst_terraformgolden.moc"
