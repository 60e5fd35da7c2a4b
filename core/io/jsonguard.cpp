#include "jsonguard.h"

#include "ecsplan_global.h"
#include "model/limits.h"

#include <QLocale>

namespace ecsplan::JsonGuard {

qsizetype tooDeepAt(const QByteArray &data, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    const char *p = data.constData();
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > maxDepth)
                return i;
            break;
        case ']':
        case '}':
            // Unbalanced closers are the parser's to report; never go below zero here.
            if (depth > 0)
                --depth;
            break;
        default:
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
