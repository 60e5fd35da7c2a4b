// The canvas's semantic zoom keeps names and figures readable: compact cards keep their name
// and key figure, names wrap instead of being cut, and zoomed link figures stay off the cards
// they join and off each other, in every bundled sample.
#include "canvas/canvasstyle.h"
#include "canvas/linkitem.h"
#include "canvas/linkslayer.h"
#include "canvas/minimap.h"
#include "canvas/nodeitem.h"
#include "canvasviewtest.h"
#include "metrics/metricsengine.h"

#include <QFontMetricsF>
#include <QTest>

using namespace ecsplan;

class tst_CanvasZoom : public test::CanvasViewTest
{
    Q_OBJECT

private slots:
    void init() { setUpView(); }
    void cleanup() { tearDownView(); }
    void compactCardsKeepNameAndFigure();
    void wrapName_data();
    void wrapName();
    void wholeNamesAndSeparateLabelsAtFittedZoom_data();
    void wholeNamesAndSeparateLabelsAtFittedZoom();
    void zoomedLabelsStayOffTheirCards_data();
    void zoomedLabelsStayOffTheirCards();
    void minimapAppearsWhenTheDesignDoesNotFit();
};

void tst_CanvasZoom::compactCardsKeepNameAndFigure()
{
    MetricsEngine engine(m_doc.get(), &Catalog::builtin());
    m_scene->setMetricsEngine(&engine);
    engine.flush();
    // At 40 % (a fitted sample on a laptop) a card shows its name and its key figure in type
    // that is still ~10 px on screen; at 25 % the name alone.
    auto *web = qgraphicsitem_cast<NodeItem *>(m_scene->itemFor(m_ids.webH));
    QCOMPARE(web->compactTitle(0.4), QStringLiteral("web-h"));
    QVERIFY(!web->compactMetric(0.4).isEmpty());
    QVERIFY2(web->compactMetric(0.4).contains(QStringLiteral("¥"))
                     || web->compactMetric(0.4).contains(QStringLiteral("$")),
             qPrintable(web->compactMetric(0.4)));
    QCOMPARE(web->compactTitle(0.25), QStringLiteral("web-h"));
    auto *standby = qgraphicsitem_cast<NodeItem *>(m_scene->itemFor(m_ids.standby));
    QVERIFY(standby->compactTitle(0.4).startsWith(QStringLiteral("postgres")));
}

void tst_CanvasZoom::zoomedLabelsStayOffTheirCards_data()
{
    addSampleRows();
}

// Below 80 % a link's figure is a pill scaled up to stay legible; it must never cover the
// cards the link joins (a short link between neighbouring tiers drops its pill instead), and
// where it is drawn its text is at least ~8 px on screen.
void tst_CanvasZoom::zoomedLabelsStayOffTheirCards()
{
    QFETCH(QString, file);
    QString error;
    QVERIFY2(openSample(file, &error), qPrintable(error));
    MetricsEngine engine(m_doc.get(), &Catalog::builtin());
    m_scene->setMetricsEngine(&engine);
    engine.flush();
    const Model &model = m_doc->model();
    QStringList overlaps;
    int drawn = 0;
    for (const qreal lod : {0.3, 0.4, 0.53, 0.65, 0.79}) {
        for (EntityId id : model.ids(EntityKind::Link)) {
            auto *link = qgraphicsitem_cast<LinkItem *>(m_scene->itemFor(id));
            QVERIFY(link);
            if (link->labelRect().isEmpty())
                continue;
            const QRectF pill = LinksLayer::zoomedPill(link, lod);
            if (pill.isEmpty())
                continue;
            ++drawn;
            QVERIFY(pill.height() * lod
                    >= LinksLayer::MinLabelScreenScale * link->labelRect().height() * 0.99);
            const Entity &l = *model.find(id);
            for (EntityId end : {l.link.from, l.link.to}) {
                if (pill.intersects(model.find(end)->geometry))
                    overlaps << QStringLiteral("%1 at %2: pill on %3")
                                        .arg(l.name)
                                        .arg(lod)
                                        .arg(model.find(end)->name);
            }
        }
    }
    QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps.join('\n')));
    QVERIFY(drawn > 0); // figures are shown at these zooms, not simply dropped
    m_scene->setMetricsEngine(nullptr);
}

void tst_CanvasZoom::wrapName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("widthOf"); // the card is as wide as this text, plus a pixel
    QTest::addColumn<QString>("expected");
    QTest::newRow("fits") << "orders-db"
                          << "orders-db"
                          << "orders-db";
    QTest::newRow("hyphen") << "orders-db-standby"
                            << "orders-db-"
                            << "orders-db-\nstandby";
    QTest::newRow("balanced hyphen") << "orders-db-standby-data"
                                     << "standby-data"
                                     << "orders-db-\nstandby-data";
    QTest::newRow("space") << "Internet users"
                           << "Internet"
                           << "Internet\nusers";
    QTest::newRow("underscore") << "kafka_broker"
                                << "broker"
                                << "kafka_\nbroker";
    QTest::newRow("no separator") << "abcdefghij"
                                  << "abcdef"
                                  << "abcde\nfghij";
    QTest::newRow("three lines") << "Users in Southeast Asia"
                                 << "Southeast"
                                 << "Users in\nSoutheast\nAsia";
    QTest::newRow("words before width") << "Users in Southeast Asia"
                                        << "Users in"
                                        << "Users in\nSoutheast Asia";
}

void tst_CanvasZoom::wrapName()
{
    QFETCH(QString, name);
    QFETCH(QString, widthOf);
    QFETCH(QString, expected);
    QFont font;
    font.setPixelSize(12);
    const QFontMetricsF metrics(font);
    QCOMPARE(NodeItem::wrapName(name, metrics, metrics.horizontalAdvance(widthOf) + 1), expected);
}

void tst_CanvasZoom::wholeNamesAndSeparateLabelsAtFittedZoom_data()
{
    addSampleRows();
}

// At the zoom the samples open with on a 1366x768 laptop (57-77 %), every card shows its whole
// name (wrapped onto two or three lines where one is too short, never cut by an ellipsis), and
// no link figure lies on another one from LinkItem::PlacementZoom up.
void tst_CanvasZoom::wholeNamesAndSeparateLabelsAtFittedZoom()
{
    QFETCH(QString, file);
    QString error;
    QVERIFY2(openSample(file, &error), qPrintable(error));
    MetricsEngine engine(m_doc.get(), &Catalog::builtin());
    m_scene->setMetricsEngine(&engine);
    engine.flush();
    const Model &model = m_doc->model();
    QStringList cut;
    int cards = 0;
    for (const EntityKind kind :
         {EntityKind::InstanceGroup, EntityKind::ScalingGroup, EntityKind::Disk, EntityKind::Cache,
          EntityKind::LoadBalancer, EntityKind::SecurityGroup, EntityKind::Endpoint}) {
        for (EntityId id : model.ids(kind)) {
            auto *node = qgraphicsitem_cast<NodeItem *>(m_scene->itemFor(id));
            QVERIFY(node);
            ++cards;
            for (const qreal lod : {0.565, 0.57, 0.64, 0.77}) {
                QString shown = node->compactTitle(lod);
                shown.remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
                QString name = model.find(id)->name;
                name.remove(QLatin1Char(' '));
                if (shown != name)
                    cut << QStringLiteral("%1 at %2: %3")
                                    .arg(model.find(id)->name)
                                    .arg(lod)
                                    .arg(node->compactTitle(lod));
            }
        }
    }
    QVERIFY(cards > 4);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join('\n')));
    QStringList overlaps;
    const EntityIds links = model.ids(EntityKind::Link);
    for (qsizetype i = 0; i < links.size(); ++i) {
        auto *a = qgraphicsitem_cast<LinkItem *>(m_scene->itemFor(links[i]));
        for (qsizetype j = i + 1; j < links.size(); ++j) {
            auto *b = qgraphicsitem_cast<LinkItem *>(m_scene->itemFor(links[j]));
            for (const qreal lod : {LinkItem::PlacementZoom, 0.57, 0.79, 1.0}) {
                const QRectF pa = lod < LinksLayer::FullLabelDetail ? LinksLayer::zoomedPill(a, lod)
                                                                    : a->labelRect();
                const QRectF pb = lod < LinksLayer::FullLabelDetail ? LinksLayer::zoomedPill(b, lod)
                                                                    : b->labelRect();
                if (!pa.isEmpty() && !pb.isEmpty() && pa.intersects(pb))
                    overlaps << QStringLiteral("%1 / %2 at %3")
                                        .arg(model.find(links[i])->name, model.find(links[j])->name)
                                        .arg(lod);
            }
        }
    }
    QVERIFY2(overlaps.isEmpty(), qPrintable(overlaps.join('\n')));
    m_scene->setMetricsEngine(nullptr);
}

QTEST_MAIN(tst_CanvasZoom)
#include "tst_canvaszoom.moc"

// The minimap shows only while the design exceeds the view, and draws the design's own map:
// each card a box of its accent colour at its place, so a click there centres the view on it.
void tst_CanvasZoom::minimapAppearsWhenTheDesignDoesNotFit()
{
    Minimap *map = m_view->minimap();
    QVERIFY(map);
    m_view->zoomToFit();
    QCoreApplication::processEvents();
    QVERIFY(!map->isVisible());

    m_view->setZoom(2.0);
    // Away from web-h, so that the outline of the visible area does not tint it on the map.
    m_view->centerOn(m_scene->itemFor(m_ids.webJ)->sceneBoundingRect().center());
    QVERIFY(map->isVisible());
    QCoreApplication::processEvents(); // the picture is drawn once control returns
    QCOMPARE(map->sceneArea(), m_scene->contentsRect().adjusted(-40, -40, 40, 40));

    auto *web = qgraphicsitem_cast<NodeItem *>(m_scene->itemFor(m_ids.webH));
    const QRectF card = web->cardSceneRect();
    const QImage picture = map->grab().toImage();
    // The map pixel at the card's centre: found by inverting toScene over the map's pixels.
    QPoint atCard(-1, -1);
    for (int y = 0; y < map->height() && atCard.x() < 0; ++y)
        for (int x = 0; x < map->width(); ++x)
            if (card.adjusted(card.width() / 3, card.height() / 3, -card.width() / 3,
                              -card.height() / 3)
                        .contains(map->toScene(QPointF(x + 0.5, y + 0.5)))) {
                atCard = QPoint(x, y);
                break;
            }
    QVERIFY(atCard.x() >= 0);
    const QColor accent = CanvasStyle::accent(EntityKind::InstanceGroup);
    const QColor pixel = picture.pixelColor(atCard * picture.devicePixelRatio());
    QVERIFY2(qAbs(pixel.red() - accent.red()) <= 2 && qAbs(pixel.green() - accent.green()) <= 2
                     && qAbs(pixel.blue() - accent.blue()) <= 2,
             qPrintable(pixel.name() + QStringLiteral(" != ") + accent.name()));

    // A click on the map moves the view there (centred as far as the scroll range allows).
    const auto visible = [&] {
        return m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    };
    QVERIFY(!visible().intersects(card));
    QTest::mouseClick(map, Qt::LeftButton, {}, atCard);
    QVERIFY(visible().contains(card));

    m_view->zoomToFit();
    QVERIFY(!map->isVisible());
}
