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

// Severity rows carry internal id 0; finding rows carry their group's position + 1.
constexpr quintptr GroupId = 0;
} // namespace

FindingsModel::FindingsModel(const Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
}

void FindingsModel::setFindings(Findings visible, const Findings &muted)
{
    beginResetModel();
    m_muted.clear();
    if (muted.isEmpty()) {
        m_findings = std::move(visible); // shared with the engine's list: no copy
    } else {
        // What sortFindings(visible + muted) gives, remembering which ones are muted.
        const qsizetype n = visible.size() + muted.size();
        const auto at = [&](qsizetype i) -> const Finding & {
            return i < visible.size() ? visible.at(i) : muted.at(i - visible.size());
        };
        std::vector<qsizetype> order(static_cast<size_t>(n));
        std::iota(order.begin(), order.end(), qsizetype(0));
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return findingSortsBefore(at(a), at(b));
        });
        m_findings.clear();
        m_findings.reserve(n);
        m_muted.reserve(size_t(n));
        for (qsizetype i : order) {
            m_findings << at(i);
            m_muted.push_back(i >= visible.size());
        }
    }
    refilter();
    endResetModel();
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
    std::array<std::vector<int>, SeverityCount> bySeverity;
    m_shown = 0;
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings.at(i);
        if (!passes(f))
            continue;
        bySeverity[size_t(f.severity)].push_back(int(i));
        ++m_shown;
    }
    m_groups.clear();
    for (int s = 0; s < SeverityCount; ++s) {
        if (!bySeverity[size_t(s)].empty())
            m_groups.push_back(Group{Severity(s), std::move(bySeverity[size_t(s)])});
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
        for (int i : group.rows)
            out << m_findings.at(i);
    }
    return out;
}

int FindingsModel::findingRow(const QModelIndex &index) const
{
    // An index kept across a reset may point past the rows: no finding then.
    if (!index.isValid() || index.model() != this || index.internalId() == GroupId
        || index.internalId() > m_groups.size())
        return -1;
    const Group &group = m_groups[index.internalId() - 1];
    return size_t(index.row()) < group.rows.size() ? group.rows[size_t(index.row())] : -1;
}

const Finding *FindingsModel::finding(const QModelIndex &index) const
{
    const int row = findingRow(index);
    return row < 0 ? nullptr : &m_findings.at(row);
}

bool FindingsModel::isMuted(const QModelIndex &index) const
{
    const int row = findingRow(index);
    return row >= 0 && !m_muted.empty() && m_muted[size_t(row)];
}

QModelIndex FindingsModel::indexOfKey(const QString &key) const
{
    // A key is "RULE:id:id…": compare the rule id first, build keys only for its findings.
    const QStringView rule = QStringView(key).left(key.indexOf(QLatin1Char(':')));
    for (size_t g = 0; g < m_groups.size(); ++g) {
        const std::vector<int> &rows = m_groups[g].rows;
        for (size_t r = 0; r < rows.size(); ++r) {
            const Finding &f = m_findings.at(rows[r]);
            if (f.ruleId == rule && f.key() == key)
                return createIndex(int(r), 0, quintptr(g + 1));
        }
    }
    return {};
}

QModelIndex FindingsModel::groupIndex(Severity severity) const
{
    for (size_t g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].severity == severity)
            return createIndex(int(g), 0, GroupId);
    }
    return {};
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return size_t(row) < m_groups.size() ? createIndex(row, column, GroupId) : QModelIndex();
    if (parent.internalId() != GroupId || parent.column() != 0
        || size_t(parent.row()) >= m_groups.size())
        return {};
    if (size_t(row) >= m_groups[size_t(parent.row())].rows.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupId);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != GroupId || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].rows.size());
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
        if (index.column() != TitleColumn || size_t(index.row()) >= m_groups.size())
            return {};
        const Group &group = m_groups[size_t(index.row())];
        if (role == Qt::DisplayRole)
            return dockTr(QT_TRANSLATE_NOOP("ecsplan::FindingsDock", "%1 (%2)"))
                    .arg(displayName(group.severity))
                    .arg(int(group.rows.size()));
        if (role == Qt::DecorationRole)
            return m_icons[size_t(group.severity)];
        return {};
    }
    const int row = findingRow(index);
    if (row < 0)
        return {};
    const Finding &f = m_findings.at(row);
    switch (index.column()) {
    case TitleColumn:
        switch (role) {
        case Qt::DisplayRole:
            return f.title;
        case Qt::ToolTipRole:
            return f.message;
        case Qt::ForegroundRole:
            return !m_muted.empty() && m_muted[size_t(row)] ? QVariant(m_mutedBrush) : QVariant();
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
