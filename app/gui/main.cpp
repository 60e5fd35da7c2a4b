// ECS Planner GUI: installs translators, opens the files given on the command line, offers
// to recover autosaved work. Everything else lives in the widgets library.
#include "catalog/catalog.h"
#include "mainwindow/mainwindow.h"
#include "report/headlessreport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <initializer_list>

namespace {

/** True when argv has one of `names` (alone or as "name=value") before a "--" that ends the
 *  options. */
bool hasArgument(int argc, char **argv, std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--") == 0)
            return false;
        for (const char *name : names) {
            const size_t length = qstrlen(name);
            if (qstrncmp(argv[i], name, length) == 0
                && (argv[i][length] == '\0' || argv[i][length] == '='))
                return true;
        }
    }
    return false;
}

/** A platform plugin can be reached: an X or Wayland display, or a chosen platform. */
bool displayAvailable(int argc, char **argv)
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
            || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
            || hasArgument(argc, argv, {"-platform", "--platform"});
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ecsplan"));
    QCoreApplication::setApplicationName(QStringLiteral("ecsplan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ECSPLAN_VERSION));
}

/** The command line: built the same way for the display-less first pass and the GUI. */
struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption exportReport{
            QStringLiteral("export-report"),
            QCoreApplication::translate(
                    "main", "Write the stakeholder report of <design> as PDF (no window)."),
            QStringLiteral("design")};
    const QCommandLineOption output{
            {QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate("main", "Report file to write (with --export-report)."),
            QStringLiteral("file")};
    const QCommandLineOption pageSize{
            QStringLiteral("page-size"),
            QCoreApplication::translate("main", "Report page size: A4 or Letter."),
            QStringLiteral("size"), QStringLiteral("A4")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
                "main", "Design, cost and export Alibaba Cloud ECS deployments."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(
                QStringLiteral("files"),
                QCoreApplication::translate("main", "Design files (*.ecsplan) to open."),
                QStringLiteral("[files...]"));
        parser.addOptions({exportReport, output, pageSize});
    }
};

} // namespace

int main(int argc, char *argv[])
{
    // Translators outlive both application objects below; QTranslator::load needs none.
    QTranslator qtTranslator; // Qt's own strings: buttons, standard dialogs
    const bool haveQtTranslation
            = qtTranslator.load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    QTranslator appTranslator; // ours, embedded under :/i18n
    const bool haveAppTranslation
            = appTranslator.load(QLocale::system(), QStringLiteral("ecsplan"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"));
    const auto installTranslators = [&] {
        if (haveQtTranslation)
            QCoreApplication::installTranslator(&qtTranslator);
        if (haveAppTranslation)
            QCoreApplication::installTranslator(&appTranslator);
    };

    const bool exporting = hasArgument(argc, argv, {"--export-report"});
    // --help, --version and a wrong command line are answered by a QCoreApplication, which needs
    // no display (QApplication aborts in the xcb plugin without one); so is a GUI start where no
    // display can be reached, with a message that says so.
    if (hasArgument(argc, argv, {"-h", "--help", "-?", "--help-all", "-v", "--version"})
        || (!exporting && !displayAvailable(argc, argv))) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators();
        CommandLine commandLine;
        commandLine.parser.process(app); // prints help, version or the error, and exits
        if (!commandLine.parser.isSet(commandLine.exportReport)) {
            qWarning().noquote() << QCoreApplication::translate(
                    "main",
                    "ecsplan: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are "
                    "unset). Use --export-report for a PDF without a window, or ecsplan-cli.");
            return 1;
        }
    }

    // --export-report renders without a display: choose the offscreen platform before Qt starts.
    if (exporting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("ECS Planner"));
    QGuiApplication::setDesktopFileName(QStringLiteral("ecsplan")); // installer/ecsplan.desktop
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app/ecsplan.svg")));
    installTranslators();

    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(app);

    if (parser.isSet(commandLine.exportReport)) {
        const auto size = ecsplan::reportPageSizeFromName(parser.value(commandLine.pageSize));
        if (!parser.isSet(commandLine.output) || !size) {
            qWarning().noquote() << QCoreApplication::translate(
                    "main", "--export-report needs -o FILE.pdf and --page-size A4 or Letter.");
            return 2;
        }
        ecsplan::ReportOptions options;
        options.pageSize = *size;
        return ecsplan::exportReportHeadless(parser.value(commandLine.exportReport),
                                             parser.value(commandLine.output), options);
    }

    const ecsplan::Catalog *catalog = &ecsplan::Catalog::builtin();
    auto *window = new ecsplan::MainWindow(catalog);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    const QStringList files = parser.positionalArguments();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = QFileInfo(files[i]).absoluteFilePath();
        if (i == 0) {
            window->openFile(path);
            continue;
        }
        // One design per window: further files get their own.
        auto *another = new ecsplan::MainWindow(catalog);
        another->setAttribute(Qt::WA_DeleteOnClose);
        another->show();
        another->openFile(path);
    }
    window->offerRecovery();
    return QApplication::exec();
}
