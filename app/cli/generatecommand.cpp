// ecsplan-cli generate --components N [--seed S] -o FILE: a realistic synthetic design of any
// size, to try the planner (and a CI pipeline) at your own scale; the benchmarks' input.

#include "clicommand.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "generate/designgenerator.h"
#include "io/designfile.h"

#include <QCommandLineParser>

namespace ecsplan::cli {

namespace {

int runGenerate(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption components(
            {QStringLiteral("n"), QStringLiteral("components")},
            Tr::tr("Number of components (rounded up to whole stacks of %1; 1 to 1000000).")
                    .arg(GeneratorStackComponents),
            QStringLiteral("count"), QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Tr::tr("Seed of the variations (0 to 4294967295)."),
                                  QStringLiteral("seed"), QStringLiteral("1"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The .ecsplan file to write."), QStringLiteral("file"));
    parser.addOptions({components, seed, output});
    static const Verb &self = *VerbRegistry::find(QStringLiteral("generate"));
    if (const int code = parseArguments(parser, self, arguments, io); code >= 0)
        return code;

    bool countOk = false;
    const int count = parser.value(components).toInt(&countOk);
    bool seedOk = false;
    const uint seedValue = parser.value(seed).toUInt(&seedOk);
    QString usage;
    if (!countOk || count < 1 || count > 1000000)
        usage = Tr::tr("ecsplan-cli generate: --components must be a whole number from 1 to "
                       "1000000, not \"%1\".")
                        .arg(parser.value(components));
    else if (!seedOk)
        usage = Tr::tr("ecsplan-cli generate: --seed must be a whole number from 0 to "
                       "4294967295, not \"%1\".")
                        .arg(parser.value(seed));
    else if (!parser.isSet(output) || !parser.positionalArguments().isEmpty())
        usage = Tr::tr("ecsplan-cli generate: name the file to write with -o FILE (and no other "
                       "arguments).");
    if (!usage.isEmpty()) {
        io.err << usage << '\n' << "Usage: ecsplan-cli generate [options] -o FILE\n";
        return ExitUsage;
    }

    const Model model = generateDesign({count, seedValue});
    QString error;
    if (!DesignFile::save(model, parser.value(output), &error, builtinCatalog()->version())) {
        io.err << error << '\n';
        return ExitFailure;
    }
    io.out << Tr::tr("Wrote %1: %n entities", nullptr, model.size()).arg(parser.value(output))
           << '\n';
    return ExitOk;
}

} // namespace

ECSPLAN_CLI_VERB(generate, "generate", "-o FILE",
                 QT_TRANSLATE_NOOP("ecsplan",
                                   "Write a realistic synthetic design of any size (regions, "
                                   "zones, load balancers, scaling groups, app and database "
                                   "tiers with disks, caches and their traffic)."),
                 runGenerate)

} // namespace ecsplan::cli
