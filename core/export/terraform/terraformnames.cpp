#include "terraformnames.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>

namespace ecsplan::terraform {

QString sanitizeIdentifier(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Written through a pointer into room made once: the identifier is never longer than the
    // text (an underscore stands for a character left out), no append call per character.
    QString out(text.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *end = begin;
    bool pendingUnderscore = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool lower = u >= 'a' && u <= 'z', upper = u >= 'A' && u <= 'Z';
        if (!lower && !upper && !(u >= '0' && u <= '9')) {
            pendingUnderscore = end != begin;
            continue;
        }
        if (pendingUnderscore)
            *end++ = QLatin1Char('_');
        pendingUnderscore = false;
        *end++ = QChar(upper ? char16_t(u + ('a' - 'A')) : u);
    }
    out.truncate(end - begin);
    if (!out.isEmpty() && out.at(0).isDigit())
        out.prepend(QLatin1Char('n'));
    if (out.size() > 48) {
        out.truncate(48);
        while (out.endsWith(QLatin1Char('_')))
            out.chop(1);
    }
    return out;
}

QString resourceNameSlug(const QString &text)
{
    if (text.isEmpty())
        return {};
    // As sanitizeIdentifier(): through a pointer into room for the whole text.
    QString out(text.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *end = begin;
    bool pendingDash = false;
    for (const QChar c : text) {
        const bool keep = c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                || c == QLatin1Char('.');
        if (!keep) {
            pendingDash = end != begin;
            continue;
        }
        if (pendingDash)
            *end++ = QLatin1Char('-');
        pendingDash = false;
        *end++ = c;
    }
    out.truncate(std::min<qsizetype>(end - begin, 64));
    return out;
}

QString fitName(const QString &slug, int maxBytes)
{
    // ASCII (nearly every name): its UTF-8 is as long as it is, no conversion to measure it.
    const bool ascii
            = std::all_of(slug.cbegin(), slug.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if ((ascii ? slug.size() : slug.toUtf8().size()) <= maxBytes)
        return slug;
    const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(slug.toUtf8(), QCryptographicHash::Sha1).toHex().left(6));
    QString head;
    int bytes = 0;
    const int room = std::max(0, maxBytes - 7);
    for (qsizetype i = 0; i < slug.size(); ++i) {
        const qsizetype n = slug.at(i).isHighSurrogate() && i + 1 < slug.size() ? 2 : 1;
        const int b = int(slug.mid(i, n).toUtf8().size());
        if (bytes + b > room)
            break;
        head += slug.mid(i, n);
        bytes += b;
        i += n - 1;
    }
    while (head.endsWith(QLatin1Char('-')) || head.endsWith(QLatin1Char('.')))
        head.chop(1);
    return head.isEmpty() ? hash : head + QLatin1Char('-') + hash;
}

QString IdentifierPool::take(const QString &wanted, const QString &fallback, quint32 suffix)
{
    const QString &id = wanted.isEmpty() ? fallback : wanted;
    // Inserted first (one hash lookup, not a contains() and an insert()): a name the pool did
    // not hold grows it, and is the answer.
    const qsizetype held = m_used.size();
    m_used.insert(id);
    if (m_used.size() != held)
        return id;
    const QString base = id + QLatin1Char('_') + QString::number(suffix);
    QString taken = base;
    for (int n = 2; m_used.contains(taken); ++n)
        taken = base + QLatin1Char('_') + QString::number(n);
    m_used.insert(taken);
    return taken;
}

namespace {

/**
 * The common spelling "a.b.c.d/n" (digits only, no spaces or signs), read without the
 * allocations of split() and toInt(); false for anything else, which the general reader takes.
 */
bool parsePlain(QStringView text, quint32 *base, int *prefix)
{
    quint32 octets[5] = {};
    int part = 0, digits = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= '0' && u <= '9') {
            if (++digits > 3)
                return false;
            octets[part] = octets[part] * 10 + (u - '0');
        } else if ((u == '.' && part < 3) || (u == '/' && part == 3)) {
            if (digits == 0)
                return false;
            ++part;
            digits = 0;
        } else {
            return false;
        }
    }
    if (part != 4 || digits == 0)
        return false;
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) {
        if (octets[i] > 255)
            return false;
        value = (value << 8) | octets[i];
    }
    if (octets[4] > 32)
        return false;
    *base = value;
    *prefix = int(octets[4]);
    return true;
}

} // namespace

std::optional<Cidr> Cidr::parse(const QString &text)
{
    quint32 base = 0;
    int prefix = 0;
    if (!parsePlain(text, &base, &prefix)) {
        const QStringList parts = text.trimmed().split(QLatin1Char('/'));
        if (parts.size() != 2)
            return std::nullopt;
        bool ok = false;
        prefix = parts[1].toInt(&ok);
        if (!ok || prefix < 0 || prefix > 32)
            return std::nullopt;
        const QStringList octets = parts[0].split(QLatin1Char('.'));
        if (octets.size() != 4)
            return std::nullopt;
        for (const QString &o : octets) {
            const int v = o.toInt(&ok);
            if (!ok || v < 0 || v > 255)
                return std::nullopt;
            base = (base << 8) | quint32(v);
        }
    }
    Cidr c;
    c.prefix = prefix;
    const quint32 mask = prefix == 0 ? 0u : (0xffffffffu << (32 - prefix));
    c.base = base & mask;
    if (c.base != base)
        return std::nullopt; // host bits set: not a network address
    return c;
}

QString Cidr::toString() const
{
    // "%1.%2.%3.%4/%5" without five arg() passes.
    char text[24];
    char *p = text;
    const auto put = [&p](quint32 v) {
        char digits[10];
        int n = 0;
        do {
            digits[n++] = char('0' + v % 10);
            v /= 10;
        } while (v);
        while (n)
            *p++ = digits[--n];
    };
    put(base >> 24);
    *p++ = '.';
    put((base >> 16) & 0xff);
    *p++ = '.';
    put((base >> 8) & 0xff);
    *p++ = '.';
    put(base & 0xff);
    *p++ = '/';
    put(quint32(prefix));
    return QString::fromLatin1(text, p - text);
}

} // namespace ecsplan::terraform
