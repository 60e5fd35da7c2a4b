#include "rule.h"

#include "rulecontext.h"
#include "rulesupport.h"

#include <QMap>

#include <algorithm>

namespace ecsplan {

Finding Rule::makeFinding(const RuleContext &context, const EntityIds &entities,
                          const QString &message) const
{
    const RuleContext::FindingHeader &header = context.header(*this);
    Finding f;
    f.ruleId = header.id;
    f.severity = severity();
    f.title = header.title;
    f.message = message;
    f.entities = entities;
    f.reference = header.reference;
    return f;
}

Findings DesignRule::evaluate(const RuleContext &context, EntityId) const
{
    QMap<QString, EntityIds> groups; // ordered: deterministic output
    for (EntityId id : context.computeIds()) {
        const QString key = groupKey(context, *context.entity(id));
        if (!key.isEmpty())
            groups[key] << id;
    }
    Findings out;
    for (const EntityIds &members : std::as_const(groups))
        out << evaluateGroup(context, members);
    return out;
}

const QList<const Rule *> &builtinRules()
{
    static const QList<const Rule *> rules = [] {
        QList<const Rule *> all;
        rulesupport::appendComputeRules(all);
        rulesupport::appendDemandRules(all);
        rulesupport::appendDeployabilityRules(all);
        rulesupport::appendStorageRules(all);
        rulesupport::appendTopologyRules(all);
        std::sort(all.begin(), all.end(),
                  [](const Rule *a, const Rule *b) { return a->id() < b->id(); });
        return all;
    }();
    return rules;
}

const Rule *findRule(const QString &id)
{
    for (const Rule *rule : builtinRules()) {
        if (rule->id() == id)
            return rule;
    }
    return nullptr;
}

} // namespace ecsplan
