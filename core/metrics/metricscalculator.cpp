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

CostFigure combine(const CostFigure &a, const CostFigure &b, const QString &what,
                   const QString &currency, bool explain)
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
    return compute.kind == EntityKind::ScalingGroup ? compute.compute.desiredSize
                                                    : compute.compute.count;
}

QString MetricsCalculator::Placement::regionCode() const
{
    return region ? region->code : QString();
}

QString MetricsCalculator::Placement::zoneCode() const
{
    return zone ? zone->code : QString();
}

MetricsCalculator::Placement MetricsCalculator::placement(const Entity &e) const
{
    Placement where;
    if (e.kind == EntityKind::Region) {
        where.region = &e;
        return where;
    }
    const bool cached = e.kind != EntityKind::Zone;
    if (cached) {
        if (const auto it = m_placements.constFind(e.parent); it != m_placements.constEnd())
            return *it;
    }
    const Entity *p = e.kind == EntityKind::Zone ? &e : m_model.find(e.parent);
    if (p && p->kind == EntityKind::Zone) {
        where.zone = p;
        p = m_model.find(p->parent);
    }
    if (p && p->kind == EntityKind::Region)
        where.region = p;
    if (cached)
        m_placements.insert(e.parent, where);
    return where;
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
    const Placement where = placement(e);
    end.regionCode = where.regionCode();
    end.zoneCode = where.zoneCode();
    return end;
}

CostContribution MetricsCalculator::placed(const Placement &where, CostCategory category)
{
    CostContribution c;
    c.category = category;
    c.zone = where.zone ? where.zone->id : EntityId::None;
    c.region = where.region ? where.region->id : EntityId::None;
    return c;
}

MetricsCalculator::OwnDisk MetricsCalculator::ownPerformance(const Entity &disk) const
{
    const DiskFormula *f = m_inputs.diskFormula(disk.disk.category, disk.disk.level);
    if (!f)
        return {};
    const DiskPerformance p
            = diskPerformance(*f, disk.disk.sizeGiB, disk.disk.provisionedIops, false);
    return {p.iops, p.throughputMBps};
}

MetricsCalculator::OwnDisk MetricsCalculator::attachedDemand(EntityId compute) const
{
    if (const auto it = m_attachedDemand.constFind(compute); it != m_attachedDemand.constEnd())
        return *it;
    OwnDisk sum;
    for (EntityId id : m_model.disksAttachedTo(compute)) {
        if (const Entity *d = m_model.find(id)) {
            const OwnDisk own = ownPerformance(*d);
            sum.iops += own.iops;
            sum.mbps += own.mbps;
        }
    }
    m_attachedDemand.insert(compute, sum);
    return sum;
}

DiskMetrics MetricsCalculator::disk(const Entity &e, CostContribution *contribution,
                                    bool explain) const
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
        // The group's demand is the same for each of its disks: summed once per calculator, so
        // a recompute of k sibling disks costs O(k), not O(k²). This disk's own share is the
        // figure computed above (identical to ownPerformance()).
        const OwnDisk demand = attachedDemand(compute->id);
        demandIops = demand.iops;
        demandMBps = demand.mbps;
    }
    const EffectivePerformance eff = effectivePerformance(m.iops, m.throughputMBps, demandIops,
                                                          demandMBps, limits, explain);
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
    const Placement where = placement(e);
    const QString region = where.regionCode();
    const CatalogInputs::PricedDisk &price = m_inputs.diskPrice(d.category, d.level, region);
    m.cost = diskMonthlyCost(price.price, billing, d.sizeGiB, copies, m_currency, explain);

    *contribution = placed(where, CostCategory::Storage);
    contribution->monthly = toMicro(m.cost.monthly);
    std::array<double, BillingModelCount> byBilling{};
    for (int b = 0; b < BillingModelCount; ++b) {
        byBilling[b] = BillingModel(b) == billing
                ? m.cost.monthly
                : diskMonthlyCost(price.price, BillingModel(b), d.sizeGiB, copies, m_currency,
                                  false)
                          .monthly;
    }
    fillBilling(contribution, byBilling);
    if (m.cost.priceMissing) {
        const bool subscription = billing == BillingModel::Subscription1Year
                || billing == BillingModel::Subscription3Year;
        contribution->missing << (subscription ? price.missingSubscription : price.missingPayg);
    }
    return m;
}

const MetricsCalculator::ComputeInputs &MetricsCalculator::computeInputs(
        const ComputeData &c, const Placement &where) const
{
    const ComputeKey key{where.region, c.instanceType, c.systemDiskCategory, c.systemDiskLevel};
    if (const auto it = m_computeInputs.constFind(key); it != m_computeInputs.constEnd())
        return *it;
    const QString region = where.regionCode();
    ComputeInputs inputs;
    inputs.type = m_inputs.instanceType(c.instanceType);
    inputs.price = m_inputs.instancePrice(c.instanceType, region);
    inputs.system = m_inputs.diskPrice(c.systemDiskCategory, c.systemDiskLevel, region);
    return *m_computeInputs.insert(key, inputs);
}

ComputeMetrics MetricsCalculator::compute(const Entity &e, CostContribution *contribution,
                                          bool explain) const
{
    ComputeMetrics m;
    const ComputeData &c = e.compute;
    const bool scaling = e.kind == EntityKind::ScalingGroup;
    m.instances = units(e);
    m.minInstances = scaling ? c.minSize : c.count;
    m.maxInstances = scaling ? c.maxSize : c.count;

    const Placement where = placement(e);
    const ComputeInputs &inputs = computeInputs(c, where);
    const InstanceTypeSpec *type = inputs.type;
    m.knownType = type != nullptr;
    const CatalogInputs::PricedItem &price = inputs.price;
    const CatalogInputs::PricedDisk &system = inputs.system;

    const auto costAt = [&](BillingModel billing, double n, bool withText) {
        const CostFigure instances
                = instanceMonthlyCost(price.price, billing, n, m_currency, withText);
        const CostFigure disks
                = diskMonthlyCost(system.price, billing, c.systemDiskGiB, n, m_currency, withText);
        return combine(instances, disks,
                       withText ? Tr::tr("%1 × %2 with %3 GiB system disks")
                                          .arg(number(n), c.instanceType, number(c.systemDiskGiB))
                                : QString(),
                       m_currency.display, withText);
    };
    m.cost = costAt(c.billing, m.instances, explain);
    m.monthlyAtMin = scaling ? costAt(c.billing, m.minInstances, false).monthly : m.cost.monthly;
    m.monthlyAtMax = scaling ? costAt(c.billing, m.maxInstances, false).monthly : m.cost.monthly;
    std::array<double, BillingModelCount> byBilling{};
    for (int b = 0; b < BillingModelCount; ++b) {
        byBilling[b] = BillingModel(b) == c.billing
                ? m.cost.monthly
                : costAt(BillingModel(b), m.instances, false).monthly;
    }
    m.monthlyByBilling.amounts = byBilling;
    if (explain && scaling)
        m.cost.why.notes << Tr::tr("scaling group: %1 at min %2, %3 at max %4")
                                    .arg(money(m.monthlyAtMin, m_currency.display),
                                         number(m.minInstances),
                                         money(m.monthlyAtMax, m_currency.display),
                                         number(m.maxInstances));

    const OwnDisk demand = attachedDemand(e.id);
    m.diskIopsDemand = demand.iops;
    m.diskMBpsDemand = demand.mbps;
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

    *contribution = placed(where, CostCategory::Compute);
    contribution->monthly = toMicro(m.cost.monthly);
    fillBilling(contribution, byBilling);
    if (m.cost.priceMissing) {
        if (instanceMonthlyCost(price.price, c.billing, 1, m_currency, false).priceMissing)
            contribution->missing << price.missingKeys.at(int(c.billing));
        if (diskMonthlyCost(system.price, c.billing, 1, 1, m_currency, false).priceMissing) {
            const bool subscription = c.billing == BillingModel::Subscription1Year
                    || c.billing == BillingModel::Subscription3Year;
            contribution->missing << (subscription ? system.missingSubscription
                                                   : system.missingPayg);
        }
    }
    return m;
}

CacheMetrics MetricsCalculator::cache(const Entity &e, CostContribution *contribution,
                                      bool explain) const
{
    CacheMetrics m;
    const Placement where = placement(e);
    const QString region = where.regionCode();
    const CatalogInputs::PricedItem &price = m_inputs.cachePrice(e.cache.instanceClass, region);
    m.cost = instanceMonthlyCost(price.price, e.cache.billing, 1, m_currency, explain);
    m.memoryGB = m_inputs.cacheMemoryGB(e.cache.instanceClass).value_or(0);
    *contribution = placed(where, CostCategory::Cache);
    contribution->monthly = toMicro(m.cost.monthly);
    std::array<double, BillingModelCount> byBilling{};
    for (int b = 0; b < BillingModelCount; ++b)
        byBilling[b]
                = instanceMonthlyCost(price.price, BillingModel(b), 1, m_currency, false).monthly;
    fillBilling(contribution, byBilling);
    if (m.cost.priceMissing)
        contribution->missing << price.missingKeys.at(int(e.cache.billing));
    return m;
}

CostFigure MetricsCalculator::loadBalancer(const Entity &e, CostContribution *contribution,
                                           bool explain) const
{
    const Placement where = placement(e);
    const QString region = where.regionCode();
    const CatalogInputs::ServiceItem &item
            = m_inputs.loadBalancerPrice(e.loadBalancer.kind, e.loadBalancer.edition, region);
    CostFigure cost = serviceMonthlyCost(item.price, item.label, m_currency, explain);
    if (explain)
        cost.why.notes << Tr::tr(
                "instance fee only; capacity units (LCU) are not priced by the catalog");
    *contribution = placed(where, CostCategory::LoadBalancing);
    contribution->monthly = toMicro(cost.monthly);
    contribution->byBilling.fill(contribution->monthly);
    if (cost.priceMissing)
        contribution->missing << item.missingKey;
    return cost;
}

const Entity *MetricsCalculator::endKey(const Entity *e) const
{
    if (!e || e->kind == EntityKind::Endpoint)
        return e;
    const Placement where = placement(*e);
    return where.zone ? where.zone : where.region;
}

MetricsCalculator::LinkClass MetricsCalculator::classify(const LinkEnd &a, const LinkEnd &b,
                                                         LinkPath path, Citation *rttWhy) const
{
    LinkClass k;
    k.scope = linkScope(a, b, path);
    k.transferClass = transferClass(k.scope);
    k.rtt = m_inputs.linkRtt(k.scope, a.regionCode, b.regionCode, rttWhy);
    const QString &fromRegion = a.regionCode.isEmpty() ? b.regionCode : a.regionCode;
    k.rate = m_inputs.transferRate(k.transferClass, fromRegion, b.regionCode);
    k.mainland = m_inputs.isMainland(fromRegion);
    return k;
}

LinkMetrics MetricsCalculator::link(const Entity &e, CostContribution *contribution,
                                    bool explain) const
{
    LinkMetrics m;
    const Entity *from = m_model.find(e.link.from);
    const Entity *to = m_model.find(e.link.to);
    LinkClass fresh;
    const LinkClass *k = &fresh;
    LinkEnd a, b;
    Citation rttWhy;
    if (explain) {
        a = from ? linkEnd(*from) : LinkEnd{};
        b = to ? linkEnd(*to) : LinkEnd{};
        fresh = classify(a, b, e.link.path, &rttWhy);
    } else {
        const LinkKey key{endKey(from), endKey(to), e.link.path};
        auto it = m_linkClasses.constFind(key);
        if (it == m_linkClasses.constEnd()) {
            a = from ? linkEnd(*from) : LinkEnd{};
            b = to ? linkEnd(*to) : LinkEnd{};
            it = m_linkClasses.insert(key, classify(a, b, e.link.path, nullptr));
        }
        k = &*it;
    }
    m.scope = k->scope;
    m.transferClass = k->transferClass;
    m.transferGBPerMonth = e.link.gbPerMonth;

    if (const std::optional<RttRange> &rtt = k->rtt) {
        m.latencyTypicalMs = rtt->typicalMs;
        m.latencyWorstMs = rtt->worstMs;
        if (explain) {
            m.latencyWhy.formula = Tr::tr("%1: %2–%3 ms round trip")
                                           .arg(displayName(m.scope), number(rtt->typicalMs, 3),
                                                number(rtt->worstMs, 3));
            m.latencyWhy.citations << rttWhy;
        }
    } else {
        m.latencyKnown = false;
        if (explain) {
            m.latencyWhy.formula = Tr::tr("%1: no latency figure").arg(displayName(m.scope));
            m.latencyWhy.notes
                    << (m.scope == LinkScope::Internet
                                ? Tr::tr("latency between the internet and the region is not "
                                         "modelled")
                                : Tr::tr("the catalog has no round-trip figure for %1 ↔ %2")
                                          .arg(a.regionCode, b.regionCode));
        }
    }

    const TransferRate &rate = k->rate;
    double billedGB = m.transferGBPerMonth;
    if (m.scope == LinkScope::Internet) {
        auto outside = [](const Entity *x) {
            return x && x->kind == EntityKind::Endpoint
                    && x->endpoint.kind != EndpointKind::ExternalRegion;
        };
        const double share = internetEgressShare(outside(from), outside(to), e.link.readFraction);
        billedGB = m.transferGBPerMonth * share;
        if (billedGB <= 0)
            m.transferClass = TransferClass::InternetIngress;
        m.cost = transferMonthlyCost(m.transferClass, billedGB, rate, m_currency, explain);
        if (explain && share < 1.0 && billedGB > 0)
            m.cost.why.notes.prepend(
                    Tr::tr("%1 of the link's %2 GB leave Alibaba Cloud (replies to the "
                           "requester count as egress; inbound traffic is free)")
                            .arg(QStringLiteral("%1 %").arg(qRound(share * 100)),
                                 QString::number(m.transferGBPerMonth, 'f', 0)));
    } else {
        m.cost = transferMonthlyCost(m.transferClass, billedGB, rate, m_currency, explain);
    }

    const Entity *home = (from && from->kind != EntityKind::Endpoint) ? from : to;
    *contribution = home ? placed(placement(*home), CostCategory::Network) : CostContribution{};
    contribution->category = CostCategory::Network;
    contribution->monthly = toMicro(m.cost.monthly);
    contribution->byBilling.fill(contribution->monthly);
    if (m.cost.priceMissing)
        contribution->missing << missingPriceKey(rate.label, BillingModel::PayAsYouGo);
    if (m.transferClass == TransferClass::InternetEgress && !m.cost.priceMissing) {
        contribution->egressGroup = k->mainland ? 0 : 1;
        contribution->egressGB = toMicro(billedGB);
        contribution->egressCost = contribution->monthly;
    }
    return m;
}

} // namespace ecsplan
