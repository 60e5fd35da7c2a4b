// Deployability check (core/validation::checkDesign) of generated designs: it runs before every
// Terraform export and on every refresh of the Terraform dock, so it must stay a small part of
// the export itself (bench_terraform: 10,000 nodes).

#include "catalog/catalog.h"
#include "generateddesign.h"
#include "validation/deployability.h"

#include <benchmark/benchmark.h>

namespace {

void BM_CheckDesign(benchmark::State &state)
{
    const ecsplan::Model model = ecsplan::test::generateDesign(int(state.range(0)), 2);
    const ecsplan::Catalog &catalog = ecsplan::Catalog::builtin();
    qsizetype problems = 0;
    for (auto _ : state) {
        problems = ecsplan::validation::checkDesign(model, catalog).size();
        benchmark::DoNotOptimize(problems);
    }
    state.counters["problems"] = double(problems);
}
BENCHMARK(BM_CheckDesign)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
