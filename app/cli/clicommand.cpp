#include "clicommand.h"

#include "catalog/catalog.h"
#include "catalog/catalogoverlay.h"
#include "ecsplan_global.h"
#include "model/designsettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ecsplan::cli {

namespace {

QList<Verb> &registry()
{
    static QList<Verb> verbs; // function-local: verbs register during static initialisation
    return verbs;
}

} // namespace

bool VerbRegistry::add(const Verb &verb)
{
    Q_ASSERT_X(!find(QLatin1String(verb.name)), "VerbRegistry::add", verb.name);
    registry().append(verb);
    return true;
}

const Verb *VerbRegistry::find(const QString &name)
{
    for (const Verb &verb : registry()) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

QList<Verb> VerbRegistry::all()
{
    QList<Verb> verbs = registry();
    std::sort(verbs.begin(), verbs.end(),
              [](const Verb &a, const Verb &b) { return qstrcmp(a.name, b.name) < 0; });
    return verbs;
}

int parseArguments(QCommandLineParser &parser, const Verb &verb, const QStringList &arguments,
                   Io &io)
{
    parser.setApplicationDescription(Tr::tr(verb.summary));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Tr::tr("Show this help."));
    parser.addOption(help);
    const QString usage = QStringLiteral("Usage: ecsplan-cli %1 [options] %2")
                                  .arg(QLatin1String(verb.name), QLatin1String(verb.synopsis));
    if (!parser.parse(arguments)) {
        io.err << "ecsplan-cli " << verb.name << ": " << parser.errorText() << '\n'
               << usage << '\n'
               << Tr::tr("Run \"ecsplan-cli %1 --help\" for details.").arg(QLatin1String(verb.name))
               << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // helpText() starts with its own "Usage:" line naming the executable; ours names the verb.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        io.out << usage << '\n' << text;
        return ExitOk;
    }
    return -1;
}

const Catalog *builtinCatalog()
{
    return &Catalog::builtin();
}

std::optional<DesignFile::LoadResult> loadDesign(const QString &file, Io &io,
                                                 const Catalog *catalog)
{
    DesignFile::LoadResult loaded = DesignFile::load(file, catalog);
    if (loaded.ok)
        return loaded;
    for (const QString &error : std::as_const(loaded.errors))
        io.err << error << '\n';
    io.err.flush(); // keep stdout and stderr in file order on a terminal
    return std::nullopt;
}

QCommandLineOption catalogOverlayOption()
{
    return QCommandLineOption(
            QStringLiteral("catalog-overlay"),
            Tr::tr("Lay a catalog overlay (ecsplan-cli catalog import, docs/catalog-import.md) on "
                   "the built-in catalog. Default: the overlay named in the design's settings, if "
                   "any."),
            QStringLiteral("FILE"));
}

bool pricedCatalog(const QString &designFile, const DesignSettings &settings,
                   const QString &sheetPath, const QString &overlayPath, Io &io,
                   std::unique_ptr<Catalog> *priced)
{
    const auto resolve = [&](const QString &given, const QString &setting) {
        if (!given.isEmpty() || setting.isEmpty())
            return given;
        return QFileInfo(designFile).dir().filePath(setting);
    };
    const QString overlay = resolve(overlayPath, settings.catalogOverlay);
    const QString sheet = resolve(sheetPath, settings.priceSheet);
    if (overlay.isEmpty() && sheet.isEmpty())
        return true;
    const auto fail = [&](const QString &path, const QStringList &errors) {
        for (const QString &error : errors)
            io.err << path << ": " << error << '\n';
        priced->reset();
        return false;
    };
    *priced = builtinCatalog()->clone();
    QStringList errors;
    if (!overlay.isEmpty()) {
        QFile file(overlay);
        if (!file.open(QIODevice::ReadOnly))
            return fail(overlay,
                        {Tr::tr("cannot read the catalog overlay: %1").arg(file.errorString())});
        const auto parsed = CatalogOverlay::fromJson(file.readAll(), &errors);
        // Cited by file name: explanations do not depend on where the overlay lies.
        if (!parsed || !(*priced)->applyOverlay(*parsed, QFileInfo(overlay).fileName(), &errors))
            return fail(overlay, errors);
    }
    if (!sheet.isEmpty()) {
        QFile file(sheet);
        if (!file.open(QIODevice::ReadOnly))
            return fail(sheet, {Tr::tr("cannot read the price sheet: %1").arg(file.errorString())});
        if (!(*priced)->applyPriceSheet(file.readAll(), &errors))
            return fail(sheet, errors);
    }
    return true;
}

} // namespace ecsplan::cli
