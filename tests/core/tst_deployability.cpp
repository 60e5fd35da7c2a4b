// core/validation: per condition, a design that trips it (the exact located messages) and one
// just inside the bound that does not; plus the CIDR parser and address-space rules.

#include "catalog/catalog.h"
#include "export/terraform/terraformbuilder.h"
#include "model/document.h"
#include "rules/rulesengine.h"
#include "sampledesigns.h"
#include "smalldesign.h"
#include "validation/cidr.h"
#include "validation/deployability.h"

#include <QTest>

#include <functional>

using namespace ecsplan;
using ecsplan::test::SmallDesign;

namespace {

struct Case
{
    const char *name;
    std::function<Model(bool trigger)> build;
    QStringList expected; ///< located messages when triggered, in checkDesign order
};

/** Region cn-hangzhou (#1, 10.0.0.0/16) with zones cn-hangzhou-h (#2) and -i (#3). */
struct Base
{
    SmallDesign d;
    EntityId region, h, i;
    explicit Base(const QString &vpc = QStringLiteral("10.0.0.0/16"))
    {
        region = d.region(QStringLiteral("cn-hangzhou"), vpc);
        h = d.zone(region, QStringLiteral("cn-hangzhou-h"));
        i = d.zone(region, QStringLiteral("cn-hangzhou-i"));
    }
    /** A load balancer (#4) named "lb" in `parent`, spanning `zones`. */
    EntityId loadBalancer(EntityId parent, LoadBalancerKind kind, const EntityIds &zones)
    {
        const EntityId id = d.cache(parent);
        Entity &e = d[id];
        e.kind = EntityKind::LoadBalancer;
        e.name = QStringLiteral("lb");
        e.parent = parent;
        e.loadBalancer.kind = kind;
        e.zones = zones;
        return id;
    }
    EntityId cache(CacheEngine engine, const QString &cls, const QString &version)
    {
        const EntityId id = d.cache(h);
        d[id].cache.engine = engine;
        d[id].cache.instanceClass = cls;
        d[id].cache.engineVersion = version;
        return id;
    }
};

QString line(const char *text)
{
    return QStringLiteral("design.ecsplan: ") + QString::fromUtf8(text);
}

Model cidrs(const QString &vpc, const QString &h, const QString &i = {})
{
    Base b(vpc);
    b.d[b.h].cidr = h;
    b.d[b.i].cidr = i;
    return b.d.take();
}

const QList<Case> &cases()
{
    static const QList<Case> list = {
            {"ALB in one zone",
             [](bool trigger) {
                 Base b;
                 b.loadBalancer(b.h, LoadBalancerKind::Alb,
                                trigger ? EntityIds{} : EntityIds{b.h, b.i});
                 return b.d.take();
             },
             {line("lb (#4), zones: an ALB must span at least two zones of its region; it spans "
                   "1.")}},
            {"NLB in no zone",
             [](bool trigger) {
                 Base b;
                 b.loadBalancer(b.region, LoadBalancerKind::Nlb,
                                trigger ? EntityIds{} : EntityIds{b.i, b.h});
                 return b.d.take();
             },
             {line("lb (#4), zones: an NLB must span at least two zones of its region; it spans "
                   "0.")}},
            {"CLB in one zone is fine, ALB is not",
             [](bool trigger) {
                 Base b;
                 b.loadBalancer(b.h, trigger ? LoadBalancerKind::Alb : LoadBalancerKind::Clb, {});
                 return b.d.take();
             },
             {line("lb (#4), zones: an ALB must span at least two zones of its region; it spans "
                   "1.")}},
            {"scaling min above desired",
             [](bool trigger) {
                 Base b;
                 b.d.scalingGroup(b.region, {b.h, b.i}, QStringLiteral("ecs.g8i.large"),
                                  trigger ? 3 : 2, 2, 6);
                 return b.d.take();
             },
             {line("scalingGroup-4 (#4), minSize: The minimum size (3) must not exceed the desired "
                   "size (2).")}},
            {"scaling desired above max",
             [](bool trigger) {
                 Base b;
                 b.d.scalingGroup(b.region, {b.h, b.i}, QStringLiteral("ecs.g8i.large"), 1,
                                  trigger ? 7 : 6, 6);
                 return b.d.take();
             },
             {line("scalingGroup-4 (#4), desiredSize: The desired size (7) must be between the "
                   "minimum (1) and the maximum (6).")}},
            {"scaling min above max",
             [](bool trigger) {
                 Base b;
                 b.d.scalingGroup(b.region, {b.h, b.i}, QStringLiteral("ecs.g8i.large"),
                                  trigger ? 5 : 4, 4, 4);
                 return b.d.take();
             },
             {line("scalingGroup-4 (#4), minSize: The minimum size (5) must not exceed the maximum "
                   "size (4).")}},
            {"zone of another region",
             [](bool trigger) {
                 Base b;
                 b.d[b.i].code = trigger ? QStringLiteral("cn-shanghai-b")
                                         : QStringLiteral("cn-hangzhou-j");
                 return b.d.take();
             },
             {line("cn-hangzhou-i (#3), code: cn-shanghai-b is not a zone of region cn-hangzhou "
                   "(\"cn-hangzhou\", #1).")}},
            {"zone id with the region's prefix but no zone letter",
             [](bool trigger) {
                 Base b;
                 b.d[b.i].code = trigger ? QStringLiteral("cn-hangzhou-hh")
                                         : QStringLiteral("cn-hangzhou-k");
                 return b.d.take();
             },
             {line("cn-hangzhou-i (#3), code: cn-hangzhou-hh is not a zone of region cn-hangzhou "
                   "(\"cn-hangzhou\", #1).")}},
            {"zone the catalog does not list",
             [](bool trigger) {
                 Base b;
                 b.d[b.i].code = trigger ? QStringLiteral("cn-hangzhou-z")
                                         : QStringLiteral("cn-hangzhou-b");
                 return b.d.take();
             },
             {line("cn-hangzhou-i (#3), code: cn-hangzhou-z is not among the zones the catalog "
                   "lists for cn-hangzhou (cn-hangzhou-b, cn-hangzhou-f, cn-hangzhou-g, "
                   "cn-hangzhou-h, cn-hangzhou-i, cn-hangzhou-j, cn-hangzhou-k).")}},
            {"two regions with one id",
             [](bool trigger) {
                 Base b;
                 b.d.region(trigger ? QStringLiteral("cn-hangzhou") : QStringLiteral("cn-shanghai"),
                            QStringLiteral("10.1.0.0/16"));
                 return b.d.take();
             },
             {line("cn-hangzhou (#1), code: region \"cn-hangzhou\" (#4) has the same id "
                   "cn-hangzhou; a design has one VPC per region, so give each region its own "
                   "id."),
              line("cn-hangzhou (#4), code: region \"cn-hangzhou\" (#1) has the same id "
                   "cn-hangzhou; a design has one VPC per region, so give each region its own "
                   "id.")}},
            {"unknown region id",
             [](bool trigger) {
                 SmallDesign d;
                 d.region(trigger ? QStringLiteral("cn-atlantis") : QStringLiteral("cn-qingdao"));
                 return d.take();
             },
             {line("cn-atlantis (#1), code: cn-atlantis is not a region id the catalog knows.")}},
            {"overlapping VPCs",
             [](bool trigger) {
                 Base b;
                 b.d.region(QStringLiteral("cn-shanghai"),
                            trigger ? QStringLiteral("10.0.128.0/17")
                                    : QStringLiteral("10.1.0.0/16"));
                 return b.d.take();
             },
             {line("cn-hangzhou (#1), cidr: 10.0.0.0/16 overlaps 10.0.128.0/17 of region "
                   "\"cn-shanghai\" (#4): the VPCs cannot be joined over CEN."),
              line("cn-shanghai (#4), cidr: 10.0.128.0/17 overlaps 10.0.0.0/16 of region "
                   "\"cn-hangzhou\" (#1): the VPCs cannot be joined over CEN.")}},
            {"not a CIDR block",
             [](bool trigger) {
                 return cidrs(QStringLiteral("10.0.0.0/16"),
                              trigger ? QStringLiteral("hello/99") : QStringLiteral("10.0.1.0/24"));
             },
             {line("cn-hangzhou-h (#2), cidr: \"hello/99\" is not an IPv4 CIDR block such as "
                   "10.0.0.0/16.")}},
            {"host bits set",
             [](bool trigger) {
                 return cidrs(QStringLiteral("10.0.0.0/16"),
                              trigger ? QStringLiteral("10.0.1.5/24")
                                      : QStringLiteral("10.0.1.0/24"));
             },
             {line("cn-hangzhou-h (#2), cidr: 10.0.1.5/24 has host bits set; the block it lies in "
                   "is 10.0.1.0/24.")}},
            {"public VPC block",
             [](bool trigger) {
                 return cidrs(trigger ? QStringLiteral("8.8.0.0/16")
                                      : QStringLiteral("172.16.0.0/12"),
                              {});
             },
             {line("cn-hangzhou (#1), cidr: 8.8.0.0/16 is a public address range; use a private "
                   "one (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16).")}},
            {"reserved VPC block",
             [](bool trigger) {
                 return cidrs(trigger ? QStringLiteral("100.64.0.0/16")
                                      : QStringLiteral("192.168.0.0/16"),
                              {});
             },
             {line("cn-hangzhou (#1), cidr: 100.64.0.0/16 overlaps a range Alibaba Cloud reserves "
                   "(100.64.0.0/10, 224.0.0.0/4, 127.0.0.0/8, 169.254.0.0/16); a VPC cannot use "
                   "it.")}},
            {"VPC block too small",
             [](bool trigger) {
                 return cidrs(trigger ? QStringLiteral("10.0.0.0/29")
                                      : QStringLiteral("10.0.0.0/28"),
                              {});
             },
             {line("cn-hangzhou (#1), cidr: 10.0.0.0/29 is smaller than a VPC block may be (/8 to "
                   "/28).")}},
            {"VPC block too large",
             [](bool trigger) {
                 return cidrs(trigger ? QStringLiteral("10.0.0.0/7") : QStringLiteral("10.0.0.0/8"),
                              {});
             },
             {line("cn-hangzhou (#1), cidr: 10.0.0.0/7 is larger than a VPC block may be (/8 to "
                   "/28).")}},
            {"vSwitch block too small",
             [](bool trigger) {
                 return cidrs(QStringLiteral("10.0.0.0/16"),
                              trigger ? QStringLiteral("10.0.1.0/30")
                                      : QStringLiteral("10.0.1.0/29"));
             },
             {line("cn-hangzhou-h (#2), cidr: 10.0.1.0/30 is smaller than a vSwitch block may be "
                   "(/16 to /29).")}},
            {"vSwitch block too large",
             [](bool trigger) {
                 return cidrs(QStringLiteral("10.0.0.0/8"),
                              trigger ? QStringLiteral("10.0.0.0/15")
                                      : QStringLiteral("10.0.0.0/16"));
             },
             {line("cn-hangzhou-h (#2), cidr: 10.0.0.0/15 is larger than a vSwitch block may be "
                   "(/16 to /29).")}},
            {"vSwitch outside its VPC",
             [](bool trigger) {
                 return cidrs(QStringLiteral("10.0.0.0/16"),
                              trigger ? QStringLiteral("10.1.0.0/24")
                                      : QStringLiteral("10.0.255.0/24"));
             },
             {line("cn-hangzhou-h (#2), cidr: 10.1.0.0/24 is outside 10.0.0.0/16, the VPC block "
                   "of region \"cn-hangzhou\" (#1).")}},
            {"overlapping vSwitches",
             [](bool trigger) {
                 return cidrs(QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.1.0/24"),
                              trigger ? QStringLiteral("10.0.1.128/25")
                                      : QStringLiteral("10.0.2.0/25"));
             },
             {line("cn-hangzhou-h (#2), cidr: 10.0.1.0/24 overlaps 10.0.1.128/25 of zone "
                   "\"cn-hangzhou-i\" (#3) in the same VPC."),
              line("cn-hangzhou-i (#3), cidr: 10.0.1.128/25 overlaps 10.0.1.0/24 of zone "
                   "\"cn-hangzhou-h\" (#2) in the same VPC.")}},
            {"cache without a class",
             [](bool trigger) {
                 Base b;
                 b.cache(CacheEngine::Redis,
                         trigger ? QStringLiteral(" ")
                                 : QStringLiteral("redis.master.small.default"),
                         QStringLiteral("5.0"));
                 return b.d.take();
             },
             {line("cache-4 (#4), instanceClass: the cache has no instance class.")}},
            {"Redis 7.0 on a classic master-replica class",
             [](bool trigger) {
                 Base b;
                 b.cache(CacheEngine::Redis, QStringLiteral("redis.master.large.default"),
                         trigger ? QStringLiteral("7.0") : QStringLiteral("5.0"));
                 return b.d.take();
             },
             {line("cache-4 (#4), engineVersion: redis.master.large.default is a classic class, "
                   "and Redis 7.0 is offered only with cloud-native classes (such as "
                   "redis.shard.small.2.ce); use engine version 5.0 or a cloud-native class.")}},
            {"Redis 7.0 on a classic cluster class",
             [](bool trigger) {
                 Base b;
                 b.cache(CacheEngine::Redis,
                         trigger ? QStringLiteral(
                                 "redis.logic.sharding.2g.2db.0rodb.4proxy.default")
                                 : QStringLiteral("redis.shard.small.2.ce"),
                         QStringLiteral("7.0"));
                 return b.d.take();
             },
             {line("cache-4 (#4), engineVersion: redis.logic.sharding.2g.2db.0rodb.4proxy.default "
                   "is a classic class, and Redis 7.0 is offered only with cloud-native classes "
                   "(such as redis.shard.small.2.ce); use engine version 5.0 or a cloud-native "
                   "class.")}},
            {"Redis 6.0 on a classic class",
             [](bool trigger) {
                 Base b;
                 b.cache(CacheEngine::Redis, QStringLiteral("redis.master.small.default"),
                         trigger ? QStringLiteral("6.0") : QStringLiteral("4.0"));
                 return b.d.take();
             },
             {line("cache-4 (#4), engineVersion: redis.master.small.default is a classic class, "
                   "and Redis 6.0 is offered only with cloud-native classes (such as "
                   "redis.shard.small.2.ce); use engine version 5.0 or a cloud-native class.")}},
            {"Redis version that does not exist",
             [](bool trigger) {
                 Base b;
                 b.cache(CacheEngine::Redis, QStringLiteral("redis.master.small.default"),
                         trigger ? QStringLiteral("5.5") : QStringLiteral("4.0"));
                 return b.d.take();
             },
             {line("cache-4 (#4), engineVersion: Redis engine version \"5.5\" does not exist (2.8, "
                   "4.0, 5.0, 6.0, 7.0).")}},
            {"Tair engine with a Redis class",
             [](bool trigger) {
                 Base b;
                 b.cache(CacheEngine::Tair,
                         trigger ? QStringLiteral("redis.master.large.default")
                                 : QStringLiteral("tair.rdb.2g"),
                         QStringLiteral("7.0"));
                 return b.d.take();
             },
             {line("cache-4 (#4), instanceClass: redis.master.large.default is not a Tair class "
                   "(tair.rdb.*, tair.scm.* or tair.essd.*).")}},
            {"Tair persistent memory on 7.0",
             [](bool trigger) {
                 Base b;
                 b.cache(CacheEngine::Tair, QStringLiteral("tair.scm.standard.1m.4d"),
                         trigger ? QStringLiteral("7.0") : QStringLiteral("1.0"));
                 return b.d.take();
             },
             {line("cache-4 (#4), engineVersion: Tair tair.scm.* classes take engine version 1.0, "
                   "not \"7.0\".")}},
            {"Tair ESSD on 5.0",
             [](bool trigger) {
                 Base b;
                 b.cache(CacheEngine::Tair, QStringLiteral("tair.essd.standard.xlarge"),
                         trigger ? QStringLiteral("5.0") : QStringLiteral("2.0"));
                 return b.d.take();
             },
             {line("cache-4 (#4), engineVersion: Tair tair.essd.* classes take engine version "
                   "1.0, 2.0, not \"5.0\".")}},
            {"Redis engine with a Tair class",
             [](bool trigger) {
                 Base b;
                 b.cache(CacheEngine::Redis,
                         trigger ? QStringLiteral("tair.rdb.2g")
                                 : QStringLiteral("redis.master.mid.default"),
                         QStringLiteral("5.0"));
                 return b.d.take();
             },
             {line("cache-4 (#4), instanceClass: tair.rdb.2g is a Tair class, but the engine is "
                   "Redis; set the engine to Tair or pick a Redis class.")}},
            {"PL2 data disk below 461 GiB",
             [](bool trigger) {
                 Base b;
                 b.d.disk(b.h, QStringLiteral("PL2"), trigger ? 460 : 461);
                 return b.d.take();
             },
             {line("disk-4 (#4), sizeGiB: 460 GiB is outside the 461–65,536 GiB that cloud_essd "
                   "PL2 takes.")}},
            {"PL1 data disk above 65,536 GiB",
             [](bool trigger) {
                 Base b;
                 b.d.disk(b.h, QStringLiteral("PL1"), trigger ? 65537 : 65536);
                 return b.d.take();
             },
             {line("disk-4 (#4), sizeGiB: 65,537 GiB is outside the 20–65,536 GiB that cloud_essd "
                   "PL1 takes.")}},
            {"PL3 system disk of 40 GiB",
             [](bool trigger) {
                 Base b;
                 const EntityId web = b.d.instances(b.h, QStringLiteral("ecs.g8i.large"));
                 b.d[web].compute.systemDiskLevel
                         = trigger ? QStringLiteral("PL3") : QStringLiteral("PL1");
                 return b.d.take();
             },
             {line("instanceGroup-4 (#4), systemDiskGiB: a system disk of 40 GiB is outside the "
                   "1,261–65,536 GiB that cloud_essd PL3 takes.")}},
            {"t5 with an ESSD system disk",
             [](bool trigger) {
                 Base b;
                 const EntityId web = b.d.instances(b.h, QStringLiteral("ecs.t5-c1m2.large"));
                 if (!trigger) {
                     b.d[web].compute.systemDiskCategory = QStringLiteral("cloud_efficiency");
                     b.d[web].compute.systemDiskLevel.clear();
                 }
                 return b.d.take();
             },
             {line("instanceGroup-4 (#4), systemDiskCategory: ecs.t5-c1m2.large can attach only "
                   "cloud_efficiency, cloud_ssd disks, not cloud_essd.")}},
            {"ESSD data disk on t5",
             [](bool trigger) {
                 Base b;
                 const EntityId web = b.d.instances(b.h, QStringLiteral("ecs.t5-c1m2.large"));
                 b.d[web].compute.systemDiskCategory = QStringLiteral("cloud_ssd");
                 b.d[web].compute.systemDiskLevel.clear();
                 const EntityId data = b.d.disk(b.h, QStringLiteral("PL1"), 100, web);
                 if (!trigger) {
                     b.d[data].disk.category = QStringLiteral("cloud_efficiency");
                     b.d[data].disk.level.clear();
                 }
                 return b.d.take();
             },
             {line("disk-5 (#5), category: it is attached to \"instanceGroup-4\" (#4): "
                   "ecs.t5-c1m2.large can attach only cloud_efficiency, cloud_ssd disks, not "
                   "cloud_essd.")}},
            {"ESSD on t6 is fine, on t5 it is not",
             [](bool trigger) {
                 Base b;
                 b.d.instances(b.h,
                               trigger ? QStringLiteral("ecs.t5-c1m1.large")
                                       : QStringLiteral("ecs.t6-c1m1.large"));
                 return b.d.take();
             },
             {line("instanceGroup-4 (#4), systemDiskCategory: ecs.t5-c1m1.large can attach only "
                   "cloud_efficiency, cloud_ssd disks, not cloud_essd.")}},
            {"scaling group with an AutoPL system disk",
             [](bool trigger) {
                 Base b;
                 const EntityId g = b.d.scalingGroup(b.region, {b.h, b.i},
                                                     QStringLiteral("ecs.g8i.large"), 2, 2, 6);
                 b.d[g].compute.systemDiskCategory
                         = trigger ? QStringLiteral("cloud_auto") : QStringLiteral("cloud_essd");
                 b.d[g].compute.systemDiskLevel = trigger ? QString() : QStringLiteral("PL1");
                 return b.d.take();
             },
             {line("scalingGroup-4 (#4), systemDiskCategory: a scaling group launches from a "
                   "launch template, whose system disk cannot be cloud_auto (it takes all, "
                   "cloud, ephemeral_ssd, cloud_essd, cloud_efficiency, cloud_ssd, local_disk); "
                   "use cloud_essd PL1.")}},
            {"scaling group with an ESSD Entry system disk",
             [](bool trigger) {
                 Base b;
                 const EntityId g = b.d.scalingGroup(b.region, {b.h, b.i},
                                                     QStringLiteral("ecs.g8i.large"), 2, 2, 6);
                 b.d[g].compute.systemDiskCategory = trigger ? QStringLiteral("cloud_essd_entry")
                                                             : QStringLiteral("cloud_efficiency");
                 b.d[g].compute.systemDiskLevel.clear();
                 return b.d.take();
             },
             {line("scalingGroup-4 (#4), systemDiskCategory: a scaling group launches from a "
                   "launch template, whose system disk cannot be cloud_essd_entry (it takes all, "
                   "cloud, ephemeral_ssd, cloud_essd, cloud_efficiency, cloud_ssd, local_disk); "
                   "use cloud_essd PL0.")}},
            {"AutoPL system disk is fine on an instance group",
             [](bool trigger) {
                 Base b;
                 if (trigger) {
                     const EntityId g = b.d.scalingGroup(b.region, {b.h, b.i},
                                                         QStringLiteral("ecs.g8i.large"), 1, 1, 2);
                     b.d[g].compute.systemDiskCategory = QStringLiteral("cloud_auto");
                     b.d[g].compute.systemDiskLevel.clear();
                 } else {
                     const EntityId g = b.d.instances(b.h, QStringLiteral("ecs.g8i.large"));
                     b.d[g].compute.systemDiskCategory = QStringLiteral("cloud_auto");
                     b.d[g].compute.systemDiskLevel.clear();
                 }
                 return b.d.take();
             },
             {line("scalingGroup-4 (#4), systemDiskCategory: a scaling group launches from a "
                   "launch template, whose system disk cannot be cloud_auto (it takes all, "
                   "cloud, ephemeral_ssd, cloud_essd, cloud_efficiency, cloud_ssd, local_disk); "
                   "use cloud_essd PL1.")}},
            {"instance type the catalog does not know",
             [](bool trigger) {
                 Base b;
                 b.d.instances(b.h,
                               trigger ? QStringLiteral("ecs.zz9.large")
                                       : QStringLiteral("ecs.c8i.large"));
                 return b.d.take();
             },
             {line("instanceGroup-4 (#4), instanceType: ecs.zz9.large is not an instance type the "
                   "catalog knows: it cannot be priced, checked or deployed.")}},
    };
    return list;
}

QStringList located(const Model &model)
{
    QStringList out;
    for (const validation::Problem &p : validation::checkDesign(model, Catalog::builtin()))
        out << validation::locatedMessage(model, p, QStringLiteral("design.ecsplan"));
    return out;
}

} // namespace

class tst_Deployability : public QObject
{
    Q_OBJECT

private slots:
    void condition_data();
    void condition();
    void parseCidr_data();
    void parseCidr();
    void cidrRelations();
    void problemsCarryFieldAndFix();
    void scalingSystemDiskFixIsOneUndoStep_data();
    void scalingSystemDiskFixIsOneUndoStep();
    void samplesDeploy();
    void exportSizeRangesMatchValidation();
};

void tst_Deployability::condition_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < cases().size(); ++i)
        QTest::newRow(cases()[i].name) << i;
}

void tst_Deployability::condition()
{
    QFETCH(int, index);
    const Case &c = cases()[index];
    QCOMPARE(located(c.build(false)), QStringList());
    QCOMPARE(located(c.build(true)), c.expected);
}

void tst_Deployability::parseCidr_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("plain") << "10.0.0.0/16" << true << "10.0.0.0/16";
    QTest::newRow("all") << "0.0.0.0/0" << true << "0.0.0.0/0";
    QTest::newRow("host /32") << "192.168.1.7/32" << true << "192.168.1.7/32";
    QTest::newRow("word") << "hello/99" << false << "";
    QTest::newRow("prefix 33") << "10.0.0.0/33" << false << "";
    QTest::newRow("octet 256") << "10.0.256.0/24" << false << "";
    QTest::newRow("leading zero") << "10.0.01.0/24" << false << "";
    QTest::newRow("three octets") << "10.0.0/24" << false << "";
    QTest::newRow("no prefix") << "10.0.0.0" << false << "";
    QTest::newRow("empty prefix") << "10.0.0.0/" << false << "";
    QTest::newRow("space") << " 10.0.0.0/16" << false << "";
    QTest::newRow("sign") << "10.0.0.0/+8" << false << "";
    QTest::newRow("negative") << "-5" << false << "";
    QTest::newRow("ipv6") << "::/0" << false << "";
}

void tst_Deployability::parseCidr()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    const auto block = Ipv4Block::parse(text);
    QCOMPARE(block.has_value(), valid);
    if (valid)
        QCOMPARE(block->toString(), normalised);
}

void tst_Deployability::cidrRelations()
{
    const Ipv4Block vpc = *Ipv4Block::parse(QStringLiteral("10.0.0.0/16"));
    QVERIFY(vpc.contains(*Ipv4Block::parse(QStringLiteral("10.0.255.248/29"))));
    QVERIFY(!vpc.contains(*Ipv4Block::parse(QStringLiteral("10.1.0.0/29"))));
    QVERIFY(!vpc.contains(*Ipv4Block::parse(QStringLiteral("10.0.0.0/15"))));
    QVERIFY(vpc.overlaps(*Ipv4Block::parse(QStringLiteral("10.0.0.0/15"))));
    QVERIFY(!vpc.overlaps(*Ipv4Block::parse(QStringLiteral("10.1.0.0/16"))));
    using validation::AddressSpace;
    using validation::addressSpace;
    QCOMPARE(addressSpace(*Ipv4Block::parse(QStringLiteral("172.31.0.0/16"))),
             AddressSpace::Private);
    QCOMPARE(addressSpace(*Ipv4Block::parse(QStringLiteral("172.32.0.0/16"))),
             AddressSpace::Public);
    QCOMPARE(addressSpace(*Ipv4Block::parse(QStringLiteral("192.168.0.0/15"))),
             AddressSpace::Public); // reaches past 192.168/16
    QCOMPARE(addressSpace(*Ipv4Block::parse(QStringLiteral("100.127.0.0/16"))),
             AddressSpace::Reserved);
    QCOMPARE(addressSpace(*Ipv4Block::parse(QStringLiteral("100.128.0.0/16"))),
             AddressSpace::Public);
}

void tst_Deployability::problemsCarryFieldAndFix()
{
    Base b;
    const EntityId lb = b.loadBalancer(b.h, LoadBalancerKind::Alb, {});
    const EntityId disk = b.d.disk(b.h, QStringLiteral("PL2"), 100);
    const Model model = b.d.take();
    const validation::Problems problems = validation::checkDesign(model, Catalog::builtin());
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems[0].check, validation::Check::LoadBalancerZones);
    QCOMPARE(problems[0].entity, lb);
    QCOMPARE(problems[0].field, Property::Zones);
    QCOMPARE(problems[0].suggested.value<EntityIds>(), (EntityIds{b.h, b.i}));
    QCOMPARE(problems[1].check, validation::Check::DiskSize);
    QCOMPARE(problems[1].entity, disk);
    QCOMPARE(problems[1].suggested.toInt(), 461);
    // Without a file name the line starts at the component.
    QCOMPARE(validation::locatedMessage(model, problems[1]),
             QStringLiteral("disk-5 (#5), sizeGiB: 100 GiB is outside the 461–65,536 GiB that "
                            "cloud_essd PL2 takes."));
}

void tst_Deployability::scalingSystemDiskFixIsOneUndoStep_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("level"); // the ESSD level the fix picks
    QTest::newRow("autopl") << QStringLiteral("cloud_auto") << QStringLiteral("PL1");
    QTest::newRow("entry") << QStringLiteral("cloud_essd_entry") << QStringLiteral("PL0");
}

/** ECS025's fix sets category and level together: one undo step, and the finding is gone. */
void tst_Deployability::scalingSystemDiskFixIsOneUndoStep()
{
    QFETCH(QString, category);
    QFETCH(QString, level);
    Base b;
    const EntityId g
            = b.d.scalingGroup(b.region, {b.h, b.i}, QStringLiteral("ecs.g8i.large"), 2, 2, 6);
    b.d[g].compute.systemDiskCategory = category;
    b.d[g].compute.systemDiskLevel.clear();
    Document document;
    document.setCatalog(&Catalog::builtin());
    document.resetModel(b.d.take());
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    const auto isEcs025 = [](const Finding &f) {
        return f.ruleId == QLatin1String("ECS025");
    };
    const Findings before = engine.findings();
    const auto it = std::find_if(before.cbegin(), before.cend(), isEcs025);
    QVERIFY(it != before.cend());
    QCOMPARE(it->severity, Severity::Error);
    QCOMPARE(it->fix.title, QStringLiteral("Use cloud_essd %1").arg(level));

    const int steps = document.undoStack()->count();
    QVERIFY(RulesEngine::applyFix(*it, &document).isEmpty());
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QCOMPARE(document.model().find(g)->compute.systemDiskCategory, QStringLiteral("cloud_essd"));
    QCOMPARE(document.model().find(g)->compute.systemDiskLevel, level);
    QVERIFY(std::none_of(engine.findings().cbegin(), engine.findings().cend(), isEcs025));
    QVERIFY(validation::checkDesign(document.model(), Catalog::builtin()).isEmpty());

    document.undo();
    QCOMPARE(document.model().find(g)->compute.systemDiskCategory, category);
    QCOMPARE(document.model().find(g)->compute.systemDiskLevel, QString());
}

void tst_Deployability::samplesDeploy()
{
    for (const QString &name : test::sampleDesignNames()) {
        const QStringList problems = located(test::sampleDesign(name));
        QVERIFY2(problems.isEmpty(), qPrintable(name + QLatin1Char('\n') + problems.join('\n')));
    }
}

QTEST_GUILESS_MAIN(tst_Deployability)
// The exported `*_size` variables' validation blocks accept exactly the sizes an export accepts
// (the model's range and ECS003): for every disk category of the catalog, as a data disk and as
// a system disk, the range's ends pass and one GiB beyond either end fails.
void tst_Deployability::exportSizeRangesMatchValidation()
{
    const Catalog &catalog = Catalog::builtin();
    QVERIFY(catalog.diskCategories().size() >= 9);
    for (const DiskCategorySpec &spec : catalog.diskCategories()) {
        for (const bool system : {false, true}) {
            const auto accepted = [&](int size) {
                const PropertyInfo &field
                        = propertyInfo(system ? Property::SystemDiskGiB : Property::DiskSizeGiB);
                if (size < field.minimum || size > field.maximum)
                    return false;
                Entity e;
                e.id = EntityId(7);
                if (system) {
                    e.kind = EntityKind::InstanceGroup;
                    e.compute.systemDiskCategory = spec.category;
                    e.compute.systemDiskLevel = spec.level;
                    e.compute.systemDiskGiB = size;
                } else {
                    e.kind = EntityKind::Disk;
                    e.disk.category = spec.category;
                    e.disk.level = spec.level;
                    e.disk.sizeGiB = size;
                }
                return validation::check(validation::Check::DiskSize, Model(), catalog, e)
                        .isEmpty();
            };
            const auto [low, high]
                    = terraform::diskSizeRange(catalog, spec.category, spec.level, system);
            const QByteArray what
                    = (spec.category + QLatin1Char(' ') + spec.level
                       + (system ? QStringLiteral(" system") : QStringLiteral(" data")))
                              .toUtf8();
            QVERIFY2(low <= high, what);
            QVERIFY2(accepted(low) && accepted(high), what);
            QVERIFY2(!accepted(low - 1) && !accepted(high + 1), what);
        }
    }
    // Two of them spelled out: a basic disk takes 5-2,000 GiB (20-2,000 as a system disk), an
    // ESSD PL2 system disk 461-2,048 GiB.
    QCOMPARE(terraform::diskSizeRange(catalog, QStringLiteral("cloud"), {}, false),
             (QPair<int, int>(5, 2000)));
    QCOMPARE(terraform::diskSizeRange(catalog, QStringLiteral("cloud"), {}, true),
             (QPair<int, int>(20, 2000)));
    QCOMPARE(terraform::diskSizeRange(catalog, QStringLiteral("cloud_essd"), QStringLiteral("PL2"),
                                      true),
             (QPair<int, int>(461, 2048)));
}

#include "tst_deployability.moc"
