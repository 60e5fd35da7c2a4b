#pragma once

// Internal to core/io: the byte scans that run over a whole file before it is parsed
// (JsonGuard::tooDeepAt, the design reader's entity slicer). They follow strings and nesting
// and check no grammar. Eight bytes are tested at a time with integer arithmetic (no SIMD
// instructions, no allocation); only the bytes that can change the scan's state stop it.

#include <QtEndian>
#include <QtGlobal>

#include <array>
#include <bit>

namespace ecsplan::JsonScan {

/** Byte classes: 1 = matters outside strings ("[]{}), 2 = matters inside one ("\). */
inline constexpr std::array<quint8, 256> kClass = [] {
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

namespace detail {

inline constexpr quint64 kOnes = 0x0101010101010101ULL;
inline constexpr quint64 kHighs = 0x8080808080808080ULL;

/** Eight bytes from `p`, the first in the lowest byte. */
inline quint64 load8(const char *p)
{
    return qFromLittleEndian<quint64>(p);
}

/**
 * The high bit set in each zero byte of `x`. Exact up to the first zero byte (a borrow may
 * mark bytes after it), which is all the scans use: they take the lowest mark.
 */
constexpr quint64 zeroBytes(quint64 x)
{
    return (x - kOnes) & ~x & kHighs;
}

constexpr quint64 bytesEqual(quint64 w, char c)
{
    return zeroBytes(w ^ (kOnes * static_cast<unsigned char>(c)));
}

/**
 * The bytes that may be '[', ']', '{' or '}': those four are the bytes b with
 * (b & 0xD9) == 0x59, as are 'Y', '_', 'y' and 0x7F, which the caller rules out by classOf().
 */
constexpr quint64 maybeBrackets(quint64 w)
{
    return zeroBytes((w & (kOnes * 0xD9)) ^ (kOnes * 0x59));
}

static_assert((('[' & 0xD9) == 0x59) && ((']' & 0xD9) == 0x59) && (('{' & 0xD9) == 0x59)
              && (('}' & 0xD9) == 0x59));

constexpr int firstMarked(quint64 mask)
{
    return std::countr_zero(mask) / 8;
}

} // namespace detail

/**
 * The offset of the first byte at or after `i` that matters outside strings ('"', '[', ']',
 * '{' or '}'), or `n` when there is none before `n`.
 */
inline qsizetype nextStructural(const char *p, qsizetype i, qsizetype n)
{
    using namespace detail;
    while (i + 8 <= n) {
        const quint64 w = load8(p + i);
        const quint64 mask = bytesEqual(w, '"') | maybeBrackets(w);
        if (!mask) {
            i += 8;
            continue;
        }
        const qsizetype at = i + firstMarked(mask);
        if (classOf(p[at]) & 1)
            return at;
        i = at + 1; // 'Y', '_', 'y' or 0x7F
    }
    while (i < n && !(classOf(p[i]) & 1))
        ++i;
    return i;
}

/**
 * The offset of the '"' that closes the string whose text starts at `i` (just after its
 * opening quote): an escaped character never closes it. At least `n` when the string is not
 * closed before `n`.
 */
inline qsizetype stringEnd(const char *p, qsizetype i, qsizetype n)
{
    using namespace detail;
    for (;;) {
        while (i + 8 <= n) {
            const quint64 w = load8(p + i);
            const quint64 mask = bytesEqual(w, '"') | bytesEqual(w, '\\');
            if (mask) {
                i += firstMarked(mask);
                break;
            }
            i += 8;
        }
        while (i < n && !(classOf(p[i]) & 2))
            ++i;
        if (i >= n || p[i] == '"')
            return i;
        i += 2; // the backslash and the character it escapes
    }
}

} // namespace ecsplan::JsonScan
