#include "properties.h"
#include "billing.h"

#include "codes.h"
#include "ecsplan_global.h"
#include "validation/cidr.h"

#include <QHash>
#include <QLocale>

#include <array>
#include <cmath>

namespace ecsplan {

namespace {

constexpr quint32 k(EntityKind kind)
{
    return 1u << static_cast<int>(kind);
}
constexpr quint32 Nodes = (1u << EntityKindCount) - 1 - k(EntityKind::Link);
constexpr quint32 Everything = (1u << EntityKindCount) - 1;
constexpr quint32 Compute = k(EntityKind::InstanceGroup) | k(EntityKind::ScalingGroup);
constexpr quint32 Placed = Nodes & ~k(EntityKind::Region) & ~k(EntityKind::Endpoint);
constexpr double Big = 1e12;

// Order matches enum Property.
constexpr std::array<PropertyInfo, PropertyCount> kInfos = {{
        {Property::Name, "name", QT_TRANSLATE_NOOP("ecsplan", "Name"), "", Everything, 0, 0},
        {Property::Notes, "notes", QT_TRANSLATE_NOOP("ecsplan", "Notes"), "", Everything, 0, 0},
        {Property::Parent, "parent", QT_TRANSLATE_NOOP("ecsplan", "Placed in"), "", Placed, 0, 0},
        {Property::Geometry, "geometry", QT_TRANSLATE_NOOP("ecsplan", "Geometry"), "", Nodes, 0, 0},
        {Property::Code, "code", QT_TRANSLATE_NOOP("ecsplan", "Region / zone id"), "",
         k(EntityKind::Region) | k(EntityKind::Zone), 0, 0},
        {Property::Cidr, "cidr", QT_TRANSLATE_NOOP("ecsplan", "CIDR block"), "",
         k(EntityKind::Region) | k(EntityKind::Zone), 0, 0},
        {Property::Zones, "zones", QT_TRANSLATE_NOOP("ecsplan", "Zones spanned"), "",
         k(EntityKind::ScalingGroup) | k(EntityKind::LoadBalancer), 0, 0},
        {Property::InstanceType, "instanceType", QT_TRANSLATE_NOOP("ecsplan", "Instance type"), "",
         Compute, 0, 0},
        {Property::Count, "count", QT_TRANSLATE_NOOP("ecsplan", "Instances"), "",
         k(EntityKind::InstanceGroup), 1, 2000},
        {Property::Billing, "billing", QT_TRANSLATE_NOOP("ecsplan", "Billing model"), "", Compute,
         0, 0},
        {Property::Image, "image", QT_TRANSLATE_NOOP("ecsplan", "Image"), "", Compute, 0, 0},
        {Property::SystemDiskCategory, "systemDiskCategory",
         QT_TRANSLATE_NOOP("ecsplan", "System disk category"), "", Compute, 0, 0},
        {Property::SystemDiskLevel, "systemDiskLevel",
         QT_TRANSLATE_NOOP("ecsplan", "System disk level"), "", Compute, 0, 0},
        {Property::SystemDiskGiB, "systemDiskGiB", QT_TRANSLATE_NOOP("ecsplan", "System disk size"),
         "GiB", Compute, 20, 2048},
        {Property::Role, "role", QT_TRANSLATE_NOOP("ecsplan", "Role"), "", Compute, 0, 0},
        {Property::Tags, "tags", QT_TRANSLATE_NOOP("ecsplan", "Workload tags"), "", Compute, 0, 0},
        {Property::DrainHandler, "drainHandler",
         QT_TRANSLATE_NOOP("ecsplan", "Drain handler installed"), "", Compute, 0, 0},
        {Property::ReplicationFactor, "replicationFactor",
         QT_TRANSLATE_NOOP("ecsplan", "Data replication factor"), "", Compute, 1, 16},
        {Property::SecurityGroups, "securityGroups",
         QT_TRANSLATE_NOOP("ecsplan", "Security groups"), "", Compute, 0, 0},
        {Property::MinSize, "minSize", QT_TRANSLATE_NOOP("ecsplan", "Minimum size"), "",
         k(EntityKind::ScalingGroup), 0, 2000},
        {Property::MaxSize, "maxSize", QT_TRANSLATE_NOOP("ecsplan", "Maximum size"), "",
         k(EntityKind::ScalingGroup), 0, 2000},
        {Property::DesiredSize, "desiredSize", QT_TRANSLATE_NOOP("ecsplan", "Desired size"), "",
         k(EntityKind::ScalingGroup), 0, 2000},
        {Property::DiskCategory, "category", QT_TRANSLATE_NOOP("ecsplan", "Category"), "",
         k(EntityKind::Disk), 0, 0},
        {Property::DiskLevel, "performanceLevel", QT_TRANSLATE_NOOP("ecsplan", "Performance level"),
         "", k(EntityKind::Disk), 0, 0},
        {Property::DiskSizeGiB, "sizeGiB", QT_TRANSLATE_NOOP("ecsplan", "Size"), "GiB",
         k(EntityKind::Disk), 1, 65536},
        {Property::AttachedTo, "attachedTo", QT_TRANSLATE_NOOP("ecsplan", "Attached to"), "",
         k(EntityKind::Disk), 0, 0},
        {Property::DeleteWithInstance, "deleteWithInstance",
         QT_TRANSLATE_NOOP("ecsplan", "Delete with instance"), "", k(EntityKind::Disk), 0, 0},
        {Property::TargetIops, "targetIops", QT_TRANSLATE_NOOP("ecsplan", "IOPS target"), "IOPS",
         k(EntityKind::Disk), 0, 1000000},
        {Property::ProvisionedIops, "provisionedIops",
         QT_TRANSLATE_NOOP("ecsplan", "Provisioned IOPS"), "IOPS", k(EntityKind::Disk), 0, 50000},
        {Property::BurstingEnabled, "burstingEnabled",
         QT_TRANSLATE_NOOP("ecsplan", "Bursting enabled"), "", k(EntityKind::Disk), 0, 0},
        {Property::Encrypted, "encrypted", QT_TRANSLATE_NOOP("ecsplan", "Encrypted"), "",
         k(EntityKind::Disk), 0, 0},
        {Property::CacheEngine, "engine", QT_TRANSLATE_NOOP("ecsplan", "Engine"), "",
         k(EntityKind::Cache), 0, 0},
        {Property::CacheClass, "instanceClass", QT_TRANSLATE_NOOP("ecsplan", "Instance class"), "",
         k(EntityKind::Cache), 0, 0},
        {Property::CacheVersion, "engineVersion", QT_TRANSLATE_NOOP("ecsplan", "Engine version"),
         "", k(EntityKind::Cache), 0, 0},
        {Property::ReadReplicaOf, "readReplicaOf", QT_TRANSLATE_NOOP("ecsplan", "Read replica of"),
         "", k(EntityKind::Cache), 0, 0},
        {Property::CacheBilling, "billing", QT_TRANSLATE_NOOP("ecsplan", "Billing model"), "",
         k(EntityKind::Cache), 0, 0},
        {Property::LbKind, "lbKind", QT_TRANSLATE_NOOP("ecsplan", "Load balancer kind"), "",
         k(EntityKind::LoadBalancer), 0, 0},
        {Property::LbAddressType, "addressType", QT_TRANSLATE_NOOP("ecsplan", "Address type"), "",
         k(EntityKind::LoadBalancer), 0, 0},
        {Property::LbEdition, "edition", QT_TRANSLATE_NOOP("ecsplan", "Edition"), "",
         k(EntityKind::LoadBalancer), 0, 0},
        {Property::LbListenerPort, "listenerPort", QT_TRANSLATE_NOOP("ecsplan", "Listener port"),
         "", k(EntityKind::LoadBalancer), 1, 65535},
        {Property::Rules, "rules", QT_TRANSLATE_NOOP("ecsplan", "Rules"), "",
         k(EntityKind::SecurityGroup), 0, 0},
        {Property::EndpointKind, "endpointKind", QT_TRANSLATE_NOOP("ecsplan", "Endpoint kind"), "",
         k(EntityKind::Endpoint), 0, 0},
        {Property::EndpointLocation, "location", QT_TRANSLATE_NOOP("ecsplan", "Location"), "",
         k(EntityKind::Endpoint), 0, 0},
        {Property::LinkFrom, "from", QT_TRANSLATE_NOOP("ecsplan", "From"), "", k(EntityKind::Link),
         0, 0},
        {Property::LinkTo, "to", QT_TRANSLATE_NOOP("ecsplan", "To"), "", k(EntityKind::Link), 0, 0},
        {Property::LinkGbPerMonth, "gbPerMonth", QT_TRANSLATE_NOOP("ecsplan", "Transfer"),
         "GB/month", k(EntityKind::Link), 0, Big},
        {Property::LinkRequestsPerSecond, "requestsPerSecond",
         QT_TRANSLATE_NOOP("ecsplan", "Requests"), "req/s", k(EntityKind::Link), 0, Big},
        {Property::LinkReadFraction, "readFraction", QT_TRANSLATE_NOOP("ecsplan", "Read share"), "",
         k(EntityKind::Link), 0, 1},
        {Property::LinkPath, "path", QT_TRANSLATE_NOOP("ecsplan", "Network path"), "",
         k(EntityKind::Link), 0, 0},
}};

template<typename T>
bool assign(T &field, const QVariant &value)
{
    T v = value.value<T>();
    if (field == v)
        return false;
    field = std::move(v);
    return true;
}

bool isNumberProperty(Property p)
{
    const PropertyInfo &info = propertyInfo(p);
    return info.maximum > info.minimum;
}

} // namespace

const PropertyInfo &propertyInfo(Property p)
{
    return kInfos[static_cast<size_t>(p)];
}

std::optional<Property> propertyFromKey(const QString &key)
{
    // Hashed: the loader asks once per key of every entity. The first property with a key
    // wins, as the linear search did ("billing" is the compute one).
    static const QHash<QString, Property> byKey = [] {
        QHash<QString, Property> map;
        for (const PropertyInfo &info : kInfos) {
            const QString name = QLatin1String(info.key);
            if (!map.contains(name))
                map.insert(name, info.property);
        }
        return map;
    }();
    const auto it = byKey.constFind(key);
    return it == byKey.cend() ? std::nullopt : std::optional<Property>(*it);
}

PropertyType propertyType(Property p)
{
    switch (p) {
    case Property::Count:
    case Property::SystemDiskGiB:
    case Property::ReplicationFactor:
    case Property::MinSize:
    case Property::MaxSize:
    case Property::DesiredSize:
    case Property::DiskSizeGiB:
    case Property::TargetIops:
    case Property::ProvisionedIops:
    case Property::LbListenerPort:
        return PropertyType::Int;
    case Property::LinkGbPerMonth:
    case Property::LinkRequestsPerSecond:
    case Property::LinkReadFraction:
        return PropertyType::Double;
    case Property::DrainHandler:
    case Property::DeleteWithInstance:
    case Property::BurstingEnabled:
    case Property::Encrypted:
        return PropertyType::Bool;
    case Property::Tags:
        return PropertyType::StringList;
    case Property::Parent:
    case Property::AttachedTo:
    case Property::ReadReplicaOf:
    case Property::LinkFrom:
    case Property::LinkTo:
        return PropertyType::Id;
    case Property::Zones:
    case Property::SecurityGroups:
        return PropertyType::Ids;
    case Property::Geometry:
        return PropertyType::Rect;
    case Property::Billing:
    case Property::CacheBilling:
    case Property::CacheEngine:
    case Property::LbKind:
    case Property::LbAddressType:
    case Property::EndpointKind:
    case Property::LinkPath:
        return PropertyType::Enum;
    case Property::Rules:
        return PropertyType::Rules;
    default:
        return PropertyType::String;
    }
}

QStringList enumCodes(Property p)
{
    switch (p) {
    case Property::Billing:
    case Property::CacheBilling:
        return billingModelCodes();
    case Property::CacheEngine:
        return cacheEngineCodes();
    case Property::LbKind:
        return loadBalancerKindCodes();
    case Property::LbAddressType:
        return addressTypeCodes();
    case Property::EndpointKind:
        return endpointKindCodes();
    case Property::LinkPath:
        return linkPathCodes();
    default:
        return {};
    }
}

QString enumToCode(Property p, const QVariant &v)
{
    switch (p) {
    case Property::Billing:
    case Property::CacheBilling:
        return toCode(v.value<BillingModel>());
    case Property::CacheEngine:
        return toCode(v.value<CacheEngine>());
    case Property::LbKind:
        return toCode(v.value<LoadBalancerKind>());
    case Property::LbAddressType:
        return toCode(v.value<AddressType>());
    case Property::EndpointKind:
        return toCode(v.value<EndpointKind>());
    case Property::LinkPath:
        return toCode(v.value<LinkPath>());
    default:
        return {};
    }
}

QVariant enumFromCode(Property p, const QString &code)
{
    auto wrap = [](auto optional) {
        return optional ? QVariant::fromValue(*optional) : QVariant();
    };
    switch (p) {
    case Property::Billing:
    case Property::CacheBilling:
        return wrap(billingModelFromCode(code));
    case Property::CacheEngine:
        return wrap(cacheEngineFromCode(code));
    case Property::LbKind:
        return wrap(loadBalancerKindFromCode(code));
    case Property::LbAddressType:
        return wrap(addressTypeFromCode(code));
    case Property::EndpointKind:
        return wrap(endpointKindFromCode(code));
    case Property::LinkPath:
        return wrap(linkPathFromCode(code));
    default:
        return {};
    }
}

bool hasProperty(EntityKind kind, Property p)
{
    return propertyInfo(p).kinds & k(kind);
}

QList<Property> propertiesOf(EntityKind kind)
{
    QList<Property> result;
    for (const PropertyInfo &info : kInfos) {
        if (info.kinds & k(kind))
            result << info.property;
    }
    return result;
}

QVariant propertyValue(const Entity &e, Property p)
{
    switch (p) {
    case Property::Name:
        return e.name;
    case Property::Notes:
        return e.notes;
    case Property::Parent:
        return QVariant::fromValue(e.parent);
    case Property::Geometry:
        return e.geometry;
    case Property::Code:
        return e.code;
    case Property::Cidr:
        return e.cidr;
    case Property::Zones:
        return QVariant::fromValue(e.zones);
    case Property::InstanceType:
        return e.compute.instanceType;
    case Property::Count:
        return e.compute.count;
    case Property::Billing:
        return QVariant::fromValue(e.compute.billing);
    case Property::Image:
        return e.compute.image;
    case Property::SystemDiskCategory:
        return e.compute.systemDiskCategory;
    case Property::SystemDiskLevel:
        return e.compute.systemDiskLevel;
    case Property::SystemDiskGiB:
        return e.compute.systemDiskGiB;
    case Property::Role:
        return e.compute.role;
    case Property::Tags:
        return e.compute.tags;
    case Property::DrainHandler:
        return e.compute.drainHandler;
    case Property::ReplicationFactor:
        return e.compute.replicationFactor;
    case Property::SecurityGroups:
        return QVariant::fromValue(e.compute.securityGroups);
    case Property::MinSize:
        return e.compute.minSize;
    case Property::MaxSize:
        return e.compute.maxSize;
    case Property::DesiredSize:
        return e.compute.desiredSize;
    case Property::DiskCategory:
        return e.disk.category;
    case Property::DiskLevel:
        return e.disk.level;
    case Property::DiskSizeGiB:
        return e.disk.sizeGiB;
    case Property::AttachedTo:
        return QVariant::fromValue(e.disk.attachedTo);
    case Property::DeleteWithInstance:
        return e.disk.deleteWithInstance;
    case Property::TargetIops:
        return e.disk.targetIops;
    case Property::ProvisionedIops:
        return e.disk.provisionedIops;
    case Property::BurstingEnabled:
        return e.disk.burstingEnabled;
    case Property::Encrypted:
        return e.disk.encrypted;
    case Property::CacheEngine:
        return QVariant::fromValue(e.cache.engine);
    case Property::CacheClass:
        return e.cache.instanceClass;
    case Property::CacheVersion:
        return e.cache.engineVersion;
    case Property::ReadReplicaOf:
        return QVariant::fromValue(e.cache.readReplicaOf);
    case Property::CacheBilling:
        return QVariant::fromValue(e.cache.billing);
    case Property::LbKind:
        return QVariant::fromValue(e.loadBalancer.kind);
    case Property::LbAddressType:
        return QVariant::fromValue(e.loadBalancer.addressType);
    case Property::LbEdition:
        return e.loadBalancer.edition;
    case Property::LbListenerPort:
        return e.loadBalancer.listenerPort;
    case Property::Rules:
        return QVariant::fromValue(e.rules);
    case Property::EndpointKind:
        return QVariant::fromValue(e.endpoint.kind);
    case Property::EndpointLocation:
        return e.endpoint.location;
    case Property::LinkFrom:
        return QVariant::fromValue(e.link.from);
    case Property::LinkTo:
        return QVariant::fromValue(e.link.to);
    case Property::LinkGbPerMonth:
        return e.link.gbPerMonth;
    case Property::LinkRequestsPerSecond:
        return e.link.requestsPerSecond;
    case Property::LinkReadFraction:
        return e.link.readFraction;
    case Property::LinkPath:
        return QVariant::fromValue(e.link.path);
    }
    return {};
}

bool setPropertyValue(Entity &e, Property p, const QVariant &v)
{
    switch (p) {
    case Property::Name:
        return assign(e.name, v);
    case Property::Notes:
        return assign(e.notes, v);
    case Property::Parent:
        return assign(e.parent, v);
    case Property::Geometry:
        return assign(e.geometry, v);
    case Property::Code:
        return assign(e.code, v);
    case Property::Cidr:
        return assign(e.cidr, v);
    case Property::Zones:
        return assign(e.zones, v);
    case Property::InstanceType:
        return assign(e.compute.instanceType, v);
    case Property::Count:
        return assign(e.compute.count, v);
    case Property::Billing:
        return assign(e.compute.billing, v);
    case Property::Image:
        return assign(e.compute.image, v);
    case Property::SystemDiskCategory:
        return assign(e.compute.systemDiskCategory, v);
    case Property::SystemDiskLevel:
        return assign(e.compute.systemDiskLevel, v);
    case Property::SystemDiskGiB:
        return assign(e.compute.systemDiskGiB, v);
    case Property::Role:
        return assign(e.compute.role, v);
    case Property::Tags:
        return assign(e.compute.tags, v);
    case Property::DrainHandler:
        return assign(e.compute.drainHandler, v);
    case Property::ReplicationFactor:
        return assign(e.compute.replicationFactor, v);
    case Property::SecurityGroups:
        return assign(e.compute.securityGroups, v);
    case Property::MinSize:
        return assign(e.compute.minSize, v);
    case Property::MaxSize:
        return assign(e.compute.maxSize, v);
    case Property::DesiredSize:
        return assign(e.compute.desiredSize, v);
    case Property::DiskCategory:
        return assign(e.disk.category, v);
    case Property::DiskLevel:
        return assign(e.disk.level, v);
    case Property::DiskSizeGiB:
        return assign(e.disk.sizeGiB, v);
    case Property::AttachedTo:
        return assign(e.disk.attachedTo, v);
    case Property::DeleteWithInstance:
        return assign(e.disk.deleteWithInstance, v);
    case Property::TargetIops:
        return assign(e.disk.targetIops, v);
    case Property::ProvisionedIops:
        return assign(e.disk.provisionedIops, v);
    case Property::BurstingEnabled:
        return assign(e.disk.burstingEnabled, v);
    case Property::Encrypted:
        return assign(e.disk.encrypted, v);
    case Property::CacheEngine:
        return assign(e.cache.engine, v);
    case Property::CacheClass:
        return assign(e.cache.instanceClass, v);
    case Property::CacheVersion:
        return assign(e.cache.engineVersion, v);
    case Property::ReadReplicaOf:
        return assign(e.cache.readReplicaOf, v);
    case Property::CacheBilling:
        return assign(e.cache.billing, v);
    case Property::LbKind:
        return assign(e.loadBalancer.kind, v);
    case Property::LbAddressType:
        return assign(e.loadBalancer.addressType, v);
    case Property::LbEdition:
        return assign(e.loadBalancer.edition, v);
    case Property::LbListenerPort:
        return assign(e.loadBalancer.listenerPort, v);
    case Property::Rules:
        return assign(e.rules, v);
    case Property::EndpointKind:
        return assign(e.endpoint.kind, v);
    case Property::EndpointLocation:
        return assign(e.endpoint.location, v);
    case Property::LinkFrom:
        return assign(e.link.from, v);
    case Property::LinkTo:
        return assign(e.link.to, v);
    case Property::LinkGbPerMonth:
        return assign(e.link.gbPerMonth, v);
    case Property::LinkRequestsPerSecond:
        return assign(e.link.requestsPerSecond, v);
    case Property::LinkReadFraction:
        return assign(e.link.readFraction, v);
    case Property::LinkPath:
        return assign(e.link.path, v);
    }
    return false;
}

QString validatePropertyValue(EntityKind kind, Property p, const QVariant &value)
{
    const PropertyInfo &info = propertyInfo(p);
    if (!hasProperty(kind, p))
        return Tr::tr("A %1 has no property \"%2\".")
                .arg(displayName(kind), QLatin1String(info.key));
    if (isNumberProperty(p)) {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return Tr::tr("%1 must be a number.").arg(Tr::tr(info.label));
        // Whole numbers in full (1000000000000, not 1e+12), others with up to 15 digits.
        auto shown = [](double v) {
            return v == std::floor(v) && std::abs(v) < 1e15 ? QLocale().toString(qint64(v))
                                                            : QLocale().toString(v, 'g', 15);
        };
        if (number < info.minimum || number > info.maximum)
            return Tr::tr("%1 must be between %2 and %3, not %4.")
                    .arg(Tr::tr(info.label), shown(info.minimum), shown(info.maximum),
                         shown(number));
    }
    switch (p) {
    case Property::Name:
        if (value.toString().trimmed().isEmpty())
            return Tr::tr("The name must not be empty.");
        break;
    case Property::Geometry: {
        const QRectF r = value.toRectF();
        if (!r.isValid() || !std::isfinite(r.x()) || !std::isfinite(r.y()))
            return Tr::tr("The geometry must be a rectangle with a positive size.");
        break;
    }
    case Property::Cidr: {
        const QString problem = validation::cidrTextProblem(
                value.toString(),
                kind == EntityKind::Region ? validation::BlockRole::Vpc
                                           : validation::BlockRole::VSwitch);
        if (!problem.isEmpty())
            return problem;
        break;
    }
    case Property::DiskLevel:
    case Property::SystemDiskLevel: {
        const QString level = value.toString();
        if (!Codes::diskLevels().contains(level))
            return Tr::tr("The performance level must be PL0, PL1, PL2 or PL3, not \"%1\".")
                    .arg(level.left(60));
        break;
    }
    case Property::LbEdition: {
        const QString edition = value.toString();
        if (!edition.isEmpty() && !Codes::loadBalancerEditions().contains(edition))
            return Tr::tr("The edition must be one of %1, not \"%2\".")
                    .arg(Codes::loadBalancerEditions().join(QStringLiteral(", ")),
                         edition.left(60));
        break;
    }
    case Property::Count:
    case Property::SystemDiskGiB:
    case Property::ReplicationFactor:
    case Property::MinSize:
    case Property::MaxSize:
    case Property::DesiredSize:
    case Property::DiskSizeGiB:
    case Property::TargetIops:
    case Property::ProvisionedIops:
    case Property::LbListenerPort:
        if (value.toDouble() != std::floor(value.toDouble()))
            return Tr::tr("%1 must be a whole number.").arg(Tr::tr(info.label));
        break;
    case Property::Rules:
        for (const SecurityRule &rule : value.value<SecurityRules>()) {
            if (rule.portFrom < -1 || rule.portTo > 65535 || rule.portFrom > rule.portTo)
                return Tr::
                        tr("Port range %1/%2 is not valid (0-65535, from <= to, or -1/-1 for all).")
                                .arg(rule.portFrom)
                                .arg(rule.portTo);
            if (rule.priority < 1 || rule.priority > 100)
                return Tr::tr("Rule priority must be between 1 and 100.");
            if (!Codes::securityProtocols().contains(rule.protocol))
                return Tr::tr("A rule's protocol must be one of %1, not \"%2\".")
                        .arg(Codes::securityProtocols().join(QStringLiteral(", ")),
                             rule.protocol.left(60));
        }
        break;
    default:
        break;
    }
    return {};
}

QString validateEntityValues(const Entity &e, Property *field, Property edited)
{
    if (e.kind != EntityKind::ScalingGroup)
        return {};
    const int min = e.compute.minSize, desired = e.compute.desiredSize, max = e.compute.maxSize;
    auto fail = [field](Property p, const QString &reason) {
        if (field)
            *field = p;
        return reason;
    };
    const QString desiredOutside
            = Tr::tr("The desired size (%1) must be between the minimum (%2) and the maximum (%3).")
                      .arg(desired)
                      .arg(min)
                      .arg(max);
    if (edited == Property::MaxSize) {
        if (max < min)
            return fail(Property::MaxSize,
                        Tr::tr("The maximum size (%1) must not be below the minimum size (%2).")
                                .arg(max)
                                .arg(min));
        if (max < desired)
            return fail(Property::MaxSize,
                        Tr::tr("The maximum size (%1) must not be below the desired size (%2).")
                                .arg(max)
                                .arg(desired));
        return {};
    }
    if (edited == Property::DesiredSize) {
        if (desired < min || desired > max)
            return fail(Property::DesiredSize, desiredOutside);
        return {};
    }
    if (min > max)
        return fail(Property::MinSize,
                    Tr::tr("The minimum size (%1) must not exceed the maximum size (%2).")
                            .arg(min)
                            .arg(max));
    if (min > desired)
        return fail(Property::MinSize,
                    Tr::tr("The minimum size (%1) must not exceed the desired size (%2).")
                            .arg(min)
                            .arg(desired));
    if (desired > max)
        return fail(Property::DesiredSize, desiredOutside);
    return {};
}

} // namespace ecsplan
