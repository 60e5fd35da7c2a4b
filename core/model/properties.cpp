#include "properties.h"
#include "billing.h"

#include "codes.h"
#include "ecsplan_global.h"
#include "validation/cidr.h"

#include <QHash>
#include <QLocale>

#include <array>
#include <cmath>
#include <cstring>
#include <type_traits>
#include <utility>

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

// propertytable.h, row by row: in enum order by construction.
constexpr std::array<PropertyInfo, PropertyCount> kInfos = {{
#define ECSPLAN_PROPERTY(name, key, label, unit, kinds, minimum, maximum, type, use, field) \
    {Property::name, key, label, unit, kinds, minimum, maximum, PropertyUse::use},
#include "propertytable.h"
#undef ECSPLAN_PROPERTY
}};

constexpr PropertyType typeOf(Property p)
{
    switch (p) {
#define ECSPLAN_PROPERTY(name, key, label, unit, kinds, minimum, maximum, type, use, field) \
    case Property::name: \
        return PropertyType::type;
#include "propertytable.h"
#undef ECSPLAN_PROPERTY
    }
    return PropertyType::String;
}

constexpr bool isNumberType(PropertyType type)
{
    return type == PropertyType::Int || type == PropertyType::Double;
}

constexpr bool sameKey(const char *a, const char *b)
{
    while (*a && *a == *b) {
        ++a;
        ++b;
    }
    return *a == *b;
}

/**
 * The rows of propertytable.h are sound: each has a key, a label and kinds; a range exactly for
 * the number properties; an Annotation is a String; a key unique within the kinds that have it
 * (Billing and CacheBilling are both "billing", for different kinds). And kInfos is indexed by the
 * enum.
 */
constexpr bool tablesAgree()
{
    for (size_t i = 0; i < kInfos.size(); ++i) {
        const PropertyInfo &info = kInfos[i];
        if (static_cast<size_t>(info.property) != i || !info.key || !*info.key || !info.label
            || !*info.label || !info.unit || info.kinds == 0)
            return false;
        if ((info.maximum > info.minimum) != isNumberType(typeOf(info.property)))
            return false;
        if (info.use == PropertyUse::Annotation && typeOf(info.property) != PropertyType::String)
            return false;
        for (size_t j = 0; j < i; ++j) {
            if (sameKey(kInfos[j].key, info.key) && (kInfos[j].kinds & info.kinds))
                return false;
        }
    }
    return true;
}
static_assert(tablesAgree(),
              "propertytable.h: every row needs a key, a label and kinds, a range "
              "exactly when its type is Int or Double, a String type when its use is "
              "Annotation, and a key of its own among the kinds that have it");

/** True when an Entity field of type F can hold a property of type T. */
template<PropertyType T, typename F>
inline constexpr bool holds = false;
template<typename F>
inline constexpr bool holds<PropertyType::String, F> = std::is_same_v<F, QString>;
template<typename F>
inline constexpr bool holds<PropertyType::Int, F> = std::is_same_v<F, int>;
template<typename F>
inline constexpr bool holds<PropertyType::Double, F> = std::is_same_v<F, double>;
template<typename F>
inline constexpr bool holds<PropertyType::Bool, F> = std::is_same_v<F, bool>;
template<typename F>
inline constexpr bool holds<PropertyType::StringList, F> = std::is_same_v<F, QStringList>;
template<typename F>
inline constexpr bool holds<PropertyType::Id, F> = std::is_same_v<F, EntityId>;
template<typename F>
inline constexpr bool holds<PropertyType::Ids, F> = std::is_same_v<F, EntityIds>;
template<typename F>
inline constexpr bool holds<PropertyType::Rect, F> = std::is_same_v<F, QRectF>;
template<typename F>
inline constexpr bool holds<PropertyType::Enum, F> = std::is_enum_v<F>;
template<typename F>
inline constexpr bool holds<PropertyType::Rules, F> = std::is_same_v<F, SecurityRules>;

// Each row's Entity field holds its type's value.
#define ECSPLAN_PROPERTY(name, key, label, unit, kinds, minimum, maximum, type, use, field) \
    static_assert(holds<PropertyType::type, \
                        std::remove_cvref_t<decltype(std::declval<Entity &>().field)>>, \
                  "propertytable.h: the field of " #name " does not hold a " #type);
#include "propertytable.h"
#undef ECSPLAN_PROPERTY

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
    return isNumberType(typeOf(p));
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

std::optional<Property> propertyFromKey(std::string_view key)
{
    // The loader asks once per key of every entity: an open-addressed table, hashed on the
    // key's length and three of its bytes, every hit confirmed by comparing the whole key.
    // The first property with a key wins, as above ("billing" is the compute one).
    struct Slot
    {
        const char *key = nullptr;
        size_t size = 0;
        Property property = Property::Name;
    };
    constexpr size_t Slots = 256; // a power of two, over four times the keys: probes are short
    static_assert(Slots >= 4 * PropertyCount);
    const auto slotOf = [](std::string_view k) {
        const auto byte = [&k](size_t i) {
            return size_t(static_cast<unsigned char>(k[i]));
        };
        return (k.size() * 31 + byte(0) * 7 + byte(k.size() / 2) * 3 + byte(k.size() - 1)) % Slots;
    };
    static const std::array<Slot, Slots> table = [&slotOf] {
        std::array<Slot, Slots> cells{};
        for (const PropertyInfo &info : kInfos) {
            const std::string_view k(info.key);
            size_t at = slotOf(k);
            while (cells[at].key && std::string_view(cells[at].key, cells[at].size) != k)
                at = (at + 1) % Slots;
            if (!cells[at].key)
                cells[at] = {info.key, k.size(), info.property};
        }
        return cells;
    }();
    if (key.empty())
        return std::nullopt;
    for (size_t at = slotOf(key); table[at].key; at = (at + 1) % Slots) {
        const Slot &slot = table[at];
        if (slot.size == key.size() && std::memcmp(slot.key, key.data(), key.size()) == 0)
            return slot.property;
    }
    return std::nullopt;
}

PropertyType propertyType(Property p)
{
    return typeOf(p);
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
#define ECSPLAN_PROPERTY(name, key, label, unit, kinds, minimum, maximum, type, use, field) \
    case Property::name: \
        return QVariant::fromValue(e.field);
#include "propertytable.h"
#undef ECSPLAN_PROPERTY
    }
    return {};
}

bool setPropertyValue(Entity &e, Property p, const QVariant &v)
{
    switch (p) {
#define ECSPLAN_PROPERTY(name, key, label, unit, kinds, minimum, maximum, type, use, field) \
    case Property::name: \
        return assign(e.field, v);
#include "propertytable.h"
#undef ECSPLAN_PROPERTY
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
        if (typeOf(p) == PropertyType::Int && number != std::floor(number))
            return Tr::tr("%1 must be a whole number.").arg(Tr::tr(info.label));
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
    case Property::Rules:
        for (const SecurityRule &rule : value.value<SecurityRules>()) {
            if (rule.portFrom < SecurityRule::AllPorts || rule.portTo > SecurityRule::MaxPort
                || rule.portFrom > rule.portTo)
                return Tr::
                        tr("Port range %1/%2 is not valid (0-65535, from <= to, or -1/-1 for all).")
                                .arg(rule.portFrom)
                                .arg(rule.portTo);
            if (rule.priority < SecurityRule::HighestPriority
                || rule.priority > SecurityRule::LowestPriority)
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
    const auto desiredOutside = [&] { // spelt out only when it is the reason
        return Tr::tr("The desired size (%1) must be between the minimum (%2) and the maximum "
                      "(%3).")
                .arg(desired)
                .arg(min)
                .arg(max);
    };
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
            return fail(Property::DesiredSize, desiredOutside());
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
        return fail(Property::DesiredSize, desiredOutside());
    return {};
}

} // namespace ecsplan
