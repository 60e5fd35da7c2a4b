#include "findingsdock.h"

#include "findingsmodel.h"
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
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>

namespace ecsplan {

namespace {
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
    , m_model(new FindingsModel(document, this))
    , m_tree(new QTreeView)
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
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Advice})
        m_model->setSeverityIcon(s, severityIcon(this, s));
    m_tree->setModel(m_model);
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

    connect(m_rules, &RulesEngine::findingsChanged, this, &FindingsDock::onFindingsChanged);
    // The text filter reads subjects' names: a rename may show or hide findings whose words
    // stayed the same (patches only touch the findings that changed).
    connect(m_document, &Document::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::Changed && event.touches(Property::Name)
            && !m_model->textFilter().isEmpty())
            relist([this] { listFindings(); });
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant minimum = m_severity->currentData();
        relist([&] {
            m_model->setSeverityFilter(minimum.isValid()
                                               ? std::optional<Severity>(Severity(minimum.toInt()))
                                               : std::nullopt);
        });
    });
    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { relist([&] { m_model->setTextFilter(text); }); });
    connect(m_showMuted, &QCheckBox::toggled, this, [this] { relist([this] { listFindings(); }); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_fix, &QPushButton::clicked, this, [this] {
        const QString error = fixCurrent();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Fix not applied"), error);
    });
    connect(m_mute, &QPushButton::clicked, this, &FindingsDock::askMute);
    connect(m_unmute, &QPushButton::clicked, this, [this] { unmuteCurrent(); });
    rebuild();
}

void FindingsDock::listFindings()
{
    m_model->setMutedBrush(palette().brush(QPalette::Disabled, QPalette::Text));
    m_model->setFindings(m_rules->findings(),
                         m_showMuted->isChecked() ? m_rules->mutedFindings() : Findings());
}

void FindingsDock::rebuild()
{
    EntityIds badges = m_badges.keys();
    m_badges = m_rules->worstSeverities();
    for (auto it = m_badges.cbegin(); it != m_badges.cend(); ++it)
        badges << it.key(); // those that had one and those that have one
    relist([this] { listFindings(); }, badges);
}

void FindingsDock::onFindingsChanged()
{
    const FindingsDelta &delta = m_rules->lastChange();
    if (delta.rebuilt || delta.size() > MaxPatch) {
        rebuild();
        return;
    }
    const bool withMuted = m_showMuted->isChecked();
    const std::optional<Finding> previous = currentFinding();
    std::array<bool, SeverityCount> listed{};
    for (int s = 0; s < SeverityCount; ++s)
        listed[size_t(s)] = m_model->groupIndex(Severity(s)).isValid();
    m_relisting = true; // the selection is kept or put back, not made: no selectEntities
    m_model->updateFindings(delta, withMuted);
    for (int s = 0; s < SeverityCount; ++s) { // a severity that comes is expanded
        const QModelIndex group = m_model->groupIndex(Severity(s));
        if (!listed[size_t(s)] && group.isValid())
            m_tree->expand(group);
    }
    m_status->setText(tr("%n finding(s)", nullptr, m_model->shownCount()));
    bool reselected = false; // the details follow only a selection put back or cleared
    if (previous) {
        // The selected finding was re-evaluated (its row went, the selection moved on): select
        // it again when it came back, as a relist would, or nothing when it is gone.
        const Finding *now = m_model->finding(m_tree->currentIndex());
        const QString key = previous->key();
        if (!now || now->key() != key) {
            QModelIndex again;
            for (const Findings *added : {&delta.addedVisible, &delta.addedMuted}) {
                const bool muted = added == &delta.addedMuted;
                for (const Finding &f : *added) {
                    if (!again.isValid() && (withMuted || !muted) && f.key() == key)
                        again = m_model->indexOf(f, muted);
                }
            }
            if (again.isValid())
                m_tree->setCurrentIndex(again);
            else
                m_tree->selectionModel()->clear();
            reselected = true;
        }
    }
    m_relisting = false;
    if (reselected)
        updateDetails();
    for (EntityId id : delta.badgesChanged) {
        if (const std::optional<Severity> worst = m_rules->worstSeverity(id))
            m_badges.insert(id, *worst);
        else
            m_badges.remove(id);
    }
    emit badgesChanged(m_badges, delta.badgesChanged);
}

void FindingsDock::relist(const std::function<void()> &change, const EntityIds &badges)
{
    const std::optional<Finding> previous = currentFinding();
    std::array<bool, SeverityCount> collapsed{};
    for (int s = 0; s < SeverityCount; ++s) {
        const QModelIndex group = m_model->groupIndex(Severity(s));
        collapsed[size_t(s)] = group.isValid() && !m_tree->isExpanded(group);
    }
    const int scroll = m_tree->verticalScrollBar()->value();
    m_relisting = true; // the selection is put back, not made: no selectEntities
    change();
    for (int s = 0; s < SeverityCount; ++s) {
        const QModelIndex group = m_model->groupIndex(Severity(s));
        if (group.isValid() && !collapsed[size_t(s)])
            m_tree->expand(group);
    }
    // A design just opened: its rules run after the first frame (RulesEngine::setDeferResets).
    m_status->setText(m_rules->evaluationPending()
                              ? tr("Checking design rules…")
                              : tr("%n finding(s)", nullptr, m_model->shownCount()));
    if (previous)
        selectFinding(previous->key());
    if (scroll > 0) { // where the list was, once the view knows its new height
        m_tree->doItemsLayout();
        m_tree->verticalScrollBar()->setValue(scroll);
    }
    m_relisting = false;
    updateDetails();
    emit badgesChanged(m_badges, badges);
}

Findings FindingsDock::shownFindings() const
{
    return m_model->shownFindings();
}

std::optional<Finding> FindingsDock::currentFinding() const
{
    const Finding *f = m_model->finding(m_tree->currentIndex());
    return f ? std::optional<Finding>(*f) : std::nullopt;
}

bool FindingsDock::selectFinding(const QString &key)
{
    const QModelIndex index = m_model->indexOfKey(key);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    return true;
}

void FindingsDock::onCurrentChanged(const QModelIndex &current)
{
    if (m_relisting)
        return;
    updateDetails();
    if (const Finding *f = m_model->finding(current))
        emit selectEntities(f->entities);
}

void FindingsDock::updateDetails()
{
    const std::optional<Finding> f = currentFinding();
    const bool muted = f && m_model->isMuted(m_tree->currentIndex());
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
