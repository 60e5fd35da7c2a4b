#pragma once

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <array>

namespace ecsplan {

/**
 * Syntax highlighting for HCL as the Terraform exporter writes it: `#` and `//` line comments
 * and slash-star block comments (which may span lines), strings with `${…}` / `%{…}` interpolation
 * (`$${` is a literal), numbers, true/false/null, block keywords (resource, data, variable,
 * output, provider, terraform, locals, module; other block names such as `system_disk` get
 * the keyword colour without bold) and attribute names (an identifier followed by `=`).
 * Heredocs are not recognised: the exporter never writes them.
 *
 * Colours follow the palette: a dark Base picks the dark scheme (call setPalette() when the
 * palette changes; it rehighlights).
 */
class HclHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum Role {
        Comment,
        String,
        Interpolation,
        Number,
        Constant,
        Keyword,
        BlockName,
        Attribute,
        RoleCount
    };

    explicit HclHighlighter(QTextDocument *document);

    /** The format used for `role` under the current palette. */
    QTextCharFormat format(Role role) const { return m_formats[role]; }
    void setPalette(const QPalette &palette);
    bool isDark() const { return m_dark; }

protected:
    void highlightBlock(const QString &text) override;

private:
    /** Formats a string literal starting at the quote `start`; returns the index after it. */
    qsizetype highlightString(const QString &text, qsizetype start);
    /** Highlights from `from` up to the end of a block comment; returns the index after it
     *  or -1 when the comment continues on the next line. */
    qsizetype highlightBlockComment(const QString &text, qsizetype from);

    std::array<QTextCharFormat, RoleCount> m_formats;
    bool m_dark = false;
};

} // namespace ecsplan
