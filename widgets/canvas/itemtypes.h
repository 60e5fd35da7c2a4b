#pragma once

#include <QGraphicsItem>

namespace ecsplan {

/** QGraphicsItem::type() values of the canvas items, for qgraphicsitem_cast. One list, no
 * collisions. */
enum CanvasItemType {
    ContainerItemType = QGraphicsItem::UserType + 1, ///< region or zone frame
    NodeItemType, ///< component card
    LinkItemType, ///< traffic link
    AttachmentItemType, ///< disk ↔ instance dashed line
    LinksLayerType, ///< paints every link in one pass
    OverviewLayerType, ///< paints every card as a box when zoomed out
    SpanChipItemType, ///< ghost of a zone-spanning group in a zone
    ComparisonMarkItemType, ///< File ▸ Compare With: ring or ghost of a difference
    ComparisonTagItemType, ///< its "+ added · +¥1,234/mo" tag
    LinkBucketType, ///< holds the link and attachment items of one area (LinksLayer)
    CardBucketType, ///< holds the cards of one area of a container (CardBuckets)
};

/** Stacking of top-level items: containers below nodes below links and attachments. */
namespace CanvasZ {
inline constexpr qreal Region = -20;
inline constexpr qreal Zone = -10; ///< relative to its region
inline constexpr qreal SpanChip = -1; ///< relative to its zone: above the frame, below the cards
inline constexpr qreal Node = 0;
inline constexpr qreal Overview
        = 5; ///< above every container subtree (regions are top-level at -20)
inline constexpr qreal Attachment = 15; ///< the link buckets, holding links and attachments
inline constexpr qreal Link = 20;
inline constexpr qreal Rubber = 100; ///< the line drawn while connecting
} // namespace CanvasZ

} // namespace ecsplan
