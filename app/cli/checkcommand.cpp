// ecsplan-cli check FILE: the design-review rules for CI (text, JSON or SARIF 2.1.0).

#include "checkcommand.h"

#include "clicommand.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "rules/findingsreport.h"
#include "rules/rulesengine.h"
#include "session/designsession.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QUrl>

namespace ecsplan {

namespace cli {
namespace {

int runCheckVerb(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The .ecsplan design to review."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    Tr::tr("Output format: text (default), json or sarif."),
                                    QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    Tr::tr("Exit 1 when findings of this severity or worse exist: "
                                           "error (default), warning or advice."),
                                    QStringLiteral("severity"), QStringLiteral("error"));
    parser.addOption(format);
    parser.addOption(failOn);
    const QCommandLineOption overlay = catalogOverlayOption();
    parser.addOption(overlay);
    static const Verb &self = *VerbRegistry::find(QStringLiteral("check"));
    if (const int code = parseArguments(parser, self, arguments, io); code >= 0)
        return code;

    auto usage = [&io](const QString &problem) {
        io.err << Tr::tr("ecsplan-cli check: %1").arg(problem) << '\n'
               << "Usage: ecsplan-cli check [--format text|json|sarif] [--fail-on "
                  "error|warning|advice] FILE\n";
        return ExitUsage;
    };
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")
        && fmt != QLatin1String("sarif"))
        return usage(Tr::tr("--format takes text, json or sarif, not \"%1\".").arg(fmt));
    const std::optional<Severity> threshold = severityFromCode(parser.value(failOn));
    if (!threshold)
        return usage(Tr::tr("--fail-on takes error, warning or advice, not \"%1\".")
                             .arg(parser.value(failOn)));
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usage(files.isEmpty() ? Tr::tr("no design given.")
                                     : Tr::tr("one design at a time."));
    const QString file = files.first();

    std::optional<DesignFile::LoadResult> loaded = loadDesign(file, io);
    if (!loaded)
        return ExitFailure;
    // Findings quote the figures `report` gives: the same overlay and price sheet. Zone
    // availability (ECS015) comes from an overlay only.
    std::unique_ptr<Catalog> priced;
    if (!pricedCatalog(file, loaded->model.settings(), {}, parser.value(overlay), io, &priced))
        return ExitFailure;
    const Catalog *catalog = priced ? priced.get() : builtinCatalog();
    auto session = std::make_unique<DesignSession>(*catalog, std::move(loaded->model));
    session->document().setFileName(file);
    const RulesEngine &rules = session->rules();

    // SARIF wants a URI reference: relative paths stay relative, other characters are escaped.
    const QString uri = QFileInfo(file).isAbsolute()
            ? QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded)
            : QString::fromUtf8(QUrl::toPercentEncoding(file, "/"));
    FindingsReport report(session->model(), rules.findings(), rules.mutedFindings(), uri);
    if (fmt == QLatin1String("json"))
        report.writeJson(
                [&io](std::string_view text) { io.writeOut(text.data(), qsizetype(text.size())); });
    else if (fmt == QLatin1String("sarif")) {
        // Only SARIF points at lines of the file.
        if (QFile text(file); text.open(QIODevice::ReadOnly))
            report.setEntityLines(FindingsReport::entityLines(text.readAll()));
        io.writeOut(report.toSarif());
    } else
        io.out << report.toText();
    io.out.flush();
    const int code = report.countAtLeast(*threshold) > 0 ? ExitFailure : ExitOk;
    releaseAtExit(std::move(session), io);
    return code;
}

} // namespace

ECSPLAN_CLI_VERB(check, "check", "FILE",
                 QT_TRANSLATE_NOOP("ecsplan",
                                   "Review a design with the rules (text, json or sarif); "
                                   "exit 1 on findings at or above --fail-on."),
                 runCheckVerb)

} // namespace cli

int runCheck(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::Io io{out, err};
    return cli::runCheckVerb(QStringList{QStringLiteral("check")} + args, io);
}

} // namespace ecsplan
