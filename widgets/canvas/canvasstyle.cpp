#include "canvasstyle.h"

#include <QPalette>

namespace ecsplan {

CanvasStyle CanvasStyle::fromPalette(const QPalette &palette)
{
    CanvasStyle s;
    s.dark = palette.color(QPalette::Window).lightness() < 128;
    if (s.dark) {
        s.background = QColor(0x1c, 0x1f, 0x24);
        s.grid = QColor(0x2a, 0x2f, 0x37);
        s.regionFill = QColor(0x23, 0x28, 0x30);
        s.regionBorder = QColor(0x4f, 0x8f, 0xd6);
        s.regionHeader = QColor(0x9f, 0xc5, 0xf0);
        s.zoneFill = QColor(0x27, 0x2e, 0x37);
        s.zoneBorder = QColor(0x3b, 0xb3, 0xa5);
        s.zoneHeader = QColor(0x8f, 0xdc, 0xd2);
        s.cardFill = QColor(0x32, 0x39, 0x44);
        s.cardBorder = QColor(0x4a, 0x55, 0x66);
        s.text = QColor(0xe8, 0xeb, 0xf0);
        s.secondaryText = QColor(0xa6, 0xb0, 0xbe);
        s.metricText = QColor(0x7c, 0xc0, 0xff);
        s.selection = QColor(0x5a, 0xa9, 0xff);
        s.invalid = QColor(0xff, 0x5c, 0x5c);
        s.link = QColor(0x8c, 0x99, 0xab);
        s.linkLabelFill = QColor(0x23, 0x28, 0x30, 235);
        s.attachment = QColor(0xb6, 0x9c, 0xf0);
    } else {
        s.background = QColor(0xf5, 0xf6, 0xf8);
        s.grid = QColor(0xe4, 0xe7, 0xec);
        s.regionFill = QColor(0xee, 0xf3, 0xfa);
        s.regionBorder = QColor(0x4f, 0x8f, 0xd6);
        s.regionHeader = QColor(0x1f, 0x4e, 0x86);
        s.zoneFill = QColor(0xfb, 0xfd, 0xfd);
        s.zoneBorder = QColor(0x3b, 0xb3, 0xa5);
        s.zoneHeader = QColor(0x1d, 0x6b, 0x62);
        s.cardFill = QColor(0xff, 0xff, 0xff);
        s.cardBorder = QColor(0xc9, 0xd1, 0xdb);
        s.text = QColor(0x1d, 0x26, 0x33);
        s.secondaryText = QColor(0x5b, 0x66, 0x76);
        s.metricText = QColor(0x0b, 0x63, 0xc1);
        s.selection = QColor(0x1e, 0x7b, 0xf0);
        s.invalid = QColor(0xd9, 0x30, 0x30);
        s.link = QColor(0x6b, 0x78, 0x8a);
        s.linkLabelFill = QColor(0xff, 0xff, 0xff, 235);
        s.attachment = QColor(0x8b, 0x6f, 0xd6);
    }
    // Pixel sizes, i.e. scene units: the canvas's text scales with the drawing, so a PDF or an
    // image at any resolution gets the same proportions as the screen (point sizes would be
    // resolved against the target's dpi: three times too large on a 300-dpi page).
    QFont base;
    base.setPixelSize(12);
    s.bodyFont = base;
    s.bodyFont.setPixelSize(11);
    s.titleFont = base;
    s.titleFont.setWeight(QFont::DemiBold);
    s.metricFont = base;
    s.metricFont.setPixelSize(10);
    s.metricFont.setWeight(QFont::DemiBold);
    s.regionFont = base;
    s.regionFont.setPixelSize(15);
    s.regionFont.setWeight(QFont::Bold);
    s.zoneFont = base;
    s.zoneFont.setPixelSize(13);
    s.zoneFont.setWeight(QFont::DemiBold);
    return s;
}

QString CanvasStyle::wrappedTipText()
{
    return QStringLiteral("<table width='460'><tr><td style='white-space:pre-wrap; "
                          "font-family:monospace; font-size:small'>%1</td></tr></table>");
}

QFont CanvasStyle::scaled(const QFont &font, qreal factor)
{
    QFont f = font;
    f.setPixelSize(qMax(1, qRound(font.pixelSize() * factor)));
    return f;
}

QColor CanvasStyle::accent(EntityKind kind, EndpointKind endpoint)
{
    switch (kind) {
    case EntityKind::Region:
        return QColor(0x4f, 0x8f, 0xd6);
    case EntityKind::Zone:
        return QColor(0x3b, 0xb3, 0xa5);
    case EntityKind::InstanceGroup:
        return QColor(0xf0, 0x88, 0x3e);
    case EntityKind::ScalingGroup:
        return QColor(0xe8, 0x6f, 0x1c);
    case EntityKind::Disk:
        return QColor(0x9b, 0x7b, 0xd8);
    case EntityKind::Cache:
        return QColor(0xe2, 0x5b, 0x5b);
    case EntityKind::LoadBalancer:
        return QColor(0x4c, 0xaf, 0x6e);
    case EntityKind::SecurityGroup:
        return QColor(0xe0, 0xb1, 0x3a);
    case EntityKind::Endpoint:
        return endpoint == EndpointKind::InternetUsers ? QColor(0x5a, 0xa9, 0xe6)
                                                       : QColor(0x8d, 0x9a, 0xa8);
    case EntityKind::Link:
        return QColor(0x6f, 0x8f, 0xb3);
    }
    return Qt::gray;
}

QColor CanvasStyle::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Advice:
        return QColor(0x3a, 0x86, 0xe0);
    case Severity::Warning:
        return QColor(0xf0, 0xa2, 0x02);
    case Severity::Error:
        return QColor(0xe0, 0x3a, 0x3a);
    }
    return QColor(0xe0, 0x3a, 0x3a);
}

} // namespace ecsplan
