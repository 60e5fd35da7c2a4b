#include "jsonguard.h"

#include "ecsplan_global.h"
#include "jsonscan_p.h"
#include "model/limits.h"

#include <QLocale>

namespace ecsplan::JsonGuard {

qsizetype tooDeepAt(const QByteArray &data, int maxDepth)
{
    // Runs of bytes that cannot change the depth (whitespace, numbers, the text of strings)
    // are skipped eight at a time (jsonscan_p.h).
    int depth = 0;
    const char *p = data.constData();
    const qsizetype n = data.size();
    for (qsizetype i = JsonScan::nextStructural(p, 0, n); i < n;
         i = JsonScan::nextStructural(p, i + 1, n)) {
        switch (p[i]) {
        case '"':
            // A string: to its closing quote; an escaped character cannot end it.
            i = JsonScan::stringEnd(p, i + 1, n);
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return i;
            break;
        default: // ']' or '}'
            // Unbalanced closers are the parser's to report; never go below zero here.
            if (depth > 0)
                --depth;
            break;
        }
    }
    return -1;
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
