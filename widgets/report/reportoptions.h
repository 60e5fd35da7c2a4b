#pragma once

#include "diff/designdiff.h"

#include <QDate>
#include <QPageSize>
#include <QString>

namespace ecsplan {

/** How the stakeholder report is laid out. */
struct ReportOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4; ///< A4 or Letter
    QDate date = QDate::currentDate(); ///< printed on the title page
    QString title; ///< empty: the design's title
    bool includeCanvas = true;
    /// "What changes" (an option A vs B decision), when a comparison is supplied
    /// (StakeholderReport::setComparison): off leaves it out.
    bool includeComparison = true;
    int resolution = 300; ///< PDF device resolution (dpi)
};

/**
 * File ▸ Compare With… in the report: the design compared with another version of it, that
 * version being option A ("before") and the reported design option B ("after").
 */
struct ReportComparison
{
    DesignDiff::Result result;
    QString beforeLabel; ///< the "before" file's name
};

/** A design-review finding as the report lists it (filled from the rules engine, when there is
 * one). */
struct ReportFinding
{
    QString severity; ///< translated: "Error", "Warning", "Info"
    QString ruleId; ///< "ECS007"
    QString title;
    QString location; ///< component names
    QString fix;

    friend bool operator==(const ReportFinding &, const ReportFinding &) = default;
};

} // namespace ecsplan
