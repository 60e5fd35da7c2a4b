// ECS Planner GUI: installs translators, opens the files given on the command line, offers
// to recover autosaved work. Everything else lives in the widgets library.
#include "catalog/catalog.h"
#include "mainwindow/mainwindow.h"
#include "report/headlessreport.h"
#include "screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    // --export-report renders without a display: choose the offscreen platform before Qt starts.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--export-report") == 0
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ecsplan"));
    QApplication::setApplicationName(QStringLiteral("ecsplan"));
    QApplication::setApplicationDisplayName(QStringLiteral("ECS Planner"));
    QApplication::setApplicationVersion(QStringLiteral(ECSPLAN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app/ecsplan.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale::system(), QStringLiteral("ecsplan"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "Design, cost and export Alibaba Cloud ECS deployments."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("files"),
            QApplication::translate("main", "Design files (*.ecsplan) to open."),
            QStringLiteral("[files...]"));
    const QCommandLineOption exportReport(
            QStringLiteral("export-report"),
            QApplication::translate("main",
                                    "Write the stakeholder report of <design> as PDF (no window)."),
            QStringLiteral("design"));
    const QCommandLineOption output(
            {QStringLiteral("o"), QStringLiteral("output")},
            QApplication::translate("main", "Report file to write (with --export-report)."),
            QStringLiteral("file"));
    const QCommandLineOption pageSize(
            QStringLiteral("page-size"),
            QApplication::translate("main", "Report page size: A4 or Letter."),
            QStringLiteral("size"), QStringLiteral("A4"));
    parser.addOptions({exportReport, output, pageSize});
    // Developer aids (see screenshot.h), not listed in --help.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("png"));
    QCommandLineOption screenshotAction(QStringLiteral("screenshot-action"), QString(),
                                        QStringLiteral("name"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    screenshotAction.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({screenshot, screenshotAction});
    parser.process(app);

    if (parser.isSet(exportReport)) {
        const auto size = ecsplan::reportPageSizeFromName(parser.value(pageSize));
        if (!parser.isSet(output) || !size) {
            qWarning().noquote() << QApplication::translate(
                    "main", "--export-report needs -o FILE.pdf and --page-size A4 or Letter.");
            return 2;
        }
        ecsplan::ReportOptions options;
        options.pageSize = *size;
        return ecsplan::exportReportHeadless(parser.value(exportReport), parser.value(output),
                                             options);
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
    if (parser.isSet(screenshot))
        ecsplan::scheduleScreenshot(window, parser.value(screenshot),
                                    parser.value(screenshotAction));
    else
        window->offerRecovery();
    return QApplication::exec();
}
