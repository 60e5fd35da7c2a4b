#include "jsontext.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

#include <QByteArray>
#include <QLocale>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ecsplan {

namespace {

/** A byte dump() copies as it is (no escape): not a control character, quote or backslash. */
constexpr bool plain(unsigned c)
{
    return c >= 0x20 && c != '"' && c != '\\';
}

/** The hex digit of the low 4 bits of `n`, lower-case as both writers write them. */
constexpr char hexDigit(unsigned n)
{
    return "0123456789abcdef"[n & 0xF];
}

/** Writes the escape of ASCII `c` (not plain) at `d` as dump() does; returns the end. */
char *escape(char *d, unsigned c)
{
    *d++ = '\\';
    switch (c) {
    case '\b':
        *d++ = 'b';
        break;
    case '\t':
        *d++ = 't';
        break;
    case '\n':
        *d++ = 'n';
        break;
    case '\f':
        *d++ = 'f';
        break;
    case '\r':
        *d++ = 'r';
        break;
    case '"':
    case '\\':
        *d++ = char(c);
        break;
    default:
        *d++ = 'u';
        *d++ = '0';
        *d++ = '0';
        *d++ = hexDigit(c >> 4);
        *d++ = hexDigit(c);
        break;
    }
    return d;
}

/** `utf8` as a JSON string without quotes at `d` (room for 6 bytes per byte); the end. */
char *escaped(char *d, std::string_view utf8)
{
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (plain(c))
            *d++ = ch;
        else
            d = escape(d, c);
    }
    return d;
}

/** Bytes dump() writes as they are in a string, by value. */
constexpr std::array<bool, 256> plainBytes = [] {
    std::array<bool, 256> table{};
    for (unsigned c = 0; c < 256; ++c)
        table[c] = plain(c);
    return table;
}();

/** Room a newline() needs beyond the indentation it writes. */
constexpr size_t NewlineSlack = 34;

/** A newline and `spaces` spaces, the indentation of a member or element (room: spaces + 34). */
char *newline(char *d, size_t spaces)
{
    static const char blank[33] = "                                ";
    *d++ = '\n';
    if (spaces <= 32)
        std::memcpy(d, blank, 32); // a fixed size: two stores; only `spaces` of them count
    else
        std::memset(d, ' ', spaces);
    return d + spaces;
}

/** "00", "01" … "99". */
constexpr std::array<char, 200> twoDigits = [] {
    std::array<char, 200> digits{};
    for (int i = 0; i < 100; ++i) {
        digits[size_t(2 * i)] = char('0' + i / 10);
        digits[size_t(2 * i + 1)] = char('0' + i % 10);
    }
    return digits;
}();

/** `n` in decimal at `d`; the end. */
char *whole(char *d, unsigned long long n)
{
    if (n < 10) {
        *d = char('0' + n);
        return d + 1;
    }
    if (n < 100) {
        std::memcpy(d, &twoDigits[2 * n], 2);
        return d + 2;
    }
    if (n < 10000) { // most money: 3 or 4 digits before the point
        const bool four = n >= 1000;
        const auto high = unsigned(n / 100), low = unsigned(n % 100);
        if (four) {
            std::memcpy(d, &twoDigits[2 * high], 2);
        } else {
            *d = char('0' + high);
        }
        std::memcpy(d + 1 + four, &twoDigits[2 * low], 2);
        return d + 3 + four;
    }
    return std::to_chars(d, d + 24, n).ptr;
}

/**
 * Writes `number` (finite) at `d` (room for 32 bytes) when it is the double nearest to a
 * multiple of 1/100 below 10^13 or of 1/10000 below 10^4 in magnitude, as the digits of that
 * decimal ("12.5", "0.0012", "-3.0", "-0.0"): what nlohmann's to_chars writes for it, and
 * QByteArray::number(…, 'g', shortest) for those not whole from 0.01 on (tst_jsontext compares
 * both over millions of numbers). Returns the end, or nullptr (nothing written) for others.
 */
[[gnu::always_inline]] inline char *gridDouble(char *d, double number)
{
    // The double nearest to a decimal of at most 15 significant digits has that decimal,
    // trailing zeros dropped, as its shortest round-trip form: no other decimal of 15 digits
    // or fewer lies within its half ulp. k / scale.0 is the double nearest to k / scale (k is
    // exact, the division rounds correctly): comparing it with the number says whether the
    // number is that double. nlohmann's Grisu2 finds the shortest form only when it lies
    // clearly inside the half ulp: k / 100 always does (1/25 has a 20-bit period, so its bits
    // past a double's are never close to a half), but some k / 10000 above 10^4 do not
    // (80237.1178 is written 80237.11780000001); every k / 10000 below 10^4 was checked.
    const double a = std::fabs(number);
    if (!(a < 1e13))
        return nullptr;
    const auto hundredths = static_cast<unsigned long long>(a * 100.0 + 0.5);
    if (static_cast<double>(hundredths) / 100.0 == a) {
        if (std::signbit(number))
            *d++ = '-';
        d = whole(d, hundredths / 100);
        const unsigned fraction = unsigned(hundredths % 100);
        *d++ = '.';
        if (fraction % 10 == 0) { // one digit ("2.0", "2.5")
            *d++ = char('0' + fraction / 10);
            return d;
        }
        std::memcpy(d, &twoDigits[2 * fraction], 2);
        return d + 2;
    }
    if (!(a < 1e4))
        return nullptr;
    const auto tenThousandths = static_cast<unsigned>(a * 10000.0 + 0.5);
    if (static_cast<double>(tenThousandths) / 10000.0 != a)
        return nullptr;
    if (std::signbit(number))
        *d++ = '-';
    d = whole(d, tenThousandths / 10000);
    *d++ = '.';
    // Not a multiple of 1/100 (those were written above): 3 or 4 places.
    const unsigned fraction = tenThousandths % 10000;
    std::memcpy(d, &twoDigits[2 * (fraction / 100)], 2);
    std::memcpy(d + 2, &twoDigits[2 * (fraction % 100)], 2);
    return d + (fraction % 10 == 0 ? 3 : 4);
}

} // namespace

void JsonText::grow(size_t n)
{
    reallocate(std::max(m_size + n, 2 * m_capacity + 4096));
}

void JsonText::reallocate(size_t capacity)
{
    auto buffer = std::make_unique_for_overwrite<char[]>(capacity);
    if (m_size)
        std::memcpy(buffer.get(), m_buffer.get(), m_size);
    m_buffer = std::move(buffer);
    m_capacity = capacity;
}

void JsonText::append(std::string_view bytes)
{
    char *d = room(bytes.size());
    std::memcpy(d, bytes.data(), bytes.size());
    commit(d + bytes.size());
}

void JsonText::string(std::string_view utf8)
{
    char *d = room(6 * utf8.size() + 2);
    *d++ = '"';
    d = escaped(d, utf8);
    *d++ = '"';
    commit(d);
}

#ifdef __SSE2__
namespace {

/** 8 units from `at`. */
__m128i units8(const char16_t *at)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
}

/**
 * A bit per byte of `bytes` (UTF-16 units packed with unsigned saturation: one above 0xFF
 * becomes 0xFF, not ASCII either) that is plain ASCII: written as it is, not escaped.
 */
unsigned plainMask(__m128i bytes)
{
    const __m128i printable = _mm_cmpgt_epi8(bytes, _mm_set1_epi8(0x1F)); // 0x80.. are negative
    const __m128i escaped = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')),
                                         _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\')));
    return unsigned(_mm_movemask_epi8(_mm_andnot_si128(escaped, printable)));
}

} // namespace
#endif

void JsonText::string(const QString &text)
{
    // UTF-16 to UTF-8 and escaped in one pass, into room for the longest result (6 bytes per
    // unit: a control character's \u00xx). Runs of plain ASCII go 16 or 8 units at a time.
    const char16_t *units = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype n = text.size();
    char *d = room(6 * size_t(n) + 2);
    *d++ = '"';
    qsizetype i = 0;
    while (i < n) {
#ifdef __SSE2__
        // Plain units are written as their bytes: a block's bytes are stored whole, and those
        // from its first other unit on are overwritten below.
        bool other = false; // units[i] is not plain
        const auto block = [&](__m128i bytes, unsigned ok, unsigned all, qsizetype size) {
            _mm_storeu_si128(reinterpret_cast<__m128i *>(d), bytes);
            if ((ok & all) == all) {
                d += size;
                i += size;
                return;
            }
            const int run = __builtin_ctz(~ok); // plain units before the first other one
            d += run;
            i += run;
            other = true;
        };
        while (!other && n - i >= 16) {
            const __m128i bytes = _mm_packus_epi16(units8(units + i), units8(units + i + 8));
            block(bytes, plainMask(bytes), 0xFFFF, 16);
        }
        if (!other && n - i >= 8) {
            const __m128i v = units8(units + i);
            const __m128i bytes = _mm_packus_epi16(v, v);
            block(bytes, plainMask(bytes), 0xFF, 8);
        }
        if (!other && i < n && n >= 8) {
            // Fewer than 8 left: the last 8 units, when all are plain (so the ones before i
            // were written as their bytes just before d), written again from 8 - rest bytes
            // back.
            const qsizetype rest = n - i;
            const __m128i v = units8(units + n - 8);
            const __m128i bytes = _mm_packus_epi16(v, v);
            if ((plainMask(bytes) & 0xFF) == 0xFF) {
                _mm_storel_epi64(reinterpret_cast<__m128i *>(d - (8 - rest)), bytes);
                d += rest;
                break;
            }
        }
        if (i == n)
            break;
#endif
        const char16_t c = units[i];
        if (c < 0x80) {
            if (plain(c))
                *d++ = char(c);
            else
                d = escape(d, c);
        } else if (c < 0x800) {
            *d++ = char(0xC0 | (c >> 6));
            *d++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            if (!QChar::isHighSurrogate(c) || i + 1 == n || !QChar::isLowSurrogate(units[i + 1])) {
                if (m_style == JsonStyle::QtIndented) {
                    // QJsonDocument escapes the unit and goes on with the next one.
                    *d++ = '\\';
                    *d++ = 'u';
                    *d++ = hexDigit(c >> 12);
                    *d++ = hexDigit(c >> 8);
                    *d++ = hexDigit(c >> 4);
                    *d++ = hexDigit(c);
                    ++i;
                    continue;
                }
                // nlohmann is given QString::toUtf8(): whatever that makes of a lone
                // surrogate (nothing written so far is committed).
                const QByteArray utf8 = text.toUtf8();
                string(std::string_view(utf8.constData(), size_t(utf8.size())));
                return;
            }
            const char32_t u = QChar::surrogateToUcs4(c, units[++i]);
            *d++ = char(0xF0 | (u >> 18));
            *d++ = char(0x80 | ((u >> 12) & 0x3F));
            *d++ = char(0x80 | ((u >> 6) & 0x3F));
            *d++ = char(0x80 | (u & 0x3F));
        } else {
            *d++ = char(0xE0 | (c >> 12));
            *d++ = char(0x80 | ((c >> 6) & 0x3F));
            *d++ = char(0x80 | (c & 0x3F));
        }
        ++i;
    }
    *d++ = '"';
    commit(d);
}

void JsonText::separateElement()
{
    if (m_levels.empty())
        return;
    Level &top = m_levels.back();
    char *d = room(indentation() + NewlineSlack);
    if (!top.empty)
        *d++ = ',';
    top.empty = false;
    commit(newline(d, indentation()));
}

void JsonText::beginObject()
{
    separate();
    put('{');
    m_levels.push_back({false, true});
    ++m_depth;
    m_spaces += m_indent;
}

void JsonText::close(char bracket)
{
    --m_depth;
    m_spaces -= m_indent;
    char *d = room(m_spaces + NewlineSlack);
    // QJsonDocument breaks the line in an empty container too.
    if (!m_levels.back().empty || m_style == JsonStyle::QtIndented)
        d = newline(d, m_spaces);
    *d++ = bracket;
    commit(d);
    m_levels.pop_back();
    if (m_style == JsonStyle::QtIndented && m_levels.empty())
        append("\n"); // after the document
}

void JsonText::endObject()
{
    close('}');
}

void JsonText::beginArray()
{
    separate();
    put('[');
    m_levels.push_back({true, true});
    ++m_depth;
    m_spaces += m_indent;
}

void JsonText::endArray()
{
    close(']');
}

void JsonText::key(const JsonKey &name)
{
    if (name.m_size == 0) {
        escapedKey(name.m_name);
        return;
    }
    Level &top = m_levels.back();
    char *d = room(indentation() + NewlineSlack + JsonKey::Capacity);
    if (!top.empty)
        *d++ = ',';
    top.empty = false;
    d = newline(d, indentation());
    std::memcpy(d, name.m_text, JsonKey::Capacity); // a fixed size: a few stores
    commit(d + name.m_size);
    m_afterKey = true;
}

void JsonText::escapedKey(std::string_view name)
{
    Level &top = m_levels.back();
    char *d = room(indentation() + 6 * name.size() + NewlineSlack + 4);
    if (!top.empty)
        *d++ = ',';
    top.empty = false;
    d = newline(d, indentation());
    *d++ = '"';
    if (std::all_of(name.begin(), name.end(),
                    [](char c) { return plainBytes[static_cast<unsigned char>(c)]; })) {
        std::memcpy(d, name.data(), name.size()); // nothing to escape
        d += name.size();
    } else {
        d = escaped(d, name);
    }
    std::memcpy(d, "\": ", 3);
    commit(d + 3);
    m_afterKey = true;
}

void JsonText::value(const QString &text)
{
    separate();
    string(text);
}

void JsonText::value(std::string_view utf8)
{
    separate();
    string(utf8);
}

void JsonText::value(std::nullptr_t)
{
    separate();
    char *d = room(4);
    std::memcpy(d, "null", 4);
    commit(d + 4);
}

void JsonText::value(bool b)
{
    separate();
    char *d = room(5);
    std::memcpy(d, b ? "true" : "false", 5); // "true" and its NUL: only 4 of them count
    commit(d + (b ? 4 : 5));
}

void JsonText::value(double number)
{
    separate();
    if (!std::isfinite(number)) { // as dump() and QJsonDocument write it
        append("null");
        return;
    }
    if (m_style == JsonStyle::QtIndented) {
        qtDouble(number);
        return;
    }
    char *d = room(64);
    if (char *end = gridDouble(d, number)) { // money and rounded figures: most of them
        commit(end);
        return;
    }
    commit(nlohmannDouble(d, number));
}

// Flattened: nlohmann's to_chars is a call otherwise. Out of value(double), which stays small
// for the numbers gridDouble() writes.
[[gnu::flatten]] Q_NEVER_INLINE char *JsonText::nlohmannDouble(char *d, double number)
{
    return nlohmann::detail::to_chars(d, d + 64, number);
}

// Out of line: QByteArray::number need not be in value(double).
Q_NEVER_INLINE void JsonText::qtDouble(double number)
{
    // QJsonValue(double) keeps a whole number within ±2^53 as an integer (one that a double
    // holds exactly); QJsonDocument writes other doubles with QByteArray::number.
    constexpr double exact = 9007199254740992.0; // 2^53
    if (number >= -exact && number <= exact && std::trunc(number) == number) {
        integer(static_cast<long long>(number));
        return;
    }
    // QByteArray::number writes the shorter of the two forms: 0.0012, but 9e-04 (not 0.0009);
    // from 0.01 on, grid numbers that are not whole are written as decimals.
    char *d = room(64);
    if (std::fabs(number) >= 0.01) {
        if (char *end = gridDouble(d, number)) {
            commit(end);
            return;
        }
    }
    const QByteArray text = QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    append(std::string_view(text.constData(), size_t(text.size())));
}

void JsonText::integer(long long n)
{
    char *d = room(24);
    commit(std::to_chars(d, d + 24, n).ptr);
}

void JsonText::integer(unsigned long long n)
{
    char *d = room(24);
    commit(std::to_chars(d, d + 24, n).ptr);
}

void JsonText::raw(std::string_view text)
{
    separate();
    append(text);
}

void JsonText::value(const nlohmann::ordered_json &tree)
{
    Q_ASSERT(m_style == JsonStyle::NlohmannDump2);
    separate();
    std::string text;
    nlohmann::detail::serializer<nlohmann::ordered_json> serializer(
            nlohmann::detail::output_adapter<char, std::string>(text), ' ',
            nlohmann::detail::error_handler_t::strict);
    serializer.dump(tree, true, false, 2, unsigned(indentation()));
    append(text);
}

nlohmann::ordered_json *JsonDom::place(nlohmann::ordered_json v)
{
    if (m_stack.empty()) {
        m_root = std::move(v);
        return &m_root;
    }
    nlohmann::ordered_json &top = *m_stack.back();
    if (top.is_array()) {
        top.push_back(std::move(v));
        return &top.back();
    }
    nlohmann::ordered_json &slot = top[m_key];
    slot = std::move(v);
    return &slot;
}

} // namespace ecsplan
