#include "generateddesign.h"

#include <algorithm>
#include <cmath>

namespace ecsplan::test {

Model generateDesign(int nodes, int linksPerNode)
{
    Model model;
    const QStringList regionCodes = {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-beijing"),
                                     QStringLiteral("ap-southeast-1")};
    const QList<QStringList> zoneCodes
            = {{QStringLiteral("cn-hangzhou-h"), QStringLiteral("cn-hangzhou-i"),
                QStringLiteral("cn-hangzhou-j")},
               {QStringLiteral("cn-beijing-h"), QStringLiteral("cn-beijing-i"),
                QStringLiteral("cn-beijing-j")},
               {QStringLiteral("ap-southeast-1a"), QStringLiteral("ap-southeast-1b"),
                QStringLiteral("ap-southeast-1c")}};

    // The components in order: their kind and zone. A disk follows an instance group and
    // goes into that group's zone, attached to it (so instance disk limits come into play).
    const int components = std::max(0, nodes - 13); // 3 regions, 9 zones, 1 endpoint
    QList<EntityKind> kinds(components);
    QList<int> zoneOf(components);
    QList<int> slotOf(components);
    QList<int> perZoneCount(9, 0);
    for (int i = 0; i < components; ++i) {
        EntityKind kind = EntityKind::InstanceGroup;
        switch (i % 8) {
        case 1:
            kind = EntityKind::Disk;
            break;
        case 3:
            kind = EntityKind::Cache;
            break;
        case 5:
            kind = EntityKind::Disk;
            break;
        case 7:
            kind = (i % 16 == 7) ? EntityKind::LoadBalancer : EntityKind::ScalingGroup;
            break;
        default:
            break;
        }
        kinds[i] = kind;
        const bool followsInstance
                = kind == EntityKind::Disk && i > 0 && kinds[i - 1] == EntityKind::InstanceGroup;
        zoneOf[i] = followsInstance ? zoneOf[i - 1] : i % 9;
        slotOf[i] = perZoneCount[zoneOf[i]]++;
    }

    const int perZone = std::max(1, *std::max_element(perZoneCount.cbegin(), perZoneCount.cend()));
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(perZone)))));
    const double cellW = 180, cellH = 90;
    const double zoneW = columns * cellW + 40;
    const double zoneH = std::ceil(double(perZone) / columns) * cellH + 60;

    EntityIds zones;
    EntityIds placed;
    for (int r = 0; r < 3; ++r) {
        Entity region = makeEntity(EntityKind::Region);
        region.id = model.allocateId();
        region.name = QStringLiteral("Region %1").arg(regionCodes[r]);
        region.code = regionCodes[r];
        region.cidr = QStringLiteral("10.%1.0.0/16").arg(r * 16);
        region.geometry = QRectF(0, r * (zoneH + 120), 3 * (zoneW + 40) + 40, zoneH + 100);
        model.insert(region);
        for (int z = 0; z < 3; ++z) {
            Entity zone = makeEntity(EntityKind::Zone);
            zone.id = model.allocateId();
            zone.parent = region.id;
            zone.name = QStringLiteral("Zone %1").arg(zoneCodes[r][z]);
            zone.code = zoneCodes[r][z];
            zone.cidr = QStringLiteral("10.%1.%2.0/24").arg(r * 16).arg(z);
            zone.geometry = QRectF(region.geometry.x() + 40 + z * (zoneW + 40),
                                   region.geometry.y() + 60, zoneW, zoneH);
            model.insert(zone);
            zones << zone.id;
        }
    }
    Entity users = makeEntity(EntityKind::Endpoint, QPointF(-300, 0));
    users.id = model.allocateId();
    users.name = QStringLiteral("Internet users");
    model.insert(users);

    for (int i = 0; i < components; ++i) {
        const Entity &zone = *model.find(zones[zoneOf[i]]);
        const int slot = slotOf[i];
        const QPointF pos(zone.geometry.x() + 20 + (slot % columns) * cellW,
                          zone.geometry.y() + 40 + (slot / columns) * cellH);
        const EntityKind kind = kinds[i];
        Entity e = makeEntity(kind, pos);
        e.id = model.allocateId();
        e.parent = zone.id;
        e.name = QStringLiteral("%1 %2").arg(toCode(kind)).arg(i);
        if (kind == EntityKind::InstanceGroup) {
            e.compute.count = 1 + i % 4;
            e.compute.instanceType = (i % 3 == 0) ? QStringLiteral("ecs.g8i.xlarge")
                                                  : QStringLiteral("ecs.c8i.large");
        } else if (kind == EntityKind::Disk) {
            e.disk.sizeGiB = 40 + (i % 50) * 20;
            e.disk.level = (i % 5 == 0) ? QStringLiteral("PL2") : QStringLiteral("PL1");
            if (e.disk.level == QLatin1String("PL2"))
                e.disk.sizeGiB += 461;
            if (i > 0 && kinds[i - 1] == EntityKind::InstanceGroup && zoneOf[i - 1] == zoneOf[i])
                e.disk.attachedTo = placed.last();
        } else if (kind == EntityKind::LoadBalancer) {
            // ALB/NLB need two zones to deploy (ECS018): its zone and the next of its region.
            const int first = zoneOf[i] / 3 * 3;
            e.zones = {zone.id, zones[first + (zoneOf[i] - first + 1) % 3]};
        }
        model.insert(e);
        placed << e.id;
    }

    // Links: each node to the next few nodes (mixing zones and regions through the modulo).
    for (qsizetype i = 0; i < placed.size(); ++i) {
        const Entity from = *model.find(placed[i]); // a copy: the inserts below rehash the model
        if (from.kind == EntityKind::Disk)
            continue;
        for (int k = 1; k <= linksPerNode; ++k) {
            const qsizetype j = (i + k * 7) % placed.size();
            const Entity &to = *model.find(placed[j]);
            if (j == i || to.kind == EntityKind::Disk)
                continue;
            Entity link = makeEntity(EntityKind::Link);
            link.id = model.allocateId();
            link.name = QStringLiteral("link %1-%2").arg(i).arg(j);
            link.link.from = from.id;
            link.link.to = to.id;
            link.link.gbPerMonth = 10.0 * (1 + (i + k) % 20);
            link.link.requestsPerSecond = 5.0 * (1 + i % 10);
            model.insert(link);
        }
    }
    Entity ingress = makeEntity(EntityKind::Link);
    ingress.id = model.allocateId();
    ingress.name = QStringLiteral("users ingress");
    ingress.link.from = users.id;
    ingress.link.to = placed.value(0);
    ingress.link.gbPerMonth = 500;
    if (isValid(ingress.link.to))
        model.insert(ingress);
    return model;
}

} // namespace ecsplan::test
