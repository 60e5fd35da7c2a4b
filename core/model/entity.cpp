#include "entity.h"

#include "ecsplan_global.h"

namespace ecsplan {

QSizeF defaultSize(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Region:
        return {900, 560};
    case EntityKind::Zone:
        return {400, 420};
    case EntityKind::Link:
        return {0, 0};
    case EntityKind::Endpoint:
        return {150, 64};
    default:
        return {160, 64};
    }
}

int defaultBackendPort(LoadBalancerKind kind, int listenerPort)
{
    return kind == LoadBalancerKind::Alb && listenerPort == 443 ? 80 : listenerPort;
}

Entity entityDefaults(EntityKind kind, const QPointF &pos)
{
    Entity e;
    e.kind = kind;
    e.geometry = QRectF(pos, defaultSize(kind));
    switch (kind) {
    case EntityKind::Region:
        e.code = QStringLiteral("cn-hangzhou");
        e.cidr = QStringLiteral("10.0.0.0/16");
        break;
    case EntityKind::ScalingGroup:
        e.compute.minSize = 2;
        e.compute.maxSize = 6;
        e.compute.desiredSize = 2;
        e.compute.tags = {QStringLiteral("stateless")};
        break;
    case EntityKind::SecurityGroup:
        e.rules = {SecurityRule{}};
        break;
    case EntityKind::Zone:
    case EntityKind::InstanceGroup:
    case EntityKind::Disk:
    case EntityKind::Cache:
    case EntityKind::LoadBalancer:
    case EntityKind::Endpoint:
    case EntityKind::Link:
        break;
    }
    return e;
}

Entity makeEntity(EntityKind kind, const QPointF &pos)
{
    Entity e = entityDefaults(kind, pos);
    switch (kind) {
    case EntityKind::Region:
        e.name = Tr::tr("Region");
        break;
    case EntityKind::Zone:
        e.name = Tr::tr("Zone");
        break;
    case EntityKind::InstanceGroup:
        e.name = Tr::tr("Instances");
        break;
    case EntityKind::ScalingGroup:
        e.name = Tr::tr("Scaling group");
        break;
    case EntityKind::Disk:
        e.name = Tr::tr("Disk");
        break;
    case EntityKind::Cache:
        e.name = Tr::tr("Cache");
        break;
    case EntityKind::LoadBalancer:
        e.name = Tr::tr("Load balancer");
        break;
    case EntityKind::SecurityGroup:
        e.name = Tr::tr("Security group");
        break;
    case EntityKind::Endpoint:
        e.name = Tr::tr("Internet users");
        break;
    case EntityKind::Link:
        e.name = Tr::tr("Link");
        break;
    }
    return e;
}

} // namespace ecsplan
