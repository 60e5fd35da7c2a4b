// Crash recovery with real crashes: this executable starts itself as a child ECS Planner window
// (same MainWindow, same AutoSaver, an isolated data directory), lets it edit or recover a
// design, kills it with SIGKILL, and starts the next one. Killed twice — after an edit, then
// right after a recovery, before any new autosave — the work must still be there.
#include "catalog/catalog.h"
#include "io/designfile.h"
#include "mainwindow/autosaver.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/userprompts.h"
#include "model/document.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace ecsplan;

namespace {

const char *const ChildFlag = "--crash-child";
const QString EditedName = QStringLiteral("renamed before the crash");

/** Answers every question as a user who wants the work back, and reports what it was asked. */
class ChildPrompts : public UserPrompts
{
public:
    QString savePath;
    SaveChoice askSaveChanges(QWidget *, const QString &) override { return SaveChoice::Save; }
    void showLoadErrors(QWidget *, const QString &, const QStringList &errors) override
    {
        std::fprintf(stdout, "LOAD-ERRORS %s\n", qPrintable(errors.join(QLatin1Char('|'))));
    }
    void showError(QWidget *, const QString &, const QString &text) override
    {
        std::fprintf(stdout, "ERROR %s\n", qPrintable(text));
    }
    RecoverChoice askRecover(QWidget *, const QString &, const QDateTime &) override
    {
        return RecoverChoice::Recover;
    }
    QString askOpenPath(QWidget *, const QString &) override { return {}; }
    QString askSavePath(QWidget *, const QString &) override { return savePath; }
    QString askExportPath(QWidget *, const QString &, const QString &, const QStringList &,
                          int *) override
    {
        return {};
    }
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ecsplan-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_crashrecovery"));
}

/**
 * The child: `--crash-child edit DESIGN` opens DESIGN, renames its first entity and autosaves;
 * `--crash-child recover` recovers what the last run left; `--crash-child save PATH` recovers
 * and saves to PATH. Each prints what the design's first entity is called, then "READY", and
 * waits to be killed (the autosave interval is an hour: nothing is written after READY).
 */
int runChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    const QString mode = QString::fromLocal8Bit(argv[2]);
    const QString argument = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    auto *window = new MainWindow(&Catalog::builtin());
    auto prompts = std::make_unique<ChildPrompts>();
    ChildPrompts *answers = prompts.get();
    window->setPrompts(std::move(prompts));
    window->autoSaver()->setInterval(60 * 60 * 1000);
    Document *document = window->document();
    if (mode == QLatin1String("edit")) {
        if (!window->openFile(argument))
            return 3;
        const EntityId first = document->model().ids().first();
        if (!document->setProperty({first}, Property::Name, EditedName).ok())
            return 4;
        if (!window->autoSaver()->saveNow())
            return 5;
    } else {
        answers->savePath = argument;
        window->offerRecovery();
        if (mode == QLatin1String("save") && !window->save())
            return 6;
    }
    const EntityIds ids = document->model().ids();
    std::fprintf(stdout, "FIRST %s\n",
                 ids.isEmpty() ? "(empty)" : qPrintable(document->model().find(ids.first())->name));
    std::fprintf(stdout, "MODIFIED %d\nREADY\n", document->isModified() ? 1 : 0);
    std::fflush(stdout);
    return QApplication::exec();
}

} // namespace

class tst_CrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workSurvivesTwoKills();

private:
    /** Runs a child; returns its output up to READY (or everything, when it exits early). */
    QString runUntilReady(const QStringList &arguments, bool kill);
    QTemporaryDir m_home;
};

void tst_CrashRecovery::initTestCase()
{
    QVERIFY(m_home.isValid());
}

QString tst_CrashRecovery::runUntilReady(const QStringList &arguments, bool kill)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QString::fromLatin1(ChildFlag)} + arguments);
    if (!child.waitForStarted(30000))
        return QStringLiteral("did not start: ") + child.errorString();
    QString output;
    while (!output.contains(QLatin1String("READY\n"))) {
        if (!child.waitForReadyRead(120000))
            break;
        output += QString::fromLocal8Bit(child.readAllStandardOutput());
    }
    if (kill) {
        child.kill(); // SIGKILL: no destructor, no close event, no discard()
        child.waitForFinished(30000);
    } else {
        child.terminate();
        child.waitForFinished(30000);
    }
    return output;
}

void tst_CrashRecovery::workSurvivesTwoKills()
{
    const QString design = m_home.filePath(QStringLiteral("design.ecsplan"));
    QVERIFY(QFile::copy(
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/three-zone-web.ecsplan"),
            design));
    const QByteArray original = [&] {
        QFile f(design);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!original.contains(EditedName.toUtf8()));
    const QString expected = QStringLiteral("FIRST %1\nMODIFIED 1\nREADY\n").arg(EditedName);

    // 1. Edit, autosave, killed.
    QCOMPARE(runUntilReady({QStringLiteral("edit"), design}, true), expected);
    // 2. Recovered, killed at once (no autosave since the recovery).
    QCOMPARE(runUntilReady({QStringLiteral("recover")}, true), expected);
    // 3. The work is still there after the second crash.
    QCOMPARE(runUntilReady({QStringLiteral("recover")}, true), expected);

    // 4. Recovered and saved: the file has the work, the autosave is gone.
    QCOMPARE(runUntilReady({QStringLiteral("save"), design}, true),
             QStringLiteral("FIRST %1\nMODIFIED 0\nREADY\n").arg(EditedName));
    const DesignFile::LoadResult saved = DesignFile::load(design, &Catalog::builtin());
    QVERIFY2(saved.ok, qPrintable(saved.errors.join(QLatin1Char('\n'))));
    QCOMPARE(saved.model.find(saved.model.ids().first())->name, EditedName);
    QCOMPARE(saved.catalogVersion, Catalog::builtin().version());
    const QDir autosaves(
            m_home.filePath(QStringLiteral("data/ecsplan-tests/tst_crashrecovery/autosave")));
    QVERIFY2(autosaves.exists(), qPrintable(autosaves.path()));
    QCOMPARE(autosaves.entryList({QStringLiteral("*.ecsplan")}, QDir::Files), QStringList());

    // 5. Nothing left to recover: the design is the saved one, unmodified.
    const QString next = runUntilReady({QStringLiteral("recover")}, false);
    QCOMPARE(next, QStringLiteral("FIRST (empty)\nMODIFIED 0\nREADY\n"));
}

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], ChildFlag) == 0)
        return runChild(argc, argv);
    QApplication app(argc, argv);
    setIdentity();
    tst_CrashRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
