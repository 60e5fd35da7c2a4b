#pragma once

#include "report/reportoptions.h"
#include "report/stakeholderreport.h"
#include "rules/finding.h"

#include <QList>
#include <QString>

class QPainter;
class QRectF;

namespace ecsplan {

class Catalog;
class Document;
class MetricsEngine;
class Model;

/** The main window's File → Export → Report / Cost Table work, without dialogs. */
namespace DesignExports {

/** The rules' findings as the report lists them: translated severity, component names, fix title.
 */
QList<ReportFinding> reportFindings(const Findings &findings, const Model &model);

/**
 * Flushes `engine` and writes the stakeholder report to `path`, with `findings` listed and the
 * design drawn as the canvas draws it (with live figures and finding badges, without selection
 * or what-if fading) on its own page, landscape when the design is wider than tall. The one
 * path for File ▸ Export ▸ Report and `ecsplan --export-report`: the diagram is vector (the
 * canvas's pixel-sized fonts scale with the drawing). With `comparison` (File ▸ Compare With…
 * active) the report has "What changes". Returns the translated reason on
 * failure, an empty string on success.
 */
QString writeReport(const Document *document, MetricsEngine *engine, const Catalog *catalog,
                    const Findings &findings, const QString &path, const ReportOptions &options,
                    int *pages = nullptr, const ReportComparison *comparison = nullptr,
                    const StakeholderReport::PageHook &onPage = {});

/** Draws the design as the canvas does into `target` of `painter` (the report's diagram). */
void paintDiagram(const Document *document, MetricsEngine *engine, const Findings &findings,
                  QPainter *painter, const QRectF &target);

/** Flushes `engine` and writes the cost table CSV (display currency); the reason on failure. */
QString writeCostTable(const Document *document, MetricsEngine *engine, const QString &path);

} // namespace DesignExports
} // namespace ecsplan
