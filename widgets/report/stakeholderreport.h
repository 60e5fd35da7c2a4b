#pragma once

#include "reportoptions.h"

#include <QList>
#include <QRectF>

#include <functional>
#include <optional>

class QPainter;

namespace ecsplan {

class Catalog;
class Document;
class MetricsEngine;
class Model;
class ReportPager;

/**
 * The stakeholder report as a PDF: title page (design, date, currency, catalog date and the
 * total), the canvas, cost summaries with the charts, the per-component cost table, the
 * assumptions and the catalog sources behind the prices, and the design-review findings when
 * any were supplied; with a comparison, "What changes" (option A vs B) after the diagram. A4 or
 * Letter. The engine must be flushed (its totals are printed as is).
 */
class StakeholderReport
{
public:
    /** Draws the design into `target` (device pixels of the PDF) — the canvas's hook. */
    using CanvasPainter = std::function<void(QPainter *painter, const QRectF &target)>;

    StakeholderReport(const Document *document, const MetricsEngine *engine,
                      const Catalog *catalog);

    /** Replaces the built-in schematic (boxes for regions/zones, nodes, links) with the real
     * canvas. */
    void setCanvasPainter(CanvasPainter painter) { m_canvasPainter = std::move(painter); }
    /** Findings to list; without any the section says none were supplied. */
    void setFindings(const QList<ReportFinding> &findings) { m_findings = findings; }
    /**
     * Adds "What changes" after the diagram (unless ReportOptions::includeComparison is off):
     * the design compared with another version, option A (before) vs B (this design).
     */
    void setComparison(const ReportComparison &comparison) { m_comparison = comparison; }

    /** Called with each new page's number while writing; false cancels the report. */
    using PageHook = std::function<bool(int page)>;
    /**
     * Writes the PDF; false with a translated `error`. `pages` receives the page count. The
     * file is replaced only when the whole report was written: a failed or cancelled report
     * (`onPage` returned false; `error` says "cancelled") leaves what was there untouched.
     */
    bool write(const QString &fileName, const ReportOptions &options, QString *error = nullptr,
               int *pages = nullptr, const PageHook &onPage = {}) const;

    /** The built-in schematic of the design, scaled to fit `target`. */
    static void drawSchematic(const Document *document, QPainter *painter, const QRectF &target);

private:
    void writeSections(ReportPager &pager, const Model &model, const QString &title,
                       const ReportOptions &options) const;

    const Document *m_document;
    const MetricsEngine *m_engine;
    const Catalog *m_catalog;
    CanvasPainter m_canvasPainter;
    QList<ReportFinding> m_findings;
    std::optional<ReportComparison> m_comparison;
};

} // namespace ecsplan
