// ecsplan-cli import terraform-json FILE -o DESIGN: turns the JSON of `terraform show -json`
// (a saved plan or the state) into a design (core/io/terraformimport), laid out, and lists the
// resources it did not understand. Exit 0 when the design was written (with or without such
// resources), 1 when the input cannot be read or the design not written, 2 on usage errors.

#include "clicommand.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "io/designfile.h"
#include "io/terraformimport.h"

#include <QCommandLineParser>
#include <QDir>

namespace ecsplan::cli {

namespace {

int runImport(const QStringList &arguments, Io &io);

const Verb importVerb{"import", "terraform-json FILE -o DESIGN",
                      QT_TRANSLATE_NOOP("ecsplan",
                                        "Import the JSON of `terraform show -json` (a saved plan "
                                        "or the state) as a new design."),
                      runImport};

int runImport(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("format"), Tr::tr("Input format: terraform-json."));
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Tr::tr("The JSON file (`terraform show -json plan.out > FILE`)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The .ecsplan design to write."),
                                    QStringLiteral("design"));
    parser.addOption(output);
    if (const int rc = parseArguments(parser, importVerb, arguments, io); rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("terraform-json")
        || !parser.isSet(output)) {
        io.err << Tr::tr("ecsplan-cli import: expected \"terraform-json FILE -o DESIGN\"") << '\n'
               << "Usage: ecsplan-cli import [options] terraform-json FILE -o DESIGN\n";
        return ExitUsage;
    }

    const TerraformImport::Result result = TerraformImport::fromFile(positional.at(1));
    if (!result.ok) {
        io.err << result.error << '\n';
        return ExitFailure;
    }
    if (!result.notUnderstood.isEmpty()) {
        io.err << Tr::tr("Not understood (%n resource(s), left out):", nullptr,
                         int(result.notUnderstood.size()))
               << '\n';
        for (const TerraformImport::Skipped &s : result.notUnderstood)
            io.err << QStringLiteral("  %1 (%2): %3").arg(s.address, s.type, s.reason) << '\n';
    }
    for (const QString &line : result.adjusted)
        io.err << Tr::tr("warning: %1").arg(line) << '\n';
    QString error;
    if (!DesignFile::save(result.model, parser.value(output), &error,
                          builtinCatalog()->version())) {
        io.err << error << '\n';
        return ExitFailure;
    }
    io.out << Tr::tr("Wrote %1: %2 component(s) and %3 inferred link(s) from %4 resource(s), %5 "
                     "not understood")
                      .arg(QDir::toNativeSeparators(parser.value(output)))
                      .arg(result.model.size() - result.inferredLinks)
                      .arg(result.inferredLinks)
                      .arg(result.resourceCount)
                      .arg(result.notUnderstood.size())
           << '\n';
    return ExitOk;
}

} // namespace

[[maybe_unused]] static const bool ecsplanCliVerb_import = VerbRegistry::add(importVerb);

} // namespace ecsplan::cli
