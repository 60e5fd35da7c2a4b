#include "rule.h"

#include "rulesupport.h"

#include <algorithm>

namespace ecsplan {

Finding Rule::makeFinding(const EntityIds &entities, const QString &message) const
{
    Finding f;
    f.ruleId = id();
    f.severity = severity();
    f.title = title();
    f.message = message;
    f.entities = entities;
    f.reference = reference();
    return f;
}

const QList<const Rule *> &builtinRules()
{
    static const QList<const Rule *> rules = [] {
        QList<const Rule *> all;
        rulesupport::appendComputeRules(all);
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
