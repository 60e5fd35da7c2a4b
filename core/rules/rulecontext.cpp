#include "rulecontext.h"

#include "catalog/catalog.h"
#include "metrics/metricsengine.h"
#include "rulesupport.h"

#include <algorithm>
#include <deque>

namespace ecsplan {

RuleContext::RuleContext(const Model &model, const Catalog &catalog, const MetricsEngine *metrics)
    : m_model(model)
    , m_catalog(catalog)
    , m_metrics(metrics)
{
}

const InstanceTypeSpec *RuleContext::instanceType(const Entity &compute) const
{
    return compute.isCompute() ? m_catalog.instanceType(compute.compute.instanceType) : nullptr;
}

const DiskCategorySpec *RuleContext::diskCategory(const Entity &disk) const
{
    return m_catalog.diskCategory(disk.disk.category, disk.disk.level);
}

QString RuleContext::regionCode(EntityId id) const
{
    const Entity *region = m_model.find(m_model.regionOf(id));
    return region ? region->code : QString();
}

QString RuleContext::zoneCode(EntityId id) const
{
    const Entity *zone = m_model.find(m_model.zoneOf(id));
    return zone ? zone->code : QString();
}

EntityIds RuleContext::zonesOf(EntityId id) const
{
    const Entity *e = m_model.find(id);
    if (!e)
        return {};
    if (e->kind == EntityKind::ScalingGroup || e->kind == EntityKind::LoadBalancer)
        return m_model.spannedZones(id);
    const EntityId zone = m_model.zoneOf(id);
    return isValid(zone) ? EntityIds{zone} : EntityIds{};
}

int RuleContext::instanceCount(const Entity &compute) const
{
    return compute.kind == EntityKind::ScalingGroup ? compute.compute.desiredSize
                                                    : compute.compute.count;
}

std::optional<double> RuleContext::instanceMonthly(const QString &type, const QString &region) const
{
    const PriceRow *row = m_catalog.instancePrice(type, region, QStringLiteral("PayAsYouGo"));
    if (!row)
        return std::nullopt;
    return monthly(*row);
}

std::optional<double> RuleContext::diskMonthly(const QString &category, const QString &level,
                                               int sizeGiB, const QString &region) const
{
    const PriceRow *row
            = m_catalog.diskPrice(category, level, region, QStringLiteral("PayAsYouGo"));
    if (!row)
        return std::nullopt;
    return monthly(*row, sizeGiB);
}

double RuleContext::monthly(const PriceRow &row, double quantity) const
{
    double amount = row.amount * quantity;
    switch (row.unit) {
    case PriceUnit::PerHour:
    case PriceUnit::PerGiBHour:
        amount *= m_catalog.monthHours();
        break;
    case PriceUnit::PerMonth:
    case PriceUnit::PerGiBMonth:
    case PriceUnit::PerGB:
        break;
    }
    const DesignSettings &settings = m_model.settings();
    const double rate = settings.cnyPerUsd > 0 ? settings.cnyPerUsd : 7.2;
    if (row.currency == QLatin1String("USD") && settings.currency == QLatin1String("CNY"))
        amount *= rate;
    else if (row.currency == QLatin1String("CNY") && settings.currency == QLatin1String("USD"))
        amount /= rate;
    return amount;
}

QString RuleContext::money(double amount) const
{
    return QStringLiteral("%1 %2").arg(m_model.settings().currency, rulesupport::num(amount, 2));
}

const MetricsEngine *RuleContext::freshMetrics() const
{
    return m_metrics && !m_metrics->isDirty() ? m_metrics : nullptr;
}

double RuleContext::diskIops(const Entity &disk) const
{
    if (const MetricsEngine *metrics = freshMetrics()) {
        if (const DiskMetrics *m = metrics->disk(disk.id))
            return m->iops;
    }
    const DiskCategorySpec *spec = diskCategory(disk);
    if (!spec || !spec->hasFormula)
        return 0;
    double iops = spec->iops.at(disk.disk.sizeGiB);
    if (disk.disk.category == QLatin1String("cloud_auto"))
        iops = std::max(iops, spec->autoBaselineFloorIops) + disk.disk.provisionedIops;
    return iops;
}

double RuleContext::diskMBps(const Entity &disk) const
{
    if (const MetricsEngine *metrics = freshMetrics()) {
        if (const DiskMetrics *m = metrics->disk(disk.id))
            return m->throughputMBps;
    }
    const DiskCategorySpec *spec = diskCategory(disk);
    if (!spec || !spec->hasFormula)
        return 0;
    double mbps = spec->throughputMBps.at(disk.disk.sizeGiB);
    if (disk.disk.category == QLatin1String("cloud_auto"))
        mbps = std::max(mbps, spec->autoBaselineFloorMBps)
                + spec->autoMBpsPerProvisionedIops * disk.disk.provisionedIops;
    return mbps;
}

void RuleContext::buildIndexes() const
{
    if (m_indexed)
        return;
    m_indexed = true;
    for (const Entity &e : m_model.entities()) { // hash order: sorted below
        if (e.isCompute()) {
            m_computes << e.id;
            for (EntityId sg : e.compute.securityGroups)
                m_sgUsers[sg] << e.id;
        } else if (e.kind == EntityKind::Cache && isValid(e.cache.readReplicaOf)) {
            m_replicas[e.cache.readReplicaOf] << e.id;
        } else if (e.kind == EntityKind::Zone) {
            m_regionZones[m_model.regionOf(e.id)] << e.id;
        }
    }
    const auto ascending = [](EntityId a, EntityId b) {
        return toUInt(a) < toUInt(b);
    };
    std::sort(m_computes.begin(), m_computes.end(), ascending);
    for (auto *index : {&m_sgUsers, &m_replicas, &m_regionZones}) {
        for (EntityIds &list : *index)
            std::sort(list.begin(), list.end(), ascending);
    }
}

const EntityIds &RuleContext::computeIds() const
{
    buildIndexes();
    return m_computes;
}

EntityIds RuleContext::usersOfSecurityGroup(EntityId securityGroup) const
{
    buildIndexes();
    return m_sgUsers.value(securityGroup);
}

EntityIds RuleContext::replicasOf(EntityId cache) const
{
    buildIndexes();
    return m_replicas.value(cache);
}

EntityIds RuleContext::zonesOfRegion(EntityId region) const
{
    if (!isValid(region)) {
        buildIndexes();
        return m_regionZones.value(region);
    }
    EntityIds zones; // a zone's parent is its region (Model::checkPlacement)
    for (EntityId child : m_model.childrenOf(region)) {
        const Entity *e = m_model.find(child);
        if (e && e->kind == EntityKind::Zone)
            zones << child;
    }
    std::sort(zones.begin(), zones.end(),
              [](EntityId a, EntityId b) { return toUInt(a) < toUInt(b); });
    return zones;
}

bool RuleContext::reachableFromInternet(EntityId id) const
{
    return reachableSet().contains(id);
}

const QSet<EntityId> &RuleContext::reachableSet() const
{
    if (!m_reachable) {
        QSet<EntityId> seen;
        std::deque<EntityId> queue;
        for (EntityId e : m_model.ids(EntityKind::Endpoint)) {
            if (m_model.find(e)->endpoint.kind == EndpointKind::InternetUsers) {
                seen.insert(e);
                queue.push_back(e);
            }
        }
        // Traffic flows along links from -> to; a load balancer forwards to what it links to.
        while (!queue.empty()) {
            const EntityId node = queue.front();
            queue.pop_front();
            for (EntityId linkId : m_model.linksOf(node)) {
                const Entity *link = m_model.find(linkId);
                if (link && link->link.from == node && !seen.contains(link->link.to)) {
                    seen.insert(link->link.to);
                    queue.push_back(link->link.to);
                }
            }
        }
        m_reachable = std::move(seen);
    }
    return *m_reachable;
}

bool RuleContext::hasTag(const Entity &e, const QString &tag)
{
    return e.compute.tags.contains(tag, Qt::CaseInsensitive)
            || e.compute.role.compare(tag, Qt::CaseInsensitive) == 0;
}

} // namespace ecsplan
