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
#include <array>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

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

namespace {

/**
 * The texts writeJson() repeats, written once: a string's JSON text (quotes included) is the
 * same wherever it stands, so what many findings share (a rule's id, title, reference and
 * help URI, kind codes, the paths of the containers) is escaped once and inserted with raw().
 */
class JsonTexts
{
public:
    explicit JsonTexts(const Model &model)
        : m_model(model)
        , m_scratch(JsonStyle::QtIndented)
    {
    }

    /** `text` as a JSON string, quotes included. */
    std::string_view quoted(const QString &text)
    {
        m_scratch.clear();
        m_scratch.value(text);
        return m_scratch.text();
    }

    struct RuleTexts
    {
        QString id, title, reference; ///< what the texts were made from
        std::string idText, titleText, referenceText, helpUriText, severityText;
        Severity severity;
    };
    /** The texts of `f`'s rule (its id, title, reference, help URI and severity). */
    const RuleTexts &rule(const Finding &f)
    {
        const auto same = [&f](const RuleTexts &r) {
            return r.severity == f.severity && r.id == f.ruleId && r.title == f.title
                    && r.reference == f.reference;
        };
        if (m_lastRule < m_rules.size() && same(m_rules[m_lastRule])) // findings come by rule
            return m_rules[m_lastRule];
        for (size_t i = 0; i < m_rules.size(); ++i) {
            if (same(m_rules[i])) {
                m_lastRule = i;
                return m_rules[i];
            }
        }
        RuleTexts r{f.ruleId, f.title, f.reference, {}, {}, {}, {}, {}, f.severity};
        r.idText = quoted(f.ruleId);
        r.titleText = quoted(f.title);
        r.referenceText = quoted(f.reference);
        const Rule *rule = findRule(f.ruleId);
        r.helpUriText = quoted(rule ? rule->helpUri() : QString());
        r.severityText = quoted(toCode(f.severity));
        m_lastRule = m_rules.size();
        m_rules.push_back(std::move(r));
        return m_rules.back();
    }

    /** toCode(kind) as a JSON string. */
    std::string_view kind(EntityKind kind)
    {
        std::string &text = m_kinds[size_t(kind)];
        if (text.empty())
            text = quoted(toCode(kind));
        return text;
    }

    /**
     * The entity's "name" and "path" (FindingsReport::componentPath) as JSON strings, in
     * `name` and `path`: the path from its parent's, kept for every parent.
     */
    void nameAndPath(const Entity &e, std::string &name, std::string &path)
    {
        const std::string *above = prefix(e.parent); // before quoted(): it reuses m_scratch
        const std::string_view own = quoted(part(e));
        path.clear();
        if (above) {
            path.append(*above).append(1, '/').append(own.substr(1));
        } else {
            path.append(own);
        }
        if (part(e).constData() == e.name.constData())
            name.assign(own);
        else
            name.assign(quoted(e.name));
    }

private:
    /** What an entity adds to a path: a container's code, else its name. */
    static const QString &part(const Entity &e)
    {
        return e.isContainer() && !e.code.isEmpty() ? e.code : e.name;
    }
    /** The path of `id` as an unfinished JSON string (opening quote, no closing one); null
     *  when there is no such entity. */
    const std::string *prefix(EntityId id)
    {
        if (const auto it = m_prefixes.find(id); it != m_prefixes.end())
            return &it->second; // the model does not change while the report is written
        const Entity *e = m_model.find(id);
        if (!e)
            return nullptr;
        const std::string *above = prefix(e->parent);
        std::string text = above ? *above + '/' : std::string(1, '"');
        const std::string_view own = quoted(part(*e));
        text.append(own.substr(1, own.size() - 2));
        return &m_prefixes.emplace(id, std::move(text)).first->second;
    }

    const Model &m_model;
    JsonText m_scratch;
    std::vector<RuleTexts> m_rules;
    size_t m_lastRule = 0;
    std::array<std::string, EntityKindCount> m_kinds;
    std::unordered_map<EntityId, std::string> m_prefixes;
};

} // namespace

void FindingsReport::writeJson(const std::function<void(std::string_view)> &sink) const
{
    // The bytes QJsonDocument(...).toJson(QJsonDocument::Indented) wrote for these objects
    // (keys sorted), written as they are made: at 50,000 components the document and its
    // copies cost seconds and hundreds of MiB.
    constexpr size_t Piece = 1u << 16;
    JsonText o(JsonStyle::QtIndented);
    o.reserve(Piece + 4096);
    JsonTexts texts(m_model);
    std::string name, path;
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
            if (e) {
                texts.nameAndPath(*e, name, path);
                o.key("kind");
                o.raw(texts.kind(e->kind));
                o.key("name");
                o.raw(name);
                o.key("path");
                o.raw(path);
            } else {
                o.field("kind", QString());
                o.field("name", QString());
                o.field("path", QString());
            }
            o.endObject();
        }
        o.endArray();
        const JsonTexts::RuleTexts &rule = texts.rule(f);
        o.key("fix");
        if (f.hasFix())
            o.value(f.fix.title);
        else
            o.value(nullptr);
        o.key("helpUri");
        o.raw(rule.helpUriText);
        o.field("message", f.message);
        if (muted)
            o.field("muteReason", muteReason(f));
        o.field("muted", muted);
        o.key("reference");
        o.raw(rule.referenceText);
        o.key("ruleId");
        o.raw(rule.idText);
        o.key("severity");
        o.raw(rule.severityText);
        o.key("title");
        o.raw(rule.titleText);
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
