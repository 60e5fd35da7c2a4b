#pragma once

#include "propertyfield.h"

class QTableWidget;

namespace ecsplan {

/**
 * Table editor for a security group's rules: one row per rule (direction, protocol, ports,
 * CIDR, action, priority, description), add/remove buttons. Every finished cell edit commits
 * the whole rule list (one undo step); a cell that does not parse is refused with the row
 * and column named, and nothing is committed.
 */
class RulesField : public PropertyField
{
    Q_OBJECT
public:
    explicit RulesField(QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

    enum Column { Direction, Protocol, Ports, Cidr, Action, Priority, Description, ColumnCount };

    /** Parses the table; on failure returns false and a translated reason in `error`. */
    bool rules(SecurityRules *out, QString *error) const;
    void addRule();
    void removeSelectedRules();

protected:
    void showValue(const QVariant &value, bool mixed) override;

private:
    void fillRow(int row, const SecurityRule &rule);
    void commit();

    QTableWidget *m_table;
};

} // namespace ecsplan
