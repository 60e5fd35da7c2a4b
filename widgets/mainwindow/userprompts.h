#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class QWidget;

namespace ecsplan {

/**
 * Every question and message box the main window shows, behind one virtual seam so that
 * tests answer them without blocking (KeePassXC's MessageBox::setNextAnswer idea). The
 * default implementation uses QMessageBox and QFileDialog.
 */
class UserPrompts
{
public:
    virtual ~UserPrompts();

    enum class SaveChoice { Save, Discard, Cancel };
    /** Recover an autosave now, delete it, or keep it and ask again at the next start. */
    enum class RecoverChoice { Recover, Discard, Later };

    virtual SaveChoice askSaveChanges(QWidget *parent, const QString &designName);
    /** Loading failed: `errors` are the loader's messages, shown verbatim. */
    virtual void showLoadErrors(QWidget *parent, const QString &path, const QStringList &errors);
    virtual void showError(QWidget *parent, const QString &title, const QString &text);
    virtual RecoverChoice askRecover(QWidget *parent, const QString &designName,
                                     const QDateTime &savedAt);
    /** Empty when cancelled. */
    virtual QString askOpenPath(QWidget *parent, const QString &directory);
    virtual QString askSavePath(QWidget *parent, const QString &suggested);
    /** File ▸ Compare With…: the design to compare with (the "before"); empty when cancelled. */
    virtual QString askComparePath(QWidget *parent, const QString &directory);
    /**
     * Save dialog for an export: `filters` as for QFileDialog; `filterIndex` (in/out) is the
     * chosen filter's index. Empty when cancelled.
     */
    virtual QString askExportPath(QWidget *parent, const QString &title, const QString &suggested,
                                  const QStringList &filters, int *filterIndex);

    /** Where File ▸ Import puts what it read. */
    enum class ImportTarget { NewDesign, CurrentDesign, Cancel };
    /** The JSON of `terraform show -json` to import; empty when cancelled. */
    virtual QString askImportPath(QWidget *parent, const QString &directory);
    /** Asked when the current design is not empty. */
    virtual ImportTarget askImportTarget(QWidget *parent, const QString &designName);
    /** After an import: `summary`, and the resources it did not understand (one a line). */
    virtual void showImportReport(QWidget *parent, const QString &summary,
                                  const QStringList &notUnderstood);
};

} // namespace ecsplan
