#include "zonedrill.h"

#include "catalog/catalog.h"
#include "rules/rulecontext.h"

#include <QMap>

#include <algorithm>
#include <cmath>

namespace ecsplan {

QStringList ZoneDrill::Result::lostTiers() const
{
    QStringList out;
    for (const Tier &t : tiers) {
        if (t.losesAll)
            out << t.name;
    }
    return out;
}

ZoneDrill::Result ZoneDrill::run(const Model &model, const Catalog &catalog, EntityId zoneOrRegion)
{
    Result result;
    result.currency = model.settings().currency;
    const Entity *target = model.find(zoneOrRegion);
    if (!target || !target->isContainer())
        return result;
    if (target->kind == EntityKind::Zone) {
        result.failedZones = {zoneOrRegion};
    } else {
        for (EntityId child : model.descendantsOf(zoneOrRegion)) {
            if (model.find(child)->kind == EntityKind::Zone)
                result.failedZones << child;
        }
    }
    result.greyedOut = result.failedZones;
    for (EntityId z : std::as_const(result.failedZones))
        result.greyedOut << model.descendantsOf(z);

    const RuleContext context(model, catalog);
    QMap<QString, Tier> tiers;
    // Instances per zone of every member, summed per tier.
    QMap<QString, QHash<EntityId, double>> perZone;
    QMap<QString, QString> typeOfTier, classOfTier;
    QMap<QString, BillingModel> billingOfTier; // priced like the tier's first member
    for (EntityId id : model.ids()) {
        const Entity *e = model.find(id);
        QString key, name;
        if (e->isCompute()) {
            const QString role = e->compute.role.trimmed();
            key = role.isEmpty() ? QStringLiteral("#%1").arg(toUInt(id))
                                 : role.toLower() + QLatin1Char('@')
                            + QString::number(toUInt(model.regionOf(id)));
            name = role.isEmpty() ? e->name : role;
        } else if (e->kind == EntityKind::Cache) {
            const EntityId source = isValid(e->cache.readReplicaOf) ? e->cache.readReplicaOf : id;
            key = QStringLiteral("cache#%1").arg(toUInt(source));
            name = model.find(source) ? model.find(source)->name : e->name;
        } else {
            continue;
        }
        Tier &tier = tiers[key];
        tier.name = name;
        tier.members << id;
        const EntityIds zones = context.zonesOf(id);
        const double n = e->isCompute() ? context.instanceCount(*e) : 1.0;
        for (EntityId z : zones) {
            perZone[key][z] += n / zones.size();
            if (!tier.zones.contains(z))
                tier.zones << z;
        }
        if (e->isCompute() && !typeOfTier.contains(key)) {
            typeOfTier.insert(key, e->compute.instanceType);
            billingOfTier.insert(key, e->compute.billing);
        } else if (e->kind == EntityKind::Cache && !classOfTier.contains(key)) {
            classOfTier.insert(key, e->cache.instanceClass);
            billingOfTier.insert(key, e->cache.billing);
        }
    }

    for (auto it = tiers.begin(); it != tiers.end(); ++it) {
        Tier &tier = it.value();
        const auto &counts = perZone.value(it.key());
        for (auto z = counts.cbegin(); z != counts.cend(); ++z) {
            tier.instancesBefore += z.value();
            if (!result.failedZones.contains(z.key()))
                tier.instancesAfter += z.value();
        }
        tier.losesAll = tier.instancesBefore > 0 && tier.instancesAfter <= 0;
        const int n = int(std::ceil(tier.instancesBefore - 1e-9));
        const int k = std::max<int>(1, int(tier.zones.size()));
        const int needed = k == 1 ? 2 * n : int(std::ceil(double(n) * k / (k - 1) - 1e-9));
        tier.extraInstancesToSurvive = std::max(0, needed - n);
        if (tier.extraInstancesToSurvive > 0) {
            const QString region = context.regionCode(tier.members.first());
            const BillingModel billing = billingOfTier.value(it.key(), BillingModel::PayAsYouGo);
            const auto price = typeOfTier.contains(it.key())
                    ? context.instanceMonthly(typeOfTier.value(it.key()), region, billing)
                    : context.cacheMonthly(classOfTier.value(it.key()), region, billing);
            tier.priceMissing = !price;
            tier.extraMonthlyToSurvive = price ? *price * tier.extraInstancesToSurvive : 0.0;
            result.extraMonthlyToSurvive += tier.extraMonthlyToSurvive;
        }
        result.tiers << tier;
    }
    std::stable_sort(result.tiers.begin(), result.tiers.end(),
                     [](const Tier &a, const Tier &b) { return a.name < b.name; });
    return result;
}

} // namespace ecsplan
