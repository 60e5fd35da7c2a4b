#pragma once

#include "metricsresults.h"
#include "model/designsettings.h"

#include <optional>

namespace ecsplan {

/** Hours in a billing month: Alibaba Cloud and this planner price a month as 730 hours. */
inline constexpr double HoursPerMonth = 730.0;

/**
 * The design's pricing settings the formulas need: the display currency and exchange rate
 * (catalog amounts are converted with them) and the planning spot discount.
 */
struct CurrencyContext
{
    QString display = QStringLiteral("CNY"); ///< CNY or USD
    double cnyPerUsd = 7.2; ///< the design's exchange rate
    double spotDiscount = DefaultSpotDiscount; ///< DesignSettings::spotDiscount

    /** The context of a design: every engine, rule and chart builds it here. */
    static CurrencyContext of(const DesignSettings &settings);

    /** `amount` in `currency` (CNY or USD) expressed in the display currency. */
    double convert(double amount, const QString &currency) const;
    /** " × 7.2 CNY/USD" style note, empty when no conversion happens. */
    QString conversionText(const QString &currency) const;
};

/** One catalog price as the formulas need it. */
struct UnitPrice
{
    double amount = 0;
    QString currency = QStringLiteral("CNY");
    bool perHour = true; ///< false: per month
    bool perGiB = false; ///< true: per GiB (disks)
    Citation citation;

    /** Monthly amount in its own currency for `gib` GiB (ignored unless perGiB). */
    double monthly(double gib = 1) const;
};

/**
 * Discounts relative to pay-as-you-go, as fractions (0.15 = 15 % off), with their sources.
 * `preemptible` is the catalog's maximum spot discount: the top of the range the design's
 * CurrencyContext::spotDiscount is quoted against, not the discount applied.
 */
struct BillingDiscounts
{
    std::optional<double> subscription1Year, subscription3Year, preemptible, savingsPlan;
    Citation subscriptionWhy, subscription3YearWhy, preemptibleWhy, savingsPlanWhy;
};

/** What is known about an instance type's (or cache class's) price in one region. */
struct ComputePrice
{
    std::optional<UnitPrice> payAsYouGo; ///< per hour
    std::optional<UnitPrice> subscription; ///< per month, 1-year term, when published
    BillingDiscounts discounts;
    QString label; ///< "ecs.g8i.large in cn-hangzhou"
};

/**
 * Monthly cost of `units` instances in `billing`:
 * pay-as-you-go hourly × 730; subscription 1 year the published monthly price, else
 * pay-as-you-go × 730 × (1 − 1-year discount); subscription 3 years and savings plan
 * pay-as-you-go × 730 × (1 − their discount); preemptible pay-as-you-go × 730 × (1 − the
 * design's spot discount, `currency.spotDiscount`). Without the prices it needs the figure is
 * `priceMissing` with monthly 0, never a silent zero. `explain` false leaves `why` empty (the
 * engine's fast path; the figures are identical).
 */
CostFigure instanceMonthlyCost(const ComputePrice &price, BillingModel billing, double units,
                               const CurrencyContext &currency, bool explain = true);

/** Disk prices of one category and level in one region (per GiB). */
struct DiskPrice
{
    std::optional<UnitPrice> payAsYouGo;
    std::optional<UnitPrice> subscription;
    QString label; ///< "cloud_essd PL1 in cn-hangzhou"
};

/**
 * Monthly cost of `copies` disks of `gib` GiB. Subscription billing (1 or 3 years) uses the
 * subscription row when there is one; everything else the pay-as-you-go row.
 */
CostFigure diskMonthlyCost(const DiskPrice &price, BillingModel billing, double gib, double copies,
                           const CurrencyContext &currency, bool explain = true);

/** A fixed hourly price of a service (a load balancer instance fee), × 730. */
CostFigure serviceMonthlyCost(const std::optional<UnitPrice> &price, const QString &label,
                              const CurrencyContext &currency, bool explain = true);

/** The key used in Totals::missingPrices: "ecs.xyz.large in ap-southeast-7 (pay-as-you-go)". */
QString missingPriceKey(const QString &label, BillingModel billing);

/** Fixed-point money for exact incremental totals: millionths of the display currency. */
qint64 toMicro(double amount);
double fromMicro(qint64 micro);

} // namespace ecsplan
