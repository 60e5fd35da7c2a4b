// CatalogParser: transfer rates, latency, pricing modifiers, other services and notes.
#include "catalogparser.h"

#include "ecsplan_global.h"

namespace ecsplan {

namespace {
const QString kRoot;
}

void CatalogParser::transfer(const JsonObject &root, CatalogData &out)
{
    const QString path = QStringLiteral("/transfer");
    const auto t = m_r.object(root, QStringLiteral("transfer"), kRoot);
    if (!t)
        return;
    if (const auto intra = m_r.object(*t, QStringLiteral("intraRegion"), path)) {
        const QString p = JsonReader::child(path, QStringLiteral("intraRegion"));
        out.intraRegionUsdPerGB = m_r.nonNegative(*intra, QStringLiteral("usdPerGB"), p);
        out.intraRegionSrc = src(*intra, p);
    }
    m_r.objects(*t, QStringLiteral("internetEgress"), path,
                [&](const JsonObject &o, const QString &p) {
                    InternetEgressRow row;
                    row.region = m_r.string(o, QStringLiteral("region"), p);
                    checkRegion(row.region, p, QStringLiteral("region"));
                    row.usdPerGB = m_r.positive(o, QStringLiteral("usdPerGB"), p);
                    row.eipConfigUsdPerHour
                            = m_r.optNonNegative(o, QStringLiteral("eipConfigUsdPerHour"), p);
                    row.src = src(o, p);
                    out.internetEgress.append(row);
                });
    if (const auto q = m_r.object(*t, QStringLiteral("cdtFreeQuota"), path)) {
        const QString p = JsonReader::child(path, QStringLiteral("cdtFreeQuota"));
        out.freeGBTotal = m_r.nonNegative(*q, QStringLiteral("totalGBPerMonth"), p);
        out.freeGBMainland = m_r.nonNegative(*q, QStringLiteral("mainlandGBPerMonth"), p);
        out.freeGBOutside = m_r.nonNegative(*q, QStringLiteral("outsideMainlandGBPerMonth"), p);
        out.freeQuotaSrc = src(*q, p);
    }
    if (const auto ir = m_r.object(*t, QStringLiteral("interRegion"), path)) {
        const QString p = JsonReader::child(path, QStringLiteral("interRegion"));
        m_r.objects(*ir, QStringLiteral("pairs"), p, [&](const JsonObject &o, const QString &ip) {
            out.interRegionRates.append({m_r.string(o, QStringLiteral("a"), ip),
                                         m_r.string(o, QStringLiteral("b"), ip),
                                         m_r.positive(o, QStringLiteral("usdPerGB"), ip)});
        });
        out.interRegionSrc = src(*ir, p);
    }
}

LatencyRange CatalogParser::latencyRange(const JsonObject &o, const QString &path)
{
    LatencyRange l;
    l.typicalMs = m_r.positive(o, QStringLiteral("typicalMs"), path);
    l.worstMs = m_r.positive(o, QStringLiteral("worstMs"), path);
    if (l.worstMs < l.typicalMs)
        m_r.error(JsonReader::child(path, QStringLiteral("worstMs")),
                  Tr::tr("worst is below typical"));
    l.src = src(o, path);
    return l;
}

void CatalogParser::latency(const JsonObject &root, CatalogData &out)
{
    const QString path = QStringLiteral("/latency");
    const auto l = m_r.object(root, QStringLiteral("latency"), kRoot);
    if (!l)
        return;
    if (const auto o = m_r.object(*l, QStringLiteral("sameZone"), path))
        out.sameZone = latencyRange(*o, JsonReader::child(path, QStringLiteral("sameZone")));
    if (const auto o = m_r.object(*l, QStringLiteral("crossZone"), path))
        out.crossZone = latencyRange(*o, JsonReader::child(path, QStringLiteral("crossZone")));
    if (const auto f = m_r.object(*l, QStringLiteral("internetFactor"), path)) {
        const QString p = JsonReader::child(path, QStringLiteral("internetFactor"));
        out.internetFactorTypical = m_r.number(*f, QStringLiteral("typical"), p, 1.0, 10.0);
        out.internetFactorWorst = m_r.number(*f, QStringLiteral("worst"), p, 1.0, 10.0);
        out.internetFactorSrc = src(*f, p);
    }
    m_r.objects(
            *l, QStringLiteral("interRegion"), path, [&](const JsonObject &o, const QString &p) {
                RegionPairLatency pl;
                pl.a = m_r.string(o, QStringLiteral("a"), p);
                pl.b = m_r.string(o, QStringLiteral("b"), p);
                checkRegion(pl.a, p, QStringLiteral("a"));
                checkRegion(pl.b, p, QStringLiteral("b"));
                if (const auto cen = m_r.object(o, QStringLiteral("cen"), p))
                    pl.cen = latencyRange(*cen, JsonReader::child(p, QStringLiteral("cen")));
                if (const auto inet = m_r.optObject(o, QStringLiteral("internet"), p))
                    pl.internet
                            = latencyRange(*inet, JsonReader::child(p, QStringLiteral("internet")));
                out.interRegionLatency.append(pl);
            });
}

void CatalogParser::modifiers(const JsonObject &root, CatalogData &out)
{
    const QString path = QStringLiteral("/pricingModifiers");
    const auto m = m_r.object(root, QStringLiteral("pricingModifiers"), kRoot);
    if (!m)
        return;
    PricingModifiers &pm = out.modifiers;
    if (const auto s = m_r.object(*m, QStringLiteral("spot"), path)) {
        const QString p = JsonReader::child(path, QStringLiteral("spot"));
        pm.spotMaxDiscount = m_r.number(*s, QStringLiteral("maxDiscount"), p, 0, 1);
        pm.spotConfidence = m_r.optString(*s, QStringLiteral("confidence"), p);
        pm.spotSrc = src(*s, p);
    }
    m_r.objects(*m, QStringLiteral("subscription"), path,
                [&](const JsonObject &o, const QString &p) {
                    SubscriptionDiscount d;
                    d.years = m_r.positiveInt(o, QStringLiteral("years"), p);
                    d.discount = m_r.number(o, QStringLiteral("discount"), p, 0, 1);
                    d.assumption = m_r.boolean(o, QStringLiteral("assumption"), p, false);
                    d.confidence = m_r.optString(o, QStringLiteral("confidence"), p);
                    d.src = src(o, p);
                    pm.subscription.append(d);
                });
    if (const auto s = m_r.object(*m, QStringLiteral("savingsPlan"), path)) {
        const QString p = JsonReader::child(path, QStringLiteral("savingsPlan"));
        pm.savingsPlanExampleDiscount = m_r.number(*s, QStringLiteral("exampleDiscount"), p, 0, 1);
        pm.savingsPlanConfidence = m_r.optString(*s, QStringLiteral("confidence"), p);
        pm.savingsPlanSrc = src(*s, p);
    }
    if (const auto s = m_r.object(*m, QStringLiteral("exchangeRate"), path)) {
        const QString p = JsonReader::child(path, QStringLiteral("exchangeRate"));
        pm.cnyPerUsd = m_r.positive(*s, QStringLiteral("cnyPerUsd"), p);
        pm.cnyPerUsdSrc = src(*s, p);
    }
}

void CatalogParser::services(const JsonObject &root, CatalogData &out)
{
    m_r.objects(root, QStringLiteral("services"), kRoot,
                [&](const JsonObject &o, const QString &p) {
                    ServicePrice s;
                    s.service = m_r.string(o, QStringLiteral("service"), p);
                    s.item = m_r.string(o, QStringLiteral("item"), p);
                    s.unit = m_r.string(o, QStringLiteral("unit"), p);
                    s.currency = m_r.string(o, QStringLiteral("currency"), p);
                    s.scope = m_r.string(o, QStringLiteral("scope"), p);
                    if (!s.scope.isEmpty() && s.scope != QLatin1String("all")
                        && s.scope != QLatin1String("mainland")
                        && s.scope != QLatin1String("international"))
                        m_r.error(JsonReader::child(p, QStringLiteral("scope")),
                                  Tr::tr("expected all, mainland or international"));
                    if (!o.value(QStringLiteral("amount")).isNull())
                        s.amount = m_r.positive(o, QStringLiteral("amount"), p);
                    s.assumption = m_r.boolean(o, QStringLiteral("assumption"), p, false);
                    s.note = m_r.optString(o, QStringLiteral("note"), p);
                    if (s.assumption && s.note.isEmpty())
                        m_r.error(JsonReader::child(p, QStringLiteral("note")),
                                  Tr::tr("an assumed price needs a note"));
                    s.src = src(o, p);
                    out.services.append(s);
                });
    m_r.optObjects(root, QStringLiteral("redisClasses"), kRoot,
                   [&](const JsonObject &o, const QString &p) {
                       RedisClassSpec r;
                       r.instanceClass = m_r.string(o, QStringLiteral("class"), p);
                       r.memoryGB = m_r.optNonNegative(o, QStringLiteral("memoryGB"), p);
                       r.bandwidthMBps = m_r.optNonNegative(o, QStringLiteral("bandwidthMBps"), p);
                       r.shards = m_r.optPositiveInt(o, QStringLiteral("shards"), p);
                       r.qps = m_r.optPositiveInt64(o, QStringLiteral("qps"), p);
                       r.price = m_r.optNonNegative(o, QStringLiteral("price"), p);
                       r.note = m_r.optString(o, QStringLiteral("note"), p);
                       r.src = src(o, p);
                       out.redisClasses.append(r);
                   });
}

void CatalogParser::notes(const JsonObject &root, CatalogData &out)
{
    m_r.optObjects(root, QStringLiteral("notes"), kRoot,
                   [&](const JsonObject &o, const QString &p) {
                       CatalogNote n{m_r.string(o, QStringLiteral("id"), p),
                                     m_r.string(o, QStringLiteral("topic"), p),
                                     m_r.string(o, QStringLiteral("fieldGuide"), p),
                                     m_r.string(o, QStringLiteral("facts"), p),
                                     m_r.string(o, QStringLiteral("winner"), p),
                                     m_r.string(o, QStringLiteral("resolution"), p)};
                       if (!n.winner.isEmpty() && n.winner != QLatin1String("facts")
                           && n.winner != QLatin1String("fieldGuide"))
                           m_r.error(JsonReader::child(p, QStringLiteral("winner")),
                                     Tr::tr("expected \"facts\" or \"fieldGuide\""));
                       out.notes.append(n);
                   });
}

} // namespace ecsplan
