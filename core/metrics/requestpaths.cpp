#include "requestpaths.h"

#include "latency.h"
#include "model/model.h"

#include <algorithm>

namespace ecsplan::RequestPaths {

namespace {

struct Walker
{
    const Model &model;
    const IdTable<LinkMetrics> &links;
    const IdTable<DiskMetrics> &disks;
    QList<PathMetrics> result;
    EntityIds hops;
    EntityIds via;

    EntityIds outgoing(EntityId node) const
    {
        EntityIds out;
        const EntityIds links = model.linksOf(node); // const: iterating does not detach it
        for (EntityId l : links) {
            const Entity *link = model.find(l);
            if (link && link->link.from == node && !hops.contains(link->link.to))
                out << l;
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    void emitPath()
    {
        PathMetrics p;
        p.hops = hops;
        p.links = via;
        QList<RttRange> ranges;
        for (EntityId l : via) {
            const LinkMetrics m = links.value(l);
            p.hopTypicalMs << m.latencyTypicalMs;
            p.hopWorstMs << m.latencyWorstMs;
            p.hopLatencyKnown << m.latencyKnown;
            p.partial = p.partial || !m.latencyKnown;
            ranges << RttRange{m.latencyTypicalMs, m.latencyWorstMs};
        }
        RttRange storage;
        const EntityIds attached = model.disksAttachedTo(hops.last());
        for (EntityId d : attached) {
            const DiskMetrics *it = disks.find(d);
            if (it && it->latencyWorstMs > storage.worstMs)
                storage = {it->latencyTypicalMs, it->latencyWorstMs};
        }
        p.storageTypicalMs = storage.typicalMs;
        p.storageWorstMs = storage.worstMs;
        const RttRange sum = pathLatency(ranges, storage);
        p.typicalMs = sum.typicalMs;
        p.worstMs = sum.worstMs;
        result << p;
    }

    void walk(EntityId node)
    {
        if (result.size() >= MaxPaths)
            return;
        const EntityIds next = via.size() < MaxHops ? outgoing(node) : EntityIds();
        if (next.isEmpty()) {
            if (!via.isEmpty())
                emitPath();
            return;
        }
        for (EntityId l : next) {
            const EntityId to = model.find(l)->link.to;
            hops << to;
            via << l;
            walk(to);
            hops.removeLast();
            via.removeLast();
            if (result.size() >= MaxPaths)
                return;
        }
    }
};

} // namespace

QList<PathMetrics> compute(const Model &model, const EntityIds &endpoints,
                           const IdTable<LinkMetrics> &links, const IdTable<DiskMetrics> &disks)
{
    Walker w{model, links, disks, {}, {}, {}};
    for (EntityId endpoint : endpoints) {
        w.hops = {endpoint};
        w.via.clear();
        w.walk(endpoint);
    }
    return w.result;
}

} // namespace ecsplan::RequestPaths
