#include "terraformnames.h"

#include <QCryptographicHash>
#include <QStringList>

#include <algorithm>

namespace ecsplan::terraform {

QString sanitizeIdentifier(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingUnderscore = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool alnum
                = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        if (!alnum) {
            pendingUnderscore = !out.isEmpty();
            continue;
        }
        if (pendingUnderscore)
            out += QLatin1Char('_');
        pendingUnderscore = false;
        out += c.toLower();
    }
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
    QString out;
    out.reserve(text.size());
    bool pendingDash = false;
    for (const QChar c : text) {
        const bool keep = c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                || c == QLatin1Char('.');
        if (!keep) {
            pendingDash = !out.isEmpty();
            continue;
        }
        if (pendingDash)
            out += QLatin1Char('-');
        pendingDash = false;
        out += c;
    }
    if (out.size() > 64)
        out.truncate(64);
    return out;
}

QString fitName(const QString &slug, int maxBytes)
{
    if (slug.toUtf8().size() <= maxBytes)
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

QString IdentifierPool::take(const QString &wanted, const QString &fallback, const QString &suffix)
{
    QString id = wanted.isEmpty() ? fallback : wanted;
    if (m_used.contains(id)) {
        const QString base = id + QLatin1Char('_') + suffix;
        id = base;
        for (int n = 2; m_used.contains(id); ++n)
            id = base + QLatin1Char('_') + QString::number(n);
    }
    m_used.insert(id);
    return id;
}

std::optional<Cidr> Cidr::parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return std::nullopt;
    bool ok = false;
    const int prefix = parts[1].toInt(&ok);
    if (!ok || prefix < 0 || prefix > 32)
        return std::nullopt;
    const QStringList octets = parts[0].split(QLatin1Char('.'));
    if (octets.size() != 4)
        return std::nullopt;
    quint32 base = 0;
    for (const QString &o : octets) {
        const int v = o.toInt(&ok);
        if (!ok || v < 0 || v > 255)
            return std::nullopt;
        base = (base << 8) | quint32(v);
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
    return QStringLiteral("%1.%2.%3.%4/%5")
            .arg(base >> 24)
            .arg((base >> 16) & 0xff)
            .arg((base >> 8) & 0xff)
            .arg(base & 0xff)
            .arg(prefix);
}

} // namespace ecsplan::terraform
