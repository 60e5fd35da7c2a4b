// What the canvas draws: link labels clear of container headers, the overview's boxes, the
// shared tooltip of cards and containers, live metrics, zone span chips and utilisation on
// cards. renderSample() draws the sample design to an image; set
// ECSPLAN_CANVAS_PNG=/path/prefix to keep the light and dark renders for a human to look at.
#include "canvas/containeritem.h"
#include "canvas/entityfigures.h"
#include "canvas/linkitem.h"
#include "canvas/nodeitem.h"
#include "canvas/spanchipitem.h"
#include "canvasviewtest.h"
#include "metrics/metricsengine.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneHelpEvent>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

using namespace ecsplan;

namespace {

/** A bundled sample (resources/samples/<name>.ecsplan) read with the built-in catalog. */
DesignFile::LoadResult loadSample(const QString &name)
{
    return DesignFile::load(
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/%1.ecsplan").arg(name),
            &Catalog::builtin());
}

} // namespace

class tst_CanvasPainting : public test::CanvasViewTest
{
    Q_OBJECT

private slots:
    void init() { setUpView(); }
    void cleanup() { tearDownView(); }
    void linkLabelAvoidsHeaders();
    void overviewPaintsCardsAsBoxes();
    void renderSample_data();
    void renderSample();
    void cardsAndContainersShareTheTooltip();
    void liveMetricsOnSample();
    void renderBundledSample_data();
    void renderBundledSample();
    void spanChipsShowZonesOfAGroup();
    void chipsAndAttachmentsWaitForTheOverviewToEnd();
    void cardsTakeTheirCacheWhenPainted();
    void utilisationOnCards();
    void figuresFollowTheLocale();
    void cardMovedFarLeavesNoTrace();
};

void tst_CanvasPainting::linkLabelAvoidsHeaders()
{
    // users (above the region) → postgres (bottom of zone H): the midpoint falls on zone H's header
    // band.
    LinkData data;
    data.gbPerMonth = 500;
    const Document::Result r = m_doc->connect(m_ids.users, m_ids.db, data);
    QVERIFY2(r.ok(), qPrintable(r.error));
    auto *item = qgraphicsitem_cast<LinkItem *>(m_scene->itemFor(r.ids.first()));
    QVERIFY(item);
    const QRectF zoneH = m_doc->model().find(m_ids.zoneH)->geometry;
    const auto *zone = qgraphicsitem_cast<ContainerItem *>(m_scene->itemFor(m_ids.zoneH));
    const QRectF header = zone->headerSceneRect();
    QCOMPARE(header, QRectF(zoneH.topLeft(), QSizeF(zoneH.width(), zone->headerHeight())));
    const QPointF mid = item->line().center();
    QVERIFY2(header.contains(mid), "the fixture no longer puts the midpoint on the header");
    QVERIFY(!item->labelRect().isEmpty());
    QVERIFY(!item->labelRect().intersects(header));
    QVERIFY(!m_scene->overlapsHeader(item->labelRect()));
}

void tst_CanvasPainting::overviewPaintsCardsAsBoxes()
{
    // postgres: low in zone H, clear of the zone's name pill at the top-left.
    auto *web = qgraphicsitem_cast<NodeItem *>(m_scene->itemFor(m_ids.db));
    QVERIFY(!m_scene->overview());
    QVERIFY(!(web->flags() & QGraphicsItem::ItemHasNoContents));
    m_view->setZoom(0.15); // below DesignScene::OverviewZoom (20 %)
    QVERIFY(m_scene->overview());
    QVERIFY(web->flags() & QGraphicsItem::ItemHasNoContents);
    const QPointF centre = web->cardSceneRect().center();
    m_view->centerOn(centre);
    QVERIFY(m_scene->items(centre).contains(web)); // still hit-testable
    QImage image(m_view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    m_view->viewport()->render(&image);
    const QPoint pixel = m_view->mapFromScene(centre);
    QCOMPARE(image.pixelColor(pixel).rgb(), CanvasStyle::accent(EntityKind::InstanceGroup).rgb());
    m_scene->selectIds({m_ids.db});
    m_view->viewport()->render(&image);
    QCOMPARE(image.pixelColor(pixel).rgb(), m_scene->canvasStyle().selection.rgb());
    m_view->setZoom(1.0);
    QVERIFY(!m_scene->overview());
    QVERIFY(!(web->flags() & QGraphicsItem::ItemHasNoContents));
}

void tst_CanvasPainting::renderSample_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_CanvasPainting::renderSample()
{
    QFETCH(bool, dark);
    QPalette palette = QApplication::palette();
    if (dark) {
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, Qt::white);
    }
    m_scene->setPalette(palette);
    QCOMPARE(m_scene->canvasStyle().dark, dark);
    m_scene->setBadges({{m_ids.webH, Severity::Warning},
                        {m_ids.dbDisk, Severity::Error},
                        {m_ids.sg, Severity::Advice}});
    m_scene->selectIds({m_ids.alb});
    m_view->zoomToFit();
    QImage image(m_view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    m_view->viewport()->render(&image);
    // The background of the chosen palette fills the corners; cards are drawn in the middle.
    QCOMPARE(image.pixelColor(2, 2).rgb(), m_scene->canvasStyle().background.rgb());
    const QByteArray prefix = qgetenv("ECSPLAN_CANVAS_PNG");
    if (!prefix.isEmpty()) {
        QVERIFY(image.save(QString::fromLocal8Bit(prefix)
                           + (dark ? QStringLiteral("-dark.png") : QStringLiteral(".png"))));
        m_view->resetZoom();
        m_view->centerOn(m_doc->model().find(m_ids.zoneH)->geometry.center());
        QImage close(m_view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        m_view->viewport()->render(&close);
        QVERIFY(close.save(
                QString::fromLocal8Bit(prefix)
                + (dark ? QStringLiteral("-dark-100.png") : QStringLiteral("-100.png"))));
    }
}

void tst_CanvasPainting::cardsAndContainersShareTheTooltip()
{
    // One helper writes both: name — kind, the type line, then the notes (escaped, italic).
    for (const EntityId id : {m_ids.webH, m_ids.zoneH}) {
        QVERIFY(m_doc->setProperty({id}, Property::Notes, QStringLiteral("<ask> Ops & co")).ok());
        const Entity &e = *m_doc->model().find(id);
        m_scene->prepareToolTip(id); // tooltips are built when about to show
        const QString tip = m_scene->itemFor(id)->toolTip();
        QVERIFY2(tip.startsWith(QStringLiteral("<b>%1</b> — %2<br>")
                                        .arg(e.name.toHtmlEscaped(), displayName(e.kind))),
                 qPrintable(tip));
        QVERIFY2(tip.endsWith(QStringLiteral("<p><i>&lt;ask&gt; Ops &amp; co</i></p>")),
                 qPrintable(tip));
    }
}

void tst_CanvasPainting::liveMetricsOnSample()
{
    // The bundled sample with the real engine: numbers appear on the cards after a flush.
    const DesignFile::LoadResult loaded = loadSample(QStringLiteral("three-zone-web"));
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    Document doc;
    doc.resetModel(loaded.model);
    MetricsEngine engine(&doc, &Catalog::builtin());
    DesignScene scene(&doc);
    scene.setMetricsEngine(&engine);
    engine.flush();
    const EntityIds disks = doc.model().ids(EntityKind::Disk);
    QVERIFY(!disks.isEmpty());
    const EntityFigures disk
            = EntityFigures::of(doc.model(), &engine, *doc.model().find(disks.first()));
    QVERIFY2(disk.metricLine.contains(QLatin1String("IOPS")), qPrintable(disk.metricLine));
    QVERIFY(!disk.explanation.trimmed().isEmpty());
    QVERIFY(scene.itemFor(disks.first())->toolTip().isEmpty()); // built when about to show
    scene.prepareToolTip(disks.first());
    QVERIFY(scene.itemFor(disks.first())->toolTip().contains(disk.metricLine));
    // Cards are synced without their text lines (the same problem and utilisation) and fetch
    // them when first painted with text.
    for (EntityId id : doc.model().ids()) {
        const Entity &e = *doc.model().find(id);
        if (e.isLink() || e.isContainer())
            continue;
        const EntityFigures full = EntityFigures::of(doc.model(), &engine, e, false);
        const EntityFigures bare = EntityFigures::of(doc.model(), &engine, e, false, false);
        QVERIFY(full.withText);
        QVERIFY(!bare.withText);
        QVERIFY(bare.typeLine.isEmpty());
        QVERIFY(bare.metricLine.isEmpty());
        QCOMPARE(bare.problem, full.problem);
        QCOMPARE(bare.utilisation, full.utilisation);
        QCOMPARE(scene.textFigures(id).metricLine, full.metricLine);
        QCOMPARE(scene.textFigures(id).typeLine, full.typeLine);
    }
    const EntityId web = doc.model().ids(EntityKind::InstanceGroup).value(0);
    auto *card = qgraphicsitem_cast<NodeItem *>(scene.itemFor(web));
    QVERIFY(card);
    const QString cost = EntityFigures::of(doc.model(), &engine, *doc.model().find(web)).metricLine;
    const QString shown = card->compactMetric(0.4);
    QVERIFY2(!shown.isEmpty() && cost.startsWith(shown.section(QChar(0x2026), 0, 0)),
             qPrintable(shown + QStringLiteral(" / ") + cost));
    const EntityIds zones = doc.model().ids(EntityKind::Zone);
    const EntityFigures zone
            = EntityFigures::of(doc.model(), &engine, *doc.model().find(zones.first()));
    QVERIFY2(zone.metricLine.contains(QLatin1String("/mo")), qPrintable(zone.metricLine));
    // Internet users → ALB has no latency figure: the label shows the volume, not "0.0 ms".
    for (EntityId id : doc.model().ids(EntityKind::Link)) {
        const Entity &link = *doc.model().find(id);
        const bool fromUsers = doc.model().find(link.link.from)->kind == EntityKind::Endpoint;
        const EntityFigures f = EntityFigures::of(doc.model(), &engine, link);
        QVERIFY2(f.metricLine.contains(QLatin1String(" ms")) != fromUsers,
                 qPrintable(f.metricLine));
        if (fromUsers) {
            QVERIFY2(f.metricLine.contains(QLatin1String("GB/mo")), qPrintable(f.metricLine));
            QVERIFY2(f.explanation.contains(QLatin1String("not modelled")),
                     qPrintable(f.explanation));
        }
    }

    DesignView view(&scene);
    view.resize(1600, 1000);
    view.show();
    view.zoomToFit();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&image);
    const QByteArray prefix = qgetenv("ECSPLAN_CANVAS_PNG");
    if (!prefix.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(prefix) + QStringLiteral("-sample.png")));
}

void tst_CanvasPainting::renderBundledSample_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("three-zone-web") << QStringLiteral("three-zone-web");
    QTest::newRow("beijing-singapore-cen") << QStringLiteral("beijing-singapore-cen");
    QTest::newRow("api-gateway-20k") << QStringLiteral("api-gateway-20k");
}

void tst_CanvasPainting::renderBundledSample()
{
    // Each bundled sample with live numbers, at fit-to-view and at 100 %: every link label
    // clear of the header bands, and (with ECSPLAN_CANVAS_PNG) the renders kept for a human.
    QFETCH(QString, file);
    const DesignFile::LoadResult loaded = loadSample(file);
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    Document doc;
    doc.resetModel(loaded.model);
    MetricsEngine engine(&doc, &Catalog::builtin());
    DesignScene scene(&doc);
    scene.setMetricsEngine(&engine);
    engine.flush();
    for (EntityId id : doc.model().ids(EntityKind::Link)) {
        const auto *link = qgraphicsitem_cast<LinkItem *>(scene.itemFor(id));
        QVERIFY(link);
        QVERIFY2(!scene.overlapsHeader(link->labelRect()), qPrintable(doc.model().find(id)->name));
    }
    DesignView view(&scene);
    view.resize(1600, 1000);
    view.show();
    view.zoomToFit();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    view.viewport()->render(&image);
    QCOMPARE(image.pixelColor(2, 2).rgb(), scene.canvasStyle().background.rgb());
    const QByteArray prefix = qgetenv("ECSPLAN_CANVAS_PNG");
    if (!prefix.isEmpty()) {
        QVERIFY(image.save(QString::fromLocal8Bit(prefix)
                           + QStringLiteral("-%1-fit.png").arg(file)));
        view.resetZoom();
        view.centerOn(scene.contentsRect().center());
        view.viewport()->render(&image);
        QVERIFY(image.save(QString::fromLocal8Bit(prefix)
                           + QStringLiteral("-%1-100.png").arg(file)));
    }
}

void tst_CanvasPainting::chipsAndAttachmentsWaitForTheOverviewToEnd()
{
    // A rebuild makes no span chip or attachment line while the overview (where they are not
    // drawn) is on, nor do edits meanwhile; when it turns off they are those a scene at 100 %
    // shows, which makes them from the event loop without being asked.
    const DesignFile::LoadResult loaded = loadSample(QStringLiteral("three-zone-web"));
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    Document doc;
    DesignScene scene(&doc);
    scene.setOverview(true);
    doc.resetModel(loaded.model);
    const auto chipItems = [](const DesignScene &s) {
        QStringList out; // "group zone label x,y" and "disk compute bounds", sorted
        const QList<QGraphicsItem *> items = s.items();
        for (const QGraphicsItem *item : items) {
            if (item->type() == AttachmentItem::Type) {
                const auto *line = static_cast<const AttachmentItem *>(item);
                const QRectF r = line->sceneBoundingRect();
                out << QStringLiteral("%1 %2 %3,%4 %5x%6")
                                .arg(toUInt(line->disk()))
                                .arg(toUInt(line->compute()))
                                .arg(r.x())
                                .arg(r.y())
                                .arg(r.width())
                                .arg(r.height());
                continue;
            }
            if (item->type() != SpanChipItem::Type)
                continue;
            const auto *chip = static_cast<const SpanChipItem *>(item);
            out << QStringLiteral("%1 %2 %3 %4,%5")
                            .arg(toUInt(chip->group()))
                            .arg(toUInt(chip->zone()))
                            .arg(chip->label())
                            .arg(chip->scenePos().x())
                            .arg(chip->scenePos().y());
        }
        out.sort();
        return out;
    };
    QCoreApplication::processEvents(); // the rebuild's queued call finds the overview on
    QCOMPARE(chipItems(scene), QStringList());
    const Model &model = doc.model();
    const EntityId asg = model.ids(EntityKind::ScalingGroup).value(0);
    EntityIds zones = model.ids(EntityKind::Zone);
    QVERIFY(doc.setProperty({asg}, Property::Zones,
                            QVariant::fromValue(EntityIds{zones[0], zones[1]}))
                    .ok());
    QCOMPARE(chipItems(scene), QStringList());

    scene.setOverview(false);
    DesignScene reference(&doc); // at 100 %: its chips come from the event loop
    QCOMPARE(chipItems(reference), QStringList());
    QCoreApplication::processEvents();
    const QStringList expected = chipItems(reference);
    QCOMPARE(expected.size(), 7); // web-asg in 2 zones, web-alb in 3, two attached disks
    QCOMPARE(expected.filter(QStringLiteral(" · ")).size(), 5);
    QCOMPARE(chipItems(scene), expected);
    const QList<QGraphicsItem *> items = scene.items();
    for (const QGraphicsItem *item : items) { // shown, the overview being off
        if (item->type() == SpanChipItem::Type || item->type() == AttachmentItem::Type)
            QVERIFY(item->isVisible());
    }
}

void tst_CanvasPainting::cardsTakeTheirCacheWhenPainted()
{
    // A card has no pixmap cache until it paints while the scene caches: then it keeps one
    // (drawn from it from then on) until caching turns off.
    const DesignFile::LoadResult loaded = loadSample(QStringLiteral("three-zone-web"));
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    Document doc;
    doc.resetModel(loaded.model);
    DesignScene scene(&doc);
    const auto cached = [&scene] {
        EntityIds ids;
        scene.forEachNode([&ids](const NodeItem *node) {
            if (node->cacheMode() == QGraphicsItem::DeviceCoordinateCache)
                ids << node->id();
        });
        std::sort(ids.begin(), ids.end(),
                  [](EntityId a, EntityId b) { return toUInt(a) < toUInt(b); });
        return ids;
    };
    QVERIFY(scene.itemCaching());
    QCOMPARE(cached(), EntityIds());
    const EntityId web = doc.model().ids(EntityKind::InstanceGroup).value(0);
    const QRectF card = static_cast<NodeItem *>(scene.itemFor(web))->cardSceneRect();
    QImage image(card.size().toSize() + QSize(80, 80), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    scene.render(&painter, QRectF(QPointF(), QSizeF(image.size())),
                 card.adjusted(-40, -40, 40, 40));
    painter.end();
    const EntityIds painted = cached();
    QVERIFY(painted.contains(web));

    scene.setItemCaching(false);
    QCOMPARE(cached(), EntityIds());
    scene.setItemCaching(true);
    QCOMPARE(cached(), EntityIds()); // again when painted
}

void tst_CanvasPainting::spanChipsShowZonesOfAGroup()
{
    // The bundled sample's web-asg and web-alb sit at region level and span zones H, I, J: each
    // spanned zone shows a ghost chip of each; the chips follow the zones property and its undo.
    const DesignFile::LoadResult loaded = loadSample(QStringLiteral("three-zone-web"));
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    Document doc;
    doc.resetModel(loaded.model);
    DesignScene scene(&doc);
    const Model &model = doc.model();
    const EntityId asg = model.ids(EntityKind::ScalingGroup).value(0);
    const EntityId alb = model.ids(EntityKind::LoadBalancer).value(0);
    EntityIds zones = model.ids(EntityKind::Zone);
    std::sort(zones.begin(), zones.end(),
              [](EntityId a, EntityId b) { return toUInt(a) < toUInt(b); });
    QCOMPARE(zones.size(), 3);
    QCOMPARE(model.find(asg)->zones, zones);
    auto chipZones = [&scene](EntityId group) {
        EntityIds out;
        for (const SpanChipItem *chip : scene.spanChips(group))
            out << chip->zone();
        std::sort(out.begin(), out.end(),
                  [](EntityId a, EntityId b) { return toUInt(a) < toUInt(b); });
        return out;
    };
    QCOMPARE(chipZones(asg), zones);
    QCOMPARE(chipZones(alb), zones);
    QCOMPARE(scene.entityItemCount(), model.size()); // chips are not entity items
    for (const SpanChipItem *chip : scene.spanChips(asg)) {
        QCOMPARE(chip->label(), QStringLiteral("web-asg · 1–5 of 3–15"));
        QCOMPARE(chip->parentItem(), scene.itemFor(chip->zone()));
        QVERIFY(model.find(chip->zone())->geometry.contains(chip->sceneBoundingRect()));
        QVERIFY(!(chip->flags() & QGraphicsItem::ItemIsSelectable));
    }

    QVERIFY(doc.setProperty({asg}, Property::Zones,
                            QVariant::fromValue(EntityIds{zones[0], zones[1]}))
                    .ok());
    QCOMPARE(chipZones(asg), (EntityIds{zones[0], zones[1]}));
    QCOMPARE(scene.spanChips(asg).first()->label(), QStringLiteral("web-asg · 1–8 of 3–15"));
    QCOMPARE(chipZones(alb), zones);
    doc.undo();
    QCOMPARE(chipZones(asg), zones);
    // Removing a spanned zone takes its chips; undo brings them back.
    QVERIFY(doc.removeEntities({zones[2]}).ok());
    QVERIFY(!chipZones(asg).contains(zones[2]));
    doc.undo();
    QCOMPARE(chipZones(asg), zones);
    QCOMPARE(chipZones(alb), zones);

    // A click on a chip selects the group, which shows the connectors; overview hides the chips.
    DesignView view(&scene);
    view.resize(1600, 1000);
    view.show();
    view.resetZoom();
    SpanChipItem *chip = scene.spanChips(asg).last();
    view.centerOn(chip->sceneBoundingRect().center());
    // The pill is as wide as its label (measured when first needed), within its bounds.
    QCOMPARE(chip->chipRect().width(),
             QFontMetricsF(scene.canvasStyle().bodyFont).horizontalAdvance(chip->label()) + 16);
    QVERIFY(chip->boundingRect().contains(chip->chipRect()));
    // Its tooltip is built when it is about to show.
    QVERIFY(chip->toolTip().isEmpty());
    QGraphicsSceneHelpEvent help(QEvent::GraphicsSceneHelp);
    help.setScenePos(chip->mapToScene(chip->chipRect().center()));
    help.setWidget(view.viewport());
    help.setScreenPos(view.viewport()->mapToGlobal(view.mapFromScene(help.scenePos())));
    QCoreApplication::sendEvent(&scene, &help);
    QCOMPARE(
            chip->toolTip(),
            QStringLiteral("web-asg spans this zone (web-asg · 1–5 of 3–15). Click to select it."));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      view.mapFromScene(chip->mapToScene(chip->chipRect().center())));
    QCOMPARE(scene.selectedIds(), EntityIds{asg});
    QVERIFY(chip->connectorVisible());
    QVERIFY(!scene.spanChips(alb).first()->connectorVisible());
    // The connector is drawn, dotted: along it, every few pixels differ from the frame
    // without it (the group deselected).
    {
        const QRectF r = chip->chipRect();
        const QPointF end = chip->connectorEnd();
        const QPointF target = chip->mapToScene(end);
        const QPointF from
                = chip->mapToScene(end.y() < r.top() ? QPointF(r.center().x(), r.top())
                                                     : QPointF(r.center().x(), r.bottom()));
        auto frame = [&] {
            QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
            view.viewport()->render(&image);
            return image;
        };
        const QImage with = frame();
        scene.selectIds({});
        QVERIFY(!chip->connectorVisible());
        const QImage without = frame();
        const QLineF line(view.mapFromScene(from), view.mapFromScene(target));
        int inView = 0, changed = 0;
        for (int i = 8; i < int(line.length()) - 8; ++i) {
            const QPoint p = line.pointAt(i / line.length()).toPoint();
            if (!with.rect().contains(p))
                continue;
            ++inView;
            changed += with.pixel(p) != without.pixel(p);
        }
        QVERIFY2(inView > 40, qPrintable(QString::number(inView)));
        QVERIFY2(changed > inView / 5 && changed < inView,
                 qPrintable(QStringLiteral("%1 of %2").arg(changed).arg(inView)));
        scene.selectIds({asg});
        QVERIFY(chip->connectorVisible());
    }
    const QByteArray prefix = qgetenv("ECSPLAN_CANVAS_PNG");
    if (!prefix.isEmpty()) {
        view.zoomToFit();
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        view.viewport()->render(&image);
        QVERIFY(image.save(QString::fromLocal8Bit(prefix) + QStringLiteral("-span-selected.png")));
    }
    scene.setOverview(true);
    QVERIFY(!chip->isVisible());
    scene.setOverview(false);
    QVERIFY(chip->isVisible());
}

/**
 * Scenario A on the canvas: the gateway card's bar reads the bottleneck's utilisation (red
 * above 100 %), its tooltip the figure and the formulas; a larger type brings it to amber.
 */
void tst_CanvasPainting::utilisationOnCards()
{
    const DesignFile::LoadResult loaded = loadSample(QStringLiteral("api-gateway-20k"));
    QVERIFY2(loaded.ok, qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    Document doc;
    doc.resetModel(loaded.model);
    MetricsEngine engine(&doc, &Catalog::builtin());
    DesignScene scene(&doc);
    scene.setMetricsEngine(&engine);
    engine.flush();
    EntityId gateway = EntityId::None;
    for (EntityId id : doc.model().ids(EntityKind::ScalingGroup)) {
        if (doc.model().find(id)->name == QLatin1String("gateway"))
            gateway = id;
    }
    QVERIFY(isValid(gateway));
    const EntityFigures f = EntityFigures::of(doc.model(), &engine, *doc.model().find(gateway));
    QCOMPARE(f.utilisation, 4.48 / 4.0);
    QVERIFY2(f.loadLine.contains(QStringLiteral("112 %")), qPrintable(f.loadLine));
    QVERIFY(f.explanation.contains(QStringLiteral("Network bandwidth: 4.48 / (2 × 2 Gbit/s")));
    // What a sync reads (no tooltip): the same bar, none of the tooltip's lines or formulas.
    const EntityFigures bare
            = EntityFigures::of(doc.model(), &engine, *doc.model().find(gateway), false);
    QCOMPARE(bare.utilisation, f.utilisation);
    QCOMPARE(bare.metricLine, f.metricLine);
    QVERIFY(bare.loadLine.isEmpty());
    QVERIFY(bare.utilisationLines.isEmpty());
    QVERIFY(!f.utilisationLines.isEmpty());
    QVERIFY(bare.explanation.isEmpty());
    QVERIFY(scene.itemFor(gateway)->toolTip().isEmpty()); // built when about to show
    scene.prepareToolTip(gateway);
    QVERIFY(scene.itemFor(gateway)->toolTip().contains(f.loadLine.toHtmlEscaped()));
    for (const QString &line : f.utilisationLines)
        QVERIFY(scene.itemFor(gateway)->toolTip().contains(line.toHtmlEscaped()));

    QVERIFY(doc.setProperty({gateway}, Property::InstanceType, QStringLiteral("ecs.g7.xlarge"))
                    .ok());
    engine.flush();
    const EntityFigures after = EntityFigures::of(doc.model(), &engine, *doc.model().find(gateway));
    QCOMPARE(after.utilisation, 4.48 / 6.0);
    // A security group carries no demand: no bar.
    const EntityId sg = doc.model().ids(EntityKind::SecurityGroup).first();
    QCOMPARE(EntityFigures::of(doc.model(), &engine, *doc.model().find(sg)).utilisation, -1.0);
}

/**
 * Card and link figures are written in the user's locale: the same line in German is the
 * English one with each number in German form (the English form has its own fast path, which
 * zh_CN shares).
 */
void tst_CanvasPainting::figuresFollowTheLocale()
{
    const QLocale before;
    const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
    QString error;
    QVERIFY2(openSample(QStringLiteral("media-company.ecsplan"), &error), qPrintable(error));
    MetricsEngine engine(m_doc.get(), &Catalog::builtin());
    engine.flush();
    const Model &model = m_doc->model();
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    const QRegularExpression numberToken(QStringLiteral("\\d{1,3}(,\\d{3})*(\\.\\d+)?"));
    int grouped = 0;
    for (const Entity &e : model.entities()) {
        QLocale::setDefault(english);
        const EntityFigures en = EntityFigures::of(model, &engine, e);
        QLocale::setDefault(german);
        const EntityFigures de = EntityFigures::of(model, &engine, e);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(EntityFigures::of(model, &engine, e).metricLine, en.metricLine);
        QString expected;
        qsizetype at = 0;
        for (const QRegularExpressionMatch &m : numberToken.globalMatch(en.metricLine)) {
            const QString token = m.captured();
            const qsizetype point = token.indexOf(QLatin1Char('.'));
            const int decimals = point < 0 ? 0 : int(token.size() - point - 1);
            bool ok = false;
            const double value = english.toDouble(token, &ok);
            QVERIFY2(ok, qPrintable(token));
            grouped += token.contains(QLatin1Char(','));
            expected += en.metricLine.mid(at, m.capturedStart() - at)
                    + german.toString(value, 'f', decimals);
            at = m.capturedEnd();
        }
        expected += en.metricLine.mid(at);
        QCOMPARE(de.metricLine, expected);
    }
    QVERIFY(grouped > 0); // numbers of four digits and more were compared
}

void tst_CanvasPainting::cardMovedFarLeavesNoTrace()
{
    // Cards sit in buckets that contain them, and Qt repaints a moved card's old place only
    // inside the bucket it is in now: the bucket it left repaints itself. What the window
    // shows (its backing store, updated frame by frame as on screen) must equal a full repaint.
    // The security group has no links, whose own repaints would hide a trace.
    QVERIFY(m_doc->model().linksOf(m_ids.sg).isEmpty());
    const auto shown = [this](const QRect &area) {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        const QImage window = m_view->screen()->grabWindow(m_view->winId()).toImage();
        return window.copy(
                QRect(m_view->viewport()->mapTo(m_view.get(), area.topLeft()), area.size()));
    };
    Document::Result r = m_doc->setGeometry(m_ids.region, QRectF(0, 0, 1480, 3400));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QRectF card = m_doc->model().find(m_ids.sg)->geometry;
    // A neighbour keeps the bucket it leaves (an empty bucket is deleted, which repaints it).
    r = m_scene->dropComponent(EntityKind::SecurityGroup, {}, card.center() + QPointF(0, 700));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QGraphicsItem *neighbour = m_scene->itemFor(r.ids.first());
    const QRect area = m_view->mapFromScene(card.adjusted(-10, -10, 10, 10)).boundingRect();
    QVERIFY(m_view->viewport()->rect().contains(area));
    const QImage before = shown(area);
    const auto *bucket = m_scene->itemFor(m_ids.sg)->parentItem();
    // Out of the view, into another bucket.
    QVERIFY(m_doc->moveEntities({m_ids.sg}, QPointF(0, 2400)).ok());
    QVERIFY(m_scene->itemFor(m_ids.sg)->parentItem() != bucket);
    QCOMPARE(neighbour->parentItem(), bucket);
    const QImage after = shown(area);
    QVERIFY(after != before); // the card was there and is gone
    m_view->viewport()->update();
    QCOMPARE(shown(area), after);
    // And back by undo: drawn again where it was.
    m_doc->undo();
    QCOMPARE(shown(area), before);
}

QTEST_MAIN(tst_CanvasPainting)
#include "tst_canvaspainting.moc"
