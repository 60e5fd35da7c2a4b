#pragma once

#include <nlohmann/json.hpp>

#include <QString>
#include <QStringList>

#include <optional>

namespace ecsplan {

/**
 * Renders a report built by ReportBuilder. All forms list the same costed items:
 * instance and scaling groups, disks, caches, load balancers and links, grouped by region
 * and zone (links under the zone their traffic leaves from; items outside any zone last).
 */
namespace ReportWriter {

enum class Format { Table, Json, Csv, Markdown };
std::optional<Format> formatFromCode(const QString &code); ///< table, json, csv, markdown
QStringList formatCodes();

/** Pretty-printed JSON (2-space indent), newline-terminated. */
QString json(const nlohmann::ordered_json &report);
/**
 * Infracost-style text: aligned columns, zone and region subtotals, an overall total; an
 * incomplete total says how many items have no price. `explain` adds, under each item, its
 * cost formula with this design's values, notes and dated sources, and the assumptions list.
 */
QString table(const nlohmann::ordered_json &report, bool explain = false);
/** RFC 4180 CSV, one row per costed item, then a total row. */
QString csv(const nlohmann::ordered_json &report);
/** GitHub-flavoured Markdown: a table per region with subtotals, totals by category. */
QString markdown(const nlohmann::ordered_json &report);

QString render(const nlohmann::ordered_json &report, Format format, bool explain = false);

} // namespace ReportWriter
} // namespace ecsplan
