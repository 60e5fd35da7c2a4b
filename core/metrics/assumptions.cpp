#include "assumptions.h"

#include "catalog/catalog.h"
#include "cataloginputs.h"
#include "ecsplan_global.h"
#include "formatting.h"
#include "model/model.h"

#include <QSet>

namespace ecsplan {

using metrics::number;

namespace {

QString percent(double fraction)
{
    return QStringLiteral("%1 %").arg(number(fraction * 100, 1));
}

Citation withKind(Citation c, const QString &kind)
{
    if (c.kind.isEmpty() || c.kind.startsWith(QLatin1String("official")))
        c.kind = kind;
    return c;
}

} // namespace

QList<Assumption> designAssumptions(const Model &model, const Catalog *catalog)
{
    QList<Assumption> list;
    const DesignSettings &settings = model.settings();
    list << Assumption{QStringLiteral("monthHours"), Tr::tr("Hours in a month"),
                       QStringLiteral("730 h"),
                       Tr::tr("Alibaba Cloud bills by the hour (pay-as-you-go by the second); a "
                              "month is priced as 730 hours, the yearly average"),
                       Citation{Tr::tr("billing month convention"), QStringLiteral("FACTS"),
                                QString(), false, QStringLiteral("assumption"), QString()}};
    Citation rate{Tr::tr("exchange rate"),
                  Tr::tr("design setting"),
                  QString(),
                  false,
                  QStringLiteral("assumption"),
                  QString()};
    if (catalog)
        rate = CatalogInputs::cite(Tr::tr("exchange rate"),
                                   catalog->pricingModifiers().cnyPerUsdSrc);
    rate.kind = QStringLiteral("assumption");
    list << Assumption{QStringLiteral("exchangeRate"), Tr::tr("Exchange rate"),
                       QStringLiteral("1 USD = %1 CNY").arg(number(settings.cnyPerUsd, 4)),
                       Tr::tr("a fixed planning rate set in the design; catalog prices are in CNY "
                              "(instances) and USD (disks, traffic, services) and are converted "
                              "with it"),
                       rate};
    const Citation demandSetting{Tr::tr("demand model (docs/demand.md)"),
                                 Tr::tr("design setting"),
                                 QString(),
                                 false,
                                 QStringLiteral("assumption"),
                                 QString()};
    list << Assumption{QStringLiteral("peakToAverage"), Tr::tr("Peak-to-average traffic"),
                       QStringLiteral("× %1").arg(number(settings.peakToAverage, 2)),
                       Tr::tr("links carry average traffic; utilisations are sized at the peak "
                              "hour, assumed this many times the average (a day-shaped load runs "
                              "at about twice its average at its busiest hour)"),
                       demandSetting};
    list << Assumption{QStringLiteral("packetsPerRequest"), Tr::tr("Packets per request"),
                       number(settings.packetsPerRequest, 2),
                       Tr::tr("both directions of one small request/response on a kept-alive "
                              "TLS connection (data, ACKs, TLS records); larger bodies count "
                              "their 1,448-byte segments and ACKs instead"),
                       demandSetting};
    if (!catalog)
        return list;

    SourceRef src;
    if (const auto d = catalog->subscriptionDiscount(1, &src))
        list << Assumption{QStringLiteral("subscription1Year"),
                           Tr::tr("1-year subscription discount"), percent(*d),
                           Tr::tr("an example in the ECS DescribePrice API reference, applied to "
                                  "every instance type without a published subscription price"),
                           CatalogInputs::cite(Tr::tr("1-year subscription discount"), src)};
    if (const auto d = catalog->subscriptionDiscount(3, &src))
        list << Assumption{
                QStringLiteral("subscription3Year"), Tr::tr("3-year subscription discount"),
                percent(*d),
                Tr::tr("borrowed from a Tair (Redis) price notice; no ECS figure was "
                       "found"),
                withKind(CatalogInputs::cite(Tr::tr("3-year subscription discount"), src),
                         QStringLiteral("assumption"))};
    const double spotMax = catalog->spotMaxDiscount(&src);
    list << Assumption{QStringLiteral("preemptible"), Tr::tr("Preemptible (spot) discount"),
                       percent(settings.spotDiscount),
                       Tr::tr("the design setting \"Spot discount\" (Design Settings; %1 unless "
                              "changed, a planning figure: no typical discount is published); "
                              "spot instances are billed at a floating market price between 0 % "
                              "and %2 % off pay-as-you-go")
                               .arg(percent(DefaultSpotDiscount), number(spotMax * 100, 1)),
                       withKind(CatalogInputs::cite(Tr::tr("spot discount range"), src),
                                QStringLiteral("assumption"))};
    const double plan = catalog->savingsPlanExampleDiscount(&src);
    list << Assumption{QStringLiteral("savingsPlan"), Tr::tr("Savings plan discount"),
                       percent(plan),
                       Tr::tr("one published example (3-year general-purpose plan, ecs.g6 in "
                              "Shanghai); real discounts depend on the plan and the type"),
                       withKind(CatalogInputs::cite(Tr::tr("savings plan example"), src),
                                QStringLiteral("assumption"))};
    for (const QString &level : {QStringLiteral("PL2"), QStringLiteral("PL3")}) {
        const DiskCategorySpec *spec = catalog->diskCategory(QStringLiteral("cloud_essd"), level);
        if (!spec)
            continue;
        for (const PriceRow &row : spec->prices) {
            if (row.src.kind != QLatin1String("estimate"))
                continue;
            list << Assumption{QStringLiteral("essd%1Price").arg(level),
                               Tr::tr("ESSD %1 capacity price").arg(level),
                               Tr::tr("%1 × ESSD PL1").arg(level == QLatin1String("PL2") ? 2 : 4),
                               Tr::tr("derived from the PL1 price with the storage capacity unit "
                                      "offset factors; Alibaba publishes no list price here"),
                               CatalogInputs::cite(Tr::tr("ESSD %1 price").arg(level), row.src)};
            break;
        }
    }
    // Mainland regions of this design priced from another region's rows.
    QStringList borrowed;
    const QString priceRegion = catalog->mainlandPriceRegion();
    for (EntityId id : model.ids(EntityKind::Region)) {
        const Entity *r = model.find(id);
        const RegionSpec *spec = r ? catalog->region(r->code) : nullptr;
        if (spec && spec->mainland && r->code != priceRegion && !borrowed.contains(r->code))
            borrowed << r->code;
    }
    if (!borrowed.isEmpty())
        list << Assumption{QStringLiteral("mainlandFallback"),
                           Tr::tr("Prices of %1").arg(borrowed.join(QStringLiteral(", "))),
                           Tr::tr("%1 prices").arg(priceRegion),
                           Tr::tr("regions without their own price rows use %1's rows (list "
                                  "prices are equal across the mainland regions sampled)")
                                   .arg(priceRegion),
                           Citation{Tr::tr("mainland price fallback"), QStringLiteral("FACTS"),
                                    catalog->asOf(), true, QStringLiteral("assumption"),
                                    QString()}};
    SourceRef egress;
    if (catalog->internetEgressUsdPerGB(priceRegion, &egress)) {
        const SourceRef quota = catalog->internetFreeQuotaSource();
        list << Assumption{
                QStringLiteral("egressRates"), Tr::tr("Internet egress rates"),
                Tr::tr("rates as of %1, free quota as of %2").arg(egress.asOf, quota.asOf),
                Tr::tr("the per-GB rates are older pay-by-traffic list prices, the "
                       "monthly free quota (%1 GB mainland, %2 GB elsewhere) is "
                       "current: the two are of different dates")
                        .arg(number(catalog->internetFreeGBPerMonth(true)),
                             number(catalog->internetFreeGBPerMonth(false))),
                withKind(CatalogInputs::cite(Tr::tr("internet egress rates"), egress),
                         QStringLiteral("assumption"))};
    }
    return list;
}

} // namespace ecsplan
