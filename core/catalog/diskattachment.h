#pragma once

#include <QString>

namespace ecsplan {

struct InstanceTypeSpec;

/**
 * Whether an instance type can use a cloud-disk category (and ESSD performance level), as the
 * facts state it (instance families overview, S2):
 * - t5 attaches only ultra disks (cloud_efficiency) and standard SSDs (cloud_ssd);
 * - t6 attaches ESSDs but cannot reach the peak performance of PL2 and PL3;
 * - e attaches ESSDs but cannot reach the peak performance of PL1 to PL3.
 *
 * The one place this fact lives: the metrics (no IOPS for an impossible pairing, a caveat for
 * a limited one) and the design checks ask here.
 */
struct DiskAttachment
{
    bool allowed = true;
    QString problem; ///< translated, when !allowed
    QString caveat; ///< translated, when allowed but limited
    QString source; ///< where the fact is published
};

/** The answer for `type` (nullptr: unknown type, allowed without caveat). */
DiskAttachment diskAttachment(const InstanceTypeSpec *type, const QString &category,
                              const QString &level);

} // namespace ecsplan
