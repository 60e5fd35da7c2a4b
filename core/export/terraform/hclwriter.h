#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace ecsplan::hcl {

/**
 * A quoted HCL string literal for arbitrary text: backslashes, quotes and control characters
 * are escaped, and the template introducers `${` and `%{` are doubled, so no text can ever
 * end the string or start an interpolation. Non-ASCII text is kept as UTF-8.
 */
QString quoted(const QString &text);
/** The escaped inside of a quoted string (no surrounding quotes), for building templates. */
QString escapedLiteral(const QString &text);
/** Text for a `#` comment line: control characters (newlines included) become spaces. */
QString commentText(const QString &text);

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

    Body &attribute(const QString &name, const QString &expression);
    /** `name = "value"`, the value quoted as quoted() does. */
    Body &string(const QString &name, const QString &value);
    Body &number(const QString &name, qint64 value);
    Body &boolean(const QString &name, bool value);
    /** `name = [a, b]` on one line. */
    Body &list(const QString &name, const QStringList &expressions);
    /**
     * `name = <prefix>{` ... `}<suffix>`: an object value (optionally wrapped, e.g. prefix
     * "merge(var.tags, " and suffix ")") whose entries are the returned body's attributes.
     */
    Body &object(const QString &name, const QString &prefix = {}, const QString &suffix = {});
    /** `type "label" ... {` ... `}`; returns the nested body to fill. */
    Body &block(const QString &type, const QStringList &labels = {});
    Body &comment(const QString &text);
    Body &blankLine();

    bool isEmpty() const { return m_first == NoItem; }
    void render(QByteArray &out, int indent = 0) const;
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
    quint32 startAttribute(const QString &name);
    /** Adds the attribute whose name and value text were just written. */
    Body &endAttribute(quint32 nameBytes, const QString &name);
    void render(Cursor &out, int indent) const;

    std::unique_ptr<Tree> m_owned; ///< the tree of a top-level body (made at its first item)
    Tree *m_tree = nullptr;
    quint32 m_first = NoItem; ///< index of the first item in the tree, NoItem while empty
    quint32 m_last = NoItem;
};

} // namespace ecsplan::hcl
