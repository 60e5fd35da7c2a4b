#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

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
 */
class Body
{
public:
    Body();
    ~Body();
    Body(Body &&) noexcept;
    Body &operator=(Body &&) noexcept;

    Body &attribute(const QString &name, const QString &expression);
    Body &attribute(const QString &name, QString &&expression);
    Body &string(const QString &name, const QString &value)
    {
        return attribute(name, quoted(value));
    }
    Body &number(const QString &name, qint64 value)
    {
        return attribute(name, QString::number(value));
    }
    Body &boolean(const QString &name, bool value)
    {
        return attribute(name, value ? QStringLiteral("true") : QStringLiteral("false"));
    }
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

    bool isEmpty() const { return m_items.empty(); }
    void render(QByteArray &out, int indent = 0) const;
    /** About the number of bytes render() appends (ASCII estimate), to reserve once. */
    qsizetype sizeHint(int indent = 0) const;
    QByteArray toBytes() const;

private:
    struct Item;
    class Cursor;
    void render(Cursor &out, int indent) const;
    std::vector<Item> m_items;
};

} // namespace ecsplan::hcl
