#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ecsplan {

/** What an entity is. Regions and zones are containers; links connect two other entities. */
enum class EntityKind {
    Region, ///< a cloud region (one VPC in the Terraform export)
    Zone, ///< an availability zone inside a region (one vSwitch)
    InstanceGroup, ///< N identical ECS instances (count 1 = a single ECS)
    ScalingGroup, ///< an ESS scaling group built from a launch template, spanning zones
    Disk, ///< a cloud disk (ESSD, AutoPL, ...), optionally attached to an instance group
    Cache, ///< a Redis / Tair instance, optionally a read replica of another cache
    LoadBalancer, ///< ALB / NLB / CLB
    SecurityGroup, ///< ingress / egress rules, applied to instance and scaling groups
    Endpoint, ///< internet users, an on-premises site or another region: traffic source/sink
    Link, ///< traffic between two entities
};
/** The last kind + 1: a new kind goes before Link or replaces Link here (enums.cpp checks the
 *  code table against it at compile time, -Wswitch the switches). */
inline constexpr int EntityKindCount = static_cast<int>(EntityKind::Link) + 1;

/** How a compute resource or cache is paid for. */
enum class BillingModel {
    PayAsYouGo,
    Subscription1Year,
    Subscription3Year,
    Preemptible,
    SavingsPlan,
};
/** The last model + 1 (arrays indexed by BillingModel are this long). */
inline constexpr int BillingModelCount = static_cast<int>(BillingModel::SavingsPlan) + 1;

enum class LoadBalancerKind { Alb, Nlb, Clb };
enum class EndpointKind { InternetUsers, OnPremises, ExternalRegion };
enum class CacheEngine { Redis, Tair };
enum class AddressType { Internet, Intranet };
/** Which network a link's traffic takes. Auto derives it from where the two ends are. */
enum class LinkPath { Auto, Intranet, Cen, Internet };

// Stable string codes: used in files, the CLI and Terraform. Never translated.
QString toCode(EntityKind kind);
QString toCode(BillingModel billing);
QString toCode(LoadBalancerKind kind);
QString toCode(EndpointKind kind);
QString toCode(CacheEngine engine);
QString toCode(AddressType type);
QString toCode(LinkPath path);

std::optional<EntityKind> entityKindFromCode(const QString &code);
std::optional<BillingModel> billingModelFromCode(const QString &code);
std::optional<LoadBalancerKind> loadBalancerKindFromCode(const QString &code);
std::optional<EndpointKind> endpointKindFromCode(const QString &code);
std::optional<CacheEngine> cacheEngineFromCode(const QString &code);
std::optional<AddressType> addressTypeFromCode(const QString &code);
std::optional<LinkPath> linkPathFromCode(const QString &code);

/** The codes accepted by the matching *FromCode function, in declaration order. */
QStringList billingModelCodes();
QStringList loadBalancerKindCodes();
QStringList endpointKindCodes();
QStringList cacheEngineCodes();
QStringList addressTypeCodes();
QStringList linkPathCodes();

// Translated, user-visible names.
QString displayName(EntityKind kind);
QString displayName(BillingModel billing);
QString displayName(LoadBalancerKind kind);
QString displayName(EndpointKind kind);
QString displayName(LinkPath path);

} // namespace ecsplan
