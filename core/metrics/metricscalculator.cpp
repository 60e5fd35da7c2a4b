#include "metricscalculator.h"
#include "metricscalculator_p.h"
#include "model/billing.h"

#include "catalog/catalog.h"
#include "catalog/diskattachment.h"
#include "demand.h"
#include "ecsplan_global.h"
#include "formatting.h"
#include "model/model.h"

#include <algorithm>

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

MetricsCalculator::MetricsCalculator(const Model &model, const CatalogInputs &inputs,
                                     const CurrencyContext &currency)
    : m_model(model)
    , m_inputs(inputs)
    , m_currency(currency)
{
}

MetricsCalculator::~MetricsCalculator() = default;

void MetricsCalculator::reserve(qsizetype entities, quint32 ids) const
{
    m_placements.reserve(64, ids, entities);
    m_attachedDemand.reserve(entities / 4, ids, entities);
    m_linkFlows.reserve(entities / 2, ids, entities);
    m_nodes.reserve(entities / 2, ids, entities);
}

void MetricsCalculator::note(const Entity &e) const
{
    m_nodes.insert(e.id, {&e, placement(e), e.kind});
}

const Entity *MetricsCalculator::node(EntityId id) const
{
    const NodeRef *ref = m_nodes.find(id);
    return ref ? ref->entity : m_model.find(id);
}

const demand::LinkFlow &MetricsCalculator::linkFlow(const Entity &link) const
{
    if (const demand::LinkFlow *known = m_linkFlows.find(link.id))
        return *known;
    m_linkFlows.insert(link.id, demand::linkFlow(link, m_model.settings()));
    return *m_linkFlows.find(link.id);
}

demand::ComponentDemand MetricsCalculator::componentDemand(EntityId node) const
{
    // demand::componentDemand's walk, with the flows recorded by link() (a full recompute).
    demand::ComponentDemand c;
    // Flows are recorded in a full recompute, which notes every node before it computes the
    // links; an edit's flush notes none, and its few sums read few links: recording their
    // flows would cost more than it saves.
    const bool record = !m_nodes.isEmpty();
    const EntityIds links = m_model.linksOf(node); // const: iterating does not detach it
    for (EntityId id : links) {
        if (const demand::LinkFlow *flow = m_linkFlows.find(id)) {
            demand::addFlow(c, *flow, node);
            continue;
        }
        const Entity *e = m_model.find(id);
        if (!e)
            continue;
        demand::addFlow(c, record ? linkFlow(*e) : demand::linkFlow(*e, m_model.settings()), node);
    }
    return c;
}

MetricsCalculator::Memo &MetricsCalculator::memo() const
{
    if (!m_memo)
        m_memo = std::make_unique<Memo>();
    return *m_memo;
}

DiskPerformance MetricsCalculator::explainedPerformance(const DiskFormula &f,
                                                        const DiskData &d) const
{
    // The formula is a function of (category, level) for this calculator's catalog.
    const Memo::PerformanceKey key{f.category, f.level, d.sizeGiB, d.provisionedIops,
                                   d.burstingEnabled};
    QHash<Memo::PerformanceKey, DiskPerformance> &known = memo().performances;
    auto it = known.constFind(key);
    if (it == known.constEnd())
        it = known.insert(
                key, diskPerformance(f, d.sizeGiB, d.provisionedIops, true, d.burstingEnabled));
    return *it;
}

CostFigure MetricsCalculator::explainedDiskCost(const CatalogInputs::PricedDisk &price,
                                                const DiskData &d, const QString &region,
                                                BillingModel billing, double copies) const
{
    // `price` is a function of (category, level, region) for this calculator's catalog.
    const Memo::DiskCostKey key{d.category, d.level, region, billing, d.sizeGiB, copies};
    QHash<Memo::DiskCostKey, CostFigure> &known = memo().diskCosts;
    auto it = known.constFind(key);
    if (it == known.constEnd())
        it = known.insert(key,
                          diskMonthlyCost(price.price, billing, d.sizeGiB, copies, m_currency));
    return *it;
}

CostFigure MetricsCalculator::transferCost(TransferClass transferClass, double gb,
                                           const TransferRate &rate, bool explain) const
{
    if (!explain)
        return transferMonthlyCost(transferClass, gb, rate, m_currency, false);
    const Memo::TransferKey key{transferClass, gb, rate.label};
    QHash<Memo::TransferKey, CostFigure> &known = memo().transfers;
    auto it = known.constFind(key);
    if (it == known.constEnd())
        it = known.insert(key, transferMonthlyCost(transferClass, gb, rate, m_currency, true));
    return *it;
}

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
        if (const Placement *known = m_placements.find(e.parent))
            return *known;
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

DiskLoad MetricsCalculator::ownPerformance(const Entity &disk, const InstanceTypeSpec *type) const
{
    const DiskFormula *f = diskFormula(disk.disk.category, disk.disk.level);
    if (!f || !diskAttachment(type, disk.disk.category, disk.disk.level).allowed)
        return {};
    const DiskPerformance p = diskPerformance(*f, disk.disk.sizeGiB, disk.disk.provisionedIops,
                                              false, disk.disk.burstingEnabled);
    return {p.iops, p.throughputMBps, p.burstIops, p.burstMBps};
}

DiskLoad MetricsCalculator::attachedDemand(EntityId compute, const InstanceTypeSpec *type) const
{
    if (const DiskLoad *known = m_attachedDemand.find(compute))
        return *known;
    DiskLoad sum;
    const EntityIds disks = m_model.disksAttachedTo(compute); // const: no detach
    for (EntityId id : disks) {
        if (const Entity *d = node(id)) {
            const DiskLoad own = ownPerformance(*d, type);
            sum.iops += own.iops;
            sum.mbps += own.mbps;
            sum.burstIops += own.burstIops;
            sum.burstMBps += own.burstMBps;
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
    const DiskFormula *f = diskFormula(d.category, d.level);
    DiskLoad own;
    double provisioned = 0;
    if (f) {
        DiskPerformance p = explain
                ? explainedPerformance(*f, d)
                : diskPerformance(*f, d.sizeGiB, d.provisionedIops, false, d.burstingEnabled);
        m.valid = p.valid;
        m.problems = p.problems;
        m.iops = p.iops;
        m.throughputMBps = p.throughputMBps;
        own = {p.iops, p.throughputMBps, p.burstIops, p.burstMBps};
        provisioned = p.provisionedIops;
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

    const Entity *compute = node(d.attachedTo);
    if (compute && !compute->isCompute())
        compute = nullptr;
    InstanceDiskLimits limits;
    DiskLoad demand = own;
    if (compute) {
        const InstanceTypeSpec *type = instanceType(compute->compute.instanceType);
        const DiskAttachment pairing = diskAttachment(type, d.category, d.level);
        if (!pairing.allowed) {
            // The pairing cannot be created: no figure is honest but none.
            m.attachable = false;
            m.problems << pairing.problem;
            own = {};
            if (explain) {
                m.iopsWhy.notes << pairing.problem;
                m.throughputWhy.notes << pairing.problem;
            }
        } else if (!pairing.caveat.isEmpty()) {
            m.caveats << pairing.caveat;
            if (explain)
                m.iopsWhy.notes << pairing.caveat;
        }
        if (explain && !pairing.source.isEmpty() && (!pairing.allowed || !pairing.caveat.isEmpty()))
            m.iopsWhy.citations << Citation{Tr::tr("%1 disk categories").arg(type->family),
                                            pairing.source,
                                            QString(),
                                            false,
                                            QStringLiteral("official"),
                                            QString()};
        limits = m_inputs.diskLimits(type);
        // Every disk of the group sees the same summed demand (this disk's share is `own`,
        // which ownPerformance() computes identically).
        demand = attachedDemand(compute->id, type);
    }
    const EffectivePerformance eff = effectivePerformance(own, demand, limits, explain);
    m.effectiveIopsBaseline = eff.iopsBaseline;
    m.effectiveIopsBurst = eff.iopsBurst;
    m.effectiveMBpsBaseline = eff.mbpsBaseline;
    m.effectiveMBpsBurst = eff.mbpsBurst;
    m.cappedByInstance = eff.capped;
    if (d.targetIops > 0)
        m.targetMet = m.valid && m.attachable && m.effectiveIopsBaseline >= d.targetIops;
    if (explain && eff.capped) {
        if (!eff.iopsNote.isEmpty()) {
            m.iopsWhy.notes << eff.iopsNote;
            m.iopsWhy.citations << limits.citation;
        }
        if (!eff.mbpsNote.isEmpty()) {
            m.throughputWhy.notes << eff.mbpsNote;
            m.throughputWhy.citations << limits.citation;
        }
    }

    const BillingModel billing = compute ? compute->compute.billing : BillingModel::PayAsYouGo;
    const double copies = compute ? units(*compute) : 1;
    const Placement where = placement(e);
    const QString region = where.regionCode();
    const CatalogInputs::PricedDisk &price = diskPrice(d.category, d.level, where);
    DiskCost &plain = diskCost({&price, billing, compute != nullptr, d.sizeGiB, copies});
    m.cost = explain ? explainedDiskCost(price, d, region, billing, copies) : plain.cost;

    *contribution = placed(where, CostCategory::Storage);
    std::array<double, BillingModelCount> byBilling = plain.byBilling;
    // The AutoPL fees below may add keys to the plain capacity's missing prices.
    std::optional<MissingLists> extra;
    const auto addMissing = [&](quint32 key) {
        if (!extra)
            extra = plain.missing;
        extra->addEverywhere(key);
    };

    if (f && f->isAutoPL() && m.valid) {
        // AutoPL bills, besides its capacity, every provisioned IOPS per hour and every burst
        // I/O beyond the baseline (per 10,000): priced when the catalog has the rate.
        QStringList fees;
        if (provisioned > 0) {
            const CatalogInputs::ServiceItem &fee = m_inputs.serviceItem(
                    QStringLiteral("ebs"), QStringLiteral("autoPLProvisionedIops"), region,
                    Tr::tr("ESSD AutoPL provisioned IOPS fee in %1").arg(region));
            if (fee.price) {
                CostFigure part = serviceMonthlyCost(fee.price, fee.label, m_currency, explain);
                part.monthly *= provisioned * copies;
                if (explain)
                    part.why.formula
                            = Tr::tr("%1 provisioned IOPS × %2 × %3: %4")
                                      .arg(number(provisioned), number(copies), part.why.formula,
                                           money(part.monthly, m_currency.display));
                m.cost = combine(m.cost, part, Tr::tr("capacity + provisioned IOPS"),
                                 m_currency.display, explain);
                for (double &v : byBilling)
                    v += part.monthly;
            } else {
                fees << fee.missingKey;
                addMissing(fee.missingKeyId);
            }
        }
        if (d.burstingEnabled) {
            fees << missingPriceKey(Tr::tr("ESSD AutoPL burst I/O fee (per use) in %1").arg(region),
                                    BillingModel::PayAsYouGo);
            addMissing(m_inputs.missingPrices().key(fees.last()));
        }
        if (!fees.isEmpty()) {
            m.cost.priceMissing = true;
            if (explain)
                m.cost.why.notes << Tr::tr("not counted (no price in the catalog): %1")
                                            .arg(fees.join(QStringLiteral("; ")));
        }
    }
    if (extra) {
        contribution->setMissing(m_inputs.missingPrices(), *extra);
    } else {
        if (!plain.missingSet)
            plain.missingSet = m_inputs.missingPrices().set(plain.missing);
        contribution->missing = *plain.missingSet;
        contribution->unpriced = !plain.missing.own.isEmpty();
    }
    contribution->monthly = toMicro(m.cost.monthly);
    fillBilling(contribution, byBilling);
    return m;
}

const CatalogInputs::PricedDisk &MetricsCalculator::diskPrice(const QString &category,
                                                              const QString &level,
                                                              const Placement &where) const
{
    const DiskPriceRef ref{where.region, TextRef::of(category), TextRef::of(level)};
    if (const auto it = m_diskPrices.constFind(ref); it != m_diskPrices.constEnd())
        return **it;
    const CatalogInputs::PricedDisk &price = m_diskPriceStore.emplace_back(
            m_inputs.diskPrice(category, level, where.regionCode()));
    m_diskPrices.insert(ref, &price);
    return price;
}

MetricsCalculator::DiskCost &MetricsCalculator::diskCost(const DiskCostKey &key) const
{
    if (const auto it = m_diskCosts.find(key); it != m_diskCosts.end())
        return *it;
    const CatalogInputs::PricedDisk &price = *key.price;
    DiskCost c;
    c.cost = diskMonthlyCost(price.price, key.billing, key.sizeGiB, key.copies, m_currency, false);
    for (int b = 0; b < BillingModelCount; ++b) {
        const BillingModel model = BillingModel(b);
        // An unattached disk stays pay-as-you-go whatever its neighbours' billing: only
        // compute (with the disks attached to it) and caches are re-priced.
        const BillingModel used = key.attached ? model : BillingModel::PayAsYouGo;
        const CostFigure figure = used == key.billing
                ? c.cost
                : diskMonthlyCost(price.price, used, key.sizeGiB, key.copies, m_currency, false);
        c.byBilling[b] = figure.monthly;
        if (figure.priceMissing)
            c.missing.byBilling[b].append(isSubscription(used) ? price.missingSubscriptionId
                                                               : price.missingPaygId);
    }
    if (c.cost.priceMissing)
        c.missing.own.append(isSubscription(key.billing) ? price.missingSubscriptionId
                                                         : price.missingPaygId);
    return *m_diskCosts.insert(key, std::move(c));
}

const MetricsCalculator::ComputeInputs &MetricsCalculator::computeInputs(
        const ComputeData &c, const Placement &where) const
{
    const ComputeRef ref{where.region, TextRef::of(c.instanceType),
                         TextRef::of(c.systemDiskCategory), TextRef::of(c.systemDiskLevel)};
    if (const auto it = m_computeInputRefs.constFind(ref); it != m_computeInputRefs.constEnd())
        return **it;
    const ComputeKey key{where.region, c.instanceType, c.systemDiskCategory, c.systemDiskLevel};
    const ComputeInputs *found = m_computeInputs.value(key);
    if (!found) {
        const QString region = where.regionCode();
        ComputeInputs &inputs = m_computeInputStore.emplace_back();
        inputs.id = int(m_computeInputs.size());
        inputs.type = m_inputs.instanceType(c.instanceType);
        inputs.price = m_inputs.instancePrice(c.instanceType, region);
        inputs.system = m_inputs.diskPrice(c.systemDiskCategory, c.systemDiskLevel, region);
        found = &inputs;
        m_computeInputs.insert(key, found);
    }
    m_computeInputRefs.insert(ref, found);
    return *found;
}

const MetricsCalculator::ComputeFigures &MetricsCalculator::computeFigures(
        const ComputeInputs &inputs, const ComputeFigureKey &key) const
{
    if (const auto it = m_computeFigures.constFind(key); it != m_computeFigures.constEnd())
        return *it;
    const CatalogInputs::PricedItem &price = inputs.price;
    const CatalogInputs::PricedDisk &system = inputs.system;
    const auto costAt = [&](BillingModel billing, double n) {
        const CostFigure instances
                = instanceMonthlyCost(price.price, billing, n, m_currency, false);
        const CostFigure disks
                = diskMonthlyCost(system.price, billing, key.systemDiskGiB, n, m_currency, false);
        return combine(instances, disks, QString(), m_currency.display, false);
    };
    // The keys of what has no price in `billing` (the instance rate, the system disk rate).
    const auto missingAt = [&](BillingModel billing, MissingKeys &keys) {
        if (instanceMonthlyCost(price.price, billing, 1, m_currency, false).priceMissing)
            keys.append(price.missingIds[int(billing)]);
        if (diskMonthlyCost(system.price, billing, 1, 1, m_currency, false).priceMissing)
            keys.append(isSubscription(billing) ? system.missingSubscriptionId
                                                : system.missingPaygId);
    };
    ComputeFigures f;
    const CostFigure cost = costAt(key.billing, key.instances);
    f.monthly = cost.monthly;
    f.priceMissing = cost.priceMissing;
    f.monthlyAtMin = key.scaling ? costAt(key.billing, key.minInstances).monthly : cost.monthly;
    f.monthlyAtMax = key.scaling ? costAt(key.billing, key.maxInstances).monthly : cost.monthly;
    MissingLists missing;
    for (int b = 0; b < BillingModelCount; ++b) {
        const CostFigure figure
                = BillingModel(b) == key.billing ? cost : costAt(BillingModel(b), key.instances);
        f.byBilling[b] = figure.monthly;
        if (figure.priceMissing)
            missingAt(BillingModel(b), missing.byBilling[b]);
    }
    f.monthlyMicro = toMicro(f.monthly);
    for (int b = 0; b < BillingModelCount; ++b)
        f.byBillingMicro[b] = toMicro(f.byBilling[b]);
    missing.own = missing.byBilling[int(key.billing)];
    f.missing = m_inputs.missingPrices().set(missing);
    f.unpriced = !missing.own.isEmpty();
    return *m_computeFigures.insert(key, f);
}

const DiskFormula *MetricsCalculator::diskFormula(const QString &category,
                                                  const QString &level) const
{
    const std::pair<TextRef, TextRef> ref{TextRef::of(category), TextRef::of(level)};
    if (const auto it = m_diskFormulaRefs.constFind(ref); it != m_diskFormulaRefs.constEnd())
        return *it;
    const DiskFormula *f = m_inputs.diskFormula(category, level);
    m_diskFormulaRefs.insert(ref, f);
    return f;
}

const InstanceTypeSpec *MetricsCalculator::instanceType(const QString &id) const
{
    const TextRef ref = TextRef::of(id);
    if (const auto it = m_instanceTypeRefs.constFind(ref); it != m_instanceTypeRefs.constEnd())
        return *it;
    const InstanceTypeSpec *type = m_inputs.instanceType(id);
    m_instanceTypeRefs.insert(ref, type);
    return type;
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
    const ComputeFigures &figures
            = computeFigures(inputs,
                             {inputs.id, c.billing, scaling, m.instances, m.minInstances,
                              m.maxInstances, c.systemDiskGiB});

    if (explain) {
        const CatalogInputs::PricedItem &price = inputs.price;
        const CatalogInputs::PricedDisk &system = inputs.system;
        const Memo::ComputeCostKey key{inputs.id, c.billing, m.instances, c.systemDiskGiB};
        QHash<Memo::ComputeCostKey, CostFigure> &known = memo().computeCosts;
        auto it = known.constFind(key);
        if (it == known.constEnd()) {
            const double n = m.instances;
            const CostFigure instances
                    = instanceMonthlyCost(price.price, c.billing, n, m_currency, true);
            const CostFigure disks = diskMonthlyCost(system.price, c.billing, c.systemDiskGiB, n,
                                                     m_currency, true);
            it = known.insert(
                    key,
                    combine(instances, disks,
                            Tr::tr("%1 × %2 with %3 GiB system disks")
                                    .arg(number(n), c.instanceType, number(c.systemDiskGiB)),
                            m_currency.display, true));
        }
        m.cost = *it;
    } else {
        m.cost.monthly = figures.monthly;
        m.cost.priceMissing = figures.priceMissing;
    }
    m.monthlyAtMin = figures.monthlyAtMin;
    m.monthlyAtMax = figures.monthlyAtMax;
    m.monthlyByBilling.amounts = figures.byBilling;
    if (explain && scaling)
        m.cost.why.notes << Tr::tr("scaling group: %1 at min %2, %3 at max %4")
                                    .arg(money(m.monthlyAtMin, m_currency.display),
                                         number(m.minInstances),
                                         money(m.monthlyAtMax, m_currency.display),
                                         number(m.maxInstances));

    const DiskLoad demand = attachedDemand(e.id, type);
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
    contribution->monthly = figures.monthlyMicro;
    contribution->byBilling = figures.byBillingMicro;
    contribution->missing = figures.missing;
    contribution->unpriced = figures.unpriced;
    return m;
}

} // namespace ecsplan
