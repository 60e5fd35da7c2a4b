#include "hcltext_p.h"
#include "hclwriter.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ecsplan::hcl {

namespace detail {

/**
 * Copies `n` UTF-16 units to `dst` as bytes, eight at a time where SSE2 is there. Returns false
 * when a unit is not ASCII or, with `plain`, needs escaping in a quoted string (needsEscape());
 * what `dst` holds is then of no use and the caller takes the general way.
 */
bool narrow(char *dst, const char16_t *src, qsizetype n, bool plain)
{
    qsizetype i = 0;
    bool bad = false;
#if defined(__SSE2__)
    if (n >= 8) {
        const __m128i high = _mm_set1_epi16(short(0xff80));
        __m128i flags = _mm_setzero_si128();
        // Eight units at a time; the last eight overlap the previous ones (same bytes again)
        // rather than leaving a tail of up to seven units to a scalar loop.
        for (;;) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + i));
            flags = _mm_or_si128(flags, _mm_and_si128(v, high));
            if (plain) {
                // Signed compare: units from 0x8000 up count as below 0x20, and are not ASCII
                // anyway.
                __m128i e = _mm_cmplt_epi16(v, _mm_set1_epi16(0x20));
                e = _mm_or_si128(e, _mm_cmpeq_epi16(v, _mm_set1_epi16(0x7f)));
                e = _mm_or_si128(e, _mm_cmpeq_epi16(v, _mm_set1_epi16('\\')));
                e = _mm_or_si128(e, _mm_cmpeq_epi16(v, _mm_set1_epi16('"')));
                e = _mm_or_si128(e, _mm_cmpeq_epi16(v, _mm_set1_epi16('$')));
                e = _mm_or_si128(e, _mm_cmpeq_epi16(v, _mm_set1_epi16('%')));
                flags = _mm_or_si128(flags, e);
            }
            _mm_storel_epi64(reinterpret_cast<__m128i *>(dst + i), _mm_packus_epi16(v, v));
            if (i + 8 == n)
                break;
            i = std::min(i + 8, n - 8);
        }
        return _mm_movemask_epi8(_mm_cmpeq_epi16(flags, _mm_setzero_si128())) == 0xffff;
    }
#endif
    for (; i < n; ++i) {
        const char16_t c = src[i];
        bad |= c >= 0x80 || (plain && needsEscape(c));
        dst[i] = char(c);
    }
    return !bad;
}

QString joined(Pieces pieces)
{
    QString out;
    for (const Piece &piece : pieces)
        out += piece.toString();
    return out;
}

bool hasEscapes(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return needsEscape(c.unicode()); });
}

} // namespace detail

namespace {

using detail::copyBytes;
using detail::hasEscapes;
using detail::joined;
using detail::narrow;
using detail::needsEscape;

/** Appends the escaped inside of a quoted string for `text` to `out`. */
void appendEscaped(QString &out, const QString &text)
{
    const qsizetype n = text.size();
    const QChar *data = text.constData();
    qsizetype i = 0;
    while (i < n) {
        // The run of characters that stand for themselves, in one append.
        qsizetype end = i;
        while (end < n && !needsEscape(data[end].unicode()))
            ++end;
        if (end > i)
            out.append(data + i, end - i);
        if (end == n)
            break;
        const QChar c = data[end];
        const QChar next = end + 1 < n ? data[end + 1] : QChar();
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '$':
        case '%':
            out += c;
            if (next == QLatin1Char('{'))
                out += c; // "${" -> "$${", "%{" -> "%%{": literal, never a template
            break;
        default: // the other control characters
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
        i = end + 1;
    }
}

/** appendUtf8() into a byte buffer. */
void appendUtf8(ByteBuffer &out, QStringView text)
{
    const qsizetype at = out.size();
    if (narrow(out.extend(text.size()), text.utf16(), text.size(), false))
        return;
    out.truncate(at);
    out.append(text.toUtf8());
}

/** appendPiece() into a byte buffer. */
bool appendPiece(ByteBuffer &out, const Piece &piece, bool plain)
{
    if (piece.utf16()) {
        const QStringView text(piece.utf16(), piece.size());
        if (!plain) {
            appendUtf8(out, text);
            return true;
        }
        const qsizetype at = out.size();
        if (narrow(out.extend(text.size()), text.utf16(), text.size(), true))
            return true;
        out.truncate(at);
        return false;
    }
    if (plain ? piece.isPlain() : piece.isAscii()) {
        copyBytes(out.extend(piece.size()), piece.latin1(), size_t(piece.size()));
        return true;
    }
    if (!plain)
        out.append(piece.toString().toUtf8());
    return !plain;
}

/** The pieces as a quoted string, as stringOf() writes them. */
void appendQuoted(ByteBuffer &out, Pieces value)
{
    const qsizetype at = out.size();
    out += '"';
    for (const Piece &piece : value) {
        if (!appendPiece(out, piece, true)) {
            out.truncate(at); // escapes or non-ASCII text: the general way
            out.append(quoted(joined(value)).toUtf8());
            return;
        }
    }
    out += '"';
}

/** The most UTF-8 bytes the pieces may take: 3 a UTF-16 unit, 2 a Latin-1 character. */
qsizetype utf8Bound(Pieces pieces)
{
    qsizetype bytes = 0;
    for (const Piece &piece : pieces)
        bytes += piece.size() * (piece.utf16() ? 3 : 2);
    return bytes;
}

/** Writes through a pointer into room the caller made (utf8Bound()). */
class RawWriter
{
public:
    explicit RawWriter(char *at)
        : m_at(at)
    {
    }
    char *at() const { return m_at; }
    template<size_t N>
    void literal(const char (&text)[N])
    {
        std::memcpy(m_at, text, N - 1);
        m_at += N - 1;
    }
    /** A piece that stands for itself in a quoted string; false for any other (what was
     *  written is then of no use). */
    bool plain(const Piece &piece)
    {
        if (piece.utf16()) {
            if (!narrow(m_at, piece.utf16(), piece.size(), true))
                return false;
        } else {
            if (!piece.isPlain())
                return false;
            copyBytes(m_at, piece.latin1(), size_t(piece.size()));
        }
        m_at += piece.size();
        return true;
    }
    /** Any piece, as UTF-8. */
    void any(const Piece &piece)
    {
        if (piece.utf16() ? narrow(m_at, piece.utf16(), piece.size(), false) : piece.isAscii()) {
            if (!piece.utf16())
                copyBytes(m_at, piece.latin1(), size_t(piece.size()));
            m_at += piece.size();
            return;
        }
        const QByteArray utf8 = piece.toString().toUtf8();
        std::memcpy(m_at, utf8.constData(), size_t(utf8.size()));
        m_at += utf8.size();
    }

private:
    char *m_at;
};

QByteArrayView appendVariableBlockGeneral(ByteBuffer &out, Pieces name, Pieces description,
                                          Pieces type, Pieces defaultValue, Pieces validation,
                                          Pieces errorMessage)
{
    // The label as blockOf() writes it.
    out += "variable \"";
    const qsizetype at = out.size();
    for (const Piece &piece : name) {
        if (!appendPiece(out, piece, true)) {
            out.truncate(at);
            appendUtf8(out, escapedLiteral(joined(name)));
            break;
        }
    }
    // The names are fixed, so is their alignment: "=" one column after "description", and
    // after "error_message" in the validation block.
    out += "\" {\n  description = ";
    appendQuoted(out, description);
    out += "\n  type        = ";
    for (const Piece &piece : type)
        appendPiece(out, piece, false);
    out += "\n  default     = ";
    const qsizetype valueAt = out.size();
    for (const Piece &piece : defaultValue)
        appendPiece(out, piece, false);
    const qsizetype valueEnd = out.size();
    if (validation.size() > 0) {
        out += "\n\n  validation {\n    condition     = ";
        for (const Piece &piece : validation)
            appendPiece(out, piece, false);
        out += "\n    error_message = ";
        appendQuoted(out, errorMessage);
        out += "\n  }";
    }
    out += "\n}\n";
    return out.view().sliced(valueAt, valueEnd - valueAt);
}

} // namespace

QByteArrayView appendVariableBlock(ByteBuffer &buffer, Pieces name, Pieces description, Pieces type,
                                   Pieces defaultValue, Pieces validation, Pieces errorMessage)
{
    // Nearly always every text is ASCII and nothing in the strings needs escaping: the block is
    // written through a pointer into room for its largest UTF-8, without a capacity check per
    // piece. Anything else takes the general way.
    const qsizetype start = buffer.size();
    const qsizetype bound = 160 + utf8Bound(name) + utf8Bound(description) + utf8Bound(type)
            + utf8Bound(defaultValue) + utf8Bound(validation) + utf8Bound(errorMessage);
    char *const begin = buffer.extend(bound);
    RawWriter out(begin);
    const auto general = [&] {
        buffer.truncate(start);
        return appendVariableBlockGeneral(buffer, name, description, type, defaultValue, validation,
                                          errorMessage);
    };
    out.literal("variable \"");
    for (const Piece &piece : name) {
        if (!out.plain(piece))
            return general();
    }
    out.literal("\" {\n  description = \"");
    for (const Piece &piece : description) {
        if (!out.plain(piece))
            return general();
    }
    out.literal("\"\n  type        = ");
    for (const Piece &piece : type)
        out.any(piece);
    out.literal("\n  default     = ");
    const char *const value = out.at();
    for (const Piece &piece : defaultValue)
        out.any(piece);
    const QByteArrayView written(value, out.at() - value);
    if (validation.size() > 0) {
        out.literal("\n\n  validation {\n    condition     = ");
        for (const Piece &piece : validation)
            out.any(piece);
        out.literal("\n    error_message = \"");
        for (const Piece &piece : errorMessage) {
            if (!out.plain(piece))
                return general();
        }
        out.literal("\"\n  }");
    }
    out.literal("\n}\n");
    Q_ASSERT(out.at() - begin <= bound);
    buffer.truncate(start + (out.at() - begin));
    return written;
}

QString escapedLiteral(const QString &text)
{
    if (!hasEscapes(text))
        return text; // nearly every name and value: nothing to escape, no copy
    QString out;
    out.reserve(text.size() + 8);
    appendEscaped(out, text);
    return out;
}

QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 10);
    out += QLatin1Char('"');
    appendEscaped(out, text);
    out += QLatin1Char('"');
    return out;
}

void appendQuoted(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    appendEscaped(out, text);
    out += QLatin1Char('"');
}

QString commentText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return out.trimmed();
}

} // namespace ecsplan::hcl
