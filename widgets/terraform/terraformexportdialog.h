#pragma once

#include "export/exporter.h"
#include "terraformexportsettings.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace ecsplan {

class Document;

/**
 * File → Export → Terraform…: target directory, provider version constraint, name prefix and
 * the optional OSS state backend (a checkable group; unchecked = no backend.tf). Each field is
 * checked as it is edited and the reason is shown under it; Export refuses while any field is
 * invalid. A successful export remembers the settings (TerraformExportSettings) and shows a
 * summary that offers to open the folder.
 */
class TerraformExportDialog : public QDialog
{
    Q_OBJECT

public:
    /** Starts from the remembered settings; `document` must outlive the dialog. */
    explicit TerraformExportDialog(const Document *document, QWidget *parent = nullptr);

    TerraformExportSettings settings() const;
    void setSettings(const TerraformExportSettings &settings);

    /** Checks every field, shows the reasons, focuses the first bad one; true if all are fine. */
    bool validate();
    /**
     * Validates, generates and writes the files (no summary, no dialogs: tests call this).
     * On success the settings are remembered and lastResult() holds what was written; on
     * failure lastError() says why (also shown in the dialog). A design with deployability
     * problems (core/validation) is refused and nothing is written; lastError() lists them.
     * The checks and the generation run off the GUI thread with a progress dialog; cancelled
     * there, nothing is written, lastResult() stays as it was and this returns false.
     */
    bool exportFiles();
    const ExportResult &lastResult() const { return m_result; }
    QString lastError() const { return m_error; }

    /** The reason shown for `field` (one of the editors below), empty when it is fine. */
    QString reasonFor(const QWidget *field) const;

    QLineEdit *directoryEdit() const { return m_directory; }
    QLineEdit *providerVersionEdit() const { return m_providerVersion; }
    QLineEdit *namePrefixEdit() const { return m_namePrefix; }
    QGroupBox *backendGroup() const { return m_backend; }
    QLineEdit *bucketEdit() const { return m_bucket; }
    QLineEdit *tablestoreEndpointEdit() const { return m_endpoint; }
    QLineEdit *tablestoreTableEdit() const { return m_table; }

public slots:
    /** Exports, then shows the summary and closes; stays open when something is wrong. */
    void accept() override;

private:
    /** Adds `edit` (inside `row` when given) with its reason label under it. */
    void addRow(QFormLayout *form, const QString &label, QLineEdit *edit, const QString &toolTip,
                QWidget *row = nullptr);
    void browse();
    void showReason(QWidget *field, const QString &reason);
    void revalidate();
    void showSummary(const QString &directory);
    QString defaultDirectory() const;
    QString designRegion() const;

    const Document *m_document;
    QLineEdit *m_directory;
    QLineEdit *m_providerVersion;
    QLineEdit *m_namePrefix;
    QGroupBox *m_backend;
    QLineEdit *m_bucket;
    QLineEdit *m_prefix;
    QLineEdit *m_key;
    QLineEdit *m_region;
    QLineEdit *m_endpoint;
    QLineEdit *m_table;
    QCheckBox *m_encrypt;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QHash<const QWidget *, QLabel *> m_reasons;
    ExportResult m_result;
    QString m_error;
};

} // namespace ecsplan
