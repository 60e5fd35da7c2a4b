#pragma once

#include "metricsresults.h"

namespace ecsplan {

class Catalog;
class Model;

/**
 * A figure the planner assumes rather than reads from a published price for this design: a
 * borrowed discount, a derived price, a fallback region, a conversion. Every output that shows
 * money lists these (the JSON report's `assumptions`, the PDF report, `report --explain`).
 */
struct Assumption
{
    QString id; ///< stable code: "exchangeRate", "subscription3Year", ...
    QString what; ///< translated: "3-year subscription discount"
    QString value; ///< "50 %", "1 USD = 7.2 CNY"
    QString why; ///< translated: what it is borrowed or derived from
    Citation source; ///< with kind "assumption" / "estimate" where nothing official backs it
};

/** The assumptions behind `model`'s figures with `catalog`, in a stable order. */
QList<Assumption> designAssumptions(const Model &model, const Catalog *catalog);

} // namespace ecsplan
