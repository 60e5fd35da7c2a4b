#include "userprompts.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace ecsplan {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ecsplan::UserPrompts)
};

QString fileFilter()
{
    return Tr::tr("ECS Planner designs (*.ecsplan);;All files (*)");
}
} // namespace

UserPrompts::~UserPrompts() = default;

UserPrompts::SaveChoice UserPrompts::askSaveChanges(QWidget *parent, const QString &designName)
{
    const auto answer = QMessageBox::warning(
            parent, Tr::tr("Unsaved Changes"),
            Tr::tr("The design \"%1\" has unsaved changes. Save them first?").arg(designName),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return SaveChoice::Save;
    return answer == QMessageBox::Discard ? SaveChoice::Discard : SaveChoice::Cancel;
}

void UserPrompts::showLoadErrors(QWidget *parent, const QString &path, const QStringList &errors)
{
    QMessageBox box(QMessageBox::Critical, Tr::tr("Cannot Open Design"),
                    Tr::tr("%1 could not be opened:").arg(path), QMessageBox::Ok, parent);
    // The first messages inline, all of them in the details (a broken file can have many).
    box.setInformativeText(errors.mid(0, 5).join(QLatin1Char('\n'))
                           + (errors.size() > 5
                                      ? Tr::tr("\n… and %n more", nullptr, int(errors.size() - 5))
                                      : QString()));
    if (errors.size() > 5)
        box.setDetailedText(errors.join(QLatin1Char('\n')));
    box.exec();
}

void UserPrompts::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::critical(parent, title, text);
}

UserPrompts::RecoverChoice UserPrompts::askRecover(QWidget *parent, const QString &designName,
                                                   const QDateTime &savedAt)
{
    QMessageBox box(QMessageBox::Question, Tr::tr("Recover Unsaved Changes"),
                    Tr::tr("ECS Planner did not close normally. Unsaved changes to \"%1\" were "
                           "autosaved at %2.")
                            .arg(designName, QLocale().toString(savedAt, QLocale::ShortFormat)),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(
            Tr::tr("Recovered changes stay in the autosave until you save or discard them. "
                   "\"Discard\" deletes them for good; \"Later\" keeps them for the next start."));
    QPushButton *recover = box.addButton(Tr::tr("&Recover"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(Tr::tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *later = box.addButton(Tr::tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.setEscapeButton(later); // closing the box never deletes work
    box.exec();
    if (box.clickedButton() == recover)
        return RecoverChoice::Recover;
    if (box.clickedButton() == discard)
        return RecoverChoice::Discard;
    return RecoverChoice::Later;
}

QString UserPrompts::askOpenPath(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(parent, Tr::tr("Open Design"), directory, fileFilter());
}

QString UserPrompts::askComparePath(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(parent, Tr::tr("Compare With (Before)"), directory,
                                        fileFilter());
}

QString UserPrompts::askSavePath(QWidget *parent, const QString &suggested)
{
    return QFileDialog::getSaveFileName(parent, Tr::tr("Save Design As"), suggested, fileFilter());
}

QString UserPrompts::askExportPath(QWidget *parent, const QString &title, const QString &suggested,
                                   const QStringList &filters, int *filterIndex)
{
    QString selected = filters.value(filterIndex ? *filterIndex : 0);
    const QString path = QFileDialog::getSaveFileName(
            parent, title, suggested, filters.join(QStringLiteral(";;")), &selected);
    if (filterIndex && !path.isEmpty())
        *filterIndex = std::max(0, int(filters.indexOf(selected)));
    return path;
}

QString UserPrompts::askImportPath(QWidget *parent, const QString &directory)
{
    return QFileDialog::getOpenFileName(
            parent, Tr::tr("Import Terraform JSON"), directory,
            Tr::tr("terraform show -json output (*.json);;All files (*)"));
}

UserPrompts::ImportTarget UserPrompts::askImportTarget(QWidget *parent, const QString &designName)
{
    QMessageBox box(QMessageBox::Question, Tr::tr("Import Terraform JSON"),
                    Tr::tr("Open the imported infrastructure as a new design, or add it to \"%1\"?")
                            .arg(designName),
                    QMessageBox::NoButton, parent);
    QPushButton *fresh = box.addButton(Tr::tr("&New Design"), QMessageBox::AcceptRole);
    QPushButton *current = box.addButton(Tr::tr("&Add to This Design"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(fresh);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == fresh)
        return ImportTarget::NewDesign;
    return box.clickedButton() == current ? ImportTarget::CurrentDesign : ImportTarget::Cancel;
}

void UserPrompts::showImportReport(QWidget *parent, const QString &summary,
                                   const QStringList &notUnderstood)
{
    QMessageBox box(QMessageBox::Information, Tr::tr("Import Terraform JSON"), summary,
                    QMessageBox::Ok, parent);
    box.setInformativeText(Tr::tr("%n resource(s) were not understood and left out:", nullptr,
                                  int(notUnderstood.size()))
                           + QLatin1Char('\n') + notUnderstood.mid(0, 8).join(QLatin1Char('\n'))
                           + (notUnderstood.size() > 8 ? Tr::tr("\n… and %n more", nullptr,
                                                                int(notUnderstood.size() - 8))
                                                       : QString()));
    box.setDetailedText(notUnderstood.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace ecsplan
