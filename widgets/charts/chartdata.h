#pragma once

#include "latencywaterfall.h"
#include "stackedcostchart.h"
#include "storagechart.h"

namespace ecsplan {

class CatalogInputs;
class Model;

/**
 * The bridge from the metrics engine's results to what the charts plot. Pure functions over
 * the model and the result structs, so tests can check that the plotted values are exactly
 * the engine's figures.
 */
namespace ChartData {

/** One group per zone (or region) that has a cost, ordered by region, then name. */
QList<StackedCostChart::Group> zoneGroups(const Model &model, const Totals &totals);
QList<StackedCostChart::Group> regionGroups(const Model &model, const Totals &totals);

/** Formulas of the ESSD levels PL0–PL3 and their per-GiB-month prices in `region`. */
struct StorageInputs
{
    QList<DiskFormula> formulas;
    QList<std::optional<double>> pricePerGiBMonth;
};
StorageInputs storageInputs(const CatalogInputs &inputs, const QString &regionCode,
                            BillingModel billing, const QString &currency, double cnyPerUsd);

/** The chart's marker for disk `id`, or empty when `id` is not a disk. */
std::optional<StorageChart::SelectedDisk> selectedDisk(const Model &model, EntityId id,
                                                       const std::optional<DiskMetrics> &metrics,
                                                       const QList<DiskFormula> &formulas);

/**
 * The request path to show for a selection: the first path that has a selected entity among
 * its hops or links; without one, the path with the highest worst-case latency. -1: none.
 */
int pathFor(const QList<PathMetrics> &paths, const EntityIds &selection);

/** "name" of an entity for labels, or "#id" when it has none. */
QString nameOf(const Model &model, EntityId id);

} // namespace ChartData
} // namespace ecsplan
