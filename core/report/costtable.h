#pragma once

#include "metrics/metricsresults.h"

#include <QList>
#include <QString>

namespace ecsplan {

class MetricsEngine;
class Model;

/**
 * The per-component cost table behind the report and the CSV export: one row per priced
 * component (compute, disk, cache, load balancer, link) and billing model. Compute groups
 * are re-priced in every model (ComputeMetrics::monthlyByBilling); the other components do
 * not depend on the billing model of compute and repeat their own figure. Amounts in the
 * design's display currency per month; `current` marks the model the component uses.
 */
struct CostTableRow
{
    EntityId id = EntityId::None;
    QString name;
    EntityKind kind = EntityKind::InstanceGroup;
    QString zone; ///< zone name, empty when not in a zone
    QString region; ///< region name
    BillingModel billing = BillingModel::PayAsYouGo;
    bool current = false;
    bool billingDependent = false;
    double monthly = 0;
    bool priceMissing = false;

    friend bool operator==(const CostTableRow &, const CostTableRow &) = default;
};

namespace CostTable {

/** Rows for every component with a cost figure, by id then billing model (declaration order). */
QList<CostTableRow> build(const Model &model, const MetricsEngine &engine);

/** Only the rows in each component's own billing model (the report's per-component table). */
QList<CostTableRow> currentRows(const QList<CostTableRow> &rows);

/**
 * RFC 4180 CSV with a header row: id,name,kind,region,zone,billing_model,current,
 * billing_dependent,monthly_<currency>,price_missing. Codes are the file format's codes;
 * amounts have two decimals and a dot; fields with commas, quotes or line breaks are quoted.
 */
QString toCsv(const QList<CostTableRow> &rows, const QString &currency);

/** Writes toCsv() atomically; false with a translated reason in `error`. */
bool writeCsv(const QList<CostTableRow> &rows, const QString &currency, const QString &path,
              QString *error);

} // namespace CostTable
} // namespace ecsplan
