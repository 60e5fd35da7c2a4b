#pragma once

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
    int resolution = 300; ///< PDF device resolution (dpi)
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
