#pragma once

#include "io/designfile.h"

#include <QIODevice>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace ecsplan {
class Catalog;
struct DesignSettings;
} // namespace ecsplan

/**
 * The verbs of `ecsplan-cli <verb> ...` and the registry the dispatcher (main.cpp) finds them in.
 *
 * Adding a verb takes one new file and nothing else: app/cli/<verb>command.cpp defines
 *
 *     namespace ecsplan::cli {
 *     namespace {
 *     int runReport(const QStringList &arguments, Io &io) { ... return ExitOk; }
 *     } // namespace
 *     ECSPLAN_CLI_VERB(report, "report", "FILE", QT_TRANSLATE_NOOP("ecsplan", "Write ..."),
 * runReport) } // namespace ecsplan::cli
 *
 * app/cli/CMakeLists.txt globs *.cpp, and the macro registers the verb during static
 * initialisation, so neither main.cpp nor the CMake file change. `arguments` is the command line
 * from the verb on (`arguments[0]` is the verb name), ready for QCommandLineParser::parse; use
 * parseArguments() below for the common --help / usage-error handling.
 */
namespace ecsplan::cli {

/** Exit codes shared by all verbs (documented in `ecsplan-cli --help`). */
enum ExitCode {
    ExitOk = 0, ///< the verb did what it was asked and found nothing wrong
    ExitFailure = 1, ///< a design is invalid, a check found problems, or writing failed
    ExitUsage = 2, ///< the command line was wrong (unknown verb or option, missing argument)
};

/** Where a verb writes: normal output and diagnostics (stdout and stderr in the executable). */
struct Io
{
    QTextStream &out;
    QTextStream &err;
    /** The process ends when the verb returns (ecsplan-cli's main): see releaseAtExit(). */
    bool processEndsAfter = false;

    /**
     * Writes UTF-8 `text` to `out` as it is: straight to its device (after what the stream
     * holds), or decoded when the stream writes to a string. Large outputs (a report, the
     * findings of 50,000 components) skip a UTF-16 copy and its encoding back.
     */
    void writeOut(const char *text, qsizetype size)
    {
        out.flush();
        if (QIODevice *device = out.device())
            device->write(text, size);
        else
            out << QString::fromUtf8(text, size);
    }
    void writeOut(const QByteArray &text) { writeOut(text.constData(), text.size()); }
};

/**
 * Hands what a verb built to the end of the process. When the verb runs as ecsplan-cli
 * (`io.processEndsAfter`) the operating system reclaims `object` with the process, instead of
 * the verb freeing it node by node on its way out: for `check` of 10,000 components that was
 * 34 M instructions, 4.5 % of the verb, spent on memory about to be returned anyway. In-process
 * callers, and sanitizer builds (whose leak checker would report it), destroy it here.
 */
template<typename T>
void releaseAtExit(std::unique_ptr<T> object, const Io &io)
{
#if defined(__SANITIZE_ADDRESS__)
    Q_UNUSED(io);
#else
    if (io.processEndsAfter)
        static_cast<void>(object.release()); // reclaimed by the process's exit
#endif
}

using VerbFunction = int (*)(const QStringList &arguments, Io &io);

struct Verb
{
    const char *name; ///< as typed: "validate"
    const char *synopsis; ///< positional arguments in the usage line: "FILE..."
    const char *summary; ///< one line, English; shown translated (context "ecsplan")
    VerbFunction run;
};

class VerbRegistry
{
public:
    /** Registers a verb; returns true so it can initialise a static. Names must be unique. */
    static bool add(const Verb &verb);
    static const Verb *find(const QString &name);
    /** All verbs, sorted by name. */
    static QList<Verb> all();
};

/**
 * Parses a verb's command line. Returns -1 to go on; otherwise the verb should return the
 * value: ExitOk after printing --help to io.out, ExitUsage after printing the error and the
 * usage to io.err. Adds -h/--help itself.
 */
int parseArguments(QCommandLineParser &parser, const Verb &verb, const QStringList &arguments,
                   Io &io);

/** The catalog designs are checked against (the embedded one; never nullptr). */
const Catalog *builtinCatalog();

/**
 * The prologue of every verb that reads a design: DesignFile::load(file, catalog), so messages
 * name the file and the JSON path. On failure writes each error to io.err on a line of its own
 * and returns nothing; the verb then returns ExitFailure. `catalog` nullptr reads without one
 * (`--no-catalog`).
 */
std::optional<DesignFile::LoadResult> loadDesign(const QString &file, Io &io,
                                                 const Catalog *catalog = builtinCatalog());

/**
 * The catalog a design is computed with: the built-in one, then a catalog overlay
 * (docs/catalog-import.md: `overlayPath`, else the design's `catalogOverlay` setting relative to
 * `designFile`'s folder), then a price sheet (`sheetPath`, else the design's `priceSheet`
 * setting). *priced stays null when neither applies: compute with builtinCatalog(). Returns
 * false after writing located errors ("sheet.json: /prices/3/...") to io.err.
 */
bool pricedCatalog(const QString &designFile, const DesignSettings &settings,
                   const QString &sheetPath, const QString &overlayPath, Io &io,
                   std::unique_ptr<Catalog> *priced);

/** The --catalog-overlay FILE option every verb that computes figures takes. */
QCommandLineOption catalogOverlayOption();

} // namespace ecsplan::cli

#define ECSPLAN_CLI_VERB(id, name, synopsis, summary, function) \
    [[maybe_unused]] static const bool ecsplanCliVerb_##id \
            = ::ecsplan::cli::VerbRegistry::add({name, synopsis, summary, function});
