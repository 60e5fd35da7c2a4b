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
    /**
     * Save dialog for an export: `filters` as for QFileDialog; `filterIndex` (in/out) is the
     * chosen filter's index. Empty when cancelled.
     */
    virtual QString askExportPath(QWidget *parent, const QString &title, const QString &suggested,
                                  const QStringList &filters, int *filterIndex);
};

} // namespace ecsplan
