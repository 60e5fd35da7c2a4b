#pragma once

#include <QSize>
#include <QString>

class QCustomPlot;
class QPainter;
class QRectF;

namespace ecsplan {

/** Writing a chart to a file or the clipboard at a chosen size, independent of its widget size. */
namespace ChartExport {

enum class Format { Png, Svg, Pdf };

/** Format from the file suffix (png, svg, pdf; case-insensitive); Png when unknown. */
Format formatForFile(const QString &fileName);

/**
 * Writes `plot` to `fileName` at `size` (pixels; PDF: points) in `format`. The widget itself
 * is restored to its own size afterwards. Returns false with a translated `error`.
 */
bool save(QCustomPlot *plot, const QString &fileName, const QSize &size, Format format,
          QString *error = nullptr);

/** Draws `plot` at `size` into `target` on `painter` (used by SVG export and the report). */
void render(QCustomPlot *plot, QPainter *painter, const QRectF &target, const QSize &size);

/** Puts a PNG of `plot` at `size` on the clipboard. */
void copyToClipboard(QCustomPlot *plot, const QSize &size);

} // namespace ChartExport
} // namespace ecsplan
