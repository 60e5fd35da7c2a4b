// The design loader's scanner: an entity object of the ordinary shape read from its bytes
// straight into the entity (entityscan_p.h). What it accepts is a strict subset of JSON that it
// reads exactly as simdjson does (the same types, the same correctly rounded doubles); for the
// rest it declines and simdjson reads the bytes. tst_entityscan compares the two.
#include "entityscan_p.h"

#include "entitystore_p.h"
#include "jsonscan_p.h"

#include <array>
#include <bit>
#include <charconv>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ecsplan::DesignJson::detail {

namespace {

/** Byte classes: JSON white space, digits, and the bytes that may follow a number or literal. */
enum : quint8 { Space = 1, Digit = 2, EndsValue = 4 };
constexpr std::array<quint8, 256> kByte = [] {
    std::array<quint8, 256> table{};
    for (const unsigned char c : {' ', '\n', '\r', '\t'})
        table[c] = Space | EndsValue;
    for (const unsigned char c : {',', ']', '}'})
        table[c] = EndsValue;
    for (unsigned char c = '0'; c <= '9'; ++c)
        table[c] = Digit;
    return table;
}();

inline bool is(char c, quint8 byteClass)
{
    return kByte[static_cast<unsigned char>(c)] & byteClass;
}

/** The first byte at or after `p` that is not white space (or `end`), from a run of it. */
Q_NEVER_INLINE const char *skipSpaceRun(const char *p, const char *end)
{
#if defined(__SSE2__)
    // A written file indents by a line break and runs of spaces: sixteen bytes at a time.
    const __m128i space = _mm_set1_epi8(' '), newline = _mm_set1_epi8('\n'),
                  tab = _mm_set1_epi8('\t'), ret = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i blank
                = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(v, newline)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, tab), _mm_cmpeq_epi8(v, ret)));
        if (const unsigned other = ~unsigned(_mm_movemask_epi8(blank)) & 0xFFFFu)
            return p + std::countr_zero(other);
        p += 16;
    }
#endif
    while (p < end && is(*p, Space))
        ++p;
    return p;
}

/** The first byte at or after `p` that is not white space, or `end`. */
Q_ALWAYS_INLINE const char *skipSpace(const char *p, const char *end)
{
    if (p < end && !is(*p, Space))
        return p; // between a key and its value, a value and its comma
    if (end - p >= 2 && *p == ' ' && !is(p[1], Space))
        return p + 1; // after a key's colon
    return skipSpaceRun(p, end);
}

inline bool isDigit(char c)
{
    return is(c, Digit);
}

/** Whether the byte after a number or a literal ends it: JSON white space, ',', ']' or '}'. */
inline bool endsValue(const char *p, const char *end)
{
    return p < end && is(*p, EndsValue);
}

/**
 * The text of the string whose bytes start at `p` (just after its opening quote) in `*text`,
 * and the byte after its closing quote; nullptr when it has an escape, a control character or
 * bytes that are not UTF-8 (simdjson refuses the last two and unescapes the first), or no end.
 */
Q_ALWAYS_INLINE const char *plainString(const char *p, const char *end, std::string_view *text)
{
    // The first byte that is '"', '\\', below 0x20 or beyond ASCII ends the fast scan: a quote
    // closes the string, the others decline it, but for bytes beyond ASCII, after which the
    // rest is scanned a byte at a time and checked as UTF-8.
    const char *at = p;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'),
                  control = _mm_set1_epi8(0x20);
    for (;; at += 16) {
        if (end - at < 16)
            break;
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
        // Signed: bytes beyond ASCII are negative, below 0x20 as the control characters are.
        const __m128i special
                = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                               _mm_cmplt_epi8(v, control));
        if (const int mask = _mm_movemask_epi8(special)) {
            at += std::countr_zero(unsigned(mask));
            break;
        }
    }
#endif
    while (at < end && *at != '"' && *at != '\\' && static_cast<unsigned char>(*at) >= 0x20
           && static_cast<unsigned char>(*at) < 0x80)
        ++at;
    if (at == end || *at == '\\' || static_cast<unsigned char>(*at) < 0x20)
        return nullptr;
    if (*at != '"') { // beyond ASCII: the rest of the string, then the whole as UTF-8
        while (at < end && *at != '"' && *at != '\\' && static_cast<unsigned char>(*at) >= 0x20)
            ++at;
        if (at == end || *at != '"' || !simdjson::validate_utf8(p, size_t(at - p)))
            return nullptr;
    }
    *text = std::string_view(p, size_t(at - p));
    return at + 1;
}

/** 10^k for k up to 22: every one a double exactly. */
constexpr double kPowersOfTen[]
        = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
           1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/**
 * A number of the forms -?(0|[1-9][0-9]*) (an INT64) and -?(0|[1-9][0-9]*)\.[0-9]+ (a DOUBLE)
 * with at most 18 digits before the point, from `p` into `*t`: the byte after it, or nullptr
 * for any other number ("-0", exponents, longer ones). A double of at most 19 digits and a
 * mantissa up to 2^53 is m / 10^k with both exact (k <= 22), so the one division rounds it
 * correctly, else std::from_chars rounds it: the double simdjson makes. The bytes must end in
 * one that is not a digit (the entity's '}'), which stops the digit loops.
 */
Q_ALWAYS_INLINE const char *simpleNumber(const char *p, ScanToken *t)
{
    const char *start = p;
    const bool negative = *p == '-';
    if (negative)
        ++p;
    const char *digits = p;
    quint64 m = 0;
    while (isDigit(*p))
        m = m * 10 + quint64(*p++ - '0'); // wraps past 19 digits, declined below
    const qsizetype whole = p - digits;
    if (whole == 0 || whole > 18 || (whole > 1 && *digits == '0'))
        return nullptr;
    if (*p != '.') {
        if (negative && m == 0)
            return nullptr; // "-0": left to simdjson
        t->type = Type::INT64;
        t->integer = negative ? -qint64(m) : qint64(m);
        return p;
    }
    const char *fraction = ++p;
    while (isDigit(*p))
        m = m * 10 + quint64(*p++ - '0');
    const qsizetype places = p - fraction;
    if (places == 0)
        return nullptr; // "1.": not JSON
    t->type = Type::DOUBLE;
    if (whole + places <= 19 && places <= 22 && m <= (quint64(1) << 53)) {
        const double value = double(m) / kPowersOfTen[places];
        t->real = negative ? -value : value;
        return p;
    }
    // Longer (the 17 digits of 0.1 + 0.2): std::from_chars rounds correctly, as simdjson does.
    const auto [stop, error] = std::from_chars(start, p, t->real);
    return error == std::errc() && stop == p ? p : nullptr;
}

bool literal(const char *p, const char *end, const char *word, size_t n)
{
    return size_t(end - p) >= n && std::memcmp(p, word, n) == 0;
}

} // namespace

Q_ALWAYS_INLINE const char *EntityScanner::scalar(const char *p, const char *end, ScanToken *t)
{
    switch (*p) {
    case '"': {
        std::string_view text;
        p = plainString(p + 1, end, &text);
        if (!p)
            return nullptr;
        t->type = Type::STRING;
        t->text = text.data();
        t->size = quint32(text.size());
        return p;
    }
    case 't':
    case 'f':
    case 'n': {
        const bool yes = *p == 't';
        const char *word = yes ? "true" : *p == 'f' ? "false" : "null";
        const size_t n = std::strlen(word);
        if (!literal(p, end, word, n) || !endsValue(p + n, end))
            return nullptr;
        t->type = *p == 'n' ? Type::NULL_VALUE : Type::BOOL;
        t->boolean = yes;
        return p + n;
    }
    default:
        if (*p != '-' && !isDigit(*p))
            return nullptr;
        p = simpleNumber(p, t);
        return p && endsValue(p, end) ? p : nullptr;
    }
}

Q_ALWAYS_INLINE const char *EntityScanner::value(const char *p, const char *end)
{
    m_count = 1; // the value; an array's items follow it
    if (*p != '[')
        return scalar(p, end, &m_tokens[0]);
    p = skipSpace(p + 1, end);
    if (p < end && *p != ']') {
        for (;;) {
            if (p == end || *p == '[' || *p == '{' || !push())
                return nullptr; // nested, or longer than a list may be
            p = scalar(p, end, &m_tokens[m_count - 1]);
            if (!p)
                return nullptr;
            p = skipSpace(p, end);
            if (p < end && *p == ',') {
                p = skipSpace(p + 1, end);
                continue;
            }
            break;
        }
    }
    if (p == end || *p != ']')
        return nullptr;
    m_tokens[0].type = Type::ARRAY;
    m_tokens[0].size = quint32(m_count - 1);
    return p + 1;
}

Q_ALWAYS_INLINE const char *EntityScanner::member(const char *p, const char *end,
                                                  std::string_view expected, std::string_view *key)
{
    if (p == end || *p != '"')
        return nullptr;
    ++p;
    if (size_t(end - p) > expected.size() && p[expected.size()] == '"'
        && sameBytes(p, expected.data(), expected.size())) {
        *key = expected; // plain ASCII, as every key of the property table
        p += expected.size() + 1;
    } else if (!(p = plainString(p, end, key))) {
        return nullptr;
    }
    p = skipSpace(p, end);
    if (p == end || *p != ':')
        return nullptr;
    p = skipSpace(p + 1, end);
    if (p == end)
        return nullptr;
    return value(p, end);
}

bool EntityScanner::read(const char *data, size_t size, Entity *out, TextPool *pool)
{
    // The writer's order: "id" and "kind" first, so that each member after them is stored as it
    // is read. Another order is declined, as is any key the kind does not have ("id" or "kind"
    // again among them) or has already been given.
    if (size < 2 || data[size - 1] != '}')
        return false; // the last byte stops the digit loops: see simpleNumber()
    const char *end = data + size;
    const char *p = skipSpace(data, end);
    if (p == end || *p != '{')
        return false;
    std::string_view key;
    p = member(skipSpace(p + 1, end), end, "id", &key);
    EntityId id;
    if (!p || key != "id" || !idOf(ScanValue{m_tokens.data()}, &id, false))
        return false;
    p = skipSpace(p, end);
    if (p == end || *p != ',')
        return false;
    p = member(skipSpace(p + 1, end), end, "kind", &key);
    if (!p || key != "kind" || m_tokens[0].type != Type::STRING)
        return false;
    const auto kind = kindFromCode(std::string_view(m_tokens[0].text, m_tokens[0].size));
    if (!kind)
        return false;
    *out = entityDefaults(*kind);
    Entity &e = *out;
    e.id = id;
    PropertyMask seen = 0;
    const KindKeys &keys = KindKeys::of(*kind);
    int cursor = 0;
    for (;;) {
        p = skipSpace(p, end);
        if (p == end)
            return false;
        if (*p == '}')
            break;
        if (*p != ',')
            return false;
        const std::string_view expected = keys.expected(cursor);
        p = member(skipSpace(p + 1, end), end, expected, &key);
        if (!p)
            return false;
        // The key the writer's order put here, found at once; another one searched for.
        const KindKeys::Key *found = !expected.empty() && key.data() == expected.data()
                ? keys.take(&cursor)
                : keys.find(key, &cursor);
        if (!found || (seen & bit(found->property)))
            return false;
        seen |= bit(found->property);
        if (!storeDirect(e, *found, ScanValue{m_tokens.data()}, pool))
            return false;
    }
    if (skipSpace(p + 1, end) != end || !(seen & bit(Property::Name)))
        return false; // readEntity() words a missing name
    // As readEntity(): files from before "backendPort" keep the port the export derived.
    if (*kind == EntityKind::LoadBalancer && !(seen & bit(Property::LbBackendPort)))
        e.loadBalancer.backendPort
                = defaultBackendPort(e.loadBalancer.kind, e.loadBalancer.listenerPort);
    return true;
}

} // namespace ecsplan::DesignJson::detail
