#include "metricscalculator.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "formatting.h"
#include "model/model.h"

namespace ecsplan {

using metrics::money;
using metrics::number;

namespace {

void fillBilling(CostContribution *c, const std::array<double, BillingModelCount> &byBilling)
{
    for (int b = 0; b < BillingModelCount; ++b)
        c->byBilling[b] = toMicro(byBilling[b]);
}

CostFigure combine(const CostFigure &a, const CostFigure &b, const QString &what, const QString &currency,
                   bool explain)
{
    CostFigure c;
    c.monthly = a.monthly + b.monthly;
    c.priceMissing = a.priceMissing || b.priceMissing;
    if (!explain)
        return c;
    c.why.formula = Tr::tr("%1 = %2").arg(what, money(c.monthly, currency));
    c.why.notes << a.why.formula << b.why.formula;
    c.why.notes << a.why.notes << b.why.notes;
    c.why.citations << a.why.citations << b.why.citations;
    return c;
}

} // namespace

int MetricsCalculator::units(const Entity &compute)
{
    return compute.kind == EntityKind::ScalingGroup ? compute.compute.desiredSize : compute.compute.count;
}

QString MetricsCalculator::regionCode(EntityId id) const
{
    const Entity *r = m_model.find(m_model.regionOf(id));
    return r ? r->code : QString();
}

QString MetricsCalculator::zoneCode(EntityId id) const
{
    const Entity *z = m_model.find(m_model.zoneOf(id));
    return z ? z->code : QString();
}

LinkEnd MetricsCalculator::linkEnd(const Entity &e) const
{
    LinkEnd end;
    if (e.kind == EntityKind::Endpoint) {
        end.endpoint = true;
        if (e.endpoint.kind == EndpointKind::ExternalRegion)
            end.regionCode = e.endpoint.location;
        else
            end.outside = true;
        return end;
    }
    end.regionCode = regionCode(e.id);
    end.zoneCode = zoneCode(e.id);
    return end;
}

CostContribution MetricsCalculator::placed(const Entity &e, CostCategory category) const
{
    CostContribution c;
    c.category = category;
    c.zone = m_model.zoneOf(e.id);
    c.region = m_model.regionOf(e.id);
    return c;
}

MetricsCalculator::OwnDisk MetricsCalculator::ownPerformance(const Entity &disk) const
{
    const DiskFormula *f = m_inputs.diskFormula(disk.disk.category, disk.disk.level);
    if (!f)
        return {};
    const DiskPerformance p = diskPerformance(*f, disk.disk.sizeGiB, disk.disk.provisionedIops, false);
    return {p.iops, p.throughputMBps};
}

DiskMetrics MetricsCalculator::disk(const Entity &e, CostContribution *contribution, bool explain) const
{
    DiskMetrics m;
    const DiskData &d = e.disk;
    const DiskFormula *f = m_inputs.diskFormula(d.category, d.level);
    if (f) {
        DiskPerformance p = diskPerformance(*f, d.sizeGiB, d.provisionedIops, explain);
        m.valid = p.valid;
        m.problems = p.problems;
        m.iops = p.iops;
        m.throughputMBps = p.throughputMBps;
        m.latencyTypicalMs = f->latencyTypicalMs;
        m.latencyWorstMs = f->latencyWorstMs;
        m.iopsWhy = std::move(p.iopsWhy);
        m.throughputWhy = std::move(p.throughputWhy);
    } else {
        m.valid = false;
        m.problems << Tr::tr("unknown disk category %1 %2").arg(d.category, d.level).trimmed();
        if (explain)
            m.iopsWhy.notes = m.throughputWhy.notes = m.problems;
    }

    const Entity *compute = m_model.find(d.attachedTo);
    if (compute && !compute->isCompute())
        compute = nullptr;
    InstanceDiskLimits limits;
    double demandIops = m.iops, demandMBps = m.throughputMBps;
    if (compute) {
        limits = m_inputs.diskLimits(m_inputs.instanceType(compute->compute.instanceType));
        demandIops = demandMBps = 0;
        for (EntityId sibling : m_model.disksAttachedTo(compute->id)) {
            if (sibling == e.id) {
                demandIops += m.iops;
                demandMBps += m.throughputMBps;
            } else if (const Entity *s = m_model.find(sibling)) {
                const OwnDisk own = ownPerformance(*s);
                demandIops += own.iops;
                demandMBps += own.mbps;
            }
        }
    }
    const EffectivePerformance eff =
        effectivePerformance(m.iops, m.throughputMBps, demandIops, demandMBps, limits, explain);
    m.effectiveIopsBaseline = eff.iopsBaseline;
    m.effectiveIopsBurst = eff.iopsBurst;
    m.effectiveMBpsBaseline = eff.mbpsBaseline;
    m.effectiveMBpsBurst = eff.mbpsBurst;
    m.cappedByInstance = eff.capped;
    if (d.targetIops > 0)
        m.targetMet = m.valid && m.effectiveIopsBaseline >= d.targetIops;
    if (explain && eff.capped) {
        m.iopsWhy.notes << eff.note;
        m.iopsWhy.citations << limits.citation;
    }

    const BillingModel billing = compute ? compute->compute.billing : BillingModel::PayAsYouGo;
    const double copies = compute ? units(*compute) : 1;
    const QString region = regionCode(e.id);
    const CatalogInputs::PricedDisk &price = m_inputs.diskPrice(d.category, d.level, region);
    m.cost = diskMonthlyCost(price.price, billing, d.sizeGiB, copies, m_currency, explain);

    *contribution = placed(e, CostCategory::Storage);
    contribution->monthly = toMicro(m.cost.monthly);
    std::array<double, BillingModelCount> byBilling{};
    for (int b = 0; b < BillingModelCount; ++b) {
        byBilling[b] = BillingModel(b) == billing
                           ? m.cost.monthly
                           : diskMonthlyCost(price.price, BillingModel(b), d.sizeGiB, copies, m_currency, false).monthly;
    }
    fillBilling(contribution, byBilling);
    if (m.cost.priceMissing) {
        const bool subscription = billing == BillingModel::Subscription1Year
                                  || billing == BillingModel::Subscription3Year;
        contribution->missing << (subscription ? price.missingSubscription : price.missingPayg);
    }
    return m;
}

ComputeMetrics MetricsCalculator::compute(const Entity &e, CostContribution *contribution, bool explain) const
{
    ComputeMetrics m;
    const ComputeData &c = e.compute;
    const bool scaling = e.kind == EntityKind::ScalingGroup;
    m.instances = units(e);
    m.minInstances = scaling ? c.minSize : c.count;
    m.maxInstances = scaling ? c.maxSize : c.count;

    const InstanceTypeSpec *type = m_inputs.instanceType(c.instanceType);
    m.knownType = type != nullptr;
    const QString region = regionCode(e.id);
    const CatalogInputs::PricedItem &price = m_inputs.instancePrice(c.instanceType, region);
    const CatalogInputs::PricedDisk &system = m_inputs.diskPrice(c.systemDiskCategory, c.systemDiskLevel, region);

    const auto costAt = [&](BillingModel billing, double n, bool withText) {
        const CostFigure instances = instanceMonthlyCost(price.price, billing, n, m_currency, withText);
        const CostFigure disks = diskMonthlyCost(system.price, billing, c.systemDiskGiB, n, m_currency, withText);
        return combine(instances, disks,
                       withText ? Tr::tr("%1 × %2 with %3 GiB system disks").arg(number(n), c.instanceType,
                                                                             number(c.systemDiskGiB))
                                : QString(),
                       m_currency.display, withText);
    };
    m.cost = costAt(c.billing, m.instances, explain);
    m.monthlyAtMin = scaling ? costAt(c.billing, m.minInstances, false).monthly : m.cost.monthly;
    m.monthlyAtMax = scaling ? costAt(c.billing, m.maxInstances, false).monthly : m.cost.monthly;
    std::array<double, BillingModelCount> byBilling{};
    for (int b = 0; b < BillingModelCount; ++b) {
        byBilling[b] = BillingModel(b) == c.billing ? m.cost.monthly
                                                    : costAt(BillingModel(b), m.instances, false).monthly;
        m.monthlyByBilling.insert(BillingModel(b), byBilling[b]);
    }
    if (explain && scaling)
        m.cost.why.notes << Tr::tr("scaling group: %1 at min %2, %3 at max %4")
                                .arg(money(m.monthlyAtMin, m_currency.display), number(m.minInstances),
                                     money(m.monthlyAtMax, m_currency.display), number(m.maxInstances));

    for (EntityId id : m_model.disksAttachedTo(e.id)) {
        if (const Entity *d = m_model.find(id)) {
            const OwnDisk own = ownPerformance(*d);
            m.diskIopsDemand += own.iops;
            m.diskMBpsDemand += own.mbps;
        }
    }
    if (type) {
        m.diskIopsLimitBaseline = type->diskBaselineIops.value_or(0);
        m.diskIopsLimitBurst = type->diskBurstIops.value_or(m.diskIopsLimitBaseline);
        m.diskMBpsLimitBaseline = type->diskBaselineMBps.value_or(0);
        m.diskMBpsLimitBurst = type->diskBurstMBps.value_or(m.diskMBpsLimitBaseline);
        if (type->localStorage) {
            const auto &local = *type->localStorage;
            m.localStorageGiB = local.totalGiB();
            m.localStorageKind = local.kind;
            m.localStorageReadIops = local.maxReadIops.value_or(0);
            m.localStorageReadGBps = local.readGBps;
            m.localStorageWriteGBps = local.writeGBps;
        }
    } else if (explain) {
        m.cost.why.notes << Tr::tr("%1 is not in the catalog").arg(c.instanceType);
    }

    *contribution = placed(e, CostCategory::Compute);
    contribution->monthly = toMicro(m.cost.monthly);
    fillBilling(contribution, byBilling);
    if (m.cost.priceMissing) {
        if (instanceMonthlyCost(price.price, c.billing, 1, m_currency, false).priceMissing)
            contribution->missing << price.missingKeys.at(int(c.billing));
        if (diskMonthlyCost(system.price, c.billing, 1, 1, m_currency, false).priceMissing) {
            const bool subscription = c.billing == BillingModel::Subscription1Year
                                      || c.billing == BillingModel::Subscription3Year;
            contribution->missing << (subscription ? system.missingSubscription : system.missingPayg);
        }
    }
    return m;
}

CacheMetrics MetricsCalculator::cache(const Entity &e, CostContribution *contribution, bool explain) const
{
    CacheMetrics m;
    const QString region = regionCode(e.id);
    const CatalogInputs::PricedItem &price = m_inputs.cachePrice(e.cache.instanceClass, region);
    m.cost = instanceMonthlyCost(price.price, e.cache.billing, 1, m_currency, explain);
    m.memoryGB = m_inputs.cacheMemoryGB(e.cache.instanceClass).value_or(0);
    *contribution = placed(e, CostCategory::Cache);
    contribution->monthly = toMicro(m.cost.monthly);
    std::array<double, BillingModelCount> byBilling{};
    for (int b = 0; b < BillingModelCount; ++b)
        byBilling[b] = instanceMonthlyCost(price.price, BillingModel(b), 1, m_currency, false).monthly;
    fillBilling(contribution, byBilling);
    if (m.cost.priceMissing)
        contribution->missing << price.missingKeys.at(int(e.cache.billing));
    return m;
}

CostFigure MetricsCalculator::loadBalancer(const Entity &e, CostContribution *contribution, bool explain) const
{
    const QString region = regionCode(e.id);
    const CatalogInputs::ServiceItem &item =
        m_inputs.loadBalancerPrice(e.loadBalancer.kind, e.loadBalancer.edition, region);
    CostFigure cost = serviceMonthlyCost(item.price, item.label, m_currency, explain);
    if (explain)
        cost.why.notes << Tr::tr("instance fee only; capacity units (LCU) are not priced by the catalog");
    *contribution = placed(e, CostCategory::LoadBalancing);
    contribution->monthly = toMicro(cost.monthly);
    contribution->byBilling.fill(contribution->monthly);
    if (cost.priceMissing)
        contribution->missing << item.missingKey;
    return cost;
}

LinkMetrics MetricsCalculator::link(const Entity &e, CostContribution *contribution, bool explain) const
{
    LinkMetrics m;
    const Entity *from = m_model.find(e.link.from);
    const Entity *to = m_model.find(e.link.to);
    const LinkEnd a = from ? linkEnd(*from) : LinkEnd{};
    const LinkEnd b = to ? linkEnd(*to) : LinkEnd{};
    m.scope = linkScope(a, b, e.link.path);
    m.transferClass = transferClass(m.scope, a);
    m.transferGBPerMonth = e.link.gbPerMonth;

    Citation rttWhy;
    if (const std::optional<RttRange> rtt = m_inputs.linkRtt(m.scope, a.regionCode, b.regionCode, &rttWhy)) {
        m.latencyTypicalMs = rtt->typicalMs;
        m.latencyWorstMs = rtt->worstMs;
        if (explain) {
            m.latencyWhy.formula = Tr::tr("%1: %2–%3 ms round trip")
                                       .arg(displayName(m.scope), number(rtt->typicalMs, 3), number(rtt->worstMs, 3));
            m.latencyWhy.citations << rttWhy;
        }
    } else if (explain) {
        m.latencyWhy.formula = Tr::tr("%1: no latency figure").arg(displayName(m.scope));
        m.latencyWhy.notes << (m.scope == LinkScope::Internet
                                   ? Tr::tr("latency between the internet and the region is not modelled")
                                   : Tr::tr("the catalog has no round-trip figure for %1 ↔ %2")
                                         .arg(a.regionCode, b.regionCode));
    }

    const QString fromRegion = a.regionCode.isEmpty() ? b.regionCode : a.regionCode;
    const TransferRate &rate = m_inputs.transferRate(m.transferClass, fromRegion, b.regionCode);
    m.cost = transferMonthlyCost(m.transferClass, m.transferGBPerMonth, rate, m_currency, explain);

    const Entity *home = (from && from->kind != EntityKind::Endpoint) ? from : to;
    *contribution = home ? placed(*home, CostCategory::Network) : CostContribution{};
    contribution->category = CostCategory::Network;
    contribution->monthly = toMicro(m.cost.monthly);
    contribution->byBilling.fill(contribution->monthly);
    if (m.cost.priceMissing)
        contribution->missing << missingPriceKey(rate.label, BillingModel::PayAsYouGo);
    if (m.transferClass == TransferClass::InternetEgress && !m.cost.priceMissing) {
        contribution->egressGroup = m_inputs.isMainland(fromRegion) ? 0 : 1;
        contribution->egressGB = toMicro(m.transferGBPerMonth);
        contribution->egressCost = contribution->monthly;
    }
    return m;
}

} // namespace ecsplan
