#pragma once

#include "itemtypes.h"

#include <QGraphicsItem>
#include <QHash>

QT_BEGIN_NAMESPACE
class QGraphicsScene;
QT_END_NAMESPACE

namespace ecsplan {

class CardBuckets;

/**
 * Holds the cards of one area of a region or zone (or of the scene's top level, for cards
 * outside any region): a cell of a loose quadtree in its container's coordinates
 * (CardBuckets::file()). As with LinkBucket, its fixed bounds contain its children's
 * (ItemContainsChildrenInShape): Qt skips a bucket's cards when it paints or hit-tests away from
 * the bucket, keeps them out of its BSP index, and walks only the buckets whose cards changed
 * when it processes updates. At 50,000 components a zone holds ~3,500 cards, and Qt walked all
 * of them in every frame of a drag, and every card of each region in view when it painted.
 *
 * A bucket sits at its container's origin, so a card's pos() stays relative to its container.
 * It paints nothing (it has contents only so that Qt culls it by its bounds), takes no mouse
 * buttons, is never selectable, and passes its container's opacity on to the cards (a faded
 * zone fades its cards).
 */
class CardBucket : public QGraphicsItem
{
public:
    enum { Type = CardBucketType };
    ~CardBucket() override;
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

private:
    friend class CardBuckets;
    CardBucket(CardBuckets *owner, quint64 cell, const QRectF &bounds);
    CardBuckets *m_owner;
    quint64 m_cell;
    QRectF m_bounds;
};

/**
 * The card buckets of one scene, by container item and cell. The scene files each card with
 * file() whenever the card, its size or its container may have changed; the bucket a card sits
 * in always contains the card's bounding rectangle, and a bucket without cards is deleted.
 * Buckets die with their container item (Qt deletes children) and leave the index then.
 */
class CardBuckets
{
public:
    static constexpr qreal BucketSize = 1024; ///< scene units, the smallest buckets' cells

    CardBuckets() = default;
    ~CardBuckets();
    Q_DISABLE_COPY_MOVE(CardBuckets)

    /**
     * The region or zone item `item` (a card, a zone …) belongs to, past a card's bucket; null
     * for an item at the scene's top level. What parentItem() was before cards had buckets.
     */
    static QGraphicsItem *containerOf(const QGraphicsItem *item);

    /**
     * Files `card` in `container` (null: the top level of `scene`): it stays in its bucket while
     * that is in `container` and contains it; otherwise it goes to the bucket of the cell, at
     * the smallest level of a loose quadtree whose cells (BucketSize × 2^level) are as large as
     * the card, that holds its centre (a bucket reaches half a cell past its cell, so it
     * contains every card filed there). The card's pos() must already be relative to
     * `container`. A bucket it leaves is repainted where the card may have been drawn (Qt
     * clips a moved card's repaint to its new bucket), and deleted when left empty. Returns
     * whether the card changed bucket.
     */
    bool file(QGraphicsItem *card, QGraphicsItem *container, QGraphicsScene *scene);
    /** Takes `card` out of its bucket (to the top level; it is about to be deleted). */
    void unfile(QGraphicsItem *card);

    /** Number of buckets (tests). */
    qsizetype size() const { return m_buckets.size(); }

private:
    friend class CardBucket;
    struct Key
    {
        const QGraphicsItem *container;
        quint64 cell;
        bool operator==(const Key &other) const
        {
            return container == other.container && cell == other.cell;
        }
    };
    friend size_t qHash(const Key &key, size_t seed) noexcept
    {
        return qHashMulti(seed, key.container, key.cell);
    }
    CardBucket *bucketFor(QGraphicsItem *container, const QRectF &bounds, QGraphicsScene *scene);
    /** Leaves `bucket` (which `card` just left) repainted, and deleted when empty. */
    static void left(CardBucket *bucket);

    QHash<Key, CardBucket *> m_buckets;
};

} // namespace ecsplan
