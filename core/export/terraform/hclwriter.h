#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <utility>
#include <vector>

namespace ecsplan::hcl {

/**
 * One piece of a text given in pieces (Body::attributeOf(), stringOf(), blockOf()): Latin-1
 * (a literal or QLatin1String), UTF-16 (a QString or a view) or an integer. The pieces are
 * written into the tree one after the other as UTF-8, without a QString made for the whole
 * text. A piece refers to its text: use it within the call it is an argument of.
 */
class Piece
{
public:
    /// A literal's flags are found while compiling (consteval): no scan of it at run time.
    template<size_t N>
    consteval Piece(const char (&latin1)[N])
        : m_latin1(latin1)
        , m_size(qsizetype(N - 1))
        , m_flags(flagsOf(latin1, qsizetype(N - 1)))
    {
    }
    Piece(QLatin1String latin1)
        : m_latin1(latin1.data())
        , m_size(latin1.size())
        , m_flags(flagsOf(latin1.data(), latin1.size()))
    {
    }
    Piece(const QString &text)
        : m_utf16(reinterpret_cast<const char16_t *>(text.constData()))
        , m_size(text.size())
    {
    }
    Piece(QStringView text)
        : m_utf16(text.utf16())
        , m_size(text.size())
    {
    }
    Piece(int number)
        : m_latin1(m_digits)
        , m_flags(Ascii | Plain)
    {
        // In the body: m_digits is initialised after the pointers and sizes.
        m_size = std::to_chars(m_digits, m_digits + sizeof m_digits, number).ptr - m_digits;
    }
    Piece(const Piece &other)
        : m_latin1(other.m_latin1 == other.m_digits ? m_digits : other.m_latin1)
        , m_utf16(other.m_utf16)
        , m_size(other.m_size)
        , m_flags(other.m_flags)
    {
        std::copy(std::begin(other.m_digits), std::end(other.m_digits), m_digits);
    }
    Piece &operator=(const Piece &) = delete;

    /** The piece as a QString (for the rare text that needs escaping or is not ASCII). */
    QString toString() const
    {
        return m_utf16 ? QString(reinterpret_cast<const QChar *>(m_utf16), m_size)
                       : QString::fromLatin1(m_latin1, m_size);
    }

    /** The Latin-1 text, null when the piece is UTF-16. */
    const char *latin1() const { return m_latin1; }
    const char16_t *utf16() const { return m_utf16; }
    qsizetype size() const { return m_size; }
    /** A Latin-1 piece that is ASCII (its bytes are its UTF-8). */
    bool isAscii() const { return m_flags & Ascii; }
    /** A Latin-1 piece that is ASCII standing for itself in a quoted string (no escapes). */
    bool isPlain() const { return m_flags & Plain; }

private:
    enum Flag : quint8 { Ascii = 1, Plain = 2 };
    static constexpr quint8 flagsOf(const char *text, qsizetype n)
    {
        quint8 flags = Ascii | Plain;
        for (qsizetype i = 0; i < n; ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c >= 0x80)
                flags = 0;
            else if (c < 0x20 || c == 0x7f || c == '\\' || c == '"' || c == '$' || c == '%')
                flags &= quint8(~Plain);
        }
        return flags;
    }

    const char *m_latin1 = nullptr; ///< when not UTF-16
    const char16_t *m_utf16 = nullptr;
    qsizetype m_size = 0;
    quint8 m_flags = 0;
    char m_digits[12] = {};
};

using Pieces = std::initializer_list<Piece>;

/**
 * An attribute name or block type: an ASCII literal, whose size (its width, and its UTF-8
 * bytes) is known while compiling, or any text as a QString. A name refers to its text: use it
 * within the call it is an argument of.
 */
class Name
{
public:
    template<size_t N>
    consteval Name(const char (&ascii)[N])
        : m_ascii(ascii)
        , m_size(qsizetype(N - 1))
    {
        for (size_t i = 0; i + 1 < N; ++i) {
            if (static_cast<unsigned char>(ascii[i]) >= 0x80)
                notAscii(); // not constexpr: a literal outside ASCII does not compile
        }
    }
    Name(const QString &text)
        : m_text(&text)
        , m_size(text.size())
    {
    }

    /** The ASCII literal, null when the name is a QString. */
    const char *ascii() const { return m_ascii; }
    const QString *text() const { return m_text; }
    /** UTF-16 units: the width terraform fmt aligns by. */
    qsizetype size() const { return m_size; }

private:
    static void notAscii() {}

    const char *m_ascii = nullptr;
    const QString *m_text = nullptr;
    qsizetype m_size = 0;
};

/**
 * A quoted HCL string literal for arbitrary text: backslashes, quotes and control characters
 * are escaped, and the template introducers `${` and `%{` are doubled, so no text can ever
 * end the string or start an interpolation. Non-ASCII text is kept as UTF-8.
 */
QString quoted(const QString &text);
/** Appends quoted(text) to `out`, without a string of its own. */
void appendQuoted(QString &out, const QString &text);
/** The escaped inside of a quoted string (no surrounding quotes), for building templates. */
QString escapedLiteral(const QString &text);
/** Text for a `#` comment line: control characters (newlines included) become spaces. */
QString commentText(const QString &text);

/**
 * Bytes appended through a pointer: the array's size is its room, of which size() bytes are
 * written, so small appends cost no QByteArray bookkeeping and no resize each. take() cuts the
 * array to what was written.
 */
class ByteBuffer
{
public:
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /** The written bytes; valid until the next append. */
    QByteArrayView view() const { return QByteArrayView(m_bytes.constData(), m_size); }
    /** Room for `n` more bytes, written by the caller: size() grows by `n`. */
    char *extend(qsizetype n)
    {
        if (m_size + n > m_bytes.size())
            grow(n);
        char *at = m_bytes.data() + m_size;
        m_size += n;
        return at;
    }
    /** Cuts the written bytes back to `size`. */
    void truncate(qsizetype size) { m_size = size; }
    void append(const char *text, qsizetype n)
    {
        if (n > 0)
            std::memcpy(extend(n), text, size_t(n));
    }
    void append(QByteArrayView bytes) { append(bytes.data(), bytes.size()); }
    ByteBuffer &operator+=(char c)
    {
        *extend(1) = c;
        return *this;
    }
    template<size_t N>
    ByteBuffer &operator+=(const char (&text)[N])
    {
        std::memcpy(extend(qsizetype(N - 1)), text, N - 1);
        return *this;
    }
    /** The written bytes as an array; the buffer is empty afterwards. */
    QByteArray take()
    {
        m_bytes.resize(m_size);
        m_size = 0;
        return std::exchange(m_bytes, QByteArray());
    }

private:
    void grow(qsizetype n)
    {
        m_bytes.resize(std::max({m_size + n, 2 * m_bytes.size(), qsizetype(4096)}));
    }

    QByteArray m_bytes; ///< its size is the room; the first m_size bytes are written
    qsizetype m_size = 0;
};

/**
 * Appends a top-level `variable "<name>"` block with description, type and default and, when
 * `validation` is not empty, a blank line and a `validation` block with condition and
 * error_message: the bytes a Body holding it renders (blockOf(), stringOf(), attributeOf(),
 * attribute()), written straight out for the thousands of per-group variables of an export
 * instead of eight tree items each. Strings are quoted and escaped as stringOf() does.
 */
/// Returns the default value's bytes as written (valid until the next append to `out`).
QByteArrayView appendVariableBlock(ByteBuffer &out, Pieces name, Pieces description, Pieces type,
                                   Pieces defaultValue, Pieces validation, Pieces errorMessage);

/**
 * The body of an HCL file or block, rendered exactly as `terraform fmt` would lay it out:
 * two-space indentation, and `=` aligned within each run of consecutive single-line
 * attributes (a blank line, a comment, a nested block or a multi-line value ends the run),
 * one space after the longest name.
 *
 * Values are raw HCL expressions; use quoted() for strings. Items render in insertion order.
 *
 * A body and the blocks nested in it share one tree: the items' text is kept as UTF-8 in large
 * chunks and the items are small records in chunked arrays, so a 50,000-component export holds
 * a few hundred allocations instead of several strings per line. A nested body returned by
 * block() or object() stays valid (and may be filled later) as long as its top-level body
 * lives; only a top-level body may be moved.
 */
class Body
{
public:
    Body();
    ~Body();
    Body(Body &&) noexcept;
    Body &operator=(Body &&) noexcept;

    Body &attribute(Name name, const QString &expression);
    /** attribute() with the expression given in pieces, written into the tree one by one. */
    Body &attributeOf(Name name, Pieces expression);
    /** `name = "value"`, the value quoted as quoted() does. */
    Body &string(Name name, const QString &value);
    /** string() with the value given in pieces (quoted and escaped as the whole text is). */
    Body &stringOf(Name name, Pieces value);
    Body &number(Name name, qint64 value);
    Body &boolean(Name name, bool value);
    /** `name = [a, b]` on one line. */
    Body &list(Name name, const QStringList &expressions);
    /**
     * `name = <prefix>{` ... `}<suffix>`: an object value (optionally wrapped, e.g. prefix
     * "merge(var.tags, " and suffix ")") whose entries are the returned body's attributes.
     */
    Body &object(Name name, const QString &prefix = {}, const QString &suffix = {});
    /** `type "label" ... {` ... `}`; returns the nested body to fill. */
    Body &block(Name type, std::initializer_list<QStringView> labels = {});
    /** block() with one label, given in pieces. */
    Body &blockOf(Name type, Pieces label);
    Body &comment(const QString &text);
    /** comment() of a literal, written without a QString made for it. */
    template<size_t N>
    Body &comment(const char (&text)[N])
    {
        return commentLiteral(text, qsizetype(N - 1));
    }
    Body &blankLine();

    bool isEmpty() const { return m_first == NoItem; }
    void render(QByteArray &out, int indent = 0) const;
    /**
     * render() through `buffer` for an output written as it goes: when the next line does not
     * fit in the buffer's capacity, what the buffer holds is handed to `flush` and the buffer
     * starts over (a line longer than the capacity grows it). On return the buffer holds the
     * rest, not yet flushed. The bytes flushed and left are those render() appends.
     */
    void render(QByteArray &buffer, const std::function<void(QByteArrayView)> &flush) const;
    /** The number of bytes render() appends at `indent`, to reserve once. */
    qsizetype sizeHint(int indent = 0) const;
    /**
     * About the bytes render() appends for the whole tree this body is part of, without walking
     * it (sizeHint() is exact but walks the tree): a capacity to reserve.
     */
    qsizetype reserveHint() const;
    QByteArray toBytes() const;
    /**
     * Calls `visit` with the first label (its raw bytes up to the first `"`) of each of this
     * body's own blocks of `type` that have a label, in order: the type names of the
     * `resource "..."` lines a render starts, without searching the rendered text.
     */
    void forEachBlockLabel(QByteArrayView type,
                           const std::function<void(QByteArrayView label)> &visit) const;

private:
    struct Tree;
    struct Item;
    class Cursor;
    static constexpr quint32 NoItem = 0xffffffffu;

    explicit Body(Tree *tree);
    Tree &tree() { return m_tree ? *m_tree : makeTree(); }
    Tree &makeTree();
    /** Appends an item whose text (name, then value) the tree's text has just been given. */
    Item &add(int kind);
    /** Starts an attribute's text with its name; returns the name's size in bytes. */
    quint32 startAttribute(Name name);
    /** Adds the attribute whose name and value text were just written. */
    Body &endAttribute(quint32 nameBytes, Name name);
    void render(Cursor &out, int indent) const;
    Body &commentLiteral(const char *text, qsizetype size);

    std::unique_ptr<Tree> m_owned; ///< the tree of a top-level body (made at its first item)
    Tree *m_tree = nullptr;
    quint32 m_first = NoItem; ///< index of the first item in the tree, NoItem while empty
    quint32 m_last = NoItem;
    Item *m_lastItem = nullptr; ///< the item m_last indexes (items never move)
    /// The first attribute of the run of single-line attributes m_last ends (null when m_last
    /// is no attribute): it keeps the run's widest name, so render() aligns in one pass.
    Item *m_runFirst = nullptr;
};

} // namespace ecsplan::hcl
