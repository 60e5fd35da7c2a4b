#pragma once

#include "idtable.h"
#include "metricsresults.h"

namespace ecsplan {

class Model;

/**
 * Request paths through a design: from every endpoint, follow the links in their direction
 * (from → to, lowest link id first) along simple paths; a path ends where no further link
 * leads on (or at MaxHops links). Its storage latency is that of the slowest disk attached to
 * the compute group it ends at (0 for a cache, a load balancer ...).
 *
 * The enumeration is bounded — at most MaxHops links per path and MaxPaths paths in all —
 * so that a densely linked design costs a constant, not an exponential, amount of work.
 */
namespace RequestPaths {

inline constexpr int MaxHops = 8;
inline constexpr int MaxPaths = 256;

/** `endpoints` in ascending order: the starting points. */
QList<PathMetrics> compute(const Model &model, const EntityIds &endpoints,
                           const IdTable<LinkMetrics> &links, const IdTable<DiskMetrics> &disks);

} // namespace RequestPaths
} // namespace ecsplan
