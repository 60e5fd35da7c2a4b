// What a user waits for when opening a design in the GUI: a generated design of 1k / 10k / 50k
// components (ecsplan::generateDesign, the same as `ecsplan-cli generate`) is opened in a fresh
// 1600×1000 main window until its first frame is painted: load → engines → scene → paint.
// One iteration per size (the figure is a cold open, as the user sees it). The design is
// generated and saved in a scope that ends before the open, so that only the window holds a
// model, as when a user opens a file. The counter peakRssMiB is the peak resident memory of
// the open alone (the kernel's high-water mark is reset after the generator's memory is given
// back), e.g.
//   QT_QPA_PLATFORM=offscreen ./bench_open_gui --benchmark_filter='OpenToFirstFrame/50000'
// The design rules run right after the first frame (MainWindow::rulesPending()): the counter
// rulesPending says they had not run when it was painted, and BM_OpenToRulesReady goes on until
// they have and the frame with their badges is painted (what the user waits for the findings).
// ECSPLAN_BENCH_DESIGN=FILE opens FILE instead of a generated design (the counter entities then
// reads 1): a heap profiler then sees the open alone, e.g.
//   ECSPLAN_BENCH_DESIGN=50k.ecsplan.json heaptrack ./bench_open_gui
//   --benchmark_filter=First.*/50000
// BM_AfterFirstFrame then keeps the window's event loop running for 4 s, as a user looking at
// the design would (the docks' debounces fire), and counts the GUI thread's CPU seconds in that
// time (guiCpuS): work that freezes the window after it appeared.
#include "catalog/catalog.h"
#include "generate/designgenerator.h"
#include "io/designfile.h"
#include "mainwindow/mainwindow.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QPixmap>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

#include <QEventLoop>
#include <QTimer>

#include <QFile>

#include <malloc.h>
#include <sys/resource.h>

using namespace ecsplan;

namespace {

/** Peak resident memory since the last resetPeakRss() (VmHWM), in MiB. */
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    rusage usage{}; // no /proc: the process's peak so far
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/** Gives freed heap back to the system and restarts the peak (Linux: clear_refs 5). */
void resetPeakRss()
{
    malloc_trim(0);
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

/**
 * Writes the generated design of `components` to `path` and returns its entity count (0 and
 * `error` when it cannot be saved). The generator's model is gone when it returns.
 */
int saveGenerated(int components, const QString &path, QString *error)
{
    // ECSPLAN_BENCH_DESIGN=FILE: open that file instead (profilers then see only the open).
    const QString given = qEnvironmentVariable("ECSPLAN_BENCH_DESIGN");
    if (!given.isEmpty()) {
        QFile::remove(path);
        return QFile::copy(given, path) ? 1 : 0;
    }
    const Model model = generateDesign({components, 1});
    if (!DesignFile::save(model, path, error, Catalog::builtin().version()))
        return 0;
    return model.size();
}

// Opens the design until its first frame is painted, and with `untilRules` on until the rules,
// which run right after that frame, have put their badges on the canvas.
void openDesign(benchmark::State &state, bool untilRules)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.ecsplan"));
    QString error;
    const int entities = saveGenerated(int(state.range(0)), path, &error);
    if (entities == 0) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    resetPeakRss();
    for (auto _ : state) {
        auto window = std::make_unique<MainWindow>(&Catalog::builtin());
        window->resize(1600, 1000);
        window->show();
        if (!window->openFile(path)) {
            state.SkipWithError("openFile failed");
            return;
        }
        QCoreApplication::processEvents(); // the coalesced metrics flush, docks
        benchmark::DoNotOptimize(window->grab().cacheKey()); // the first frame
        if (untilRules) {
            while (window->rulesPending()) // posted after that frame
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            QCoreApplication::processEvents();
            benchmark::DoNotOptimize(window->grab().cacheKey()); // the frame with the badges
        }
        state.PauseTiming(); // closing the window is not part of opening
        if (!untilRules)
            state.counters["rulesPending"] = window->rulesPending() ? 1 : 0;
        window.reset();
        state.ResumeTiming();
    }
    state.counters["entities"] = entities;
    state.counters["peakRssMiB"] = peakRssMiB();
}

void BM_OpenToFirstFrame(benchmark::State &state)
{
    openDesign(state, false);
}

void BM_OpenToRulesReady(benchmark::State &state)
{
    openDesign(state, true);
}

double threadCpuS()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void BM_AfterFirstFrame(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.ecsplan"));
    QString error;
    if (saveGenerated(int(state.range(0)), path, &error) == 0) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    double guiCpu = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto window = std::make_unique<MainWindow>(&Catalog::builtin());
        window->resize(1600, 1000);
        window->show();
        if (!window->openFile(path)) {
            state.SkipWithError("openFile failed");
            return;
        }
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(window->grab().cacheKey());
        state.ResumeTiming();
        const double before = threadCpuS();
        QEventLoop settle; // sleeps while there is nothing to do
        QTimer::singleShot(4000, &settle, &QEventLoop::quit);
        settle.exec();
        guiCpu = threadCpuS() - before;
        state.PauseTiming();
        window.reset();
        state.ResumeTiming();
    }
    state.counters["guiCpuS"] = guiCpu;
}

} // namespace

BENCHMARK(BM_AfterFirstFrame)
        ->Arg(1000)
        ->Arg(10000)
        ->Arg(50000)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(1);

BENCHMARK(BM_OpenToFirstFrame)
        ->Arg(1000)
        ->Arg(10000)
        ->Arg(50000)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(1);

BENCHMARK(BM_OpenToRulesReady)
        ->Arg(1000)
        ->Arg(10000)
        ->Arg(50000)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(1);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                 : qgetenv("QT_QPA_PLATFORM"));
    QStandardPaths::setTestModeEnabled(true); // no recent files or autosaves of the user's
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
