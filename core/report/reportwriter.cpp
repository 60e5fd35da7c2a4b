#include "reportwriter.h"

#include "ecsplan_global.h"

#include <QLocale>

#include <algorithm>

namespace ecsplan::ReportWriter {

using Json = nlohmann::ordered_json;

namespace {

QString q(const Json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

QString money(double v)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(v, 'f', 2);
}

QString count(double v)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(v, 'f', 0);
}

/** One costed line of the report. */
struct Row
{
    QString region, zone, name, kind, category, detail;
    std::optional<double> monthly; ///< empty: price missing
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
    return r.monthly ? money(*r.monthly) : Tr::tr("price missing");
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

QString table(const nlohmann::ordered_json &report)
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
            line(QStringLiteral("  ") + Tr::tr("%1 subtotal").arg(zone), {}, {},
                 money(subtotal(rows, region, &zone, report["totals"])));
    };
    const auto closeRegion = [&]() {
        line(Tr::tr("%1 subtotal").arg(region.isEmpty() ? Tr::tr("(no region)") : region), {}, {},
             money(subtotal(rows, region, nullptr, report["totals"])));
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
    out += QLatin1Char('\n') + Tr::tr("By category:") + QLatin1Char('\n');
    for (auto it = totals["byCategory"].begin(); it != totals["byCategory"].end(); ++it)
        out += QStringLiteral("  %1 %2\n")
                       .arg(QString::fromStdString(it.key()).leftJustified(16),
                            money(it.value().get<double>()).rightJustified(costW));
    out += Tr::tr("By billing model (whole design):") + QLatin1Char('\n');
    for (auto it = totals["byBillingModel"].begin(); it != totals["byBillingModel"].end(); ++it)
        out += QStringLiteral("  %1 %2\n")
                       .arg(QString::fromStdString(it.key()).leftJustified(16),
                            money(it.value().get<double>()).rightJustified(costW));
    const Json &missing = report["missingPrices"];
    if (!missing.empty()) {
        out += Tr::tr("%n price(s) missing, not included in the totals:", nullptr,
                      int(missing.size()))
                + QLatin1Char('\n');
        for (const Json &m : missing)
            out += QStringLiteral("  - ") + q(m) + QLatin1Char('\n');
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
    out += QStringLiteral(",,total,,,,%1,%2,%3\r\n")
                   .arg(QString::number(report["totals"]["monthlyCost"].get<double>(), 'f', 2),
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
                           .arg(cell(Tr::tr("%1 subtotal").arg(r.zone)),
                                money(subtotal(rows, r.region, &r.zone, report["totals"])));
        if (regionEnds)
            out += QStringLiteral("| **%1** | | | | | **%2** |\n")
                           .arg(cell(Tr::tr("%1 subtotal")
                                             .arg(r.region.isEmpty() ? Tr::tr("(no region)")
                                                                     : r.region)),
                                money(subtotal(rows, r.region, nullptr, report["totals"])));
    }
    const Json &totals = report["totals"];
    const double credit = totals["internetFreeQuotaCredit"].get<double>();
    if (credit > 0)
        out += QStringLiteral("| %1 | | | | | %2 |\n")
                       .arg(Tr::tr("Internet free quota"), money(-credit));
    out += QStringLiteral("| **%1** | | | | | **%2** |\n\n")
                   .arg(Tr::tr("Total"), money(totals["monthlyCost"].get<double>()));
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

QString render(const nlohmann::ordered_json &report, Format format)
{
    switch (format) {
    case Format::Table:
        return table(report);
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
