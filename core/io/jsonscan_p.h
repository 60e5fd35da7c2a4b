#pragma once

// Internal to core/io and core/catalog: the byte scans that run over a whole file before it is
// parsed (JsonGuard::tooDeepAt, the design reader's entity slicer) and a text made from its
// bytes (toQString). The scans follow strings and nesting and check no grammar. Sixteen or 64
// bytes are tested at a time with SSE2 (every x86-64 has it), else eight with integer
// arithmetic; nothing is allocated. Only the bytes that can change the scan's state stop it.

#include <QString>
#include <QtEndian>
#include <QtGlobal>

#include <array>
#include <bit>
#include <string_view>

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

/**
 * skipNested() one structural byte at a time: the reference the 64-byte scan is tested against,
 * and what that scan runs for a block with a backslash and for the last bytes.
 */
inline qsizetype skipNestedScalar(const char *p, qsizetype i, qsizetype n, int *depth, int floor,
                                  int maxDepth)
{
    for (;;) {
        i = nextStructural(p, i, n);
        if (i >= n)
            return n;
        const char c = p[i];
        if (c == '"') {
            const qsizetype end = stringEnd(p, i + 1, n);
            if (end >= n)
                return i;
            i = end + 1;
        } else if (c == '[' || c == '{') {
            if (*depth >= maxDepth)
                return i;
            ++*depth;
            ++i;
        } else {
            if (*depth <= floor)
                return i;
            --*depth;
            ++i;
        }
    }
}

namespace detail {

#if defined(__SSE2__)
/**
 * The 64 bytes from p as masks, bit k for p[k]: '"', and '[', ']', '{' or '}'; and whether any
 * of them is a '\\'.
 */
struct Block64
{
    quint64 quotes = 0, brackets = 0;
    bool backslash = false;

    explicit Block64(const char *p)
    {
        const __m128i v0 = load(p), v1 = load(p + 16), v2 = load(p + 32), v3 = load(p + 48);
        const __m128i quote = _mm_set1_epi8('"');
        quotes = join(_mm_cmpeq_epi8(v0, quote), _mm_cmpeq_epi8(v1, quote),
                      _mm_cmpeq_epi8(v2, quote), _mm_cmpeq_epi8(v3, quote));
        brackets = join(isBracket(v0), isBracket(v1), isBracket(v2), isBracket(v3));
        const __m128i slash = _mm_set1_epi8('\\');
        backslash = _mm_movemask_epi8(
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v0, slash), _mm_cmpeq_epi8(v1, slash)),
                             _mm_or_si128(_mm_cmpeq_epi8(v2, slash), _mm_cmpeq_epi8(v3, slash))));
    }

private:
    static __m128i load(const char *p)
    {
        return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    }
    /** '[' and '{', ']' and '}' differ only in the bit 0x20: one comparison finds each pair. */
    static __m128i isBracket(__m128i v)
    {
        const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
        return _mm_or_si128(_mm_cmpeq_epi8(folded, _mm_set1_epi8('{')),
                            _mm_cmpeq_epi8(folded, _mm_set1_epi8('}')));
    }
    static quint64 join(__m128i a, __m128i b, __m128i c, __m128i d)
    {
        return quint64(unsigned(_mm_movemask_epi8(a)))
                | quint64(unsigned(_mm_movemask_epi8(b))) << 16
                | quint64(unsigned(_mm_movemask_epi8(c))) << 32
                | quint64(unsigned(_mm_movemask_epi8(d))) << 48;
    }
};
#endif

/** Bit k of the result: the parity of bits 0..k of x (set from an opening quote on). */
constexpr quint64 prefixXor(quint64 x)
{
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^= x << 32;
    return x;
}

} // namespace detail

/**
 * From `i`, outside strings at nesting depth `*depth` (at least `floor`), skips strings and the
 * brackets that keep the depth at `floor` or above, counting them in `*depth`. Returns the
 * offset of the first byte the caller must see: the closer that would take the depth below
 * `floor`, the opener that would take it above `maxDepth` (neither counted), the '"' of a
 * string not closed before `n`, or `n`.
 *
 * Sixteen bytes are compared at a time with SSE2 and 64 of them become bit masks; the quotes'
 * running parity marks the bytes inside strings, and only the brackets outside them are
 * visited. A block with a backslash (an escape changes where a string ends) and the last bytes
 * are read by skipNestedScalar(), whose result this always is.
 */
inline qsizetype skipNested(const char *p, qsizetype i, qsizetype n, int *depth, int floor,
                            int maxDepth)
{
#if defined(__SSE2__)
    using namespace detail;
    bool inString = false; // at `i`: inside the string whose '"' is at `stringStart`
    qsizetype stringStart = -1;
    while (i + 64 <= n) {
        const Block64 block(p + i);
        if (block.backslash)
            break;
        const quint64 inside = prefixXor(block.quotes) ^ (inString ? ~quint64(0) : 0);
        for (quint64 brackets = block.brackets & ~inside; brackets; brackets &= brackets - 1) {
            const int k = std::countr_zero(brackets);
            if (p[i + k] == '[' || p[i + k] == '{') {
                if (*depth >= maxDepth)
                    return i + k;
                ++*depth;
            } else {
                if (*depth <= floor)
                    return i + k;
                --*depth;
            }
        }
        if (const quint64 openers = block.quotes & inside)
            stringStart = i + 63 - std::countl_zero(openers);
        inString = inside >> 63;
        i += 64;
    }
    if (inString) {
        const qsizetype end = stringEnd(p, i, n);
        if (end >= n)
            return stringStart;
        i = end + 1;
    }
#endif
    return skipNestedScalar(p, i, n, depth, floor, maxDepth);
}

/**
 * UTF-8 bytes as a QString, the same as QString::fromUtf8() makes: ASCII (names, codes, keys,
 * nearly every text of a design or catalog) is widened as Latin-1, without the UTF-8 decoder.
 */
inline QString toQString(std::string_view utf8)
{
    const char *p = utf8.data();
    const size_t n = utf8.size();
    quint64 high = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        high |= detail::load8(p + i);
    for (; i < n; ++i)
        high |= quint64(static_cast<unsigned char>(p[i]));
    if (!(high & detail::kHighs))
        return QString::fromLatin1(p, qsizetype(n));
    return QString::fromUtf8(p, qsizetype(n));
}

} // namespace ecsplan::JsonScan
