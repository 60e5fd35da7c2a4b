#include "chartdata.h"
#include "model/billing.h"

#include "catalog/catalog.h"
#include "metrics/cataloginputs.h"
#include "model/model.h"

#include <algorithm>
#include <cmath>

namespace ecsplan::ChartData {

QString nameOf(const Model &model, EntityId id)
{
    const Entity *e = model.find(id);
    if (!e)
        return QStringLiteral("#%1").arg(toUInt(id));
    return e->name.isEmpty() ? (e->code.isEmpty() ? QStringLiteral("#%1").arg(toUInt(id)) : e->code)
                             : e->name;
}

namespace {

QList<StackedCostChart::Group> groups(const Model &model,
                                      const QHash<EntityId, QMap<CostCategory, double>> &byCategory)
{
    EntityIds ids = byCategory.keys();
    std::sort(ids.begin(), ids.end(), [&model](EntityId a, EntityId b) {
        const QString ra = nameOf(model, model.regionOf(a)), rb = nameOf(model, model.regionOf(b));
        if (ra != rb)
            return ra < rb;
        const QString na = nameOf(model, a), nb = nameOf(model, b);
        return na != nb ? na < nb : toUInt(a) < toUInt(b);
    });
    QList<StackedCostChart::Group> result;
    for (EntityId id : ids) {
        const QMap<CostCategory, double> &values = byCategory.value(id);
        if (std::all_of(values.cbegin(), values.cend(), [](double v) { return v == 0; }))
            continue;
        result << StackedCostChart::Group{nameOf(model, id), values};
    }
    return result;
}

} // namespace

QList<StackedCostChart::Group> zoneGroups(const Model &model, const Totals &totals)
{
    // Region-wide items (a load balancer or scaling group placed in the region, not a zone)
    // get a bar of their own so that the bars add up to the design total.
    QHash<EntityId, QMap<CostCategory, double>> byZone = totals.byZoneCategory;
    for (auto it = totals.byRegionCategory.cbegin(); it != totals.byRegionCategory.cend(); ++it) {
        QMap<CostCategory, double> rest = it.value();
        for (auto z = totals.byZoneCategory.cbegin(); z != totals.byZoneCategory.cend(); ++z) {
            if (model.regionOf(z.key()) != it.key())
                continue;
            for (auto c = z.value().cbegin(); c != z.value().cend(); ++c)
                rest[c.key()] -= c.value();
        }
        bool any = false;
        for (auto c = rest.begin(); c != rest.end(); ++c) {
            if (std::abs(c.value()) < 0.005)
                c.value() = 0;
            any = any || c.value() != 0;
        }
        if (any)
            byZone.insert(it.key(), rest);
    }
    QList<StackedCostChart::Group> result = groups(model, byZone);
    for (StackedCostChart::Group &g : result) {
        for (auto it = totals.byRegionCategory.cbegin(); it != totals.byRegionCategory.cend();
             ++it) {
            if (g.label == nameOf(model, it.key()))
                g.label = StackedCostChart::tr("%1 (region-wide)").arg(g.label);
        }
    }
    return result;
}

QList<StackedCostChart::Group> regionGroups(const Model &model, const Totals &totals)
{
    return groups(model, totals.byRegionCategory);
}

StorageInputs storageInputs(const CatalogInputs &inputs, const QString &regionCode,
                            BillingModel billing, const QString &currency, double cnyPerUsd)
{
    StorageInputs s;
    CurrencyContext cc;
    cc.display = currency;
    cc.cnyPerUsd = cnyPerUsd;
    const QString category = QStringLiteral("cloud_essd");
    for (const QString &level : essdPerformanceLevels()) {
        const DiskFormula *f = inputs.diskFormula(category, level);
        if (!f)
            continue;
        s.formulas << *f;
        const DiskPrice &price = inputs.diskPrice(category, level, regionCode).price;
        const CostFigure perGiB = diskMonthlyCost(price, billing, 1, 1, cc);
        s.pricePerGiBMonth << (perGiB.priceMissing ? std::nullopt : std::optional(perGiB.monthly));
    }
    return s;
}

std::optional<StorageChart::SelectedDisk> selectedDisk(const Model &model, EntityId id,
                                                       const std::optional<DiskMetrics> &metrics,
                                                       const QList<DiskFormula> &formulas)
{
    const Entity *e = model.find(id);
    if (!e || e->kind != EntityKind::Disk)
        return std::nullopt;
    StorageChart::SelectedDisk d;
    d.name = nameOf(model, id);
    d.sizeGiB = e->disk.sizeGiB;
    d.iops = metrics ? metrics->iops : 0;
    d.targetIops = e->disk.targetIops;
    for (int i = 0; i < formulas.size(); ++i) {
        if (formulas.at(i).category == e->disk.category && formulas.at(i).level == e->disk.level)
            d.formulaIndex = i;
    }
    return d;
}

int pathFor(const QList<PathMetrics> &paths, const EntityIds &selection)
{
    for (EntityId id : selection) {
        for (int i = 0; i < paths.size(); ++i) {
            if (paths.at(i).hops.contains(id) || paths.at(i).links.contains(id))
                return i;
        }
    }
    int worst = -1;
    for (int i = 0; i < paths.size(); ++i) {
        if (worst < 0 || paths.at(i).worstMs > paths.at(worst).worstMs)
            worst = i;
    }
    return worst;
}

} // namespace ecsplan::ChartData
