// Hostile shapes (issue 14) that once took seconds to minutes: many disks on one instance group
// (each disk summed all its siblings: quadratic) and one huge id (a bitmap as large as the id).
// Both must now cost what the design's size costs: linear in the disks, flat in the id.
#include "catalog/catalog.h"
#include "io/designjson.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "rules/rulesengine.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using namespace ecsplan;

namespace {

Model groupWithDisks(int disks)
{
    Model model;
    Entity region = makeEntity(EntityKind::Region);
    region.id = entityId(1);
    region.code = QStringLiteral("cn-hangzhou");
    model.insert(region);
    Entity zone = makeEntity(EntityKind::Zone);
    zone.id = entityId(2);
    zone.parent = region.id;
    zone.code = QStringLiteral("cn-hangzhou-h");
    model.insert(zone);
    Entity group = makeEntity(EntityKind::InstanceGroup);
    group.id = entityId(3);
    group.parent = zone.id;
    model.insert(group);
    for (int i = 0; i < disks; ++i) {
        Entity disk = makeEntity(EntityKind::Disk);
        disk.id = entityId(quint32(10 + i));
        disk.parent = zone.id;
        disk.name = QStringLiteral("d%1").arg(i);
        disk.disk.attachedTo = group.id;
        model.insert(disk);
    }
    return model;
}

/** Metrics and rules of a group with N attached disks (was 33 s for 10,000 in `report`). */
void manyDisksOnOneGroup(benchmark::State &state)
{
    Document doc;
    doc.resetModel(groupWithDisks(int(state.range(0))));
    MetricsEngine metrics(&doc, &Catalog::builtin());
    RulesEngine rules(&doc, &metrics, &Catalog::builtin());
    for (auto _ : state) {
        metrics.recomputeAll();
        rules.evaluateAll();
        benchmark::DoNotOptimize(metrics.totals().monthly);
    }
    state.SetComplexityN(state.range(0));
}

/** A full recompute of a small design whose one endpoint has id `range(0)` (was 15 s at 4e9). */
void largeId(benchmark::State &state)
{
    Model model = groupWithDisks(10);
    Entity users = makeEntity(EntityKind::Endpoint);
    users.id = entityId(quint32(state.range(0)));
    model.insert(users);
    Document doc;
    doc.resetModel(model);
    MetricsEngine metrics(&doc, &Catalog::builtin());
    for (auto _ : state) {
        metrics.recomputeAll();
        benchmark::DoNotOptimize(metrics.totals().monthly);
    }
}

} // namespace

BENCHMARK(manyDisksOnOneGroup)
        ->RangeMultiplier(10)
        ->Range(100, 10000)
        ->Complexity()
        ->Unit(benchmark::kMillisecond);
BENCHMARK(largeId)->Arg(100)->Arg(2147483647)->Arg(4000000000)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
