#include "trafficgrowth.h"

#include "catalog/catalog.h"
#include "ecsplan_global.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "model/document.h"

#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ecsplan {

namespace {

using metrics::number;

/** The most utilised resource of `id` in `engine`, 0 without any. */
double utilisationOf(const MetricsEngine &engine, EntityId id)
{
    const std::optional<ComponentLoad> l = engine.load(id);
    return l ? l->utilisation() : 0.0;
}

/** One change that may carry a broken component: its text and how to make it. */
struct Candidate
{
    QString text;
    std::function<Document::Result(Document &)> apply;
};

} // namespace

double TrafficGrowth::Result::firstBreak() const
{
    for (const Step &s : steps) {
        if (!s.over.isEmpty())
            return s.factor;
    }
    return 0;
}

QList<double> TrafficGrowth::stepsUpTo(double k)
{
    k = std::clamp(k, 1.0, 100.0);
    QList<double> out;
    for (double f = 1; f < k - 1e-9; f *= 2)
        out << f;
    out << k;
    return out;
}

Model TrafficGrowth::scaled(Model model, double factor)
{
    for (EntityId id : model.ids(EntityKind::Link)) {
        const Entity *e = model.find(id);
        model.setProperty(id, Property::LinkRequestsPerSecond, e->link.requestsPerSecond * factor);
        model.setProperty(id, Property::LinkGbPerMonth, e->link.gbPerMonth * factor);
    }
    return model;
}

TrafficGrowth::Result TrafficGrowth::run(const Model &model, const Catalog &catalog,
                                         const QList<double> &factors)
{
    Result result;
    result.currency = model.settings().currency;
    double today = 0;
    bool todayMissing = false;
    {
        Document base;
        base.resetModel(model);
        MetricsEngine engine(&base, &catalog);
        today = engine.totals().monthly;
        todayMissing = !engine.totals().complete();
    }
    for (double factor : factors) {
        Step step;
        step.factor = factor;
        Document document;
        document.resetModel(scaled(model, factor));
        MetricsEngine engine(&document, &catalog);
        for (EntityId id : document.model().ids()) {
            const std::optional<ComponentLoad> l = engine.load(id);
            const ResourceLoad *b = l ? l->bottleneck() : nullptr;
            if (!b || b->utilisation() <= 1.0)
                continue;
            step.over << Over{
                    id, document.model().find(id)->name, b->resource, b->utilisation(), {}};
        }
        std::sort(step.over.begin(), step.over.end(), [](const Over &a, const Over &b) {
            return a.utilisation != b.utilisation ? a.utilisation > b.utilisation
                                                  : a.component < b.component;
        });
        // The cheapest change per broken component, kept (the next one sees it).
        for (Over &o : step.over) {
            const Entity e = *document.model().find(o.component);
            QList<Candidate> candidates;
            const double u = utilisationOf(engine, o.component);
            if (e.kind == EntityKind::InstanceGroup) {
                const int needed = int(std::ceil(u * e.compute.count - 1e-9));
                if (needed <= 2000)
                    candidates << Candidate{Tr::tr("%1 instances").arg(needed),
                                            [id = e.id, needed](Document &d) {
                                                return d.setProperty({id}, Property::Count, needed);
                                            }};
            } else if (e.kind == EntityKind::ScalingGroup) {
                const int needed = int(std::ceil(u * std::max(e.compute.desiredSize, 1) - 1e-9));
                if (needed <= 2000)
                    candidates << Candidate{
                            Tr::tr("desired size %1").arg(needed),
                            [id = e.id, needed, max = e.compute.maxSize](Document &d) {
                                if (needed > max) {
                                    const auto r = d.setProperty({id}, Property::MaxSize, needed);
                                    if (!r.ok())
                                        return r;
                                }
                                return d.setProperty({id}, Property::DesiredSize, needed);
                            }};
            } else if (e.kind == EntityKind::Cache) {
                const RedisClassSpec *spec = nullptr;
                for (const RedisClassSpec &c : catalog.redisClasses()) {
                    if (c.instanceClass == e.cache.instanceClass)
                        spec = &c;
                }
                const int shards = e.cache.shards > 0
                        ? e.cache.shards
                        : std::max(spec ? spec->shards.value_or(1) : 1, 1);
                const int needed = int(std::ceil(u * shards - 1e-9));
                if (needed <= 256)
                    candidates << Candidate{
                            Tr::tr("%1 shards").arg(needed), [id = e.id, needed](Document &d) {
                                return d.setProperty({id}, Property::CacheShards, needed);
                            }};
            }
            if (e.isCompute()) {
                // The smallest type of its family whose instances carry it at the same count.
                const InstanceTypeSpec *current = catalog.instanceType(e.compute.instanceType);
                QList<const InstanceTypeSpec *> family;
                for (const InstanceTypeSpec &t : catalog.instanceTypes()) {
                    if (current && t.family == current->family && t.arch == current->arch
                        && !t.bareMetal && t.vcpu > current->vcpu)
                        family << &t;
                }
                std::sort(family.begin(), family.end(), [](const auto *a, const auto *b) {
                    return a->vcpu != b->vcpu ? a->vcpu < b->vcpu : a->memoryGiB < b->memoryGiB;
                });
                for (const InstanceTypeSpec *t : family) {
                    if (!document.setProperty({e.id}, Property::InstanceType, t->id).ok())
                        continue;
                    engine.flush();
                    const bool carries = utilisationOf(engine, e.id) <= 1.0;
                    document.undo();
                    engine.flush();
                    if (carries) {
                        candidates << Candidate{t->id, [id = e.id, type = t->id](Document &d) {
                                                    return d.setProperty(
                                                            {id}, Property::InstanceType, type);
                                                }};
                        break;
                    }
                }
            }
            // Each candidate tried: it must carry the component; the cheapest is kept.
            const double before = engine.totals().monthly;
            int best = -1;
            double bestCost = 0;
            for (int i = 0; i < candidates.size(); ++i) {
                const int depth = document.undoStack()->index();
                if (!candidates[i].apply(document).ok()) {
                    while (document.undoStack()->index() > depth)
                        document.undo();
                    engine.flush();
                    continue;
                }
                engine.flush();
                const double cost = engine.totals().monthly - before;
                const bool carries = utilisationOf(engine, e.id) <= 1.0;
                while (document.undoStack()->index() > depth)
                    document.undo();
                engine.flush();
                if (carries && (best < 0 || cost < bestCost)) {
                    best = i;
                    bestCost = cost;
                }
            }
            if (best < 0) {
                step.carried = false;
                continue;
            }
            candidates[best].apply(document);
            engine.flush();
            o.change = candidates[best].text;
            step.monthlyOfChanges += bestCost;
        }
        step.monthlyToCarry = engine.totals().monthly - today;
        step.priceMissing = todayMissing || !engine.totals().complete();
        result.steps << step;
    }
    return result;
}

} // namespace ecsplan
