#pragma once

#include "report/reportoptions.h"
#include "rules/finding.h"

#include <QList>
#include <QString>

class QGraphicsScene;

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
 * Flushes `engine` and writes the stakeholder report to `path`. With a `scene`, the report
 * shows the canvas as drawn (without selection marks) instead of the built-in schematic.
 * Returns the translated reason on failure, an empty string on success.
 */
QString writeReport(const Document *document, MetricsEngine *engine, const Catalog *catalog,
                    const Findings &findings, QGraphicsScene *scene, const QString &path,
                    const ReportOptions &options, int *pages = nullptr);

/** Flushes `engine` and writes the cost table CSV (display currency); the reason on failure. */
QString writeCostTable(const Document *document, MetricsEngine *engine, const QString &path);

} // namespace DesignExports
} // namespace ecsplan
