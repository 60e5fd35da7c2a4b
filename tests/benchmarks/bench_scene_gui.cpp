// Canvas at scale: a generated 10,000-node design (plus ~20,000 links). Measures building the
// scene from the document and painting one full viewport frame (1600×1000, offscreen raster)
// at fit-to-view and at 100 %. Aims: scene < 1 s, frame < 16 ms.
//   QT_QPA_PLATFORM=offscreen ./bench_scene_gui
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "generateddesign.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>

#include <memory>

using namespace ecsplan;

namespace {

constexpr int Nodes = 10000;

Document &document()
{
    static Document *doc = [] {
        auto *d = new Document;
        d->resetModel(test::generateDesign(Nodes));
        return d;
    }();
    return *doc;
}

void BM_BuildScene(benchmark::State &state)
{
    Document &doc = document();
    for (auto _ : state) {
        DesignScene scene(&doc);
        benchmark::DoNotOptimize(scene.entityItemCount());
        state.PauseTiming(); // the destructor is not part of building
        scene.clear();
        state.ResumeTiming();
    }
    state.counters["entities"] = doc.model().size();
}

/** One frame: the viewport paints itself into a QImage (the real paintEvent path, item caches
 * included). */
void paintFrames(benchmark::State &state, bool fit, bool warm)
{
    Document &doc = document();
    DesignScene scene(&doc);
    DesignView view(&scene);
    view.resize(1600, 1000);
    view.show();
    if (fit) {
        view.zoomToFit();
    } else {
        view.resetZoom();
        view.centerOn(scene.contentsRect().center());
    }
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    if (warm)
        view.viewport()->render(&image); // populate item caches first
    for (auto _ : state) {
        if (!warm) {
            state.PauseTiming();
            for (QGraphicsItem *item : scene.items())
                item->update(); // drop device caches: a cold frame, as after a zoom step
            state.ResumeTiming();
        }
        view.viewport()->render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
    // ECSPLAN_CANVAS_PNG=/path/prefix keeps the frame for a human to look at.
    if (const QByteArray prefix = qgetenv("ECSPLAN_CANVAS_PNG"); !prefix.isEmpty() && !warm)
        image.save(QString::fromLocal8Bit(prefix)
                   + (fit ? QStringLiteral("-10k-fit.png") : QStringLiteral("-10k-100.png")));
    state.counters["zoom%"] = view.zoom() * 100;
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    state.counters["itemsInView"] = double(scene.items(visible).size());
}

void BM_FrameFitCold(benchmark::State &state)
{
    paintFrames(state, true, false);
}
void BM_FrameFitWarm(benchmark::State &state)
{
    paintFrames(state, true, true);
}
void BM_Frame100Cold(benchmark::State &state)
{
    paintFrames(state, false, false);
}
void BM_Frame100Warm(benchmark::State &state)
{
    paintFrames(state, false, true);
}

} // namespace

BENCHMARK(BM_BuildScene)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_FrameFitCold)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_FrameFitWarm)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_Frame100Cold)->Unit(benchmark::kMillisecond)->Iterations(10);
BENCHMARK(BM_Frame100Warm)->Unit(benchmark::kMillisecond)->Iterations(20);

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
