// Rules about demand against capacity (docs/demand.md): ECS026.

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "metrics/demand.h"
#include "rule.h"
#include "rulecontext.h"
#include "rulesupport.h"

#include <cmath>

namespace ecsplan {
namespace {

using rulesupport::num;
using rulesupport::propertyFix;

/** True when every resource of `type` × `count` stays within its baseline. */
bool carries(const demand::ComponentDemand &d, const InstanceTypeSpec &type, int count)
{
    const QList<ResourceLoad> loads = instanceLoads(d, type, count);
    if (loads.isEmpty())
        return false;
    for (const ResourceLoad &r : loads) {
        if (r.utilisation() > 1.0)
            return false;
    }
    return true;
}

/** The smallest type (vCPUs, then memory) of `family` and `arch` whose `count` carry `d`. */
const InstanceTypeSpec *smallestCarrying(const RuleContext &context, const QString &family,
                                         const QString &arch, const demand::ComponentDemand &d,
                                         int count)
{
    const InstanceTypeSpec *best = nullptr;
    for (const InstanceTypeSpec &t : context.catalog().instanceTypes()) {
        if (t.family != family || t.arch != arch || t.bareMetal || !carries(d, t, count))
            continue;
        if (!best || t.vcpu < best->vcpu || (t.vcpu == best->vcpu && t.memoryGiB < best->memoryGiB))
            best = &t;
    }
    return best;
}

QString percent(double fraction)
{
    return num(fraction * 100) + QStringLiteral(" %");
}

QString unitOf(LoadResource r)
{
    switch (r) {
    case LoadResource::Bandwidth:
        return QStringLiteral("Gbit/s");
    case LoadResource::Packets:
        return QStringLiteral("packets/s");
    case LoadResource::Connections:
        return QStringLiteral("connections");
    case LoadResource::Requests:
        return QStringLiteral("req/s");
    }
    return {};
}

QString figure(LoadResource r, double value)
{
    return num(value, r == LoadResource::Bandwidth ? 2 : 0);
}

class NetworkSaturationRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("ECS026"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override
    {
        return Tr::tr("Network bandwidth or packet rate above the instance limits at the peak");
    }
    QString reference() const override { return QStringLiteral("field guide §7.1"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/ecs/user-guide/"
                              "overview-of-instance-families");
    }
    bool appliesTo(EntityKind kind) const override
    {
        return kind == EntityKind::InstanceGroup || kind == EntityKind::ScalingGroup;
    }

    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        const Entity *e = context.entity(subject);
        const InstanceTypeSpec *spec = e ? context.instanceType(*e) : nullptr;
        if (!spec)
            return {};
        const std::optional<ComponentLoad> load = componentLoad(context.model(), *e, spec, nullptr);
        if (!load || load->instances <= 0)
            return {};
        QStringList over;
        for (const ResourceLoad &r : load->resources) {
            if (r.utilisation() > 1.0)
                over << Tr::tr("%1 %2 of %3 %4 (%5)")
                                .arg(displayName(r.resource).toLower(),
                                     figure(r.resource, r.demand), figure(r.resource, r.capacity),
                                     unitOf(r.resource), percent(r.utilisation()));
        }
        if (over.isEmpty())
            return {};
        const DesignSettings &s = context.model().settings();
        const demand::ComponentDemand &d = load->demand;
        const int n = load->instances;
        QString message
                = Tr::tr("At the peak %1 (%2 × %3) runs above its network limits: %4. Above "
                         "them the hypervisor drops packets and connections time out while the "
                         "CPU looks idle.")
                          .arg(e->name)
                          .arg(n)
                          .arg(spec->id, over.join(QStringLiteral("; ")));
        message += QLatin1Char(' ')
                + Tr::tr("Demand: %1 req/s served and %2 req/s sent (the links' average × "
                         "peak-to-average %3); %4 Gbit/s in and %5 Gbit/s out (each link's "
                         "GB/month × 8 / 2,628,000 s × %3); %6 packets/s (peak req/s × "
                         "max(%7 packets per request, data segments + ACKs)).")
                          .arg(num(d.servedRps), num(d.sentRps), num(s.peakToAverage, 1),
                               num(d.peakGbpsIn, 2), num(d.peakGbpsOut, 2), num(d.peakPps),
                               num(s.packetsPerRequest));
        message += QLatin1Char(' ')
                + Tr::tr("Capacity: %1 × %2, whose baseline is %3 Gbit/s (burst %4, only while "
                         "burst credit lasts) and %5 packets/s per instance; bandwidth is "
                         "compared per direction, packets in both directions together (catalog "
                         "%6, %7).")
                          .arg(n)
                          .arg(spec->id, num(spec->netBaselineGbps, 1),
                               num(std::max(spec->netBurstGbps, spec->netBaselineGbps), 1),
                               spec->pps ? num(double(*spec->pps)) : Tr::tr("unpublished"),
                               spec->src.sourceId.isEmpty() ? spec->src.source : spec->src.sourceId,
                               spec->src.asOf);
        Finding f = makeFinding({e->id}, message);

        const QString region = context.regionCode(e->id);
        const auto costNote = [&](const InstanceTypeSpec &to) {
            const auto before = context.instanceMonthly(spec->id, region, e->compute.billing);
            const auto after = context.instanceMonthly(to.id, region, e->compute.billing);
            if (!before || !after)
                return QString();
            const double delta = (*after - *before) * n;
            if (std::abs(delta) < 0.005)
                return Tr::tr(", at the same price");
            return delta > 0 ? Tr::tr(", %1 more per month").arg(context.money(delta))
                             : Tr::tr(", %1 less per month").arg(context.money(-delta));
        };
        const auto carriedAt = [&](const InstanceTypeSpec &to) {
            ComponentLoad after = *load;
            after.resources = instanceLoads(d, to, n);
            const ResourceLoad *b = after.bottleneck();
            return Tr::tr("%1 × %2 (%3 Gbit/s, %4 packets/s each) carries it at %5 %6%7")
                    .arg(n)
                    .arg(to.id, num(to.netBaselineGbps, 1),
                         to.pps ? num(double(*to.pps)) : Tr::tr("unpublished"),
                         b ? percent(b->utilisation()) : QString(),
                         b ? displayName(b->resource).toLower() : QString(), costNote(to));
        };

        const InstanceTypeSpec *same = smallestCarrying(context, spec->family, spec->arch, d, n);
        // The field guide's "pro choice" for reverse proxies: high-frequency cores, as the
        // per-request work is single-threaded per worker (§7.1).
        const InstanceTypeSpec *fast = nullptr;
        const bool proxy = RuleContext::hasTag(*e, QStringLiteral("gateway"))
                || RuleContext::hasTag(*e, QStringLiteral("proxy"))
                || RuleContext::hasTag(*e, QStringLiteral("nginx"));
        if (proxy && spec->arch == QLatin1String("x86_64") && !spec->family.startsWith("hf")) {
            const QString hf = spec->family.startsWith(QLatin1Char('c')) ? QStringLiteral("hfc7")
                                                                         : QStringLiteral("hfg7");
            fast = smallestCarrying(context, hf, spec->arch, d, n);
        }
        if (same)
            f.message += QLatin1Char(' ') + Tr::tr("Same family: %1.").arg(carriedAt(*same));
        if (fast)
            f.message += QLatin1Char(' ')
                    + Tr::tr("High frequency, the field guide's choice for a gateway (its "
                             "workers are single-threaded): %1.")
                              .arg(carriedAt(*fast));
        if (const InstanceTypeSpec *to = same ? same : fast) {
            f.fix = propertyFix(Tr::tr("Use %1").arg(to->id), {e->id}, Property::InstanceType,
                                to->id);
        } else {
            // No type of the family carries it at this count: more instances of this one.
            const int needed = int(std::ceil(load->utilisation() * n - 1e-9));
            f.message += QLatin1Char(' ')
                    + Tr::tr("No %1 type carries it with %2 instances; %3 instances of %4 do.")
                              .arg(spec->family)
                              .arg(n)
                              .arg(needed)
                              .arg(spec->id);
            if (e->kind == EntityKind::InstanceGroup && needed <= 2000)
                f.fix = propertyFix(Tr::tr("Run %1 instances").arg(needed), {e->id},
                                    Property::Count, needed);
        }
        return {f};
    }
};

} // namespace

void rulesupport::appendDemandRules(QList<const Rule *> &rules)
{
    static const NetworkSaturationRule r26;
    rules << &r26;
}

} // namespace ecsplan
