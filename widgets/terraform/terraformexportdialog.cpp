#include "terraformexportdialog.h"

#include "catalog/catalog.h"
#include "dialogs/backgroundtask.h"
#include "model/document.h"
#include "model/progress.h"
#include "validation/deployability.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace ecsplan {

TerraformExportDialog::TerraformExportDialog(const Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_directory(new QLineEdit(this))
    , m_providerVersion(new QLineEdit(this))
    , m_namePrefix(new QLineEdit(this))
    , m_backend(new QGroupBox(tr("OSS state &backend"), this))
    , m_bucket(new QLineEdit(this))
    , m_prefix(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_endpoint(new QLineEdit(this))
    , m_table(new QLineEdit(this))
    , m_encrypt(new QCheckBox(tr("Encrypt the state object (server-side)"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Terraform"));

    auto *general = new QFormLayout;
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setToolTip(tr("Choose the target directory"));
    connect(browseButton, &QPushButton::clicked, this, &TerraformExportDialog::browse);
    auto *directoryRow = new QWidget(this);
    auto *directoryLayout = new QHBoxLayout(directoryRow);
    directoryLayout->setContentsMargins(0, 0, 0, 0);
    directoryLayout->addWidget(m_directory, 1);
    directoryLayout->addWidget(browseButton);
    addRow(general, tr("&Target directory:"), m_directory,
           tr("Where the .tf files are written. Created if missing; files of the same name are "
              "replaced, other files are left alone."),
           directoryRow);
    addRow(general, tr("&Provider version:"), m_providerVersion,
           tr("Version constraint for the aliyun/alicloud provider in versions.tf. The export "
              "was checked against ~> 1.280."));
    addRow(general, tr("&Name prefix:"), m_namePrefix,
           tr("Default of the name_prefix variable, put in front of every cloud resource name. "
              "Empty: derived from the design title."));
    m_providerVersion->setPlaceholderText(QStringLiteral("~> 1.280"));
    m_namePrefix->setPlaceholderText(tr("from the design title"));

    m_backend->setCheckable(true);
    m_backend->setToolTip(tr("Keep the Terraform state in an OSS bucket with Tablestore locking "
                             "(backend.tf). Unchecked: no backend.tf, the state stays local."));
    auto *backendForm = new QFormLayout(m_backend);
    addRow(backendForm, tr("B&ucket:"), m_bucket,
           tr("Existing OSS bucket for the state: 3–63 lowercase letters, digits and hyphens."));
    addRow(backendForm, tr("P&refix:"), m_prefix,
           tr("Path of the state inside the bucket. Empty: the backend's default (env:)."));
    addRow(backendForm, tr("State &key:"), m_key,
           tr("Name of the state object. Empty: terraform.tfstate."));
    addRow(backendForm, tr("Re&gion:"), m_region,
           tr("Region of the bucket, e.g. cn-hangzhou. Empty: ALICLOUD_REGION when terraform "
              "init runs."));
    addRow(backendForm, tr("Tablestore &endpoint:"), m_endpoint,
           tr("Endpoint of the Tablestore instance used for state locking, e.g. "
              "https://tf-lock.cn-hangzhou.ots.aliyuncs.com. Empty: no locking."));
    addRow(backendForm, tr("Lock &table:"), m_table,
           tr("Tablestore table for the locks; its primary key is LockID (String)."));
    m_key->setPlaceholderText(QStringLiteral("terraform.tfstate"));
    m_prefix->setPlaceholderText(QStringLiteral("env:"));
    m_region->setPlaceholderText(designRegion());
    m_endpoint->setPlaceholderText(QStringLiteral("https://tf-lock.cn-hangzhou.ots.aliyuncs.com"));
    m_encrypt->setToolTip(tr("Asks OSS to encrypt the state object at rest."));
    backendForm->addRow(QString(), m_encrypt);

    m_status->setWordWrap(true);
    m_status->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Write the Terraform files"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TerraformExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TerraformExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // grow when reasons appear under fields
    layout->addLayout(general);
    layout->addWidget(m_backend);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setSettings(TerraformExportSettings::load());
    for (QLineEdit *edit : {m_directory, m_providerVersion, m_namePrefix, m_bucket, m_prefix, m_key,
                            m_region, m_endpoint, m_table})
        connect(edit, &QLineEdit::textChanged, this, &TerraformExportDialog::revalidate);
    connect(m_backend, &QGroupBox::toggled, this, &TerraformExportDialog::revalidate);
    revalidate();
    resize(qMax(sizeHint().width(), 600), sizeHint().height());
}

void TerraformExportDialog::addRow(QFormLayout *form, const QString &label, QLineEdit *edit,
                                   const QString &toolTip, QWidget *row)
{
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(row ? row : edit);
    auto *reason = new QLabel(cell); // one line: wrapped labels get clipped in form layouts
    reason->setVisible(false);
    QPalette palette = reason->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28));
    reason->setPalette(palette);
    cellLayout->addWidget(reason);
    m_reasons.insert(edit, reason);

    auto *labelWidget = new QLabel(label, this);
    labelWidget->setBuddy(edit);
    labelWidget->setToolTip(toolTip);
    edit->setToolTip(toolTip);
    edit->setClearButtonEnabled(true);
    form->addRow(labelWidget, cell);
}

TerraformExportSettings TerraformExportDialog::settings() const
{
    TerraformExportSettings s;
    s.directory = m_directory->text().trimmed();
    s.backendEnabled = m_backend->isChecked();
    TerraformExporter::Options &o = s.options;
    o.providerVersionConstraint = m_providerVersion->text().trimmed();
    o.namePrefix = m_namePrefix->text().trimmed();
    o.backend.bucket = m_bucket->text().trimmed();
    o.backend.prefix = m_prefix->text().trimmed();
    o.backend.key = m_key->text().trimmed();
    o.backend.region = m_region->text().trimmed();
    o.backend.tablestoreEndpoint = m_endpoint->text().trimmed();
    o.backend.tablestoreTable = m_table->text().trimmed();
    o.backend.encrypt = m_encrypt->isChecked();
    return s;
}

void TerraformExportDialog::setSettings(const TerraformExportSettings &s)
{
    const TerraformExporter::Options &o = s.options;
    m_directory->setText(s.directory.isEmpty() ? defaultDirectory()
                                               : QDir::toNativeSeparators(s.directory));
    m_providerVersion->setText(o.providerVersionConstraint);
    m_namePrefix->setText(o.namePrefix);
    m_backend->setChecked(s.backendEnabled);
    m_bucket->setText(o.backend.bucket);
    m_prefix->setText(o.backend.prefix);
    m_key->setText(o.backend.key);
    m_region->setText(o.backend.region);
    m_endpoint->setText(o.backend.tablestoreEndpoint);
    m_table->setText(o.backend.tablestoreTable);
    m_encrypt->setChecked(o.backend.encrypt);
}

QString TerraformExportDialog::reasonFor(const QWidget *field) const
{
    const QLabel *label = m_reasons.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void TerraformExportDialog::showReason(QWidget *field, const QString &reason)
{
    QLabel *label = m_reasons.value(field);
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
}

void TerraformExportDialog::revalidate()
{
    using S = TerraformExportSettings;
    showReason(m_directory, S::checkDirectory(m_directory->text().trimmed()));
    showReason(m_providerVersion, S::checkVersionConstraint(m_providerVersion->text()));
    showReason(m_namePrefix, S::checkNamePrefix(m_namePrefix->text()));
    const bool backend = m_backend->isChecked();
    const QString endpoint = m_endpoint->text().trimmed();
    const QString table = m_table->text().trimmed();
    QString tableReason = S::checkTablestoreTable(table);
    if (tableReason.isEmpty() && table.isEmpty() && !endpoint.isEmpty())
        tableReason = tr("Locking needs the table as well as the endpoint.");
    QString endpointReason = S::checkTablestoreEndpoint(endpoint);
    if (endpointReason.isEmpty() && endpoint.isEmpty() && !table.isEmpty())
        endpointReason = tr("Locking needs the endpoint as well as the table.");
    QString keyReason;
    if (m_key->text().contains(QLatin1Char('/')))
        keyReason = tr("The key is an object name; put folders in the prefix.");
    showReason(m_bucket, backend ? S::checkBucket(m_bucket->text().trimmed()) : QString());
    showReason(m_key, backend ? keyReason : QString());
    showReason(m_prefix, QString());
    showReason(m_region, backend ? S::checkRegion(m_region->text().trimmed()) : QString());
    showReason(m_endpoint, backend ? endpointReason : QString());
    showReason(m_table, backend ? tableReason : QString());
}

bool TerraformExportDialog::validate()
{
    revalidate();
    for (QLineEdit *edit : {m_directory, m_providerVersion, m_namePrefix, m_bucket, m_prefix, m_key,
                            m_region, m_endpoint, m_table}) {
        if (!reasonFor(edit).isEmpty()) {
            edit->setFocus();
            return false;
        }
    }
    return true;
}

bool TerraformExportDialog::exportFiles()
{
    m_error.clear();
    m_status->setVisible(false);
    if (!validate()) {
        m_error = tr("Some settings need fixing; the reasons are shown next to the fields.");
        return false;
    }
    // Checked, priced and generated off the GUI thread with a progress dialog (a 50k-component
    // design takes seconds), on the worker's own copy of the model (implicitly shared). Files
    // are written only when that finished: a cancelled export leaves the directory as it was.
    const Model model = m_document->model();
    const Catalog &catalog = m_document->catalog() ? *m_document->catalog() : Catalog::builtin();
    const TerraformExportSettings s = settings();
    TerraformExporter::Options options = s.effectiveOptions();
    validation::Problems problems;
    ExportResult result;
    const bool finished
            = runWithProgress(this, tr("Exporting Terraform…"), [&](Progress &progress) {
                  progress.report(0, 3);
                  // What Alibaba Cloud would refuse is not exported (as ecsplan-cli export).
                  problems = validation::checkDesign(model, catalog);
                  if (!problems.isEmpty() || progress.isCancelled())
                      return;
                  progress.report(1, 3);
                  // The README's estimate, as ecsplan-cli export writes it (one code path).
                  options.monthlyEstimate = TerraformExporter::monthlyEstimate(model, catalog);
                  if (progress.isCancelled())
                      return;
                  progress.report(2, 3);
                  result = TerraformExporter::generate(model, options);
                  progress.report(3, 3);
              });
    if (!finished) {
        m_error = tr("Export cancelled; no file was written.");
        m_status->setText(m_error);
        m_status->setVisible(true);
        return false;
    }
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const validation::Problem &problem : problems)
            lines << validation::locatedMessage(model, problem);
        m_error = tr("Not exported: %n problem(s) would make the deployment fail. Fix them (they "
                     "are error findings too) and export again:",
                     nullptr, int(problems.size()))
                + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        m_status->setText(m_error);
        m_status->setVisible(true);
        return false;
    }
    m_result = std::move(result);
    const QString directory = QDir::fromNativeSeparators(s.directory);
    if (!m_result.writeToDirectory(directory, &m_error)) {
        m_status->setText(m_error);
        m_status->setVisible(true);
        return false;
    }
    TerraformExportSettings remembered = s;
    remembered.directory = directory;
    remembered.save();
    return true;
}

void TerraformExportDialog::accept()
{
    if (!exportFiles())
        return;
    showSummary(QDir::fromNativeSeparators(m_directory->text().trimmed()));
    QDialog::accept();
}

void TerraformExportDialog::showSummary(const QString &directory)
{
    QMessageBox box(QMessageBox::Information, tr("Terraform Export"),
                    tr("Files written to %1: %2.")
                            .arg(QDir::toNativeSeparators(directory),
                                 QString::number(m_result.files.size())),
                    QMessageBox::Close, this);
    QStringList details;
    if (!m_result.warnings.isEmpty()) {
        details << tr("%n warning(s): the design has parts Terraform does not express.", nullptr,
                      int(m_result.warnings.size()));
        box.setDetailedText(m_result.warnings.join(QLatin1Char('\n')));
    }
    QStringList leftAlone;
    const QStringList existing
            = QDir(directory).entryList({QStringLiteral("*.tf")}, QDir::Files, QDir::Name);
    for (const QString &name : existing) {
        if (!m_result.files.contains(name))
            leftAlone << name;
    }
    if (!leftAlone.isEmpty())
        details << tr("Not part of this export and left as they were: %1")
                           .arg(leftAlone.join(QLatin1String(", ")));
    box.setInformativeText(details.join(QLatin1String("\n\n")));
    QPushButton *open = box.addButton(tr("&Open Folder"), QMessageBox::ActionRole);
    open->setToolTip(tr("Show the exported files in the file manager"));
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(directory));
}

void TerraformExportDialog::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export Terraform To"),
                                                             m_directory->text().trimmed());
    if (!chosen.isEmpty())
        m_directory->setText(QDir::toNativeSeparators(chosen));
}

QString TerraformExportDialog::defaultDirectory() const
{
    const QString file = m_document->fileName();
    if (file.isEmpty())
        return QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral("terraform")));
    const QFileInfo info(file);
    return QDir::toNativeSeparators(
            info.dir().filePath(info.completeBaseName() + QStringLiteral("-terraform")));
}

QString TerraformExportDialog::designRegion() const
{
    const Model &model = m_document->model();
    for (EntityId id : model.ids(EntityKind::Region)) {
        const QString code = propertyValue(*model.find(id), Property::Code).toString();
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("cn-hangzhou");
}

} // namespace ecsplan
