#include "fuzzsupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace ecsplan::fuzz {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "ecsplan-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, detail.left(4000).constData());
    std::abort();
}

} // namespace ecsplan::fuzz
