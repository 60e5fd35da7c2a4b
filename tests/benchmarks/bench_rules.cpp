// Rules engine: full evaluation and one edit's incremental re-evaluation on generated designs
// (tests/support/generateddesign.h). The incremental cost is the edited entity's neighbourhood
// plus the groups of the design-wide rules it belongs to (ECS001, ECS006/ECS007 tiers): flat
// with design size, link edits included (a traffic edit leaves internet reachability alone;
// only a reconnection or removal walks it again, linearly).
#include "catalog/catalog.h"
#include "generateddesign.h"
#include "model/document.h"
#include "rules/rulesengine.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>

using namespace ecsplan;

namespace {

void fullEvaluation(benchmark::State &state)
{
    Document doc;
    doc.resetModel(test::generateDesign(int(state.range(0)), 2));
    RulesEngine engine(&doc, nullptr, &Catalog::builtin());
    for (auto _ : state) {
        engine.evaluateAll();
        benchmark::DoNotOptimize(engine.findings().size());
    }
    state.counters["entities"] = doc.model().size();
    state.counters["findings"] = double(engine.findings().size());
}

void incrementalDiskSize(benchmark::State &state)
{
    Document doc;
    doc.resetModel(test::generateDesign(int(state.range(0)), 2));
    RulesEngine engine(&doc, nullptr, &Catalog::builtin());
    const EntityIds disks = doc.model().ids(EntityKind::Disk);
    const EntityId target = disks.at(disks.size() / 2);
    int i = 0;
    for (auto _ : state) {
        doc.setProperty({target}, Property::DiskSizeGiB, 100 + (i++ % 2) * 100, /*mergeable*/ true);
        benchmark::DoNotOptimize(engine.findingCount());
    }
    state.counters["entities"] = doc.model().size();
    state.counters["rerun"] = engine.lastBatchEntityCount();
}

/** An instance group switching to a burstable type and back: per-entity rules plus ECS001. */
void incrementalInstanceType(benchmark::State &state)
{
    Document doc;
    doc.resetModel(test::generateDesign(int(state.range(0)), 2));
    RulesEngine engine(&doc, nullptr, &Catalog::builtin());
    const EntityIds groups = doc.model().ids(EntityKind::InstanceGroup);
    const EntityId target = groups.at(groups.size() / 2);
    const QStringList types
            = {QStringLiteral("ecs.t6-c1m2.large"), QStringLiteral("ecs.g8i.xlarge")};
    int i = 0;
    for (auto _ : state) {
        doc.setProperty({target}, Property::InstanceType, types.at(i++ % 2), /*mergeable*/ true);
        benchmark::DoNotOptimize(engine.findingCount());
    }
    state.counters["rerun"] = engine.lastBatchEntityCount();
}

/**
 * The same edit, then what the findings dock reads after each change: the batch's differences
 * (lastChange(), patched into its list) and the worst severity of the entities whose badge
 * changed. Flat: before, the dock read findings() whole after every change, which the engine
 * copies from its ordered sets when first read (0.71 ms at 10k, 11.3 ms at 50k).
 */
void incrementalInstanceTypeDock(benchmark::State &state)
{
    Document doc;
    doc.resetModel(test::generateDesign(int(state.range(0)), 2));
    RulesEngine engine(&doc, nullptr, &Catalog::builtin());
    const EntityIds groups = doc.model().ids(EntityKind::InstanceGroup);
    const EntityId target = groups.at(groups.size() / 2);
    const QStringList types
            = {QStringLiteral("ecs.t6-c1m2.large"), QStringLiteral("ecs.g8i.xlarge")};
    int i = 0;
    qsizetype changed = 0;
    for (auto _ : state) {
        doc.setProperty({target}, Property::InstanceType, types.at(i++ % 2), /*mergeable*/ true);
        const FindingsDelta &delta = engine.lastChange();
        changed = delta.size();
        for (EntityId id : delta.badgesChanged)
            benchmark::DoNotOptimize(engine.worstSeverity(id));
    }
    state.counters["findings"] = double(engine.findingCount());
    state.counters["changed"] = double(changed);
}

/** A link's traffic edit: its ends' rules; reachability stays (issue #15: was a full pass). */
void incrementalLink(benchmark::State &state)
{
    Document doc;
    doc.resetModel(test::generateDesign(int(state.range(0)), 2));
    RulesEngine engine(&doc, nullptr, &Catalog::builtin());
    const EntityIds links = doc.model().ids(EntityKind::Link);
    const EntityId target = links.at(links.size() / 2);
    int i = 0;
    for (auto _ : state) {
        doc.setProperty({target}, Property::LinkGbPerMonth, 10.0 + (i++ % 2), /*mergeable*/ true);
        benchmark::DoNotOptimize(engine.findingCount());
    }
    state.counters["rerun"] = engine.lastBatchEntityCount();
}

/**
 * A cross-zone cache read's traffic edit (the link of the first ECS008 finding): the rule asks
 * for the cache's read replicas. Flat since the engine keeps the reverse references (RuleIndex)
 * across batches: a pass over the whole design per batch before (issue #15).
 */
void incrementalCacheLink(benchmark::State &state)
{
    Document doc;
    doc.resetModel(test::generateDesign(int(state.range(0)), 2));
    RulesEngine engine(&doc, nullptr, &Catalog::builtin());
    EntityId target = EntityId::None;
    for (const Finding &f : engine.findings()) {
        if (f.ruleId == QLatin1String("ECS008")) {
            target = f.subject();
            break;
        }
    }
    if (!isValid(target)) {
        state.SkipWithError("no ECS008 finding in the generated design");
        return;
    }
    int i = 0;
    for (auto _ : state) {
        doc.setProperty({target}, Property::LinkGbPerMonth, 10.0 + (i++ % 2), /*mergeable*/ true);
        benchmark::DoNotOptimize(engine.findingCount());
    }
    state.counters["rerun"] = engine.lastBatchEntityCount();
}

} // namespace

BENCHMARK(fullEvaluation)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
BENCHMARK(incrementalDiskSize)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
BENCHMARK(incrementalInstanceType)
        ->Arg(1000)
        ->Arg(10000)
        ->Arg(50000)
        ->Unit(benchmark::kMillisecond);
BENCHMARK(incrementalInstanceTypeDock)
        ->Arg(1000)
        ->Arg(10000)
        ->Arg(50000)
        ->Unit(benchmark::kMillisecond);
BENCHMARK(incrementalLink)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
BENCHMARK(incrementalCacheLink)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
