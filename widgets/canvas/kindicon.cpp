#include "kindicon.h"

#include "canvasstyle.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace ecsplan::KindIcon {

namespace {

/** Fallback glyph drawn in a 32×32 box (the SVGs' viewBox). */
void drawGlyph(QPainter *p, EntityKind kind, EndpointKind endpoint)
{
    const QColor accent = CanvasStyle::accent(kind, endpoint);
    const QColor ink = accent.darker(220);
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(ink, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(accent);
    switch (kind) {
    case EntityKind::Region: {
        QPainterPath pin;
        pin.moveTo(16, 29);
        pin.cubicTo(6, 18, 6, 14, 6, 12);
        pin.arcTo(6, 2, 20, 20, 180, -180);
        pin.cubicTo(26, 14, 26, 18, 16, 29);
        p->drawPath(pin);
        p->setBrush(Qt::white);
        p->drawEllipse(QPointF(16, 12), 4, 4);
        break;
    }
    case EntityKind::Zone:
        p->setBrush(accent.lighter(160));
        p->drawRoundedRect(QRectF(4, 5, 24, 22), 3, 3);
        p->setBrush(accent);
        p->drawRect(QRectF(4, 5, 24, 6));
        break;
    case EntityKind::ScalingGroup:
        p->drawRoundedRect(QRectF(8, 4, 20, 9), 2, 2);
        [[fallthrough]];
    case EntityKind::InstanceGroup:
        p->drawRoundedRect(QRectF(4, 12, 20, 9), 2, 2);
        p->drawRoundedRect(QRectF(4, 21, 20, 8), 2, 2);
        p->setPen(QPen(Qt::white, 2));
        p->drawPoint(QPointF(8, 16.5));
        p->drawPoint(QPointF(8, 25));
        break;
    case EntityKind::Disk:
        p->drawRect(QRectF(6, 8, 20, 16));
        p->drawEllipse(QRectF(6, 19.5, 20, 9));
        p->setPen(Qt::NoPen);
        p->drawRect(QRectF(7, 9, 18, 15));
        p->setPen(QPen(ink, 2));
        p->setBrush(accent.lighter(140));
        p->drawEllipse(QRectF(6, 3.5, 20, 9));
        break;
    case EntityKind::Cache: {
        p->drawRoundedRect(QRectF(6, 6, 20, 20), 3, 3);
        QPainterPath bolt;
        bolt.moveTo(18, 8);
        bolt.lineTo(11, 17);
        bolt.lineTo(16, 17);
        bolt.lineTo(14, 24);
        bolt.lineTo(21, 15);
        bolt.lineTo(16, 15);
        bolt.closeSubpath();
        p->setBrush(QColor(0xff, 0xd5, 0x4a));
        p->setPen(QPen(ink, 1));
        p->drawPath(bolt);
        break;
    }
    case EntityKind::LoadBalancer:
        p->setPen(QPen(accent.darker(130), 2.5, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(QPointF(9, 16), QPointF(24, 7));
        p->drawLine(QPointF(9, 16), QPointF(24, 16));
        p->drawLine(QPointF(9, 16), QPointF(24, 25));
        p->drawEllipse(QPointF(8, 16), 4.5, 4.5);
        for (int y : {7, 16, 25})
            p->drawEllipse(QPointF(25, y), 3.5, 3.5);
        break;
    case EntityKind::SecurityGroup: {
        QPainterPath shield;
        shield.moveTo(16, 3);
        shield.lineTo(27, 7);
        shield.cubicTo(27, 18, 23, 25, 16, 29);
        shield.cubicTo(9, 25, 5, 18, 5, 7);
        shield.closeSubpath();
        p->drawPath(shield);
        p->setPen(QPen(Qt::white, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p->drawPolyline(QPolygonF({QPointF(11, 16), QPointF(15, 20), QPointF(21, 12)}));
        break;
    }
    case EntityKind::Endpoint:
        if (endpoint == EndpointKind::InternetUsers) {
            p->drawEllipse(QPointF(16, 16), 12, 12);
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(QRectF(11, 4, 10, 24));
            p->drawLine(QPointF(4, 16), QPointF(28, 16));
        } else {
            p->drawRect(QRectF(7, 6, 18, 22));
            p->setPen(QPen(Qt::white, 2));
            for (int y : {11, 16, 21}) {
                p->drawPoint(QPointF(12, y));
                p->drawPoint(QPointF(20, y));
            }
        }
        break;
    case EntityKind::Link:
        p->drawLine(QPointF(7, 25), QPointF(25, 7));
        p->drawEllipse(QPointF(7, 25), 4, 4);
        p->drawEllipse(QPointF(25, 7), 4, 4);
        break;
    }
}

} // namespace

QString iconName(EntityKind kind, EndpointKind endpoint)
{
    switch (kind) {
    case EntityKind::Region:
        return QStringLiteral("region");
    case EntityKind::Zone:
        return QStringLiteral("zone");
    case EntityKind::InstanceGroup:
        return QStringLiteral("instance");
    case EntityKind::ScalingGroup:
        return QStringLiteral("scaling-group");
    case EntityKind::Disk:
        return QStringLiteral("disk");
    case EntityKind::Cache:
        return QStringLiteral("cache");
    case EntityKind::LoadBalancer:
        return QStringLiteral("load-balancer");
    case EntityKind::SecurityGroup:
        return QStringLiteral("security-group");
    case EntityKind::Endpoint:
        switch (endpoint) {
        case EndpointKind::InternetUsers:
            return QStringLiteral("internet-users");
        case EndpointKind::OnPremises:
            return QStringLiteral("on-premises");
        case EndpointKind::ExternalRegion:
            return QStringLiteral("region");
        }
        break;
    case EntityKind::Link:
        return QStringLiteral("link");
    }
    return {};
}

QPixmap pixmap(EntityKind kind, EndpointKind endpoint, int pixels)
{
    pixels = qBound(8, pixels, 512);
    static QHash<QString, QPixmap> cache;
    const QString name = iconName(kind, endpoint);
    const QString key = name + QLatin1Char('@') + QString::number(pixels);
    if (auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    QPixmap pm;
    const QString resource = QStringLiteral(":/icons/%1.svg").arg(name);
    if (QFile::exists(resource)) {
        pm = QIcon(resource).pixmap(QSize(pixels, pixels));
    } else {
        QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.scale(pixels / 32.0, pixels / 32.0);
        drawGlyph(&p, kind, endpoint);
        p.end();
        pm = QPixmap::fromImage(image);
    }
    cache.insert(key, pm);
    return pm;
}

QIcon icon(EntityKind kind, EndpointKind endpoint)
{
    const QString resource = QStringLiteral(":/icons/%1.svg").arg(iconName(kind, endpoint));
    if (QFile::exists(resource))
        return QIcon(resource);
    QIcon result;
    for (int size : {16, 24, 32, 48, 64})
        result.addPixmap(pixmap(kind, endpoint, size));
    return result;
}

} // namespace ecsplan::KindIcon
