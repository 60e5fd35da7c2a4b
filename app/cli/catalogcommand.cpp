// ecsplan-cli catalog import DIR -o FILE: a catalog overlay from Alibaba Cloud API responses
// saved with the aliyun CLI (docs/catalog-import.md, tools/fetch-alibaba-catalog.sh).

#include "clicommand.h"

#include "catalog/alibabaimport.h"
#include "catalog/catalog.h"
#include "ecsplan_global.h"

#include <QCommandLineParser>
#include <QSaveFile>

#include <algorithm>

namespace ecsplan::cli {

namespace {

int runCatalog(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Tr::tr("The catalog overlay to write (JSON)."),
                                    QStringLiteral("file"));
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("import"),
                                 Tr::tr("The action: import (the only one)."));
    parser.addPositionalArgument(QStringLiteral("DIR"),
                                 Tr::tr("Folder of saved aliyun responses, named "
                                        "<product>_<Action>[_<Parameter>=<value>]….json."));
    static const Verb &self = *VerbRegistry::find(QStringLiteral("catalog"));
    if (const int code = parseArguments(parser, self, arguments, io); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("import")
        || !parser.isSet(output)) {
        io.err << Tr::tr("ecsplan-cli catalog: expected \"import DIR -o FILE\".") << '\n'
               << "Usage: ecsplan-cli catalog import DIR -o FILE\n";
        return ExitUsage;
    }

    QStringList errors;
    const auto overlay
            = AlibabaImport::importDirectory(positional.at(1), *builtinCatalog(), &errors);
    if (!overlay) {
        for (const QString &e : std::as_const(errors))
            io.err << e << '\n';
        io.err << Tr::tr("Nothing written: fix or remove the files above.") << '\n';
        return ExitFailure;
    }
    // The overlay must apply to the catalog it was made against.
    const auto check = builtinCatalog()->clone();
    if (!check->applyOverlay(*overlay, parser.value(output), &errors)) {
        for (const QString &e : std::as_const(errors))
            io.err << parser.value(output) << ": " << e << '\n';
        return ExitFailure;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(overlay->toJson()) < 0 || !file.commit()) {
        io.err << parser.value(output) << ": " << Tr::tr("cannot write: %1").arg(file.errorString())
               << '\n';
        return ExitFailure;
    }
    QStringList dates;
    for (const OverlaySource &s : overlay->sources)
        dates << s.asOf;
    std::sort(dates.begin(), dates.end());
    const QString span = dates.isEmpty()    ? QString()
            : dates.first() == dates.last() ? dates.first()
                                            : dates.first() + QStringLiteral(" – ") + dates.last();
    io.out << Tr::tr("Wrote %1 from %n response file(s) saved %2:", nullptr,
                     int(overlay->sources.size()))
                      .arg(parser.value(output), span)
           << '\n';
    io.out << "  " << Tr::tr("%n price(s)", nullptr, int(overlay->prices.size())) << '\n';
    io.out << "  "
           << Tr::tr("%n zone(s) with instance-type availability", nullptr,
                     int(overlay->availability.size()))
           << '\n';
    io.out << "  "
           << Tr::tr("%n zone(s) with cache-class availability", nullptr,
                     int(overlay->cacheAvailability.size()))
           << '\n';
    io.out << "  " << Tr::tr("%n region zone list(s)", nullptr, int(overlay->zones.size())) << '\n';
    io.out << "  "
           << Tr::tr("%n instance type figure set(s)", nullptr, int(overlay->instanceTypes.size()))
           << '\n';
    if (!overlay->skipped.isEmpty()) {
        io.out << Tr::tr("Left out:") << '\n';
        for (const QString &line : overlay->skipped)
            io.out << "  " << line << '\n';
    }
    return ExitOk;
}

} // namespace

ECSPLAN_CLI_VERB(catalog, "catalog", "import DIR -o FILE",
                 QT_TRANSLATE_NOOP("ecsplan",
                                   "Make a catalog overlay (current prices, zones and zone "
                                   "availability) from Alibaba Cloud API responses saved with "
                                   "the aliyun CLI."),
                 runCatalog)

} // namespace ecsplan::cli
