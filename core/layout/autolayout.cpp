#include "autolayout.h"

#include "model/placement.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <functional>

namespace ecsplan::AutoLayout {

namespace {

constexpr qreal ColumnGap = 120; ///< room for a link and its label between tiers
constexpr qreal RowGap = 36;
constexpr qreal DiskGap = 28; ///< between instances and the disk under them
constexpr qreal ZonePadding = 30;
constexpr qreal ZoneGap = 40;
/** Narrowest zone content when zones stand side by side: the header needs ~320 units. */
constexpr qreal SideBySideZoneContent = 260;
constexpr qreal RegionPadding = 24;
constexpr qreal RegionGap = 140;
constexpr int SecurityGroupRank = 1000; ///< security groups carry no links: the last column

bool isNode(const Entity &e)
{
    return !e.isLink() && !e.isContainer();
}

int defaultRank(const Entity &e)
{
    switch (e.kind) {
    case EntityKind::Endpoint:
        return 0;
    case EntityKind::LoadBalancer:
        return 1;
    case EntityKind::InstanceGroup:
    case EntityKind::ScalingGroup:
        return 2;
    case EntityKind::Cache:
    case EntityKind::Disk:
        return 3;
    case EntityKind::SecurityGroup:
        return SecurityGroupRank;
    default:
        return 2;
    }
}

/** Sort key inside a column: kind, then name, so the result does not depend on ids. */
bool before(const Entity *a, const Entity *b)
{
    if (a->kind != b->kind)
        return int(a->kind) < int(b->kind);
    return a->name.localeAwareCompare(b->name) < 0;
}

} // namespace

QHash<EntityId, int> ranks(const Model &model)
{
    QHash<EntityId, EntityIds> out;
    EntityIds nodes;
    for (const Entity &e : model.entities()) {
        if (isNode(e))
            nodes << e.id;
        if (e.isLink() && e.link.from != e.link.to)
            out[e.link.from] << e.link.to;
    }
    std::sort(nodes.begin(), nodes.end(),
              [&model](EntityId a, EntityId b) { return before(model.find(a), model.find(b)); });
    // Strongly connected components (Tarjan): peers that send to each other (a Kafka ring,
    // a primary and its standby replicating both ways) share a tier.
    QHash<EntityId, int> index, low, component;
    QSet<EntityId> onStack;
    EntityIds stack;
    int counter = 0, components = 0;
    std::function<void(EntityId)> connect = [&](EntityId v) {
        index[v] = low[v] = counter++;
        stack << v;
        onStack.insert(v);
        for (EntityId w : out.value(v)) {
            if (!index.contains(w)) {
                connect(w);
                low[v] = qMin(low[v], low[w]);
            } else if (onStack.contains(w)) {
                low[v] = qMin(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            EntityId w;
            do {
                w = stack.takeLast();
                onStack.remove(w);
                component[w] = components;
            } while (w != v);
            ++components;
        }
    };
    for (EntityId id : std::as_const(nodes)) {
        if (!index.contains(id))
            connect(id);
    }
    // Longest path over the components (Tarjan numbers them in reverse topological order).
    QHash<int, QSet<int>> next;
    QHash<int, int> inDegree;
    QHash<int, bool> linked;
    for (auto it = out.cbegin(); it != out.cend(); ++it) {
        for (EntityId to : it.value()) {
            const int a = component.value(it.key()), b = component.value(to);
            linked[a] = linked[b] = true;
            if (a != b && !next[a].contains(b)) {
                next[a].insert(b);
                inDegree[b] += 1;
            }
        }
    }
    QHash<int, int> componentRank;
    for (int c = components - 1; c >= 0; --c) {
        if (!componentRank.contains(c))
            componentRank.insert(c, 0);
        for (int d : next.value(c))
            componentRank[d] = qMax(componentRank.value(d), componentRank.value(c) + 1);
    }
    // Pull a source up to just before its nearest target (a batch job that only writes the
    // database stands next to it, not far left among the endpoints).
    for (int c = 0; c < components; ++c) {
        if (inDegree.value(c) > 0 || next.value(c).isEmpty())
            continue;
        int nearest = -1;
        for (int d : next.value(c))
            nearest = nearest < 0 ? componentRank.value(d) : qMin(nearest, componentRank.value(d));
        if (nearest > 0)
            componentRank[c] = nearest - 1;
    }
    QHash<EntityId, int> rank;
    for (EntityId id : std::as_const(nodes)) {
        const int c = component.value(id);
        const Entity *e = model.find(id);
        if (!linked.value(c))
            rank.insert(id, defaultRank(*e));
        else if (e->kind == EntityKind::Endpoint && inDegree.value(c) == 0)
            rank.insert(id, 0);
        else
            rank.insert(id, componentRank.value(c));
    }
    return rank;
}

namespace {

/** A region with what stands beside it (its sending endpoints), laid out from (0, 0). */
struct Block
{
    QHash<EntityId, QRectF> rects;
    QSizeF size;
};

void translate(Block &block, const QPointF &offset)
{
    for (QRectF &r : block.rects)
        r.translate(offset);
}

} // namespace

QHash<EntityId, QRectF> compute(const Model &model, qreal viewAspect)
{
    const QHash<EntityId, int> rank = ranks(model);
    auto sizeOf = [](const Entity &e) {
        return e.geometry.size().isEmpty() ? defaultSize(e.kind) : e.geometry.size();
    };
    // Disks under their instances (same container), the rest in columns.
    QHash<EntityId, EntityIds> disksUnder;
    QSet<EntityId> underSomething;
    for (const Entity &e : model.entities()) {
        if (e.kind != EntityKind::Disk || !isValid(e.disk.attachedTo))
            continue;
        const Entity *compute = model.find(e.disk.attachedTo);
        if (compute && compute->parent == e.parent) {
            disksUnder[compute->id] << e.id;
            underSomething.insert(e.id);
        }
    }
    for (EntityIds &disks : disksUnder) {
        std::sort(disks.begin(), disks.end(), [&model](EntityId a, EntityId b) {
            return before(model.find(a), model.find(b));
        });
    }
    // Zones spanned by a group placed elsewhere show a chip per group at their bottom-left
    // (SpanChipItem, 22 units + 4 apart): keep room for them under the cards.
    QHash<EntityId, int> chips;
    for (const Entity &e : model.entities()) {
        if (!isNode(e))
            continue;
        for (EntityId z : model.spannedZones(e.id)) {
            if (z != e.parent)
                chips[z] += 1;
        }
    }

    // Endpoints: a sender stands left of the region it sends to, a receiver right of it.
    EntityIds regions = model.ids(EntityKind::Region);
    std::sort(regions.begin(), regions.end(), [&model](EntityId a, EntityId b) {
        const QRectF ga = model.find(a)->geometry;
        const QRectF gb = model.find(b)->geometry;
        return ga.top() != gb.top() ? ga.top() < gb.top() : ga.left() < gb.left();
    });
    QHash<EntityId, QList<const Entity *>> sendersOf, receiversOf;
    QList<const Entity *> loose;
    for (const Entity &e : model.entities()) {
        if (!isNode(e) || isValid(e.parent))
            continue;
        EntityId region = EntityId::None;
        bool sends = false;
        for (EntityId l : model.linksOf(e.id)) {
            const Entity *link = model.find(l);
            const bool from = link->link.from == e.id;
            sends = sends || from;
            if (!isValid(region))
                region = model.regionOf(from ? link->link.to : link->link.from);
        }
        if (!isValid(region))
            loose << &e;
        else
            (sends ? sendersOf : receiversOf)[region] << &e;
    }

    // sideBySide: zones next to each other, each with only its own columns (suits zones that
    // each hold one tier, e.g. a broker per zone); otherwise stacked, sharing the columns.
    auto layoutRegion = [&](EntityId regionId, bool sideBySide) {
        Block block;
        EntityIds zones;
        for (EntityId id : model.childrenOf(regionId)) {
            if (model.find(id)->kind == EntityKind::Zone)
                zones << id;
        }
        std::sort(zones.begin(), zones.end(), [&model](EntityId a, EntityId b) {
            const Entity *za = model.find(a);
            const Entity *zb = model.find(b);
            const QString ka = za->code.isEmpty() ? za->name : za->code;
            const QString kb = zb->code.isEmpty() ? zb->name : zb->code;
            return ka.localeAwareCompare(kb) < 0;
        });
        // container → rank → nodes
        QMap<EntityId, QMap<int, QList<const Entity *>>> columns;
        QList<const Entity *> securityGroups;
        for (EntityId c : zones + EntityIds{regionId}) {
            for (EntityId id : model.childrenOf(c)) {
                const Entity *e = model.find(id);
                if (!e || !isNode(*e) || underSomething.contains(id))
                    continue;
                if (e->kind == EntityKind::SecurityGroup && c == regionId)
                    securityGroups << e;
                else
                    columns[c][rank.value(id)] << e;
            }
        }
        // Security groups carry no traffic: they take the band's free columns, rightmost first.
        std::sort(securityGroups.begin(), securityGroups.end(), before);
        QSet<int> used;
        for (const auto &byRank : std::as_const(columns))
            for (auto r = byRank.cbegin(); r != byRank.cend(); ++r)
                used.insert(r.key());
        QList<int> ranksUsed(used.cbegin(), used.cend());
        std::sort(ranksUsed.begin(), ranksUsed.end());
        QList<int> freeInBand;
        for (int r : std::as_const(ranksUsed)) {
            if (!columns.value(regionId).contains(r))
                freeInBand.prepend(r);
        }
        int extra = SecurityGroupRank;
        for (const Entity *sg : std::as_const(securityGroups)) {
            const int r = freeInBand.isEmpty() ? extra : freeInBand.takeFirst();
            columns[regionId][r] << sg;
        }
        for (auto &byRank : columns)
            for (auto &list : byRank)
                std::sort(list.begin(), list.end(), before);
        // Shared columns: every rank used anywhere in the region, as wide as its widest card.
        QMap<int, qreal> columnWidth;
        for (auto c = columns.cbegin(); c != columns.cend(); ++c)
            for (auto r = c->cbegin(); r != c->cend(); ++r)
                for (const Entity *e : *r)
                    columnWidth[r.key()] = qMax(columnWidth.value(r.key()), sizeOf(*e).width());
        QMap<int, qreal> columnX;
        qreal cx = 0;
        for (auto it = columnWidth.cbegin(); it != columnWidth.cend(); ++it) {
            columnX.insert(it.key(), cx);
            cx += it.value() + ColumnGap;
        }
        const qreal contentWidth = qMax<qreal>(cx - ColumnGap, 2 * 160 + ColumnGap);
        auto stackOf
                = [&](EntityId container, qreal left, qreal y0, const QMap<int, qreal> &colXs) {
                      qreal tallest = 0;
                      const auto cols = columns.value(container);
                      for (auto r = cols.cbegin(); r != cols.cend(); ++r) {
                          qreal y = y0;
                          for (const Entity *e : *r) {
                              const QSizeF s = sizeOf(*e);
                              const qreal colX = left + colXs.value(r.key());
                              block.rects.insert(e->id, QRectF(QPointF(colX, y), s));
                              qreal dy = y + s.height();
                              for (EntityId d : disksUnder.value(e->id)) {
                                  const QSizeF ds = sizeOf(*model.find(d));
                                  dy += DiskGap;
                                  block.rects.insert(d, QRectF(QPointF(colX, dy), ds));
                                  dy += ds.height();
                              }
                              y = dy + RowGap;
                          }
                          tallest = qMax(tallest, y - RowGap - y0);
                      }
                      return tallest;
                  };
        // Senders in a column left of the region, receivers right of it.
        qreal x = 0;
        qreal height = 0;
        auto endpointColumn = [&](const QList<const Entity *> &list, qreal left) {
            qreal width = 0;
            qreal y = Placement::headerRoom(EntityKind::Region);
            for (const Entity *e : list) {
                const QSizeF s = sizeOf(*e);
                block.rects.insert(e->id, QRectF(QPointF(left, y), s));
                y += s.height() + RowGap;
                width = qMax(width, s.width());
            }
            height = qMax(height, y);
            return width;
        };
        QList<const Entity *> senders = sendersOf.value(regionId);
        QList<const Entity *> receivers = receiversOf.value(regionId);
        std::sort(senders.begin(), senders.end(), before);
        std::sort(receivers.begin(), receivers.end(), before);
        if (!senders.isEmpty())
            x += endpointColumn(senders, 0) + ColumnGap;
        const qreal regionLeft = x;
        const qreal zoneLeft = regionLeft + RegionPadding;
        const qreal contentLeft = zoneLeft + ZonePadding;
        qreal y = Placement::headerRoom(EntityKind::Region);
        const qreal band = stackOf(regionId, contentLeft, y, columnX);
        if (band > 0)
            y += band + ZoneGap;
        qreal innerWidth = contentWidth + 2 * ZonePadding; // the zones' span inside the region
        if (sideBySide && !zones.isEmpty()) {
            // Links fan out from the band to every zone: room for their figures above the row.
            const qreal zonesTop = band > 0 ? y + ZoneGap : y;
            qreal zx = zoneLeft, tallest = 0;
            QList<QRectF> rects;
            for (EntityId zoneId : std::as_const(zones)) {
                // This zone's own columns, in rank order, as wide as its widest card.
                QMap<int, qreal> ownX;
                qreal ox = 0;
                const auto cols = columns.value(zoneId);
                for (auto r = cols.cbegin(); r != cols.cend(); ++r) {
                    qreal w = 0;
                    for (const Entity *e : *r)
                        w = qMax(w, sizeOf(*e).width());
                    ownX.insert(r.key(), ox);
                    ox += w + ColumnGap;
                }
                // At least room for the zone's title, code and cost in its header.
                const qreal ownWidth = qMax<qreal>(ox - ColumnGap, SideBySideZoneContent);
                const qreal contentTop = zonesTop + Placement::headerRoom(EntityKind::Zone);
                const qreal chipRoom = chips.value(zoneId) > 0 ? chips.value(zoneId) * 26 + 6 : 0;
                const qreal zoneHeight
                        = qMax<qreal>(stackOf(zoneId, zx + ZonePadding, contentTop, ownX), 64)
                        + chipRoom;
                rects << QRectF(zx, zonesTop, ownWidth + 2 * ZonePadding,
                                contentTop - zonesTop + zoneHeight + ZonePadding);
                tallest = qMax(tallest, rects.last().height());
                zx = rects.last().right() + ZoneGap;
            }
            for (qsizetype i = 0; i < zones.size(); ++i) { // one height for the row of zones
                rects[i].setHeight(tallest);
                block.rects.insert(zones[i], rects[i]);
            }
            // As wide as the row of zones, or as the band above it where that is wider.
            qreal bandRight = 0;
            const auto bandColumns = columns.value(regionId);
            for (auto r = bandColumns.cbegin(); r != bandColumns.cend(); ++r)
                bandRight = qMax(bandRight, columnX.value(r.key()) + columnWidth.value(r.key()));
            innerWidth = qMax(bandRight + 2 * ZonePadding, zx - ZoneGap - zoneLeft);
            y = zonesTop + tallest + ZoneGap;
        } else {
            for (EntityId zoneId : std::as_const(zones)) {
                const qreal zoneTop = y;
                const qreal contentTop = zoneTop + Placement::headerRoom(EntityKind::Zone);
                const qreal chipRoom = chips.value(zoneId) > 0 ? chips.value(zoneId) * 26 + 6 : 0;
                const qreal zoneHeight
                        = qMax<qreal>(stackOf(zoneId, contentLeft, contentTop, columnX), 64)
                        + chipRoom;
                const QRectF zoneRect(zoneLeft, zoneTop, contentWidth + 2 * ZonePadding,
                                      contentTop - zoneTop + zoneHeight + ZonePadding);
                block.rects.insert(zoneId, zoneRect);
                y = zoneRect.bottom() + ZoneGap;
            }
        }
        const qreal regionWidth = innerWidth + 2 * RegionPadding;
        const qreal regionHeight = qMax<qreal>(y - ZoneGap + RegionPadding, 200);
        block.rects.insert(regionId, QRectF(regionLeft, 0, regionWidth, regionHeight));
        x = regionLeft + regionWidth;
        if (!receivers.isEmpty())
            x += ColumnGap + endpointColumn(receivers, x + ColumnGap);
        block.size = QSizeF(x, qMax(height, regionHeight));
        return block;
    };

    // Each region stacked or with its zones side by side, whichever fits the view larger.
    const qreal aspect = viewAspect > 0 ? viewAspect : DefaultViewAspect;
    auto fittedZoom = [aspect](const QSizeF &size) {
        return qMin(aspect / qMax<qreal>(size.width(), 1), 1 / qMax<qreal>(size.height(), 1));
    };
    QList<Block> blocks;
    for (EntityId regionId : std::as_const(regions)) {
        Block stacked = layoutRegion(regionId, false);
        Block beside = layoutRegion(regionId, true);
        blocks << (fittedZoom(beside.size) > fittedZoom(stacked.size) * 1.0001 ? beside : stacked);
    }
    if (!loose.isEmpty()) {
        std::sort(loose.begin(), loose.end(), before);
        Block block;
        qreal y = 0, width = 0;
        for (const Entity *e : std::as_const(loose)) {
            const QSizeF s = sizeOf(*e);
            block.rects.insert(e->id, QRectF(QPointF(0, y), s));
            y += s.height() + RowGap;
            width = qMax(width, s.width());
        }
        block.size = QSizeF(width, y - RowGap);
        blocks << block;
    }

    // Regions in rows: as many per row as lets the drawing fit the view at the largest zoom
    // (for a view of height 1 and width viewAspect the fitted zoom is min(aspect/W, 1/H)).
    QHash<EntityId, QRectF> result;
    if (blocks.isEmpty())
        return result;
    int bestPerRow = 1;
    qreal bestZoom = -1;
    for (int perRow = 1; perRow <= blocks.size(); ++perRow) {
        qreal width = 0, height = 0, rowWidth = 0, rowHeight = 0;
        for (int i = 0; i < blocks.size(); ++i) {
            if (i % perRow == 0 && i > 0) {
                width = qMax(width, rowWidth - RegionGap);
                height += rowHeight + RegionGap;
                rowWidth = rowHeight = 0;
            }
            rowWidth += blocks[i].size.width() + RegionGap;
            rowHeight = qMax(rowHeight, blocks[i].size.height());
        }
        width = qMax(width, rowWidth - RegionGap);
        height += rowHeight;
        const qreal zoom = qMin(aspect / qMax<qreal>(width, 1), 1 / qMax<qreal>(height, 1));
        if (zoom > bestZoom * 1.0001) { // ties keep fewer per row
            bestZoom = zoom;
            bestPerRow = perRow;
        }
    }
    qreal x = 0, y = 0, rowHeight = 0;
    for (int i = 0; i < blocks.size(); ++i) {
        if (i % bestPerRow == 0 && i > 0) {
            x = 0;
            y += rowHeight + RegionGap;
            rowHeight = 0;
        }
        translate(blocks[i], QPointF(x, y));
        for (auto it = blocks[i].rects.cbegin(); it != blocks[i].rects.cend(); ++it)
            result.insert(it.key(), it.value());
        x += blocks[i].size.width() + RegionGap;
        rowHeight = qMax(rowHeight, blocks[i].size.height());
    }
    return result;
}

} // namespace ecsplan::AutoLayout
