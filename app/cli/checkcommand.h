#pragma once

#include <QStringList>

namespace ecsplan {

/**
 * `ecsplan-cli check FILE [--format text|json|sarif] [--fail-on error|warning|advice]`
 *
 * Loads the design, runs the design-review rules and prints the findings to stdout in the
 * chosen format (text by default). `args` are the arguments after the verb.
 * Exit codes: 0 no visible finding at or above the threshold (default: error), 1 there are,
 * 2 bad usage or a file that cannot be loaded (reasons on stderr).
 */
int runCheck(const QStringList &args);

} // namespace ecsplan
