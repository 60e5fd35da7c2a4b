#include "mutedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ecsplan {

MuteDialog::MuteDialog(const Finding &finding, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_wholeDesign(new QCheckBox(tr("Mute %1 for the whole design").arg(finding.ruleId), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Mute %1").arg(finding.ruleId));
    auto *text = new QLabel(
            tr("<b>%1</b><br>%2")
                    .arg(finding.title.toHtmlEscaped(), finding.message.toHtmlEscaped()),
            this);
    text->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Why this is acceptable (saved with the design)"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(new QLabel(tr("Reason:"), this));
    layout->addWidget(m_reason);
    layout->addWidget(m_wholeDesign);
    layout->addWidget(m_buttons);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Mute"));
    ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, ok,
            [ok](const QString &value) { ok->setEnabled(!value.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString MuteDialog::reason() const
{
    return m_reason->text().trimmed();
}

bool MuteDialog::wholeDesign() const
{
    return m_wholeDesign->isChecked();
}

} // namespace ecsplan
