// ecsplan-cli report FILE [--format table|json|csv|markdown] [--billing MODEL] [--currency C]
// [--traffic K]:
// the design's monthly cost and performance figures (docs/report-format.md).

#include "reportcommand.h"

#include "clicommand.h"

#include "ecsplan_global.h"
#include "io/designfile.h"
#include "report/reportbuilder.h"
#include "report/reportwriter.h"

#include "catalog/catalog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ecsplan::cli {

namespace {

int runReport(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("The .ecsplan design to report on."));
    const QCommandLineOption format(
            QStringLiteral("format"),
            Tr::tr("Output format: %1 (default table).")
                    .arg(ReportWriter::formatCodes().join(QStringLiteral(", "))),
            QStringLiteral("FORMAT"), QStringLiteral("table"));
    const QCommandLineOption billing(
            QStringLiteral("billing"),
            Tr::tr("Price every instance and cache in this billing model: %1.")
                    .arg(billingModelCodes().join(QStringLiteral(", "))),
            QStringLiteral("MODEL"));
    const QCommandLineOption currency(
            QStringLiteral("currency"),
            Tr::tr("Display currency: CNY or USD (default: the design's)."), QStringLiteral("C"));
    const QCommandLineOption explain(
            QStringLiteral("explain"),
            Tr::tr("Table format: show each figure's formula with this design's values, notes and "
                   "dated sources, and the assumptions behind the figures."));
    parser.addOption(format);
    parser.addOption(billing);
    parser.addOption(currency);
    parser.addOption(explain);
    const QCommandLineOption priceSheet(
            QStringLiteral("price-sheet"),
            Tr::tr("Apply a price sheet (docs/price-sheets.md) on top of the built-in catalog. "
                   "Default: the sheet named in the design's settings, if any."),
            QStringLiteral("FILE"));
    parser.addOption(priceSheet);
    const QCommandLineOption traffic(
            QStringLiteral("traffic"),
            Tr::tr("What-if: multiply every link's requests and transfer by K (0.01–1000; "
                   "docs/demand.md)."),
            QStringLiteral("K"));
    parser.addOption(traffic);
    const QCommandLineOption overlay = catalogOverlayOption();
    parser.addOption(overlay);
    static const Verb &self = *VerbRegistry::find(QStringLiteral("report"));
    if (const int code = parseArguments(parser, self, arguments, io); code >= 0)
        return code;

    const auto usage = [&io](const QString &message) {
        io.err << "ecsplan-cli report: " << message << '\n'
               << "Usage: ecsplan-cli report [options] FILE\n";
        return ExitUsage;
    };
    if (parser.positionalArguments().size() != 1)
        return usage(Tr::tr("expected exactly one design."));
    const std::optional<ReportWriter::Format> outputFormat
            = ReportWriter::formatFromCode(parser.value(format));
    if (!outputFormat)
        return usage(Tr::tr("unknown format \"%1\"; expected one of %2.")
                             .arg(parser.value(format),
                                  ReportWriter::formatCodes().join(QStringLiteral(", "))));
    ReportOptions options;
    if (parser.isSet(billing)) {
        options.billing = billingModelFromCode(parser.value(billing));
        if (!options.billing)
            return usage(Tr::tr("unknown billing model \"%1\"; expected one of %2.")
                                 .arg(parser.value(billing),
                                      billingModelCodes().join(QStringLiteral(", "))));
    }
    if (parser.isSet(currency)) {
        options.currency = parser.value(currency).toUpper();
        if (options.currency != QLatin1String("CNY") && options.currency != QLatin1String("USD"))
            return usage(Tr::tr("unknown currency \"%1\"; expected CNY or USD.")
                                 .arg(parser.value(currency)));
    }

    if (parser.isSet(traffic)) {
        bool ok = false;
        options.trafficFactor = parser.value(traffic).toDouble(&ok);
        if (!ok || !(options.trafficFactor >= 0.01 && options.trafficFactor <= 1000))
            return usage(Tr::tr("--traffic expects a number from 0.01 to 1000, not \"%1\".")
                                 .arg(parser.value(traffic)));
    }

    const QString file = parser.positionalArguments().first();
    std::optional<DesignFile::LoadResult> loaded = loadDesign(file, io);
    if (!loaded)
        return ExitFailure;
    // A catalog overlay and a price sheet: the options, else the design's own (relative to the
    // design's folder).
    std::unique_ptr<Catalog> priced;
    if (!pricedCatalog(file, loaded->model.settings(), parser.value(priceSheet),
                       parser.value(overlay), io, &priced))
        return ExitFailure;
    const Catalog *catalog = priced ? priced.get() : builtinCatalog();
    if (*outputFormat == ReportWriter::Format::Json) {
        // Streamed: the same text as render() without the whole report in memory.
        ReportBuilder::writeJson(
                std::move(loaded->model), catalog, options,
                [&io](std::string_view text) { io.writeOut(text.data(), qsizetype(text.size())); });
        return ExitOk;
    }
    const nlohmann::ordered_json report = ReportBuilder::build(loaded->model, catalog, options);
    io.out << ReportWriter::render(report, *outputFormat, parser.isSet(explain));
    return ExitOk;
}

} // namespace

ECSPLAN_CLI_VERB(
        report, "report", "FILE",
        QT_TRANSLATE_NOOP(
                "ecsplan",
                "Monthly cost and performance of a design (table, JSON, CSV or Markdown)."),
        runReport)

} // namespace ecsplan::cli
