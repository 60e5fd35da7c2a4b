#pragma once
// Base of the main window tests (tst_mainwindow, tst_mainwindowimportexport): prompts that
// answer without blocking, a window maker, a generated design and a scratch directory.

#include "catalog/catalog.h"
#include "generateddesign.h"
#include "io/designfile.h"
#include "mainwindow/autosaver.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/userprompts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ecsplan::test {

/** Answers every prompt without blocking and records what would have been shown. */
struct FakePrompts : UserPrompts
{
    SaveChoice saveChoice = SaveChoice::Cancel;
    RecoverChoice recover = RecoverChoice::Recover;
    QString savePath;
    QStringList loadErrors;
    QStringList errors;
    int saveQuestions = 0;
    int recoverQuestions = 0;

    SaveChoice askSaveChanges(QWidget *, const QString &) override
    {
        ++saveQuestions;
        return saveChoice;
    }
    void showLoadErrors(QWidget *, const QString &, const QStringList &e) override
    {
        loadErrors = e;
    }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    RecoverChoice askRecover(QWidget *, const QString &, const QDateTime &) override
    {
        ++recoverQuestions;
        return recover;
    }
    QString askOpenPath(QWidget *, const QString &) override { return {}; }
    QString askSavePath(QWidget *, const QString &) override { return savePath; }
    QString exportPath;
    int exportFilter = 0;
    QStringList exportFilters;
    QString askExportPath(QWidget *, const QString &, const QString &, const QStringList &filters,
                          int *filterIndex) override
    {
        exportFilters = filters;
        *filterIndex = exportFilter;
        return exportPath;
    }
    QString importPath;
    ImportTarget importTarget = ImportTarget::Cancel;
    int importTargetQuestions = 0;
    QStringList importReport;
    QString askImportPath(QWidget *, const QString &) override { return importPath; }
    ImportTarget askImportTarget(QWidget *, const QString &) override
    {
        ++importTargetQuestions;
        return importTarget;
    }
    void showImportReport(QWidget *, const QString &, const QStringList &lines) override
    {
        importReport = lines;
    }
};

inline QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/**
 * setUpTestCase() (from initTestCase()) switches to test-mode settings under the test
 * program's own name, so two test programs running at once never share settings or autosaves,
 * and writes the generated design; clearSettings() (from init()) starts each test without
 * settings or autosaves.
 */
class MainWindowTest : public QObject
{
protected:
    void setUpTestCase(const QString &applicationName)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ecsplan-tests"));
        QCoreApplication::setApplicationName(applicationName);
        QVERIFY(m_dir.isValid());
        m_generated = m_dir.filePath(QStringLiteral("generated.ecsplan"));
        QString error;
        QVERIFY2(DesignFile::save(generateDesign(120), m_generated, &error), qPrintable(error));
    }

    void clearSettings()
    {
        QSettings().clear();
        QDir(AutoSaver::directory()).removeRecursively();
    }

    MainWindow *makeWindow(FakePrompts **prompts)
    {
        auto *window = new MainWindow(&Catalog::builtin());
        auto fake = std::make_unique<FakePrompts>();
        *prompts = fake.get();
        window->setPrompts(std::move(fake));
        return window;
    }

    QTemporaryDir m_dir;
    QString m_generated;
};

} // namespace ecsplan::test
