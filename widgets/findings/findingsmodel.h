#pragma once

#include "rules/finding.h"

#include <QAbstractItemModel>
#include <QBrush>
#include <QIcon>

#include <array>
#include <optional>
#include <vector>

namespace ecsplan {

class Document;

/**
 * The findings dock's list as a two-level model: one top-level row per severity that has a
 * listed finding (errors first, "Warning (3)"), under it one row per finding in the order
 * given. Columns: the finding's title (tooltip: its message; greyed when muted), rule id and
 * the name of its subject (the first entity; empty when it has none or it is gone).
 *
 * Rows are made on demand from the findings list: a findings change costs one pass over it
 * (the filters) and a model reset, never an item per row; names and keys are computed in
 * data() for the rows a view shows. The findings given must be sorted by severity (as
 * RulesEngine::findings() and sortFindings() are); the model keeps that order.
 *
 * Filters: a minimum severity (nullopt: all) and a text that must occur, ignoring case and
 * the text's surrounding spaces, in the rule id, title, message or subject name.
 */
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, RuleColumn, ComponentColumn, ColumnCount };
    /** Finding::key() of a finding row (column 0); invalid on a severity row. */
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit FindingsModel(const Document *document, QObject *parent = nullptr);

    /**
     * Lists `visible` and, when `muted` is not empty, the muted findings with them (greyed),
     * merged as sortFindings() orders visible + muted. Both sorted by severity. Resets.
     */
    void setFindings(Findings visible, const Findings &muted = {});
    /** Resets only when the filter changes. */
    void setSeverityFilter(std::optional<Severity> minimum);
    void setTextFilter(const QString &text);
    std::optional<Severity> severityFilter() const { return m_minimum; }
    QString textFilter() const { return m_text; }

    void setSeverityIcon(Severity severity, const QIcon &icon);
    void setMutedBrush(const QBrush &brush) { m_mutedBrush = brush; }

    /** Listed findings (after the filters), in display order. */
    int shownCount() const { return m_shown; }
    Findings shownFindings() const;
    /** The finding of a finding row; null on a severity row or an invalid index. */
    const Finding *finding(const QModelIndex &index) const;
    /** True on the row of a muted finding. */
    bool isMuted(const QModelIndex &index) const;
    /** The finding row (column 0) whose Finding::key() is `key`; invalid when not listed. */
    QModelIndex indexOfKey(const QString &key) const;
    /** The severity row (column 0) of `severity`; invalid when none of it is listed. */
    QModelIndex groupIndex(Severity severity) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        Severity severity;
        std::vector<int> rows; ///< indices into m_findings
    };

    /** Re-applies the filters to m_findings (no reset signals: the callers reset). */
    void refilter();
    bool passes(const Finding &f) const;
    QString subjectName(const Finding &f) const;
    /** The index into m_findings of a finding row, or -1. */
    int findingRow(const QModelIndex &index) const;

    const Document *m_document;
    Findings m_findings; ///< visible and (when shown) muted findings, in display order
    std::vector<bool> m_muted; ///< per m_findings; empty when none is muted
    std::vector<Group> m_groups; ///< the listed severities, most severe first
    int m_shown = 0;
    std::optional<Severity> m_minimum;
    QString m_text; ///< trimmed
    std::array<QIcon, SeverityCount> m_icons;
    QBrush m_mutedBrush;
};

} // namespace ecsplan
