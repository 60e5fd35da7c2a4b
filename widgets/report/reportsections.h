#pragma once

#include "reportoptions.h"

#include <QDate>
#include <QRectF>

#include <functional>

class QPainter;

namespace ecsplan {

class Catalog;
class ChartBase;
class Document;
class MetricsEngine;
class ReportPager;

/** The sections of the stakeholder report, each drawn onto the pager where it stands. */
class ReportSections
{
public:
    ReportSections(ReportPager *pager, const Document *document, const MetricsEngine *engine,
                   const Catalog *catalog);

    void titlePage(const QString &title, const QDate &date);
    void canvas(const std::function<void(QPainter *, const QRectF &)> &draw);
    void costSummary();
    void charts();
    void componentTable();
    /**
     * "Headroom": each loaded component's utilisation at the peak (bottleneck, headroom
     * factor), each request path's first saturation, and what traffic × 2 / × 4 would break
     * and cost (docs/demand.md). Omitted for a design without demand.
     */
    void headroom();
    void assumptions();
    void sources();
    void findings(const QList<ReportFinding> &findings);
    /**
     * "What changes": option A (`beforeLabel`, before) against option B (this design, after):
     * the monthly totals as billed and per billing model, each changed component with its
     * fields and cost, and the findings introduced and resolved (DesignDiff::Result).
     */
    void whatChanges(const DesignDiff::Result &result, const QString &beforeLabel);

private:
    QString money(double value) const;
    void chart(ChartBase *chart, double heightMm);

    ReportPager *m_pager;
    const Document *m_document;
    const MetricsEngine *m_engine;
    const Catalog *m_catalog;
    QString m_currency;
};

} // namespace ecsplan
