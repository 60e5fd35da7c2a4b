#include "findingsdock.h"

#include "model/document.h"
#include "mutedialog.h"
#include "rules/rulesengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ecsplan {

namespace {
constexpr int KeyRole = Qt::UserRole + 1;

QIcon severityIcon(const QWidget *w, Severity s)
{
    switch (s) {
    case Severity::Error:
        return w->style()->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return w->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Advice:
        return w->style()->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}
} // namespace

FindingsDock::FindingsDock(Document *document, RulesEngine *rules, QWidget *parent)
    : QDockWidget(tr("Findings"), parent)
    , m_document(document)
    , m_rules(rules)
    , m_severity(new QComboBox)
    , m_filter(new QLineEdit)
    , m_showMuted(new QCheckBox(tr("Show muted")))
    , m_tree(new QTreeWidget)
    , m_details(new QTextBrowser)
    , m_fix(new QPushButton(tr("Fix")))
    , m_mute(new QPushButton(tr("Mute…")))
    , m_unmute(new QPushButton(tr("Unmute")))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("FindingsDock"));
    m_severity->addItem(tr("All severities"));
    m_severity->addItem(tr("Errors"), int(Severity::Error));
    m_severity->addItem(tr("Errors and warnings"), int(Severity::Warning));
    m_filter->setPlaceholderText(tr("Filter findings"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Finding"), tr("Rule"), tr("Component")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_details->setOpenExternalLinks(true);
    m_fix->setToolTip(tr("Apply the suggested fix (one undo step)"));
    m_mute->setToolTip(tr("Accept this finding with a reason saved in the design"));

    // One row of controls, then the list beside the selected finding's details: the dock sits
    // under the canvas and is short on a laptop, so every row of height goes to the list.
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_severity);
    controls->addWidget(m_filter, 2);
    controls->addWidget(m_showMuted);
    controls->addWidget(m_status, 1);
    controls->addWidget(m_fix);
    controls->addWidget(m_mute);
    controls->addWidget(m_unmute);
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(m_rules, &RulesEngine::findingsChanged, this, &FindingsDock::rebuild);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &FindingsDock::rebuild);
    connect(m_filter, &QLineEdit::textChanged, this, &FindingsDock::rebuild);
    connect(m_showMuted, &QCheckBox::toggled, this, &FindingsDock::rebuild);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentChanged(current); });
    connect(m_fix, &QPushButton::clicked, this, [this] {
        const QString error = fixCurrent();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Fix not applied"), error);
    });
    connect(m_mute, &QPushButton::clicked, this, &FindingsDock::askMute);
    connect(m_unmute, &QPushButton::clicked, this, [this] { unmuteCurrent(); });
    rebuild();
}

bool FindingsDock::passesFilters(const Finding &f) const
{
    const QVariant minimum = m_severity->currentData();
    if (minimum.isValid() && int(f.severity) > minimum.toInt())
        return false;
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty())
        return true;
    return f.ruleId.contains(text, Qt::CaseInsensitive)
            || f.title.contains(text, Qt::CaseInsensitive)
            || f.message.contains(text, Qt::CaseInsensitive)
            || subjectName(f).contains(text, Qt::CaseInsensitive);
}

QString FindingsDock::subjectName(const Finding &f) const
{
    const Entity *e = m_document->model().find(f.subject());
    return e ? e->name : QString();
}

void FindingsDock::rebuild()
{
    const std::optional<Finding> previous = currentFinding();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_byKey.clear();
    m_mutedKeys.clear();

    Findings all = m_rules->findings();
    if (m_showMuted->isChecked()) {
        for (const Finding &f : m_rules->mutedFindings())
            m_mutedKeys.insert(f.key());
        all << m_rules->mutedFindings();
        sortFindings(all);
    }
    QHash<int, QTreeWidgetItem *> groups;
    int shown = 0;
    for (const Finding &f : std::as_const(all)) {
        if (!passesFilters(f))
            continue;
        QTreeWidgetItem *&group = groups[int(f.severity)];
        if (!group) {
            group = new QTreeWidgetItem(m_tree);
            group->setIcon(0, severityIcon(this, f.severity));
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, {f.title, f.ruleId, subjectName(f)});
        item->setData(0, KeyRole, f.key());
        item->setToolTip(0, f.message);
        if (m_mutedKeys.contains(f.key()))
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        m_byKey.insert(f.key(), f);
        ++shown;
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        it.value()->setText(
                0,
                tr("%1 (%2)").arg(displayName(Severity(it.key()))).arg(it.value()->childCount()));
        it.value()->setExpanded(true);
    }
    // `all` is sorted by severity, so the groups were created errors first.

    m_status->setText(tr("%n finding(s)", nullptr, shown));
    if (previous)
        selectFinding(previous->key());
    updateDetails();
    emit badgesChanged(m_rules->worstSeverities());
}

Findings FindingsDock::shownFindings() const
{
    Findings out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            out << m_byKey.value(group->child(i)->data(0, KeyRole).toString());
    }
    return out;
}

std::optional<Finding> FindingsDock::currentFinding() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !m_byKey.contains(item->data(0, KeyRole).toString()))
        return std::nullopt;
    return m_byKey.value(item->data(0, KeyRole).toString());
}

bool FindingsDock::selectFinding(const QString &key)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, KeyRole).toString() == key) {
                m_tree->setCurrentItem(group->child(i));
                return true;
            }
        }
    }
    return false;
}

void FindingsDock::onCurrentChanged(QTreeWidgetItem *current)
{
    updateDetails();
    if (current && m_byKey.contains(current->data(0, KeyRole).toString()))
        emit selectEntities(m_byKey.value(current->data(0, KeyRole).toString()).entities);
}

void FindingsDock::updateDetails()
{
    const std::optional<Finding> f = currentFinding();
    const bool muted = f && m_mutedKeys.contains(f->key());
    m_fix->setEnabled(f && f->hasFix() && !muted);
    m_mute->setEnabled(f && !muted);
    m_unmute->setVisible(m_showMuted->isChecked());
    m_unmute->setEnabled(muted);
    if (!f) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1 %2</b> — %3</p><p>%4</p>")
                           .arg(f->ruleId, displayName(f->severity).toHtmlEscaped(),
                                f->title.toHtmlEscaped(), f->message.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(tr("See: %1").arg(f->reference.toHtmlEscaped()));
    if (f->hasFix())
        html += QStringLiteral("<p>%1</p>").arg(tr("Fix: %1").arg(f->fix.title.toHtmlEscaped()));
    m_details->setHtml(html);
}

QString FindingsDock::fixCurrent()
{
    const std::optional<Finding> f = currentFinding();
    if (!f)
        return tr("No finding is selected.");
    return RulesEngine::applyFix(*f, m_document);
}

QString FindingsDock::muteCurrent(const QString &reason, bool wholeDesign)
{
    const std::optional<Finding> f = currentFinding();
    if (!f)
        return tr("No finding is selected.");
    return m_rules->mute(*f, reason, wholeDesign);
}

QString FindingsDock::unmuteCurrent()
{
    const std::optional<Finding> f = currentFinding();
    if (!f)
        return tr("No finding is selected.");
    for (const MutedRule &m : m_document->model().settings().mutedRules) {
        if (m.ruleId == f->ruleId && (!isValid(m.entity) || m.entity == f->subject()))
            return m_rules->unmute(m.ruleId, m.entity);
    }
    return tr("%1 is not muted.").arg(f->ruleId);
}

void FindingsDock::askMute()
{
    const std::optional<Finding> f = currentFinding();
    if (!f)
        return;
    MuteDialog dialog(*f, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = muteCurrent(dialog.reason(), dialog.wholeDesign());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Not muted"), error);
}

void FindingsDock::setSeverityFilter(std::optional<Severity> minimum)
{
    m_severity->setCurrentIndex(minimum ? m_severity->findData(int(*minimum)) : 0);
}

void FindingsDock::setTextFilter(const QString &text)
{
    m_filter->setText(text);
}

void FindingsDock::setShowMuted(bool show)
{
    m_showMuted->setChecked(show);
}

} // namespace ecsplan
