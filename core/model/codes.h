#pragma once

#include "billing.h"

#include <QStringList>

namespace ecsplan {

/**
 * The accepted codes of the enumerated fields that the model keeps as strings. The loader and
 * the Document verbs refuse anything else (fail closed: an unknown value is never read as a
 * default, least of all a wider permission). The enums of enums.h have their own *Codes().
 */
namespace Codes {

/** A security-group rule's protocol, as the file and the Terraform export write it. */
inline QStringList securityProtocols()
{
    return {QStringLiteral("tcp"), QStringLiteral("udp"), QStringLiteral("icmp"),
            QStringLiteral("all")};
}

/**
 * A disk's performance level: empty for categories without levels, else one of
 * essdPerformanceLevels() (billing.h), the one list of ESSD levels.
 */
inline QStringList diskLevels()
{
    return QStringList{QString()} + essdPerformanceLevels();
}

/** A load balancer's edition (ALB's Basic, Standard, StandardWithWaf). */
inline QStringList loadBalancerEditions()
{
    return {QStringLiteral("Basic"), QStringLiteral("Standard"), QStringLiteral("StandardWithWaf")};
}

} // namespace Codes
} // namespace ecsplan
