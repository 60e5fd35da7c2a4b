#include "exportcommand.h"

#include <QCoreApplication>
#include <QTextStream>

// Minimal verb dispatch. Each verb lives in its own file (run<Verb>Command) so that adding
// verbs only adds a line here.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ecsplan-cli"));
    const QStringList args = QCoreApplication::arguments();
    const QString verb = args.value(1);
    if (verb == QLatin1String("export"))
        return ecsplan::cli::runExportCommand(args);
    QTextStream(stderr) << "usage: ecsplan-cli <verb> ...\nverbs: export\n";
    return 2;
}
