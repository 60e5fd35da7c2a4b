#include "variantdesigns.h"

namespace ecsplan::test {

namespace {

struct Maker
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
    template<typename F>
    void edit(EntityId id, F &&change)
    {
        Entity e = *model.find(id);
        change(e);
        model.take(id);
        model.insert(e);
    }
    EntityId link(EntityId from, EntityId to, double gb, LinkPath path = LinkPath::Auto)
    {
        const EntityId id = add(EntityKind::Link, QStringLiteral("link %1").arg(model.size()));
        edit(id, [&](Entity &e) {
            e.link.from = from;
            e.link.to = to;
            e.link.gbPerMonth = gb;
            e.link.path = path;
        });
        return id;
    }
};

template<typename T>
const T &pick(const QList<T> &list, int n)
{
    return list.at(n % list.size());
}

} // namespace

int variantDesignCount()
{
    return 8;
}

Model variantDesign(int seed)
{
    Maker m;
    DesignSettings s;
    s.title = QStringLiteral("Variant %1 with a rather long title to test prefixes").arg(seed);
    m.model.setSettings(s);
    const QList<BillingModel> billings = {BillingModel::PayAsYouGo, BillingModel::Subscription1Year,
                                          BillingModel::Subscription3Year,
                                          BillingModel::Preemptible, BillingModel::SavingsPlan};
    const QStringList systemCategories
            = {QStringLiteral("cloud_essd"), QStringLiteral("cloud_auto"),
               QStringLiteral("cloud_essd_entry"), QStringLiteral("cloud_efficiency"),
               QStringLiteral("cloud_ssd")};
    const QStringList scalingSystemCategories
            = {QStringLiteral("cloud_essd"), QStringLiteral("cloud_efficiency"),
               QStringLiteral("cloud_ssd")};
    const QStringList diskCategories
            = {QStringLiteral("cloud_essd"), QStringLiteral("cloud_auto"),
               QStringLiteral("cloud_essd_entry"), QStringLiteral("cloud_ssd"),
               QStringLiteral("cloud_efficiency")};
    const QStringList levels = {QStringLiteral("PL0"), QStringLiteral("PL1"), QStringLiteral("PL2"),
                                QStringLiteral("PL3")};
    const QList<int> levelSizes = {40, 100, 500, 1300};
    const QList<int> ports = {443, 80, 9092};
    const QList<int> backendPorts = {80, 8443, 9092, 443};

    const EntityId hz = m.add(EntityKind::Region, QStringLiteral("Hangzhou"));
    m.edit(hz, [](Entity &e) {
        e.code = QStringLiteral("cn-hangzhou");
        e.cidr = QStringLiteral("10.0.0.0/16");
    });
    const EntityId sg = m.add(EntityKind::Region, QStringLiteral("Singapore"));
    m.edit(sg, [](Entity &e) {
        e.code = QStringLiteral("ap-southeast-1");
        e.cidr = QStringLiteral("10.8.0.0/16");
    });
    const EntityId h = m.add(EntityKind::Zone, QStringLiteral("H"), hz);
    m.edit(h, [](Entity &e) { e.code = QStringLiteral("cn-hangzhou-h"); });
    const EntityId i = m.add(EntityKind::Zone, QStringLiteral("I"), hz);
    m.edit(i, [](Entity &e) { e.code = QStringLiteral("cn-hangzhou-i"); });
    const EntityId sa = m.add(EntityKind::Zone, QStringLiteral("A"), sg);
    m.edit(sa, [](Entity &e) { e.code = QStringLiteral("ap-southeast-1a"); });
    const EntityId sb = m.add(EntityKind::Zone, QStringLiteral("B"), sg);
    m.edit(sb, [](Entity &e) { e.code = QStringLiteral("ap-southeast-1b"); });

    const EntityId web = m.add(EntityKind::SecurityGroup, QStringLiteral("web"), hz);
    m.edit(web, [&](Entity &e) {
        e.rules = {SecurityRule{true, QStringLiteral("tcp"), 443, 443, QStringLiteral("0.0.0.0/0"),
                                true, 1, QStringLiteral("https")},
                   SecurityRule{true, QStringLiteral("tcp"), 443, 443, QStringLiteral("::/0"), true,
                                1, QStringLiteral("https v6")},
                   SecurityRule{true,
                                QStringLiteral("icmp"),
                                -1,
                                -1,
                                QStringLiteral("10.0.0.0/8"),
                                true,
                                2,
                                {}},
                   SecurityRule{true, QStringLiteral("gre"), -1, -1, QStringLiteral("10.8.0.0/16"),
                                true, 3, QStringLiteral("tunnel")},
                   SecurityRule{true,
                                QStringLiteral("udp"),
                                5000 + seed,
                                5100 + seed,
                                QStringLiteral("10.0.0.0/16"),
                                seed % 2 == 0,
                                5,
                                {}},
                   SecurityRule{false,
                                QStringLiteral("all"),
                                -1,
                                -1,
                                QStringLiteral("0.0.0.0/0"),
                                true,
                                1,
                                {}}};
    });
    const EntityId data = m.add(EntityKind::SecurityGroup, QStringLiteral("data"), hz);
    m.edit(data, [&](Entity &e) {
        e.rules = {SecurityRule{true, QStringLiteral("tcp"), 22, 22, QStringLiteral("0.0.0.0/0"),
                                true, 1, QStringLiteral("ssh")}};
    });
    const EntityId sgWeb = m.add(EntityKind::SecurityGroup, QStringLiteral("sg-web"), sg);

    // Instance groups, one per billing model, rotating with the seed.
    EntityIds groups;
    for (int k = 0; k < 3; ++k) {
        const int n = seed + k;
        const EntityId zone = k % 2 == 0 ? h : i;
        const EntityId g = m.add(EntityKind::InstanceGroup,
                                 k == 2 && seed % 2 == 1
                                         ? QStringLiteral("a group with a very long name that no "
                                                          "cloud resource name field would take %1")
                                                   .arg(seed)
                                         : QStringLiteral("app-%1").arg(k),
                                 zone);
        m.edit(g, [&](Entity &e) {
            e.compute.count = 1 + n % 3;
            e.compute.billing = pick(billings, n);
            e.compute.systemDiskCategory = pick(systemCategories, n);
            e.compute.systemDiskLevel = e.compute.systemDiskCategory == QLatin1String("cloud_essd")
                    ? pick(levels, n % 2)
                    : QString();
            e.compute.role = pick(QStringList{QStringLiteral("web"), QStringLiteral("db"),
                                              QStringLiteral("kafka")},
                                  n);
            e.compute.tags = {QStringLiteral("production"), QStringLiteral("tier-%1").arg(k)};
            if (k != 1)
                e.compute.securityGroups = {k == 0 ? web : data};
        });
        const EntityId disk = m.add(EntityKind::Disk, QStringLiteral("disk-%1").arg(k), zone);
        m.edit(disk, [&](Entity &e) {
            e.disk.category = pick(diskCategories, n);
            const bool essd = e.disk.category == QLatin1String("cloud_essd");
            e.disk.level = essd ? pick(levels, n) : QString();
            e.disk.sizeGiB = essd ? pick(levelSizes, n) : 100;
            e.disk.attachedTo = g;
            e.disk.encrypted = n % 2 == 1;
            e.disk.deleteWithInstance = n % 3 != 0;
            if (e.disk.category == QLatin1String("cloud_auto")) {
                e.disk.provisionedIops = 3000;
                e.disk.burstingEnabled = true;
            }
        });
        groups << g;
    }

    // Scaling groups: one behind every load balancer kind.
    EntityIds scaling;
    for (int k = 0; k < 2; ++k) {
        const int n = seed + k;
        const EntityId g = m.add(EntityKind::ScalingGroup, QStringLiteral("fleet-%1").arg(k), h);
        m.edit(g, [&](Entity &e) {
            e.zones = {h, i};
            e.compute.billing = pick(billings, n + 1);
            // Launch templates take no cloud_auto or cloud_essd_entry system disk (ECS025).
            e.compute.systemDiskCategory = pick(scalingSystemCategories, n + 1);
            e.compute.systemDiskLevel = e.compute.systemDiskCategory == QLatin1String("cloud_essd")
                    ? QStringLiteral("PL1")
                    : QString();
            e.compute.minSize = n % 3;
            e.compute.desiredSize = n % 3 + 1;
            e.compute.maxSize = n % 3 + 4;
            e.compute.securityGroups = {web};
        });
        const EntityId disk = m.add(EntityKind::Disk, QStringLiteral("fleet-disk-%1").arg(k), h);
        m.edit(disk, [&](Entity &e) {
            e.disk.category = pick(diskCategories, n + 2);
            const bool essd = e.disk.category == QLatin1String("cloud_essd");
            e.disk.level = essd ? QStringLiteral("PL1") : QString();
            e.disk.sizeGiB = 100;
            e.disk.attachedTo = g;
        });
        scaling << g;
    }

    // Load balancers: every kind, rotating ports and address types.
    const QList<LoadBalancerKind> kinds
            = {LoadBalancerKind::Alb, LoadBalancerKind::Nlb, LoadBalancerKind::Clb};
    for (int k = 0; k < 3; ++k) {
        const int n = seed + k;
        const EntityId lb = m.add(EntityKind::LoadBalancer, QStringLiteral("lb-%1").arg(k), h);
        m.edit(lb, [&](Entity &e) {
            e.loadBalancer.kind = kinds.at(k);
            e.loadBalancer.listenerPort = pick(ports, n);
            e.loadBalancer.backendPort = pick(backendPorts, n + 1);
            e.loadBalancer.addressType = n % 2 == 0 ? AddressType::Internet : AddressType::Intranet;
            if (e.loadBalancer.kind == LoadBalancerKind::Alb)
                e.loadBalancer.edition
                        = pick(QStringList{QStringLiteral("Standard"), QStringLiteral("Basic"),
                                           QStringLiteral("StandardWithWaf")},
                               n);
            // Seed-odd ALB/NLB list no zones: the export derives them from the backends.
            if (seed % 2 == 0 || e.loadBalancer.kind == LoadBalancerKind::Clb)
                e.zones = {h, i};
        });
        m.link(lb, scaling.at(k % 2), 100);
        if (k != 2 || seed % 2 == 0)
            m.link(lb, groups.at(k), 50);
    }

    // Caches: Redis with replicas, Tair of each storage kind.
    const EntityId redis = m.add(EntityKind::Cache, QStringLiteral("sessions"), h);
    m.edit(redis, [&](Entity &e) {
        e.cache.instanceClass = seed % 2 == 0 ? QStringLiteral("redis.shard.small.2.ce")
                                              : QStringLiteral("redis.master.large.default");
        e.cache.engineVersion = seed % 2 == 0 ? QStringLiteral("7.0") : QStringLiteral("5.0");
        e.cache.billing = pick(billings, seed);
    });
    const EntityId replica = m.add(EntityKind::Cache, QStringLiteral("sessions-ro"), i);
    m.edit(replica, [&](Entity &e) { e.cache.readReplicaOf = redis; });
    const EntityId tair = m.add(EntityKind::Cache, QStringLiteral("catalog"), i);
    m.edit(tair, [&](Entity &e) {
        e.cache.engine = CacheEngine::Tair;
        e.cache.instanceClass = pick(QStringList{QStringLiteral("tair.rdb.2g"),
                                                 QStringLiteral("tair.scm.standard.1m.4d"),
                                                 QStringLiteral("tair.essd.standard.xlarge")},
                                     seed);
        e.cache.engineVersion = QStringLiteral("5.0");
        e.cache.billing = pick(billings, seed + 2);
    });
    m.link(groups.at(0), redis, 200);
    m.link(scaling.at(0), redis, 300);
    m.link(groups.at(2), tair, 100);

    // Singapore: a group reached over CEN and the internet.
    const EntityId remote = m.add(EntityKind::InstanceGroup, QStringLiteral("sg-app"), sa);
    m.edit(remote, [&](Entity &e) {
        e.compute.securityGroups = {sgWeb};
        e.compute.billing = pick(billings, seed + 3);
    });
    Q_UNUSED(sb);
    m.link(groups.at(1), remote, 300, LinkPath::Cen);
    if (seed % 2 == 0)
        m.link(groups.at(0), remote, 20, LinkPath::Internet);

    // Endpoints of every kind.
    const EntityId users = m.add(EntityKind::Endpoint, QStringLiteral("Users"));
    const EntityId office = m.add(EntityKind::Endpoint, QStringLiteral("Office"));
    m.edit(office, [](Entity &e) { e.endpoint.kind = EndpointKind::OnPremises; });
    const EntityId partner = m.add(EntityKind::Endpoint, QStringLiteral("Partner region"));
    m.edit(partner, [](Entity &e) {
        e.endpoint.kind = EndpointKind::ExternalRegion;
        e.endpoint.location = QStringLiteral("us-west-1");
    });
    m.link(users, m.model.ids(EntityKind::LoadBalancer).first(), 1000);
    m.link(office, groups.at(1), 50);
    m.link(groups.at(2), partner, 30);
    m.link(scaling.at(1), users, 40); // outbound calls to the internet
    return m.model;
}

} // namespace ecsplan::test
