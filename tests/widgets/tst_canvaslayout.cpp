// Tidy Layout and alignment on the canvas: Align refuses a mix of zones and cards, Tidy Layout
// is one undo step, afterwards no link path crosses a card in any bundled sample, regions and
// zones are arranged for the view's shape, and link routes go around cards. A large design's
// links are routed in the background, to the same routes, and before a frame shows them.
#include "canvas/canvasactions.h"
#include "canvas/linkitem.h"
#include "canvas/linkslayer.h"
#include "canvasviewtest.h"
#include "generateddesign.h"
#include "io/designjson.h"
#include "layout/autolayout.h"
#include "metrics/metricsengine.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

#include <tuple>

using namespace ecsplan;

namespace {

/** Whether the segment crosses the inside of `rect` (touching its border does not count). */
bool crosses(const QLineF &line, const QRectF &rect)
{
    const QRectF r = rect.adjusted(2, 2, -2, -2);
    if (r.contains(line.p1()) || r.contains(line.p2()))
        return true;
    const QLineF edges[4] = {{r.topLeft(), r.topRight()},
                             {r.topRight(), r.bottomRight()},
                             {r.bottomRight(), r.bottomLeft()},
                             {r.bottomLeft(), r.topLeft()}};
    for (const QLineF &edge : edges) {
        if (line.intersects(edge, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

const LinkItem *linkIn(const DesignScene &scene, EntityId id)
{
    return qgraphicsitem_cast<const LinkItem *>(scene.itemFor(id));
}

/** Every link of `ids` has the same route (and, with `labels`, label) in both scenes. */
bool sameRoutes(const DesignScene &a, const DesignScene &b, const EntityIds &ids, bool labels)
{
    for (EntityId id : ids) {
        const LinkItem *x = linkIn(a, id);
        const LinkItem *y = linkIn(b, id);
        if (!x || !y || !x->isRouted() || x->route() != y->route()
            || (labels
                && (x->labelRect() != y->labelRect() || x->boundingRect() != y->boundingRect()))) {
            qWarning() << "link" << toUInt(id) << (x ? x->route() : QPolygonF())
                       << (y ? y->route() : QPolygonF());
            return false;
        }
    }
    return true;
}

} // namespace

class tst_CanvasLayout : public test::CanvasViewTest
{
    Q_OBJECT

private slots:
    void init() { setUpView(); }
    void cleanup() { tearDownView(); }
    void alignZonesOrSayWhyNot();
    void tidyLayoutIsOneUndoStep();
    void noLinkCrossesACardAfterLayout_data();
    void noLinkCrossesACardAfterLayout();
    void routesGoAroundCards();
    void layoutRowsFollowTheView();
    void zonesSideBySideWhenThatFitsBetter();
    void largeDesignRoutesInTheBackground();
    void linksAreRoutedBeforeTheyShow();
    void editsWhileLinksWait();
};

void tst_CanvasLayout::alignZonesOrSayWhyNot()
{
    const Model &model = m_doc->model();
    QSignalSpy status(m_scene.get(), &DesignScene::statusMessage);
    // A zone and a card: refused with the reason, nothing changes.
    m_scene->selectIds({m_ids.zoneH, m_ids.webI});
    QVERIFY(!m_view->actions()->align(CanvasActions::Alignment::Top).isEmpty());
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(status.last().first().toString().contains(QStringLiteral("not a mix")));
    // Zones of one region align, with their content, in one step.
    QVERIFY(m_doc->moveEntities({m_ids.zoneJ}, QPointF(0, -60)).ok());
    const QRectF webJ = model.find(m_ids.webJ)->geometry;
    m_scene->selectIds({m_ids.zoneH, m_ids.zoneI, m_ids.zoneJ});
    QCOMPARE(m_view->actions()->align(CanvasActions::Alignment::Bottom), QString());
    QCOMPARE(m_doc->undoStack()->count(), 2);
    const qreal bottom = model.find(m_ids.zoneH)->geometry.bottom();
    QCOMPARE(model.find(m_ids.zoneJ)->geometry.bottom(), bottom);
    QCOMPARE(model.find(m_ids.webJ)->geometry, webJ.translated(0, 60));
}

void tst_CanvasLayout::tidyLayoutIsOneUndoStep()
{
    const QByteArray before = DesignJson::write(m_doc->model());
    m_view->actions()->tidyLayoutAction()->trigger();
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Tidy Layout"));
    const Model &model = m_doc->model();
    // Every child inside its container; no two cards overlap; tiers left to right.
    for (const Entity &e : model.entities()) {
        if (e.isLink())
            continue;
        if (const Entity *p = model.find(e.parent))
            QVERIFY2(p->geometry.contains(e.geometry), qPrintable(e.name));
        for (const Entity &other : model.entities()) {
            if (other.id == e.id || other.isLink() || other.isContainer() || e.isContainer())
                continue;
            QVERIFY2(!other.geometry.intersects(e.geometry),
                     qPrintable(e.name + QStringLiteral(" / ") + other.name));
        }
    }
    auto x = [&](EntityId id) {
        return model.find(id)->geometry.left();
    };
    QVERIFY(x(m_ids.users) < x(m_ids.alb));
    QVERIFY(x(m_ids.alb) < x(m_ids.webH));
    QVERIFY(x(m_ids.webH) < x(m_ids.cache));
    QCOMPARE(x(m_ids.webH), x(m_ids.webI)); // the same tier shares a column across zones
    m_doc->undo();
    QCOMPARE(DesignJson::write(m_doc->model()), before);
}

void tst_CanvasLayout::noLinkCrossesACardAfterLayout_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : bundledSamples())
        QTest::newRow(qPrintable(name)) << name;
    QTest::newRow("fixture") << QString();
}

void tst_CanvasLayout::noLinkCrossesACardAfterLayout()
{
    QFETCH(QString, file);
    if (!file.isEmpty()) {
        QStringList errors;
        QVERIFY2(DesignFile::open(m_doc.get(),
                                  QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/") + file,
                                  &errors, &Catalog::builtin()),
                 qPrintable(errors.join('\n')));
    }
    m_view->actions()->tidyLayout();
    const Model &model = m_doc->model();
    QStringList crossings;
    for (EntityId id : model.ids(EntityKind::Link)) {
        auto *link = qgraphicsitem_cast<LinkItem *>(m_scene->itemFor(id));
        QVERIFY(link);
        const Entity &l = *model.find(id);
        for (const Entity &e : model.entities()) {
            if (e.isLink() || e.isContainer() || e.id == l.link.from || e.id == l.link.to)
                continue;
            const QPolygonF route = link->route();
            for (qsizetype i = 0; i + 1 < route.size(); ++i) {
                if (crosses(QLineF(route[i], route[i + 1]), e.geometry)) {
                    crossings << QStringLiteral("%1 crosses %2").arg(l.name, e.name);
                    break;
                }
            }
        }
    }
    QVERIFY2(crossings.isEmpty(), qPrintable(crossings.join('\n')));
}

// Tidy Layout arranges regions in the rows that let the drawing fit the view at the largest
// zoom: side by side in a wide view, stacked in a tall one.
void tst_CanvasLayout::layoutRowsFollowTheView()
{
    QStringList errors;
    QVERIFY2(DesignFile::open(m_doc.get(),
                              QStringLiteral(ECSPLAN_SOURCE_DIR
                                             "/resources/samples/beijing-singapore-cen.ecsplan"),
                              &errors, &Catalog::builtin()),
             qPrintable(errors.join('\n')));
    const Model &model = m_doc->model();
    const EntityIds regions = model.ids(EntityKind::Region);
    QCOMPARE(regions.size(), 2);
    auto fittedZoom = [](const QHash<EntityId, QRectF> &layout, qreal aspect) {
        QRectF bounds;
        for (const QRectF &r : layout)
            bounds = bounds.united(r);
        return qMin(aspect / bounds.width(), 1 / bounds.height());
    };
    for (const qreal aspect : {4.0, 0.4}) {
        const auto layout = AutoLayout::compute(model, aspect);
        const QRectF a = layout.value(regions.at(0)), b = layout.value(regions.at(1));
        const bool sideBySide = qFuzzyCompare(a.top(), b.top());
        QCOMPARE(sideBySide, aspect > 1);
        // The other arrangement would fit this view at a smaller zoom.
        const auto other = AutoLayout::compute(model, aspect > 1 ? 0.4 : 4.0);
        QVERIFY(fittedZoom(layout, aspect) > fittedZoom(other, aspect));
    }
}

// Within a region, zones go side by side (each with only its own columns) when that lets the
// drawing fit the view larger, as for kafka's one broker per zone on a wide screen; stacked in a
// tall view. Every card stays inside its zone either way.
void tst_CanvasLayout::zonesSideBySideWhenThatFitsBetter()
{
    QStringList errors;
    QVERIFY2(DesignFile::open(m_doc.get(),
                              QStringLiteral(ECSPLAN_SOURCE_DIR
                                             "/resources/samples/kafka-local-nvme.ecsplan"),
                              &errors, &Catalog::builtin()),
             qPrintable(errors.join('\n')));
    const Model &model = m_doc->model();
    const EntityIds zones = model.ids(EntityKind::Zone);
    QCOMPARE(zones.size(), 3);
    for (const qreal aspect : {1.6, 0.4}) {
        const auto layout = AutoLayout::compute(model, aspect);
        const QRectF h = layout.value(zones.at(0)), i = layout.value(zones.at(1)),
                     j = layout.value(zones.at(2));
        if (aspect > 1) {
            QCOMPARE(h.top(), i.top());
            QCOMPARE(i.top(), j.top());
            QVERIFY(h.right() < i.left() && i.right() < j.left());
        } else {
            QCOMPARE(h.left(), i.left());
            QVERIFY(h.bottom() < i.top() && i.bottom() < j.top());
        }
        for (const Entity &e : model.entities()) {
            const Entity *parent = model.find(e.parent);
            if (e.isLink() || e.isContainer() || !layout.contains(e.id) || !parent
                || parent->kind != EntityKind::Zone)
                continue;
            QVERIFY2(layout.value(e.parent).contains(layout.value(e.id)), qPrintable(e.name));
        }
    }
}

void tst_CanvasLayout::routesGoAroundCards()
{
    // Three cards in a row: a link from the first to the third goes around the middle one,
    // orthogonally, starting and ending on the two cards' borders.
    const QRectF a(0, 0, 160, 64), middle(300, 0, 160, 64), b(600, 0, 160, 64);
    const QPolygonF route = LinkItem::routeAround(a, b, {middle});
    QVERIFY2(route.size() == 4, qPrintable(QString::number(route.size())));
    for (qsizetype i = 0; i + 1 < route.size(); ++i) {
        const QLineF s(route[i], route[i + 1]);
        QVERIFY(qFuzzyCompare(s.x1(), s.x2()) || qFuzzyCompare(s.y1(), s.y2())); // orthogonal
        QVERIFY(!crosses(s, middle));
    }
    QVERIFY(a.adjusted(-1, -1, 1, 1).contains(route.first()));
    QVERIFY(b.adjusted(-1, -1, 1, 1).contains(route.last()));
    // Nothing in the way: straight.
    QCOMPARE(LinkItem::routeAround(a, b, {QRectF(300, 300, 160, 64)}).size(), 2);
}

void tst_CanvasLayout::largeDesignRoutesInTheBackground()
{
    const Model model = test::generateDesign(800);
    const EntityIds links = model.ids(EntityKind::Link);
    QVERIFY(links.size() > DesignScene::BackgroundRoutingAbove);
    // Synchronous: a scene no view shows (the report's diagram) routes each link in its batch.
    Document syncDoc;
    syncDoc.resetModel(model);
    DesignScene syncScene(&syncDoc);
    QCOMPARE(syncScene.linksWaiting(), 0);
    // Background routing (a view's scene): opened, the links wait, with no geometry.
    Document doc;
    DesignScene scene(&doc);
    scene.setBackgroundRouting(true);
    doc.resetModel(model);
    QCOMPARE(scene.linksWaiting(), links.size());
    for (EntityId id : links) {
        QVERIFY(!linkIn(scene, id)->isRouted());
        QVERIFY(linkIn(scene, id)->boundingRect().isEmpty());
    }
    // The event loop routes them, to the routes the synchronous scene has.
    QTRY_COMPARE(scene.linksWaiting(), 0);
    QVERIFY(sameRoutes(scene, syncScene, links, true));
    // Each is painted where it is: the scene finds the layer that paints links at its middle.
    for (const DesignScene *s : {&scene, &syncScene}) {
        for (EntityId id : links) {
            const QPointF middle = linkIn(*s, id)->boundingRect().center();
            const QList<QGraphicsItem *> there = s->items(middle);
            QVERIFY2(std::any_of(
                             there.cbegin(), there.cend(),
                             [](const QGraphicsItem *i) { return i->type() == LinksLayer::Type; }),
                     qPrintable(QStringLiteral("link %1").arg(toUInt(id))));
        }
    }

    // With figures, labels: the first metrics flush re-syncs every waiting link (they stay
    // waiting); routed in slices from the event loop, each label lands where one pass puts it.
    Document sliced, oneGo;
    MetricsEngine slicedEngine(&sliced, &Catalog::builtin());
    MetricsEngine oneGoEngine(&oneGo, &Catalog::builtin());
    DesignScene slicedScene(&sliced), oneGoScene(&oneGo);
    for (auto [s, d, e] : {std::tuple{&slicedScene, &sliced, &slicedEngine},
                           std::tuple{&oneGoScene, &oneGo, &oneGoEngine}}) {
        s->setMetricsEngine(e);
        s->setBackgroundRouting(true);
        d->resetModel(model);
        e->flush();
        QCOMPARE(s->linksWaiting(), links.size());
    }
    oneGoScene.finishLinkRouting();
    QCOMPARE(oneGoScene.linksWaiting(), 0);
    QTRY_COMPARE(slicedScene.linksWaiting(), 0);
    QVERIFY(!linkIn(slicedScene, links.first())->labelRect().isEmpty());
    QVERIFY(sameRoutes(slicedScene, oneGoScene, links, true));
    QVERIFY(sameRoutes(slicedScene, syncScene, links, false));
}

void tst_CanvasLayout::linksAreRoutedBeforeTheyShow()
{
    const Model model = test::generateDesign(800);
    const EntityIds links = model.ids(EntityKind::Link);
    Document doc;
    DesignScene scene(&doc);
    DesignView view(&scene); // turns background routing on
    QVERIFY(scene.backgroundRouting());
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // A frame at a zoom that hides links leaves them waiting; one that shows them routes all.
    view.setZoom(LinksLayer::HiddenDetail / 2);
    doc.resetModel(model);
    QCOMPARE(scene.linksWaiting(), links.size());
    (void)view.grab();
    QCOMPARE(scene.linksWaiting(), links.size());
    view.setZoom(LinksLayer::HiddenDetail);
    (void)view.grab();
    QCOMPARE(scene.linksWaiting(), 0);
    for (EntityId id : links)
        QVERIFY(linkIn(scene, id)->isRouted());

    // Jumping to a waiting link (the find bar) routes first: the view centres on its route.
    view.setZoom(0.05);
    doc.resetModel(model);
    QVERIFY(scene.linksWaiting() > 0);
    view.jumpTo(links.last());
    QCOMPARE(scene.linksWaiting(), 0);
    const QPointF centre = view.mapToScene(view.viewport()->rect().center());
    const QPointF target = linkIn(scene, links.last())->boundingRect().center();
    QVERIFY2(QLineF(centre, target).length() < 2 / view.zoom(), // 2 pixels
             qPrintable(QStringLiteral("%1,%2").arg(centre.x()).arg(centre.y())));
}

void tst_CanvasLayout::editsWhileLinksWait()
{
    const Model model = test::generateDesign(800);
    const EntityIds links = model.ids(EntityKind::Link);
    Document doc;
    DesignScene scene(&doc);
    scene.setBackgroundRouting(true);
    doc.resetModel(model);
    // A waiting link removed, and a card with its links: they are skipped, the rest routed.
    const EntityId card = model.find(links.at(10))->link.from;
    QSet<EntityId> gone{links.first()};
    for (EntityId id : doc.model().linksOf(card))
        gone.insert(id);
    QVERIFY(doc.removeEntities({links.first(), card}).ok());
    QCOMPARE(scene.linksWaiting(), links.size() - gone.size());
    QTRY_COMPARE(scene.linksWaiting(), 0);
    for (EntityId id : doc.model().ids(EntityKind::Link))
        QVERIFY(linkIn(scene, id)->isRouted());
    // Undone, they come back in a small batch: routed at once.
    doc.undo();
    QCOMPARE(doc.model().ids(EntityKind::Link).size(), links.size());
    QCOMPARE(scene.linksWaiting(), 0);
    for (EntityId id : links)
        QVERIFY(linkIn(scene, id)->isRouted());
    // A new link, too.
    const EntityIds nodes = doc.model().ids(EntityKind::InstanceGroup);
    QVERIFY(doc.connect(nodes.first(), nodes.last()).ok());
    const EntityIds now = doc.model().ids(EntityKind::Link);
    QCOMPARE(now.size(), links.size() + 1);
    QVERIFY(linkIn(scene, now.last())->isRouted());
    // Turned off, nothing waits: the next large batch is routed in it.
    scene.setBackgroundRouting(false);
    doc.resetModel(model);
    QCOMPARE(scene.linksWaiting(), 0);
    QVERIFY(linkIn(scene, links.first())->isRouted());
}

QTEST_MAIN(tst_CanvasLayout)
#include "tst_canvaslayout.moc"
