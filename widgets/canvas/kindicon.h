#pragma once

#include "model/enums.h"

#include <QIcon>
#include <QPixmap>

namespace ecsplan {

/**
 * Icons of the entity kinds: our SVGs (":/icons/<name>.svg", resources/icons) when they are
 * compiled in, otherwise simple vector glyphs in the kind's accent colour, so the canvas and
 * the palette never show a blank.
 */
namespace KindIcon {

/** File stem of the kind's icon: "instance", "load-balancer", "on-premises" ... */
QString iconName(EntityKind kind, EndpointKind endpoint = EndpointKind::InternetUsers);
QIcon icon(EntityKind kind, EndpointKind endpoint = EndpointKind::InternetUsers);
/** A cached pixmap `pixels` wide and high (device pixels). */
QPixmap pixmap(EntityKind kind, EndpointKind endpoint, int pixels);

} // namespace KindIcon
} // namespace ecsplan
