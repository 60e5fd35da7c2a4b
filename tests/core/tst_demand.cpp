// Demand against capacity (core/metrics/demand.h): a link's peak bandwidth, packets and
// connections from its average traffic and the design settings; a component's demand summed
// over both ends of its links; instance and cache capacity and utilisation; the settings in
// the file and their validation.
#include "catalog/catalog.h"
#include "io/designjson.h"
#include "metrics/demand.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"
#include "sampledesigns.h"
#include "testcatalog.h"

#include <QTest>

using namespace ecsplan;

namespace {

/** A zone to place components in (components outside a zone are refused). */
EntityId zoneOf(Document &doc)
{
    Entity region = makeEntity(EntityKind::Region);
    region.code = QStringLiteral("cn-hangzhou");
    const EntityId r = doc.addEntity(region).ids.value(0);
    Entity zone = makeEntity(EntityKind::Zone);
    zone.parent = r;
    zone.code = QStringLiteral("cn-hangzhou-h");
    return doc.addEntity(zone).ids.value(0);
}

EntityId add(Document &doc, EntityKind kind, EntityId parent, Entity e = {})
{
    if (e.kind != kind)
        e = makeEntity(kind);
    e.parent = kind == EntityKind::Endpoint ? EntityId::None : parent;
    const Document::Result r = doc.addEntity(e);
    if (!r.ok())
        qFatal("add: %s", qPrintable(r.error));
    return r.ids.value(0);
}

Entity linkEntity(double gbPerMonth, double rps, double readFraction)
{
    Entity e = makeEntity(EntityKind::Link);
    e.link.gbPerMonth = gbPerMonth;
    e.link.requestsPerSecond = rps;
    e.link.readFraction = readFraction;
    return e;
}

} // namespace

class tst_Demand : public QObject
{
    Q_OBJECT

private slots:
    void linkDemand_data();
    void linkDemand();
    void proxySumsBothEnds();
    void instanceCapacity_data();
    void instanceCapacity();
    void cacheCapacity();
    void cacheShardsAndReplicas_data();
    void cacheShardsAndReplicas();
    void scalingGroupAtMinAndMax();
    void diskDemand_data();
    void diskDemand();
    void capacityUnits_data();
    void capacityUnits();
    void capacityUnitCost();
    void settingsInTheFile();
    void settingsValidated();
    void scenarioAReport();
};

void tst_Demand::linkDemand_data()
{
    QTest::addColumn<double>("gbPerMonth");
    QTest::addColumn<double>("rps");
    QTest::addColumn<double>("readFraction");
    QTest::addColumn<double>("peakFactor");
    QTest::addColumn<double>("packetsSetting");
    QTest::addColumn<double>("requestBytes");
    QTest::addColumn<double>("responseBytes");
    QTest::addColumn<double>("packetsPerRequest");
    QTest::addColumn<double>("peakPps");
    QTest::addColumn<double>("gbpsForward");
    QTest::addColumn<double>("gbpsBackward");
    QTest::addColumn<double>("concurrent");

    // 26,280 GB/month at 1,000 req/s = 10,000 B per request (730 h × 3,600 s = 2,628,000 s).
    // 9,000 B response: 7 segments of 1,448 B + 4 ACKs; 1,000 B request: 1 + 1 → 13 > 10.
    QTest::newRow("large responses: data segments win")
            << 26280.0 << 1000.0 << 0.9 << 2.0 << 10.0 << 1000.0 << 9000.0 << 13.0 << 26000.0
            << 0.016 << 0.144 << 1200.0;
    // 1,000 B per request, half each way: 2 + 2 data packets < the setting's 10.
    QTest::newRow("small bodies: the setting wins")
            << 2628.0 << 1000.0 << 0.5 << 3.0 << 10.0 << 500.0 << 500.0 << 10.0 << 30000.0 << 0.012
            << 0.012 << 1800.0;
    QTest::newRow("packets setting 25") << 2628.0 << 1000.0 << 0.5 << 1.0 << 25.0 << 500.0 << 500.0
                                        << 25.0 << 25000.0 << 0.004 << 0.004 << 600.0;
    // No request rate: 1,000,000 B/s average, bulk segments and ACKs, no connections.
    QTest::newRow("transfer without requests")
            << 2628.0 << 0.0 << 0.8 << 2.0 << 10.0 << 0.0 << 0.0 << 0.0 << 2000000.0 / 1448 * 1.5
            << 0.0032 << 0.0128 << 0.0;
    QTest::newRow("requests without transfer") << 0.0 << 500.0 << 0.8 << 2.0 << 10.0 << 0.0 << 0.0
                                               << 10.0 << 10000.0 << 0.0 << 0.0 << 600.0;
    QTest::newRow("idle link") << 0.0 << 0.0 << 0.8 << 2.0 << 10.0 << 0.0 << 0.0 << 0.0 << 0.0
                               << 0.0 << 0.0 << 0.0;
}

void tst_Demand::linkDemand()
{
    QFETCH(double, gbPerMonth);
    QFETCH(double, rps);
    QFETCH(double, readFraction);
    QFETCH(double, peakFactor);
    QFETCH(double, packetsSetting);
    DesignSettings settings;
    settings.peakToAverage = peakFactor;
    settings.packetsPerRequest = packetsSetting;
    const demand::LinkDemand d
            = demand::linkDemand(linkEntity(gbPerMonth, rps, readFraction), settings);
    const auto close = [](double a, double b) {
        return std::abs(a - b) <= 1e-9 * (1 + std::abs(b));
    };
    QCOMPARE(d.averageRps, rps);
    QCOMPARE(d.peakRps, rps * peakFactor);
    QFETCH(double, requestBytes);
    QFETCH(double, responseBytes);
    QFETCH(double, packetsPerRequest);
    QFETCH(double, peakPps);
    QFETCH(double, gbpsForward);
    QFETCH(double, gbpsBackward);
    QFETCH(double, concurrent);
    QVERIFY2(close(d.requestBytes, requestBytes), qPrintable(QString::number(d.requestBytes)));
    QVERIFY2(close(d.responseBytes, responseBytes), qPrintable(QString::number(d.responseBytes)));
    QCOMPARE(d.packetsPerRequest, packetsPerRequest);
    QVERIFY2(close(d.peakPps, peakPps), qPrintable(QString::number(d.peakPps)));
    QVERIFY2(close(d.peakGbpsForward, gbpsForward), qPrintable(QString::number(d.peakGbpsForward)));
    QVERIFY2(close(d.peakGbpsBackward, gbpsBackward),
             qPrintable(QString::number(d.peakGbpsBackward)));
    QVERIFY2(close(d.concurrentConnections, concurrent),
             qPrintable(QString::number(d.concurrentConnections)));
    QVERIFY(close(d.newConnectionsPerSecond, rps * peakFactor / 100));
}

void tst_Demand::proxySumsBothEnds()
{
    Document doc;
    const EntityId zone = zoneOf(doc);
    const EntityId alb = add(doc, EntityKind::LoadBalancer, zone);
    const EntityId gw = add(doc, EntityKind::InstanceGroup, zone);
    const EntityId api = add(doc, EntityKind::InstanceGroup, zone);
    LinkData data;
    data.gbPerMonth = 26280;
    data.requestsPerSecond = 1000;
    data.readFraction = 0.9;
    QVERIFY(doc.connect(alb, gw, data).ok());
    QVERIFY(doc.connect(gw, api, data).ok());

    // The gateway receives 1,000 B requests and 9,000 B responses and sends as much: 0.16
    // Gbit/s each way at the default peak of 2, and two links' packets.
    const demand::ComponentDemand g = demand::componentDemand(doc.model(), gw);
    QCOMPARE(g.links, 2);
    QCOMPARE(g.servedRps, 2000.0);
    QCOMPARE(g.sentRps, 2000.0);
    QVERIFY(std::abs(g.peakGbpsIn - 0.16) < 1e-12);
    QVERIFY(std::abs(g.peakGbpsOut - 0.16) < 1e-12);
    QCOMPARE(g.peakPps, 52000.0);
    QCOMPARE(g.concurrentConnections, 2400.0);

    // The backend only serves: requests in, responses out.
    const demand::ComponentDemand a = demand::componentDemand(doc.model(), api);
    QCOMPARE(a.links, 1);
    QCOMPARE(a.servedRps, 2000.0);
    QCOMPARE(a.sentRps, 0.0);
    QVERIFY(std::abs(a.peakGbpsIn - 0.016) < 1e-12);
    QVERIFY(std::abs(a.peakGbpsOut - 0.144) < 1e-12);
    QCOMPARE(a.peakPps, 26000.0);

    // The peak factor is a design setting, one undo step.
    DesignSettings s = doc.model().settings();
    s.peakToAverage = 4;
    QVERIFY(doc.setSettings(s).ok());
    QCOMPARE(demand::componentDemand(doc.model(), api).peakPps, 52000.0);
    doc.undo();
    QCOMPARE(doc.model().settings().peakToAverage, DefaultPeakToAverage);
    QCOMPARE(demand::componentDemand(doc.model(), api).peakPps, 26000.0);
}

void tst_Demand::instanceCapacity_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("gbps");
    QTest::addColumn<double>("burstGbps");
    QTest::addColumn<double>("pps");
    QTest::addColumn<double>("connections");
    // Catalog rows (S2): g7.large 2/12.5 Gbit/s, 1.1 M PPS, 500,000 connections.
    QTest::newRow("g7.large × 2") << "ecs.g7.large" << 2 << 4.0 << 25.0 << 2200000.0 << 1000000.0;
    QTest::newRow("g7.xlarge × 1") << "ecs.g7.xlarge" << 1 << 3.0 << 12.5 << 1100000.0 << 500000.0;
    QTest::newRow("hfg7.2xlarge × 3")
            << "ecs.hfg7.2xlarge" << 3 << 9.0 << 30.0 << 4800000.0 << 750000.0;
}

void tst_Demand::instanceCapacity()
{
    QFETCH(QString, type);
    QFETCH(int, count);
    const InstanceTypeSpec *spec = Catalog::builtin().instanceType(type);
    QVERIFY(spec);
    demand::ComponentDemand d;
    d.peakGbpsIn = 1.0;
    d.peakGbpsOut = 3.0;
    d.peakPps = 1100000;
    d.concurrentConnections = 50000;
    const QList<ResourceLoad> loads = instanceLoads(d, *spec, count);
    QCOMPARE(loads.size(), 3);
    QCOMPARE(loads[0].resource, LoadResource::Bandwidth);
    QCOMPARE(loads[0].demand, 3.0); // the busier direction
    QFETCH(double, gbps);
    QFETCH(double, burstGbps);
    QFETCH(double, pps);
    QFETCH(double, connections);
    QCOMPARE(loads[0].capacity, gbps);
    QCOMPARE(loads[0].burstCapacity, burstGbps);
    QCOMPARE(loads[1].resource, LoadResource::Packets);
    QCOMPARE(loads[1].capacity, pps);
    QCOMPARE(loads[1].utilisation(), 1100000 / pps);
    QCOMPARE(loads[2].resource, LoadResource::Connections);
    QCOMPARE(loads[2].capacity, connections);
    QVERIFY(instanceLoads(d, *spec, 0).isEmpty());
}

void tst_Demand::cacheCapacity()
{
    // redis.logic.sharding.2g.2db.0rodb.4proxy.default: 192 MB/s, 200,000 QPS (REDIS).
    const RedisClassSpec *spec = nullptr;
    for (const RedisClassSpec &c : Catalog::builtin().redisClasses()) {
        if (c.instanceClass == QLatin1String("redis.logic.sharding.2g.2db.0rodb.4proxy.default"))
            spec = &c;
    }
    QVERIFY(spec);
    demand::ComponentDemand d;
    d.servedRps = 150000;
    d.peakGbpsIn = 0.5;
    d.peakGbpsOut = 1.92;
    const QList<ResourceLoad> loads = cacheLoads(d, *spec);
    QCOMPARE(loads.size(), 2);
    QCOMPARE(loads[0].resource, LoadResource::Bandwidth);
    QCOMPARE(loads[0].capacity, 1.536); // 192 MB/s × 8 / 1000
    QCOMPARE(loads[0].utilisation(), 1.25);
    QCOMPARE(loads[1].resource, LoadResource::Requests);
    QCOMPARE(loads[1].utilisation(), 0.75);
    ComponentLoad load;
    load.resources = loads;
    QCOMPARE(load.bottleneck()->resource, LoadResource::Bandwidth);
    QCOMPARE(load.utilisation(), 1.25);

    // A class without published figures has no capacity, only demand.
    RedisClassSpec none;
    QVERIFY(cacheLoads(d, none).isEmpty());
}

void tst_Demand::cacheShardsAndReplicas_data()
{
    QTest::addColumn<int>("shards");
    QTest::addColumn<int>("replicas");
    QTest::addColumn<double>("qps");
    QTest::addColumn<double>("gbps");
    // The class: 2 shards, 200,000 QPS, 192 MB/s (1.536 Gbit/s) → 100,000 QPS per shard.
    QTest::newRow("the class's own") << 0 << 0 << 200000.0 << 1.536;
    QTest::newRow("2 shards, as the class") << 2 << 0 << 200000.0 << 1.536;
    QTest::newRow("8 shards") << 8 << 0 << 800000.0 << 6.144;
    QTest::newRow("1 read replica per shard") << 0 << 1 << 400000.0 << 3.072;
    QTest::newRow("4 shards, 2 replicas") << 4 << 2 << 1200000.0 << 9.216;
}

/** Shards and read replicas multiply the class's figures; the edit is one undo step. */
void tst_Demand::cacheShardsAndReplicas()
{
    QFETCH(int, shards);
    QFETCH(int, replicas);
    QFETCH(double, qps);
    QFETCH(double, gbps);
    Document doc;
    const EntityId zone = zoneOf(doc);
    Entity c = makeEntity(EntityKind::Cache);
    c.cache.instanceClass = QStringLiteral("redis.logic.sharding.2g.2db.0rodb.4proxy.default");
    const EntityId cache = add(doc, EntityKind::Cache, zone, c);
    const EntityId app = add(doc, EntityKind::InstanceGroup, zone);
    LinkData data;
    data.requestsPerSecond = 75000; // 150,000 at the peak
    QVERIFY(doc.connect(app, cache, data).ok());
    MetricsEngine engine(&doc, &Catalog::builtin());
    const double before = engine.load(cache)->utilisation();
    QCOMPARE(before, 0.75);
    QVERIFY(doc.setProperty({cache}, Property::CacheShards, shards).ok() || shards == 0);
    QVERIFY(doc.setProperty({cache}, Property::CacheReadReplicas, replicas).ok() || replicas == 0);
    engine.flush();
    const std::optional<ComponentLoad> load = engine.load(cache);
    QCOMPARE(load->resources.size(), 2);
    const auto close = [](double a, double b) {
        return std::abs(a - b) <= 1e-9 * (1 + std::abs(b));
    };
    QVERIFY2(close(load->resources[0].capacity, gbps),
             qPrintable(QString::number(load->resources[0].capacity)));
    QCOMPARE(load->resources[1].capacity, qps);
    QCOMPARE(load->resources[1].utilisation(), 150000 / qps);
    if (shards > 0 || replicas > 0)
        QVERIFY(engine.loadWhy(cache).formula.contains(QStringLiteral("capacity = class figure")));
    // Undo both edits: the class's figure again.
    while (doc.undoStack()->canUndo()
           && doc.model().find(cache)->cache.readReplicas + doc.model().find(cache)->cache.shards
                   > 0)
        doc.undo();
    engine.flush();
    QCOMPARE(engine.load(cache)->utilisation(), before);
}

void tst_Demand::diskDemand_data()
{
    QTest::addColumn<double>("rps");
    QTest::addColumn<int>("target");
    QTest::addColumn<double>("iopsDemand");
    QTest::addColumn<bool>("fromTargets");
    // 2 instances, each with its copy of the data disk. Peak = average × 2.
    QTest::newRow("derived: 1 I/O per peak request") << 5000.0 << 0 << 10000.0 << false;
    QTest::newRow("targets win: 8,000 per instance × 2") << 5000.0 << 8000 << 16000.0 << true;
    QTest::newRow("no requests") << 0.0 << 0 << 0.0 << false;
}

/**
 * A compute group with a data disk: IOPS demand from the links it serves (or the disks'
 * targets) against the disks' effective IOPS × instances; MB/s from its served traffic.
 */
void tst_Demand::diskDemand()
{
    QFETCH(double, rps);
    QFETCH(int, target);
    QFETCH(double, iopsDemand);
    QFETCH(bool, fromTargets);
    Document doc;
    const EntityId zone = zoneOf(doc);
    Entity g = makeEntity(EntityKind::InstanceGroup);
    g.compute.instanceType = QStringLiteral("ecs.g7.large");
    g.compute.count = 2;
    const EntityId db = add(doc, EntityKind::InstanceGroup, zone, g);
    Entity disk = makeEntity(EntityKind::Disk);
    disk.disk.level = QStringLiteral("PL1");
    disk.disk.sizeGiB = 200;
    disk.disk.attachedTo = db;
    disk.disk.targetIops = target;
    const EntityId diskId = add(doc, EntityKind::Disk, zone, disk);
    const EntityId app = add(doc, EntityKind::InstanceGroup, zone);
    LinkData data;
    data.requestsPerSecond = rps;
    data.gbPerMonth = 2628; // 1 MB/s average, 2 at the peak, both directions together
    QVERIFY(doc.connect(app, db, data).ok());
    MetricsEngine engine(&doc, &Catalog::builtin());
    const std::optional<ComponentLoad> load = engine.load(db);
    QVERIFY(load);
    const std::optional<DiskMetrics> dm = engine.disk(diskId);
    QVERIFY(dm && dm->effectiveIopsBaseline > 0);
    const ResourceLoad *iops = nullptr, *mbps = nullptr;
    for (const ResourceLoad &r : load->resources) {
        if (r.resource == LoadResource::DiskIops)
            iops = &r;
        if (r.resource == LoadResource::DiskThroughput)
            mbps = &r;
    }
    QVERIFY(iops && mbps);
    QCOMPARE(iops->demand, iopsDemand);
    QCOMPARE(iops->capacity, dm->effectiveIopsBaseline * 2);
    QCOMPARE(load->diskIopsFromTargets, fromTargets);
    QVERIFY2(std::abs(mbps->demand - 2.0) < 1e-9, qPrintable(QString::number(mbps->demand)));
    QCOMPARE(mbps->capacity, dm->effectiveMBpsBaseline * 2);
    QVERIFY(engine.loadWhy(db).formula.contains(fromTargets ? QStringLiteral("IOPS targets")
                                                            : QStringLiteral("I/O per request")));

    // A larger disk raises the capacity incrementally (its group's load is recomputed).
    const double capacityBefore = iops->capacity;
    const bool capped = dm->cappedByInstance;
    QVERIFY(doc.setProperty({diskId}, Property::DiskSizeGiB, 1000).ok());
    engine.flush();
    const std::optional<ComponentLoad> after = engine.load(db);
    QCOMPARE(after->resources[3].resource, LoadResource::DiskIops);
    QCOMPARE(after->resources[3].capacity, engine.disk(diskId)->effectiveIopsBaseline * 2);
    QVERIFY(after->resources[3].capacity > capacityBefore || capped);

    // Without data disks a group has no disk resources.
    QVERIFY(doc.removeEntities({diskId}).ok());
    engine.flush();
    const std::optional<ComponentLoad> without = engine.load(db);
    QVERIFY(without);
    for (const ResourceLoad &r : without->resources)
        QVERIFY(r.resource != LoadResource::DiskIops && r.resource != LoadResource::DiskThroughput);
}

void tst_Demand::scalingGroupAtMinAndMax()
{
    Document doc;
    Entity sg = makeEntity(EntityKind::ScalingGroup);
    sg.compute.instanceType = QStringLiteral("ecs.g7.large");
    sg.compute.minSize = 1;
    sg.compute.desiredSize = 2;
    sg.compute.maxSize = 4;
    const EntityId zone = zoneOf(doc);
    const EntityId id = add(doc, EntityKind::ScalingGroup, zone, sg);
    const EntityId users = add(doc, EntityKind::Endpoint, zone);
    LinkData data;
    data.requestsPerSecond = 20000; // no transfer: packets only, 10 per request
    QVERIFY(doc.connect(users, id, data).ok());
    const Entity *e = doc.model().find(id);
    const auto load = componentLoad(
            doc.model(), *e, Catalog::builtin().instanceType(e->compute.instanceType), nullptr);
    QVERIFY(load);
    QCOMPARE(load->instances, 2);
    QCOMPARE(load->minInstances, 1);
    QCOMPARE(load->maxInstances, 4);
    // 20,000 × 2 × 10 = 400,000 PPS against 2 × 1,100,000.
    QCOMPARE(load->bottleneck()->resource, LoadResource::Packets);
    QCOMPARE(load->utilisation(), 400000.0 / 2200000);
    QCOMPARE(load->utilisationAt(1), 400000.0 / 1100000);
    QCOMPARE(load->utilisationAt(4), 400000.0 / 4400000);
    // Load balancers carry demand without a capacity model.
    QVERIFY(componentLoad(doc.model(), *doc.model().find(users), nullptr, nullptr) == std::nullopt);
}

void tst_Demand::capacityUnits_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("servedRps");
    QTest::addColumn<double>("frontGbps");
    QTest::addColumn<double>("newConnections");
    QTest::addColumn<double>("concurrent");
    QTest::addColumn<double>("dataProcessed");
    QTest::addColumn<double>("ruleEvaluations");
    QTest::addColumn<QString>("dominant");
    // ALB: 25 new/s, 3,000 concurrent, 1 GB/h, 1,000 rule evaluations/s per LCU. 40,000 req/s
    // → 400 new/s (100 requests per connection), 24,000 concurrent (60 s), 40,000 evaluations.
    QTest::newRow("ALB, rule evaluations") << int(LoadBalancerKind::Alb) << 40000.0 << 0.08 << 16.0
                                           << 8.0 << 36.0 << 40.0 << "ruleEvaluations";
    // 0.8 Gbit/s both ways = 360 GB/h.
    QTest::newRow("ALB, data") << int(LoadBalancerKind::Alb) << 1000.0 << 0.8 << 0.4 << 0.2 << 360.0
                               << 1.0 << "dataProcessed";
    // NLB (TCP): 800 new/s, 100,000 concurrent, 1 GB/h; no rule evaluations.
    QTest::newRow("NLB") << int(LoadBalancerKind::Nlb) << 40000.0 << 0.08 << 0.5 << 0.24 << 36.0
                         << 0.0 << "dataProcessed";
    QTest::newRow("NLB, no traffic") << int(LoadBalancerKind::Nlb) << 0.0 << 0.0 << 0.0 << 0.0
                                     << 0.0 << 0.0 << "newConnections";
}

void tst_Demand::capacityUnits()
{
    QFETCH(int, kind);
    QFETCH(double, servedRps);
    QFETCH(double, frontGbps);
    demand::ComponentDemand d;
    d.servedRps = servedRps;
    d.frontGbps = frontGbps;
    d.frontNewConnectionsPerSecond = servedRps / demand::RequestsPerConnection;
    d.frontConcurrentConnections
            = d.frontNewConnectionsPerSecond * demand::ConnectionLifetimeSeconds;
    // What only the sent side carries does not count.
    d.sentRps = 1e6;
    d.peakGbpsOut = 100;
    const std::optional<CapacityUnits> u = ecsplan::capacityUnits(LoadBalancerKind(kind), d);
    QVERIFY(u);
    const auto close = [](double a, double b) {
        return std::abs(a - b) <= 1e-9 * (1 + std::abs(b));
    };
    QFETCH(double, newConnections);
    QFETCH(double, concurrent);
    QFETCH(double, dataProcessed);
    QFETCH(double, ruleEvaluations);
    QFETCH(QString, dominant);
    QVERIFY2(close(u->newConnections, newConnections),
             qPrintable(QString::number(u->newConnections)));
    QVERIFY2(close(u->concurrentConnections, concurrent),
             qPrintable(QString::number(u->concurrentConnections)));
    QVERIFY2(close(u->dataProcessed, dataProcessed), qPrintable(QString::number(u->dataProcessed)));
    QVERIFY2(close(u->ruleEvaluations, ruleEvaluations),
             qPrintable(QString::number(u->ruleEvaluations)));
    QCOMPARE(toCode(u->dominant()), dominant);
    QCOMPARE(u->units(), std::max({newConnections, concurrent, dataProcessed, ruleEvaluations}));
    // A CLB is billed by specification: no capacity units.
    QVERIFY(!ecsplan::capacityUnits(LoadBalancerKind::Clb, d));
}

/**
 * The ALB's monthly cost: the instance fee plus its capacity units in the average hour × the
 * LCU price × 730 h, demand-derived; the fee follows an edit of a link's request rate, one
 * undo step, and the total follows it. Without an LCU price the figure says so.
 */
void tst_Demand::capacityUnitCost()
{
    Document doc;
    DesignSettings settings = doc.model().settings();
    settings.currency = QStringLiteral("USD");
    QVERIFY(doc.setSettings(settings).ok());
    const EntityId zone = zoneOf(doc);
    const EntityId alb = add(doc, EntityKind::LoadBalancer, zone); // ALB Standard, 0.021 USD/h
    const EntityId gw = add(doc, EntityKind::InstanceGroup, zone);
    const EntityId users = add(doc, EntityKind::Endpoint, zone);
    LinkData front;
    front.requestsPerSecond = 5000; // peak 10,000: 10 rule-evaluation LCU, average 5
    QVERIFY(doc.connect(users, alb, front).ok());
    const EntityId frontLink = doc.model().linksOf(alb).value(0);
    QVERIFY(doc.connect(alb, gw, front).ok()); // the backend side is not counted
    MetricsEngine engine(&doc, &test::catalogWithLcuPrice());
    const double instanceFee = 0.021 * 730;
    const CostFigure cost = engine.costOf(alb);
    QVERIFY(!cost.priceMissing);
    QVERIFY2(std::abs(cost.monthly - (instanceFee + 5 * test::TestLcuUsdPerHour * 730)) < 1e-9,
             qPrintable(QString::number(cost.monthly, 'f', 6)));
    QVERIFY2(cost.why.formula.contains(QStringLiteral(
                     "capacity units (demand-derived): 10 LCU at the peak ÷ 2 = 5 LCU per hour")),
             qPrintable(cost.why.formula));
    QVERIFY(cost.why.notes.join('\n').contains(
            QStringLiteral("rule evaluations dimension dominates")));
    const double before = engine.totals().monthly;

    QVERIFY(doc.setProperty({frontLink}, Property::LinkRequestsPerSecond, 20000.0).ok());
    engine.flush();
    QVERIFY(std::abs(engine.costOf(alb).monthly
                     - (instanceFee + 20 * test::TestLcuUsdPerHour * 730))
            < 1e-9);
    QVERIFY(std::abs(engine.totals().monthly - before - 15 * test::TestLcuUsdPerHour * 730) < 1e-6);
    doc.undo();
    engine.flush();
    QVERIFY(std::abs(engine.costOf(alb).monthly - cost.monthly) < 1e-9);
    QVERIFY(std::abs(engine.totals().monthly - before) < 1e-6);

    // The built-in catalog has no LCU price: the instance fee, marked incomplete, and why.
    MetricsEngine unpriced(&doc, &Catalog::builtin());
    const CostFigure partial = unpriced.costOf(alb);
    QVERIFY(partial.priceMissing);
    QVERIFY(std::abs(partial.monthly - instanceFee) < 1e-9);
    QVERIFY(unpriced.missingPricesOf(alb).join(' ').contains(
            QStringLiteral("ALB capacity units (LCU) in cn-hangzhou")));
    QVERIFY2(partial.why.notes.join('\n').contains(
                     QStringLiteral("the demand needs 5 capacity units (LCU) in the average hour "
                                    "(10 at the peak)")),
             qPrintable(partial.why.notes.join('\n')));
    // The load carries the units; the report lists them.
    QCOMPARE(unpriced.load(alb)->peakCapacityUnits->units(), 10.0);
    QCOMPARE(unpriced.load(alb)->averageCapacityUnits->units(), 5.0);
    const auto report = ReportBuilder::build(doc.model(), &Catalog::builtin());
    QCOMPARE(report["loads"][0]["capacityUnits"]["average"]["units"].get<double>(), 5.0);
    QVERIFY(report["loads"][0]["capacityUnits"]["peak"]["dominant"] == "ruleEvaluations");
}

void tst_Demand::settingsInTheFile()
{
    Model model;
    DesignSettings s;
    s.peakToAverage = 3.5;
    s.packetsPerRequest = 14;
    model.setSettings(s);
    const QByteArray bytes = DesignJson::write(model, QStringLiteral("test"));
    QVERIFY(bytes.contains("\"peakToAverage\": 3.5"));
    QVERIFY(bytes.contains("\"packetsPerRequest\": 14"));
    Model read;
    QStringList errors;
    QVERIFY2(DesignJson::read(bytes, &read, &errors), qPrintable(errors.join('\n')));
    QCOMPARE(read.settings().peakToAverage, 3.5);
    QCOMPARE(read.settings().packetsPerRequest, 14.0);

    // A file written before the settings reads with the defaults.
    QByteArray old = bytes;
    old.replace("\"peakToAverage\": 3.5,", "");
    old.replace("\"packetsPerRequest\": 14.0,", "");
    old.replace("\"packetsPerRequest\": 14,", "");
    QVERIFY(old != bytes);
    Model readOld;
    QVERIFY2(DesignJson::read(old, &readOld, &errors), qPrintable(errors.join('\n')));
    QCOMPARE(readOld.settings().peakToAverage, DefaultPeakToAverage);
    QCOMPARE(readOld.settings().packetsPerRequest, DefaultPacketsPerRequest);

    // Out of range: an error naming where, never a silently altered value.
    QByteArray bad = bytes;
    bad.replace("\"peakToAverage\": 3.5", "\"peakToAverage\": 0.5");
    Model readBad;
    QVERIFY(!DesignJson::read(bad, &readBad, &errors));
    QVERIFY2(errors.join('\n').contains(QLatin1String("/design/peakToAverage")),
             qPrintable(errors.join('\n')));
}

void tst_Demand::settingsValidated()
{
    Document doc;
    DesignSettings s = doc.model().settings();
    s.peakToAverage = 0.9;
    QVERIFY(!doc.setSettings(s).ok());
    s.peakToAverage = 2;
    s.packetsPerRequest = 0;
    QVERIFY(!doc.setSettings(s).ok());
    s.packetsPerRequest = 12;
    QVERIFY(doc.setSettings(s).ok());
    QCOMPARE(doc.model().settings().packetsPerRequest, 12.0);
}

/**
 * The api-gateway-20k sample in the report: the gateway's loads with the figures of
 * docs/demand.md (4.48 Gbit/s each way against 2 × 2 Gbit/s), levels, the min/max range and
 * the demand settings among the assumptions; the table names the red resource.
 */
void tst_Demand::scenarioAReport()
{
    const auto report = ReportBuilder::build(test::sampleDesign(QStringLiteral("api-gateway-20k")),
                                             &Catalog::builtin());
    const auto &loads = report["loads"];
    QCOMPARE(int(loads.size()), 3); // ALB (demand only), gateway, api
    const auto &alb = loads[0];
    QVERIFY(alb["name"] == "gateway-alb");
    QVERIFY(alb["resources"].empty());
    QVERIFY(alb["bottleneck"].is_null());
    const auto &gw = loads[1];
    QVERIFY(gw["name"] == "gateway");
    QCOMPARE(gw["demand"]["servedRps"].get<double>(), 40000.0);
    QCOMPARE(gw["demand"]["peakGbpsIn"].get<double>(), 4.48);
    QCOMPARE(gw["demand"]["peakPps"].get<double>(), 1360000.0);
    QCOMPARE(gw["resources"][0]["capacity"].get<double>(), 4.0);
    QCOMPARE(gw["resources"][0]["burstCapacity"].get<double>(), 25.0);
    QVERIFY(gw["resources"][0]["level"] == "red");
    QCOMPARE(gw["resources"][1]["utilisationPercent"].get<double>(), 61.82);
    QVERIFY(gw["bottleneck"] == "bandwidth");
    QCOMPARE(gw["utilisationPercent"].get<double>(), 112.0);
    QCOMPARE(gw["utilisationPercentAtMax"].get<double>(), 56.0);
    QVERIFY(gw["explanation"]["citations"][0]["what"] == "ecs.g7.large network limits");
    QVERIFY(loads[2]["level"] == "normal");

    QStringList ids;
    for (const auto &a : report["assumptions"])
        ids << QString::fromStdString(a["id"].get<std::string>());
    QVERIFY(ids.contains(QStringLiteral("peakToAverage")));
    QVERIFY(ids.contains(QStringLiteral("packetsPerRequest")));

    const QString table = ReportWriter::render(report, ReportWriter::Format::Table, false);
    QVERIFY2(table.contains(QStringLiteral("  gateway: bandwidth 112 % [RED], packets 62 %, "
                                           "connections 5 %")),
             qPrintable(table));
}

QTEST_GUILESS_MAIN(tst_Demand)
#include "tst_demand.moc"
