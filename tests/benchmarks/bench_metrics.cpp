// Metrics engine: full recompute and single-property incremental updates on generated designs
// (tests/support/generateddesign.h, two links per node). Aims: full recompute of 10,000 nodes
// under 10 ms; an incremental update whose cost stays flat as the design grows.
#include "catalog/catalog.h"
#include "generateddesign.h"
#include "metrics/metricsengine.h"
#include "model/document.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using namespace ecsplan;

namespace {

void fullRecompute(benchmark::State &state)
{
    Document doc;
    doc.resetModel(test::generateDesign(int(state.range(0)), 2));
    MetricsEngine engine(&doc, &Catalog::builtin());
    for (auto _ : state) {
        engine.recomputeAll();
        benchmark::DoNotOptimize(engine.totals().monthly);
    }
    state.counters["entities"] = doc.model().size();
}

/** One undoable property edit through the document verb, then the engine's flush. */
void incremental(benchmark::State &state, EntityKind kind, Property property)
{
    Document doc;
    doc.resetModel(test::generateDesign(int(state.range(0)), 2));
    MetricsEngine engine(&doc, &Catalog::builtin());
    const EntityIds ids = doc.model().ids(kind);
    const EntityId target = ids.at(ids.size() / 2);
    int i = 0;
    for (auto _ : state) {
        const QVariant value = property == Property::DiskSizeGiB ? QVariant(100 + (i++ % 2) * 100)
                : property == Property::Count || property == Property::CacheShards
                ? QVariant(1 + (i++ % 2))
                : QVariant(10.0 + (i++ % 2));
        doc.setProperty({target}, property, value, /*mergeable*/ true);
        engine.flush();
        benchmark::DoNotOptimize(engine.totals().monthly);
    }
    state.counters["entities"] = doc.model().size();
}

void incrementalDiskSize(benchmark::State &state)
{
    incremental(state, EntityKind::Disk, Property::DiskSizeGiB);
}
void incrementalInstanceCount(benchmark::State &state)
{
    incremental(state, EntityKind::InstanceGroup, Property::Count);
}
void incrementalLinkVolume(benchmark::State &state)
{
    incremental(state, EntityKind::Link, Property::LinkGbPerMonth);
}
/** A link's request rate: the demand of both its ends is recomputed (docs/demand.md). */
void incrementalLinkRequests(benchmark::State &state)
{
    incremental(state, EntityKind::Link, Property::LinkRequestsPerSecond);
}

/** A cache's shards: its capacity, load and the rules' inputs (docs/demand.md). */
void incrementalCacheShards(benchmark::State &state)
{
    incremental(state, EntityKind::Cache, Property::CacheShards);
}

} // namespace

BENCHMARK(fullRecompute)
        ->Arg(100)
        ->Arg(1000)
        ->Arg(10000)
        ->Arg(50000)
        ->Unit(benchmark::kMillisecond);
BENCHMARK(incrementalDiskSize)
        ->Arg(100)
        ->Arg(1000)
        ->Arg(10000)
        ->Arg(50000)
        ->Unit(benchmark::kMicrosecond);
BENCHMARK(incrementalInstanceCount)
        ->Arg(100)
        ->Arg(1000)
        ->Arg(10000)
        ->Arg(50000)
        ->Unit(benchmark::kMicrosecond);
BENCHMARK(incrementalLinkVolume)
        ->Arg(100)
        ->Arg(1000)
        ->Arg(10000)
        ->Arg(50000)
        ->Unit(benchmark::kMicrosecond);
BENCHMARK(incrementalLinkRequests)
        ->Arg(100)
        ->Arg(1000)
        ->Arg(10000)
        ->Arg(50000)
        ->Unit(benchmark::kMicrosecond);
BENCHMARK(incrementalCacheShards)
        ->Arg(100)
        ->Arg(1000)
        ->Arg(10000)
        ->Arg(50000)
        ->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
