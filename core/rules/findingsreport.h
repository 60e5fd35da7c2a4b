#pragma once

#include "finding.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>
#include <string_view>

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
    /**
     * The bytes of toJson(), handed to `sink` in pieces of about 64 KiB as they are written:
     * the check of a large design does not hold its whole JSON text (10 MiB at 10,000
     * components) on top of the findings.
     */
    void writeJson(const std::function<void(std::string_view)> &sink) const;
    QByteArray toSarif() const;

    /**
     * Line (1-based) of each entity in the design file, for SARIF regions so that review
     * tools can annotate the file; see entityLines().
     */
    void setEntityLines(const QHash<EntityId, int> &lines) { m_lines = lines; }
    /** Where each entity's `"id": N` stands in an .ecsplan text (pretty-printed, one key a line).
     */
    static QHash<EntityId, int> entityLines(const QByteArray &designText);

    /** Visible findings with a severity at or above `threshold` (Error is the highest). */
    int countAtLeast(Severity threshold) const;

private:
    QString componentPath(EntityId id) const; ///< "cn-hangzhou/cn-hangzhou-h/web"
    QString muteReason(const Finding &finding) const;

    const Model &m_model;
    Findings m_findings, m_muted;
    QString m_artifactUri;
    QHash<EntityId, int> m_lines;
};

} // namespace ecsplan
