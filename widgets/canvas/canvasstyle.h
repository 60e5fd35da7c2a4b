#pragma once

#include "model/enums.h"
#include "rules/finding.h"

#include <QColor>
#include <QFont>

QT_BEGIN_NAMESPACE
class QPalette;
QT_END_NAMESPACE

namespace ecsplan {

/**
 * Colours and fonts of the canvas, derived from the widget palette so the canvas follows a
 * light or dark desktop. Kind accents match the SVG icons (resources/icons).
 */
struct CanvasStyle
{
    bool dark = false;
    QColor background, grid;
    QColor regionFill, regionBorder, regionHeader;
    QColor zoneFill, zoneBorder, zoneHeader;
    QColor cardFill, cardBorder, text, secondaryText, metricText;
    QColor selection, invalid, link, linkLabelFill, attachment;
    QFont titleFont, bodyFont, metricFont, regionFont, zoneFont;

    static CanvasStyle fromPalette(const QPalette &palette);
    /** Accent of a kind (card stripe, low-detail box, palette icon fallback). */
    static QColor accent(EntityKind kind, EndpointKind endpoint = EndpointKind::InternetUsers);
    /**
     * Rich-text pattern (one %1: escaped text) for the multi-line explanation in a tooltip:
     * keeps its line breaks and indents but wraps long lines, so a tooltip is never wider than
     * about 60 characters (a <pre> block would run off a laptop screen).
     */
    static QString wrappedTipText();
    /** `font` (pixel-sized, as all canvas fonts) with its size multiplied by `factor`. */
    static QFont scaled(const QFont &font, qreal factor);
    /** The colour of a finding badge (and of a load above the warning or error line). */
    static QColor severityColor(Severity severity);
};

} // namespace ecsplan
