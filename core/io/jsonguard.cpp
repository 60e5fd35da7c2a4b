#include "jsonguard.h"

#include "ecsplan_global.h"
#include "jsonscan_p.h"
#include "model/limits.h"

#include <QLocale>

namespace ecsplan::JsonGuard {

qsizetype tooDeepAt(const QByteArray &data, int maxDepth)
{
    // Strings and the brackets that stay within the limit are skipped 64 bytes at a time
    // (JsonScan::skipNested); it stops at what needs a decision here.
    int depth = 0;
    const char *p = data.constData();
    const qsizetype n = data.size();
    for (qsizetype i = 0;; ++i) {
        i = JsonScan::skipNested(p, i, n, &depth, 0, maxDepth);
        if (i >= n || p[i] == '"') // the end, or a string not closed before it
            return -1;
        if (p[i] == '[' || p[i] == '{') // one level deeper than maxDepth
            return i;
        // A closer at depth zero: unbalanced closers are the parser's to report; the depth
        // never goes below zero here.
    }
}

QString check(const QByteArray &data, qint64 maxBytes)
{
    if (data.size() > maxBytes)
        return Tr::tr("%1 bytes is more than the %2 MiB this reader accepts")
                .arg(QLocale::c().toString(data.size()))
                .arg(maxBytes / (1024 * 1024));
    const qsizetype at = tooDeepAt(data, Limits::MaxNestingDepth);
    if (at >= 0)
        return Tr::tr("arrays and objects are nested more than %1 levels deep (at byte %2)")
                .arg(Limits::MaxNestingDepth)
                .arg(at + 1);
    return {};
}

QString preview(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype cut = maxChars;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut; // never split a character in two
    return text.left(cut) + QChar(0x2026);
}

} // namespace ecsplan::JsonGuard
