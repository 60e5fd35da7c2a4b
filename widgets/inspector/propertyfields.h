#pragma once

#include "propertyfield.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace ecsplan {

// The generic editors, one per PropertyType. Small on purpose; special editors have own files.

/** Single-line text; commits when editing finishes (one undo step per edit). */
class TextField : public PropertyField
{
    Q_OBJECT
public:
    explicit TextField(Property property, QWidget *parent = nullptr);
    QLineEdit *lineEdit() const { return m_edit; }

protected:
    void showValue(const QVariant &value, bool mixed) override;
    virtual QVariant parse(const QString &text) const { return text; }
    virtual QString format(const QVariant &value) const { return value.toString(); }

private:
    void commit();
    QLineEdit *m_edit;
    QString m_shown;
};

/** Comma-separated list of words (workload tags). */
class StringListField : public TextField
{
    Q_OBJECT
public:
    using TextField::TextField;

protected:
    QVariant parse(const QString &text) const override;
    QString format(const QVariant &value) const override;
};

/** Whole number in the property's range and unit; commits as you type (mergeable). */
class IntField : public PropertyField
{
    Q_OBJECT
public:
    explicit IntField(Property property, QWidget *parent = nullptr);
    QSpinBox *spinBox() const { return m_spin; }
signals:
    /** The number shown changed (typing included), before any commit decision. */
    void valueShown(int value);

protected:
    void showValue(const QVariant &value, bool mixed) override;

private:
    QSpinBox *m_spin;
    int m_minimum;
};

/** Decimal number in the property's range and unit; commits as you type (mergeable). */
class DoubleField : public PropertyField
{
    Q_OBJECT
public:
    explicit DoubleField(Property property, QWidget *parent = nullptr);
    QDoubleSpinBox *spinBox() const { return m_spin; }

protected:
    void showValue(const QVariant &value, bool mixed) override;

private:
    QDoubleSpinBox *m_spin;
    double m_minimum;
};

class BoolField : public PropertyField
{
    Q_OBJECT
public:
    explicit BoolField(Property property, QWidget *parent = nullptr);
    QCheckBox *checkBox() const { return m_check; }

protected:
    void showValue(const QVariant &value, bool mixed) override;

private:
    QCheckBox *m_check;
};

/**
 * A choice among (text, value) pairs: enums, entity references, catalog codes. When
 * `editable`, free text is accepted too and committed as a QString.
 */
class ChoiceField : public PropertyField
{
    Q_OBJECT
public:
    ChoiceField(Property property, bool editable, QWidget *parent = nullptr);
    void addChoice(const QString &text, const QVariant &value);
    void clearChoices();
    QComboBox *comboBox() const { return m_combo; }

protected:
    void showValue(const QVariant &value, bool mixed) override;

private:
    void commitText();
    QComboBox *m_combo;
    QVariant m_shown;
};

} // namespace ecsplan
