#include "cardbucket.h"
#include "loosecell.h"

#include <QGraphicsScene>

namespace ecsplan {

CardBucket::CardBucket(CardBuckets *owner, quint64 cell, const QRectF &bounds)
    : m_owner(owner)
    , m_cell(cell)
    , m_bounds(bounds)
{
    setFlag(ItemContainsChildrenInShape);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(CanvasZ::Node);
}

CardBucket::~CardBucket()
{
    if (m_owner) {
        const auto it = m_owner->m_buckets.constFind(CardBuckets::Key{parentItem(), m_cell});
        if (it != m_owner->m_buckets.cend() && *it == this)
            m_owner->m_buckets.erase(it);
    }
}

CardBuckets::~CardBuckets()
{
    for (CardBucket *bucket : std::as_const(m_buckets))
        bucket->m_owner = nullptr;
}

QGraphicsItem *CardBuckets::containerOf(const QGraphicsItem *item)
{
    QGraphicsItem *parent = item->parentItem();
    return parent && parent->type() == CardBucket::Type ? parent->parentItem() : parent;
}

CardBucket *CardBuckets::bucketFor(QGraphicsItem *container, const QRectF &bounds,
                                   QGraphicsScene *scene)
{
    const LooseCell cell = LooseCell::of(bounds, BucketSize);
    CardBucket *&bucket = m_buckets[Key{container, cell.key}];
    if (!bucket) {
        bucket = new CardBucket(this, cell.key, cell.area);
        if (container)
            bucket->setParentItem(container);
    }
    if (!container && scene && bucket->scene() != scene)
        scene->addItem(bucket);
    return bucket;
}

bool CardBuckets::file(QGraphicsItem *card, QGraphicsItem *container, QGraphicsScene *scene)
{
    // A bucket sits at its container's origin: the card's rectangle in its parent's coordinates
    // is the same in the container's.
    const QRectF bounds = card->mapRectToParent(card->boundingRect());
    QGraphicsItem *parent = card->parentItem();
    auto *current = parent && parent->type() == CardBucket::Type ? static_cast<CardBucket *>(parent)
                                                                 : nullptr;
    if (current && current->parentItem() == container && current->m_bounds.contains(bounds)
        && (container || !scene || current->scene() == scene))
        return false;
    CardBucket *bucket = bucketFor(container, bounds, scene);
    if (bucket == current)
        return false;
    card->setParentItem(bucket);
    if (current)
        left(current);
    return true;
}

void CardBuckets::unfile(QGraphicsItem *card)
{
    QGraphicsItem *parent = card->parentItem();
    if (!parent || parent->type() != CardBucket::Type)
        return;
    card->setParentItem(nullptr);
    left(static_cast<CardBucket *>(parent));
}

void CardBuckets::left(CardBucket *bucket)
{
    if (bucket->childItems().isEmpty()) {
        delete bucket; // repaints where it was, so where the card was
        return;
    }
    // The card's last drawing is somewhere in the bucket; Qt repaints it only inside the
    // card's new bucket.
    if (QGraphicsScene *scene = bucket->scene())
        scene->update(bucket->sceneBoundingRect());
}

} // namespace ecsplan
