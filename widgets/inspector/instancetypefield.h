#pragma once

#include "catalogaccess.h"
#include "propertyfield.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QDoubleSpinBox;
class QLabel;

namespace ecsplan {

/**
 * Instance type picker fed from the catalog. Filters: family, architecture, at least N vCPU,
 * at least M GiB memory, and "offered in <zone>" when the catalog has availability data for
 * the zone of the selection. The list is an editable combo ("ecs.g8i.large  2 vCPU  8 GiB"),
 * so a type the catalog does not know yet can still be typed in.
 */
class InstanceTypeField : public PropertyField
{
    Q_OBJECT
public:
    InstanceTypeField(const QList<CatalogAccess::InstanceTypeRow> &types,
                      QWidget *parent = nullptr);

    /**
     * Zones of the selected groups for which the catalog has availability data; with the
     * zone filter on, listed types are offered in all of them.
     */
    void setZones(const QStringList &zones,
                  const std::function<bool(const QString &zone, const QString &type)> &offers);
    QComboBox *comboBox() const { return m_combo; }
    /** Type ids currently listed (after the filters). */
    QStringList listedTypes() const;
    void setFamilyFilter(const QString &family);
    void setMinimumVcpu(int vcpu);
    void setMinimumMemory(double gib);
    void setArchitecture(const QString &arch);

protected:
    void showValue(const QVariant &value, bool mixed) override;

private:
    void refill();
    void commitText();

    QList<CatalogAccess::InstanceTypeRow> m_types;
    QStringList m_zones;
    std::function<bool(const QString &, const QString &)> m_offers;
    QComboBox *m_combo;
    QComboBox *m_family;
    QComboBox *m_arch;
    QSpinBox *m_vcpu;
    QDoubleSpinBox *m_memory;
    QCheckBox *m_zoneOnly;
    QLabel *m_summary;
    QString m_shown;
};

} // namespace ecsplan
