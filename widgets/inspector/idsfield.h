#pragma once

#include "propertyfield.h"

class QListWidget;

namespace ecsplan {

/**
 * Multi-select of entities (zones a group spans, security groups applied) as a checkable list.
 * With several entities selected an item is partially checked when only some have it; a click
 * adds it to or removes it from every selected entity, which is why this field reports toggles
 * (`toggled`) rather than one list for all.
 */
class IdsField : public PropertyField
{
    Q_OBJECT
public:
    explicit IdsField(Property property, QWidget *parent = nullptr);

    void addChoice(const QString &text, EntityId id);
    /** Shows, per choice, whether all / some / none of the selected entities have it. */
    void showMembership(const QList<EntityIds> &perEntity);
    QListWidget *listWidget() const { return m_list; }

signals:
    void toggled(ecsplan::EntityId id, bool on);

protected:
    void showValue(const QVariant &value, bool mixed) override;

private:
    QListWidget *m_list;
};

} // namespace ecsplan
