#include "designexports.h"

#include "metrics/metricsengine.h"
#include "model/document.h"
#include "report/costtable.h"
#include "report/stakeholderreport.h"

#include "canvas/designscene.h"

#include <QPainter>

#include <algorithm>

namespace ecsplan::DesignExports {

QList<ReportFinding> reportFindings(const Findings &findings, const Model &model)
{
    QList<ReportFinding> out;
    out.reserve(findings.size());
    for (const Finding &f : findings) {
        QStringList names;
        for (EntityId id : f.entities) {
            if (const Entity *entity = model.find(id))
                names << entity->name;
        }
        out.append({displayName(f.severity), f.ruleId, f.title, names.join(QStringLiteral(", ")),
                    f.hasFix() ? f.fix.title : QString()});
    }
    return out;
}

void paintDiagram(const Document *document, MetricsEngine *engine, const Findings &findings,
                  QPainter *painter, const QRectF &target)
{
    // A scene of its own: the window's may show a selection, a what-if drill or a drag.
    DesignScene scene(const_cast<Document *>(document));
    scene.setMetricsEngine(engine);
    scene.setItemCaching(false); // cached cards would land in the PDF as pixmaps, not text
    scene.setBadges(worstSeverities(findings));
    const QRectF source = scene.contentsRect().adjusted(-30, -30, 30, 30);
    if (source.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    scene.render(painter, target, source, Qt::KeepAspectRatio);
    painter->restore();
}

QString writeReport(const Document *document, MetricsEngine *engine, const Catalog *catalog,
                    const Findings &findings, const QString &path, const ReportOptions &options,
                    int *pages, const ReportComparison *comparison,
                    const StakeholderReport::PageHook &onPage)
{
    engine->flush(); // the report prints the engine's totals as they are
    StakeholderReport report(document, engine, catalog);
    report.setFindings(reportFindings(findings, document->model()));
    if (comparison)
        report.setComparison(*comparison);
    report.setCanvasPainter([document, engine, findings](QPainter *painter, const QRectF &target) {
        paintDiagram(document, engine, findings, painter, target);
    });
    QString error;
    if (!report.write(path, options, &error, pages, onPage))
        return error;
    return {};
}

QString writeCostTable(const Document *document, MetricsEngine *engine, const QString &path)
{
    engine->flush();
    const QList<CostTableRow> rows = CostTable::build(document->model(), *engine);
    QString error;
    if (!CostTable::writeCsv(rows, engine->totals().currency, path, &error))
        return error;
    return {};
}

} // namespace ecsplan::DesignExports
