#pragma once

#include "model/properties.h"

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace ecsplan {

/**
 * One row of the inspector: an editor for one Property of the selection, plus an inline error
 * line. The field never touches the document: it emits `edited` and the inspector decides.
 *
 * Contract: setValue() only displays (it never emits `edited`); `edited` is emitted only for a
 * user change. `mergeable` is true while the user is stepping or typing a number, so that the
 * inspector's consecutive edits merge into one undo step.
 */
class PropertyField : public QFrame
{
    Q_OBJECT

public:
    explicit PropertyField(Property property, QWidget *parent = nullptr);

    Property property() const { return m_property; }

    /**
     * Shows `value`; `mixed` means the selected entities disagree (the editor shows so).
     * A no-op when that is what the field already shows (or what the user just entered), so
     * that a refresh after the field's own edit does not disturb typing.
     */
    void setValue(const QVariant &value, bool mixed);
    bool isMixed() const { return m_mixed; }

    /** Marks the field invalid with a translated reason (red frame, tooltip, inline text); empty
     * clears. */
    void setError(const QString &reason);
    QString error() const { return m_error; }

    /** The main editor widget (for focus and tests). */
    QWidget *editor() const { return m_editor; }
    /** Adds a line under the editor (performance read-outs, filters ...). */
    void addLine(QWidget *widget);

signals:
    void edited(const QVariant &value, bool mergeable);

protected:
    void setEditor(QWidget *editor);
    virtual void showValue(const QVariant &value, bool mixed) = 0;
    /** Emits `edited` unless the change comes from setValue(). */
    void notifyEdited(const QVariant &value, bool mergeable = false);
    bool isUpdating() const { return m_updating; }

private:
    Property m_property;
    QWidget *m_editor = nullptr;
    QVBoxLayout *m_layout;
    QLabel *m_errorLabel;
    QString m_error;
    QString m_plainToolTip;
    QVariant m_lastValue;
    bool m_hasValue = false;
    bool m_mixed = false;
    bool m_updating = false;
};

} // namespace ecsplan
