#pragma once

#include "model/enums.h"
#include "model/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ecsplan {

class Catalog;
class Model;

/**
 * Billing optimizer: for each compute group, its steady baseline (instance-group count or
 * scaling-group min size, running all month) and its peak (scaling-group max size, running
 * `peakHoursPerMonth`), the cheapest way to pay for each part:
 *  - baseline: the cheapest of pay-as-you-go, 1- or 3-year subscription and a savings plan,
 *    with the catalog's discounts (the savings plan figure is the catalog's example);
 *  - peak above the baseline: pay-as-you-go, or preemptible at the design's spot discount
 *    (DesignSettings::spotDiscount, the cost engine's figure too) when the group can be
 *    interrupted (tagged stateless, or it has a drain handler).
 * Prices are pay-as-you-go list prices of the catalog, in the design's display currency.
 */
class BillingOptimizer
{
public:
    struct Options
    {
        double peakHoursPerMonth = 182.5; ///< 6 h a day
    };

    struct Line
    {
        EntityId entity = EntityId::None;
        QString name, instanceType;
        int baseline = 0, peak = 0;
        BillingModel baselineBilling = BillingModel::PayAsYouGo;
        BillingModel burstBilling = BillingModel::PayAsYouGo;
        double currentMonthly = 0; ///< as drawn: every instance in its billing model
        double optimizedMonthly = 0;
        bool priceMissing = false;
    };

    struct Result
    {
        QList<Line> lines; ///< in id order
        double currentMonthly = 0;
        double optimizedMonthly = 0;
        QString currency;
        QStringList assumptions; ///< translated, with their sources
        double savingMonthly() const { return currentMonthly - optimizedMonthly; }
    };

    static Result run(const Model &model, const Catalog &catalog, const Options &options);
    static Result run(const Model &model, const Catalog &catalog)
    {
        return run(model, catalog, Options{});
    }
    /**
     * Fraction off pay-as-you-go of a billing model (0 for pay-as-you-go): the catalog's
     * discounts, and the design's spot discount for preemptible.
     */
    static double discount(const Model &model, const Catalog &catalog, BillingModel billing);
};

} // namespace ecsplan
