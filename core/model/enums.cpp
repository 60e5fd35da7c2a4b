#include "enums.h"

#include "billing.h"

#include "ecsplan_global.h"

#include <array>

namespace ecsplan {

namespace {

template<typename Enum, size_t N>
QString codeOf(Enum value, const std::array<const char *, N> &codes)
{
    const auto index = static_cast<size_t>(value);
    // Out-of-range values cannot come from the enums, but a cast integer could.
    return index < N ? QString::fromLatin1(codes[index]) : QString();
}

template<typename Enum, size_t N>
std::optional<Enum> fromCode(const QString &code, const std::array<const char *, N> &codes)
{
    for (size_t i = 0; i < N; ++i) {
        if (code == QLatin1String(codes[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

template<size_t N>
QStringList allCodes(const std::array<const char *, N> &codes)
{
    QStringList result;
    for (const char *c : codes)
        result << QString::fromLatin1(c);
    return result;
}

/** Entries for an enum whose last enumerator is `Last`. */
template<auto Last>
inline constexpr size_t countTo = static_cast<size_t>(Last) + 1;

constexpr bool sameCode(const char *a, const char *b)
{
    while (*a && *a == *b) {
        ++a;
        ++b;
    }
    return *a == *b;
}

/** Every entry set (an array longer than its initialiser is padded with nulls) and unique. */
template<size_t N>
constexpr bool complete(const std::array<const char *, N> &codes)
{
    for (size_t i = 0; i < N; ++i) {
        if (!codes[i] || !*codes[i])
            return false;
        for (size_t j = 0; j < i; ++j) {
            if (sameCode(codes[i], codes[j]))
                return false;
        }
    }
    return true;
}

// One code per enumerator, in declaration order: the arrays are as long as their enum.
constexpr std::array<const char *, EntityKindCount> kKindCodes
        = {"region", "zone",         "instanceGroup", "scalingGroup", "disk",
           "cache",  "loadBalancer", "securityGroup", "endpoint",     "link"};
constexpr std::array<const char *, BillingModelCount> kBillingCodes
        = {"payAsYouGo", "subscription1y", "subscription3y", "preemptible", "savingsPlan"};
constexpr std::array<const char *, countTo<LoadBalancerKind::Clb>> kLbCodes = {"alb", "nlb", "clb"};
constexpr std::array<const char *, countTo<EndpointKind::ExternalRegion>> kEndpointCodes
        = {"internetUsers", "onPremises", "externalRegion"};
constexpr std::array<const char *, countTo<CacheEngine::Tair>> kCacheCodes = {"redis", "tair"};
constexpr std::array<const char *, countTo<AddressType::Intranet>> kAddressCodes
        = {"internet", "intranet"};
constexpr std::array<const char *, countTo<LinkPath::Internet>> kPathCodes
        = {"auto", "intranet", "cen", "internet"};
static_assert(complete(kKindCodes) && complete(kBillingCodes) && complete(kLbCodes)
                      && complete(kEndpointCodes) && complete(kCacheCodes)
                      && complete(kAddressCodes) && complete(kPathCodes),
              "every enumerator needs its own code, in declaration order");

} // namespace

QString toCode(EntityKind v)
{
    return codeOf(v, kKindCodes);
}
QString toCode(BillingModel v)
{
    return codeOf(v, kBillingCodes);
}
QString toCode(LoadBalancerKind v)
{
    return codeOf(v, kLbCodes);
}
QString toCode(EndpointKind v)
{
    return codeOf(v, kEndpointCodes);
}
QString toCode(CacheEngine v)
{
    return codeOf(v, kCacheCodes);
}
QString toCode(AddressType v)
{
    return codeOf(v, kAddressCodes);
}
QString toCode(LinkPath v)
{
    return codeOf(v, kPathCodes);
}

std::optional<EntityKind> entityKindFromCode(const QString &c)
{
    return fromCode<EntityKind>(c, kKindCodes);
}
std::optional<BillingModel> billingModelFromCode(const QString &c)
{
    return fromCode<BillingModel>(c, kBillingCodes);
}
std::optional<LoadBalancerKind> loadBalancerKindFromCode(const QString &c)
{
    return fromCode<LoadBalancerKind>(c, kLbCodes);
}
std::optional<EndpointKind> endpointKindFromCode(const QString &c)
{
    return fromCode<EndpointKind>(c, kEndpointCodes);
}
std::optional<CacheEngine> cacheEngineFromCode(const QString &c)
{
    return fromCode<CacheEngine>(c, kCacheCodes);
}
std::optional<AddressType> addressTypeFromCode(const QString &c)
{
    return fromCode<AddressType>(c, kAddressCodes);
}
std::optional<LinkPath> linkPathFromCode(const QString &c)
{
    return fromCode<LinkPath>(c, kPathCodes);
}

QStringList billingModelCodes()
{
    return allCodes(kBillingCodes);
}
QStringList loadBalancerKindCodes()
{
    return allCodes(kLbCodes);
}
QStringList endpointKindCodes()
{
    return allCodes(kEndpointCodes);
}
QStringList cacheEngineCodes()
{
    return allCodes(kCacheCodes);
}
QStringList addressTypeCodes()
{
    return allCodes(kAddressCodes);
}
QStringList linkPathCodes()
{
    return allCodes(kPathCodes);
}

QString displayName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Region:
        return Tr::tr("Region");
    case EntityKind::Zone:
        return Tr::tr("Zone");
    case EntityKind::InstanceGroup:
        return Tr::tr("ECS instances");
    case EntityKind::ScalingGroup:
        return Tr::tr("Scaling group");
    case EntityKind::Disk:
        return Tr::tr("Cloud disk");
    case EntityKind::Cache:
        return Tr::tr("Redis / Tair cache");
    case EntityKind::LoadBalancer:
        return Tr::tr("Load balancer");
    case EntityKind::SecurityGroup:
        return Tr::tr("Security group");
    case EntityKind::Endpoint:
        return Tr::tr("Endpoint");
    case EntityKind::Link:
        return Tr::tr("Link");
    }
    return {};
}

const QStringList &essdPerformanceLevels()
{
    static const QStringList levels{QStringLiteral("PL0"), QStringLiteral("PL1"),
                                    QStringLiteral("PL2"), QStringLiteral("PL3")};
    return levels;
}

QString displayName(BillingModel billing)
{
    switch (billing) {
    case BillingModel::PayAsYouGo:
        return Tr::tr("Pay-as-you-go");
    case BillingModel::Subscription1Year:
        return Tr::tr("Subscription, 1 year");
    case BillingModel::Subscription3Year:
        return Tr::tr("Subscription, 3 years");
    case BillingModel::Preemptible:
        return Tr::tr("Preemptible (spot)");
    case BillingModel::SavingsPlan:
        return Tr::tr("Savings plan");
    }
    return {};
}

QString displayName(LoadBalancerKind kind)
{
    switch (kind) {
    case LoadBalancerKind::Alb:
        return Tr::tr("Application Load Balancer (ALB)");
    case LoadBalancerKind::Nlb:
        return Tr::tr("Network Load Balancer (NLB)");
    case LoadBalancerKind::Clb:
        return Tr::tr("Classic Load Balancer (CLB)");
    }
    return {};
}

QString displayName(EndpointKind kind)
{
    switch (kind) {
    case EndpointKind::InternetUsers:
        return Tr::tr("Internet users");
    case EndpointKind::OnPremises:
        return Tr::tr("On-premises site");
    case EndpointKind::ExternalRegion:
        return Tr::tr("Another region");
    }
    return {};
}

QString displayName(LinkPath path)
{
    switch (path) {
    case LinkPath::Auto:
        return Tr::tr("Automatic");
    case LinkPath::Intranet:
        return Tr::tr("Intranet (VPC)");
    case LinkPath::Cen:
        return Tr::tr("Cloud Enterprise Network (CEN)");
    case LinkPath::Internet:
        return Tr::tr("Public internet");
    }
    return {};
}

} // namespace ecsplan
