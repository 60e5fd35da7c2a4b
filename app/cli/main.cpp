// ecsplan-cli: the headless front end. This file only dispatches to the verbs registered in
// clicommand.h (one file per verb in this folder); it links ecsplan_core and needs no display.

#include "clicommand.h"
#include "ecsplan_global.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace ecsplan;
using namespace ecsplan::cli;

namespace {

void printHelp(QTextStream &out)
{
    out << Tr::tr("Usage: ecsplan-cli <command> [options] [arguments]") << "\n\n"
        << Tr::tr("ECS Planner on the command line: check and describe .ecsplan designs "
                  "without a display.")
        << "\n\n"
        << Tr::tr("Commands:") << '\n';
    const QList<Verb> verbs = VerbRegistry::all();
    int width = 0;
    for (const Verb &verb : verbs)
        width = std::max(width, int(qstrlen(verb.name) + 1 + qstrlen(verb.synopsis)));
    for (const Verb &verb : verbs) {
        const QString head = QStringLiteral("%1 %2").arg(QLatin1String(verb.name),
                                                         QLatin1String(verb.synopsis));
        out << "  " << head.leftJustified(width + 2) << Tr::tr(verb.summary) << '\n';
    }
    out << '\n'
        << Tr::tr("Options:") << '\n'
        << "  -h, --help     "
        << Tr::tr("Show this help; \"ecsplan-cli <command> --help\" shows a command's options.")
        << '\n'
        << "  -v, --version  " << Tr::tr("Show the version.") << "\n\n"
        << Tr::tr("Exit status: 0 success, 1 invalid design or failed check, 2 wrong usage.")
        << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecsplan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ECSPLAN_VERSION));
    QTranslator translator; // English is the source language: nothing to load for it
    if (translator.load(QLocale(), QStringLiteral("ecsplan"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io{out, err, /*processEndsAfter=*/true};
    const QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);

    if (first == QLatin1String("-h") || first == QLatin1String("--help")
        || (first == QLatin1String("help") && arguments.size() == 2)) {
        printHelp(out);
        return ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        out << "ecsplan-cli " << ECSPLAN_VERSION << '\n';
        return ExitOk;
    }
    if (first.isEmpty()) {
        printHelp(err);
        return ExitUsage;
    }
    QStringList verbArguments = arguments.mid(1);
    if (first == QLatin1String("help")) // "help validate" = "validate --help"
        verbArguments = {arguments[2], QStringLiteral("--help")};
    const Verb *verb = VerbRegistry::find(verbArguments.first());
    if (!verb) {
        err << Tr::tr("ecsplan-cli: unknown command \"%1\". Run \"ecsplan-cli --help\" for the "
                      "list.")
                        .arg(verbArguments.first())
            << '\n';
        return ExitUsage;
    }
    return verb->run(verbArguments, io);
}
