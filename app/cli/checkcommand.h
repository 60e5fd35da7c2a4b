#pragma once

#include <QStringList>

namespace ecsplan {

/**
 * `ecsplan-cli check FILE [--format text|json|sarif] [--fail-on error|warning|advice]`
 *
 * Loads the design, runs the metrics engine and the design-review rules, and prints the
 * findings to stdout in the chosen format (text by default; muted findings are listed as
 * suppressed in JSON and SARIF). `args` are the arguments after the verb.
 * Exit codes: 0 no visible finding at or above the threshold (default: error), 1 there are
 * (or the file is not a valid design), 2 bad usage. Reasons go to stderr.
 */
int runCheck(const QStringList &args);

} // namespace ecsplan
