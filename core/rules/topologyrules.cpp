// Rules about placement and traffic: ECS007, ECS008, ECS009, ECS014, ECS015.

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "metrics/metricsengine.h"
#include "model/placement.h"
#include "rule.h"
#include "rulecontext.h"
#include "rulesupport.h"
#include "validation/deployability.h"

#include <QMap>

namespace ecsplan {
namespace {

using rulesupport::num;
using rulesupport::propertyFix;

/** Volumes: whole GB from 10 up, one decimal below. */
QString gb(double value)
{
    return num(value, value >= 10 ? 0 : 1);
}

QString zoneLabel(const Entity *zone)
{
    return !zone ? QString() : zone->code.isEmpty() ? zone->name : zone->code;
}

class SingleZoneTierRule : public DesignRule
{
public:
    QString id() const override { return QStringLiteral("ECS007"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override
    {
        return Tr::tr("Stateless tier or scaling group in a single zone");
    }
    QString reference() const override { return QStringLiteral("field guide §5.2"); }
    QString helpUri() const override
    {
        return QStringLiteral(
                "https://www.alibabacloud.com/help/en/ecs/user-guide/regions-and-zones");
    }
    // A tier is every stateless group with the same role in a region: a design rule, one
    // group per tier.
    QString groupKey(const RuleContext &context, const Entity &e) const override
    {
        if (e.kind != EntityKind::ScalingGroup
            && !(e.kind == EntityKind::InstanceGroup
                 && RuleContext::hasTag(e, QStringLiteral("stateless"))))
            return {};
        const QString role = e.compute.role.trimmed().toLower();
        return role.isEmpty()
                ? QStringLiteral("#%1").arg(toUInt(e.id))
                : role + QLatin1Char('@') + QString::number(toUInt(context.model().regionOf(e.id)));
    }

    Findings evaluateGroup(const RuleContext &context, const EntityIds &members) const override
    {
        const Model &model = context.model();
        EntityIds zones;
        int instances = 0;
        for (EntityId id : members) {
            instances += context.instanceCount(*context.entity(id));
            for (EntityId z : context.zonesOf(id)) {
                if (!zones.contains(z))
                    zones << z;
            }
        }
        if (zones.size() != 1)
            return {}; // spread, or not placed in a zone at all
        const Entity *first = context.entity(members.first());
        const Entity *zone = context.entity(zones.first());
        Finding f = makeFinding(
                context, members,
                Tr::tr("%1 runs %n instance(s) in zone %2 only: when that zone fails the "
                       "tier loses all its capacity. Spread it over at least two zones "
                       "behind the load balancer.",
                       nullptr, instances)
                        .arg(first->name, zoneLabel(zone)));
        if (members.size() == 1 && first->kind == EntityKind::ScalingGroup) {
            // Span the next zone of the same region that the design already has.
            const EntityId region = model.regionOf(first->id);
            for (EntityId z : context.zonesOfRegion(region)) {
                if (z != zones.first()) {
                    const EntityIds spanned{zones.first(), z};
                    f.fix = propertyFix(
                            Tr::tr("Also span zone %1").arg(zoneLabel(context.entity(z))),
                            {first->id}, Property::Zones, QVariant::fromValue(spanned));
                    break;
                }
            }
        }
        return {f};
    }
};

class CrossZoneCacheReadRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("ECS008"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return Tr::tr("Cross-zone reads from a cache"); }
    QString reference() const override { return QStringLiteral("field guide §8.4"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/vpc/vpc-product-billing");
    }
    bool appliesTo(EntityKind kind) const override { return kind == EntityKind::Link; }

    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        const Model &model = context.model();
        const Entity *link = context.entity(subject);
        if (!link)
            return {};
        const Entity *from = context.entity(link->link.from);
        const Entity *to = context.entity(link->link.to);
        if (!from || !to)
            return {};
        const bool cacheIsTo = to->kind == EntityKind::Cache && from->isCompute();
        const bool cacheIsFrom = from->kind == EntityKind::Cache && to->isCompute();
        if (!cacheIsTo && !cacheIsFrom)
            return {};
        const Entity *cache = cacheIsTo ? to : from;
        const Entity *reader = cacheIsTo ? from : to;
        const EntityId cacheZone = model.zoneOf(cache->id);
        const EntityIds readerZones = context.zonesOf(reader->id);
        if (!isValid(cacheZone) || readerZones.isEmpty() || readerZones.contains(cacheZone)
            || model.regionOf(cacheZone) != model.regionOf(readerZones.first()))
            return {};
        LatencyRange cross = context.catalog().crossZoneRtt();
        if (const MetricsEngine *metrics = context.freshMetrics()) {
            if (const std::optional<LinkMetrics> m = metrics->link(link->id, false);
                m && m->scope == LinkScope::CrossZone) {
                cross.typicalMs = m->latencyTypicalMs;
                cross.worstMs = m->latencyWorstMs;
            }
        }
        const LatencyRange same = context.catalog().sameZoneRtt();
        const EntityId readerZone = readerZones.first();
        Finding f = makeFinding(
                context, {link->id, reader->id, cache->id},
                context.format(QT_TRANSLATE_NOOP("ecsplan",
                                                 "%1 in %2 reads from %3 in %4: %5 GB/month (%6% "
                                                 "reads) cross zones, and every read adds %7–%8 ms "
                                                 "round trip instead of %9 ms in one zone."),
                               {reader->name, zoneLabel(context.entity(readerZone)), cache->name,
                                zoneLabel(context.entity(cacheZone)), gb(link->link.gbPerMonth),
                                num(100 * link->link.readFraction), num(cross.typicalMs, 1),
                                num(cross.worstMs, 1), num(same.worstMs, 2)})
                        + QLatin1Char(' ')
                        + context.text(QT_TRANSLATE_NOOP(
                                "ecsplan",
                                "The field guide blames a per-GB cross-zone bill; that is "
                                "outdated for Alibaba Cloud, where intranet traffic between zones "
                                "of one region is free today: the cost is latency, volume on the "
                                "inter-zone links and a dependency on another zone.")));
        // Reuse a replica already in the reader's zone, else add one.
        EntityId existing = EntityId::None;
        for (EntityId c : context.replicasOf(cache->id)) {
            if (model.zoneOf(c) == readerZone)
                existing = c;
        }
        const Property end = cacheIsTo ? Property::LinkTo : Property::LinkFrom;
        const EntityId linkId = link->id;
        if (isValid(existing)) {
            f.fix = propertyFix(context.format(QT_TRANSLATE_NOOP("ecsplan", "Read from %1 in %2"),
                                               {context.entity(existing)->name,
                                                zoneLabel(context.entity(readerZone))}),
                                {linkId}, end, QVariant::fromValue(existing));
        } else if (readerZones.size() == 1) {
            Entity replica = *cache;
            replica.parent = readerZone;
            replica.cache.readReplicaOf = cache->id;
            replica.name
                    = context.text(QT_TRANSLATE_NOOP("ecsplan", "%1 replica")).arg(cache->name);
            replica.notes.clear();
            // Under the reader if there is room, else the nearest free spot in its zone. Found
            // when the fix is applied, not for every finding of every evaluation (a free-spot
            // search per finding made a full evaluation quadratic in the zone's size).
            const QPointF below
                    = reader->geometry.topLeft() + QPointF(0, reader->geometry.height() + 24);
            f.fix = {context.text(QT_TRANSLATE_NOOP("ecsplan",
                                                    "Add a read replica in %1 and read from it"))
                             .arg(zoneLabel(context.entity(readerZone))),
                     [replica, linkId, end, readerZone, below](Document *document) mutable {
                         replica.geometry.moveTopLeft(Placement::freeSpot(
                                 document->model(), readerZone, replica.geometry.size(), below));
                         replica.id = document->allocateIds(1).first();
                         const auto added
                                 = document->addEntities({replica}, Tr::tr("Add read replica"));
                         if (!added.ok())
                             return added.error;
                         return document
                                 ->setProperty({linkId}, end, QVariant::fromValue(replica.id))
                                 .error;
                     }};
        }
        return {f};
    }
};

bool isOpenToWorld(const QString &cidr)
{
    return cidr == QLatin1String("0.0.0.0/0") || cidr == QLatin1String("::/0");
}

/** Remote administration ports: SSH, Telnet, RDP, VNC, WinRM, Docker API. */
const QList<int> &adminPorts()
{
    static const QList<int> ports{22, 23, 3389, 5900, 5985, 5986, 2375};
    return ports;
}

QList<int> exposedAdminPorts(const SecurityRule &r)
{
    QList<int> out;
    if (!r.ingress || !r.accept || !isOpenToWorld(r.cidr)
        || !(r.protocol == QLatin1String("tcp") || r.protocol == QLatin1String("all")))
        return out;
    for (int port : adminPorts()) {
        if ((r.portFrom == -1 && r.portTo == -1) || (port >= r.portFrom && port <= r.portTo))
            out << port;
    }
    return out;
}

class OpenAdminPortRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("ECS009"); }
    Severity severity() const override { return Severity::Error; }
    QString title() const override { return Tr::tr("Administration port open to the internet"); }
    QString reference() const override { return QStringLiteral("field guide §8.3"); }
    QString helpUri() const override
    {
        return QStringLiteral(
                "https://www.alibabacloud.com/help/en/ecs/user-guide/security-groups");
    }
    bool appliesTo(EntityKind kind) const override { return kind == EntityKind::SecurityGroup; }

    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        const Entity *sg = context.entity(subject);
        if (!sg)
            return {};
        QList<int> ports;
        SecurityRules narrowed = sg->rules;
        // The VPC's own range: admin access only from inside (Session Manager, a bastion).
        const Entity *region = context.entity(context.model().regionOf(sg->id));
        const QString inside
                = region && !region->cidr.isEmpty() ? region->cidr : QStringLiteral("10.0.0.0/8");
        for (SecurityRule &r : narrowed) {
            const QList<int> exposed = exposedAdminPorts(r);
            if (exposed.isEmpty())
                continue;
            for (int p : exposed) {
                if (!ports.contains(p))
                    ports << p;
            }
            r.cidr = inside;
            r.description
                    = Tr::tr("admin access from inside the VPC only (was open to the internet)");
        }
        if (ports.isEmpty())
            return {};
        std::sort(ports.begin(), ports.end());
        QStringList portText;
        for (int p : ports)
            portText << QString::number(p);
        const EntityIds ids = EntityIds{sg->id} + context.usersOfSecurityGroup(sg->id);
        Finding f = makeFinding(
                context, ids,
                Tr::tr("%1 accepts port(s) %2 from 0.0.0.0/0: the internet is scanned "
                       "constantly and exposed SSH/RDP is brute-forced within days. Allow it "
                       "from a known CIDR only (%3 here) and use Session Manager "
                       "(aliyun ecs StartTerminalSession) instead of public admin ports.")
                        .arg(sg->name, portText.join(QStringLiteral(", ")), inside));
        f.fix = propertyFix(Tr::tr("Narrow to %1").arg(inside), {sg->id}, Property::Rules,
                            QVariant::fromValue(narrowed));
        return {f};
    }
};

class CrossRegionInternetRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("ECS014"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override
    {
        return Tr::tr("Cross-region traffic over the public internet");
    }
    QString reference() const override { return QStringLiteral("field guide §2.3"); }
    QString helpUri() const override
    {
        return QStringLiteral(
                "https://www.alibabacloud.com/help/en/cen/product-overview/billing-rules");
    }
    bool appliesTo(EntityKind kind) const override { return kind == EntityKind::Link; }

    QString regionOfEnd(const RuleContext &context, const Entity &e) const
    {
        if (e.kind == EntityKind::Endpoint)
            return e.endpoint.kind == EndpointKind::ExternalRegion ? e.endpoint.location
                                                                   : QString();
        return context.regionCode(e.id);
    }

    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        const Entity *link = context.entity(subject);
        if (!link || link->link.path != LinkPath::Internet)
            return {};
        const Entity *from = context.entity(link->link.from);
        const Entity *to = context.entity(link->link.to);
        if (!from || !to)
            return {};
        const QString a = regionOfEnd(context, *from);
        const QString b = regionOfEnd(context, *to);
        if (a.isEmpty() || b.isEmpty() || a == b)
            return {};
        const auto internet = context.catalog().interRegionRtt(a, b, true);
        const auto cen = context.catalog().interRegionRtt(a, b, false);
        QString figures;
        if (internet && cen) {
            figures = QLatin1Char(' ')
                    + Tr::tr("Expect about %1 ms round trip over the internet against %2 ms over "
                             "CEN, with jitter and packet loss on the public path.")
                              .arg(num(internet->typicalMs), num(cen->typicalMs));
        }
        Finding f = makeFinding(
                context, {link->id, from->id, to->id},
                Tr::tr("%1 carries %2 GB/month between %3 and %4 over the public internet.")
                                .arg(link->name, gb(link->link.gbPerMonth), a, b)
                        + figures + QLatin1Char(' ')
                        + Tr::tr("Route it over Cloud Enterprise Network (CEN): Alibaba's private "
                                 "backbone."));
        f.fix = propertyFix(Tr::tr("Route over CEN"), {link->id}, Property::LinkPath,
                            QVariant::fromValue(LinkPath::Cen));
        return {f};
    }
};

class TypeNotOfferedRule : public Rule
{
public:
    QString id() const override { return QStringLiteral("ECS015"); }
    Severity severity() const override { return Severity::Error; }
    QString title() const override { return Tr::tr("Instance type not offered in the zone"); }
    QString reference() const override { return QStringLiteral("field guide §3.2"); }
    QString helpUri() const override
    {
        return QStringLiteral("https://www.alibabacloud.com/help/en/ecs/developer-reference/"
                              "api-ecs-2014-05-26-describeavailableresource");
    }
    bool appliesTo(EntityKind kind) const override
    {
        return kind == EntityKind::InstanceGroup || kind == EntityKind::ScalingGroup;
    }

    Findings evaluate(const RuleContext &context, EntityId subject) const override
    {
        const Entity *e = context.entity(subject);
        if (!e)
            return {};
        const QString type = e->compute.instanceType;
        // Unknown types: the deployability check the Terraform export refuses with.
        const validation::Problems unknown = validation::check(
                validation::Check::UnknownType, context.model(), context.catalog(), *e);
        if (!unknown.isEmpty())
            return {makeFinding(context, {e->id},
                                validation::describe(context.model(), unknown.first()))};
        QStringList missing;
        QStringList sources; // the availability data's origin: a catalog overlay's response
        for (EntityId z : context.zonesOf(e->id)) {
            const QString code = context.entity(z)->code;
            if (code.isEmpty() || context.catalog().zoneOffers(code, type))
                continue;
            missing << code;
            const SourceRef src = context.catalog().availabilitySource(code);
            const QString cited = src.asOf.isEmpty()
                    ? src.source
                    : Tr::tr("%1 (as of %2)").arg(src.source, src.asOf);
            if (!src.source.isEmpty() && !sources.contains(cited))
                sources << cited;
        }
        if (missing.isEmpty())
            return {};
        QString message = Tr::tr("%1 uses %2, which the catalog says is not offered in "
                                 "%3: provisioning will fail there. Check with "
                                 "DescribeAvailableResource and pick an offered type "
                                 "or zone.")
                                  .arg(e->name, type, missing.join(QStringLiteral(", ")));
        if (!sources.isEmpty())
            message += QLatin1Char(' ')
                    + Tr::tr("Source: %1.").arg(sources.join(QStringLiteral("; ")));
        return {makeFinding(context, {e->id}, message)};
    }
};

} // namespace

void rulesupport::appendTopologyRules(QList<const Rule *> &rules)
{
    static const SingleZoneTierRule r7;
    static const CrossZoneCacheReadRule r8;
    static const OpenAdminPortRule r9;
    static const CrossRegionInternetRule r14;
    static const TypeNotOfferedRule r15;
    rules << &r7 << &r8 << &r9 << &r14 << &r15;
}

} // namespace ecsplan
