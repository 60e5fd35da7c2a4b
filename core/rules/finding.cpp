#include "finding.h"

#include "ecsplan_global.h"

#include <QStringList>

#include <algorithm>

namespace ecsplan {

QString toCode(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Advice:
        return QStringLiteral("advice");
    }
    return {};
}

std::optional<Severity> severityFromCode(const QString &code)
{
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Advice}) {
        if (toCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString displayName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return Tr::tr("Error");
    case Severity::Warning:
        return Tr::tr("Warning");
    case Severity::Advice:
        return Tr::tr("Advice");
    }
    return {};
}

QString sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Advice:
        return QStringLiteral("note");
    }
    return {};
}

QString Finding::key() const
{
    QStringList parts{ruleId};
    for (EntityId id : entities)
        parts << QString::number(toUInt(id));
    return parts.join(QLatin1Char(':'));
}

bool findingSortsBefore(const Finding &a, const Finding &b)
{
    if (a.severity != b.severity)
        return a.severity < b.severity;
    if (a.ruleId != b.ruleId)
        return a.ruleId < b.ruleId;
    return toUInt(a.subject()) < toUInt(b.subject());
}

void sortFindings(Findings &findings)
{
    std::stable_sort(findings.begin(), findings.end(), findingSortsBefore);
}

SeverityByEntity worstSeverities(const Findings &findings)
{
    SeverityByEntity worst;
    for (const Finding &f : findings) {
        for (EntityId id : f.entities) {
            const auto it = worst.constFind(id);
            if (it == worst.cend() || f.severity < *it) // a lower value is more severe
                worst.insert(id, f.severity);
        }
    }
    return worst;
}

} // namespace ecsplan
