#pragma once

#include "model/enums.h"

#include <nlohmann/json.hpp>

#include <QString>

#include <functional>
#include <optional>
#include <string_view>

namespace ecsplan {

class Catalog;
class MetricsEngine;
class Model;

/** What a report is asked to show. */
struct ReportOptions
{
    /// Re-price every instance group, scaling group and cache in this billing model.
    std::optional<BillingModel> billing;
    /// Display currency (CNY or USD); empty = the design's own setting.
    QString currency;
    /// Every link's requests per second and GB per month × this (what-if: traffic × k).
    double trafficFactor = 1.0;
};

/**
 * Builds the cost and performance report of a design as JSON — the stable, documented
 * interface of `ecsplan-cli report --format json` (docs/report-format.md, schemaVersion 1).
 * The table, CSV and Markdown forms (ReportWriter) and the GUI's PDF report render this same
 * object, so every form shows the same figures.
 *
 * Entities are listed by ascending id; money is rounded to cents, other figures to 2 decimals.
 */
namespace ReportBuilder {

inline constexpr int SchemaVersion = 1;

/** Computes the metrics of `model` from scratch (options applied to a copy) and reports them. */
nlohmann::ordered_json build(const Model &model, const Catalog *catalog,
                             const ReportOptions &options = {});

/**
 * Writes the report of `model` as JSON, exactly as ReportWriter::json(build(model, catalog,
 * options)) prints it, in pieces to `sink`; one item is in memory at a time, never the whole
 * tree (what the CLI's `report --format json` uses on designs of any size).
 */
void writeJson(Model model, const Catalog *catalog, const ReportOptions &options,
               const std::function<void(std::string_view)> &sink);

/** Reports the figures a live engine already holds for `model` (no options: the design as is). */
nlohmann::ordered_json build(const Model &model, const MetricsEngine &engine,
                             const Catalog *catalog);

} // namespace ReportBuilder
} // namespace ecsplan
