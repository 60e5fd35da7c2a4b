#include "typeadvisor.h"

#include "catalog/catalog.h"
#include "rulecontext.h"

#include <limits>

namespace ecsplan::typeadvisor {

QString sizeOf(const QString &typeId)
{
    return typeId.section(QLatin1Char('.'), -1);
}

static bool isShapeFamily(const QString &family)
{
    return family.size() >= 2 && QStringLiteral("gcr").contains(family.front())
            && family.at(1).isDigit();
}

namespace {

enum Question { Modern, Arm };

const InstanceTypeSpec *scanModern(const RuleContext &context, const InstanceTypeSpec &from,
                                   const QString &region, double minMemoryPerVcpu)
{
    const InstanceTypeSpec *best = nullptr;
    double bestPrice = std::numeric_limits<double>::infinity();
    for (const InstanceTypeSpec &t : context.catalog().instanceTypes()) {
        if (t.id == from.id || t.generation.value_or(0) < 8 || t.burstable || t.bareMetal
            || t.arch != from.arch || !isShapeFamily(t.family)
            || t.localStorage.has_value() != from.localStorage.has_value())
            continue;
        if (t.vcpu < from.vcpu || t.memoryGiB < from.memoryGiB
            || t.memoryPerVcpu() < minMemoryPerVcpu)
            continue;
        // Unpriced types rank after every priced one, smaller first.
        const double price
                = context.instanceMonthly(t.id, region).value_or(1e12 + t.vcpu * 1e3 + t.memoryGiB);
        if (price < bestPrice || (price == bestPrice && best && t.id < best->id)) {
            best = &t;
            bestPrice = price;
        }
    }
    return best;
}

} // namespace

// Both answers depend only on the catalog, its prices and the settings: asked once per type
// (and region) in a RuleContext's catalog cache, not for every compute entity of every batch.
const InstanceTypeSpec *modernEquivalent(const RuleContext &context, const InstanceTypeSpec &from,
                                         const QString &region, double minMemoryPerVcpu)
{
    return context.memoisedType(Modern, from, region, minMemoryPerVcpu, [&] {
        return scanModern(context, from, region, minMemoryPerVcpu);
    });
}

const InstanceTypeSpec *armEquivalent(const RuleContext &context, const InstanceTypeSpec &from)
{
    return context.memoisedType(Arm, from, QString(), 0, [&]() -> const InstanceTypeSpec * {
        if (from.arch != QLatin1String("x86_64") || from.burstable || from.bareMetal
            || from.localStorage || !isShapeFamily(from.family))
            return nullptr;
        const QString id = QStringLiteral("ecs.%1%2.%3")
                                   .arg(from.family.front())
                                   .arg(QStringLiteral("8y"), sizeOf(from.id));
        return context.catalog().instanceType(id);
    });
}

} // namespace ecsplan::typeadvisor
