#pragma once

#include "finding.h"
#include "model/entity.h"
#include "model/enums.h"

#include <QList>
#include <QString>

namespace ecsplan {

class RuleContext;

/**
 * One design-review rule (a field-guide lesson). Stateless and shared: every document's
 * RulesEngine uses the same instances from builtinRules().
 *
 * A rule is either evaluated per entity (Scope::Entity: evaluate() is called with one entity
 * of a kind appliesTo() accepts, and must only report findings whose subject is that entity)
 * or over the whole design (Scope::Design: subject is EntityId::None) when what it checks is
 * not local, e.g. reachability from the internet.
 */
class Rule
{
public:
    enum class Scope { Entity, Design };

    virtual ~Rule() = default;

    virtual QString id() const = 0; ///< "ECS001": stable, never translated
    virtual Severity severity() const = 0;
    virtual QString title() const = 0; ///< translated one-liner
    /** Where the lesson comes from: "field guide §3.5" or an official doc's title. */
    virtual QString reference() const = 0;
    /** An official documentation URL (SARIF helpUri). */
    virtual QString helpUri() const = 0;
    virtual Scope scope() const { return Scope::Entity; }
    virtual bool appliesTo(EntityKind kind) const = 0;

    virtual Findings evaluate(const RuleContext &context, EntityId subject) const = 0;

protected:
    /**
     * A finding of this rule with its id, severity, title and reference filled in: the strings
     * of `context`'s header for this rule, shared by every finding of the batch.
     */
    Finding makeFinding(const RuleContext &context, const EntityIds &entities,
                        const QString &message) const;
};

/**
 * A Scope::Design rule evaluated by groups, so that an edit re-runs only the groups it touches.
 * groupKey() names the group a compute entity (instance or scaling group) belongs to, empty for
 * none; evaluateGroup() reports one group's findings from its members (ascending ids). A
 * group's findings may depend only on its members, the zones and regions they are placed in
 * or span, the catalog and RuleContext::reachableFromInternet() of the members: RulesEngine
 * re-runs a group when one of those changes. evaluate() is every group's findings.
 */
class DesignRule : public Rule
{
public:
    Scope scope() const override { return Scope::Design; }
    bool appliesTo(EntityKind) const override { return false; }
    Findings evaluate(const RuleContext &context, EntityId subject) const override;

    virtual QString groupKey(const RuleContext &context, const Entity &compute) const = 0;
    virtual Findings evaluateGroup(const RuleContext &context, const EntityIds &members) const = 0;
};

/** The 26 built-in rules, ECS001 … ECS026, in id order. */
const QList<const Rule *> &builtinRules();
/** The built-in rule with this id, or nullptr. */
const Rule *findRule(const QString &id);

} // namespace ecsplan
