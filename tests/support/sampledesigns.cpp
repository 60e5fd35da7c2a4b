#include "sampledesigns.h"

#include <cmath>

namespace ecsplan::test {

namespace {

// Layout grid (scene units): regions 1400 x 700, zones side by side below a 120-high band that
// holds region-wide nodes (load balancers, scaling groups, security groups), nodes on a grid of
// 200 x 110 inside zones, endpoints to the left of the regions.
constexpr double RegionWidth = 1400;
constexpr double RegionHeight = 700;
constexpr double ZoneTop = 150;
constexpr double Margin = 40;
constexpr double CellWidth = 200;
constexpr double CellHeight = 110;

/** Builds a design by inserting entities with fresh ids straight into a Model. */
class Builder
{
public:
    explicit Builder(const QString &title, const QString &description)
    {
        DesignSettings settings;
        settings.title = title;
        settings.description = description;
        m_model.setSettings(settings);
    }

    Model take() { return std::move(m_model); }

    EntityId region(const QString &name, const QString &code, const QString &cidr, double y)
    {
        Entity e = makeEntity(EntityKind::Region);
        e.name = name;
        e.code = code;
        e.cidr = cidr;
        e.geometry = QRectF(0, y, RegionWidth, RegionHeight);
        return add(e);
    }

    /** Zone `index` of `count` laid out side by side in `region`. */
    EntityId zone(EntityId region, int index, int count, const QString &name, const QString &code,
                  const QString &cidr)
    {
        const QRectF r = m_model.find(region)->geometry;
        const double width = std::floor((RegionWidth - Margin * (count + 1)) / count);
        Entity e = makeEntity(EntityKind::Zone);
        e.name = name;
        e.code = code;
        e.cidr = cidr;
        e.parent = region;
        e.geometry = QRectF(r.x() + Margin + index * (width + Margin), r.y() + ZoneTop, width,
                            RegionHeight - ZoneTop - Margin);
        return add(e);
    }

    /** A node in grid cell (column, row) of a zone, or of a region's top band. */
    Entity node(EntityKind kind, const QString &name, EntityId container, int column, int row = 0)
    {
        const Entity *c = m_model.find(container);
        const QPointF origin = c->kind == EntityKind::Zone
                ? c->geometry.topLeft() + QPointF(30, 50)
                : c->geometry.topLeft() + QPointF(Margin, 64); // under the region's title bar
        Entity e = makeEntity(kind, origin + QPointF(column * CellWidth, row * CellHeight));
        e.name = name;
        e.parent = container;
        return e;
    }

    EntityId endpoint(const QString &name, EndpointKind kind, double y,
                      const QString &location = {})
    {
        Entity e = makeEntity(EntityKind::Endpoint, QPointF(-260, y));
        e.name = name;
        e.endpoint.kind = kind;
        e.endpoint.location = location;
        return add(e);
    }

    EntityId securityGroup(const QString &name, EntityId region, int column,
                           const SecurityRules &rules)
    {
        Entity e = node(EntityKind::SecurityGroup, name, region, column);
        e.rules = rules;
        return add(e);
    }

    EntityId link(EntityId from, EntityId to, double gbPerMonth, double requestsPerSecond,
                  double readFraction, LinkPath path = LinkPath::Auto)
    {
        Entity e = makeEntity(EntityKind::Link);
        e.name = QStringLiteral("%1 → %2").arg(m_model.find(from)->name, m_model.find(to)->name);
        e.link.from = from;
        e.link.to = to;
        e.link.gbPerMonth = gbPerMonth;
        e.link.requestsPerSecond = requestsPerSecond;
        e.link.readFraction = readFraction;
        e.link.path = path;
        return add(e);
    }

    /**
     * Final geometry by name, for samples drawn compactly by hand rather than on the builder's
     * grid: they open readable (names and figures) at the fitted zoom of a 1366×768 screen.
     */
    void place(const QList<std::pair<QString, QRectF>> &geometry)
    {
        for (const auto &[name, rect] : geometry) {
            EntityId id = EntityId::None;
            for (const Entity &e : m_model.entities()) {
                if (e.name == name)
                    id = e.id;
            }
            Q_ASSERT(isValid(id));
            m_model.setProperty(id, Property::Geometry, rect);
        }
    }

    EntityId add(Entity e)
    {
        e.id = m_model.allocateId();
        m_model.insert(e);
        return e.id;
    }

private:
    Model m_model;
};

SecurityRule rule(int port, const QString &cidr, const QString &description, int priority = 1)
{
    SecurityRule r;
    r.portFrom = port;
    r.portTo = port;
    r.cidr = cidr;
    r.priority = priority;
    r.description = description;
    return r;
}

void setCompute(Entity &e, const QString &type, const QString &role, const QStringList &tags,
                BillingModel billing, const EntityIds &securityGroups)
{
    e.compute.instanceType = type;
    e.compute.role = role;
    e.compute.tags = tags;
    e.compute.billing = billing;
    e.compute.securityGroups = securityGroups;
}

Entity dataDisk(Builder &b, const QString &name, EntityId zone, int column, int row,
                const QString &level, int sizeGiB, int targetIops)
{
    Entity d = b.node(EntityKind::Disk, name, zone, column, row);
    d.disk.level = level;
    d.disk.sizeGiB = sizeGiB;
    d.disk.targetIops = targetIops;
    d.disk.deleteWithInstance = false; // data outlives a replaced instance on purpose
    d.disk.encrypted = true;
    return d;
}

const QString Production = QStringLiteral("production");

Model threeZoneWeb()
{
    Builder b(
            QStringLiteral("Three-zone web tier (Hangzhou)"),
            QStringLiteral("Internet users reach an ALB spanning three zones; a scaling group of "
                           "ecs.g8i.large (min 3, max 15) serves the site from cn-hangzhou-h/i/j; "
                           "Redis holds sessions; an orders database runs on r8i with PL1 data "
                           "disks and a standby in a second zone."));
    const EntityId hz = b.region(QStringLiteral("Hangzhou"), QStringLiteral("cn-hangzhou"),
                                 QStringLiteral("10.0.0.0/16"), 0);
    const EntityId h = b.zone(hz, 0, 3, QStringLiteral("Zone H"), QStringLiteral("cn-hangzhou-h"),
                              QStringLiteral("10.0.1.0/24"));
    const EntityId i = b.zone(hz, 1, 3, QStringLiteral("Zone I"), QStringLiteral("cn-hangzhou-i"),
                              QStringLiteral("10.0.2.0/24"));
    const EntityId j = b.zone(hz, 2, 3, QStringLiteral("Zone J"), QStringLiteral("cn-hangzhou-j"),
                              QStringLiteral("10.0.3.0/24"));
    const EntityId users
            = b.endpoint(QStringLiteral("Internet users"), EndpointKind::InternetUsers, 318);

    const EntityId webSg = b.securityGroup(
            QStringLiteral("web-sg"), hz, 4,
            {rule(443, QStringLiteral("0.0.0.0/0"), QStringLiteral("HTTPS from the internet"))});
    const EntityId adminSg
            = b.securityGroup(QStringLiteral("admin-sg"), hz, 5,
                              {rule(22, QStringLiteral("198.51.100.16/28"),
                                    QStringLiteral("SSH from the office bastion range"))});
    const EntityId dataSg = b.securityGroup(
            QStringLiteral("data-sg"), hz, 6,
            {rule(3306, QStringLiteral("10.0.0.0/16"), QStringLiteral("MySQL from the VPC")),
             rule(6379, QStringLiteral("10.0.0.0/16"), QStringLiteral("Redis from the VPC"), 2)});

    Entity alb = b.node(EntityKind::LoadBalancer, QStringLiteral("web-alb"), hz, 0);
    alb.zones = {h, i, j};
    const EntityId albId = b.add(alb);

    Entity asg = b.node(EntityKind::ScalingGroup, QStringLiteral("web-asg"), hz, 2);
    setCompute(asg, QStringLiteral("ecs.g8i.large"), QStringLiteral("web"),
               {Production, QStringLiteral("stateless")}, BillingModel::PayAsYouGo,
               {webSg, adminSg});
    asg.compute.systemDiskLevel = QStringLiteral("PL1");
    asg.compute.systemDiskGiB = 50;
    asg.compute.minSize = 3;
    asg.compute.maxSize = 15;
    asg.compute.desiredSize = 3;
    asg.zones = {h, i, j};
    const EntityId asgId = b.add(asg);

    Entity cache = b.node(EntityKind::Cache, QStringLiteral("session-cache"), h, 0);
    cache.cache.billing = BillingModel::Subscription1Year;
    const EntityId cacheId = b.add(cache);

    EntityIds dbs;
    const QList<std::pair<EntityId, QString>> dbZones
            = {{h, QStringLiteral("orders-db")}, {i, QStringLiteral("orders-db-standby")}};
    for (const auto &[zone, name] : dbZones) {
        Entity db = b.node(EntityKind::InstanceGroup, name, zone, 0, 1);
        setCompute(db, QStringLiteral("ecs.r8i.2xlarge"), QStringLiteral("db"),
                   {Production, QStringLiteral("database")}, BillingModel::Subscription1Year,
                   {dataSg, adminSg});
        db.compute.systemDiskLevel = QStringLiteral("PL1");
        db.compute.systemDiskGiB = 50;
        const EntityId dbId = b.add(db);
        Entity disk = dataDisk(b, name + QStringLiteral("-data"), zone, 0, 2, QStringLiteral("PL1"),
                               800, 25000);
        disk.disk.attachedTo = dbId;
        b.add(disk);
        dbs << dbId;
    }

    b.link(users, albId, 1500, 1200, 0.95);
    b.link(albId, asgId, 1500, 1200, 0.95);
    b.link(asgId, cacheId, 300, 3000, 0.9);
    b.link(asgId, dbs[0], 200, 600, 0.7);
    b.link(dbs[0], dbs[1], 150, 50, 0.0);
    Q_UNUSED(j);
    return b.take();
}

Model kafkaLocalNvme()
{
    Builder b(
            QStringLiteral("Kafka on local NVMe (Hangzhou)"),
            QStringLiteral("Six Kafka brokers on ecs.i4.2xlarge (local NVMe SSD) spread over three "
                           "zones with replication factor 3, so losing a host or a zone loses no "
                           "data; producers behind an NLB, consumers in a scaling group."));
    const EntityId hz = b.region(QStringLiteral("Hangzhou"), QStringLiteral("cn-hangzhou"),
                                 QStringLiteral("10.1.0.0/16"), 0);
    const EntityIds zones
            = {b.zone(hz, 0, 3, QStringLiteral("Zone H"), QStringLiteral("cn-hangzhou-h"),
                      QStringLiteral("10.1.1.0/24")),
               b.zone(hz, 1, 3, QStringLiteral("Zone I"), QStringLiteral("cn-hangzhou-i"),
                      QStringLiteral("10.1.2.0/24")),
               b.zone(hz, 2, 3, QStringLiteral("Zone J"), QStringLiteral("cn-hangzhou-j"),
                      QStringLiteral("10.1.3.0/24"))};
    const EntityId sources
            = b.endpoint(QStringLiteral("Event sources"), EndpointKind::InternetUsers, 318);
    const EntityId kafkaSg = b.securityGroup(QStringLiteral("kafka-sg"), hz, 6,
                                             {rule(9092, QStringLiteral("10.1.0.0/16"),
                                                   QStringLiteral("Kafka clients from the VPC"))});

    Entity nlb = b.node(EntityKind::LoadBalancer, QStringLiteral("ingest-nlb"), hz, 0);
    nlb.loadBalancer.kind = LoadBalancerKind::Nlb;
    nlb.loadBalancer.backendPort = 9092; // clients connect on 443; Kafka listens on 9092
    nlb.zones = zones;
    const EntityId nlbId = b.add(nlb);

    auto group = [&](const QString &name, int column, const QString &role, int min, int max) {
        Entity sg = b.node(EntityKind::ScalingGroup, name, hz, column);
        setCompute(sg, QStringLiteral("ecs.c8i.xlarge"), role,
                   {Production, QStringLiteral("stateless")}, BillingModel::PayAsYouGo, {kafkaSg});
        sg.compute.minSize = min;
        sg.compute.maxSize = max;
        sg.compute.desiredSize = min;
        sg.zones = zones;
        return b.add(sg);
    };
    const EntityId producers
            = group(QStringLiteral("producers"), 2, QStringLiteral("ingest"), 3, 12);
    const EntityId consumers
            = group(QStringLiteral("consumers"), 4, QStringLiteral("stream-processing"), 3, 9);

    const QStringList suffixes = {QStringLiteral("h"), QStringLiteral("i"), QStringLiteral("j")};
    EntityIds brokers;
    for (int z = 0; z < 3; ++z) {
        Entity broker = b.node(EntityKind::InstanceGroup,
                               QStringLiteral("kafka-%1").arg(suffixes[z]), zones[z], 0, 1);
        setCompute(broker, QStringLiteral("ecs.i4.2xlarge"), QStringLiteral("kafka"),
                   {Production, QStringLiteral("jvm"), QStringLiteral("stateful")},
                   BillingModel::Subscription1Year, {kafkaSg});
        broker.compute.count = 2;
        broker.compute.replicationFactor = 3;
        brokers << b.add(broker);
    }

    b.link(sources, nlbId, 18000, 20000, 0.0);
    b.link(nlbId, producers, 18000, 20000, 0.0);
    for (int z = 0; z < 3; ++z) {
        b.link(producers, brokers[z], 6000, 6700, 0.0);
        // Each broker ships its leader partitions to the two followers in the other zones.
        b.link(brokers[z], brokers[(z + 1) % 3], 6000, 700, 0.0);
        b.link(brokers[z], consumers, 12000, 2000, 1.0);
    }
    return b.take();
}

Model mediaCompany()
{
    Builder b(QStringLiteral("Media company (cross-zone cache)"),
              QStringLiteral("The field guide's cross-zone traffic avalanche (§8.4): web nodes in "
                             "zones A and B, the Redis cache only in zone A, so web B pulls media "
                             "blobs across zones."));
    const EntityId hz = b.region(QStringLiteral("Hangzhou"), QStringLiteral("cn-hangzhou"),
                                 QStringLiteral("10.2.0.0/16"), 0);
    const EntityId a = b.zone(hz, 0, 2, QStringLiteral("Zone A"), QStringLiteral("cn-hangzhou-h"),
                              QStringLiteral("10.2.1.0/24"));
    const EntityId bz = b.zone(hz, 1, 2, QStringLiteral("Zone B"), QStringLiteral("cn-hangzhou-i"),
                               QStringLiteral("10.2.2.0/24"));
    const EntityId users = b.endpoint(QStringLiteral("Viewers"), EndpointKind::InternetUsers, 318);
    const EntityId webSg = b.securityGroup(
            QStringLiteral("web-sg"), hz, 4,
            {rule(443, QStringLiteral("0.0.0.0/0"), QStringLiteral("HTTPS from the internet"))});

    Entity alb = b.node(EntityKind::LoadBalancer, QStringLiteral("media-alb"), hz, 0);
    alb.zones = {a, bz};
    const EntityId albId = b.add(alb);

    auto web = [&](const QString &name, EntityId zone) {
        Entity e = b.node(EntityKind::InstanceGroup, name, zone, 0);
        setCompute(e, QStringLiteral("ecs.g8i.xlarge"), QStringLiteral("web"),
                   {Production, QStringLiteral("stateless")}, BillingModel::PayAsYouGo, {webSg});
        e.compute.count = 4;
        return b.add(e);
    };
    const EntityId webA = web(QStringLiteral("web-a"), a);
    const EntityId webB = web(QStringLiteral("web-b"), bz);
    Entity cache = b.node(EntityKind::Cache, QStringLiteral("media-cache"), a, 1);
    cache.cache.instanceClass = QStringLiteral("redis.logic.sharding.8g.2db.0rodb.4proxy.default");
    const EntityId cacheId = b.add(cache);

    b.link(users, albId, 60000, 2500, 1.0);
    b.link(albId, webA, 30000, 1250, 1.0);
    b.link(albId, webB, 30000, 1250, 1.0);
    b.link(webA, cacheId, 40000, 1500, 0.95);
    b.link(webB, cacheId, 60000, 2000, 0.97); // the expensive one: zone B reads from zone A
    // Left to right along the request path, the zones stacked so web-b's read crosses them.
    b.place({{QStringLiteral("Hangzhou"), {0, 0, 880, 500}},
             {QStringLiteral("Zone A"), {310, 140, 550, 160}},
             {QStringLiteral("Zone B"), {310, 320, 550, 160}},
             {QStringLiteral("Viewers"), {-330, 278, 150, 64}},
             {QStringLiteral("web-sg"), {30, 64, 160, 64}},
             {QStringLiteral("media-alb"), {30, 278, 160, 64}},
             {QStringLiteral("web-a"), {340, 190, 160, 64}},
             {QStringLiteral("media-cache"), {640, 190, 160, 64}},
             {QStringLiteral("web-b"), {340, 370, 160, 64}}});
    return b.take();
}

Model beijingSingaporeCen()
{
    Builder b(QStringLiteral("Beijing + Singapore over CEN"),
              QStringLiteral("Two regions serving their own users, joined by Cloud Enterprise "
                             "Network: Singapore writes orders to the Beijing primary and keeps a "
                             "read replica fed over CEN."));
    const EntityId bj = b.region(QStringLiteral("Beijing"), QStringLiteral("cn-beijing"),
                                 QStringLiteral("10.10.0.0/16"), 0);
    const EntityId bjH = b.zone(bj, 0, 2, QStringLiteral("Beijing H"),
                                QStringLiteral("cn-beijing-h"), QStringLiteral("10.10.1.0/24"));
    const EntityId bjI = b.zone(bj, 1, 2, QStringLiteral("Beijing I"),
                                QStringLiteral("cn-beijing-i"), QStringLiteral("10.10.2.0/24"));
    const EntityId sg = b.region(QStringLiteral("Singapore"), QStringLiteral("ap-southeast-1"),
                                 QStringLiteral("10.20.0.0/16"), 800);
    const EntityId sgA = b.zone(sg, 0, 2, QStringLiteral("Singapore A"),
                                QStringLiteral("ap-southeast-1a"), QStringLiteral("10.20.1.0/24"));
    const EntityId sgB = b.zone(sg, 1, 2, QStringLiteral("Singapore B"),
                                QStringLiteral("ap-southeast-1b"), QStringLiteral("10.20.2.0/24"));
    const EntityId cnUsers
            = b.endpoint(QStringLiteral("Users in China"), EndpointKind::InternetUsers, 318);
    const EntityId seaUsers = b.endpoint(QStringLiteral("Users in Southeast Asia"),
                                         EndpointKind::InternetUsers, 1118);

    struct Site
    {
        EntityId web;
        EntityId db;
        EntityId alb;
    };
    auto site = [&](EntityId region, EntityId zoneA, EntityId zoneB, const QString &prefix,
                    const QString &cidr) {
        const EntityId webSg = b.securityGroup(prefix + QStringLiteral("-web-sg"), region, 4,
                                               {rule(443, QStringLiteral("0.0.0.0/0"),
                                                     QStringLiteral("HTTPS from the internet"))});
        const EntityId dbSg
                = b.securityGroup(prefix + QStringLiteral("-db-sg"), region, 5,
                                  {rule(3306, cidr, QStringLiteral("MySQL from the VPC")),
                                   rule(3306, QStringLiteral("10.0.0.0/8"),
                                        QStringLiteral("MySQL replication over CEN"), 2)});
        Entity alb = b.node(EntityKind::LoadBalancer, prefix + QStringLiteral("-alb"), region, 0);
        alb.zones = {zoneA, zoneB};
        const EntityId albId = b.add(alb);
        Entity web = b.node(EntityKind::ScalingGroup, prefix + QStringLiteral("-web"), region, 2);
        setCompute(web, QStringLiteral("ecs.g8i.large"), QStringLiteral("web"),
                   {Production, QStringLiteral("stateless")}, BillingModel::PayAsYouGo, {webSg});
        web.compute.minSize = 2;
        web.compute.maxSize = 8;
        web.compute.desiredSize = 2;
        web.zones = {zoneA, zoneB};
        const EntityId webId = b.add(web);
        Entity db = b.node(EntityKind::InstanceGroup, prefix + QStringLiteral("-orders-db"), zoneA,
                           0);
        setCompute(db, QStringLiteral("ecs.r8i.xlarge"), QStringLiteral("db"),
                   {Production, QStringLiteral("database")}, BillingModel::Subscription1Year,
                   {dbSg});
        const EntityId dbId = b.add(db);
        Entity disk = dataDisk(b, prefix + QStringLiteral("-orders-data"), zoneA, 0, 1,
                               QStringLiteral("PL1"), 500, 20000);
        disk.disk.attachedTo = dbId;
        b.add(disk);
        Entity cache = b.node(EntityKind::Cache, prefix + QStringLiteral("-cache"), zoneB, 0);
        const EntityId cacheId = b.add(cache);
        b.link(albId, webId, 2000, 900, 0.9);
        b.link(webId, cacheId, 400, 2500, 0.9);
        return Site{webId, dbId, albId};
    };
    const Site beijing = site(bj, bjH, bjI, QStringLiteral("bj"), QStringLiteral("10.10.0.0/16"));
    const Site singapore = site(sg, sgA, sgB, QStringLiteral("sg"), QStringLiteral("10.20.0.0/16"));

    b.link(cnUsers, beijing.alb, 2000, 900, 0.9);
    b.link(seaUsers, singapore.alb, 2000, 900, 0.9);
    b.link(beijing.web, beijing.db, 250, 500, 0.8);
    b.link(singapore.web, singapore.db, 250, 500, 1.0);
    b.link(singapore.web, beijing.db, 60, 80, 0.2, LinkPath::Cen); // writes go to the primary
    b.link(beijing.db, singapore.db, 800, 200, 0.0, LinkPath::Cen); // binlog replication
    // The two sites stacked, each compact: the band (ALB, web, security groups) over its zones.
    for (const auto &[prefix, y] :
         {std::pair{QStringLiteral("bj"), 0.0}, std::pair{QStringLiteral("sg"), 480.0}}) {
        const bool bjSite = prefix == QLatin1String("bj");
        b.place({{bjSite ? QStringLiteral("Beijing") : QStringLiteral("Singapore"),
                  {0, y, 880, 370}},
                 {bjSite ? QStringLiteral("Users in China")
                         : QStringLiteral("Users in Southeast Asia"),
                  {-220, y + 64, 150, 64}},
                 {prefix + QStringLiteral("-alb"), {30, y + 64, 160, 64}},
                 {prefix + QStringLiteral("-web"), {250, y + 64, 160, 64}},
                 {prefix + QStringLiteral("-web-sg"), {480, y + 64, 160, 64}},
                 {prefix + QStringLiteral("-db-sg"), {690, y + 64, 160, 64}},
                 {bjSite ? QStringLiteral("Beijing H") : QStringLiteral("Singapore A"),
                  {20, y + 150, 440, 200}},
                 {bjSite ? QStringLiteral("Beijing I") : QStringLiteral("Singapore B"),
                  {480, y + 150, 380, 200}},
                 {prefix + QStringLiteral("-orders-db"), {50, y + 205, 160, 64}},
                 {prefix + QStringLiteral("-orders-data"), {260, y + 205, 160, 64}},
                 {prefix + QStringLiteral("-cache"), {510, y + 205, 160, 64}}});
    }
    return b.take();
}

/**
 * The field guide's Scenario A (§7.1): an API gateway at 20,000 requests per second on small
 * general-purpose instances. 560 B requests and 13,440 B responses (14,000 B a request):
 * 20,000 × 14,000 B × 2,628,000 s = 735,840 GB/month on each hop, 96 % of it the responses.
 */
Model apiGateway20k()
{
    Builder b(QStringLiteral("API gateway at 20,000 req/s (Hangzhou)"),
              QStringLiteral("The field guide's Scenario A: internet users reach an ALB in two "
                             "zones; a gateway scaling group of two ecs.g7.large proxies 20,000 "
                             "requests per second on average (40,000 at the peak) to an API "
                             "tier. The gateway runs out of network bandwidth, not CPU: finding "
                             "ECS026 explains the figures and proposes a type that carries them."));
    const EntityId hz = b.region(QStringLiteral("Hangzhou"), QStringLiteral("cn-hangzhou"),
                                 QStringLiteral("10.4.0.0/16"), 0);
    const EntityId h = b.zone(hz, 0, 2, QStringLiteral("Zone H"), QStringLiteral("cn-hangzhou-h"),
                              QStringLiteral("10.4.1.0/24"));
    const EntityId i = b.zone(hz, 1, 2, QStringLiteral("Zone I"), QStringLiteral("cn-hangzhou-i"),
                              QStringLiteral("10.4.2.0/24"));
    const EntityId users
            = b.endpoint(QStringLiteral("Internet users"), EndpointKind::InternetUsers, 160);

    const EntityId gatewaySg = b.securityGroup(
            QStringLiteral("gateway-sg"), hz, 3,
            {rule(80, QStringLiteral("10.4.0.0/16"), QStringLiteral("HTTP from the ALB (VPC)"))});
    const EntityId apiSg = b.securityGroup(
            QStringLiteral("api-sg"), hz, 4,
            {rule(8080, QStringLiteral("10.4.0.0/16"), QStringLiteral("API from the gateways"))});

    Entity alb = b.node(EntityKind::LoadBalancer, QStringLiteral("gateway-alb"), hz, 0);
    alb.zones = {h, i};
    const EntityId albId = b.add(alb);

    Entity gateway = b.node(EntityKind::ScalingGroup, QStringLiteral("gateway"), hz, 1);
    setCompute(gateway, QStringLiteral("ecs.g7.large"), QStringLiteral("gateway"),
               {Production, QStringLiteral("stateless")}, BillingModel::PayAsYouGo, {gatewaySg});
    gateway.compute.minSize = 2;
    gateway.compute.desiredSize = 2;
    gateway.compute.maxSize = 4;
    gateway.zones = {h, i};
    const EntityId gatewayId = b.add(gateway);

    Entity api = b.node(EntityKind::ScalingGroup, QStringLiteral("api"), hz, 2);
    setCompute(api, QStringLiteral("ecs.g7.2xlarge"), QStringLiteral("api"),
               {Production, QStringLiteral("stateless")}, BillingModel::PayAsYouGo, {apiSg});
    api.compute.minSize = 4;
    api.compute.desiredSize = 4;
    api.compute.maxSize = 8;
    api.zones = {h, i};
    const EntityId apiId = b.add(api);

    b.link(users, albId, 735840, 20000, 0.96);
    b.link(albId, gatewayId, 735840, 20000, 0.96);
    b.link(gatewayId, apiId, 735840, 20000, 0.96);
    // Compact, with room between the cards for the link figures (opens readable on a laptop).
    b.place({{QStringLiteral("Hangzhou"), {0, 0, 1140, 400}},
             {QStringLiteral("Internet users"), {-340, 60, 150, 64}},
             {QStringLiteral("gateway-alb"), {30, 60, 160, 64}},
             {QStringLiteral("gateway"), {360, 60, 160, 64}},
             {QStringLiteral("api"), {690, 60, 160, 64}},
             {QStringLiteral("gateway-sg"), {950, 44, 160, 64}},
             {QStringLiteral("api-sg"), {950, 120, 160, 64}},
             {QStringLiteral("Zone H"), {20, 200, 540, 180}},
             {QStringLiteral("Zone I"), {580, 200, 540, 180}}});
    return b.take();
}
} // namespace

QStringList sampleDesignNames()
{
    return {QStringLiteral("three-zone-web"), QStringLiteral("kafka-local-nvme"),
            QStringLiteral("media-company"), QStringLiteral("beijing-singapore-cen"),
            QStringLiteral("api-gateway-20k")};
}

Model sampleDesign(const QString &name)
{
    if (name == QLatin1String("three-zone-web"))
        return threeZoneWeb();
    if (name == QLatin1String("kafka-local-nvme"))
        return kafkaLocalNvme();
    if (name == QLatin1String("media-company"))
        return mediaCompany();
    if (name == QLatin1String("beijing-singapore-cen"))
        return beijingSingaporeCen();
    if (name == QLatin1String("api-gateway-20k"))
        return apiGateway20k();
    return {};
}

} // namespace ecsplan::test
