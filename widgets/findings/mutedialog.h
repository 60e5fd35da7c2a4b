#pragma once

#include "rules/finding.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace ecsplan {

/**
 * Asks why a finding is accepted. OK is enabled only with a reason; "for the whole design"
 * mutes the rule everywhere instead of for this component. The reason is saved in the file.
 */
class MuteDialog : public QDialog
{
    Q_OBJECT

public:
    MuteDialog(const Finding &finding, QWidget *parent = nullptr);

    QString reason() const;
    bool wholeDesign() const;

private:
    QLineEdit *m_reason;
    QCheckBox *m_wholeDesign;
    QDialogButtonBox *m_buttons;
};

} // namespace ecsplan
