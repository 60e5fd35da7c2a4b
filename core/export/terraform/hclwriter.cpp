#include "hclwriter.h"
#include "hcltext_p.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>
#include <deque>
#include <utility>

namespace ecsplan::hcl {

using detail::copyBytes;
using detail::joined;
using detail::narrow;

/**
 * The text of a tree's items, UTF-8, in chunks that are never moved: an item's text is written
 * piece by piece (start(), then appends) and stays in one chunk, so items keep a pointer to it.
 * When a piece does not fit, the item written so far moves to a new chunk (a few bytes; no
 * whole-buffer copies as a growing array makes, and no array twice the text's size).
 */
class ItemText
{
public:
    /** Starts the text of the next item. */
    void start() { m_item = m_pos; }
    /** The text of the item being written; valid until the next start(). */
    const char *item() const { return m_item; }
    /** Bytes of the item being written. */
    qsizetype size() const { return m_pos - m_item; }
    /** Cuts the item being written back to `size` bytes. */
    void resize(qsizetype size) { m_pos = m_item + size; }
    char *extend(qsizetype n)
    {
        if (m_end - m_pos < n)
            grow(n);
        char *at = m_pos;
        m_pos += n;
        return at;
    }
    void append(const char *text, qsizetype n) { copyBytes(extend(n), text, size_t(n)); }
    ItemText &operator+=(char c)
    {
        *extend(1) = c;
        return *this;
    }
    template<size_t N>
    ItemText &operator+=(const char (&text)[N])
    {
        append(text, qsizetype(N - 1));
        return *this;
    }
    ItemText &operator+=(const QByteArray &bytes)
    {
        append(bytes.constData(), bytes.size());
        return *this;
    }

    /** Bytes of every item's text so far. */
    qsizetype bytes() const
    {
        return m_chunks.empty() ? 0 : m_done + (m_pos - m_chunks.back().get());
    }

private:
    void grow(qsizetype n)
    {
        const qsizetype partial = m_pos - m_item;
        if (!m_chunks.empty())
            m_done += m_item - m_chunks.back().get(); // the finished items stay where they are
        // Chunks from 4 KiB (small files and tests) doubling: a 50k design's compute.tf takes
        // ~15 of them, the largest mapped by the allocator and given back whole when freed.
        m_chunkBytes *= 2;
        const qsizetype bytes = std::max(m_chunkBytes, partial + n);
        auto chunk = std::make_unique_for_overwrite<char[]>(size_t(bytes));
        if (partial > 0)
            std::memcpy(chunk.get(), m_item, size_t(partial));
        m_item = chunk.get();
        m_pos = m_item + partial;
        m_end = m_item + bytes;
        m_chunks.push_back(std::move(chunk));
    }

    std::vector<std::unique_ptr<char[]>> m_chunks;
    char *m_item = nullptr;
    char *m_pos = nullptr;
    char *m_end = nullptr;
    qsizetype m_chunkBytes = 2048;
    qsizetype m_done = 0; ///< bytes of the items in the chunks before the last
};

/** An item of a body; set whole by Body::add() (no initialisers: chunks are not written ahead). */
struct Body::Item
{
    enum Kind : quint8 { Attribute, Object, Block, Comment, Blank };
    const char *text; ///< the name's bytes, then the value's, then a suffix's
    quint32 next; ///< the next item of the same body, NoItem for the last
    quint32 nameBytes; ///< attribute name, block type, or comment text
    quint32 valueBytes; ///< attribute expression, block labels (` "a" "b"`), object prefix
    quint32 extra; ///< Attribute: the name's width (UTF-16 units); Object: suffix bytes
    /// Block, Object: the nested body, an index of Tree::bodies; the first Attribute of a run:
    /// the widest name of the run (UTF-16 units)
    quint32 child;
    Kind kind;
};

struct Body::Tree
{
    // Item i is in chunk k = bit_width(i + 1024) - 11, which holds 1,024 << k items: chunks
    // double (32 KiB, 64 KiB, ...), so a small tree stays small and a large one takes a few
    // large blocks, which the allocator maps and gives back whole when the tree goes.
    static constexpr quint32 FirstChunk = 1024;

    Item &item(quint32 index)
    {
        const quint32 j = index + FirstChunk;
        const int k = std::bit_width(j) - 11;
        return m_items[size_t(k)][j - (FirstChunk << k)];
    }
    const Item &item(quint32 index) const { return const_cast<Tree *>(this)->item(index); }
    /** A new item (not initialised), its index in `index`. */
    Item *newItem(quint32 *index)
    {
        if (m_left == 0) {
            // The first item of chunk k: m_count + FirstChunk is FirstChunk << k, its size.
            const quint32 j = m_count + FirstChunk;
            m_items.push_back(std::make_unique_for_overwrite<Item[]>(size_t(j)));
            m_next = m_items.back().get();
            m_left = j;
        }
        *index = m_count++;
        --m_left;
        return m_next++;
    }

    quint32 count() const { return m_count; }

    ItemText text; ///< every item's text
    std::deque<Body> bodies; ///< nested bodies (a deque: references to them stay valid)

private:
    std::vector<std::unique_ptr<Item[]>> m_items; ///< chunks: never moved, never copied
    quint32 m_count = 0;
    Item *m_next = nullptr; ///< the next free item of the last chunk
    quint32 m_left = 0; ///< free items left in the last chunk
};

namespace {

/** Appends `text` as UTF-8. */
void appendUtf8(ItemText &out, QStringView text)
{
    const qsizetype at = out.size();
    if (narrow(out.extend(text.size()), text.utf16(), text.size(), false))
        return; // ASCII: nearly all of it
    out.resize(at);
    out += text.toUtf8();
}

/** Appends a name or block type as UTF-8. */
void appendName(ItemText &out, Name name)
{
    if (name.ascii())
        out.append(name.ascii(), name.size());
    else
        appendUtf8(out, *name.text());
}

/** Appends `text` when it is ASCII that stands for itself in a quoted string; else false. */
bool appendPlain(ItemText &out, QStringView text)
{
    const qsizetype at = out.size();
    if (narrow(out.extend(text.size()), text.utf16(), text.size(), true))
        return true;
    out.resize(at);
    return false;
}

/**
 * Appends `piece` as UTF-8. With `plain`, returns false when it is not ASCII that stands for
 * itself in a quoted string (what was appended is then of no use: the caller cuts it off).
 */
bool appendPiece(ItemText &out, const Piece &piece, bool plain)
{
    if (piece.utf16()) {
        const QStringView text(piece.utf16(), piece.size());
        if (plain)
            return appendPlain(out, text);
        appendUtf8(out, text);
        return true;
    }
    if (plain ? piece.isPlain() : piece.isAscii()) {
        out.append(piece.latin1(), piece.size());
        return true;
    }
    if (!plain)
        out += piece.toString().toUtf8();
    return !plain;
}

} // namespace

Body::Body() = default;
Body::~Body() = default;
Body::Body(Tree *tree)
    : m_tree(tree)
{
}

Body::Body(Body &&other) noexcept
    : m_owned(std::move(other.m_owned))
    , m_tree(std::exchange(other.m_tree, nullptr))
    , m_first(std::exchange(other.m_first, NoItem))
    , m_last(std::exchange(other.m_last, NoItem))
    , m_lastItem(std::exchange(other.m_lastItem, nullptr))
    , m_runFirst(std::exchange(other.m_runFirst, nullptr))
{
}

Body &Body::operator=(Body &&other) noexcept
{
    if (this != &other) {
        m_owned = std::move(other.m_owned);
        m_tree = std::exchange(other.m_tree, nullptr);
        m_first = std::exchange(other.m_first, NoItem);
        m_last = std::exchange(other.m_last, NoItem);
        m_lastItem = std::exchange(other.m_lastItem, nullptr);
        m_runFirst = std::exchange(other.m_runFirst, nullptr);
    }
    return *this;
}

Body::Tree &Body::makeTree()
{
    m_owned = std::make_unique<Tree>();
    m_tree = m_owned.get();
    return *m_tree;
}

Body::Item &Body::add(int kind)
{
    Tree &t = tree();
    quint32 index;
    Item &item = *t.newItem(&index);
    item = Item{t.text.item(), NoItem, 0, 0, 0, 0, Item::Kind(kind)};
    if (m_last == NoItem)
        m_first = index;
    else
        m_lastItem->next = index;
    m_last = index;
    m_lastItem = &item;
    if (kind != Item::Attribute)
        m_runFirst = nullptr;
    return item;
}

quint32 Body::startAttribute(Name name)
{
    ItemText &text = tree().text;
    text.start();
    appendName(text, name);
    return quint32(text.size());
}

Body &Body::endAttribute(quint32 nameBytes, Name name)
{
    Item &item = add(Item::Attribute);
    item.nameBytes = nameBytes;
    item.valueBytes = quint32(tree().text.size()) - nameBytes;
    const auto width = quint32(name.size());
    item.extra = width;
    if (!m_runFirst) {
        m_runFirst = &item; // starts a run
        item.child = width;
    } else {
        m_runFirst->child = std::max(m_runFirst->child, width);
    }
    return *this;
}

Body &Body::attribute(Name name, const QString &expression)
{
    ItemText &text = tree().text;
    const quint32 nameBytes = startAttribute(name);
    appendUtf8(text, expression);
    return endAttribute(nameBytes, name);
}

Body &Body::attributeOf(Name name, Pieces expression)
{
    ItemText &text = tree().text;
    const quint32 nameBytes = startAttribute(name);
    for (const Piece &piece : expression)
        appendPiece(text, piece, false);
    return endAttribute(nameBytes, name);
}

Body &Body::stringOf(Name name, Pieces value)
{
    ItemText &text = tree().text;
    const quint32 nameBytes = startAttribute(name);
    text += '"';
    for (const Piece &piece : value) {
        if (!appendPiece(text, piece, true)) {
            text.resize(0);
            return string(name, joined(value)); // escapes or non-ASCII text: the general way
        }
    }
    text += '"';
    return endAttribute(nameBytes, name);
}

Body &Body::string(Name name, const QString &value)
{
    ItemText &text = tree().text;
    const quint32 nameBytes = startAttribute(name);
    text += '"';
    if (!appendPlain(text, value)) {
        text.resize(0);
        return attribute(name, quoted(value)); // escapes or non-ASCII text: the general way
    }
    text += '"';
    return endAttribute(nameBytes, name);
}

Body &Body::number(Name name, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    ItemText &text = tree().text;
    const quint32 nameBytes = startAttribute(name);
    text.append(digits, end - digits);
    return endAttribute(nameBytes, name);
}

Body &Body::boolean(Name name, bool value)
{
    ItemText &text = tree().text;
    const quint32 nameBytes = startAttribute(name);
    if (value)
        text += "true";
    else
        text += "false";
    return endAttribute(nameBytes, name);
}

Body &Body::list(Name name, const QStringList &expressions)
{
    ItemText &text = tree().text;
    const quint32 nameBytes = startAttribute(name);
    text += '[';
    for (qsizetype i = 0; i < expressions.size(); ++i) {
        if (i > 0)
            text += ", ";
        appendUtf8(text, expressions.at(i));
    }
    text += ']';
    return endAttribute(nameBytes, name);
}

Body &Body::object(Name name, const QString &prefix, const QString &suffix)
{
    Tree &t = tree();
    ItemText &text = t.text;
    text.start();
    appendName(text, name);
    const quint32 nameBytes = quint32(text.size());
    appendUtf8(text, prefix);
    const quint32 prefixBytes = quint32(text.size()) - nameBytes;
    appendUtf8(text, suffix);
    const auto child = quint32(t.bodies.size());
    t.bodies.push_back(Body(&t));
    Item &item = add(Item::Object);
    item.nameBytes = nameBytes;
    item.valueBytes = prefixBytes;
    item.extra = quint32(text.size()) - nameBytes - prefixBytes;
    item.child = child;
    return t.bodies.back();
}

Body &Body::block(Name type, std::initializer_list<QStringView> labels)
{
    Tree &t = tree();
    ItemText &text = t.text;
    text.start();
    appendName(text, type);
    const quint32 nameBytes = quint32(text.size());
    for (const QStringView label : labels) {
        text += " \"";
        if (!appendPlain(text, label))
            appendUtf8(text, escapedLiteral(label.toString()));
        text += '"';
    }
    const auto child = quint32(t.bodies.size());
    t.bodies.push_back(Body(&t));
    Item &item = add(Item::Block);
    item.nameBytes = nameBytes;
    item.valueBytes = quint32(text.size()) - nameBytes;
    item.child = child;
    return t.bodies.back();
}

Body &Body::blockOf(Name type, Pieces label)
{
    Tree &t = tree();
    ItemText &text = t.text;
    text.start();
    appendName(text, type);
    const quint32 nameBytes = quint32(text.size());
    text += " \"";
    const qsizetype at = text.size();
    for (const Piece &piece : label) {
        if (!appendPiece(text, piece, true)) {
            text.resize(at);
            appendUtf8(text, escapedLiteral(joined(label)));
            break;
        }
    }
    text += '"';
    const auto child = quint32(t.bodies.size());
    t.bodies.push_back(Body(&t));
    Item &item = add(Item::Block);
    item.nameBytes = nameBytes;
    item.valueBytes = quint32(text.size()) - nameBytes;
    item.child = child;
    return t.bodies.back();
}

Body &Body::comment(const QString &text)
{
    ItemText &all = tree().text;
    all.start();
    appendUtf8(all, commentText(text));
    Item &item = add(Item::Comment);
    item.nameBytes = quint32(all.size());
    return *this;
}

Body &Body::commentLiteral(const char *text, qsizetype size)
{
    // ASCII: commentText()'s work on bytes (control characters become spaces, spaces at both
    // ends go); anything else the general way.
    if (std::any_of(text, text + size,
                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
        return comment(QString::fromUtf8(text, size));
    ItemText &all = tree().text;
    all.start();
    char *out = all.extend(size);
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        out[i] = c < 0x20 || c == 0x7f ? ' ' : char(c);
    }
    qsizetype begin = 0, end = size;
    while (begin < end && out[begin] == ' ')
        ++begin;
    while (end > begin && out[end - 1] == ' ')
        --end;
    std::memmove(out, out + begin, size_t(end - begin));
    all.resize(end - begin);
    Item &item = add(Item::Comment);
    item.nameBytes = quint32(all.size());
    return *this;
}

Body &Body::blankLine()
{
    tree().text.start();
    add(Item::Blank);
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
    explicit Cursor(QByteArray &out, const std::function<void(QByteArrayView)> *flush = nullptr)
        : m_out(out)
        , m_flush(flush)
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
        copyBytes(room(n), text, size_t(n));
        m_pos += n;
    }
    template<size_t N>
    void put(const char (&text)[N])
    {
        put(text, qsizetype(N - 1));
    }
    /**
     * Room for `n` bytes and 16 more, at the end of what was written: a line is written through
     * the returned pointer, then taken with advance(). Writes may reach 16 bytes past the line
     * (spacesAt()); the next line, or finish(), takes them back.
     */
    char *line(qsizetype n) { return room(n + 16); }
    void advance(char *to) { m_pos = to - m_data; }
    /** `n` spaces at `at` in stores of 16 bytes (up to 15 more), returns the end. */
    static char *spacesAt(char *at, qsizetype n)
    {
        for (qsizetype k = 0; k < n; k += 16)
            std::memset(at + k, ' ', 16);
        return at + n;
    }
    void spaces(qsizetype n)
    {
        if (n > 0)
            std::memset(room(n), ' ', size_t(n));
        m_pos += n;
    }

private:
    char *room(qsizetype n)
    {
        if (m_pos + n > m_size) {
            // Within the capacity the caller reserved first; beyond it, grow geometrically.
            qsizetype want = std::max({m_pos + n, m_out.capacity(), 2 * m_size});
            if (m_flush) {
                // Written as it goes: what the buffer holds leaves when the next bytes do not
                // fit, and the buffer starts over; it grows only for a line longer than it.
                if (m_pos > 0 && m_pos + n > m_out.capacity()) {
                    (*m_flush)(QByteArrayView(m_data, m_pos));
                    m_pos = 0;
                }
                want = std::max(m_pos + n, m_out.capacity());
            }
            if (want > m_size) {
                m_out.resize(want);
                m_data = m_out.data();
                m_size = want;
            }
        }
        return m_data + m_pos;
    }

    QByteArray &m_out;
    const std::function<void(QByteArrayView)> *m_flush; ///< null: the array holds everything
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

void Body::render(QByteArray &buffer, const std::function<void(QByteArrayView)> &flush) const
{
    Cursor cursor(buffer, &flush);
    render(cursor, 0);
    cursor.finish();
}

void Body::render(Cursor &out, int indent) const
{
    if (!m_tree)
        return;
    const Tree &t = *m_tree;
    const qsizetype pad = qsizetype(indent) * 2;
    quint32 i = m_first;
    while (i != NoItem) {
        const Item &item = t.item(i);
        const char *name = item.text;
        if (item.kind == Item::Attribute) {
            // A run of single-line attributes: "=" one column after the longest name (hclwrite
            // counts characters, not bytes), which the run's first attribute keeps.
            const qsizetype width = item.child;
            quint32 k = i;
            for (;;) {
                const Item &a = t.item(k);
                const qsizetype gap = width - qsizetype(a.extra) + 1;
                char *p = out.line(pad + a.nameBytes + gap + 2 + a.valueBytes + 1);
                p = Cursor::spacesAt(p, pad);
                copyBytes(p, a.text, a.nameBytes);
                p = Cursor::spacesAt(p + a.nameBytes, gap);
                p[0] = '=';
                p[1] = ' ';
                copyBytes(p + 2, a.text + a.nameBytes, a.valueBytes);
                p += 2 + a.valueBytes;
                *p++ = '\n';
                out.advance(p);
                k = a.next;
                if (k == NoItem || t.item(k).kind != Item::Attribute)
                    break;
            }
            i = k;
            continue;
        }
        switch (item.kind) {
        case Item::Blank:
            out.put('\n');
            break;
        case Item::Comment:
            out.spaces(pad);
            out.put("# ");
            out.put(name, item.nameBytes);
            out.put('\n');
            break;
        case Item::Object:
            out.spaces(pad);
            out.put(name, item.nameBytes);
            out.put(" = ");
            out.put(name + item.nameBytes, item.valueBytes);
            out.put("{\n");
            t.bodies[item.child].render(out, indent + 1);
            out.spaces(pad);
            out.put('}');
            out.put(name + item.nameBytes + item.valueBytes, item.extra);
            out.put('\n');
            break;
        case Item::Block: {
            out.spaces(pad);
            out.put(name, item.nameBytes + item.valueBytes); // the type and its labels
            const Body &body = t.bodies[item.child];
            if (body.isEmpty()) {
                out.put(" {}\n");
            } else {
                out.put(" {\n");
                body.render(out, indent + 1);
                out.spaces(pad);
                out.put("}\n");
            }
            break;
        }
        case Item::Attribute:
            break;
        }
        i = item.next;
    }
}

qsizetype Body::sizeHint(int indent) const
{
    if (!m_tree)
        return 0;
    const Tree &t = *m_tree;
    const qsizetype pad = qsizetype(indent) * 2;
    qsizetype bytes = 0;
    quint32 i = m_first;
    while (i != NoItem) {
        const Item &item = t.item(i);
        if (item.kind == Item::Attribute) {
            quint32 width = 0;
            quint32 end = i;
            while (end != NoItem && t.item(end).kind == Item::Attribute) {
                width = std::max(width, t.item(end).extra);
                end = t.item(end).next;
            }
            for (quint32 k = i; k != end; k = t.item(k).next) {
                const Item &a = t.item(k);
                bytes += pad + a.nameBytes + (qsizetype(width) - qsizetype(a.extra) + 1) + 2
                        + a.valueBytes + 1;
            }
            i = end;
            continue;
        }
        switch (item.kind) {
        case Item::Blank:
            bytes += 1;
            break;
        case Item::Comment:
            bytes += pad + 2 + item.nameBytes + 1;
            break;
        case Item::Object:
            bytes += 2 * pad + item.nameBytes + 3 + item.valueBytes + 2 + 1 + item.extra + 1
                    + t.bodies[item.child].sizeHint(indent + 1);
            break;
        case Item::Block: {
            const Body &body = t.bodies[item.child];
            bytes += pad + item.nameBytes + item.valueBytes
                    + (body.isEmpty() ? 4 : 3 + body.sizeHint(indent + 1) + pad + 2);
            break;
        }
        case Item::Attribute:
            break;
        }
        i = item.next;
    }
    return bytes;
}

void Body::forEachBlockLabel(QByteArrayView type,
                             const std::function<void(QByteArrayView label)> &visit) const
{
    if (!m_tree)
        return;
    const Tree &t = *m_tree;
    for (quint32 i = m_first; i != NoItem;) {
        const Item &item = t.item(i);
        // A block's value text is its labels, each ` "label"` (quotes inside escaped).
        if (item.kind == Item::Block && item.valueBytes > 2
            && QByteArrayView(item.text, item.nameBytes) == type) {
            const char *label = item.text + item.nameBytes + 2;
            const char *end = item.text + item.nameBytes + item.valueBytes;
            const char *quote = std::find(label, end, '"');
            visit(QByteArrayView(label, quote - label));
        }
        i = item.next;
    }
}

qsizetype Body::reserveHint() const
{
    // Each item's text, and per item its indentation, ` = `, alignment and line end: a few
    // bytes more or less than render() writes, and no walk of the tree.
    return m_tree ? m_tree->text.bytes() * 9 / 8 + qsizetype(m_tree->count()) * 10 : 0;
}

QByteArray Body::toBytes() const
{
    QByteArray out;
    out.reserve(sizeHint());
    render(out);
    return out;
}

} // namespace ecsplan::hcl
