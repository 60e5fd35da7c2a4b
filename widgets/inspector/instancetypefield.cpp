#include "instancetypefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace ecsplan {

InstanceTypeField::InstanceTypeField(const QList<CatalogAccess::InstanceTypeRow> &types,
                                     QWidget *parent)
    : PropertyField(Property::InstanceType, parent)
    , m_types(types)
    , m_combo(new QComboBox(this))
    , m_family(new QComboBox(this))
    , m_arch(new QComboBox(this))
    , m_vcpu(new QSpinBox(this))
    , m_memory(new QDoubleSpinBox(this))
    , m_zoneOnly(new QCheckBox(this))
    , m_summary(new QLabel(this))
{
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    setEditor(m_combo);

    auto *filters = new QWidget(this);
    auto *grid = new QGridLayout(filters);
    grid->setContentsMargins(0, 0, 0, 0);
    QStringList families;
    QStringList arches;
    for (const auto &t : m_types) {
        if (!families.contains(t.family))
            families << t.family;
        if (!arches.contains(t.arch))
            arches << t.arch;
    }
    families.sort();
    m_family->addItem(tr("All families"), QString());
    for (const QString &f : families)
        m_family->addItem(f, f);
    m_arch->addItem(tr("Any architecture"), QString());
    for (const QString &a : arches)
        m_arch->addItem(a, a);
    // The filters share a row in a dock that may be 260 px wide: they size to the room, not to
    // their longest entry (which would push the inspector into a horizontal scroll).
    for (QComboBox *filter : {m_family, m_arch}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(6);
    }
    m_vcpu->setRange(0, 512);
    m_vcpu->setPrefix(tr("≥ "));
    m_vcpu->setSuffix(tr(" vCPU"));
    m_memory->setRange(0, 12288);
    m_memory->setDecimals(0);
    m_memory->setPrefix(tr("≥ "));
    m_memory->setSuffix(tr(" GiB"));
    m_zoneOnly->setChecked(true);
    m_zoneOnly->hide();
    m_summary->setStyleSheet(QStringLiteral("color: palette(mid);"));
    grid->addWidget(m_family, 0, 0);
    grid->addWidget(m_arch, 0, 1);
    grid->addWidget(m_vcpu, 1, 0);
    grid->addWidget(m_memory, 1, 1);
    grid->addWidget(m_zoneOnly, 2, 0, 1, 2);
    grid->addWidget(m_summary, 3, 0, 1, 2);
    addLine(filters);
    filters->setVisible(!m_types.isEmpty());

    connect(m_family, &QComboBox::currentIndexChanged, this, &InstanceTypeField::refill);
    connect(m_arch, &QComboBox::currentIndexChanged, this, &InstanceTypeField::refill);
    connect(m_vcpu, &QSpinBox::valueChanged, this, &InstanceTypeField::refill);
    connect(m_memory, &QDoubleSpinBox::valueChanged, this, &InstanceTypeField::refill);
    connect(m_zoneOnly, &QCheckBox::toggled, this, &InstanceTypeField::refill);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_combo->itemData(index).toString();
        if (id == m_shown && error().isEmpty() && !isMixed())
            return;
        m_shown = id;
        notifyEdited(id);
    });
    connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, &InstanceTypeField::commitText);
    refill();
}

void InstanceTypeField::setZones(
        const QStringList &zones,
        const std::function<bool(const QString &, const QString &)> &offers)
{
    m_zones = zones;
    m_offers = offers;
    m_zoneOnly->setVisible(!zones.isEmpty());
    m_zoneOnly->setText(tr("Only types offered in %1").arg(zones.join(QStringLiteral(", "))));
    refill();
}

void InstanceTypeField::setFamilyFilter(const QString &family)
{
    m_family->setCurrentIndex(std::max(0, m_family->findData(family)));
}

void InstanceTypeField::setMinimumVcpu(int vcpu)
{
    m_vcpu->setValue(vcpu);
}
void InstanceTypeField::setMinimumMemory(double gib)
{
    m_memory->setValue(gib);
}

void InstanceTypeField::setArchitecture(const QString &arch)
{
    m_arch->setCurrentIndex(std::max(0, m_arch->findData(arch)));
}

QStringList InstanceTypeField::listedTypes() const
{
    QStringList ids;
    for (int i = 0; i < m_combo->count(); ++i)
        ids << m_combo->itemData(i).toString();
    return ids;
}

void InstanceTypeField::refill()
{
    const QString family = m_family->currentData().toString();
    const QString arch = m_arch->currentData().toString();
    const bool zoneOnly = m_zoneOnly->isChecked() && !m_zones.isEmpty() && m_offers;
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    int hiddenByZone = 0;
    for (const auto &t : m_types) {
        if ((!family.isEmpty() && t.family != family) || (!arch.isEmpty() && t.arch != arch)
            || t.vcpu < m_vcpu->value() || t.memoryGiB < m_memory->value())
            continue;
        if (zoneOnly) {
            const bool offered = std::all_of(m_zones.cbegin(), m_zones.cend(),
                                             [&](const QString &z) { return m_offers(z, t.id); });
            if (!offered) {
                ++hiddenByZone;
                continue;
            }
        }
        m_combo->addItem(tr("%1   %2 vCPU · %L3 GiB · %4")
                                 .arg(t.id)
                                 .arg(t.vcpu)
                                 .arg(t.memoryGiB)
                                 .arg(t.arch),
                         t.id);
    }
    m_summary->setText(hiddenByZone > 0 ? tr("%n type(s) match; %1 more not offered in the zone",
                                             nullptr, m_combo->count())
                                                  .arg(hiddenByZone)
                                        : tr("%n type(s) match", nullptr, m_combo->count()));
    const int index = m_combo->findData(m_shown);
    m_combo->setCurrentIndex(index);
    if (index < 0)
        m_combo->setEditText(m_shown);
    // In a narrow dock the entry is longer than the field: show its start, the type id.
    m_combo->lineEdit()->setCursorPosition(0);
}

void InstanceTypeField::commitText()
{
    QString text = m_combo->currentText().trimmed();
    // A listed entry's text carries the figures after the id; the id is the first word.
    text = text.section(QLatin1Char(' '), 0, 0);
    if (text.isEmpty() || (text == m_shown && error().isEmpty()))
        return;
    m_shown = text;
    notifyEdited(text);
}

void InstanceTypeField::showValue(const QVariant &value, bool mixed)
{
    m_shown = mixed ? QString() : value.toString();
    m_combo->setPlaceholderText(mixed ? tr("(mixed values)") : QString());
    refill();
    if (mixed)
        m_combo->setEditText({});
}

} // namespace ecsplan
