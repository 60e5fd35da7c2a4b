#pragma once

#include "model/ids.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace ecsplan {

class Document;

/** How bad a finding is. Ordered: a lower value is more severe. */
enum class Severity { Error, Warning, Advice };
inline constexpr int SeverityCount = static_cast<int>(Severity::Advice) + 1; ///< Advice is last

QString toCode(Severity severity); ///< error, warning, advice (files, CLI, JSON)
std::optional<Severity> severityFromCode(const QString &code);
QString displayName(Severity severity); ///< translated
/** SARIF 2.1.0 result level: error, warning, note. */
QString sarifLevel(Severity severity);

/**
 * A fix's action: a callable `QString(Document *)`, shared (not copied) by the copies of a
 * finding, so that copying findings costs no allocation (RulesEngine::findings() copies tens
 * of thousands at 50,000 components). Empty when default-constructed.
 */
class FixAction
{
public:
    FixAction() = default;
    template<typename F,
             std::enable_if_t<
                     !std::is_same_v<std::decay_t<F>,
                                     FixAction> && std::is_invocable_r_v<QString, F &, Document *>,
                     int> = 0>
    FixAction(F &&action) // NOLINT(google-explicit-constructor): `fix.apply = lambda`
        : m_action(
                std::make_shared<const std::function<QString(Document *)>>(std::forward<F>(action)))
    {
    }

    QString operator()(Document *document) const { return (*m_action)(document); }
    explicit operator bool() const { return m_action && *m_action; }

private:
    std::shared_ptr<const std::function<QString(Document *)>> m_action;
};

/**
 * An undoable correction a finding offers. `apply` calls Document verbs only (never the
 * model directly); RulesEngine::applyFix wraps the call in one undo macro named `title`, so
 * the whole fix is a single undo step. It returns an empty string on success or the reason
 * it could not be applied (then everything it did is rolled back).
 */
struct FixDescription
{
    QString title; ///< "Use PL1 at 400 GiB", translated
    FixAction apply; ///< QString(Document *document)

    bool isValid() const { return !title.isEmpty() && bool(apply); }
};

/**
 * One problem a rule found in the design. `entities` are the components it concerns, the
 * first being the one it is "about" (where the canvas badge goes, the SARIF location).
 * `message` carries this design's figures. `reference` is a URL or "field guide §8.4".
 */
struct Finding
{
    QString ruleId; ///< ECS001 ... ECS017
    Severity severity = Severity::Warning;
    QString title; ///< the rule's title
    QString message; ///< translated, with this design's figures
    EntityIds entities;
    QString reference;
    FixDescription fix; ///< empty when no automatic fix exists

    EntityId subject() const { return entities.isEmpty() ? EntityId::None : entities.first(); }
    bool hasFix() const { return fix.isValid(); }
    /** Identity for diffing and selection: rule id + concerned entities. */
    QString key() const;
};
using Findings = QList<Finding>;

/** The worst severity among the findings that concern each entity (the canvas badges). */
using SeverityByEntity = QHash<EntityId, Severity>;
SeverityByEntity worstSeverities(const Findings &findings);

/**
 * What one batch of the rules changed in their findings (RulesEngine::lastChange()), for views
 * that patch what they show (FindingsModel::updateFindings) instead of reading them all again.
 */
struct FindingsDelta
{
    /// A full evaluation or a batch large enough to sort anew: read findings(), mutedFindings()
    /// and worstSeverities() again; the lists below are empty then.
    bool rebuilt = false;
    Findings removedVisible, addedVisible; ///< visible findings that left or joined the list
    Findings removedMuted, addedMuted; ///< the same for the muted ones
    /// Entities whose worstSeverity() changed (a badge came, went or changed), ascending.
    EntityIds badgesChanged;

    /** Findings removed and added, muted ones included. */
    qsizetype size() const
    {
        return removedVisible.size() + addedVisible.size() + removedMuted.size()
                + addedMuted.size();
    }
};

/** The order of sortFindings: severity (errors first), then rule id, then subject id. */
bool findingSortsBefore(const Finding &a, const Finding &b);
/**
 * RulesEngine::findings()' order, which refines findingSortsBefore: severity, rule id,
 * subject, key(), message (a total order in practice).
 */
inline bool findingLess(const Finding &a, const Finding &b)
{
    if (a.severity != b.severity)
        return a.severity < b.severity;
    if (a.ruleId != b.ruleId)
        return a.ruleId < b.ruleId;
    if (a.subject() != b.subject())
        return toUInt(a.subject()) < toUInt(b.subject());
    if (a.entities != b.entities) {
        const int byKey = a.key().compare(b.key());
        if (byKey != 0)
            return byKey < 0;
    }
    return a.message < b.message;
}
/** Sorts by severity (errors first), then rule id, then subject id: a stable, readable order. */
void sortFindings(Findings &findings);

} // namespace ecsplan
