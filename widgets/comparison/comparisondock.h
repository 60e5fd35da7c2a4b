#pragma once

#include "diff/designdiff.h"

#include <QDockWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace ecsplan {

class ComparisonChart;

/**
 * The "Comparison" dock of File ▸ Compare With…: which file is "before" (the window's design is
 * "after"), then tabs: the changes (kind, name, what changed, monthly change; a double-click
 * shows the component on the canvas), the totals before and after (as billed and per billing
 * model), the findings introduced and resolved, the request paths whose latency changed, and a
 * before/after cost chart. A view of a
 * DesignDiff::Result: it never reads or writes the document.
 */
class ComparisonDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit ComparisonDock(QWidget *parent = nullptr);

    void setComparison(const DesignDiff::Result &result, const QString &beforeLabel);
    void clearComparison();

    /** "Compared with a.ecsplan (before); this design is after." */
    QString headerText() const;
    QTreeWidget *changesTree() const { return m_changes; }
    QTreeWidget *totalsTree() const { return m_totals; }
    QTreeWidget *findingsTree() const { return m_findings; }
    /** Request paths whose typical round trip changed, appeared or disappeared. */
    QTreeWidget *pathsTree() const { return m_paths; }
    ComparisonChart *chart() const { return m_chart; }
    QTabWidget *tabs() const { return m_tabs; }

    /** Column of the changes tree holding the entity id (Qt::UserRole) of each row. */
    enum ChangeColumn { ChangeKind, ChangeName, ChangeComponentKind, ChangeWhat, ChangeCost };

signals:
    /** A row was double-clicked: show `id` (a removed one is a ghost on the canvas). */
    void showComponent(ecsplan::EntityId id, bool removed);
    /** The dock's "Clear" button. */
    void clearRequested();

private:
    QLabel *m_header;
    QTabWidget *m_tabs;
    QTreeWidget *m_changes;
    QTreeWidget *m_totals;
    QTreeWidget *m_findings;
    QTreeWidget *m_paths;
    ComparisonChart *m_chart;
};

} // namespace ecsplan
