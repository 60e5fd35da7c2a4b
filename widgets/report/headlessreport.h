#pragma once

#include "reportoptions.h"

#include <QString>

#include <optional>

namespace ecsplan {

/**
 * `ecsplan --export-report DESIGN -o REPORT.pdf`: loads the design, computes its metrics with
 * the built-in catalog (or the design's price sheet when it names one that loads), writes the
 * stakeholder report and returns a process exit code: 0 on success, 1 when the design cannot
 * be loaded or the PDF cannot be written (the reasons go to stderr). Needs a QApplication
 * (the offscreen platform is enough); shows no window. On success prints one line to stdout:
 * `report: FILE pages=N total=CNY 1,234.56`.
 */
int exportReportHeadless(const QString &design, const QString &pdf, const ReportOptions &options);

/** "a4" / "letter" (case-insensitive) → page size; empty when unknown. */
std::optional<QPageSize::PageSizeId> reportPageSizeFromName(const QString &name);

} // namespace ecsplan
