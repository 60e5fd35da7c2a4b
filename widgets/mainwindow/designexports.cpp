#include "designexports.h"

#include "metrics/metricsengine.h"
#include "model/document.h"
#include "report/costtable.h"
#include "report/stakeholderreport.h"

#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QPainter>

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

QString writeReport(const Document *document, MetricsEngine *engine, const Catalog *catalog,
                    const Findings &findings, QGraphicsScene *scene, const QString &path,
                    const ReportOptions &options, int *pages)
{
    engine->flush(); // the report prints the engine's totals as they are
    StakeholderReport report(document, engine, catalog);
    report.setFindings(reportFindings(findings, document->model()));
    if (scene) {
        report.setCanvasPainter([scene](QPainter *painter, const QRectF &target) {
            // Selection handles are editing feedback, not part of the design: hide them while
            // drawing.
            const QList<QGraphicsItem *> selected = scene->selectedItems();
            const QSignalBlocker blocker(scene);
            for (QGraphicsItem *item : selected)
                item->setSelected(false);
            const QRectF source = scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
            scene->render(painter, target, source, Qt::KeepAspectRatio);
            for (QGraphicsItem *item : selected)
                item->setSelected(true);
        });
    }
    QString error;
    if (!report.write(path, options, &error, pages))
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
