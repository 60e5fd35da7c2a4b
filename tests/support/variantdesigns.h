#pragma once

#include "model/model.h"

namespace ecsplan::test {

/**
 * A small deterministic design for exporter checks, one per `seed` (any non-negative int):
 * two regions (the second joined over CEN), zones, instance groups and scaling groups cycling
 * through every billing model, system disk and data disk category, Redis and Tair caches
 * (with read replicas), ALB, NLB and CLB (internet and intranet, listener ports 80, 443 and
 * 9092), security groups with tcp/udp/icmp/gre/all and IPv6 rules, every endpoint kind and
 * every link path. Seeds 0..variantDesignCount()-1 together cover every option once or more;
 * the design is deployable as drawn (two zones per ALB/NLB, min <= desired <= max).
 */
Model variantDesign(int seed);
int variantDesignCount();

} // namespace ecsplan::test
