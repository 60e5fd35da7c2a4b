#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <utility>
#include <vector>

namespace ecsplan::metrics {

/**
 * metrics::number(value, maxDecimals) on the stack: the same text, viewed without a QString
 * (explanations format several numbers per line, for every component a report lists).
 */
class Number
{
public:
    explicit Number(double value, int maxDecimals = 2);
    QStringView view() const { return m_size >= 0 ? QStringView(m_text, m_size) : m_fallback; }
    operator QStringView() const { return view(); }

private:
    char16_t m_text[48];
    qsizetype m_size = -1; ///< -1: the text is m_fallback
    QString m_fallback; ///< number()'s text where it formats with QLocale
};

/**
 * Translated texts with their %1 … %n filled in: Tr::tr(source).arg(a1, …, an), exactly, with
 * the translation looked up once per source and the places where QString::arg() puts each
 * argument found once (by asking arg() itself, with placeholder characters), so a fill is one
 * allocation and copies. For explanation texts, which repeat per item with other figures.
 *
 * Holds translations: keep one per batch of texts (a calculator's lifetime), not across a
 * change of the installed translators. `source` is a string literal marked for lupdate with
 * QT_TRANSLATE_NOOP("ecsplan", …); it is remembered by its address.
 */
class Phrasebook
{
public:
    /** Tr::tr(source). */
    QString text(const char *source);
    /**
     * Tr::tr(source).arg(args…) as QString::arg() fills it: one argument with arg(a) (the
     * lowest marker), several with the multi-argument arg(a1, …, an). At most 9 arguments.
     */
    QString fill(const char *source, std::initializer_list<QStringView> args);

private:
    struct Phrase
    {
        QString translation;
        /// Literal runs of `translation`'s filled form and the arguments between them: a piece
        /// is (offset, length) into `literals`, or (-1 - argument index, 0).
        QString literals;
        std::vector<std::pair<qsizetype, qsizetype>> pieces;
        bool exact = true; ///< false: the text holds a placeholder character; arg() each time
    };
    const Phrase &phrase(const char *source, qsizetype arguments);

    QHash<std::pair<const char *, qsizetype>, Phrase> m_phrases;
};

} // namespace ecsplan::metrics
