#include "jsonguard.h"

#include "ecsplan_global.h"
#include "model/limits.h"

#include <QLocale>

#include <array>

namespace ecsplan::JsonGuard {

namespace {

/** Byte classes for the scan: 1 = matters outside strings, 2 = matters inside one. */
constexpr std::array<quint8, 256> kClass = [] {
    std::array<quint8, 256> table{};
    for (const unsigned char c : {'[', '{', ']', '}'})
        table[c] = 1;
    table[static_cast<unsigned char>('"')] = 1 | 2;
    table[static_cast<unsigned char>('\\')] = 2;
    return table;
}();

inline quint8 classOf(char c)
{
    return kClass[static_cast<unsigned char>(c)];
}

} // namespace

qsizetype tooDeepAt(const QByteArray &data, int maxDepth)
{
    // One table look-up per byte: runs of bytes that cannot change the depth (whitespace,
    // numbers, the text of strings) are skipped in tight loops.
    int depth = 0;
    const char *p = data.constData();
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !(classOf(p[i]) & 1))
            ++i;
        if (i == n)
            break;
        switch (p[i]) {
        case '"':
            // A string: to its closing quote; an escaped character cannot end it.
            for (++i; i < n; ++i) {
                while (i < n && !(classOf(p[i]) & 2))
                    ++i;
                if (i == n || p[i] == '"')
                    break;
                ++i; // the backslash; the loop steps over the character it escapes
            }
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
        ++i;
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
