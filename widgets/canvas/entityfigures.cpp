#include "entityfigures.h"

#include "metrics/formatting.h"
#include "metrics/metricsengine.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>
#include <type_traits>

namespace ecsplan {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ecsplan::EntityFigures", text, nullptr, n);
}

/**
 * Whether the default locale writes numbers as US English does ("-1,234.5": also zh_CN and
 * the C locale): then metrics::fixed(), its exact equivalent, formats them at a fraction of
 * QLocale's cost (a card and a link have several figures; 10,000 cards open at once).
 */
bool englishNumbers()
{
    thread_local QLocale checked(QLocale::Hawaiian); // any locale that is not the default
    thread_local bool english = false;
    const QLocale current;
    if (current != checked) {
        checked = current;
        english = current.toString(-1234567.25, 'f', 2) == QLatin1String("-1,234,567.25");
    }
    return english;
}

QString number(double value, int decimals = 0)
{
    return englishNumbers() ? metrics::fixed(value, decimals)
                            : QLocale().toString(value, 'f', decimals);
}

/** 41800 → "41.8k": card lines are ~110 px wide. */
QString compact(double value)
{
    if (value >= 10000)
        return number(value / 1000, value >= 100000 ? 0 : 1) + QLatin1Char('k');
    return number(value);
}

QString diskName(const QString &category, const QString &level)
{
    QString name = category;
    if (category == QLatin1String("cloud_essd"))
        return level.isEmpty() ? QStringLiteral("ESSD") : level; // PL0..PL3 say ESSD already
    else if (category == QLatin1String("cloud_auto"))
        name = QStringLiteral("ESSD AutoPL");
    else if (category == QLatin1String("cloud_essd_entry"))
        name = QStringLiteral("ESSD Entry");
    return level.isEmpty() ? name : name + QLatin1Char(' ') + level;
}

QString typeLineOf(const Model &model, const Entity &e)
{
    switch (e.kind) {
    case EntityKind::Region:
    case EntityKind::Zone:
        return e.cidr.isEmpty() ? e.code : QStringLiteral("%1 · %2").arg(e.code, e.cidr);
    case EntityKind::InstanceGroup:
        return QStringLiteral("%1 × %2").arg(e.compute.instanceType).arg(e.compute.count);
    case EntityKind::ScalingGroup:
        return QStringLiteral("%1 · %2–%3")
                .arg(e.compute.instanceType)
                .arg(e.compute.minSize)
                .arg(e.compute.maxSize);
    case EntityKind::Disk:
        return QStringLiteral("%1 · %2 GiB")
                .arg(diskName(e.disk.category, e.disk.level))
                .arg(e.disk.sizeGiB);
    case EntityKind::Cache: {
        // "redis.master.large.default" → "master.large": the engine is already named.
        QString cls = e.cache.instanceClass;
        for (const char *prefix : {"redis.", "tair."})
            if (cls.startsWith(QLatin1String(prefix)))
                cls = cls.mid(int(qstrlen(prefix)));
        if (cls.endsWith(QLatin1String(".default")))
            cls.chop(8);
        return QStringLiteral("%1 %2 · %3")
                .arg(e.cache.engine == CacheEngine::Redis ? QStringLiteral("Redis")
                                                          : QStringLiteral("Tair"),
                     e.cache.engineVersion, cls);
    }
    case EntityKind::LoadBalancer:
        // Literal context: lupdate would file a tr() in this free function under "ecsplan".
        return QStringLiteral("%1 · %2").arg(
                toCode(e.loadBalancer.kind).toUpper(),
                e.loadBalancer.addressType == AddressType::Internet
                        ? QCoreApplication::translate("ecsplan::EntityFigures", "internet")
                        : QCoreApplication::translate("ecsplan::EntityFigures", "intranet"));
    case EntityKind::SecurityGroup:
        return QCoreApplication::translate("ecsplan::EntityFigures", "%n rule(s)", nullptr,
                                           int(e.rules.size()));
    case EntityKind::Endpoint:
        return e.endpoint.location.isEmpty()
                ? displayName(e.endpoint.kind)
                : QStringLiteral("%1 · %2").arg(displayName(e.endpoint.kind), e.endpoint.location);
    case EntityKind::Link:
        Q_UNUSED(model);
        return displayName(e.link.path);
    }
    return {};
}

/** A card's cost that leaves items out: "¥8,102/mo + 2 unpriced". */
QString unpricedLine(const QString &money, int unpriced)
{
    if (unpriced <= 0)
        return money;
    // Explicit contexts: lupdate files a bare tr() here under "ecsplan", not the context the
    // wrapper looks up, and the cards showed English in every language.
    return unpriced == 1
            ? QCoreApplication::translate("ecsplan::EntityFigures", "%1 + 1 unpriced").arg(money)
            : QCoreApplication::translate("ecsplan::EntityFigures", "%1 + %n unpriced", nullptr,
                                          unpriced)
                      .arg(money);
}

/** A component's cost: its priced part, marked when part of it has no price. */
QString costLine(const CostFigure &cost, const QString &currency)
{
    if (!cost.priceMissing)
        return EntityFigures::money(cost.monthly, currency);
    return cost.monthly > 0 ? QCoreApplication::translate("ecsplan::EntityFigures", "%1 + unpriced")
                                      .arg(EntityFigures::money(cost.monthly, currency))
                            : QCoreApplication::translate("ecsplan::EntityFigures", "no price");
}

} // namespace

QString EntityFigures::money(double monthly, const QString &currency)
{
    const QString symbol
            = currency == QLatin1String("USD") ? QStringLiteral("$") : QStringLiteral("¥");
    return tr("%1%2/mo").arg(symbol, number(monthly));
}

EntityFigures EntityFigures::of(const Model &model, const MetricsEngine *engine, const Entity &e,
                                bool explain, bool withText)
{
    EntityFigures f;
    f.explained = explain;
    const bool text = withText || explain;
    f.withText = text;
    if (text)
        f.typeLine = typeLineOf(model, e);
    const QString currency = model.settings().currency;
    if (text && e.isLink()) {
        QStringList parts;
        if (e.link.gbPerMonth > 0)
            parts << tr("%1 GB/mo").arg(number(e.link.gbPerMonth));
        if (e.link.requestsPerSecond > 0)
            parts << tr("%1 req/s").arg(number(e.link.requestsPerSecond));
        f.metricLine = parts.join(QStringLiteral(" · "));
    }
    if (!engine)
        return f;
    switch (e.kind) {
    case EntityKind::Region:
    case EntityKind::Zone: {
        const Totals t = engine->totals();
        const auto &map = e.kind == EntityKind::Region ? t.byRegion : t.byZone;
        const auto &missing = e.kind == EntityKind::Region ? t.missingByRegion : t.missingByZone;
        if (text && map.contains(e.id))
            f.metricLine = unpricedLine(
                    money(map.value(e.id), t.currency.isEmpty() ? currency : t.currency),
                    missing.value(e.id));
        break;
    }
    case EntityKind::Disk: {
        if (const std::optional<DiskMetrics> d = engine->disk(e.id, explain)) {
            if (text)
                f.metricLine = tr("%1 IOPS · %2 MB/s")
                                       .arg(compact(d->effectiveIopsBaseline),
                                            number(d->effectiveMBpsBaseline));
            if (explain)
                f.explanation = d->iopsWhy.toText() + QLatin1Char('\n') + d->throughputWhy.toText();
            if (!d->valid || !d->attachable)
                f.problem = d->problems.join(QLatin1Char('\n'));
        }
        break;
    }
    case EntityKind::InstanceGroup:
    case EntityKind::ScalingGroup: {
        if (const std::optional<ComputeMetrics> c = engine->compute(e.id, explain)) {
            if (text)
                f.metricLine = costLine(c->cost, currency);
            if (explain)
                f.explanation = c->cost.why.toText();
            if (!c->knownType)
                f.problem = tr("Unknown instance type \"%1\" (not in the catalog).")
                                    .arg(e.compute.instanceType);
        }
        break;
    }
    case EntityKind::Cache: {
        if (!text)
            break;
        if (const std::optional<CacheMetrics> c = engine->cache(e.id, explain)) {
            f.metricLine = costLine(c->cost, currency);
            if (explain)
                f.explanation = c->cost.why.toText();
        }
        break;
    }
    case EntityKind::Link: {
        if (!text)
            break;
        if (const std::optional<LinkMetrics> l = engine->link(e.id, explain)) {
            // An unmodelled latency is 0 in the figures; "0.0 ms" would read as a measurement.
            QStringList parts;
            if (l->latencyKnown)
                parts << tr("%1 ms").arg(
                        number(l->latencyTypicalMs, l->latencyTypicalMs < 10 ? 1 : 0));
            if (l->transferGBPerMonth > 0)
                parts << tr("%1 GB/mo").arg(number(l->transferGBPerMonth));
            if (parts.isEmpty())
                parts << tr("— ms");
            QString line = parts.join(QStringLiteral(" · "));
            if (l->cost.monthly > 0 || l->cost.priceMissing)
                line += QStringLiteral(" · ") + costLine(l->cost, currency);
            f.metricLine = line;
            if (explain)
                f.explanation = l->latencyWhy.toText() + QLatin1Char('\n') + l->cost.why.toText();
        }
        break;
    }
    case EntityKind::LoadBalancer:
    case EntityKind::SecurityGroup:
    case EntityKind::Endpoint: {
        if (!text)
            break;
        const CostFigure c = engine->costOf(e.id, explain);
        if (c.monthly > 0 || c.priceMissing) {
            f.metricLine = costLine(c, currency);
            if (explain)
                f.explanation = c.why.toText();
        }
        break;
    }
    }
    // Demand against capacity: the bar on the card; its lines and formulas for the tooltip only.
    if (const std::optional<ComponentLoad> load = engine->load(e.id);
        load && !load->demand.isEmpty()) {
        const ResourceLoad *b = load->bottleneck();
        if (b)
            f.utilisation = b->utilisation();
        if (explain) {
            if (b)
                f.loadLine = tr("%1 %2 % of baseline at the peak")
                                     .arg(displayName(b->resource), number(b->utilisation() * 100));
            for (const ResourceLoad &r : load->resources) {
                const int decimals = r.resource == LoadResource::Bandwidth ? 2 : 0;
                f.utilisationLines
                        << tr("%1: %2 % (%3 of %4)")
                                   .arg(displayName(r.resource), number(r.utilisation() * 100, 0),
                                        number(r.demand, decimals), number(r.capacity, decimals));
            }
            if (load->peakCapacityUnits)
                f.utilisationLines << tr("Capacity units (LCU): %1 at the peak")
                                              .arg(number(load->peakCapacityUnits->units()));
            const QString why = engine->loadWhy(e.id).toText();
            f.explanation = f.explanation.isEmpty() ? why : f.explanation + QLatin1Char('\n') + why;
        }
    }
    return f;
}

} // namespace ecsplan
