#pragma once

#include "rules/finding.h"

#include <QAbstractItemModel>
#include <QBrush>
#include <QIcon>

#include <array>
#include <deque>
#include <optional>
#include <set>
#include <vector>

namespace ecsplan {

class Document;

/**
 * The findings dock's list as a two-level model: one top-level row per severity that has a
 * listed finding (errors first, "Warning (3)"), under it one row per finding in the order
 * given. Columns: the finding's title (tooltip: its message; greyed when muted), rule id and
 * the name of its subject (the first entity; empty when it has none or it is gone).
 *
 * Rows are made on demand: names and keys are computed in data() for the rows a view shows.
 * The order is findingSortsBefore's, ties broken by visible before muted, then findingLess:
 * for RulesEngine::findings() and mutedFindings() the order of sortFindings(visible + muted).
 * setFindings() resets the model (one pass over the findings); updateFindings() applies one
 * batch's differences row by row (rowsRemoved/rowsInserted, a severity row coming or going
 * with its first or last finding), each found by binary search: the rows end up as a
 * setFindings() of the engine's new lists would make them. Finding rows carry their
 * severity + 1 as internal id, so an index stays valid while other groups come and go.
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
    void setFindings(const Findings &visible, const Findings &muted = {});
    /**
     * Applies a batch's differences (not a rebuilt one) in place: the removed findings' rows
     * go, the added ones are inserted where setFindings() would list them (behind the
     * filters), the severity rows' counts follow (dataChanged). `withMuted`: the muted
     * findings are listed (setFindings() was given them), so their lists apply too.
     */
    void updateFindings(const FindingsDelta &delta, bool withMuted);
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
    /** The row (column 0) listing `finding` (same words), muted or not; O(log n). */
    QModelIndex indexOf(const Finding &finding, bool muted = false) const;
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
    /** A listed finding: in m_visible, m_muted or m_added (a Finding copy a row cost 160 bytes
     * more: 8 MiB at 50,000 findings). */
    struct Row
    {
        const Finding *finding;
        bool muted = false;
    };
    /** The rows' order (see the class comment). */
    struct RowLess
    {
        bool operator()(const Row &a, const Row &b) const;
        bool operator()(const Row *a, const Row *b) const { return (*this)(*a, *b); }
    };
    /** One severity's shown rows, in order; listed as a severity row when not empty. */
    struct Group
    {
        std::vector<const Row *> rows;
    };

    /** Re-applies the filters to m_rows (no reset signals: the callers reset). */
    void refilter();
    bool passes(const Finding &f) const;
    QString subjectName(const Finding &f) const;
    /** The row of a finding index, or null. */
    const Row *rowAt(const QModelIndex &index) const;
    /** The top-level row of `severity`'s group (the listed groups before it). */
    int groupRow(Severity severity) const;
    /** The severity listed at top-level row `row`, if any. */
    std::optional<Severity> severityAt(int row) const;
    /** Where `row` is shown in its group, or -1. */
    int shownPosition(const Row *row) const;
    void removeRow(const Finding &finding, bool muted, std::array<bool, SeverityCount> &touched);
    void insertRow(const Finding &finding, bool muted, std::array<bool, SeverityCount> &touched);

    const Document *m_document;
    /// What the rows point to: the lists setFindings() was given (shared with the engine's, so
    /// stored once; const here, so never detached), and the findings updateFindings() added since
    /// (kept until the next setFindings(), also when their rows go).
    Findings m_visible, m_muted;
    std::deque<Finding> m_added;
    std::multiset<Row, RowLess> m_rows; ///< visible and (when shown) muted findings, in order
    std::array<Group, SeverityCount> m_groups; ///< by severity
    int m_shown = 0;
    std::optional<Severity> m_minimum;
    QString m_text; ///< trimmed
    std::array<QIcon, SeverityCount> m_icons;
    QBrush m_mutedBrush;
};

} // namespace ecsplan
