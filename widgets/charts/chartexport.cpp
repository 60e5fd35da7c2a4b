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
    // toPainter lays the plot out at `size`, draws, and restores the widget's own layout.
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / size.width(), target.height() / size.height());
    QCPPainter qcpPainter;
    // QCPPainter wraps an active painter's device; draw through a picture to keep `painter`'s state.
    QPicture picture;
    qcpPainter.begin(&picture);
    plot->toPainter(&qcpPainter, size.width(), size.height());
    qcpPainter.end();
    painter->drawPicture(0, 0, picture);
    painter->restore();
}

bool save(QCustomPlot *plot, const QString &fileName, const QSize &size, Format format, QString *error)
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
        *error = QCoreApplication::translate("ecsplan::ChartExport", "Could not write the chart to %1")
                     .arg(fileName);
    return ok;
}

void copyToClipboard(QCustomPlot *plot, const QSize &size)
{
    const QPixmap pixmap = plot->toPixmap(size.width(), size.height());
    QGuiApplication::clipboard()->setPixmap(pixmap);
}

} // namespace ecsplan::ChartExport
