#pragma once

#include "model/model.h"

#include <QStringList>

namespace ecsplan::test {

/**
 * The designs shipped in resources/samples/, built in code. They are the single source of the
 * sample files: tst_designfile checks that each resources/samples/<name>.ecsplan is exactly
 * DesignJson::write(sampleDesign(name)) and rewrites the file when ECSPLAN_WRITE_SAMPLES=1.
 *
 *  - three-zone-web: internet users -> ALB -> scaling group of ecs.g8i.large (min 3, max 15)
 *    across cn-hangzhou-h/i/j, Redis, a database pair with PL1 data disks and IOPS targets.
 *  - kafka-local-nvme: Kafka brokers on ecs.i4 (local NVMe) in three zones, replication
 *    factor 3, producers and consumers.
 *  - media-company: web in zones A and B, Redis only in A, heavy reads from web B to Redis A
 *    (the field guide's cross-zone avalanche, §8.4).
 *  - api-gateway-20k: the field guide's Scenario A, a gateway at 20,000 req/s on 2 × g7.large
 *    above its network bandwidth at the peak (ECS026).
 *  - beijing-singapore-cen: cn-beijing and ap-southeast-1 joined by CEN (links with path cen).
 */
QStringList sampleDesignNames();

/** The sample called `name` (see sampleDesignNames()); an empty model for an unknown name. */
Model sampleDesign(const QString &name);

#ifdef ECSPLAN_SOURCE_DIR
/** Absolute path of resources/samples/<name>.ecsplan in the source tree (tests only). */
inline QString sampleDesignPath(const QString &name)
{
    return QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/%1.ecsplan").arg(name);
}
#endif

} // namespace ecsplan::test
