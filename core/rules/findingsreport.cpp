#include "findingsreport.h"

#include "ecsplan_global.h"
#include "model/model.h"
#include "rule.h"
#include "json/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstring>

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

QByteArray FindingsReport::toJson() const
{
    QByteArray out;
    out.reserve(1024 + (m_findings.size() + m_muted.size()) * 1200);
    writeJson([&out](std::string_view text) { out.append(text.data(), qsizetype(text.size())); });
    return out;
}

void FindingsReport::writeJson(const std::function<void(std::string_view)> &sink) const
{
    // The bytes QJsonDocument(...).toJson(QJsonDocument::Indented) wrote for these objects
    // (keys sorted), written as they are made: at 50,000 components the document and its
    // copies cost seconds and hundreds of MiB.
    constexpr size_t Piece = 1u << 16;
    JsonText o(JsonStyle::QtIndented);
    o.reserve(Piece + 4096);
    const int errors = countAtLeast(Severity::Error);
    const int warnings = countAtLeast(Severity::Warning) - errors;
    o.beginObject();
    o.key("counts");
    o.beginObject();
    o.field("advice", countAtLeast(Severity::Advice) - errors - warnings);
    o.field("error", errors);
    o.field("muted", m_muted.size());
    o.field("warning", warnings);
    o.endObject();
    o.field("file", m_artifactUri);
    o.key("findings");
    o.beginArray();
    const auto add = [&](const Finding &f, bool muted) {
        o.beginObject();
        o.key("entities");
        o.beginArray();
        for (const EntityId id : f.entities) {
            const Entity *e = m_model.find(id);
            o.beginObject();
            o.field("id", toUInt(id));
            o.field("kind", e ? toCode(e->kind) : QString());
            o.field("name", e ? e->name : QString());
            o.field("path", componentPath(id));
            o.endObject();
        }
        o.endArray();
        const Rule *rule = findRule(f.ruleId);
        o.key("fix");
        if (f.hasFix())
            o.value(f.fix.title);
        else
            o.value(nullptr);
        o.field("helpUri", rule ? rule->helpUri() : QString());
        o.field("message", f.message);
        if (muted)
            o.field("muteReason", muteReason(f));
        o.field("muted", muted);
        o.field("reference", f.reference);
        o.field("ruleId", f.ruleId);
        o.field("severity", toCode(f.severity));
        o.field("title", f.title);
        o.endObject();
        if (o.text().size() >= Piece) {
            sink(o.text());
            o.clear();
        }
    };
    for (const Finding &f : m_findings)
        add(f, false);
    for (const Finding &f : m_muted)
        add(f, true);
    o.endArray();
    o.endObject();
    sink(o.text());
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
