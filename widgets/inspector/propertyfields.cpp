#include "propertyfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>
#include <cmath>
#include <optional>
#include <type_traits>

namespace ecsplan {

namespace {

QString unitSuffix(Property p)
{
    const QString unit = QString::fromUtf8(propertyInfo(p).unit);
    return unit.isEmpty() ? QString() : QLatin1Char(' ') + unit;
}

/** The number typed in a spin box, without prefix, suffix and group separators, if it is one. */
std::optional<double> typedNumber(const QAbstractSpinBox *box, QString text, const QString &prefix,
                                  const QString &suffix)
{
    if (text.startsWith(prefix))
        text.remove(0, prefix.size());
    if (!suffix.isEmpty() && text.endsWith(suffix))
        text.chop(suffix.size());
    text = text.trimmed();
    text.remove(box->locale().groupSeparator());
    bool ok = false;
    const double value = box->locale().toDouble(text, &ok);
    if (ok && std::isfinite(value))
        return value;
    return std::nullopt;
}

/** True for the start of a number a user may still be typing ("", "-", "+"). */
bool partialNumber(QString text, const QString &prefix, const QString &suffix)
{
    if (text.startsWith(prefix))
        text.remove(0, prefix.size());
    if (!suffix.isEmpty() && text.endsWith(suffix))
        text.chop(suffix.size());
    text = text.trimmed();
    return text.isEmpty() || text == QLatin1String("-") || text == QLatin1String("+");
}

// QSpinBox drops a keystroke that would leave its range: "-5" became 5 and 99999999999 became
// 9999 without a word. These keep any number the user types (Intermediate: not committed by the
// spin box itself); the field then commits it so that the core refuses it with the reason shown
// at the field (Inspector::commit → validatePropertyValue).
template<typename SpinBox>
class Refusing : public SpinBox
{
public:
    using SpinBox::SpinBox;
    QValidator::State validate(QString &text, int &pos) const override
    {
        const QValidator::State state = SpinBox::validate(text, pos);
        if (state != QValidator::Invalid)
            return state;
        return partialNumber(text, this->prefix(), this->suffix())
                        || typedNumber(this, text, this->prefix(), this->suffix())
                ? QValidator::Intermediate
                : QValidator::Invalid;
    }
};

/**
 * The number typed in `spin` when the box cannot hold it: outside its range or, in a QSpinBox,
 * not whole. The fields commit it anyway, so that the inspector refuses it with the reason
 * instead of the box altering it.
 */
template<typename SpinBox>
std::optional<double> unholdableTyped(const SpinBox *spin, const QString &text)
{
    const auto typed = typedNumber(spin, text, spin->prefix(), spin->suffix());
    if (!typed)
        return std::nullopt;
    const bool whole = *typed == std::floor(*typed);
    if (*typed < spin->minimum() || *typed > spin->maximum()
        || (std::is_base_of_v<QSpinBox, SpinBox> && !whole))
        return typed;
    return std::nullopt;
}

// Mixed values (a multi-selection that disagrees): the box shows `mixedText` one step below
// its range (QAbstractSpinBox's special value); the first step the user takes leaves it.

template<typename SpinBox, typename Number>
void showMixable(SpinBox *spin, Number minimum, Number value, bool mixed, const QString &mixedText)
{
    const Number below = minimum - spin->singleStep();
    spin->setSpecialValueText(mixed ? mixedText : QString());
    spin->setMinimum(mixed ? below : minimum);
    spin->setValue(mixed ? below : value);
}

/** On valueChanged while mixed: false for the special value itself, else the box leaves it. */
template<typename SpinBox, typename Number>
bool leaveMixed(SpinBox *spin, Number minimum, Number value)
{
    if (value < minimum)
        return false;
    spin->setSpecialValueText({});
    spin->setMinimum(minimum);
    return true;
}

} // namespace

// --- TextField ------------------------------------------------------------------------------

TextField::TextField(Property property, QWidget *parent)
    : PropertyField(property, parent)
    , m_edit(new QLineEdit(this))
{
    setEditor(m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, &TextField::commit);
}

void TextField::showValue(const QVariant &value, bool mixed)
{
    m_shown = mixed ? QString() : format(value);
    m_edit->setText(m_shown);
    m_edit->setPlaceholderText(mixed ? tr("(mixed values)") : QString());
}

void TextField::commit()
{
    // editingFinished also fires on focus loss without a change: commit only real edits.
    if (m_edit->text() == m_shown && error().isEmpty())
        return;
    m_shown = m_edit->text();
    notifyEdited(parse(m_edit->text()));
}

QVariant StringListField::parse(const QString &text) const
{
    QStringList words;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString word = part.trimmed();
        if (!word.isEmpty() && !words.contains(word))
            words << word;
    }
    return words;
}

QString StringListField::format(const QVariant &value) const
{
    return value.toStringList().join(QStringLiteral(", "));
}

// --- IntField -------------------------------------------------------------------------------

IntField::IntField(Property property, QWidget *parent)
    : PropertyField(property, parent)
    , m_spin(new Refusing<QSpinBox>(this))
{
    const PropertyInfo &info = propertyInfo(property);
    m_minimum = int(info.minimum);
    m_spin->setRange(m_minimum, int(std::min(info.maximum, 2.0e9)));
    m_spin->setSuffix(unitSuffix(property));
    m_spin->setGroupSeparatorShown(true);
    m_spin->setAccelerated(true);
    setEditor(m_spin);
    connect(m_spin, &QSpinBox::valueChanged, this, [this](int value) {
        if (isUpdating() || (isMixed() && !leaveMixed(m_spin, m_minimum, value)))
            return;
        emit valueShown(value);
        notifyEdited(value, true);
    });
    // (QSpinBox::textChanged fires only for text it accepts: watch its line edit instead.)
    connect(m_spin->findChild<QLineEdit *>(), &QLineEdit::textChanged, this,
            [this](const QString &text) {
                if (isUpdating() || isMixed())
                    return;
                if (const auto typed = unholdableTyped(m_spin, text))
                    notifyEdited(*typed, false);
            });
}

void IntField::showValue(const QVariant &value, bool mixed)
{
    showMixable(m_spin, m_minimum, value.toInt(), mixed, tr("(mixed values)"));
    emit valueShown(mixed ? -1 : value.toInt());
}

// --- DoubleField ----------------------------------------------------------------------------

DoubleField::DoubleField(Property property, QWidget *parent)
    : PropertyField(property, parent)
    , m_spin(new Refusing<QDoubleSpinBox>(this))
{
    const PropertyInfo &info = propertyInfo(property);
    const bool fraction = info.maximum <= 1.0;
    m_spin->setDecimals(fraction ? 2 : 1);
    m_spin->setSingleStep(fraction ? 0.05 : 10.0);
    m_minimum = info.minimum;
    m_spin->setRange(info.minimum, info.maximum);
    m_spin->setSuffix(unitSuffix(property));
    m_spin->setGroupSeparatorShown(true);
    m_spin->setAccelerated(true);
    setEditor(m_spin);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (isUpdating() || (isMixed() && !leaveMixed(m_spin, m_minimum, value)))
            return;
        notifyEdited(value, true);
    });
    connect(m_spin->findChild<QLineEdit *>(), &QLineEdit::textChanged, this,
            [this](const QString &text) {
                if (isUpdating() || isMixed())
                    return;
                if (const auto typed = unholdableTyped(m_spin, text))
                    notifyEdited(*typed, false);
            });
}

void DoubleField::showValue(const QVariant &value, bool mixed)
{
    showMixable(m_spin, m_minimum, value.toDouble(), mixed, tr("(mixed values)"));
}

// --- BoolField ------------------------------------------------------------------------------

BoolField::BoolField(Property property, QWidget *parent)
    : PropertyField(property, parent)
    , m_check(new QCheckBox(this))
{
    setEditor(m_check);
    connect(m_check, &QCheckBox::clicked, this, [this](bool checked) {
        m_check->setTristate(false);
        notifyEdited(checked);
    });
}

void BoolField::showValue(const QVariant &value, bool mixed)
{
    m_check->setTristate(mixed);
    m_check->setCheckState(mixed ? Qt::PartiallyChecked
                                 : (value.toBool() ? Qt::Checked : Qt::Unchecked));
}

// --- ChoiceField ----------------------------------------------------------------------------

ChoiceField::ChoiceField(Property property, bool editable, QWidget *parent)
    : PropertyField(property, parent)
    , m_combo(new QComboBox(this))
{
    m_combo->setEditable(editable);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    setEditor(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QVariant value = m_combo->itemData(index);
        if (value == m_shown && error().isEmpty() && !isMixed())
            return;
        m_shown = value;
        notifyEdited(value);
    });
    if (editable)
        connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, &ChoiceField::commitText);
}

void ChoiceField::addChoice(const QString &text, const QVariant &value)
{
    m_combo->addItem(text, value);
}

void ChoiceField::clearChoices()
{
    m_combo->clear();
}

void ChoiceField::commitText()
{
    const QString text = m_combo->currentText().trimmed();
    const int index = m_combo->findText(text);
    const QVariant value = index >= 0 ? m_combo->itemData(index) : QVariant(text);
    if (value == m_shown && error().isEmpty())
        return;
    if (isMixed() && text.isEmpty())
        return;
    m_shown = value;
    notifyEdited(value);
}

void ChoiceField::showValue(const QVariant &value, bool mixed)
{
    m_shown = mixed ? QVariant() : value;
    if (mixed) {
        m_combo->setCurrentIndex(-1);
        m_combo->setPlaceholderText(tr("(mixed values)"));
        if (m_combo->isEditable())
            m_combo->setEditText({});
        return;
    }
    int index = m_combo->findData(value);
    if (index < 0 && !m_combo->isEditable()) {
        // A value the list does not offer (an older file, a newer catalog): show it anyway.
        m_combo->addItem(value.toString(), value);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
    if (index < 0)
        m_combo->setEditText(value.toString());
}

} // namespace ecsplan
