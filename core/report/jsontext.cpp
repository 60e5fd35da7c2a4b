#include "jsontext.h"

#include <charconv>
#include <cmath>

namespace ecsplan {

namespace {

/** A byte dump() copies as it is (no escape): not a control character, quote or backslash. */
inline bool plain(unsigned c)
{
    return c >= 0x20 && c != '"' && c != '\\';
}

} // namespace

void JsonText::appendString(std::string &out, std::string_view utf8)
{
    out += '"';
    size_t run = 0; // start of the bytes not yet appended
    for (size_t i = 0; i < utf8.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (plain(c))
            continue;
        out.append(utf8.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '\b':
            out += "\\b";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\r':
            out += "\\r";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
            out.append(escaped, sizeof escaped);
            break;
        }
        }
    }
    out.append(utf8.data() + run, utf8.size() - run);
    out += '"';
}

void JsonText::appendString(std::string &out, const QString &text)
{
    // UTF-16 to UTF-8 and escaped in one pass, into room for the longest result (6 bytes per
    // unit: a control character's \u00xx), cut to size afterwards.
    const QChar *units = text.constData();
    const qsizetype n = text.size();
    const size_t start = out.size();
    out.resize(start + 6 * size_t(n) + 2);
    char *d = out.data() + start;
    *d++ = '"';
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = units[i].unicode();
        if (c < 0x80) {
            if (plain(c)) {
                *d++ = char(c);
                continue;
            }
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
            default: {
                static const char hex[] = "0123456789abcdef";
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hex[c >> 4];
                *d++ = hex[c & 0xF];
                break;
            }
            }
        } else if (c < 0x800) {
            *d++ = char(0xC0 | (c >> 6));
            *d++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(c)) {
            if (!QChar::isHighSurrogate(c) || i + 1 == n || !units[i + 1].isLowSurrogate()) {
                // A lone surrogate: whatever QString::toUtf8() makes of it.
                out.resize(start);
                const QByteArray utf8 = text.toUtf8();
                appendString(out, std::string_view(utf8.constData(), size_t(utf8.size())));
                return;
            }
            const char32_t u = QChar::surrogateToUcs4(c, units[++i].unicode());
            *d++ = char(0xF0 | (u >> 18));
            *d++ = char(0x80 | ((u >> 12) & 0x3F));
            *d++ = char(0x80 | ((u >> 6) & 0x3F));
            *d++ = char(0x80 | (u & 0x3F));
        } else {
            *d++ = char(0xE0 | (c >> 12));
            *d++ = char(0x80 | ((c >> 6) & 0x3F));
            *d++ = char(0x80 | (c & 0x3F));
        }
    }
    *d++ = '"';
    out.resize(size_t(d - out.data()));
}

void JsonText::newline(int depth)
{
    m_out += '\n';
    m_out.append(size_t(2 * depth), ' ');
}

void JsonText::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.empty())
        return;
    Level &top = m_levels.back();
    if (!top.empty)
        m_out += ',';
    top.empty = false;
    newline(m_depth);
}

void JsonText::beginObject()
{
    separate();
    m_out += '{';
    m_levels.push_back({false, true});
    ++m_depth;
}

void JsonText::endObject()
{
    --m_depth;
    if (!m_levels.back().empty)
        newline(m_depth);
    m_out += '}';
    m_levels.pop_back();
}

void JsonText::beginArray()
{
    separate();
    m_out += '[';
    m_levels.push_back({true, true});
    ++m_depth;
}

void JsonText::endArray()
{
    --m_depth;
    if (!m_levels.back().empty)
        newline(m_depth);
    m_out += ']';
    m_levels.pop_back();
}

void JsonText::key(std::string_view name)
{
    Level &top = m_levels.back();
    if (!top.empty)
        m_out += ',';
    top.empty = false;
    newline(m_depth);
    appendString(m_out, name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonText::value(const QString &text)
{
    separate();
    appendString(m_out, text);
}

void JsonText::value(std::string_view utf8)
{
    separate();
    appendString(m_out, utf8);
}

void JsonText::value(std::nullptr_t)
{
    separate();
    m_out += "null";
}

void JsonText::value(bool b)
{
    separate();
    m_out += b ? "true" : "false";
}

void JsonText::value(double number)
{
    separate();
    if (!std::isfinite(number)) { // as dump() writes it
        m_out += "null";
        return;
    }
    char buffer[64];
    const char *end = nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, number);
    m_out.append(buffer, size_t(end - buffer));
}

void JsonText::integer(long long n)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, n);
    m_out.append(buffer, size_t(result.ptr - buffer));
}

void JsonText::integer(unsigned long long n)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, n);
    m_out.append(buffer, size_t(result.ptr - buffer));
}

void JsonText::value(const nlohmann::ordered_json &tree)
{
    separate();
    nlohmann::detail::serializer<nlohmann::ordered_json> serializer(
            nlohmann::detail::output_adapter<char, std::string>(m_out), ' ',
            nlohmann::detail::error_handler_t::strict);
    serializer.dump(tree, true, false, 2, unsigned(2 * m_depth));
}

void JsonText::raw(std::string_view text)
{
    separate();
    m_out += text;
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
