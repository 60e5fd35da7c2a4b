#include "hclwriter.h"

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

QString escapedLiteral(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
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
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + escapedLiteral(text) + QLatin1Char('"');
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
    Item item;
    item.kind = Item::Attribute;
    item.name = name;
    item.value = expression;
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

namespace {

/** Appends `text` as UTF-8; ASCII (nearly all of it) without a temporary QByteArray. */
void appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *p = out.data() + start;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            out.truncate(start);
            out += text.toUtf8();
            return;
        }
        *p++ = char(c.unicode());
    }
}

} // namespace

void Body::render(QByteArray &out, int indent) const
{
    const QByteArray pad(indent * 2, ' ');
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
                out += pad;
                appendUtf8(out, a.name);
                out.append(width - a.name.size() + 1, ' ');
                out += "= ";
                appendUtf8(out, a.value);
                out += '\n';
            }
            i = end;
            continue;
        }
        switch (item.kind) {
        case Item::Blank:
            out += '\n';
            break;
        case Item::Comment:
            out += pad;
            out += "# ";
            appendUtf8(out, item.name);
            out += '\n';
            break;
        case Item::Object:
            out += pad;
            appendUtf8(out, item.name);
            out += " = ";
            appendUtf8(out, item.labels.value(0));
            out += "{\n";
            item.body->render(out, indent + 1);
            out += pad;
            out += '}';
            appendUtf8(out, item.labels.value(1));
            out += '\n';
            break;
        case Item::Block:
            out += pad;
            appendUtf8(out, item.name);
            for (const QString &label : item.labels) {
                out += ' ';
                out += '"';
                appendUtf8(out, escapedLiteral(label));
                out += '"';
            }
            if (item.body->isEmpty()) {
                out += " {}\n";
            } else {
                out += " {\n";
                item.body->render(out, indent + 1);
                out += pad;
                out += "}\n";
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
