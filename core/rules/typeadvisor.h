#pragma once

#include <QString>

namespace ecsplan {

class RuleContext;
struct InstanceTypeSpec;

/**
 * Instance-type suggestions shared by several rules. All return nullptr when the catalog has
 * nothing suitable. Prices compare pay-as-you-go in `region`; a type without a price there is
 * only chosen when no priced candidate exists.
 */
namespace typeadvisor {

/** "large" from "ecs.g8i.large". */
QString sizeOf(const QString &typeId);

/**
 * The cheapest current (8th-generation, dedicated, not bare-metal, no local disks unless
 * `from` has them) type of the g/c/r families, of `from`'s architecture, with at least `from`'s
 * vCPUs and memory (at least `minMemoryPerVcpu` GiB per vCPU when given).
 */
const InstanceTypeSpec *modernEquivalent(const RuleContext &context, const InstanceTypeSpec &from,
                                         const QString &region, double minMemoryPerVcpu = 0);

/** The Yitian (g8y/c8y/r8y) type of the same shape and size, e.g. ecs.g8i.large → ecs.g8y.large. */
const InstanceTypeSpec *armEquivalent(const RuleContext &context, const InstanceTypeSpec &from);

} // namespace typeadvisor
} // namespace ecsplan
