// Every rule: a design that triggers it, a close one that does not, and (where the rule
// offers one) a fix that makes the finding disappear in one undo step that undo reverts.

#include "catalog/catalog.h"
#include "model/document.h"
#include "rules/rule.h"
#include "rules/rulecontext.h"
#include "rules/rulesengine.h"
#include "smalldesign.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace ecsplan;
using ecsplan::test::SmallDesign;

namespace {

const QString Production = QStringLiteral("production");

struct Scenario
{
    const char *name;
    const char *ruleId;
    std::function<Model(bool trigger)> build;
    const char *expectedText; ///< a figure or phrase the message must contain
    const char *fixTitle; ///< nullptr: the rule offers no fix here
};

SecurityRule ingress(int port, const QString &cidr)
{
    SecurityRule r;
    r.portFrom = r.portTo = port;
    r.cidr = cidr;
    return r;
}

/** One region with zones h and i: the base of most scenarios. */
struct TwoZones
{
    SmallDesign d;
    EntityId region, h, i;
    TwoZones()
    {
        region = d.region(QStringLiteral("cn-hangzhou"));
        h = d.zone(region, QStringLiteral("cn-hangzhou-h"));
        i = d.zone(region, QStringLiteral("cn-hangzhou-i"));
    }
};

const QList<Scenario> &scenarios()
{
    static const QList<Scenario> list = {
            {"ECS001 burstable tagged production", "ECS001",
             [](bool trigger) {
                 TwoZones t;
                 t.d.instances(t.h, QStringLiteral("ecs.t6-c1m2.large"), 1, QStringLiteral("api"),
                               trigger ? QStringList{Production} : QStringList{});
                 return t.d.take();
             },
             "earns 24 CPU credits per hour, a baseline of 20% per vCPU; at 100% CPU it spends 120 "
             "credits per hour, so a full balance of 576 credits lasts 6.0 hours",
             "Use ecs.c8a.large (dedicated vCPUs)"},
            {"ECS001 burstable reachable from the internet", "ECS001",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId api = t.d.instances(t.h, QStringLiteral("ecs.t6-c1m2.large"));
                 const EntityId bastion = t.d.instances(t.h, QStringLiteral("ecs.g8i.large"));
                 t.d.link(t.d.internetUsers(), trigger ? api : bastion);
                 return t.d.take();
             },
             "reachable from internet users", "Use ecs.c8a.large (dedicated vCPUs)"},
            // 1,000 req/s average, 2,000 at the peak over 2 instances: 20 % of 2 vCPU = 0.4
            // vCPU-seconds per second for 1,000 requests = 0.40 ms each.
            {"ECS001 with the demand's CPU budget per request", "ECS001",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId api = t.d.instances(t.h, QStringLiteral("ecs.t6-c1m2.large"), 2);
                 const EntityId bastion = t.d.instances(t.h, QStringLiteral("ecs.g8i.large"));
                 const EntityId l = t.d.link(t.d.internetUsers(), trigger ? api : bastion);
                 t.d[l].link.requestsPerSecond = 1000;
                 return t.d.take();
             },
             "At the peak it serves 1,000 req/s per instance (2,000 req/s over 2 instances, the "
             "links' average × 2.0): its baseline of 20% of 2 vCPU leaves 0.40 ms of CPU per "
             "request. Requests that need more drain the credits",
             "Use ecs.c8a.large (dedicated vCPUs)"},
            {"ECS002 generation 6", "ECS002",
             [](bool trigger) {
                 TwoZones t;
                 t.d.instances(t.h,
                               trigger ? QStringLiteral("ecs.g6r.large")
                                       : QStringLiteral("ecs.g7.large"));
                 return t.d.take();
             },
             "a generation-6 type without the full X-Dragon offload of generations 7 and 8. The "
             "nearest "
             "current type is ecs.g8y.large (2 vCPU, 8 GiB). For 1 instance(s) it costs the same",
             "Use ecs.g8y.large"},
            {"ECS003 PL2 below 461 GiB", "ECS003",
             [](bool trigger) {
                 TwoZones t;
                 t.d.disk(t.h, QStringLiteral("PL2"), trigger ? 100 : 461);
                 return t.d.take();
             },
             "disk-4: 100 GiB is outside the 461–65,536 GiB that cloud_essd PL2 takes.",
             "Resize to 461 GiB"},
            {"ECS004 PL2 where PL1 meets the target", "ECS004",
             [](bool trigger) {
                 TwoZones t;
                 t.d.disk(t.h, trigger ? QStringLiteral("PL2") : QStringLiteral("PL1"),
                          trigger ? 100 : 400, {}, 20000);
                 return t.d.take();
             },
             "needs 20,000 IOPS. PL1 at 364 GiB delivers 20,000 IOPS", "Use PL1 at 364 GiB"},
            {"ECS005 disks above the instance cap", "ECS005",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId vm = t.d.instances(t.h, QStringLiteral("ecs.g8i.large"));
                 t.d.disk(t.h, QStringLiteral("PL1"), trigger ? 1000 : 200, vm);
                 return t.d.take();
             },
             "deliver 50,000 IOPS and 350 MB/s together, but ecs.g8i.large caps all its cloud "
             "disks "
             "at 25,000 IOPS (burst 200,000)",
             "Use ecs.g8i.2xlarge"},
            {"ECS006 local NVMe with replication factor 1", "ECS006",
             [](bool trigger) {
                 TwoZones t;
                 for (EntityId z : {t.h, t.i}) {
                     const EntityId b = t.d.instances(z, QStringLiteral("ecs.i4.2xlarge"), 2,
                                                      QStringLiteral("kafka"));
                     t.d[b].compute.replicationFactor = trigger ? 1 : 3;
                 }
                 return t.d.take();
             },
             "with replication factor 1", "Set replication factor 3"},
            {"ECS006 local NVMe replicas in one zone", "ECS006",
             [](bool trigger) {
                 TwoZones t;
                 for (EntityId z : {t.h, trigger ? t.h : t.i}) {
                     const EntityId b = t.d.instances(z, QStringLiteral("ecs.i4.2xlarge"), 2,
                                                      QStringLiteral("kafka"));
                     t.d[b].compute.replicationFactor = 3;
                 }
                 return t.d.take();
             },
             "are in zone cn-hangzhou-h", nullptr},
            {"ECS007 scaling group in one zone", "ECS007",
             [](bool trigger) {
                 TwoZones t;
                 t.d.scalingGroup(t.region, trigger ? EntityIds{t.h} : EntityIds{t.h, t.i},
                                  QStringLiteral("ecs.g8i.large"), 2, 2, 6, QStringLiteral("web"));
                 return t.d.take();
             },
             "runs 2 instance(s) in zone cn-hangzhou-h only", "Also span zone cn-hangzhou-i"},
            {"ECS007 stateless instance tier in one zone", "ECS007",
             [](bool trigger) {
                 TwoZones t;
                 t.d.instances(t.h, QStringLiteral("ecs.g8i.large"), 2, QStringLiteral("api"),
                               {QStringLiteral("stateless")});
                 t.d.instances(trigger ? t.h : t.i, QStringLiteral("ecs.g8i.large"), 2,
                               QStringLiteral("api"), {QStringLiteral("stateless")});
                 return t.d.take();
             },
             "runs 4 instance(s) in zone cn-hangzhou-h only", nullptr},
            {"ECS008 web in zone i reads Redis in zone h", "ECS008",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId web
                         = t.d.instances(trigger ? t.i : t.h, QStringLiteral("ecs.g8i.large"), 2);
                 t.d.link(web, t.d.cache(t.h), 5000, 0.9);
                 return t.d.take();
             },
             "reads from cache-5 in cn-hangzhou-h: 5,000 GB/month (90% reads) cross zones",
             "Add a read replica in cn-hangzhou-i and read from it"},
            {"ECS009 SSH open to the world", "ECS009",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId sg = t.d.securityGroup(
                         t.region,
                         {ingress(443, QStringLiteral("0.0.0.0/0")),
                          ingress(22,
                                  trigger ? QStringLiteral("0.0.0.0/0")
                                          : QStringLiteral("198.51.100.0/24"))});
                 const EntityId vm = t.d.instances(t.h, QStringLiteral("ecs.g8i.large"));
                 t.d[vm].compute.securityGroups = {sg};
                 return t.d.take();
             },
             "accepts port(s) 22 from 0.0.0.0/0", "Narrow to 10.0.0.0/16"},
            {"ECS009 RDP inside an open range", "ECS009",
             [](bool trigger) {
                 TwoZones t;
                 SecurityRule r = ingress(3000, QStringLiteral("0.0.0.0/0"));
                 r.portTo = trigger ? 3400 : 3300;
                 t.d.securityGroup(t.region, {r});
                 return t.d.take();
             },
             "accepts port(s) 3389 from 0.0.0.0/0", "Narrow to 10.0.0.0/16"},
            {"ECS010 database on 64 vCPUs", "ECS010",
             [](bool trigger) {
                 TwoZones t;
                 t.d.instances(t.h,
                               trigger ? QStringLiteral("ecs.r8i.16xlarge")
                                       : QStringLiteral("ecs.r8i.8xlarge"),
                               1, QStringLiteral("db"), {QStringLiteral("database")});
                 return t.d.take();
             },
             "with 64 vCPUs and 512 GiB", nullptr},
            {"ECS011 preemptible without drain", "ECS011",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId vm = t.d.instances(t.h, QStringLiteral("ecs.g8i.large"), 5);
                 t.d[vm].compute.billing = BillingModel::Preemptible;
                 t.d[vm].compute.drainHandler = !trigger;
                 return t.d.take();
             },
             "runs 5 preemptible instance(s) without a termination handler",
             "Add a termination handler (drain on notice)"},
            {"ECS012 disk kept after its instance", "ECS012",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId vm = t.d.instances(t.h, QStringLiteral("ecs.g8i.large"));
                 const EntityId disk = t.d.disk(t.h, QStringLiteral("PL1"), 100, vm);
                 t.d[disk].disk.deleteWithInstance = !trigger;
                 return t.d.take();
             },
             "is kept when instanceGroup-4 is released", "Delete with the instance"},
            {"ECS013 JVM on c8i", "ECS013",
             [](bool trigger) {
                 TwoZones t;
                 t.d.instances(t.h,
                               trigger ? QStringLiteral("ecs.c8i.large")
                                       : QStringLiteral("ecs.g8i.large"),
                               2, QStringLiteral("orders"), {QStringLiteral("jvm")});
                 return t.d.take();
             },
             "runs a JVM on ecs.c8i.large: 4 GiB for 2 vCPU (1:2)", "Use ecs.g8i.large (1:4)"},
            {"ECS014 cross-region over the internet", "ECS014",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId web = t.d.instances(t.h, QStringLiteral("ecs.g8i.large"));
                 t.d.link(web, t.d.externalRegion(QStringLiteral("ap-southeast-1")), 300, 0.5,
                          trigger ? LinkPath::Internet : LinkPath::Cen);
                 return t.d.take();
             },
             "carries 300 GB/month between cn-hangzhou and ap-southeast-1 over the public internet",
             "Route over CEN"},
            {"ECS015 type unknown to the catalog", "ECS015",
             [](bool trigger) {
                 TwoZones t;
                 t.d.instances(t.h,
                               trigger ? QStringLiteral("ecs.zz9.large")
                                       : QStringLiteral("ecs.g8i.large"));
                 return t.d.take();
             },
             "ecs.zz9.large is not an instance type the catalog knows", nullptr},
            {"ECS016 bare metal", "ECS016",
             [](bool trigger) {
                 TwoZones t;
                 t.d.instances(t.h,
                               trigger ? QStringLiteral("ecs.ebmg7.32xlarge")
                                       : QStringLiteral("ecs.g7.32xlarge"));
                 return t.d.take();
             },
             "runs on ecs.ebmg7.32xlarge, a bare-metal type", nullptr},
            {"ECS017 Arm equivalent is cheaper", "ECS017",
             [](bool trigger) {
                 TwoZones t;
                 t.d.instances(t.h,
                               trigger ? QStringLiteral("ecs.g8i.large")
                                       : QStringLiteral("ecs.g8y.large"),
                               3);
                 return t.d.take();
             },
             "CNY 292.00 instead of CNY 381.97 per instance-month, saving CNY 269.92 per month for "
             "3 "
             "instance(s) (24% less)",
             "Use ecs.g8y.large (arm64)"},
            {"ECS003 PL3 system disk below 1,261 GiB", "ECS003",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId web = t.d.instances(t.h, QStringLiteral("ecs.g8i.large"));
                 t.d[web].compute.systemDiskLevel
                         = trigger ? QStringLiteral("PL3") : QStringLiteral("PL1");
                 return t.d.take();
             },
             "a system disk of 40 GiB is outside the 1,261–65,536 GiB that cloud_essd PL3 takes",
             "Resize to 1,261 GiB"},
            {"ECS018 ALB in one zone", "ECS018",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId lb = t.d.cache(t.h);
                 t.d[lb].kind = EntityKind::LoadBalancer;
                 t.d[lb].zones = trigger ? EntityIds{} : EntityIds{t.h, t.i};
                 return t.d.take();
             },
             "an ALB must span at least two zones of its region; it spans 1.",
             "Span cn-hangzhou-h, cn-hangzhou-i"},
            {"ECS019 scaling minimum above desired", "ECS019",
             [](bool trigger) {
                 TwoZones t;
                 t.d.scalingGroup(t.region, {t.h, t.i}, QStringLiteral("ecs.g8i.large"),
                                  trigger ? 3 : 2, 2, 4);
                 return t.d.take();
             },
             "The minimum size (3) must not exceed the desired size (2).", nullptr},
            {"ECS020 zone of another region", "ECS020",
             [](bool trigger) {
                 TwoZones t;
                 t.d[t.i].code = trigger ? QStringLiteral("cn-shanghai-b")
                                         : QStringLiteral("cn-hangzhou-j");
                 return t.d.take();
             },
             "cn-shanghai-b is not a zone of region cn-hangzhou", nullptr},
            {"ECS021 unknown region id", "ECS021",
             [](bool trigger) {
                 SmallDesign d;
                 d.region(trigger ? QStringLiteral("cn-atlantis") : QStringLiteral("cn-qingdao"));
                 return d.take();
             },
             "cn-atlantis is not a region id the catalog knows.", nullptr},
            {"ECS022 vSwitch outside its VPC", "ECS022",
             [](bool trigger) {
                 TwoZones t;
                 t.d[t.h].cidr
                         = trigger ? QStringLiteral("10.9.0.0/24") : QStringLiteral("10.0.9.0/24");
                 return t.d.take();
             },
             "10.9.0.0/24 is outside 10.0.0.0/16, the VPC block of region \"cn-hangzhou\"",
             nullptr},
            {"ECS023 Redis 7.0 on a classic class", "ECS023",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId cache = t.d.cache(t.h);
                 t.d[cache].cache.engineVersion
                         = trigger ? QStringLiteral("7.0") : QStringLiteral("5.0");
                 return t.d.take();
             },
             "Redis 7.0 is offered only with cloud-native classes", "Use engine version 5.0"},
            {"ECS024 ESSD system disk on t5", "ECS024",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId web = t.d.instances(t.h, QStringLiteral("ecs.t5-c1m2.large"));
                 if (!trigger) {
                     t.d[web].compute.systemDiskCategory = QStringLiteral("cloud_efficiency");
                     t.d[web].compute.systemDiskLevel.clear();
                 }
                 return t.d.take();
             },
             "ecs.t5-c1m2.large can attach only cloud_efficiency, cloud_ssd disks, not cloud_essd.",
             nullptr},
            {"ECS025 scaling group with an AutoPL system disk", "ECS025",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId g = t.d.scalingGroup(t.region, {t.h, t.i},
                                                     QStringLiteral("ecs.g8i.large"), 2, 2, 6);
                 t.d[g].compute.systemDiskCategory
                         = trigger ? QStringLiteral("cloud_auto") : QStringLiteral("cloud_essd");
                 t.d[g].compute.systemDiskLevel = trigger ? QString() : QStringLiteral("PL1");
                 return t.d.take();
             },
             "whose system disk cannot be cloud_auto", "Use cloud_essd PL1"},
            // Scenario A: 20,000 req/s average (40,000 at the default peak of 2) of 560 B requests
            // and 13,440 B responses = 14,000 B: 735,840 GB/month. The gateway proxies both
            // ways: 14,000 B × 40,000 × 8 = 4.48 Gbit/s each direction against 2 × 2 Gbit/s.
            {"ECS026 gateway above its bandwidth", "ECS026",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId gw = t.d.instances(t.h,
                                                   trigger ? QStringLiteral("ecs.g7.large")
                                                           : QStringLiteral("ecs.g7.xlarge"),
                                                   2, QStringLiteral("gateway"));
                 const EntityId api = t.d.instances(t.h, QStringLiteral("ecs.g7.4xlarge"), 2);
                 const EntityId in = t.d.link(t.d.internetUsers(), gw, 735840, 0.96);
                 const EntityId out = t.d.link(gw, api, 735840, 0.96);
                 t.d[in].link.requestsPerSecond = t.d[out].link.requestsPerSecond = 20000;
                 return t.d.take();
             },
             "network bandwidth 4.48 of 4.00 Gbit/s (112 %)", "Use ecs.g7.xlarge"},
            {"ECS026 names the high-frequency alternative", "ECS026",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId gw = t.d.instances(t.h,
                                                   trigger ? QStringLiteral("ecs.g7.large")
                                                           : QStringLiteral("ecs.g7.xlarge"),
                                                   2, QStringLiteral("gateway"));
                 const EntityId api = t.d.instances(t.h, QStringLiteral("ecs.g7.4xlarge"), 2);
                 const EntityId in = t.d.link(t.d.internetUsers(), gw, 735840, 0.96);
                 const EntityId out = t.d.link(gw, api, 735840, 0.96);
                 t.d[in].link.requestsPerSecond = t.d[out].link.requestsPerSecond = 20000;
                 return t.d.take();
             },
             "High frequency, the field guide's choice for a gateway (its workers are "
             "single-threaded): 2 × ecs.hfg7.2xlarge (3.0 Gbit/s, 1,600,000 packets/s each) "
             "carries it at 75 % network bandwidth",
             "Use ecs.g7.xlarge"},
            // 99 Gbit/s out at the peak (16,260,750 GB/month, all against the arrow): more
            // than the family's largest type (64 Gbit/s); 50 × 2 Gbit/s carry it.
            {"ECS026 no type carries it: more instances", "ECS026",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId web
                         = t.d.instances(t.h, QStringLiteral("ecs.g7.large"), trigger ? 1 : 50);
                 t.d.link(t.d.internetUsers(), web, 16260750, 1.0);
                 return t.d.take();
             },
             "No g7 type carries it with 1 instances; 50 instances of ecs.g7.large do.",
             "Run 50 instances"},
            // 150,000 req/s average, 300,000 at the peak, against the class's 200,000 QPS for
            // its 2 shards: 3 shards carry it.
            {"ECS027 cache above its class's QPS", "ECS027",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId app = t.d.instances(t.h, QStringLiteral("ecs.g7.large"), 2);
                 const EntityId cache = t.d.cache(t.h);
                 t.d[cache].cache.instanceClass
                         = QStringLiteral("redis.logic.sharding.2g.2db.0rodb.4proxy.default");
                 const EntityId l = t.d.link(app, cache);
                 t.d[l].link.requestsPerSecond = trigger ? 150000 : 50000;
                 return t.d.take();
             },
             "requests per second 300,000 of 200,000 req/s (150 %)", "Use 3 shards"},
            // Scenario A's served side on a scaling group: 4.3 Gbit/s out at the peak against
            // 2 Gbit/s per ecs.g7.large; a maximum of 2 cannot carry it, 3 can.
            {"ECS028 scaling maximum below the peak", "ECS028",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId sg
                         = t.d.scalingGroup(t.region, {t.h, t.i}, QStringLiteral("ecs.g7.large"), 1,
                                            2, trigger ? 2 : 3);
                 const EntityId in = t.d.link(t.d.internetUsers(), sg, 735840, 0.96);
                 t.d[in].link.requestsPerSecond = 20000;
                 return t.d.take();
             },
             "It needs at least 3 instances to carry the peak", "Raise the maximum to 3"},
            // 5,000 req/s average, 10,000 at the peak, 1 I/O each, against a 100 GiB PL1 disk
            // (1,800 + 50 × 100 = 6,800 IOPS): 164 GiB of PL1 deliver 10,000.
            {"ECS029 disk IOPS demand above the disk", "ECS029",
             [](bool trigger) {
                 TwoZones t;
                 const EntityId app = t.d.instances(t.h, QStringLiteral("ecs.g7.large"), 2);
                 const EntityId db = t.d.instances(t.h, QStringLiteral("ecs.g7.large"), 1);
                 t.d.disk(t.h, QStringLiteral("PL1"), 100, db);
                 const EntityId l = t.d.link(app, db);
                 t.d[l].link.requestsPerSecond = trigger ? 5000 : 3000;
                 return t.d.take();
             },
             "asks 10,000 IOPS of its data disks (10,000 req/s served × 1 I/O per request) but "
             "they deliver 6,800 IOPS",
             "Grow disk-6 to 164 GiB"},
    };
    return list;
}

Findings ofRule(const RulesEngine &engine, const QString &ruleId)
{
    Findings out;
    for (const Finding &f : engine.findings()) {
        if (f.ruleId == ruleId)
            out << f;
    }
    return out;
}

} // namespace

class tst_Rules : public QObject
{
    Q_OBJECT

private slots:
    void registry();
    void scenario_data();
    void scenario();
    void typeNotOfferedInZone();
    void placeholderInNameIsText();
    void findingsShareTheirHeader();
    void contextTranslatesOnce();
    void contextFormatsAsArg_data();
    void contextFormatsAsArg();
    void contextFormatsPlurals();
};

void tst_Rules::registry()
{
    const QList<const Rule *> &rules = builtinRules();
    QCOMPARE(rules.size(), 29);
    for (int i = 0; i < rules.size(); ++i) {
        QCOMPARE(rules[i]->id(), QStringLiteral("ECS%1").arg(i + 1, 3, 10, QLatin1Char('0')));
        QVERIFY(!rules[i]->title().isEmpty());
        QVERIFY(!rules[i]->reference().isEmpty());
        QVERIFY(rules[i]->helpUri().startsWith(QLatin1String("https://")));
    }
    QCOMPARE(findRule(QStringLiteral("ECS008"))->severity(), Severity::Warning);
    QCOMPARE(findRule(QStringLiteral("ECS999")), nullptr);
}

void tst_Rules::scenario_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < scenarios().size(); ++i)
        QTest::newRow(scenarios()[i].name) << i;
}

void tst_Rules::scenario()
{
    QFETCH(int, index);
    const Scenario &s = scenarios()[index];
    const QString ruleId = QString::fromLatin1(s.ruleId);

    Document close;
    close.resetModel(s.build(false));
    RulesEngine closeEngine(&close, nullptr, &Catalog::builtin());
    QCOMPARE(ofRule(closeEngine, ruleId).size(), 0);

    Document document;
    document.resetModel(s.build(true));
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    const Findings found = ofRule(engine, ruleId);
    QCOMPARE(found.size(), 1);
    const Finding &f = found.first();
    QCOMPARE(f.severity, findRule(ruleId)->severity());
    if (!f.message.contains(QString::fromUtf8(s.expectedText)))
        QFAIL(qPrintable(QStringLiteral("message was: ") + f.message));
    QVERIFY(!f.entities.isEmpty());

    if (!s.fixTitle) {
        QVERIFY(!f.hasFix());
        return;
    }
    QCOMPARE(f.fix.title, QString::fromUtf8(s.fixTitle));
    const int steps = document.undoStack()->count();
    QCOMPARE(RulesEngine::applyFix(f, &document), QString());
    QCOMPARE(document.undoStack()->count(), steps + 1); // one undo step
    QCOMPARE(ofRule(engine, ruleId).size(), 0);
    document.undo();
    const Findings back = ofRule(engine, ruleId);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().message, f.message);
    document.redo();
    QCOMPARE(ofRule(engine, ruleId).size(), 0);
}

void tst_Rules::typeNotOfferedInZone()
{
    (void)Catalog::builtin(); // registers the embedded resource
    QFile file(QStringLiteral(":/catalog/catalog.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    root.insert(QStringLiteral("availability"),
                QJsonObject{{QStringLiteral("cn-hangzhou-h"),
                             QJsonArray{QStringLiteral("ecs.g8i.large")}}});
    QStringList errors;
    const auto catalog = Catalog::fromJson(QJsonDocument(root).toJson(), &errors);
    QVERIFY2(catalog, qPrintable(errors.join(QLatin1Char('\n'))));

    for (const bool offered : {false, true}) {
        SmallDesign d;
        const EntityId region = d.region(QStringLiteral("cn-hangzhou"));
        const EntityId h = d.zone(region, QStringLiteral("cn-hangzhou-h"));
        const EntityId i = d.zone(region, QStringLiteral("cn-hangzhou-i")); // no data: offered
        d.instances(i, QStringLiteral("ecs.c8i.large"));
        d.instances(h, offered ? QStringLiteral("ecs.g8i.large") : QStringLiteral("ecs.c8i.large"));
        Document document;
        document.resetModel(d.take());
        RulesEngine engine(&document, nullptr, catalog.get());
        const Findings found = ofRule(engine, QStringLiteral("ECS015"));
        QCOMPARE(found.size(), offered ? 0 : 1);
        if (!offered) {
            QCOMPARE(found.first().message,
                     QStringLiteral(
                             "instanceGroup-5 uses ecs.c8i.large, which the catalog says is not "
                             "offered in cn-hangzhou-h: provisioning will fail there. Check with "
                             "DescribeAvailableResource and pick an offered type or zone."));
        }
    }
}

void tst_Rules::contextFormatsAsArg_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two") << QByteArray("%1 and %2") << QStringList{"a", "b"}
                         << QStringLiteral("a and b");
    // QString::arg's multi-arg form: the lowest number takes the first argument, every time.
    QTest::newRow("repeated, gap") << QByteArray("%3 saves %1; %3 again") << QStringList{"x", "y"}
                                   << QStringLiteral("y saves x; y again");
    QTest::newRow("two digits") << QByteArray("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                                << QStringList{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
                                << QStringLiteral("a b c d e f g h i j");
    QTest::newRow("too few arguments")
            << QByteArray("%1 %2 %3") << QStringList{"a", "b"} << QStringLiteral("a b %3");
    QTest::newRow("placeholder in an argument")
            << QByteArray("%1 %2") << QStringList{"%2", "x"} << QStringLiteral("%2 x");
    QTest::newRow("percent") << QByteArray("100% of %1, %9% less") << QStringList{"a", "5"}
                             << QStringLiteral("100% of a, 5% less");
    QTest::newRow("empty argument")
            << QByteArray("[%1]") << QStringList{""} << QStringLiteral("[]");
    QTest::newRow("text only") << QByteArray("%1") << QStringList{"whole"}
                               << QStringLiteral("whole");
    // A text holding a private-use character format() marks arguments with: QString::arg.
    QTest::newRow("marker in the text")
            << QByteArray("\xee\x80\x80 %1 \xee\x80\x81") << QStringList{"a"}
            << (QChar(0xE000) + QStringLiteral(" a ") + QChar(0xE001));
}

void tst_Rules::contextFormatsAsArg()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Model model;
    const RuleContext context(model, Catalog::builtin());
    std::vector<QStringView> views(args.cbegin(), args.cend());
    const auto format = [&] {
        switch (views.size()) {
        case 1:
            return context.format(source.constData(), {views[0]});
        case 2:
            return context.format(source.constData(), {views[0], views[1]});
        case 10:
            return context.format(source.constData(),
                                  {views[0], views[1], views[2], views[3], views[4], views[5],
                                   views[6], views[7], views[8], views[9]});
        }
        return QString();
    };
    QCOMPARE(format(), expected);
    QCOMPARE(format(), expected); // from the split text kept by the context
}

void tst_Rules::contextFormatsPlurals()
{
    const Model model;
    const RuleContext context(model, Catalog::builtin());
    const char *plural = QT_TRANSLATE_N_NOOP("ecsplan", "For %n instance(s) it %1.");
    QCOMPARE(context.format(plural, {u"saves"}, 3), QStringLiteral("For 3 instance(s) it saves."));
    QCOMPARE(context.format(plural, {u"costs"}, 1), QStringLiteral("For 1 instance(s) it costs."));
    QCOMPARE(context.format(plural, {u"saves"}, 3), QStringLiteral("For 3 instance(s) it saves."));
}

QTEST_GUILESS_MAIN(tst_Rules)
#include "tst_rules.moc"

void tst_Rules::placeholderInNameIsText()
{
    // A message is filled in one arg() pass: a name that looks like a placeholder stays text.
    TwoZones t;
    const EntityId web = t.d.instances(t.h, QStringLiteral("ecs.g8i.large"), 3);
    t.d[web].name = QStringLiteral("web %3 %9");
    Document document;
    document.resetModel(t.d.take());
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    const Findings found = ofRule(engine, QStringLiteral("ECS017"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().message,
             QStringLiteral("web %3 %9 could run on ecs.g8y.large (Arm, 2 vCPU, 8 GiB) instead of "
                            "ecs.g8i.large: CNY 292.00 instead of CNY 381.97 per instance-month, "
                            "saving CNY 269.92 per month for 3 instance(s) (24% less). The "
                            "software must be built for arm64."));
}

void tst_Rules::findingsShareTheirHeader()
{
    TwoZones t;
    t.d.instances(t.h, QStringLiteral("ecs.g8i.large"), 3);
    t.d.instances(t.i, QStringLiteral("ecs.g8i.large"), 2);
    Document document;
    document.resetModel(t.d.take());
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    const Findings found = ofRule(engine, QStringLiteral("ECS017"));
    QCOMPARE(found.size(), 2);
    const Rule *rule = findRule(QStringLiteral("ECS017"));
    for (const Finding &f : found) {
        QCOMPARE(f.ruleId, rule->id());
        QCOMPARE(f.title, rule->title());
        QCOMPARE(f.reference, rule->reference());
    }
    // One copy per batch, not one per finding: the findings point at the same characters.
    QCOMPARE(found[0].title.constData(), found[1].title.constData());
    QCOMPARE(found[0].reference.constData(), found[1].reference.constData());
}

void tst_Rules::contextTranslatesOnce()
{
    const Model model;
    const RuleContext context(model, Catalog::builtin());
    const char *plural = QT_TRANSLATE_N_NOOP("ecsplan", "For %n instance(s) it %1.");
    const QString three = context.text(plural, 3);
    QCOMPARE(three, QStringLiteral("For 3 instance(s) it %1."));
    QCOMPARE(context.text(plural, 1), QStringLiteral("For 1 instance(s) it %1."));
    QCOMPARE(context.text(plural, 3).constData(), three.constData()); // the memoised string
    const char *plain = QT_TRANSLATE_NOOP("ecsplan", "Use %1 (arm64)");
    QCOMPARE(context.text(plain), QCoreApplication::translate("ecsplan", plain));
    QCOMPARE(context.text(plain).constData(), context.text(plain).constData());
}
