// One edit with the findings dock following it: an instance group of a generated design (1k /
// 10k / 50k components, as `ecsplan-cli generate --seed 1`) switches to a burstable type and
// back, the rules re-run its neighbourhood and the dock brings its list and the canvas badges
// up to date (FindingsDock on RulesEngine::findingsChanged). The aim for any single
// edit is ≤ 100 µs, flat.
//   editRulesOnly:     the edit without the dock (the rules' part).
//   editWithDock:      the edit and the dock's update, the dock not shown (model and badges).
//   editWithShownDock: the same with the dock shown (600×300) and the event loop's turn after
//                      each edit: the tree view's layout of its rows and the repaint.
//   QT_QPA_PLATFORM=offscreen ./bench_findings_gui --benchmark_filter='/50000'
#include "catalog/catalog.h"
#include "findings/findingsdock.h"
#include "generate/designgenerator.h"
#include "model/document.h"
#include "rules/rulesengine.h"

#include <benchmark/benchmark.h>

#include <QApplication>

#include <optional>

using namespace ecsplan;

namespace {

/** One edit and the dock's update; noinline for callgrind's --toggle-collect=*editStep*. */
[[gnu::noinline]] void editStep(Document &document, EntityId target, const QString &type,
                                bool events)
{
    document.setProperty({target}, Property::InstanceType, type, /*mergeable*/ true);
    if (events)
        QCoreApplication::processEvents();
}

/** `dock`: with the findings dock; `shown`: the dock shown, the event loop turning. */
void run(benchmark::State &state, bool dock, bool shown)
{
    Document document;
    document.resetModel(generateDesign({int(state.range(0)), 1}));
    RulesEngine rules(&document, nullptr, &Catalog::builtin());
    std::optional<FindingsDock> findings;
    if (dock)
        findings.emplace(&document, &rules);
    if (shown) {
        findings->resize(600, 300);
        findings->show();
        QCoreApplication::processEvents();
    }
    const EntityIds groups = document.model().ids(EntityKind::InstanceGroup);
    const EntityId target = groups.at(groups.size() / 2);
    const QStringList types
            = {QStringLiteral("ecs.t6-c1m2.large"), QStringLiteral("ecs.g8i.xlarge")};
    int i = 0;
    for (auto _ : state)
        editStep(document, target, types.at(i++ % 2), shown);
    state.counters["entities"] = document.model().size();
    state.counters["findings"] = double(rules.findingCount());
    state.counters["changed"] = double(rules.lastChange().size());
    state.counters["rebuilt"] = double(rules.lastChange().rebuilt);
}

void editRulesOnly(benchmark::State &state)
{
    run(state, false, false);
}

void editWithDock(benchmark::State &state)
{
    run(state, true, false);
}

void editWithShownDock(benchmark::State &state)
{
    run(state, true, true);
}

} // namespace

BENCHMARK(editRulesOnly)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMicrosecond);
BENCHMARK(editWithDock)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMicrosecond);
BENCHMARK(editWithShownDock)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                 : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
