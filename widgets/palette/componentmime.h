#pragma once

#include "model/enums.h"

QT_BEGIN_NAMESPACE
class QMimeData;
QT_END_NAMESPACE

namespace ecsplan {

/**
 * The palette's drag payload. MIME type "application/x-ecsplan-component"; the data is the
 * EntityKind code in UTF-8, for endpoints followed by '/' and the EndpointKind code:
 * "instanceGroup", "endpoint/onPremises".
 */
namespace ComponentMime {

inline constexpr const char *MimeType = "application/x-ecsplan-component";

/** A new QMimeData (caller owns it). */
QMimeData *create(EntityKind kind, EndpointKind endpoint = EndpointKind::InternetUsers);
/** False when `mime` is null, lacks the type, or names an unknown or non-placeable kind (links). */
bool decode(const QMimeData *mime, EntityKind *kind, EndpointKind *endpoint);

} // namespace ComponentMime
} // namespace ecsplan
