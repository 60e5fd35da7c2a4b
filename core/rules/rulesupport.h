#pragma once

// Internal helpers shared by the rule implementations (not part of the rules API).

#include "finding.h"
#include "metrics/formatting.h"
#include "model/document.h"

#include <QVariant>

namespace ecsplan {

class Rule;

namespace rulesupport {

/**
 * 21800 → "21,800"; fixed decimals with group separators, the same in every language (stable in
 * tests): QLocale::c()'s text, which is US English's, written by metrics::fixed at a fraction of
 * QLocale's cost.
 */
inline QString num(double value, int decimals = 0)
{
    return metrics::fixed(value, decimals);
}

/** A fix that sets one property to one value on `ids` (one Document verb, one undo step). */
inline FixDescription propertyFix(const QString &title, const EntityIds &ids, Property property,
                                  const QVariant &value)
{
    return {title, [ids, property, value](Document *document) {
                return document->setProperty(ids, property, value).error;
            }};
}

// Registration of the rule families; builtinRules() concatenates them in id order.
void appendComputeRules(QList<const Rule *> &rules);
void appendDemandRules(QList<const Rule *> &rules);
void appendDeployabilityRules(QList<const Rule *> &rules);
void appendStorageRules(QList<const Rule *> &rules);
void appendTopologyRules(QList<const Rule *> &rules);

} // namespace rulesupport
} // namespace ecsplan
