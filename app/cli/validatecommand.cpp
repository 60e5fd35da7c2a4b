// ecsplan-cli validate FILE...: loads each design with the checks the application applies and
// reports every problem with its file and JSON path.

#include "clicommand.h"

#include "ecsplan_global.h"
#include "io/designfile.h"

#include <QCommandLineParser>

namespace ecsplan::cli {

namespace {

int runValidate(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The .ecsplan designs to check."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   Tr::tr("Print nothing for valid designs."));
    const QCommandLineOption noCatalog(QStringLiteral("no-catalog"),
                                       Tr::tr("Check the structure only, not instance types, disk "
                                              "categories and regions against the catalog."));
    parser.addOption(quiet);
    parser.addOption(noCatalog);
    static const Verb &self = *VerbRegistry::find(QStringLiteral("validate"));
    if (const int code = parseArguments(parser, self, arguments, io); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        io.err << Tr::tr("ecsplan-cli validate: no design given.") << '\n'
               << "Usage: ecsplan-cli validate [options] FILE...\n";
        return ExitUsage;
    }

    const Catalog *catalog = parser.isSet(noCatalog) ? nullptr : builtinCatalog();
    int invalid = 0;
    for (const QString &file : files) {
        const std::optional<DesignFile::LoadResult> result = loadDesign(file, io, catalog);
        if (!result) {
            ++invalid;
            continue;
        }
        if (!parser.isSet(quiet))
            io.out << Tr::tr("%1: valid (%n component(s))", nullptr, result->model.size()).arg(file)
                   << '\n';
        io.out.flush();
    }
    if (invalid > 0 && files.size() > 1)
        io.err << Tr::tr("%1 of %n design(s) invalid.", nullptr, int(files.size())).arg(invalid)
               << '\n';
    return invalid == 0 ? ExitOk : ExitFailure;
}

} // namespace

ECSPLAN_CLI_VERB(
        validate, "validate", "FILE...",
        QT_TRANSLATE_NOOP("ecsplan",
                          "Check designs; every problem is reported with its file and JSON path."),
        runValidate)

} // namespace ecsplan::cli
