#pragma once

#include "model/model.h"

#include <cstdint>

namespace ecsplan {

/**
 * Realistic synthetic designs at any scale, for users who want to try the planner (and their
 * CI) at their own size and for the end-to-end benchmarks: `ecsplan-cli generate`.
 *
 * The design repeats a three-tier "stack" over four regions (cn-hangzhou, cn-shanghai,
 * cn-beijing, ap-southeast-1) with three zones each:
 *  - region level: an internet ALB across two zones and a web scaling group across all three;
 *  - one app instance group per zone, each with an attached ESSD data disk;
 *  - a database group with a data disk and a standby (with its disk) in another zone;
 *  - a Redis cache in a third zone.
 * Links follow the request path (users → ALB → web → app → cache/db, db → standby) plus, every
 * fourth stack, database replication to the next region over CEN. Regions get a VPC /16,
 * zones a /20 vSwitch, security groups open only what the tiers need. The seed varies instance
 * types, billing models, disk levels and sizes and traffic; the same (components, seed) always
 * gives the same design. Every generated design passes the loader's checks.
 */
struct GeneratorOptions
{
    int components = 1000; ///< non-container, non-link entities to create (at least one stack)
    std::uint32_t seed = 1;
};

/** Components one stack adds; `components` is rounded up to whole stacks. */
inline constexpr int GeneratorStackComponents = 13;

Model generateDesign(const GeneratorOptions &options);

} // namespace ecsplan
