// Rules that say what Alibaba Cloud would refuse: ECS003, ECS018 ... ECS025. Each is a view of
// one core/validation check, the same function the Terraform export refuses with, so the
// findings the user sees while drawing and the export's refusal never disagree.

#include "ecsplan_global.h"
#include "rule.h"
#include "rulecontext.h"
#include "rulesupport.h"
#include "validation/deployability.h"

namespace ecsplan {
namespace {

using validation::Check;

const QString kRegistry = QStringLiteral(
        "https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/");

class DeployabilityRule : public Rule
{
public:
    DeployabilityRule(const char *id, Check check, const char *title, const char *reference,
                      QString helpUri)
        : m_id(QLatin1String(id))
        , m_check(check)
        , m_title(title)
        , m_reference(reference)
        , m_helpUri(std::move(helpUri))
    {
    }

    QString id() const override { return m_id; }
    Severity severity() const override { return Severity::Error; }
    QString title() const override { return Tr::tr(m_title); }
    QString reference() const override { return Tr::tr(m_reference); }
    QString helpUri() const override { return m_helpUri; }
    bool appliesTo(EntityKind kind) const override { return validation::appliesTo(m_check, kind); }

    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        const Entity *e = context.entity(subject);
        if (!e)
            return {};
        Findings out;
        for (const validation::Problem &p :
             validation::check(m_check, context.model(), context.catalog(), *e)) {
            Finding f = makeFinding(context, EntityIds{p.entity} << p.related,
                                    validation::describe(context.model(), p));
            const QString fix = fixTitle(context, p);
            if (!fix.isEmpty() && p.alsoSuggested.isEmpty())
                f.fix = rulesupport::propertyFix(fix, {p.entity}, p.field, p.suggested);
            else if (!fix.isEmpty())
                // Several properties, one fix: RulesEngine::applyFix makes it one undo step.
                f.fix = {
                        fix, [p](Document *document) {
                            QString error
                                    = document->setProperty({p.entity}, p.field, p.suggested).error;
                            for (const auto &[field, value] : p.alsoSuggested) {
                                if (error.isEmpty())
                                    error = document->setProperty({p.entity}, field, value).error;
                            }
                            return error;
                        }};
            out << f;
        }
        return out;
    }

private:
    static QString fixTitle(const RuleContext &context, const validation::Problem &p)
    {
        if (!p.suggested.isValid())
            return {};
        switch (p.field) {
        case Property::DiskSizeGiB:
        case Property::SystemDiskGiB:
            return Tr::tr("Resize to %1 GiB").arg(rulesupport::num(p.suggested.toInt()));
        case Property::Zones: {
            QStringList names;
            for (EntityId z : p.suggested.value<EntityIds>())
                names << context.entity(z)->name;
            return Tr::tr("Span %1").arg(names.join(QStringLiteral(", ")));
        }
        case Property::CacheVersion:
            return Tr::tr("Use engine version %1").arg(p.suggested.toString());
        case Property::SystemDiskCategory: {
            QString level;
            for (const auto &[field, value] : p.alsoSuggested) {
                if (field == Property::SystemDiskLevel)
                    level = value.toString();
            }
            return Tr::tr("Use %1 %2").arg(p.suggested.toString(), level).trimmed();
        }
        default:
            return {};
        }
    }

    QString m_id;
    Check m_check;
    const char *m_title;
    const char *m_reference;
    QString m_helpUri;
};

} // namespace

void rulesupport::appendDeployabilityRules(QList<const Rule *> &rules)
{
    static const DeployabilityRule r3(
            "ECS003", Check::DiskSize,
            QT_TRANSLATE_NOOP("ecsplan", "Disk size outside its category's capacity range"),
            QT_TRANSLATE_NOOP("ecsplan", "Alibaba Cloud: block storage performance"),
            QStringLiteral("https://www.alibabacloud.com/help/en/ecs/user-guide/"
                           "block-storage-performance"));
    static const DeployabilityRule r18(
            "ECS018", Check::LoadBalancerZones,
            QT_TRANSLATE_NOOP("ecsplan", "ALB or NLB in fewer than two zones"),
            QT_TRANSLATE_NOOP("ecsplan",
                              "alicloud_alb_load_balancer, alicloud_nlb_load_balancer: "
                              "zone_mappings"),
            kRegistry + QStringLiteral("alb_load_balancer"));
    static const DeployabilityRule r19(
            "ECS019", Check::ScalingSizes,
            QT_TRANSLATE_NOOP("ecsplan", "Scaling group sizes out of order"),
            QT_TRANSLATE_NOOP("ecsplan",
                              "alicloud_ess_scaling_group: min_size, max_size, "
                              "desired_capacity"),
            kRegistry + QStringLiteral("ess_scaling_group"));
    static const DeployabilityRule r20(
            "ECS020", Check::ZoneRegion, QT_TRANSLATE_NOOP("ecsplan", "Zone outside its region"),
            QT_TRANSLATE_NOOP("ecsplan", "Alibaba Cloud: regions and zones"),
            QStringLiteral(
                    "https://www.alibabacloud.com/help/en/ecs/user-guide/regions-and-zones"));
    static const DeployabilityRule r21(
            "ECS021", Check::RegionCode,
            QT_TRANSLATE_NOOP("ecsplan", "Region id unknown or used twice"),
            QT_TRANSLATE_NOOP("ecsplan", "Alibaba Cloud: regions and zones"),
            QStringLiteral(
                    "https://www.alibabacloud.com/help/en/ecs/user-guide/regions-and-zones"));
    static const DeployabilityRule r22(
            "ECS022", Check::Cidr, QT_TRANSLATE_NOOP("ecsplan", "CIDR block the VPC would refuse"),
            QT_TRANSLATE_NOOP("ecsplan", "Alibaba Cloud: create and manage a VPC"),
            QStringLiteral("https://www.alibabacloud.com/help/en/vpc/user-guide/"
                           "create-and-manage-a-vpc"));
    static const DeployabilityRule r23(
            "ECS023", Check::CacheClass,
            QT_TRANSLATE_NOOP("ecsplan", "Cache class its engine version cannot use"),
            QT_TRANSLATE_NOOP("ecsplan",
                              "alicloud_kvstore_instance, alicloud_redis_tair_instance: "
                              "instance_class, engine_version"),
            kRegistry + QStringLiteral("redis_tair_instance"));
    static const DeployabilityRule r24(
            "ECS024", Check::DiskCategory,
            QT_TRANSLATE_NOOP("ecsplan", "Disk category the instance type cannot attach"),
            QT_TRANSLATE_NOOP("ecsplan", "Alibaba Cloud: instance families"),
            QStringLiteral("https://www.alibabacloud.com/help/en/ecs/user-guide/"
                           "overview-of-instance-families"));
    static const DeployabilityRule r25(
            "ECS025", Check::ScalingSystemDisk,
            QT_TRANSLATE_NOOP("ecsplan", "Scaling group system disk a launch template cannot take"),
            QT_TRANSLATE_NOOP("ecsplan", "alicloud_ecs_launch_template: system_disk.category"),
            kRegistry + QStringLiteral("ecs_launch_template"));
    rules << &r3 << &r18 << &r19 << &r20 << &r21 << &r22 << &r23 << &r24 << &r25;
}

} // namespace ecsplan
