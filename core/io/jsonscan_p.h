#pragma once

// Internal to core/io: the byte scans that run over a whole file before it is parsed
// (JsonGuard::tooDeepAt, the design reader's entity slicer). They follow strings and nesting
// and check no grammar. Sixteen bytes are tested at a time with SSE2 (every x86-64 has it),
// else eight with integer arithmetic; nothing is allocated. Only the bytes that can change the
// scan's state stop it.

#include <QtEndian>
#include <QtGlobal>

#include <array>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
#if defined(__SSE2__)
    // '[' and '{', ']' and '}' differ only in the bit 0x20: one comparison finds each pair.
    const __m128i quote = _mm_set1_epi8('"'), open = _mm_set1_epi8('{'), close = _mm_set1_epi8('}'),
                  lower = _mm_set1_epi8(0x20);
    while (i + 16 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i folded = _mm_or_si128(v, lower);
        const int mask = _mm_movemask_epi8(_mm_or_si128(
                _mm_cmpeq_epi8(v, quote),
                _mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close))));
        if (mask)
            return i + std::countr_zero(unsigned(mask));
        i += 16;
    }
#endif
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

/** The offset of the first '"' or '\\' at or after `i`, or `n` when there is none before `n`. */
inline qsizetype nextQuoteOrEscape(const char *p, qsizetype i, qsizetype n)
{
    using namespace detail;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    while (i + 16 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const int mask = _mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        if (mask)
            return i + std::countr_zero(unsigned(mask));
        i += 16;
    }
#endif
    while (i + 8 <= n) {
        const quint64 w = load8(p + i);
        const quint64 mask = bytesEqual(w, '"') | bytesEqual(w, '\\');
        if (mask)
            return i + firstMarked(mask);
        i += 8;
    }
    while (i < n && !(classOf(p[i]) & 2))
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
    for (;;) {
        i = nextQuoteOrEscape(p, i, n);
        if (i >= n || p[i] == '"')
            return i;
        i += 2; // the backslash and the character it escapes
    }
}

} // namespace ecsplan::JsonScan
