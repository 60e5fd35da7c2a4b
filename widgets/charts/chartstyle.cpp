#include "chartstyle.h"

#include "qcustomplot_include.h"

namespace ecsplan {

ChartStyle ChartStyle::fromPalette(const QPalette &palette, bool large, const QFont &base)
{
    ChartStyle s;
    s.background = palette.color(QPalette::Base);
    s.foreground = palette.color(QPalette::Text);
    s.dark = s.background.lightness() < 128;
    s.grid = s.dark ? s.background.lighter(180) : s.background.darker(115);
    s.subtle = palette.color(QPalette::PlaceholderText);
    if (s.subtle == s.foreground || !s.subtle.isValid())
        s.subtle = s.dark ? s.foreground.darker(140) : s.foreground.lighter(160);
    // Okabe–Ito: distinguishable with the common colour-vision deficiencies.
    const QList<QColor> base8
            = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
               QColor(0xCC, 0x79, 0xA7), QColor(0xD5, 0x5E, 0x00), QColor(0x56, 0xB4, 0xE9),
               QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};
    for (const QColor &c : base8)
        s.series << (s.dark ? c.lighter(125) : c);
    s.font = base;
    s.large = large;
    return s;
}

QFont ChartStyle::scaledFont(double factor, bool bold) const
{
    QFont f = font;
    const double pt = (f.pointSizeF() > 0 ? f.pointSizeF() : 9.0) * factor * scale();
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

QColor ChartStyle::seriesColor(int index) const
{
    return series.isEmpty() ? foreground : series.at(index % series.size());
}

QColor ChartStyle::categoryColor(CostCategory category) const
{
    return seriesColor(int(category));
}

void ChartStyle::applyToAxis(QCPAxis *axis) const
{
    const QPen pen(foreground, scale());
    axis->setBasePen(pen);
    axis->setTickPen(pen);
    axis->setSubTickPen(pen);
    axis->setTickLabelColor(foreground);
    axis->setLabelColor(foreground);
    axis->setTickLabelFont(scaledFont());
    axis->setLabelFont(scaledFont());
    axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
    axis->grid()->setSubGridPen(Qt::NoPen);
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

void ChartStyle::apply(QCustomPlot *plot) const
{
    plot->setBackground(background);
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setBackground(background);
        for (QCPAxis *axis : rect->axes())
            applyToAxis(axis);
    }
    if (plot->legend) {
        plot->legend->setFont(scaledFont());
        plot->legend->setTextColor(foreground);
        plot->legend->setBrush(background);
        plot->legend->setBorderPen(QPen(grid));
    }
}

} // namespace ecsplan
