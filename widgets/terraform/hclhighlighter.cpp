#include "hclhighlighter.h"

#include <QColor>

namespace ecsplan {

namespace {

enum BlockState { Normal = 0, InBlockComment = 1 };

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}
bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
}

bool isTopLevelKeyword(QStringView word)
{
    static const QStringList keywords
            = {QStringLiteral("resource"), QStringLiteral("data"),     QStringLiteral("variable"),
               QStringLiteral("output"),   QStringLiteral("provider"), QStringLiteral("terraform"),
               QStringLiteral("locals"),   QStringLiteral("module"),   QStringLiteral("moved"),
               QStringLiteral("import"),   QStringLiteral("check")};
    return keywords.contains(word);
}

qsizetype skipSpaces(const QString &text, qsizetype i)
{
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    return i;
}

} // namespace

HclHighlighter::HclHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QPalette());
}

void HclHighlighter::setPalette(const QPalette &palette)
{
    m_dark = palette.color(QPalette::Base).lightness() < 128;
    // GitHub's light and dark code colours: readable on white and on #0d1117-like bases.
    struct Scheme
    {
        const char *light;
        const char *dark;
        bool bold;
        bool italic;
    };
    static constexpr std::array<Scheme, RoleCount> schemes = {{
            {"#6e7781", "#8b949e", false, true}, // Comment
            {"#116329", "#7ee787", false, false}, // String
            {"#953800", "#ffa657", false, false}, // Interpolation
            {"#0a7c86", "#56d4dd", false, false}, // Number
            {"#cf222e", "#ff7b72", false, false}, // Constant
            {"#8250df", "#d2a8ff", true, false}, // Keyword
            {"#8250df", "#d2a8ff", false, false}, // BlockName
            {"#0550ae", "#79c0ff", false, false}, // Attribute
    }};
    for (int role = 0; role < RoleCount; ++role) {
        const Scheme &s = schemes[std::size_t(role)];
        QTextCharFormat format;
        format.setForeground(QColor(QLatin1String(m_dark ? s.dark : s.light)));
        if (s.bold)
            format.setFontWeight(QFont::Bold);
        format.setFontItalic(s.italic);
        m_formats[std::size_t(role)] = format;
    }
    rehighlight();
}

qsizetype HclHighlighter::highlightBlockComment(const QString &text, qsizetype from)
{
    const qsizetype end = text.indexOf(QStringLiteral("*/"), from);
    if (end < 0) {
        setFormat(int(from), int(text.size() - from), m_formats[Comment]);
        setCurrentBlockState(InBlockComment);
        return -1;
    }
    setFormat(int(from), int(end + 2 - from), m_formats[Comment]);
    return end + 2;
}

qsizetype HclHighlighter::highlightString(const QString &text, qsizetype start)
{
    qsizetype i = start + 1;
    qsizetype runStart = start;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == QLatin1Char('"')) {
            ++i;
            break;
        }
        const bool templateStart = (c == QLatin1Char('$') || c == QLatin1Char('%'))
                && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{');
        if (templateStart && i > 0 && text.at(i - 1) == c) { // $${ and %%{ are literals
            i += 2;
            continue;
        }
        if (templateStart) {
            setFormat(int(runStart), int(i - runStart), m_formats[String]);
            const qsizetype open = i;
            int depth = 0;
            bool inInnerString = false;
            for (i += 1; i < text.size(); ++i) {
                const QChar d = text.at(i);
                if (inInnerString) {
                    if (d == QLatin1Char('\\'))
                        ++i;
                    else if (d == QLatin1Char('"'))
                        inInnerString = false;
                } else if (d == QLatin1Char('"')) {
                    inInnerString = true;
                } else if (d == QLatin1Char('{')) {
                    ++depth;
                } else if (d == QLatin1Char('}') && --depth == 0) {
                    ++i;
                    break;
                }
            }
            setFormat(int(open), int(i - open), m_formats[Interpolation]);
            runStart = i;
            continue;
        }
        ++i;
    }
    i = qMin(i, text.size());
    setFormat(int(runStart), int(i - runStart), m_formats[String]);
    return i;
}

void HclHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Normal);
    qsizetype i = 0;
    if (previousBlockState() == InBlockComment) {
        i = highlightBlockComment(text, 0);
        if (i < 0)
            return;
    }
    bool firstToken = text.left(i).trimmed().isEmpty();
    while (i < text.size()) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('#') || (c == QLatin1Char('/') && next == QLatin1Char('/'))) {
            setFormat(int(i), int(text.size() - i), m_formats[Comment]);
            return;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            i = highlightBlockComment(text, i);
            if (i < 0)
                return;
            continue;
        }
        const bool wasFirst = firstToken;
        firstToken = false;
        if (c == QLatin1Char('"')) {
            i = highlightString(text, i);
            continue;
        }
        if (c.isDigit()) {
            const qsizetype start = i;
            while (i < text.size()
                   && (text.at(i).isDigit() || text.at(i) == QLatin1Char('.')
                       || text.at(i).toLower() == QLatin1Char('e')))
                ++i;
            setFormat(int(start), int(i - start), m_formats[Number]);
            continue;
        }
        if (isIdentifierStart(c)) {
            const qsizetype start = i;
            while (i < text.size() && isIdentifierChar(text.at(i)))
                ++i;
            const QStringView word = QStringView(text).mid(start, i - start);
            const qsizetype after = skipSpaces(text, i);
            const QChar follow = after < text.size() ? text.at(after) : QChar();
            const QChar follow2 = after + 1 < text.size() ? text.at(after + 1) : QChar();
            if (follow == QLatin1Char('=') && follow2 != QLatin1Char('=')) {
                setFormat(int(start), int(i - start), m_formats[Attribute]);
            } else if (wasFirst && (follow == QLatin1Char('{') || follow == QLatin1Char('"'))) {
                setFormat(int(start), int(i - start),
                          m_formats[isTopLevelKeyword(word) ? Keyword : BlockName]);
            } else if (word == QLatin1String("true") || word == QLatin1String("false")
                       || word == QLatin1String("null")) {
                setFormat(int(start), int(i - start), m_formats[Constant]);
            }
            continue;
        }
        ++i;
    }
}

} // namespace ecsplan
