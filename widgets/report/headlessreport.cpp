#include "headlessreport.h"

#include "stakeholderreport.h"

#include "canvas/designscene.h"
#include "catalog/catalog.h"
#include "io/designfile.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QTextStream>

namespace ecsplan {

int exportReportHeadless(const QString &design, const QString &pdf, const ReportOptions &options)
{
    QTextStream err(stderr);
    const Catalog *catalog = &Catalog::builtin();
    Document document;
    QStringList errors;
    if (!DesignFile::open(&document, design, &errors, catalog)) {
        // Literal context: lupdate files free-function tr() calls under the wrong context.
        err << QCoreApplication::translate("ecsplan::exportReportHeadless", "Cannot load %1:")
                        .arg(design)
            << '\n';
        for (const QString &e : std::as_const(errors))
            err << "  " << e << '\n';
        return 1;
    }
    MetricsEngine engine(&document, catalog);
    engine.flush();
    StakeholderReport report(&document, &engine, catalog);
    // The canvas as the user sees it (the scene renders the design without a view).
    DesignScene scene(&document);
    // Rasterised at the target's size: the items' point-sized fonts must be laid out at screen
    // resolution, as on the canvas, not at the PDF's 300 dpi.
    report.setCanvasPainter([&scene](QPainter *painter, const QRectF &target) {
        QImage image(target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&p, QRectF(image.rect()), scene.itemsBoundingRect(), Qt::KeepAspectRatio);
        p.end();
        painter->drawImage(target, image);
    });
    QString error;
    int pages = 0;
    if (!report.write(pdf, options, &error, &pages)) {
        err << error << '\n';
        return 1;
    }
    // One machine-readable line for scripts (the CTest check compares it with the PDF's text).
    QTextStream(stdout) << "report: " << pdf << " pages=" << pages << " total="
                        << metrics::money(engine.totals().monthly, engine.totals().currency)
                        << '\n';
    return 0;
}

std::optional<QPageSize::PageSizeId> reportPageSizeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("a4"))
        return QPageSize::A4;
    if (n == QLatin1String("letter"))
        return QPageSize::Letter;
    return std::nullopt;
}

} // namespace ecsplan
