#pragma once

#include <QByteArray>
#include <QString>

namespace ecsplan {

/**
 * Checks on JSON text before it is parsed, so that no parser, comparison, error message or
 * destructor ever recurses deeper than Limits::MaxNestingDepth, and so that oversized input is
 * refused before it costs memory. Used by the design loader, the clipboard and the price-sheet
 * loader.
 */
namespace JsonGuard {

/**
 * Scans `data` (strings and escapes are skipped, nothing is allocated) and returns the 0-based
 * byte offset of the first `[` or `{` that opens a level deeper than `maxDepth`, or -1.
 */
qsizetype tooDeepAt(const QByteArray &data, int maxDepth);

/**
 * An empty string when `data` is within `maxBytes` and Limits::MaxNestingDepth; otherwise the
 * translated reason, naming the byte where nesting goes too deep.
 */
QString check(const QByteArray &data, qint64 maxBytes);

/** A value shown in an error message: at most `maxChars` characters, "…" marking a cut. */
QString preview(const QString &text, int maxChars = 60);

} // namespace JsonGuard
} // namespace ecsplan
