#include "diskattachment.h"

#include "catalogtypes.h"
#include "ecsplan_global.h"

namespace ecsplan {

namespace {

const QString kFamiliesSource = QStringLiteral(
        "https://www.alibabacloud.com/help/en/ecs/user-guide/overview-of-instance-families");

} // namespace

DiskAttachment diskAttachment(const InstanceTypeSpec *type, const QString &category,
                              const QString &level)
{
    DiskAttachment a;
    if (!type)
        return a;
    a.source = kFamiliesSource;
    const bool essd = category == QLatin1String("cloud_essd");
    if (type->family == QLatin1String("t5")) {
        if (category != QLatin1String("cloud_efficiency")
            && category != QLatin1String("cloud_ssd")) {
            a.allowed = false;
            a.problem = Tr::tr("%1 can attach only ultra disks (cloud_efficiency) and standard "
                               "SSDs (cloud_ssd), not %2")
                                .arg(type->id, category);
        }
    } else if (type->family == QLatin1String("t6")) {
        if (essd && (level == QLatin1String("PL2") || level == QLatin1String("PL3")))
            a.caveat = Tr::tr("%1 cannot reach the peak performance of ESSD %2: the figures are "
                              "upper bounds")
                               .arg(type->id, level);
    } else if (type->family == QLatin1String("e")) {
        if (essd
            && (level == QLatin1String("PL1") || level == QLatin1String("PL2")
                || level == QLatin1String("PL3")))
            a.caveat = Tr::tr("%1 cannot reach the peak performance of ESSD %2: the figures are "
                              "upper bounds")
                               .arg(type->id, level);
    }
    return a;
}

} // namespace ecsplan
