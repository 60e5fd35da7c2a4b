// A frame while dragging: 100 selected cards of a generated design (1k / 10k / 50k components,
// the same as `ecsplan-cli generate --seed 1`) are dragged with the mouse in a 1600×1000 view at
// 100 %. One iteration is one mouse move of 10 px (out to 40 px and back) followed by the event
// loop's turn: Qt's dirty-item pass, the index, and the frame painted into the viewport's
// backing store (offscreen), as on screen. The aim is ≤ 16 ms at 10k and 50k.
// BM_BackgroundRouting: the CPU of routing a design's links from the event loop after it is
// first shown.
//   QT_QPA_PLATFORM=offscreen ./bench_drag_gui --benchmark_filter='/50000'
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "canvas/nodeitem.h"
#include "generate/designgenerator.h"
#include "model/document.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QTest>

#include <algorithm>

using namespace ecsplan;

namespace {

/**
 * One frame of the drag: the move, then the event loop's turn, which paints the viewport's
 * dirty region through its backing store as on screen. A function of its own for callgrind's
 * --toggle-collect=*dragStep*.
 */
[[gnu::noinline]] void dragStep(QWidget *viewport, const QPoint &to)
{
    QTest::mouseMove(viewport, to);
    QCoreApplication::processEvents();
}

void BM_DragFrame(benchmark::State &state)
{
    Document document;
    document.resetModel(generateDesign({int(state.range(0)), 1}));
    const Model &model = document.model();
    DesignScene scene(&document);
    DesignView view(&scene);
    view.resize(1600, 1000);
    view.show();
    scene.finishLinkRouting(); // a drag starts from a routed design

    // The card to grab: the first instance group; the 99 cards nearest to it join it.
    const auto isCard = [&](EntityId id) {
        const Entity *e = model.find(id);
        return e && !e->isLink() && !e->isContainer();
    };
    EntityIds cards;
    for (EntityId id : model.ids())
        if (isCard(id))
            cards << id;
    if (cards.size() < 100) {
        state.SkipWithError("fewer than 100 cards");
        return;
    }
    const EntityId grabbed = model.ids(EntityKind::InstanceGroup).value(0, cards.first());
    const QPointF origin = model.find(grabbed)->geometry.center();
    std::sort(cards.begin(), cards.end(), [&](EntityId a, EntityId b) {
        const QPointF da = model.find(a)->geometry.center() - origin;
        const QPointF db = model.find(b)->geometry.center() - origin;
        return QPointF::dotProduct(da, da) < QPointF::dotProduct(db, db);
    });
    cards.resize(100);
    scene.selectIds(cards);

    view.resetZoom();
    const QRectF card = model.find(grabbed)->geometry;
    view.centerOn(card.center());
    QCoreApplication::processEvents();
    // Grab the card in its left third (the connector is on its right edge).
    const QPoint press = view.mapFromScene(card.left() + card.width() / 4, card.center().y());
    QWidget *viewport = view.viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, press);
    const double selectedAtPress = double(scene.selectedIds().size());
    // Two frames first: the cards in view are laid out and cached at their first paint.
    dragStep(viewport, press + QPoint(5, 0));
    dragStep(viewport, press);
    int step = 0;
    for (auto _ : state) {
        // 10 px steps out to 40 px and back, as a hand moves: each a frame.
        const int offset = 10 * (step < 4 ? step + 1 : 7 - step);
        step = (step + 1) % 8;
        dragStep(viewport, press + QPoint(offset, offset / 2));
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, press);
    state.counters["entities"] = model.size();
    state.counters["selected"] = selectedAtPress;
}

/** Background routing's share of the event loop, until every link is routed. */
[[gnu::noinline]] void routeInBackground(const DesignScene &scene)
{
    while (scene.linksWaiting() > 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

/**
 * The GUI thread's CPU while a large design's links are routed from the event loop after its
 * first frame (the view fitted to the design, as an open leaves it: links hidden). The window
 * answers throughout; this is the work it does meanwhile.
 */
void BM_BackgroundRouting(benchmark::State &state)
{
    const Model model = generateDesign({int(state.range(0)), 1});
    double links = 0;
    for (auto _ : state) {
        state.PauseTiming();
        // As the window opens a file: the view exists, then the design arrives.
        Document document;
        auto scene = std::make_unique<DesignScene>(&document);
        auto view = std::make_unique<DesignView>(scene.get());
        view->resize(1600, 1000);
        view->show();
        document.resetModel(model);
        view->zoomToFit();
        QCoreApplication::processEvents(); // the first frame
        links = double(scene->linksWaiting());
        state.ResumeTiming();
        routeInBackground(*scene);
        state.PauseTiming();
        view.reset();
        scene.reset();
        state.ResumeTiming();
    }
    state.counters["linksWaitingAfterFirstFrame"] = links;
}

} // namespace

BENCHMARK(BM_BackgroundRouting)
        ->Arg(10000)
        ->Arg(50000)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1);
BENCHMARK(BM_DragFrame)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);

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
