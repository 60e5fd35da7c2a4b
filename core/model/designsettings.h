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
    QString priceSheet; ///< optional path of a user price sheet
    QList<MutedRule> mutedRules;

    friend bool operator==(const DesignSettings &, const DesignSettings &) = default;
};

} // namespace ecsplan
