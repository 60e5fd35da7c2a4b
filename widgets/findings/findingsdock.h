#pragma once

#include "rules/finding.h"

#include <QDockWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QModelIndex;
class QTreeView;

namespace ecsplan {

class Document;
class FindingsModel;
class RulesEngine;

/**
 * The "Findings" dock: the rules' findings grouped by severity (errors first), filterable by
 * severity and text, with the selected finding's message, reference and fix.
 *
 * Selecting a finding emits selectEntities (the main window connects it to
 * DesignScene::selectIds). Fix applies the finding's fix as one undo step; Mute asks for a
 * reason (MuteDialog) and stores it in the design; with "Show muted" on, muted findings are
 * listed greyed and Unmute brings one back. Badges for the canvas follow findingsChanged
 * through badgesChanged (connect to DesignScene::setBadges).
 *
 * The list is a QTreeView over a FindingsModel. After an edit the dock applies the rules'
 * differences (RulesEngine::lastChange()) to the model row by row, so the selection, the
 * scroll position and the groups' expansion stay as they are and an edit costs the same on
 * any design size; a full evaluation or a batch of more than MaxPatch changes resets the
 * model instead (one pass over the findings; selection, scroll position and collapsed groups
 * are put back). Rows and their texts are made for the rows the view shows.
 */
class FindingsDock : public QDockWidget
{
    Q_OBJECT

public:
    /** The most findings removed and added that are patched into the list, not re-listed. */
    static constexpr qsizetype MaxPatch = 256;

    FindingsDock(Document *document, RulesEngine *rules, QWidget *parent = nullptr);

    /** Findings currently listed (after filters), in display order. */
    Findings shownFindings() const;
    /** The finding selected in the list, if any. */
    std::optional<Finding> currentFinding() const;
    /** Selects the listed finding with this key (Finding::key()); false if it is not listed. */
    bool selectFinding(const QString &key);

    void setSeverityFilter(std::optional<Severity> minimum); ///< nullopt: all
    void setTextFilter(const QString &text);
    void setShowMuted(bool show);

    /** Applies the current finding's fix; returns the error (empty on success). */
    QString fixCurrent();
    /** Mutes the current finding with `reason` without asking (the Mute button asks first). */
    QString muteCurrent(const QString &reason, bool wholeDesign);
    QString unmuteCurrent();

signals:
    void selectEntities(const ecsplan::EntityIds &ids);
    /**
     * Canvas badges (connect to DesignScene::updateBadges): every entity's worst severity, and
     * the entities whose badge changed since the last emission (all of them after a reset).
     */
    void badgesChanged(const ecsplan::SeverityByEntity &severities,
                       const ecsplan::EntityIds &changed);

private:
    /** The engine's findings changed: patch the list, or list them anew when many changed. */
    void onFindingsChanged();
    /** List the engine's findings anew. */
    void rebuild();
    /** Gives the model the engine's findings (and the muted ones when shown). */
    void listFindings();
    /**
     * Runs `change` on the model (a reset), then expands its groups but the ones collapsed
     * before, selects the finding again and scrolls back; `badges`: the entities whose badge
     * changed.
     */
    void relist(const std::function<void()> &change, const EntityIds &badges = {});
    void onCurrentChanged(const QModelIndex &current);
    void updateDetails();
    void askMute();

    Document *m_document;
    RulesEngine *m_rules;
    QComboBox *m_severity;
    QLineEdit *m_filter;
    QCheckBox *m_showMuted;
    FindingsModel *m_model;
    QTreeView *m_tree;
    QTextBrowser *m_details;
    QPushButton *m_fix;
    QPushButton *m_mute;
    QPushButton *m_unmute;
    QLabel *m_status;
    SeverityByEntity m_badges; ///< the engine's, as of the last findings change
    bool m_relisting = false; ///< the selection follows a relist: no selectEntities
};

} // namespace ecsplan
