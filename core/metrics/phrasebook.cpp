#include "phrasebook.h"

#include "ecsplan_global.h"
#include "formatting.h"

#include <algorithm>

namespace ecsplan::metrics {

Number::Number(double value, int maxDecimals)
{
    m_size = numberInto(value, maxDecimals, m_text);
    if (m_size < 0)
        m_fallback = number(value, maxDecimals);
}

namespace {

/** `pattern`.arg(args…) with the overload the count selects (1 to 9 arguments). */
QString arg(const QString &pattern, const QStringView *a, qsizetype n)
{
    switch (n) {
    case 1:
        return pattern.arg(a[0]);
    case 2:
        return pattern.arg(a[0], a[1]);
    case 3:
        return pattern.arg(a[0], a[1], a[2]);
    case 4:
        return pattern.arg(a[0], a[1], a[2], a[3]);
    case 5:
        return pattern.arg(a[0], a[1], a[2], a[3], a[4]);
    case 6:
        return pattern.arg(a[0], a[1], a[2], a[3], a[4], a[5]);
    case 7:
        return pattern.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
    case 8:
        return pattern.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    case 9:
        return pattern.arg(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
    default:
        Q_ASSERT(false);
        return pattern;
    }
}

/** Placeholder characters standing for the arguments: from the Private Use Area. */
constexpr char16_t FirstMarker = 0xE000;
constexpr qsizetype MaxArguments = 9;

} // namespace

QString Phrasebook::text(const char *source)
{
    return phrase(source, 0).translation;
}

const Phrasebook::Phrase &Phrasebook::phrase(const char *source, qsizetype arguments)
{
    const std::pair<const char *, qsizetype> key(source, arguments);
    if (auto it = m_phrases.constFind(key); it != m_phrases.cend())
        return *it;
    Phrase p;
    p.translation = Tr::tr(source);
    if (arguments > 0) {
        p.exact = std::none_of(p.translation.cbegin(), p.translation.cend(), [](QChar c) {
            return c.unicode() >= FirstMarker && c.unicode() < FirstMarker + MaxArguments;
        });
        if (p.exact) {
            // arg() itself says where each argument goes: it never reads what it put in.
            char16_t markers[MaxArguments];
            QStringView views[MaxArguments];
            for (qsizetype i = 0; i < arguments; ++i) {
                markers[i] = char16_t(FirstMarker + i);
                views[i] = QStringView(&markers[i], 1);
            }
            const QString filled = arg(p.translation, views, arguments);
            qsizetype start = 0;
            for (qsizetype i = 0; i <= filled.size(); ++i) {
                const char16_t c = i < filled.size() ? filled.at(i).unicode() : 0;
                const bool marker
                        = i < filled.size() && c >= FirstMarker && c < FirstMarker + arguments;
                if (!marker && i < filled.size())
                    continue;
                if (i > start) {
                    p.pieces.emplace_back(p.literals.size(), i - start);
                    p.literals += QStringView(filled).mid(start, i - start);
                }
                if (marker)
                    p.pieces.emplace_back(-1 - qsizetype(c - FirstMarker), 0);
                start = i + 1;
            }
        }
    }
    return *m_phrases.insert(key, std::move(p));
}

QString Phrasebook::fill(const char *source, std::initializer_list<QStringView> args)
{
    Q_ASSERT(args.size() >= 1 && qsizetype(args.size()) <= MaxArguments);
    const Phrase &p = phrase(source, qsizetype(args.size()));
    const QStringView *a = args.begin();
    if (!p.exact)
        return arg(p.translation, a, qsizetype(args.size()));
    qsizetype size = 0;
    for (const auto &[offset, length] : p.pieces)
        size += offset >= 0 ? length : a[-1 - offset].size();
    QString text(size, Qt::Uninitialized);
    QChar *out = text.data();
    const QChar *literals = p.literals.constData();
    for (const auto &[offset, length] : p.pieces) {
        if (offset >= 0) {
            out = std::copy(literals + offset, literals + offset + length, out);
        } else {
            const QStringView v = a[-1 - offset];
            out = std::copy(v.begin(), v.end(), out);
        }
    }
    return text;
}

} // namespace ecsplan::metrics
