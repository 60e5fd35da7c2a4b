// DesignScene: ghost chips of zone-spanning scaling groups and load balancers (SpanChipItem).
#include "designscene.h"

#include "containeritem.h"
#include "spanchipitem.h"

#include <algorithm>
#include <utility>

namespace ecsplan {

namespace {

constexpr qreal ChipMargin = 10; ///< from the zone's left and bottom edges
constexpr qreal ChipGap = 4;

bool spansZones(const Entity &e)
{
    return e.kind == EntityKind::ScalingGroup || e.kind == EntityKind::LoadBalancer;
}

} // namespace

QList<SpanChipItem *> DesignScene::spanChips(EntityId group) const
{
    const_cast<DesignScene *>(this)->ensureSpanChips(); // a cache filled when first read
    return m_spanChips.value(group);
}

void DesignScene::ensureSpanChips()
{
    if (std::exchange(m_spanChipsPending, false))
        syncAllSpans();
}

QString DesignScene::spanLabel(const Entity &group, int zoneCount)
{
    if (group.kind == EntityKind::ScalingGroup && zoneCount > 0) {
        // Balanced across the zones: each gets floor(min / n) .. ceil(max / n) instances.
        const int low = group.compute.minSize / zoneCount;
        const int high = (group.compute.maxSize + zoneCount - 1) / zoneCount;
        return tr("%1 · %2–%3 of %4–%5")
                .arg(group.name)
                .arg(low)
                .arg(high)
                .arg(group.compute.minSize)
                .arg(group.compute.maxSize);
    }
    return tr("%1 · serves this zone").arg(group.name);
}

void DesignScene::syncAllSpans()
{
    EntityIds groups = m_spanChips.keys();
    const Model &model = m_document->model();
    groups << model.ids(EntityKind::ScalingGroup) << model.ids(EntityKind::LoadBalancer);
    syncSpans(groups);
}

void DesignScene::syncSpans(const EntityIds &ids)
{
    if (m_spanChipsPending)
        return; // all of them are made when needed (ensureSpanChips)
    const Model &model = m_document->model();
    QSet<EntityId> zones;
    QSet<EntityId> done;
    for (EntityId group : ids) {
        if (done.contains(group))
            continue;
        done.insert(group);
        const Entity *e = model.find(group);
        const bool spanning = e && spansZones(*e);
        if (!spanning && !m_spanChips.contains(group))
            continue;
        const QList<SpanChipItem *> old = m_spanChips.take(group);
        for (SpanChipItem *chip : old) {
            zones.insert(chip->zone());
            delete chip;
        }
        if (!spanning)
            continue;
        QList<SpanChipItem *> chips;
        for (EntityId zone : model.spannedZones(group)) {
            if (zone == e->parent)
                continue; // the card itself sits there
            auto *zoneItem = qgraphicsitem_cast<ContainerItem *>(m_items.value(zone));
            if (!zoneItem)
                continue;
            auto *chip = new SpanChipItem(group, zone);
            chip->setParentItem(zoneItem);
            chip->setVisible(!m_overview);
            chips << chip;
            zones.insert(zone);
        }
        if (!chips.isEmpty())
            m_spanChips.insert(group, chips);
    }
    for (EntityId zone : std::as_const(zones))
        layoutSpanChips(zone);
}

void DesignScene::layoutSpanChips(EntityId zone)
{
    const Model &model = m_document->model();
    const Entity *z = model.find(zone);
    QGraphicsItem *zoneItem = m_items.value(zone);
    if (!z || !zoneItem)
        return;
    QList<SpanChipItem *> chips;
    const QList<QGraphicsItem *> children = zoneItem->childItems();
    for (QGraphicsItem *child : children) {
        if (child->type() == SpanChipItem::Type)
            chips << static_cast<SpanChipItem *>(child);
    }
    std::sort(chips.begin(), chips.end(), [](const SpanChipItem *a, const SpanChipItem *b) {
        return toUInt(a->group()) < toUInt(b->group());
    });
    // Stacked up from the bottom-left corner, where a zone is usually free of cards.
    const qreal maxWidth = std::max<qreal>(40, z->geometry.width() - 2 * ChipMargin);
    qreal y = z->geometry.height() - ChipMargin;
    for (SpanChipItem *chip : std::as_const(chips)) {
        const Entity *g = model.find(chip->group());
        if (!g)
            continue;
        chip->setContent(g->kind, g->name, spanLabel(*g, int(model.spannedZones(g->id).size())),
                         m_style.bodyFont, maxWidth);
        y -= SpanChipItem::Height;
        chip->setPos(ChipMargin, y);
        y -= ChipGap;
        updateSpanConnector(chip);
    }
}

void DesignScene::updateSpanConnector(SpanChipItem *chip)
{
    QGraphicsItem *card = m_items.value(chip->group());
    const QRectF target = endRect(chip->group());
    const bool visible = card && card->isSelected() && !target.isNull();
    if (!visible) {
        chip->setConnector(QPointF(), false);
        return;
    }
    const QRectF chipRect = chip->mapRectToScene(chip->chipRect());
    const QPointF end = target.bottom() <= chipRect.top()
            ? QPointF(target.center().x(), target.bottom())
            : QPointF(target.center().x(), target.top());
    chip->setConnector(chip->mapFromScene(end), true);
}

void DesignScene::updateSpanConnectors()
{
    for (const QList<SpanChipItem *> &chips : std::as_const(m_spanChips))
        for (SpanChipItem *chip : chips)
            updateSpanConnector(chip);
}

void DesignScene::forgetSpanChipsIn(const EntityIds &removed)
{
    // Chips are children of their zone item: drop them before the zone item deletes them.
    const QSet<EntityId> doomed(removed.cbegin(), removed.cend());
    for (auto it = m_spanChips.begin(); it != m_spanChips.end();) {
        QList<SpanChipItem *> &chips = it.value();
        const bool groupGone = doomed.contains(it.key());
        for (auto c = chips.begin(); c != chips.end();) {
            if (groupGone || doomed.contains((*c)->zone())) {
                m_spanResyncPending = true;
                delete *c;
                c = chips.erase(c);
            } else {
                ++c;
            }
        }
        it = chips.isEmpty() ? m_spanChips.erase(it) : std::next(it);
    }
}

} // namespace ecsplan
