#pragma once

#include "finding.h"

#include <QByteArray>
#include <QString>

namespace ecsplan {

class Model;

/**
 * Writes findings for people and tools: plain text, JSON and SARIF 2.1.0.
 *
 * `findings` are the visible ones; `muted` are reported as suppressed (SARIF suppressions
 * with the mute's reason as justification, `"muted": true` in JSON) and never counted
 * against a --fail-on threshold. `artifactUri` is the design file as the caller named it
 * (SARIF physicalLocation); component names go in SARIF logicalLocations.
 */
class FindingsReport
{
public:
    FindingsReport(const Model &model, Findings findings, Findings muted, QString artifactUri);

    QString toText() const;
    QByteArray toJson() const;
    QByteArray toSarif() const;

    /** Visible findings with a severity at or above `threshold` (Error is the highest). */
    int countAtLeast(Severity threshold) const;

private:
    QString componentPath(EntityId id) const;  ///< "cn-hangzhou/cn-hangzhou-h/web"
    QString muteReason(const Finding &finding) const;

    const Model &m_model;
    Findings m_findings, m_muted;
    QString m_artifactUri;
};

} // namespace ecsplan
