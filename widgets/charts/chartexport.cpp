#include "chartexport.h"

#include "qcustomplot_include.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSvgGenerator>

namespace ecsplan::ChartExport {

Format formatForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return Format::Png;
}

void render(QCustomPlot *plot, QPainter *painter, const QRectF &target, const QSize &size)
{
    // Rasterised at the target's device resolution: replaying a vector recording (QPicture)
    // on a device of another resolution rescales the fonts but not the geometry.
    const double scale = std::max(1.0, target.width() / size.width());
    const QPixmap pixmap = plot->toPixmap(size.width(), size.height(), scale);
    painter->drawPixmap(target, pixmap, QRectF(pixmap.rect()));
}

bool save(QCustomPlot *plot, const QString &fileName, const QSize &size, Format format,
          QString *error)
{
    bool ok = false;
    switch (format) {
    case Format::Png:
        ok = plot->savePng(fileName, size.width(), size.height(), 1.0, -1, 96);
        break;
    case Format::Pdf:
        ok = plot->savePdf(fileName, size.width(), size.height(), QCP::epNoCosmetic,
                           QStringLiteral("ECS Planner"), plot->windowTitle());
        break;
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setFileName(fileName);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(plot->windowTitle());
        generator.setDescription(QStringLiteral("ECS Planner chart"));
        // Same resolution as the widget, so point-sized fonts keep their size relative to the plot.
        generator.setResolution(plot->logicalDpiX());
        QCPPainter painter;
        ok = painter.begin(&generator);
        if (ok) {
            plot->toPainter(&painter, size.width(), size.height());
            ok = painter.end();
        }
        ok = ok && QFileInfo::exists(fileName);
        break;
    }
    }
    if (!ok && error)
        *error = QCoreApplication::translate("ecsplan::ChartExport",
                                             "Could not write the chart to %1")
                         .arg(fileName);
    return ok;
}

void copyToClipboard(QCustomPlot *plot, const QSize &size)
{
    const QPixmap pixmap = plot->toPixmap(size.width(), size.height());
    QGuiApplication::clipboard()->setPixmap(pixmap);
}

} // namespace ecsplan::ChartExport
