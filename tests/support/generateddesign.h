#pragma once

#include "model/model.h"

namespace ecsplan::test {

/**
 * A deterministic synthetic design of about `nodes` components for benchmarks and stress
 * tests: 3 regions (cn-hangzhou, cn-beijing, ap-southeast-1) with 3 zones each, filled with a
 * repeating mix of instance groups (each with an attached ESSD), caches, load balancers and
 * scaling groups, laid out on a grid inside their zones, plus internet-user endpoints.
 * Every node gets `linksPerNode` outgoing traffic links to later nodes (same zone, other zones
 * and other regions mixed), so link count ≈ linksPerNode × nodes.
 */
Model generateDesign(int nodes, int linksPerNode = 2);

} // namespace ecsplan::test
