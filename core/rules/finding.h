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

/** The order of sortFindings: severity (errors first), then rule id, then subject id. */
bool findingSortsBefore(const Finding &a, const Finding &b);
/** Sorts by severity (errors first), then rule id, then subject id: a stable, readable order. */
void sortFindings(Findings &findings);

} // namespace ecsplan
