#pragma once

#include "ids.h"

#include <QList>
#include <QString>

namespace ecsplan {

/** A rule finding the architect decided to accept, with the reason (stored in the file). */
struct MutedRule
{
    QString ruleId; ///< e.g. "ECS007"
    EntityId entity = EntityId::None; ///< None: muted for the whole design
    QString reason;

    friend bool operator==(const MutedRule &, const MutedRule &) = default;
};

/** DesignSettings::spotDiscount of a new design, and of a file written before the setting. */
inline constexpr double DefaultSpotDiscount = 0.7;

/**
 * DesignSettings::peakToAverage of a new design and of a file written before the setting:
 * links carry average traffic (GB/month and requests per second); the busiest hour of a
 * day-shaped (diurnal) load runs at about twice the daily average. A planning figure, not a
 * published one (docs/demand.md).
 */
inline constexpr double DefaultPeakToAverage = 2.0;
/**
 * DesignSettings::packetsPerRequest of a new design and of a file written before the setting:
 * the packets (both directions) of one small HTTP request/response exchange on a kept-alive
 * TLS connection — request segment, its ACK, a few response segments, their ACKs and a TLS
 * record or two. A planning estimate (docs/demand.md); larger bodies count their own segments.
 */
inline constexpr double DefaultPacketsPerRequest = 10.0;

/** Design-wide settings saved with the design. */
struct DesignSettings
{
    /** Exchange rates above this are refused as a typo (7.2 is typical). */
    static constexpr double MaxCnyPerUsd = 1000.0;
    /** A positive rate up to MaxCnyPerUsd; false for NaN. */
    static constexpr bool isValidCnyPerUsd(double rate) { return rate > 0 && rate <= MaxCnyPerUsd; }

    QString title = QStringLiteral("Untitled design");
    QString description;
    QString currency = QStringLiteral("CNY"); ///< display currency: CNY or USD
    double cnyPerUsd = 7.2; ///< exchange rate used when price rows differ
    /// Preemptible (spot) instances' discount off pay-as-you-go, 0 ≤ x < 1, for the cost engine
    /// and the billing optimiser alike. Spot prices float between 0 and the catalog's maximum
    /// (90 %, alibaba-facts.md §3.2); 70 % is a planning figure, not a published one.
    double spotDiscount = DefaultSpotDiscount;
    /// Peak hour / average, ≥ 1: demand is sized at average × this (docs/demand.md).
    double peakToAverage = DefaultPeakToAverage;
    /// Packets per request/response exchange (both directions together), 1 ≤ x ≤ 10000; the
    /// floor of the per-request packet count (docs/demand.md).
    double packetsPerRequest = DefaultPacketsPerRequest;
    QString priceSheet; ///< optional path of a user price sheet
    /// Optional path of a catalog overlay (`ecsplan-cli catalog import`, docs/catalog-import.md),
    /// relative to the design's folder; laid on the built-in catalog before the price sheet.
    QString catalogOverlay;
    QList<MutedRule> mutedRules;

    friend bool operator==(const DesignSettings &, const DesignSettings &) = default;
};

} // namespace ecsplan
