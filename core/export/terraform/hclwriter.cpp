#include "hclwriter.h"

#include <algorithm>
#include <cstring>

namespace ecsplan::hcl {

struct Body::Item
{
    enum Kind { Attribute, Object, Block, Comment, Blank };
    Kind kind = Attribute;
    QString name; ///< attribute name, block type or comment text
    QString value; ///< attribute expression
    QStringList labels; ///< block labels
    std::unique_ptr<Body> body;
};

namespace {

/** True when `c` needs more than itself inside a quoted string (see escapedLiteral()). */
inline bool needsEscape(char16_t c)
{
    return c < 0x20 || c == 0x7f || c == '\\' || c == '"' || c == '$' || c == '%';
}

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

} // namespace

QString escapedLiteral(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return needsEscape(c.unicode()); }))
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

Body::Body() = default;
Body::~Body() = default;
Body::Body(Body &&) noexcept = default;
Body &Body::operator=(Body &&) noexcept = default;

Body &Body::attribute(const QString &name, const QString &expression)
{
    return attribute(name, QString(expression));
}

Body &Body::attribute(const QString &name, QString &&expression)
{
    Item item;
    item.kind = Item::Attribute;
    item.name = name;
    item.value = std::move(expression);
    m_items.push_back(std::move(item));
    return *this;
}

Body &Body::list(const QString &name, const QStringList &expressions)
{
    return attribute(name,
                     QLatin1Char('[') + expressions.join(QLatin1String(", ")) + QLatin1Char(']'));
}

Body &Body::object(const QString &name, const QString &prefix, const QString &suffix)
{
    Item item;
    item.kind = Item::Object;
    item.name = name;
    item.labels = {prefix, suffix};
    item.body = std::make_unique<Body>();
    m_items.push_back(std::move(item));
    return *m_items.back().body;
}

Body &Body::block(const QString &type, const QStringList &labels)
{
    Item item;
    item.kind = Item::Block;
    item.name = type;
    item.labels = labels;
    item.body = std::make_unique<Body>();
    m_items.push_back(std::move(item));
    return *m_items.back().body;
}

Body &Body::comment(const QString &text)
{
    Item item;
    item.kind = Item::Comment;
    item.name = commentText(text);
    m_items.push_back(std::move(item));
    return *this;
}

Body &Body::blankLine()
{
    Item item;
    item.kind = Item::Blank;
    m_items.push_back(std::move(item));
    return *this;
}

/**
 * Appends to a QByteArray through a cursor: one capacity check per piece and plain copies,
 * instead of QByteArray::append's bookkeeping for every few bytes. The array is cut to what
 * was written by finish().
 */
class Body::Cursor
{
public:
    explicit Cursor(QByteArray &out)
        : m_out(out)
        , m_pos(out.size())
    {
        m_size = m_out.size();
        m_data = m_out.data();
    }
    void finish() { m_out.resize(m_pos); }

    void put(char c)
    {
        *room(1) = c;
        ++m_pos;
    }
    void put(const char *text, qsizetype n)
    {
        if (n > 0)
            std::memcpy(room(n), text, size_t(n));
        m_pos += n;
    }
    template<size_t N>
    void put(const char (&text)[N])
    {
        put(text, qsizetype(N - 1));
    }
    void spaces(qsizetype n)
    {
        if (n > 0)
            std::memset(room(n), ' ', size_t(n));
        m_pos += n;
    }
    /** `text` as UTF-8; ASCII (nearly all of it) copied unit by unit. */
    void utf8(QStringView text)
    {
        const qsizetype n = text.size();
        if (QtPrivate::isAscii(text)) {
            char *p = room(n);
            const char16_t *units = text.utf16();
            for (qsizetype i = 0; i < n; ++i)
                p[i] = char(units[i]);
            m_pos += n;
            return;
        }
        const QByteArray bytes = text.toUtf8();
        put(bytes.constData(), bytes.size());
    }

private:
    char *room(qsizetype n)
    {
        if (m_pos + n > m_size) {
            // Within the capacity the caller reserved first; beyond it, grow geometrically.
            const qsizetype want = std::max({m_pos + n, m_out.capacity(), 2 * m_size});
            m_out.resize(want);
            m_data = m_out.data();
            m_size = want;
        }
        return m_data + m_pos;
    }

    QByteArray &m_out;
    char *m_data = nullptr;
    qsizetype m_pos = 0;
    qsizetype m_size = 0;
};

void Body::render(QByteArray &out, int indent) const
{
    Cursor cursor(out);
    render(cursor, indent);
    cursor.finish();
}

void Body::render(Cursor &out, int indent) const
{
    const qsizetype pad = qsizetype(indent) * 2;
    const size_t n = m_items.size();
    size_t i = 0;
    while (i < n) {
        const Item &item = m_items[i];
        if (item.kind == Item::Attribute) {
            // A run of single-line attributes: align "=" one column after the longest name
            // (hclwrite counts characters, not bytes).
            size_t end = i;
            qsizetype width = 0;
            while (end < n && m_items[end].kind == Item::Attribute) {
                width = std::max(width, m_items[end].name.size());
                ++end;
            }
            for (size_t k = i; k < end; ++k) {
                const Item &a = m_items[k];
                out.spaces(pad);
                out.utf8(a.name);
                out.spaces(width - a.name.size() + 1);
                out.put("= ");
                out.utf8(a.value);
                out.put('\n');
            }
            i = end;
            continue;
        }
        switch (item.kind) {
        case Item::Blank:
            out.put('\n');
            break;
        case Item::Comment:
            out.spaces(pad);
            out.put("# ");
            out.utf8(item.name);
            out.put('\n');
            break;
        case Item::Object:
            out.spaces(pad);
            out.utf8(item.name);
            out.put(" = ");
            out.utf8(item.labels.value(0));
            out.put("{\n");
            item.body->render(out, indent + 1);
            out.spaces(pad);
            out.put('}');
            out.utf8(item.labels.value(1));
            out.put('\n');
            break;
        case Item::Block:
            out.spaces(pad);
            out.utf8(item.name);
            for (const QString &label : item.labels) {
                out.put(" \"");
                out.utf8(escapedLiteral(label));
                out.put('"');
            }
            if (item.body->isEmpty()) {
                out.put(" {}\n");
            } else {
                out.put(" {\n");
                item.body->render(out, indent + 1);
                out.spaces(pad);
                out.put("}\n");
            }
            break;
        case Item::Attribute:
            break;
        }
        ++i;
    }
}

qsizetype Body::sizeHint(int indent) const
{
    qsizetype bytes = 0;
    for (const Item &item : m_items) {
        bytes += indent * 2 + item.name.size() + item.value.size() + 8;
        if (item.body)
            bytes += item.body->sizeHint(indent + 1) + indent * 2 + 4;
    }
    return bytes;
}

QByteArray Body::toBytes() const
{
    QByteArray out;
    out.reserve(sizeHint());
    render(out);
    return out;
}

} // namespace ecsplan::hcl
