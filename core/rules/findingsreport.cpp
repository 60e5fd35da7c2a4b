#include "findingsreport.h"

#include "ecsplan_global.h"
#include "model/model.h"
#include "rule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string_view>

namespace ecsplan {

FindingsReport::FindingsReport(const Model &model, Findings findings, Findings muted,
                               QString artifactUri)
    : m_model(model)
    , m_findings(std::move(findings))
    , m_muted(std::move(muted))
    , m_artifactUri(std::move(artifactUri))
{
}

int FindingsReport::countAtLeast(Severity threshold) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [threshold](const Finding &f) { return f.severity <= threshold; }));
}

QHash<EntityId, int> FindingsReport::entityLines(const QByteArray &designText)
{
    // Entity ids are the only "id" keys of the format (links say from/to, mutes say entity).
    // A line is `\s*"id"\s*:\s*(\d+)\s*,?\s*` (ASCII white space), scanned byte by byte: a
    // design of 50,000 components has millions of lines.
    const auto space = [](char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    };
    const auto digit = [](char c) {
        return c >= '0' && c <= '9';
    };
    QHash<EntityId, int> lines;
    const char *const text = designText.constData();
    const char *const end = text + designText.size();
    const char *next = text; // start of the next line; null after the last one
    for (int line = 1; next; ++line) {
        const char *q = next;
        const char *eol = static_cast<const char *>(std::memchr(q, '\n', size_t(end - q)));
        next = eol ? eol + 1 : nullptr;
        if (!eol)
            eol = end;
        while (q < eol && space(*q))
            ++q;
        if (eol - q < 4 || std::memcmp(q, "\"id\"", 4) != 0)
            continue;
        q += 4;
        while (q < eol && space(*q))
            ++q;
        if (q == eol || *q++ != ':')
            continue;
        while (q < eol && space(*q))
            ++q;
        const char *number = q;
        while (q < eol && digit(*q))
            ++q;
        if (q == number)
            continue;
        const QByteArray digits(number, qsizetype(q - number));
        while (q < eol && space(*q))
            ++q;
        if (q < eol && *q == ',')
            ++q;
        while (q < eol && space(*q))
            ++q;
        if (q != eol)
            continue;
        const EntityId id = entityId(digits.toUInt()); // out of range: 0, as before
        if (!lines.contains(id))
            lines.insert(id, line);
    }
    return lines;
}

QString FindingsReport::componentPath(EntityId id) const
{
    QStringList parts;
    for (const Entity *e = m_model.find(id); e; e = m_model.find(e->parent))
        parts.prepend(e->isContainer() && !e->code.isEmpty() ? e->code : e->name);
    return parts.join(QLatin1Char('/'));
}

QString FindingsReport::muteReason(const Finding &finding) const
{
    for (const MutedRule &m : m_model.settings().mutedRules) {
        if (m.ruleId == finding.ruleId && (!isValid(m.entity) || m.entity == finding.subject()))
            return m.reason;
    }
    return {};
}

QString FindingsReport::toText() const
{
    QString out;
    QTextStream s(&out);
    for (const Finding &f : m_findings) {
        s << toCode(f.severity).toUpper() << ' ' << f.ruleId << ' ' << f.title << '\n';
        s << "  " << f.message << '\n';
        QStringList names;
        for (EntityId id : f.entities)
            names << componentPath(id);
        s << "  " << Tr::tr("components: %1").arg(names.join(QStringLiteral(", "))) << '\n';
        s << "  " << Tr::tr("see: %1").arg(f.reference) << '\n';
        if (f.hasFix())
            s << "  " << Tr::tr("fix: %1").arg(f.fix.title) << '\n';
    }
    s << Tr::tr("%1 error(s), %2 warning(s), %3 advice, %4 muted")
                    .arg(countAtLeast(Severity::Error))
                    .arg(countAtLeast(Severity::Warning) - countAtLeast(Severity::Error))
                    .arg(countAtLeast(Severity::Advice) - countAtLeast(Severity::Warning))
                    .arg(m_muted.size())
      << '\n';
    return out;
}

namespace {

/**
 * Room for `n` more bytes at the end of `out`, its capacity grown geometrically: where to write
 * them. Writing through the pointer spares QByteArray::append, which goes through insert().
 */
char *grow(QByteArray &out, qsizetype n)
{
    const qsizetype start = out.size();
    if (out.capacity() < start + n)
        out.reserve(std::max(start + n, 2 * out.capacity()));
    out.resize(start + n);
    return out.data() + start;
}

/**
 * `text` as a JSON string (quoted) in the bytes QJsonDocument writes: UTF-8; `"`, `\` and the
 * control characters escaped (\b \f \n \r \t, else \u00xx); a lone surrogate as \uxxxx.
 */
void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    // At most 6 bytes per UTF-16 unit (\u00xx), plus the quotes: written through a pointer
    // into room made once (QByteArray::append(char) per character was a quarter of `check`).
    char *d = grow(out, 6 * text.size() + 2);
    *d++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *d++ = char(u);
                continue;
            }
            *d++ = '\\';
            switch (u) {
            case '"':
                *d++ = '"';
                break;
            case '\\':
                *d++ = '\\';
                break;
            case '\b':
                *d++ = 'b';
                break;
            case '\f':
                *d++ = 'f';
                break;
            case '\n':
                *d++ = 'n';
                break;
            case '\r':
                *d++ = 'r';
                break;
            case '\t':
                *d++ = 't';
                break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hex[u >> 4];
                *d++ = hex[u & 0xf];
            }
        } else if (u < 0x800) {
            *d++ = char(0xc0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *d++ = char(0xf0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3f));
            *d++ = char(0x80 | ((c >> 6) & 0x3f));
            *d++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            *d++ = '\\';
            *d++ = 'u';
            *d++ = hex[(u >> 12) & 0xf];
            *d++ = hex[(u >> 8) & 0xf];
            *d++ = hex[(u >> 4) & 0xf];
            *d++ = hex[u & 0xf];
        } else {
            *d++ = char(0xe0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        }
    }
    *d++ = '"';
    out.truncate(d - out.constData());
}

/** `bytes` at the end of `out`. */
void put(QByteArray &out, std::string_view bytes)
{
    std::memcpy(grow(out, qsizetype(bytes.size())), bytes.data(), bytes.size());
}

/** `n` in decimal at the end of `out`, as QByteArray::number writes it. */
void putNumber(QByteArray &out, qint64 n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    put(out, std::string_view(digits, std::size_t(end - digits)));
}

/** `"key": ` at `depth` levels of QJsonDocument::Indented (4 spaces each). */
void appendKey(QByteArray &out, int depth, const char *key)
{
    const auto keyLength = qsizetype(std::strlen(key));
    char *d = grow(out, 4 * depth + keyLength + 4);
    d = std::fill_n(d, 4 * depth, ' ');
    *d++ = '"';
    d = std::copy_n(key, keyLength, d);
    std::memcpy(d, "\": ", 3);
}

} // namespace

QByteArray FindingsReport::toJson() const
{
    // The bytes QJsonDocument(...).toJson(QJsonDocument::Indented) wrote for these objects
    // (keys sorted, 4 spaces per level, an empty array as "[" newline, indent, "]"), written as
    // they are made: at 50,000 components the document and its copies cost seconds and
    // hundreds of MiB.
    QByteArray out;
    out.reserve(1024 + (m_findings.size() + m_muted.size()) * 1200);
    const auto string = [&out](QStringView text) {
        appendJsonString(out, text);
    };
    const auto next = [&out](bool last) {
        put(out, last ? "\n" : ",\n");
    };
    const int errors = countAtLeast(Severity::Error);
    const int warnings = countAtLeast(Severity::Warning) - errors;
    put(out, "{\n");
    appendKey(out, 1, "counts");
    put(out, "{\n");
    appendKey(out, 2, "advice");
    putNumber(out, countAtLeast(Severity::Advice) - errors - warnings);
    next(false);
    appendKey(out, 2, "error");
    putNumber(out, errors);
    next(false);
    appendKey(out, 2, "muted");
    putNumber(out, m_muted.size());
    next(false);
    appendKey(out, 2, "warning");
    putNumber(out, warnings);
    next(true);
    put(out, "    },\n");
    appendKey(out, 1, "file");
    string(m_artifactUri);
    next(false);
    appendKey(out, 1, "findings");
    put(out, "[\n");
    const qsizetype total = m_findings.size() + m_muted.size();
    qsizetype written = 0;
    const auto add = [&](const Finding &f, bool muted) {
        put(out, "        {\n");
        appendKey(out, 3, "entities");
        put(out, "[\n");
        for (qsizetype i = 0; i < f.entities.size(); ++i) {
            const EntityId id = f.entities.at(i);
            const Entity *e = m_model.find(id);
            put(out, "                {\n");
            appendKey(out, 5, "id");
            putNumber(out, qint64(toUInt(id)));
            next(false);
            appendKey(out, 5, "kind");
            string(e ? toCode(e->kind) : QString());
            next(false);
            appendKey(out, 5, "name");
            string(e ? e->name : QString());
            next(false);
            appendKey(out, 5, "path");
            string(componentPath(id));
            next(true);
            put(out, "                }");
            next(i + 1 == f.entities.size());
        }
        put(out, "            ],\n");
        const Rule *rule = findRule(f.ruleId);
        appendKey(out, 3, "fix");
        if (f.hasFix())
            string(f.fix.title);
        else
            put(out, "null");
        next(false);
        appendKey(out, 3, "helpUri");
        string(rule ? rule->helpUri() : QString());
        next(false);
        appendKey(out, 3, "message");
        string(f.message);
        next(false);
        if (muted) {
            appendKey(out, 3, "muteReason");
            string(muteReason(f));
            next(false);
        }
        appendKey(out, 3, "muted");
        put(out, muted ? "true" : "false");
        next(false);
        appendKey(out, 3, "reference");
        string(f.reference);
        next(false);
        appendKey(out, 3, "ruleId");
        string(f.ruleId);
        next(false);
        appendKey(out, 3, "severity");
        string(toCode(f.severity));
        next(false);
        appendKey(out, 3, "title");
        string(f.title);
        next(true);
        put(out, "        }");
        next(++written == total);
    };
    for (const Finding &f : m_findings)
        add(f, false);
    for (const Finding &f : m_muted)
        add(f, true);
    put(out, "    ]\n}\n");
    return out;
}

QByteArray FindingsReport::toSarif() const
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const Rule *rule : builtinRules()) {
        ruleIndex.insert(rule->id(), int(rules.size()));
        rules.append(QJsonObject{
                {QStringLiteral("id"), rule->id()},
                {QStringLiteral("shortDescription"),
                 QJsonObject{{QStringLiteral("text"), rule->title()}}},
                {QStringLiteral("helpUri"), rule->helpUri()},
                {QStringLiteral("help"),
                 QJsonObject{{QStringLiteral("text"), Tr::tr("See %1.").arg(rule->reference())}}},
                {QStringLiteral("defaultConfiguration"),
                 QJsonObject{{QStringLiteral("level"), sarifLevel(rule->severity())}}},
                {QStringLiteral("properties"),
                 QJsonObject{{QStringLiteral("reference"), rule->reference()}}}});
    }
    QJsonArray results;
    auto add = [&](const Finding &f, bool muted) {
        QJsonArray logical;
        for (EntityId id : f.entities) {
            const Entity *e = m_model.find(id);
            logical.append(QJsonObject{{QStringLiteral("name"), e ? e->name : QString()},
                                       {QStringLiteral("fullyQualifiedName"), componentPath(id)},
                                       {QStringLiteral("kind"), QStringLiteral("resource")}});
        }
        QJsonObject physical{{QStringLiteral("artifactLocation"),
                              QJsonObject{{QStringLiteral("uri"), m_artifactUri},
                                          {QStringLiteral("index"), 0}}}};
        if (const int line = m_lines.value(f.subject()); line > 0)
            physical.insert(QStringLiteral("region"),
                            QJsonObject{{QStringLiteral("startLine"), line}});
        const QJsonObject location{{QStringLiteral("physicalLocation"), physical},
                                   {QStringLiteral("logicalLocations"), logical}};
        QJsonObject result{
                {QStringLiteral("ruleId"), f.ruleId},
                {QStringLiteral("ruleIndex"), ruleIndex.value(f.ruleId, -1)},
                {QStringLiteral("level"), sarifLevel(f.severity)},
                {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), f.message}}},
                {QStringLiteral("locations"), QJsonArray{location}},
                {QStringLiteral("partialFingerprints"),
                 QJsonObject{{QStringLiteral("ecsplanFinding/v1"), f.key()}}}};
        if (muted) {
            result.insert(
                    QStringLiteral("suppressions"),
                    QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("inSource")},
                                           {QStringLiteral("status"), QStringLiteral("accepted")},
                                           {QStringLiteral("justification"), muteReason(f)}}});
        }
        results.append(result);
    };
    for (const Finding &f : m_findings)
        add(f, false);
    for (const Finding &f : m_muted)
        add(f, true);

    const QJsonObject driver{
            {QStringLiteral("name"), QStringLiteral("ecsplan")},
            {QStringLiteral("fullName"), QStringLiteral("ECS Planner design review")},
            {QStringLiteral("version"), QStringLiteral(ECSPLAN_VERSION)},
            {QStringLiteral("semanticVersion"), QStringLiteral(ECSPLAN_VERSION)},
            {QStringLiteral("rules"), rules}};
    const QJsonObject run{
            {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
            {QStringLiteral("artifacts"),
             QJsonArray{QJsonObject{{QStringLiteral("location"),
                                     QJsonObject{{QStringLiteral("uri"), m_artifactUri}}}}}},
            {QStringLiteral("columnKind"), QStringLiteral("unicodeCodePoints")},
            {QStringLiteral("results"), results}};
    const QJsonObject root{{QStringLiteral("$schema"),
                            QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
                           {QStringLiteral("version"), QStringLiteral("2.1.0")},
                           {QStringLiteral("runs"), QJsonArray{run}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ecsplan
