#include "checkcommand.h"

#include <QCoreApplication>

// Minimal dispatch until the verb registry (branch foundation) lands.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("check"))
        return ecsplan::runCheck(args.mid(2));
    return 0;
}
