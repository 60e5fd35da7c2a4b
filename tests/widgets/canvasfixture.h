#pragma once
// Shared by the canvas tests: a small, realistic design built in code (three zones, a web
// tier behind an ALB, a cache and a database with its disk) and a view helper.

#include "model/document.h"

#include <functional>

namespace ecsplan::test {

struct SampleIds
{
    EntityId region, zoneH, zoneI, zoneJ, users, alb, webH, webI, webJ, cache, replica, db, dbDisk,
            standby, standbyDisk, sg;
};

inline Model threeZoneWeb(SampleIds *ids = nullptr)
{
    Model m;
    SampleIds local;
    SampleIds &s = ids ? *ids : local;
    auto add = [&m](EntityKind kind, const QString &name, EntityId parent, QPointF pos,
                    const std::function<void(Entity &)> &edit = {}) {
        Entity e = makeEntity(kind, pos);
        e.id = m.allocateId();
        e.name = name;
        e.parent = parent;
        if (edit)
            edit(e);
        m.insert(e);
        return e.id;
    };
    s.region = add(EntityKind::Region, QStringLiteral("China (Hangzhou)"), EntityId::None, {0, 0},
                   [](Entity &e) {
                       e.geometry.setSize({1480, 700});
                       e.code = QStringLiteral("cn-hangzhou");
                       e.cidr = QStringLiteral("10.0.0.0/16");
                   });
    const char *codes[] = {"cn-hangzhou-h", "cn-hangzhou-i", "cn-hangzhou-j"};
    EntityId zones[3];
    for (int z = 0; z < 3; ++z) {
        zones[z] = add(EntityKind::Zone, QStringLiteral("Zone %1").arg(QChar('H' + z)), s.region,
                       {40.0 + z * 480, 160}, [&](Entity &e) {
                           e.geometry.setSize({440, 500});
                           e.code = QString::fromLatin1(codes[z]);
                           e.cidr = QStringLiteral("10.0.%1.0/24").arg(z + 1);
                       });
    }
    s.zoneH = zones[0];
    s.zoneI = zones[1];
    s.zoneJ = zones[2];
    s.users = add(EntityKind::Endpoint, QStringLiteral("Internet users"), EntityId::None,
                  {660, -160});
    s.alb = add(EntityKind::LoadBalancer, QStringLiteral("Public ALB"), s.region, {660, 60});
    s.sg = add(EntityKind::SecurityGroup, QStringLiteral("web-sg"), s.region, {1240, 60});
    EntityId webs[3];
    for (int z = 0; z < 3; ++z) {
        webs[z] = add(EntityKind::InstanceGroup, QStringLiteral("web-%1").arg(QChar('h' + z)),
                      zones[z], {80.0 + z * 480, 220}, [](Entity &e) {
                          e.compute.count = 2;
                          e.compute.role = QStringLiteral("web");
                      });
    }
    s.webH = webs[0];
    s.webI = webs[1];
    s.webJ = webs[2];
    s.cache = add(EntityKind::Cache, QStringLiteral("sessions"), s.zoneH, {280, 340});
    s.replica = add(EntityKind::Cache, QStringLiteral("sessions-ro"), s.zoneI, {760, 340},
                    [&](Entity &e) { e.cache.readReplicaOf = s.cache; });
    s.db = add(EntityKind::InstanceGroup, QStringLiteral("postgres"), s.zoneH, {80, 460},
               [](Entity &e) { e.compute.instanceType = QStringLiteral("ecs.r8i.xlarge"); });
    s.dbDisk = add(EntityKind::Disk, QStringLiteral("pg-data"), s.zoneH, {80, 570}, [&](Entity &e) {
        e.disk.sizeGiB = 500;
        e.disk.attachedTo = s.db;
    });
    s.standby = add(EntityKind::InstanceGroup, QStringLiteral("postgres-standby"), s.zoneI,
                    {560, 460},
                    [](Entity &e) { e.compute.instanceType = QStringLiteral("ecs.r8i.xlarge"); });
    s.standbyDisk = add(EntityKind::Disk, QStringLiteral("pg-standby-data"), s.zoneI, {560, 570},
                        [&](Entity &e) {
                            e.disk.sizeGiB = 500;
                            e.disk.attachedTo = s.standby;
                        });
    auto link = [&](EntityId from, EntityId to, double gb, double rps) {
        Entity e = makeEntity(EntityKind::Link);
        e.id = m.allocateId();
        e.name = QStringLiteral("link %1").arg(toUInt(e.id));
        e.link.from = from;
        e.link.to = to;
        e.link.gbPerMonth = gb;
        e.link.requestsPerSecond = rps;
        m.insert(e);
    };
    link(s.users, s.alb, 2000, 800);
    for (EntityId w : webs) {
        link(s.alb, w, 600, 260);
        link(w, s.cache, 120, 900);
    }
    link(s.webH, s.db, 80, 150);
    link(s.db, s.standby, 300, 0);
    return m;
}

} // namespace ecsplan::test
