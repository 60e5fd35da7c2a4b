#include "findingsmodel.h"

#include "model/document.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace ecsplan {

namespace {
// The texts are the findings dock's, translated under its context as before the model
// (QT_TRANSLATE_NOOP at each use files them there for lupdate).
constexpr char DockContext[] = "ecsplan::FindingsDock";

QString dockTr(const char *text)
{
    return QCoreApplication::translate(DockContext, text);
}

// Severity rows carry internal id 0; finding rows carry their severity + 1.
constexpr quintptr GroupId = 0;
} // namespace

FindingsModel::FindingsModel(const Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
}

bool FindingsModel::RowLess::operator()(const Row &a, const Row &b) const
{
    const Finding &x = *a.finding, &y = *b.finding;
    if (x.severity != y.severity)
        return x.severity < y.severity;
    if (x.ruleId != y.ruleId)
        return x.ruleId < y.ruleId;
    if (x.subject() != y.subject())
        return toUInt(x.subject()) < toUInt(y.subject());
    if (a.muted != b.muted)
        return !a.muted; // sortFindings(visible + muted) is stable: visible first
    return findingLess(x, y);
}

void FindingsModel::setFindings(const Findings &visible, const Findings &muted)
{
    beginResetModel();
    for (Group &group : m_groups)
        group.rows.clear();
    m_rows.clear();
    m_added.clear();
    m_visible = visible; // shared with the engine's lists, never changed here: rows point in
    m_muted = muted;
    // Sorted input goes to the end at no search (the engine's lists are).
    for (const Finding &f : std::as_const(m_visible))
        m_rows.insert(m_rows.end(), Row{&f, false});
    for (const Finding &f : std::as_const(m_muted))
        m_rows.insert(Row{&f, true});
    refilter();
    endResetModel();
}

void FindingsModel::updateFindings(const FindingsDelta &delta, bool withMuted)
{
    std::array<bool, SeverityCount> touched{};
    for (const Finding &f : delta.removedVisible)
        removeRow(f, false, touched);
    if (withMuted) {
        for (const Finding &f : delta.removedMuted)
            removeRow(f, true, touched);
    }
    for (const Finding &f : delta.addedVisible)
        insertRow(f, false, touched);
    if (withMuted) {
        for (const Finding &f : delta.addedMuted)
            insertRow(f, true, touched);
    }
    for (int s = 0; s < SeverityCount; ++s) { // "Warning (3)": the count changed
        if (touched[size_t(s)] && !m_groups[size_t(s)].rows.empty()) {
            const QModelIndex group = createIndex(groupRow(Severity(s)), 0, GroupId);
            emit dataChanged(group, group, {Qt::DisplayRole});
        }
    }
}

int FindingsModel::shownPosition(const Row *row) const
{
    const std::vector<const Row *> &rows = m_groups[size_t(row->finding->severity)].rows;
    auto it = std::lower_bound(rows.begin(), rows.end(), row, RowLess());
    for (; it != rows.end() && !RowLess()(row, *it); ++it) {
        if (*it == row)
            return int(it - rows.begin());
    }
    return -1;
}

void FindingsModel::removeRow(const Finding &finding, bool muted,
                              std::array<bool, SeverityCount> &touched)
{
    const auto it = m_rows.find(Row{&finding, muted});
    if (it == m_rows.end())
        return; // not listed: the delta is not this model's (cannot happen in the dock)
    const int position = shownPosition(&*it);
    if (position >= 0) {
        const size_t s = size_t(finding.severity);
        std::vector<const Row *> &rows = m_groups[s].rows;
        const int group = groupRow(finding.severity);
        if (rows.size() == 1) { // its group's last row: the severity row goes with it
            beginRemoveRows({}, group, group);
            rows.clear();
        } else {
            beginRemoveRows(createIndex(group, 0, GroupId), position, position);
            rows.erase(rows.begin() + position);
        }
        --m_shown;
        endRemoveRows();
        touched[s] = true;
    }
    m_rows.erase(it);
}

void FindingsModel::insertRow(const Finding &finding, bool muted,
                              std::array<bool, SeverityCount> &touched)
{
    m_added.push_back(finding);
    const Row *row = &*m_rows.insert(Row{&m_added.back(), muted});
    if (!passes(finding))
        return;
    const size_t s = size_t(finding.severity);
    std::vector<const Row *> &rows = m_groups[s].rows;
    const int group = groupRow(finding.severity);
    if (rows.empty()) { // the severity row comes with its first finding
        beginInsertRows({}, group, group);
        rows.push_back(row);
    } else {
        const auto at = std::upper_bound(rows.begin(), rows.end(), row, RowLess());
        const int position = int(at - rows.begin());
        beginInsertRows(createIndex(group, 0, GroupId), position, position);
        rows.insert(at, row);
    }
    ++m_shown;
    endInsertRows();
    touched[s] = true;
}

int FindingsModel::groupRow(Severity severity) const
{
    int row = 0;
    for (int s = 0; s < int(severity); ++s)
        row += m_groups[size_t(s)].rows.empty() ? 0 : 1;
    return row;
}

std::optional<Severity> FindingsModel::severityAt(int row) const
{
    if (row < 0)
        return std::nullopt;
    for (int s = 0; s < SeverityCount; ++s) {
        if (m_groups[size_t(s)].rows.empty())
            continue;
        if (row-- == 0)
            return Severity(s);
    }
    return std::nullopt;
}

void FindingsModel::setSeverityFilter(std::optional<Severity> minimum)
{
    if (minimum == m_minimum)
        return;
    beginResetModel();
    m_minimum = minimum;
    refilter();
    endResetModel();
}

void FindingsModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    beginResetModel();
    m_text = trimmed;
    refilter();
    endResetModel();
}

void FindingsModel::setSeverityIcon(Severity severity, const QIcon &icon)
{
    m_icons[size_t(severity)] = icon;
}

bool FindingsModel::passes(const Finding &f) const
{
    if (m_minimum && int(f.severity) > int(*m_minimum))
        return false;
    if (m_text.isEmpty())
        return true;
    return f.ruleId.contains(m_text, Qt::CaseInsensitive)
            || f.title.contains(m_text, Qt::CaseInsensitive)
            || f.message.contains(m_text, Qt::CaseInsensitive)
            || subjectName(f).contains(m_text, Qt::CaseInsensitive);
}

void FindingsModel::refilter()
{
    for (Group &group : m_groups)
        group.rows.clear();
    m_shown = 0;
    for (const Row &row : m_rows) {
        if (!passes(*row.finding))
            continue;
        m_groups[size_t(row.finding->severity)].rows.push_back(&row);
        ++m_shown;
    }
}

QString FindingsModel::subjectName(const Finding &f) const
{
    const Entity *e = m_document->model().find(f.subject());
    return e ? e->name : QString();
}

Findings FindingsModel::shownFindings() const
{
    Findings out;
    out.reserve(m_shown);
    for (const Group &group : m_groups) {
        for (const Row *row : group.rows)
            out << *row->finding;
    }
    return out;
}

const FindingsModel::Row *FindingsModel::rowAt(const QModelIndex &index) const
{
    // An index kept across a reset may point past the rows: no finding then.
    if (!index.isValid() || index.model() != this || index.internalId() == GroupId
        || index.internalId() > quintptr(SeverityCount))
        return nullptr;
    const Group &group = m_groups[index.internalId() - 1];
    return size_t(index.row()) < group.rows.size() ? group.rows[size_t(index.row())] : nullptr;
}

const Finding *FindingsModel::finding(const QModelIndex &index) const
{
    const Row *row = rowAt(index);
    return row ? row->finding : nullptr;
}

bool FindingsModel::isMuted(const QModelIndex &index) const
{
    const Row *row = rowAt(index);
    return row && row->muted;
}

QModelIndex FindingsModel::indexOfKey(const QString &key) const
{
    // A key is "RULE:id:id…": compare the rule id first, build keys only for its findings.
    const QStringView rule = QStringView(key).left(key.indexOf(QLatin1Char(':')));
    for (int s = 0; s < SeverityCount; ++s) {
        const std::vector<const Row *> &rows = m_groups[size_t(s)].rows;
        for (size_t r = 0; r < rows.size(); ++r) {
            const Finding &f = *rows[r]->finding;
            if (f.ruleId == rule && f.key() == key)
                return createIndex(int(r), 0, quintptr(s + 1));
        }
    }
    return {};
}

QModelIndex FindingsModel::indexOf(const Finding &finding, bool muted) const
{
    const Row key{&finding, muted};
    const std::vector<const Row *> &rows = m_groups[size_t(finding.severity)].rows;
    const auto it = std::lower_bound(rows.begin(), rows.end(), &key, RowLess());
    if (it == rows.end() || RowLess()(&key, *it))
        return {};
    return createIndex(int(it - rows.begin()), 0, quintptr(int(finding.severity) + 1));
}

QModelIndex FindingsModel::groupIndex(Severity severity) const
{
    if (m_groups[size_t(severity)].rows.empty())
        return {};
    return createIndex(groupRow(severity), 0, GroupId);
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return severityAt(row) ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.column() != 0)
        return {};
    const std::optional<Severity> severity = severityAt(parent.row());
    if (!severity || size_t(row) >= m_groups[size_t(*severity)].rows.size())
        return {};
    return createIndex(row, column, quintptr(int(*severity) + 1));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(groupRow(Severity(child.internalId() - 1)), 0, GroupId);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return groupRow(Severity::Advice)
                + (m_groups[size_t(Severity::Advice)].rows.empty() ? 0 : 1);
    if (parent.internalId() != GroupId || parent.column() != 0)
        return 0;
    const std::optional<Severity> severity = severityAt(parent.row());
    return severity ? int(m_groups[size_t(*severity)].rows.size()) : 0;
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool FindingsModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == GroupId) {
        const std::optional<Severity> severity = severityAt(index.row());
        if (index.column() != TitleColumn || !severity)
            return {};
        if (role == Qt::DisplayRole)
            return dockTr(QT_TRANSLATE_NOOP("ecsplan::FindingsDock", "%1 (%2)"))
                    .arg(displayName(*severity))
                    .arg(int(m_groups[size_t(*severity)].rows.size()));
        if (role == Qt::DecorationRole)
            return m_icons[size_t(*severity)];
        return {};
    }
    const Row *row = rowAt(index);
    if (!row)
        return {};
    const Finding &f = *row->finding;
    switch (index.column()) {
    case TitleColumn:
        switch (role) {
        case Qt::DisplayRole:
            return f.title;
        case Qt::ToolTipRole:
            return f.message;
        case Qt::ForegroundRole:
            return row->muted ? QVariant(m_mutedBrush) : QVariant();
        case KeyRole:
            return f.key();
        default:
            return {};
        }
    case RuleColumn:
        return role == Qt::DisplayRole ? QVariant(f.ruleId) : QVariant();
    case ComponentColumn:
        return role == Qt::DisplayRole ? QVariant(subjectName(f)) : QVariant();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return dockTr(QT_TRANSLATE_NOOP("ecsplan::FindingsDock", "Finding"));
    case RuleColumn:
        return dockTr(QT_TRANSLATE_NOOP("ecsplan::FindingsDock", "Rule"));
    case ComponentColumn:
        return dockTr(QT_TRANSLATE_NOOP("ecsplan::FindingsDock", "Component"));
    default:
        return {};
    }
}

Qt::ItemFlags FindingsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == GroupId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace ecsplan
