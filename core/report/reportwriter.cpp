#include "reportwriter.h"

#include "ecsplan_global.h"
#include "metrics/formatting.h"

#include <algorithm>

namespace ecsplan::ReportWriter {

using Json = nlohmann::ordered_json;

namespace {

QString q(const Json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

/** Money in a table whose header names the currency: the one formatter, without it. */
QString money(double v)
{
    return metrics::moneyAmount(v);
}

QString count(double v)
{
    return metrics::fixed(v, 0);
}

/** One costed line of the report. */
struct Row
{
    QString region, zone, name, kind, category, detail;
    std::optional<double> monthly; ///< empty: price missing
    double knownPart = 0; ///< the priced part when `monthly` is empty
    const Json *item = nullptr;
};

QString detailOf(const QString &kind, const Json &item)
{
    if (kind == QLatin1String("instanceGroup"))
        return QStringLiteral("%1 × %2, %3")
                .arg(q(item["instanceType"]))
                .arg(item["count"].get<int>())
                .arg(q(item["billing"]));
    if (kind == QLatin1String("scalingGroup"))
        return QStringLiteral("%1 × %2 (%3–%4), %5")
                .arg(q(item["instanceType"]))
                .arg(item["count"].get<int>())
                .arg(item["minCount"].get<int>())
                .arg(item["maxCount"].get<int>())
                .arg(q(item["billing"]));
    if (kind == QLatin1String("disk")) {
        QString d = QStringLiteral("%1 %2 %3 GiB, %4 IOPS")
                            .arg(q(item["category"]), q(item["performanceLevel"]))
                            .arg(item["sizeGiB"].get<int>())
                            .arg(count(item["iops"].get<double>()));
        d = d.simplified();
        if (!item["valid"].get<bool>())
            d += Tr::tr(", INVALID");
        return d;
    }
    if (kind == QLatin1String("cache"))
        return QStringLiteral("%1, %2").arg(q(item["instanceClass"]), q(item["billing"]));
    if (kind == QLatin1String("loadBalancer"))
        return q(item["type"]) == QLatin1String("alb")
                ? QStringLiteral("ALB %1").arg(q(item["edition"]))
                : q(item["type"]).toUpper();
    if (kind == QLatin1String("link"))
        return QStringLiteral("%1 → %2, %3 GB/mo, %4")
                .arg(q(item["from"]), q(item["to"]))
                .arg(count(item["transferGBPerMonth"].get<double>()))
                .arg(q(item["scope"]));
    return {};
}

QList<Row> rowsOf(const Json &report)
{
    const std::pair<const char *, const char *> sections[] = {{"instances", "compute"},
                                                              {"disks", "storage"},
                                                              {"caches", "cache"},
                                                              {"loadBalancers", "loadBalancing"},
                                                              {"links", "network"}};
    QList<Row> rows;
    for (const auto &[key, category] : sections) {
        for (const Json &item : report[key]) {
            Row r;
            r.region = q(item["region"]);
            r.zone = q(item["zone"]);
            r.name = q(item["name"]);
            r.kind = q(item["kind"]);
            r.category = QString::fromLatin1(category);
            r.detail = detailOf(r.kind, item);
            if (!item["priceMissing"].get<bool>())
                r.monthly = item["monthlyCost"].get<double>();
            else if (item.contains("monthlyCostKnownPart"))
                r.knownPart = item["monthlyCostKnownPart"].get<double>();
            r.item = &item;
            rows << r;
        }
    }
    // Placed items by region and zone; items outside a region or zone after the placed ones.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const auto key = [](const Row &r) {
            return std::make_tuple(r.region.isEmpty(), r.region, r.zone.isEmpty(), r.zone);
        };
        return key(a) < key(b);
    });
    return rows;
}

QString costText(const Row &r)
{
    if (r.monthly)
        return money(*r.monthly);
    return r.knownPart > 0 ? Tr::tr("%1 + no price").arg(money(r.knownPart))
                           : Tr::tr("price missing");
}

/** " (incomplete)" when the report says the zone's / region's total lacks prices. */
QString incompleteMark(const Json &totals, const char *group, const QString &code)
{
    if (!totals.contains("completeness") || !totals["completeness"].contains(group))
        return {};
    const Json &complete = totals["completeness"][group];
    const std::string key = code.toStdString();
    if (!key.empty() && complete.contains(key) && !complete[key].get<bool>())
        return Tr::tr(" (incomplete)");
    return {};
}

/** "+ 2 items without a price" after a total, empty when the report is complete. */
QString unpricedText(const Json &report)
{
    return metrics::unpricedSuffix(int(report["missingPrices"].size()));
}

/**
 * A zone's or region's subtotal: the engine's exact figure from the report's totals when it
 * has one (row sums of rounded figures could differ by a cent from the total line).
 */
double subtotal(const QList<Row> &rows, const QString &region, const QString *zone,
                const Json &totals)
{
    const Json &exact = zone ? totals["byZone"] : totals["byRegion"];
    const std::string key = (zone ? *zone : region).toStdString();
    if (!key.empty() && exact.contains(key))
        return exact[key].get<double>();
    double sum = 0;
    for (const Row &r : rows) {
        if (r.region == region && (!zone || r.zone == *zone) && r.monthly)
            sum += *r.monthly;
    }
    return sum;
}

QString header(const Json &report)
{
    QString h = Tr::tr("Cost report: %1").arg(q(report["title"])) + QLatin1Char('\n');
    h += Tr::tr("Currency %1 (1 USD = %2 CNY), catalog %3 as of %4")
                 .arg(q(report["currency"]))
                 .arg(report["cnyPerUsd"].get<double>())
                 .arg(q(report["catalogVersion"]), q(report["catalogAsOf"]));
    if (report.contains("catalogOverlay")) {
        const Json &overlay = report["catalogOverlay"];
        QStringList dates;
        for (const Json &src : overlay["sources"])
            dates << q(src["asOf"]);
        std::sort(dates.begin(), dates.end());
        const QString span = dates.isEmpty() ? QString()
                : dates.first() == dates.last()
                ? dates.first()
                : dates.first() + QStringLiteral("–") + dates.last();
        h += QLatin1Char('\n')
                + Tr::tr("Catalog overlay %1: %n Alibaba Cloud API response(s) saved %2", nullptr,
                         int(dates.size()))
                          .arg(q(overlay["file"]), span);
    }
    if (report["billingOverride"].is_string())
        h += QLatin1Char('\n')
                + Tr::tr("Every instance and cache priced as %1").arg(q(report["billingOverride"]));
    return h + QLatin1Char('\n');
}

} // namespace

std::optional<Format> formatFromCode(const QString &code)
{
    const QStringList codes = formatCodes();
    const qsizetype i = codes.indexOf(code);
    return i < 0 ? std::nullopt : std::optional<Format>(Format(i));
}

QStringList formatCodes()
{
    return {QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv"),
            QStringLiteral("markdown")};
}

QString json(const nlohmann::ordered_json &report)
{
    return QString::fromStdString(report.dump(2)) + QLatin1Char('\n');
}

QString table(const nlohmann::ordered_json &report, bool explain)
{
    const QList<Row> rows = rowsOf(report);
    const QString currency = q(report["currency"]);
    int nameW = 4, kindW = 4, detailW = 6;
    for (const Row &r : rows) {
        nameW = std::max(nameW, int(r.name.size()) + 4);
        kindW = std::max(kindW, int(r.kind.size()));
        detailW = std::max(detailW, int(r.detail.size()));
    }
    const int costW = 16;
    const int width = nameW + kindW + detailW + costW + 6;
    QString out = header(report) + QLatin1Char('\n');
    const auto line = [&](const QString &name, const QString &kind, const QString &detail,
                          const QString &cost) {
        out += QLatin1Char(' ') + name.leftJustified(nameW) + QStringLiteral("  ")
                + kind.leftJustified(kindW) + QStringLiteral("  ") + detail.leftJustified(detailW)
                + QStringLiteral(" ") + cost.rightJustified(costW) + QLatin1Char('\n');
    };
    line(Tr::tr("NAME"), Tr::tr("KIND"), Tr::tr("DETAIL"), Tr::tr("MONTHLY (%1)").arg(currency));
    QString region, zone;
    bool first = true;
    const auto closeZone = [&]() {
        if (!zone.isEmpty())
            line(QStringLiteral("  ") + Tr::tr("%1 subtotal").arg(zone)
                         + incompleteMark(report["totals"], "byZone", zone),
                 {}, {}, money(subtotal(rows, region, &zone, report["totals"])));
    };
    const auto closeRegion = [&]() {
        line(Tr::tr("%1 subtotal").arg(region.isEmpty() ? Tr::tr("(no region)") : region)
                     + incompleteMark(report["totals"], "byRegion", region),
             {}, {}, money(subtotal(rows, region, nullptr, report["totals"])));
    };
    const auto explainItem = [&](const Row &r) {
        if (!explain || !r.item || !r.item->contains("costExplanation"))
            return;
        const Json &why = (*r.item)["costExplanation"];
        const QString indent(8, QLatin1Char(' '));
        out += indent + q(why["formula"]) + QLatin1Char('\n');
        for (const Json &note : why["notes"])
            out += indent + QStringLiteral("• ") + q(note) + QLatin1Char('\n');
        for (const Json &c : why["citations"]) {
            QString text = Tr::tr("Source: %1").arg(q(c["what"]));
            if (!q(c["source"]).isEmpty())
                text += QStringLiteral(" — ") + q(c["source"]);
            if (c["asOf"].is_string())
                text += Tr::tr(" (as of %1)").arg(q(c["asOf"]));
            if (c["assumption"].get<bool>())
                text += Tr::tr(" [assumption]");
            out += indent + text + QLatin1Char('\n');
        }
        for (const Json &m : (*r.item)["missingPrices"])
            out += indent + Tr::tr("no price: %1").arg(q(m)) + QLatin1Char('\n');
    };
    for (const Row &r : rows) {
        if (first || r.region != region) {
            if (!first) {
                closeZone();
                closeRegion();
            }
            out += QStringLiteral("\n ") + (r.region.isEmpty() ? Tr::tr("(no region)") : r.region)
                    + QLatin1Char('\n');
            region = r.region;
            zone.clear();
            first = false;
            if (!r.zone.isEmpty()) {
                zone = r.zone;
                out += QStringLiteral("   ") + zone + QLatin1Char('\n');
            }
        } else if (r.zone != zone) {
            closeZone();
            zone = r.zone;
            out += QStringLiteral("   ") + (zone.isEmpty() ? Tr::tr("(no zone)") : zone)
                    + QLatin1Char('\n');
        }
        line(QStringLiteral("    ") + r.name, r.kind, r.detail, costText(r));
        explainItem(r);
    }
    if (!first) {
        closeZone();
        closeRegion();
    }
    const Json &totals = report["totals"];
    out += QLatin1Char(' ') + QString(width - 1, QChar(0x2500)) + QLatin1Char('\n');
    const double credit = totals["internetFreeQuotaCredit"].get<double>();
    if (credit > 0)
        line(Tr::tr("Internet free quota"), {}, {}, money(-credit));
    line(Tr::tr("OVERALL TOTAL"), {}, {}, money(totals["monthlyCost"].get<double>()));
    if (!report["missingPrices"].empty())
        out += QLatin1Char(' ') + QString(nameW + kindW + detailW + 5, QLatin1Char(' '))
                + unpricedText(report) + QLatin1Char('\n');
    const auto incomplete = [&](const char *group, const std::string &key) {
        if (!totals.contains("completeness") || !totals["completeness"].contains(group))
            return QString();
        const Json &c = totals["completeness"][group];
        return c.contains(key) && !c[key].get<bool>() ? Tr::tr("  (incomplete)") : QString();
    };
    out += QLatin1Char('\n') + Tr::tr("By category:") + QLatin1Char('\n');
    for (auto it = totals["byCategory"].begin(); it != totals["byCategory"].end(); ++it)
        out += QStringLiteral("  %1 %2%3\n")
                       .arg(QString::fromStdString(it.key()).leftJustified(16),
                            money(it.value().get<double>()).rightJustified(costW),
                            incomplete("byCategory", it.key()));
    out += Tr::tr("By billing model (whole design):") + QLatin1Char('\n');
    for (auto it = totals["byBillingModel"].begin(); it != totals["byBillingModel"].end(); ++it) {
        const int unpriced = totals.contains("missingPricesByBillingModel")
                        && totals["missingPricesByBillingModel"].contains(it.key())
                ? int(totals["missingPricesByBillingModel"][it.key()].size())
                : 0;
        out += QStringLiteral("  %1 %2%3\n")
                       .arg(QString::fromStdString(it.key()).leftJustified(16),
                            money(it.value().get<double>()).rightJustified(costW),
                            unpriced > 0 ? QStringLiteral(" ") + metrics::unpricedSuffix(unpriced)
                                         : QString());
    }
    const Json &paths = report.contains("paths") ? report["paths"] : Json::array();
    if (!paths.empty()) {
        out += Tr::tr("Request paths (round trip, ms):") + QLatin1Char('\n');
        for (const Json &p : paths) {
            QStringList hops;
            for (const Json &h : p["hops"])
                hops << q(h);
            QString text = QStringLiteral("  %1: %2–%3")
                                   .arg(hops.join(QStringLiteral(" → ")),
                                        metrics::number(p["latencyMs"]["typical"].get<double>()),
                                        metrics::number(p["latencyMs"]["worst"].get<double>()));
            if (p.value("partial", false)) {
                const int n = int(p["unmodelledLinkIds"].size());
                text += QLatin1Char(' ')
                        + (n == 1 ? Tr::tr("(partial: 1 hop not modelled, counted as 0 ms)")
                                  : Tr::tr("(partial: %n hops not modelled, counted as 0 ms)",
                                           nullptr, n));
            }
            if (p.contains("saturatesFirst") && p["saturatesFirst"].is_object()) {
                const Json &sat = p["saturatesFirst"];
                text += QLatin1Char(' ')
                        + Tr::tr("[saturates first: %1, %2 %3 %; headroom × %4]")
                                  .arg(q(sat["name"]), q(sat["resource"]),
                                       metrics::number(sat["utilisationPercent"].get<double>(), 0),
                                       metrics::number(sat["headroom"].get<double>()));
            }
            out += text + QLatin1Char('\n');
        }
    }
    const Json &loads = report.contains("loads") ? report["loads"] : Json::array();
    if (!loads.empty()) {
        out += Tr::tr("Demand against capacity at the peak (amber > 70 %, red > 100 %):")
                + QLatin1Char('\n');
        for (const Json &l : loads) {
            QStringList parts;
            for (const Json &r : l["resources"]) {
                const double pct = r["utilisationPercent"].get<double>();
                QString part
                        = QStringLiteral("%1 %2 %").arg(q(r["resource"]), metrics::number(pct, 0));
                if (q(r["level"]) != QLatin1String("normal"))
                    part += QStringLiteral(" [%1]").arg(q(r["level"]).toUpper());
                parts << part;
            }
            const Json &d = l["demand"];
            QString capacity = parts.join(QStringLiteral(", "));
            if (parts.isEmpty() && l.contains("capacityUnits"))
                capacity = Tr::tr("%1 capacity units (LCU) at the peak, %2 in the average hour "
                                  "(%3)")
                                   .arg(metrics::number(
                                                l["capacityUnits"]["peak"]["units"].get<double>()),
                                        metrics::number(l["capacityUnits"]["average"]["units"]
                                                                .get<double>()),
                                        q(l["capacityUnits"]["peak"]["dominant"]));
            else if (parts.isEmpty())
                capacity = Tr::tr("no capacity figure (demand only)");
            QString text = QStringLiteral("  %1: %2").arg(q(l["name"]), capacity);
            text += QLatin1Char(' ')
                    + Tr::tr("(%1 req/s in, %2 Gbit/s in / %3 out, %4 packets/s)")
                              .arg(metrics::number(d["servedRps"].get<double>(), 0),
                                   metrics::number(d["peakGbpsIn"].get<double>()),
                                   metrics::number(d["peakGbpsOut"].get<double>()),
                                   metrics::number(d["peakPps"].get<double>(), 0));
            if (l["utilisationPercentAtMax"].is_number())
                text += QLatin1Char(' ')
                        + Tr::tr("at min/max size: %1 % / %2 %")
                                  .arg(metrics::number(
                                               l["utilisationPercentAtMin"].is_number()
                                                       ? l["utilisationPercentAtMin"].get<double>()
                                                       : 0.0,
                                               0),
                                       metrics::number(l["utilisationPercentAtMax"].get<double>(),
                                                       0));
            out += text + QLatin1Char('\n');
            if (explain) {
                for (const QString &step : q(l["explanation"]["formula"]).split(QLatin1Char('\n')))
                    out += QStringLiteral("      ") + step + QLatin1Char('\n');
            }
        }
    }
    const Json &missing = report["missingPrices"];
    if (!missing.empty()) {
        out += Tr::tr("%n price(s) missing, not included in the totals:", nullptr,
                      int(missing.size()))
                + QLatin1Char('\n');
        for (const Json &m : missing)
            out += QStringLiteral("  - ") + q(m) + QLatin1Char('\n');
    }
    if (explain && report.contains("assumptions")) {
        out += Tr::tr("Assumptions:") + QLatin1Char('\n');
        for (const Json &a : report["assumptions"]) {
            const Json &c = a["source"];
            QString text = QStringLiteral("  - %1: %2 — %3")
                                   .arg(q(a["what"]), q(a["value"]), q(a["why"]));
            if (!q(c["source"]).isEmpty())
                text += QStringLiteral(" (") + q(c["source"])
                        + (c["asOf"].is_string() ? QStringLiteral(", ") + q(c["asOf"]) : QString())
                        + QLatin1Char(')');
            out += text + QLatin1Char('\n');
        }
    }
    return out;
}

namespace {

QString csvField(const QString &v)
{
    if (!v.contains(QLatin1Char(',')) && !v.contains(QLatin1Char('"'))
        && !v.contains(QLatin1Char('\n')))
        return v;
    QString escaped = v;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString csv(const nlohmann::ordered_json &report)
{
    QString out = QStringLiteral(
            "region,zone,name,kind,category,detail,monthlyCost,currency,priceMissing\r\n");
    const QString currency = q(report["currency"]);
    for (const Row &r : rowsOf(report)) {
        const QStringList fields = {r.region,
                                    r.zone,
                                    r.name,
                                    r.kind,
                                    r.category,
                                    r.detail,
                                    r.monthly ? QString::number(*r.monthly, 'f', 2) : QString(),
                                    currency,
                                    r.monthly ? QStringLiteral("false") : QStringLiteral("true")};
        QStringList escaped;
        for (const QString &f : fields)
            escaped << csvField(f);
        out += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    // The total row's detail says how many items have no price ("+ 2 items without a price").
    out += QStringLiteral(",,total,,,%1,%2,%3,%4\r\n")
                   .arg(csvField(unpricedText(report)),
                        QString::number(report["totals"]["monthlyCost"].get<double>(), 'f', 2),
                        currency,
                        report["missingPrices"].empty() ? QStringLiteral("false")
                                                        : QStringLiteral("true"));
    return out;
}

QString markdown(const nlohmann::ordered_json &report)
{
    const QString currency = q(report["currency"]);
    const auto cell = [](QString v) {
        return v.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    };
    QString out = QStringLiteral("# ") + cell(Tr::tr("Cost report: %1").arg(q(report["title"])))
            + QStringLiteral("\n\n");
    out += header(report).section(QLatin1Char('\n'), 1).trimmed() + QStringLiteral("\n\n");
    out += Tr::tr("| Region | Zone | Name | Kind | Detail | Monthly (%1) |").arg(currency)
            + QStringLiteral("\n|---|---|---|---|---|---:|\n");
    const QList<Row> rows = rowsOf(report);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                       .arg(cell(r.region), cell(r.zone), cell(r.name), r.kind, cell(r.detail),
                            costText(r));
        const bool zoneEnds = i + 1 == rows.size() || rows[i + 1].zone != r.zone
                || rows[i + 1].region != r.region;
        const bool regionEnds = i + 1 == rows.size() || rows[i + 1].region != r.region;
        if (zoneEnds && !r.zone.isEmpty())
            out += QStringLiteral("| | **%1** | | | | **%2** |\n")
                           .arg(cell(Tr::tr("%1 subtotal").arg(r.zone)
                                     + incompleteMark(report["totals"], "byZone", r.zone)),
                                money(subtotal(rows, r.region, &r.zone, report["totals"])));
        if (regionEnds)
            out += QStringLiteral("| **%1** | | | | | **%2** |\n")
                           .arg(cell(Tr::tr("%1 subtotal")
                                             .arg(r.region.isEmpty() ? Tr::tr("(no region)")
                                                                     : r.region)
                                     + incompleteMark(report["totals"], "byRegion", r.region)),
                                money(subtotal(rows, r.region, nullptr, report["totals"])));
    }
    const Json &totals = report["totals"];
    const double credit = totals["internetFreeQuotaCredit"].get<double>();
    if (credit > 0)
        out += QStringLiteral("| %1 | | | | | %2 |\n")
                       .arg(Tr::tr("Internet free quota"), money(-credit));
    out += QStringLiteral("| **%1** | | | | | **%2** |\n\n")
                   .arg(Tr::tr("Total"),
                        report["missingPrices"].empty() ? money(totals["monthlyCost"].get<double>())
                                                        : money(totals["monthlyCost"].get<double>())
                                        + QLatin1Char(' ') + unpricedText(report));
    out += QStringLiteral("## ") + Tr::tr("By category") + QStringLiteral("\n\n| ")
            + Tr::tr("Category") + QStringLiteral(" | ") + Tr::tr("Monthly (%1)").arg(currency)
            + QStringLiteral(" |\n|---|---:|\n");
    for (auto it = totals["byCategory"].begin(); it != totals["byCategory"].end(); ++it)
        out += QStringLiteral("| %1 | %2 |\n")
                       .arg(QString::fromStdString(it.key()), money(it.value().get<double>()));
    const Json &missing = report["missingPrices"];
    if (!missing.empty()) {
        out += QStringLiteral("\n## ") + Tr::tr("Missing prices (not in the totals)")
                + QStringLiteral("\n\n");
        for (const Json &m : missing)
            out += QStringLiteral("- ") + cell(q(m)) + QLatin1Char('\n');
    }
    return out;
}

QString render(const nlohmann::ordered_json &report, Format format, bool explain)
{
    switch (format) {
    case Format::Table:
        return table(report, explain);
    case Format::Json:
        return json(report);
    case Format::Csv:
        return csv(report);
    case Format::Markdown:
        return markdown(report);
    }
    return {};
}

} // namespace ecsplan::ReportWriter
