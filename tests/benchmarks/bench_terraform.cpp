// Terraform export of a generated 10,000-node design (3 regions, CEN, ~20,000 links).
// Target: under 200 ms for the whole export (all files, in memory).

#include "export/terraform/terraformexporter.h"
#include "generateddesign.h"

#include <benchmark/benchmark.h>

namespace {

void BM_TerraformExport(benchmark::State &state)
{
    const ecsplan::Model model = ecsplan::test::generateDesign(int(state.range(0)), 2);
    qint64 bytes = 0;
    for (auto _ : state) {
        const ecsplan::ExportResult result = ecsplan::TerraformExporter::generate(model, {});
        bytes = 0;
        for (const QByteArray &file : result.files)
            bytes += file.size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["output_bytes"] = double(bytes);
}
BENCHMARK(BM_TerraformExport)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
