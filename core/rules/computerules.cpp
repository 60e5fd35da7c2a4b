// Rules about instance types: ECS001, ECS002, ECS010, ECS011, ECS013, ECS016, ECS017.

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "metrics/demand.h"
#include "rule.h"
#include "rulecontext.h"
#include "rulesupport.h"
#include "typeadvisor.h"

#include <cmath>

namespace ecsplan {
namespace {

using rulesupport::num;
using rulesupport::propertyFix;

/** Base of the rules that look at one instance or scaling group with a known type. */
class ComputeRule : public Rule
{
public:
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
        return check(context, *e, *spec);
    }

protected:
    virtual Findings check(const RuleContext &context, const Entity &e,
                           const InstanceTypeSpec &spec) const = 0;

    /** "saves CNY 12.00" / "costs CNY 12.00 more" for a monthly difference new − old. */
    static QString difference(const RuleContext &context, double delta)
    {
        if (std::abs(delta) < 0.005)
            return context.text(QT_TRANSLATE_NOOP("ecsplan", "costs the same"));
        return delta < 0 ? context.text(QT_TRANSLATE_NOOP("ecsplan", "saves %1 per month"))
                                   .arg(context.money(-delta))
                         : context.text(QT_TRANSLATE_NOOP("ecsplan", "costs %1 more per month"))
                                   .arg(context.money(delta));
    }
};

class BurstableOnProductionRule : public DesignRule
{
public:
    QString id() const override { return QStringLiteral("ECS001"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return Tr::tr("Burstable instance on a production path"); }
    QString reference() const override { return QStringLiteral("field guide §3.5"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/ecs/user-guide/"
                              "overview-of-instance-families");
    }
    // Reachability from the internet is not local: a design rule, one group per burstable
    // compute entity (re-run when the entity changes or its reachability flips).
    QString groupKey(const RuleContext &context, const Entity &e) const override
    {
        const InstanceTypeSpec *spec = context.instanceType(e);
        return spec && spec->burstable ? QString::number(toUInt(e.id)) : QString();
    }

    Findings evaluateGroup(const RuleContext &context, const EntityIds &members) const override
    {
        Findings out;
        for (const EntityId id : members) {
            const Entity *e = context.entity(id);
            const InstanceTypeSpec *spec = context.instanceType(*e);
            if (!spec || !spec->burstable)
                continue;
            const bool tagged = RuleContext::hasTag(*e, QStringLiteral("production"));
            if (!tagged && !context.reachableFromInternet(id))
                continue;
            const auto &b = *spec->burstable;
            const double spendPerHour = 60.0 * spec->vcpu; // 1 credit = 1 vCPU-minute at 100 %
            const double drain = spendPerHour - b.creditsPerHour;
            const QString why = tagged ? Tr::tr("tagged production")
                                       : Tr::tr("reachable from internet users");
            QString message
                    = Tr::tr("%1 runs %2, a burstable type, on a production path (%3). It earns %4 "
                             "CPU "
                             "credits per hour, a baseline of %5% per vCPU; at 100% CPU it spends "
                             "%6 "
                             "credits per hour, so a full balance of %7 credits lasts %8 hours. "
                             "Then the "
                             "CPU is throttled to the baseline, health checks fail and the load "
                             "shifts "
                             "to the next node.")
                              .arg(e->name, spec->id, why, num(b.creditsPerHour),
                                   num(b.baselinePercentPerVcpu), num(spendPerHour),
                                   num(b.maxCredits),
                                   drain > 0 ? num(b.maxCredits / drain, 1) : QStringLiteral("∞"));
            // With demand on its links: the CPU the baseline leaves per request at the peak
            // (docs/demand.md; the planner has no CPU cost per request, so this is the budget a
            // request must stay under for the credits not to drain).
            const std::optional<ComponentLoad> load
                    = componentLoad(context.model(), *e, spec, nullptr);
            if (load && load->instances > 0 && load->demand.servedRps > 0) {
                const double perInstance = load->demand.servedRps / load->instances;
                const double budgetMs
                        = b.baselinePercentPerVcpu / 100.0 * spec->vcpu * 1000.0 / perInstance;
                message += QLatin1Char(' ')
                        + Tr::tr("At the peak it serves %1 req/s per instance (%2 req/s over %3 "
                                 "instances, the links' average × %4): its baseline of %5% of "
                                 "%6 vCPU leaves %7 ms of CPU per request. Requests that need "
                                 "more drain the credits; at 100% CPU a full balance lasts %8 "
                                 "hours.")
                                  .arg(num(perInstance), num(load->demand.servedRps))
                                  .arg(load->instances)
                                  .arg(num(context.model().settings().peakToAverage, 1),
                                       num(b.baselinePercentPerVcpu), num(spec->vcpu),
                                       num(budgetMs, 2),
                                       drain > 0 ? num(b.maxCredits / drain, 1)
                                                 : QStringLiteral("∞"));
            }
            Finding f = makeFinding(context, {id}, message);
            const QString region = context.regionCode(id);
            if (const InstanceTypeSpec *to
                = typeadvisor::modernEquivalent(context, *spec, region)) {
                f.fix = propertyFix(Tr::tr("Use %1 (dedicated vCPUs)").arg(to->id), {id},
                                    Property::InstanceType, to->id);
            }
            out << f;
        }
        return out;
    }
};

class OldGenerationRule : public ComputeRule
{
public:
    QString id() const override { return QStringLiteral("ECS002"); }
    Severity severity() const override { return Severity::Advice; }
    QString title() const override { return Tr::tr("Instance generation older than 7"); }
    QString reference() const override { return QStringLiteral("field guide §2.2, §3.1"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/ecs/user-guide/"
                              "overview-of-instance-families");
    }

protected:
    Findings check(const RuleContext &context, const Entity &e,
                   const InstanceTypeSpec &spec) const override
    {
        if (!spec.generation || *spec.generation >= 7)
            return {};
        const QString region = context.regionCode(e.id);
        const InstanceTypeSpec *to = typeadvisor::modernEquivalent(context, spec, region);
        QString message = Tr::tr("%1 uses %2, a generation-%3 type without the full X-Dragon "
                                 "offload of generations 7 and 8.")
                                  .arg(e.name, spec.id)
                                  .arg(*spec.generation);
        if (to) {
            message += QLatin1Char(' ')
                    + Tr::tr("The nearest current type is %1 (%2 vCPU, %3 GiB).")
                              .arg(to->id)
                              .arg(to->vcpu)
                              .arg(num(to->memoryGiB));
            const auto oldPrice = context.instanceMonthly(spec.id, region, e.compute.billing);
            const auto newPrice = context.instanceMonthly(to->id, region, e.compute.billing);
            if (oldPrice && newPrice) {
                const int n = context.instanceCount(e);
                message += QLatin1Char(' ')
                        + Tr::tr("For %n instance(s) it %1 (%2).", nullptr, n)
                                  .arg(difference(context, n * (*newPrice - *oldPrice)),
                                       displayName(e.compute.billing).toLower());
            }
        }
        Finding f = makeFinding(context, {e.id}, message);
        if (to)
            f.fix = propertyFix(Tr::tr("Use %1").arg(to->id), {e.id}, Property::InstanceType,
                                to->id);
        return {f};
    }
};

bool isDatabase(const Entity &e)
{
    static const QStringList roles{QStringLiteral("database"),   QStringLiteral("db"),
                                   QStringLiteral("mysql"),      QStringLiteral("postgres"),
                                   QStringLiteral("postgresql"), QStringLiteral("mongodb"),
                                   QStringLiteral("oracle"),     QStringLiteral("sqlserver")};
    for (const QString &r : roles) {
        if (RuleContext::hasTag(e, r))
            return true;
    }
    return false;
}

class NumaRule : public ComputeRule
{
public:
    static constexpr int kVcpuThreshold = 64;
    QString id() const override { return QStringLiteral("ECS010"); }
    Severity severity() const override { return Severity::Advice; }
    QString title() const override
    {
        return Tr::tr("Database on a very large, multi-NUMA instance");
    }
    QString reference() const override { return QStringLiteral("field guide §8.1"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/ecs/user-guide/"
                              "overview-of-instance-families");
    }

protected:
    Findings check(const RuleContext &context, const Entity &e,
                   const InstanceTypeSpec &spec) const override
    {
        if (spec.vcpu < kVcpuThreshold || !isDatabase(e))
            return {};
        return {makeFinding(
                context, {e.id},
                Tr::tr("%1 runs a database on %2 with %3 vCPUs and %4 GiB: an instance this large "
                       "spans several NUMA nodes, and every access to memory on the other node "
                       "pays "
                       "an interconnect penalty. Pin the database to one node (numactl "
                       "--cpunodebind=0 --membind=0) or shard it over smaller instances.")
                        .arg(e.name, spec.id)
                        .arg(spec.vcpu)
                        .arg(num(spec.memoryGiB)))};
    }
};

class PreemptibleWithoutDrainRule : public ComputeRule
{
public:
    QString id() const override { return QStringLiteral("ECS011"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override
    {
        return Tr::tr("Preemptible instances without a drain handler");
    }
    QString reference() const override { return QStringLiteral("field guide §6.3"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/ecs/instance-types");
    }
    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        // Applies whether or not the catalog knows the type.
        const Entity *e = context.entity(subject);
        if (!e || e->compute.billing != BillingModel::Preemptible || e->compute.drainHandler)
            return {};
        Finding f = makeFinding(
                context, {e->id},
                Tr::tr("%1 runs %n preemptible instance(s) without a termination handler. Alibaba "
                       "Cloud reclaims them with about 5 minutes' notice; without a watcher on the "
                       "metadata service (instance/spot/termination-time) or a Kubernetes node "
                       "termination handler, in-flight writes and sessions are lost.",
                       nullptr, context.instanceCount(*e))
                        .arg(e->name));
        f.fix = propertyFix(Tr::tr("Add a termination handler (drain on notice)"), {e->id},
                            Property::DrainHandler, true);
        return {f};
    }

protected:
    Findings check(const RuleContext &, const Entity &, const InstanceTypeSpec &) const override
    {
        return {};
    }
};

class JvmOnComputeOptimizedRule : public ComputeRule
{
public:
    QString id() const override { return QStringLiteral("ECS013"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override
    {
        return Tr::tr("JVM workload on a 1:2 compute-optimized type");
    }
    QString reference() const override { return QStringLiteral("field guide §3.3.2"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/ecs/user-guide/"
                              "overview-of-instance-families");
    }

protected:
    Findings check(const RuleContext &context, const Entity &e,
                   const InstanceTypeSpec &spec) const override
    {
        if (!RuleContext::hasTag(e, QStringLiteral("jvm")) || spec.memoryPerVcpu() > 2.0
            || spec.burstable)
            return {};
        const QString region = context.regionCode(e.id);
        // Same generation and size in the general-purpose (1:4) family: c8i.large → g8i.large.
        const InstanceTypeSpec *to = nullptr;
        if (spec.family.startsWith(QLatin1Char('c'))) {
            QString candidate = spec.id;
            candidate.replace(QStringLiteral("ecs.c"), QStringLiteral("ecs.g"));
            to = context.catalog().instanceType(candidate);
        }
        if (!to)
            to = typeadvisor::modernEquivalent(context, spec, region, 4.0);
        QString message
                = context.text(QT_TRANSLATE_NOOP("ecsplan",
                                                 "%1 runs a JVM on %2: %3 GiB for %4 vCPU "
                                                 "(1:2). Heap, metaspace, thread stacks "
                                                 "and the OS leave little headroom; expect "
                                                 "OutOfMemoryError under load."))
                          .arg(e.name, spec.id, num(spec.memoryGiB), QString::number(spec.vcpu));
        if (to) {
            message += QLatin1Char(' ')
                    + context.text(QT_TRANSLATE_NOOP("ecsplan", "%1 has %2 GiB."))
                              .arg(to->id, num(to->memoryGiB));
            const auto oldPrice = context.instanceMonthly(spec.id, region, e.compute.billing);
            const auto newPrice = context.instanceMonthly(to->id, region, e.compute.billing);
            if (oldPrice && newPrice) {
                const int n = context.instanceCount(e);
                message += QLatin1Char(' ')
                        + context.text(QT_TRANSLATE_N_NOOP("ecsplan", "For %n instance(s) it %1."),
                                       n)
                                  .arg(difference(context, n * (*newPrice - *oldPrice)));
            }
        }
        Finding f = makeFinding(context, {e.id}, message);
        if (to)
            f.fix = propertyFix(
                    context.text(QT_TRANSLATE_NOOP("ecsplan", "Use %1 (1:4)")).arg(to->id), {e.id},
                    Property::InstanceType, to->id);
        return {f};
    }
};

class BareMetalRule : public ComputeRule
{
public:
    QString id() const override { return QStringLiteral("ECS016"); }
    Severity severity() const override { return Severity::Advice; }
    QString title() const override { return Tr::tr("Bare-metal instance: no live migration"); }
    QString reference() const override { return QStringLiteral("field guide §3.3.5"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/ecs/user-guide/"
                              "overview-of-instance-families");
    }

protected:
    Findings check(const RuleContext &context, const Entity &e,
                   const InstanceTypeSpec &spec) const override
    {
        if (!spec.bareMetal)
            return {};
        return {makeFinding(context, {e.id},
                            Tr::tr("%1 runs on %2, a bare-metal type: there is no live migration "
                                   "during Alibaba Cloud hardware maintenance, so plan for "
                                   "reboots, patching and downtime (keep a replica elsewhere).")
                                    .arg(e.name, spec.id))};
    }
};

class ArmCheaperRule : public ComputeRule
{
public:
    QString id() const override { return QStringLiteral("ECS017"); }
    Severity severity() const override { return Severity::Advice; }
    QString title() const override { return Tr::tr("An Arm (Yitian) equivalent costs less"); }
    QString reference() const override { return QStringLiteral("field guide §3.4"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/ecs/user-guide/"
                              "overview-of-instance-families");
    }

protected:
    Findings check(const RuleContext &context, const Entity &e,
                   const InstanceTypeSpec &spec) const override
    {
        const QString region = context.regionCode(e.id);
        const int n = context.instanceCount(e);
        // All but the name is a function of the type, region, billing and count: thousands of
        // groups share them (at 10k, 4,353 findings).
        const QStringList parts = context.memoised(
                {this, &spec, region, qint64(e.compute.billing), n}, [&]() -> QStringList {
                    const InstanceTypeSpec *arm = typeadvisor::armEquivalent(context, spec);
                    if (!arm)
                        return {};
                    const auto oldPrice
                            = context.instanceMonthly(spec.id, region, e.compute.billing);
                    const auto newPrice
                            = context.instanceMonthly(arm->id, region, e.compute.billing);
                    if (!oldPrice || !newPrice || *newPrice >= *oldPrice)
                        return {};
                    const double saving = n * (*oldPrice - *newPrice);
                    return {arm->id,
                            QString::number(arm->vcpu),
                            num(arm->memoryGiB),
                            context.money(*newPrice),
                            context.money(*oldPrice),
                            context.money(saving),
                            num(100.0 * (1.0 - *newPrice / *oldPrice)),
                            context.format(QT_TRANSLATE_NOOP("ecsplan", "Use %1 (arm64)"),
                                           {arm->id})};
                });
        if (parts.isEmpty())
            return {};
        // The translated text split once per batch (format()).
        Finding f = makeFinding(
                context, {e.id},
                context.format(QT_TRANSLATE_N_NOOP("ecsplan",
                                                   "%1 could run on %2 (Arm, %3 vCPU, %4 GiB) "
                                                   "instead of %5: %6 instead of %7 per "
                                                   "instance-month, saving %8 per month for %n "
                                                   "instance(s) (%9% less). The software must be "
                                                   "built for arm64."),
                               {e.name, parts[0], parts[1], parts[2], spec.id, parts[3], parts[4],
                                parts[5], parts[6]},
                               n));
        f.fix = propertyFix(parts[7], {e.id}, Property::InstanceType, parts[0]);
        return {f};
    }
};

} // namespace

void rulesupport::appendComputeRules(QList<const Rule *> &rules)
{
    static const BurstableOnProductionRule r1;
    static const OldGenerationRule r2;
    static const NumaRule r10;
    static const PreemptibleWithoutDrainRule r11;
    static const JvmOnComputeOptimizedRule r13;
    static const BareMetalRule r16;
    static const ArmCheaperRule r17;
    rules << &r1 << &r2 << &r10 << &r11 << &r13 << &r16 << &r17;
}

} // namespace ecsplan
