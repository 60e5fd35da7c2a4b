#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace ecsplan::terraform {

/**
 * `text` as a Terraform identifier: lowercase ASCII letters, digits and underscores, starting
 * with a letter, at most 48 characters. Runs of other characters become one underscore.
 * Returns an empty string when nothing usable is left (e.g. an all-Chinese name).
 */
QString sanitizeIdentifier(const QString &text);

/**
 * `text` as a cloud resource name: letters (any script), digits, '-', '_' and '.' are kept,
 * anything else becomes '-'; at most 64 characters. Alibaba Cloud rejects quotes, spaces and
 * most punctuation in names, while tags take any text, so the full name goes to a tag.
 */
QString resourceNameSlug(const QString &text);

/// Bytes of a resource name left for the design part after `<name_prefix>-` (name_prefix is
/// validated to at most 20 bytes) and a `-<n>` count suffix, within the 64 bytes the most
/// restrictive names (ESS scaling groups) take.
inline constexpr int NameSlugBudget = 64 - 21 - 4;

/**
 * `slug` cut to at most `maxBytes` UTF-8 bytes, deterministically: a slug that fits is kept;
 * a longer one keeps its head and ends with `-` and 6 hex digits of its SHA-1, so two long
 * slugs that share the head still differ. Never splits a character.
 */
QString fitName(const QString &slug, int maxBytes = NameSlugBudget);

/**
 * Hands out unique identifiers within one namespace (one Terraform resource type, or the
 * provider aliases). Stable: the same requests in the same order give the same answers.
 * A wanted name that is empty gets `fallback`; a taken one gets `_<suffix>` appended.
 */
class IdentifierPool
{
public:
    /// `suffix` is formatted only when the wanted name is taken.
    QString take(const QString &wanted, const QString &fallback, quint32 suffix);
    void reserve(qsizetype size) { m_used.reserve(size); }
    bool contains(const QString &identifier) const { return m_used.contains(identifier); }

private:
    QSet<QString> m_used;
};

/** An IPv4 CIDR block. */
struct Cidr
{
    quint32 base = 0;
    int prefix = 0;

    static std::optional<Cidr> parse(const QString &text);
    QString toString() const;
    quint32 size() const { return prefix == 0 ? 0xffffffffu : (1u << (32 - prefix)); }
    quint32 last() const { return base + (size() - 1); }
    bool contains(const Cidr &other) const
    {
        return prefix <= other.prefix && other.base >= base && other.last() <= last();
    }
    bool overlaps(const Cidr &other) const { return base <= other.last() && other.base <= last(); }
};

} // namespace ecsplan::terraform
