#include "propertyfield.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ecsplan {

PropertyField::PropertyField(Property property, QWidget *parent)
    : QFrame(parent)
    , m_property(property)
    , m_layout(new QVBoxLayout(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("propertyField"));
    m_layout->setContentsMargins(2, 2, 2, 2);
    m_layout->setSpacing(2);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->hide();
    m_layout->addWidget(m_errorLabel);
}

void PropertyField::setEditor(QWidget *editor)
{
    m_editor = editor;
    m_layout->insertWidget(0, editor);
    setFocusProxy(editor);
}

void PropertyField::addLine(QWidget *widget)
{
    m_layout->insertWidget(m_layout->count() - 1, widget);
}

void PropertyField::setValue(const QVariant &value, bool mixed)
{
    if (m_hasValue && mixed == m_mixed && value == m_lastValue)
        return;
    m_hasValue = true;
    m_lastValue = value;
    m_updating = true;
    m_mixed = mixed;
    showValue(value, mixed);
    m_updating = false;
}

void PropertyField::notifyEdited(const QVariant &value, bool mergeable)
{
    if (m_updating)
        return;
    m_mixed = false;
    m_hasValue = true;
    m_lastValue = value;
    emit edited(value, mergeable);
}

void PropertyField::setError(const QString &reason)
{
    if (reason == m_error)
        return;
    if (m_error.isEmpty() && m_editor)
        m_plainToolTip = m_editor->toolTip();
    m_error = reason;
    m_errorLabel->setText(reason);
    m_errorLabel->setVisible(!reason.isEmpty());
    // Object-name selector: the red frame is this frame's only, not inherited by the editor.
    setStyleSheet(reason.isEmpty()
                          ? QString()
                          : QStringLiteral("QFrame#propertyField { border: 2px solid #d32f2f; "
                                           "border-radius: 3px; }"));
    if (m_editor)
        m_editor->setToolTip(reason.isEmpty() ? m_plainToolTip : reason);
}

} // namespace ecsplan
