// Terraform export: golden directories (tests/data/terraform/<case>/{design.ecsplan,
// expected/*.tf}), escaping, identifiers, fmt alignment and CIDR planning.
// ECSPLAN_UPDATE_GOLDEN=1 rewrites design.ecsplan and expected/ of every case.

#include "catalog/catalog.h"
#include "export/terraform/hclwriter.h"
#include "export/terraform/terraformbuilder.h"
#include "export/terraform/terraformexporter.h"
#include "export/terraform/terraformnames.h"
#include "io/designfile.h"
#include "sampledesigns.h"
#include "validation/deployability.h"
#include "variantdesigns.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace ecsplan;

namespace {

const QString GoldenDir = QStringLiteral(ECSPLAN_TEST_DATA "/terraform");

bool updateGolden()
{
    return qEnvironmentVariableIntValue("ECSPLAN_UPDATE_GOLDEN") == 1;
}

struct Builder
{
    Model model;
    EntityId add(EntityKind kind, const QString &name, EntityId parent = EntityId::None)
    {
        Entity e = makeEntity(kind);
        e.id = model.allocateId();
        e.name = name;
        e.parent = parent;
        model.insert(e);
        return e.id;
    }
    Entity &edit(EntityId id)
    {
        m_scratch = *model.find(id);
        return m_scratch;
    }
    void commit()
    {
        model.take(m_scratch.id);
        model.insert(m_scratch);
    }
    EntityId region(const QString &name, const QString &code, const QString &cidr)
    {
        const EntityId id = add(EntityKind::Region, name);
        edit(id).code = code;
        m_scratch.cidr = cidr;
        commit();
        return id;
    }
    EntityId zone(EntityId region, const QString &name, const QString &code,
                  const QString &cidr = {})
    {
        const EntityId id = add(EntityKind::Zone, name, region);
        edit(id).code = code;
        m_scratch.cidr = cidr;
        commit();
        return id;
    }
    EntityId link(EntityId from, EntityId to, double gb, LinkPath path = LinkPath::Auto)
    {
        const EntityId id = add(EntityKind::Link, QStringLiteral("link %1").arg(model.size()));
        edit(id).link.from = from;
        m_scratch.link.to = to;
        m_scratch.link.gbPerMonth = gb;
        m_scratch.link.path = path;
        commit();
        return id;
    }
    Entity m_scratch;
};

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

class TestTerraformExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void deterministic();
    void quoted_data();
    void quoted();
    void identifiers_data();
    void identifiers();
    void fmtAlignment();
    void cidrPlanning();
    void warnings();
    void writeToDirectory();
    // One test per defect of issue 10.
    void nlbScalingAttachment();
    void scalingSystemDisk_data();
    void scalingSystemDisk();
    void lbZoneMappings();
    void backendPortField_data();
    void backendPortField();
    void fitName_data();
    void fitName();
    void longNamesStayUnique();
    void securityRuleSources();
    void tairInstanceType_data();
    void tairInstanceType();
    void redisClassicVersionWarned();
    void albServerGroupsNoDrift();
    void clbOneMechanism();
    void imagesPinned();
    void scalingCapacityKept();
    void reexportRemovesStaleFiles();
    void reachability();
    void cacheWhitelists();
    void natGateway();
    void subscriptionLifecycle();
    void cenRouting();
    void teamVariables();
    void variantsDeterministic();
};

void TestTerraformExport::initTestCase()
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

void TestTerraformExport::golden_data()
{
    QTest::addColumn<QString>("caseName");
    const QStringList cases
            = QDir(GoldenDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(cases.size() >= 11);
    for (const QString &c : cases)
        QTest::newRow(qPrintable(c)) << c;
}

void TestTerraformExport::golden()
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
}

void TestTerraformExport::deterministic()
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

void TestTerraformExport::quoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("web") << QStringLiteral("\"web\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\\\"b\"");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("\"a\\\\b\"");
    QTest::newRow("interpolation") << QStringLiteral("${var.x}") << QStringLiteral("\"$${var.x}\"");
    QTest::newRow("directive") << QStringLiteral("%{if x}") << QStringLiteral("\"%%{if x}\"");
    QTest::newRow("lone dollar") << QStringLiteral("$5 %d") << QStringLiteral("\"$5 %d\"");
    QTest::newRow("newline") << QStringLiteral("a\nb\r\tc") << QStringLiteral("\"a\\nb\\r\\tc\"");
    QTest::newRow("control") << QStringLiteral("a\x01") << QStringLiteral("\"a\\u0001\"");
    QTest::newRow("chinese") << QStringLiteral("网站") << QStringLiteral("\"网站\"");
    QTest::newRow("escaped quote then interpolation")
            << QStringLiteral("\\\"${x}") << QStringLiteral("\"\\\\\\\"$${x}\"");
}

void TestTerraformExport::quoted()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(hcl::quoted(text), expected);
}

void TestTerraformExport::identifiers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("slug");
    QTest::newRow("simple") << QStringLiteral("Web Tier") << QStringLiteral("web_tier")
                            << QStringLiteral("Web-Tier");
    QTest::newRow("punctuation") << QStringLiteral("--a..b__c--") << QStringLiteral("a_b_c")
                                 << QStringLiteral("--a..b__c--");
    QTest::newRow("leading digit")
            << QStringLiteral("3tier") << QStringLiteral("n3tier") << QStringLiteral("3tier");
    QTest::newRow("injection") << QStringLiteral("x\" {") << QStringLiteral("x")
                               << QStringLiteral("x");
    QTest::newRow("chinese") << QStringLiteral("网站 web") << QStringLiteral("web")
                             << QStringLiteral("网站-web");
    QTest::newRow("only chinese") << QStringLiteral("网站") << QString() << QStringLiteral("网站");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestTerraformExport::identifiers()
{
    QFETCH(QString, name);
    QFETCH(QString, identifier);
    QFETCH(QString, slug);
    QCOMPARE(terraform::sanitizeIdentifier(name), identifier);
    QCOMPARE(terraform::resourceNameSlug(name), slug);

    terraform::IdentifierPool pool;
    QCOMPARE(pool.take(QStringLiteral("web"), QStringLiteral("ecs_1"), QStringLiteral("1")),
             QStringLiteral("web"));
    QCOMPARE(pool.take(QStringLiteral("web"), QStringLiteral("ecs_7"), QStringLiteral("7")),
             QStringLiteral("web_7"));
    QCOMPARE(pool.take(QString(), QStringLiteral("ecs_8"), QStringLiteral("8")),
             QStringLiteral("ecs_8"));
}

void TestTerraformExport::fmtAlignment()
{
    hcl::Body body;
    hcl::Body &res
            = body.block(QStringLiteral("resource"), {QStringLiteral("a"), QStringLiteral("b")});
    res.number(QStringLiteral("count"), 2);
    res.string(QStringLiteral("instance_type"), QStringLiteral("x"));
    res.blankLine();
    res.boolean(QStringLiteral("k"), true);
    hcl::Body &obj = res.object(QStringLiteral("tags"));
    obj.string(QStringLiteral("a"), QStringLiteral("1"));
    obj.string(QStringLiteral("\"bb-c\""), QStringLiteral("2"));
    res.string(QStringLiteral("zz"), QStringLiteral("after"));
    res.block(QStringLiteral("empty"));
    QCOMPARE(body.toBytes(),
             QByteArray("resource \"a\" \"b\" {\n"
                        "  count         = 2\n"
                        "  instance_type = \"x\"\n"
                        "\n"
                        "  k = true\n"
                        "  tags = {\n"
                        "    a      = \"1\"\n"
                        "    \"bb-c\" = \"2\"\n"
                        "  }\n"
                        "  zz = \"after\"\n"
                        "  empty {}\n"
                        "}\n"));
}

void TestTerraformExport::cidrPlanning()
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

void TestTerraformExport::warnings()
{
    const QString all
            = TerraformExporter::generate(scalingVsFixed(), {}).warnings.join(QLatin1Char('\n'));
    QVERIFY(all.contains(
            QStringLiteral("subscription scaling groups were exported as pay-as-you-go: batch.")));
    QVERIFY(all.contains(
            QStringLiteral("at least two zones; span these over a second zone: internal.")));
    QVERIFY(all.contains(QStringLiteral("which admits only what the design's links need: batch.")));
}

void TestTerraformExport::writeToDirectory()
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

namespace {

ExportResult exportOf(const Model &model)
{
    return TerraformExporter::generate(model, {});
}

QString allWarnings(const ExportResult &r)
{
    return r.warnings.join(QLatin1Char('\n'));
}

/// The text of the block that starts with `header` (up to its closing brace at column 0).
QByteArray blockOf(const QByteArray &file, const QByteArray &header)
{
    const qsizetype at = file.indexOf(header);
    if (at < 0)
        return {};
    const qsizetype end = file.indexOf("\n}\n", at);
    return file.mid(at, end < 0 ? -1 : end - at + 3);
}

/// Region cn-hangzhou 10.0.0.0/16 with zones h (10.0.1.0/24) and i (10.0.2.0/24).
struct Hangzhou
{
    Builder b;
    EntityId region, h, i;
    Hangzhou()
    {
        DesignSettings s;
        s.title = QStringLiteral("Test");
        b.model.setSettings(s);
        region = b.region(QStringLiteral("HZ"), QStringLiteral("cn-hangzhou"),
                          QStringLiteral("10.0.0.0/16"));
        h = b.zone(region, QStringLiteral("h"), QStringLiteral("cn-hangzhou-h"),
                   QStringLiteral("10.0.1.0/24"));
        i = b.zone(region, QStringLiteral("i"), QStringLiteral("cn-hangzhou-i"),
                   QStringLiteral("10.0.2.0/24"));
    }
    EntityId group(const QString &name, EntityId zone, EntityKind kind = EntityKind::InstanceGroup)
    {
        return b.add(kind, name, zone);
    }
    EntityId lb(const QString &name, LoadBalancerKind kind, int port, EntityIds zones = {})
    {
        const EntityId id = b.add(EntityKind::LoadBalancer, name, h);
        b.edit(id).loadBalancer.kind = kind;
        b.m_scratch.loadBalancer.listenerPort = port;
        b.m_scratch.loadBalancer.backendPort = defaultBackendPort(kind, port);
        b.m_scratch.zones = zones;
        b.commit();
        return id;
    }
};

} // namespace

void TestTerraformExport::nlbScalingAttachment()
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

void TestTerraformExport::scalingSystemDisk_data()
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

void TestTerraformExport::scalingSystemDisk()
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

void TestTerraformExport::lbZoneMappings()
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

void TestTerraformExport::backendPortField_data()
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

void TestTerraformExport::backendPortField()
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

void TestTerraformExport::fitName_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fits") << QStringLiteral("web-fleet") << 39 << QStringLiteral("web-fleet");
    QTest::newRow("exactly") << QString(39, QLatin1Char('a')) << 39
                             << QString(39, QLatin1Char('a'));
    const QString longName
            = QStringLiteral("a-group-with-a-very-long-name-that-no-cloud-name-takes");
    const QString cut = terraform::fitName(longName, 39);
    QTest::newRow("long") << longName << 39 << cut;
    QTest::newRow("chinese") << QStringLiteral("网站服务器网站服务器网站服务器") << 20
                             << terraform::fitName(QStringLiteral("网站服务器网站服务器网站服务器"),
                                                   20);
}

void TestTerraformExport::fitName()
{
    QFETCH(QString, slug);
    QFETCH(int, maxBytes);
    QFETCH(QString, expected);
    const QString name = terraform::fitName(slug, maxBytes);
    QCOMPARE(name, expected);
    QVERIFY(name.toUtf8().size() <= maxBytes);
    if (slug.toUtf8().size() > maxBytes) {
        // head, '-', 6 hex digits of the slug's SHA-1
        QVERIFY(QRegularExpression(QStringLiteral("-[0-9a-f]{6}$")).match(name).hasMatch());
        QVERIFY(slug.startsWith(name.left(name.size() - 7)));
    }
}

void TestTerraformExport::longNamesStayUnique()
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

void TestTerraformExport::securityRuleSources()
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

void TestTerraformExport::tairInstanceType_data()
{
    QTest::addColumn<QString>("instanceClass");
    QTest::addColumn<QString>("type");
    QTest::newRow("rdb") << QStringLiteral("tair.rdb.2g") << QStringLiteral("tair_rdb");
    QTest::newRow("scm") << QStringLiteral("tair.scm.standard.1m.4d") << QStringLiteral("tair_scm");
    QTest::newRow("essd") << QStringLiteral("tair.essd.standard.xlarge")
                          << QStringLiteral("tair_essd");
}

void TestTerraformExport::tairInstanceType()
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

void TestTerraformExport::redisClassicVersionWarned()
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

void TestTerraformExport::albServerGroupsNoDrift()
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

void TestTerraformExport::clbOneMechanism()
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

void TestTerraformExport::imagesPinned()
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

void TestTerraformExport::scalingCapacityKept()
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

void TestTerraformExport::reexportRemovesStaleFiles()
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

void TestTerraformExport::reachability()
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

void TestTerraformExport::cacheWhitelists()
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

void TestTerraformExport::natGateway()
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

void TestTerraformExport::subscriptionLifecycle()
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

void TestTerraformExport::cenRouting()
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

void TestTerraformExport::teamVariables()
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

void TestTerraformExport::variantsDeterministic()
{
    for (int seed = 0; seed < test::variantDesignCount(); ++seed) {
        const Model model = test::variantDesign(seed);
        const ExportResult a = exportOf(model);
        const ExportResult b = exportOf(model);
        QCOMPARE(a.files, b.files);
        QCOMPARE(a.warnings, b.warnings);
    }
}

QTEST_GUILESS_MAIN(TestTerraformExport)
#include "tst_terraformexport.moc"
