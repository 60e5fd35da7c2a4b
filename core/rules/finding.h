#pragma once

#include "model/ids.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

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
 * An undoable correction a finding offers. `apply` calls Document verbs only (never the
 * model directly); RulesEngine::applyFix wraps the call in one undo macro named `title`, so
 * the whole fix is a single undo step. It returns an empty string on success or the reason
 * it could not be applied (then everything it did is rolled back).
 */
struct FixDescription
{
    QString title; ///< "Use PL1 at 400 GiB", translated
    std::function<QString(Document *document)> apply;

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
