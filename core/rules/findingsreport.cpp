#include "findingsreport.h"

#include "ecsplan_global.h"
#include "model/model.h"
#include "rule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

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
    static const QRegularExpression idLine(QStringLiteral("^\\s*\"id\"\\s*:\\s*(\\d+)\\s*,?\\s*$"));
    QHash<EntityId, int> lines;
    const QList<QByteArray> text = designText.split('\n');
    for (int i = 0; i < text.size(); ++i) {
        const QRegularExpressionMatch m = idLine.match(QString::fromUtf8(text[i]));
        if (m.hasMatch() && !lines.contains(entityId(m.captured(1).toUInt())))
            lines.insert(entityId(m.captured(1).toUInt()), i + 1);
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
    QJsonArray list;
    auto add = [&](const Finding &f, bool muted) {
        QJsonArray entities;
        for (EntityId id : f.entities) {
            const Entity *e = m_model.find(id);
            entities.append(QJsonObject{{QStringLiteral("id"), qint64(toUInt(id))},
                                        {QStringLiteral("kind"), e ? toCode(e->kind) : QString()},
                                        {QStringLiteral("name"), e ? e->name : QString()},
                                        {QStringLiteral("path"), componentPath(id)}});
        }
        const Rule *rule = findRule(f.ruleId);
        QJsonObject o{{QStringLiteral("ruleId"), f.ruleId},
                      {QStringLiteral("severity"), toCode(f.severity)},
                      {QStringLiteral("title"), f.title},
                      {QStringLiteral("message"), f.message},
                      {QStringLiteral("entities"), entities},
                      {QStringLiteral("reference"), f.reference},
                      {QStringLiteral("helpUri"), rule ? rule->helpUri() : QString()},
                      {QStringLiteral("fix"), f.hasFix() ? QJsonValue(f.fix.title) : QJsonValue()},
                      {QStringLiteral("muted"), muted}};
        if (muted)
            o.insert(QStringLiteral("muteReason"), muteReason(f));
        list.append(o);
    };
    for (const Finding &f : m_findings)
        add(f, false);
    for (const Finding &f : m_muted)
        add(f, true);
    const int errors = countAtLeast(Severity::Error);
    const int warnings = countAtLeast(Severity::Warning) - errors;
    const QJsonObject root{{QStringLiteral("file"), m_artifactUri},
                           {QStringLiteral("findings"), list},
                           {QStringLiteral("counts"),
                            QJsonObject{{QStringLiteral("error"), errors},
                                        {QStringLiteral("warning"), warnings},
                                        {QStringLiteral("advice"),
                                         countAtLeast(Severity::Advice) - errors - warnings},
                                        {QStringLiteral("muted"), int(m_muted.size())}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
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
