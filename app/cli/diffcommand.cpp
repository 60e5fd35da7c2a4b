// ecsplan-cli diff OLD NEW: what changed between two versions of a design - components, cost
// per component and in total, findings introduced and resolved, request-path latency - for a
// terminal, a pull-request comment (Markdown) or a script (JSON). OLD or NEW may be
// git:REV:PATH, read with `git show REV:PATH` from the current directory's repository.

#include "clicommand.h"

#include "catalog/catalog.h"
#include "diff/designdiff.h"
#include "ecsplan_global.h"
#include "io/designfile.h"
#include "io/designjson.h"

#include <QCommandLineParser>
#include <QProcess>

namespace ecsplan::cli {

namespace {

int runDiff(const QStringList &arguments, Io &io);

const Verb diffVerb{"diff", "OLD NEW",
                    QT_TRANSLATE_NOOP("ecsplan",
                                      "Compare two versions of a design: components, cost, "
                                      "findings, latency (table, JSON or Markdown)."),
                    runDiff};

/** A design from a file or from git; errors are located ("git:HEAD~1:a.ecsplan: /x: ..."). */
bool loadSide(const QString &spec, Model *model, Io &io)
{
    if (!spec.startsWith(QLatin1String("git:"))) {
        std::optional<DesignFile::LoadResult> loaded = loadDesign(spec, io);
        if (!loaded)
            return false;
        *model = std::move(loaded->model);
        return true;
    }
    const QString object = spec.mid(4); // REV:PATH
    if (!object.contains(QLatin1Char(':'))) {
        io.err << spec << ": " << Tr::tr("expected git:REV:PATH, e.g. git:HEAD~1:design.ecsplan")
               << '\n';
        return false;
    }
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("show"), object});
    if (!git.waitForStarted(10000)) {
        io.err << spec << ": " << Tr::tr("cannot run git: %1").arg(git.errorString()) << '\n';
        return false;
    }
    git.waitForFinished(60000);
    if (git.exitStatus() != QProcess::NormalExit || git.exitCode() != 0) {
        io.err << spec << ": "
               << Tr::tr("git show %1 failed: %2")
                          .arg(object, QString::fromUtf8(git.readAllStandardError()).trimmed())
               << '\n';
        return false;
    }
    QStringList errors;
    if (!DesignJson::read(git.readAllStandardOutput(), model, &errors, builtinCatalog())) {
        for (const QString &e : std::as_const(errors))
            io.err << spec << ": " << e << '\n';
        return false;
    }
    return true;
}

int runDiff(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Tr::tr("Compare two versions of a design: components added, removed and changed "
                   "(field by field), monthly cost per component, in total and per billing "
                   "model, findings introduced and resolved, request-path latency. OLD and NEW "
                   "are design files or git:REV:PATH (read with git show)."));
    const QCommandLineOption format(QStringList{QStringLiteral("f"), QStringLiteral("format")},
                                    Tr::tr("Output format: table (default), json or markdown."),
                                    QStringLiteral("format"), QStringLiteral("table"));
    const QCommandLineOption exitCode(
            QStringLiteral("exit-code"),
            Tr::tr("Exit 1 when the designs differ (as git diff --exit-code does)."));
    const QCommandLineOption priceSheet(
            QStringLiteral("price-sheet"),
            Tr::tr("Price both designs with this price sheet (docs/price-sheets.md). Default: the "
                   "sheet named in NEW's settings, if any."),
            QStringLiteral("FILE"));
    const QCommandLineOption overlay = catalogOverlayOption();
    parser.addOptions({format, exitCode, priceSheet, overlay});
    parser.addPositionalArgument(QStringLiteral("OLD"), Tr::tr("The earlier design."));
    parser.addPositionalArgument(QStringLiteral("NEW"), Tr::tr("The later design."));
    if (const int rc = parseArguments(parser, diffVerb, arguments, io); rc >= 0)
        return rc;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json")
        && fmt != QLatin1String("markdown")) {
        io.err << Tr::tr("ecsplan-cli diff: unknown format \"%1\" (table, json or markdown)")
                          .arg(fmt)
               << '\n';
        return ExitUsage;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        io.err << Tr::tr("ecsplan-cli diff: expected two designs, OLD and NEW") << '\n'
               << "Usage: ecsplan-cli diff [options] OLD NEW\n";
        return ExitUsage;
    }
    Model before, after;
    if (!loadSide(files.at(0), &before, io) || !loadSide(files.at(1), &after, io))
        return ExitFailure;
    // Both sides are priced with one catalog, NEW's (its overlay and price sheet, else the
    // options'): every delta is then the design's change, never a change of prices.
    const QString newFile = files.at(1).startsWith(QLatin1String("git:"))
            ? files.at(1).section(QLatin1Char(':'), 2)
            : files.at(1);
    std::unique_ptr<Catalog> priced;
    if (!pricedCatalog(newFile, after.settings(), parser.value(priceSheet), parser.value(overlay),
                       io, &priced))
        return ExitFailure;
    const DesignDiff::Result result
            = DesignDiff::compare(before, after, priced ? *priced : *builtinCatalog());
    if (fmt == QLatin1String("json"))
        io.out << QString::fromStdString(DesignDiff::toJson(result).dump(2)) << '\n';
    else if (fmt == QLatin1String("markdown"))
        io.out << DesignDiff::toMarkdown(result);
    else
        io.out << DesignDiff::toTable(result);
    return parser.isSet(exitCode) && !result.empty() ? ExitFailure : ExitOk;
}

} // namespace

[[maybe_unused]] static const bool ecsplanCliVerb_diff = VerbRegistry::add(diffVerb);

} // namespace ecsplan::cli
