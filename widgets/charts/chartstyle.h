#pragma once

#include "metrics/metricsresults.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>

class QCustomPlot;
class QCPAxis;

namespace ecsplan {

/**
 * Colours and fonts of the charts, derived from the application palette so the charts follow
 * light and dark themes. `large` scales every font (and pen) for projection: 1.6 × the base.
 * Series colours are an 8-colour qualitative set, lightened on dark backgrounds.
 */
struct ChartStyle
{
    QColor background;
    QColor foreground; ///< axis lines, tick labels, titles
    QColor grid;
    QColor subtle; ///< secondary text, reference lines
    QList<QColor> series;
    QFont font;
    bool dark = false;
    bool large = false;

    static ChartStyle fromPalette(const QPalette &palette, bool large = false,
                                  const QFont &base = QFont());

    double scale() const { return large ? 1.6 : 1.0; }
    QFont scaledFont(double factor = 1.0, bool bold = false) const;
    QColor seriesColor(int index) const;
    QColor categoryColor(CostCategory category) const;

    /** Applies background, axis colours, fonts and grid to all axes and the legend of `plot`. */
    void apply(QCustomPlot *plot) const;
    void applyToAxis(QCPAxis *axis) const;
};

} // namespace ecsplan
