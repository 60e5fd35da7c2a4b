// Palette → canvas drag and drop: the palette's own MIME data is dropped on the view with real
// QDragEnter/Move/Drop events (no sleeps, no platform drag); the node must arrive through the
// undo stack, in the container under the drop point, or be refused with a visible reason.
#include "canvas/cardbucket.h"
#include "canvas/designscene.h"
#include "canvas/designview.h"
#include "palette/componentmime.h"
#include "palette/componentpalette.h"

#include <QGraphicsItem>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ecsplan;

Q_DECLARE_METATYPE(ecsplan::EntityKind)
Q_DECLARE_METATYPE(ecsplan::EndpointKind)

namespace {

/** A region (0,0 1000×700) holding one zone (40,100 400×500); the rest of the canvas is empty. */
Model regionWithZone(EntityId *region, EntityId *zone)
{
    Model m;
    Entity r = makeEntity(EntityKind::Region, {0, 0});
    r.id = m.allocateId();
    r.geometry.setSize({1000, 700});
    m.insert(r);
    Entity z = makeEntity(EntityKind::Zone, {40, 100});
    z.id = m.allocateId();
    z.parent = r.id;
    z.geometry.setSize({400, 500});
    m.insert(z);
    *region = r.id;
    *zone = z.id;
    return m;
}

} // namespace

class tst_DragDrop : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void paletteListsEveryKind_data();
    void paletteListsEveryKind();
    void narrowPaletteShowsIconsOnly();
    void dropCreatesNodeThroughUndoStack();
    void dropPlacement_data();
    void dropPlacement();
    void foreignPayloadIsIgnored();

private:
    /** Sends enter, move and drop at a scene point; returns whether the drop was accepted. */
    bool dropAt(QMimeData *mime, const QPointF &scenePos);

    std::unique_ptr<Document> m_doc;
    std::unique_ptr<DesignScene> m_scene;
    std::unique_ptr<DesignView> m_view;
    std::unique_ptr<ComponentPalette> m_palette;
    EntityId m_region = EntityId::None;
    EntityId m_zone = EntityId::None;
};

void tst_DragDrop::init()
{
    m_doc = std::make_unique<Document>();
    m_doc->resetModel(regionWithZone(&m_region, &m_zone));
    m_scene = std::make_unique<DesignScene>(m_doc.get());
    m_view = std::make_unique<DesignView>(m_scene.get());
    m_view->resize(1200, 900);
    m_view->show();
    m_view->resetZoom();
    m_view->centerOn(QPointF(500, 350));
    m_palette = std::make_unique<ComponentPalette>();
}

void tst_DragDrop::cleanup()
{
    m_palette.reset();
    m_view.reset();
    m_scene.reset();
    m_doc.reset();
}

bool tst_DragDrop::dropAt(QMimeData *mime, const QPointF &scenePos)
{
    const QPoint pos = m_view->mapFromScene(scenePos);
    QWidget *viewport = m_view->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    return drop.isAccepted();
}

// On a laptop the palette dock is narrow: icons only, each name leading its tooltip; widening
// the dock brings the names back unchanged, and a drag carries the same payload either way.
void tst_DragDrop::narrowPaletteShowsIconsOnly()
{
    m_palette->resize(300, 500);
    m_palette->show();
    QVERIFY(!m_palette->isCompact());
    QListWidget *list = m_palette->list();
    QStringList names, tips;
    for (int row = 0; row < list->count(); ++row) {
        names << list->item(row)->text();
        tips << list->item(row)->toolTip();
        QVERIFY(!names.last().isEmpty());
    }
    auto payloadOf = [this](int row) {
        return std::unique_ptr<QMimeData>(m_palette->mimeDataFor(row))
                ->data(QLatin1String(ComponentMime::MimeType));
    };
    const QByteArray payload = payloadOf(0);
    QVERIFY(!payload.isEmpty());

    m_palette->resize(ComponentPalette::compactWidth(), 500);
    QVERIFY(m_palette->isCompact());
    for (int row = 0; row < list->count(); ++row) {
        QCOMPARE(list->item(row)->text(), QString());
        QCOMPARE(
                list->item(row)->toolTip(),
                QStringLiteral("<b>%1</b><br>%2").arg(names.at(row).toHtmlEscaped(), tips.at(row)));
    }
    QCOMPARE(payloadOf(0), payload);

    m_palette->resize(ComponentPalette::CompactWidth, 500);
    QVERIFY(!m_palette->isCompact());
    for (int row = 0; row < list->count(); ++row) {
        QCOMPARE(list->item(row)->text(), names.at(row));
        QCOMPARE(list->item(row)->toolTip(), tips.at(row));
    }
}

void tst_DragDrop::paletteListsEveryKind_data()
{
    QTest::addColumn<EntityKind>("kind");
    QTest::addColumn<EndpointKind>("endpoint");
    QTest::addColumn<QByteArray>("payload");
    const auto none = EndpointKind::InternetUsers;
    QTest::newRow("region") << EntityKind::Region << none << QByteArray("region");
    QTest::newRow("zone") << EntityKind::Zone << none << QByteArray("zone");
    QTest::newRow("instances") << EntityKind::InstanceGroup << none << QByteArray("instanceGroup");
    QTest::newRow("scaling") << EntityKind::ScalingGroup << none << QByteArray("scalingGroup");
    QTest::newRow("disk") << EntityKind::Disk << none << QByteArray("disk");
    QTest::newRow("cache") << EntityKind::Cache << none << QByteArray("cache");
    QTest::newRow("lb") << EntityKind::LoadBalancer << none << QByteArray("loadBalancer");
    QTest::newRow("sg") << EntityKind::SecurityGroup << none << QByteArray("securityGroup");
    QTest::newRow("users") << EntityKind::Endpoint << EndpointKind::InternetUsers
                           << QByteArray("endpoint/internetUsers");
    QTest::newRow("on-prem") << EntityKind::Endpoint << EndpointKind::OnPremises
                             << QByteArray("endpoint/onPremises");
}

void tst_DragDrop::paletteListsEveryKind()
{
    QFETCH(EntityKind, kind);
    QFETCH(EndpointKind, endpoint);
    QFETCH(QByteArray, payload);
    QCOMPARE(m_palette->count(), 10);
    const int row = m_palette->rowOf(kind, endpoint);
    QVERIFY(row >= 0);
    std::unique_ptr<QMimeData> mime(m_palette->mimeDataFor(row));
    QCOMPARE(mime->data(QString::fromLatin1(ComponentMime::MimeType)), payload);
    EntityKind k;
    EndpointKind e;
    QVERIFY(ComponentMime::decode(mime.get(), &k, &e));
    QCOMPARE(k, kind);
    QCOMPARE(e, endpoint);
    QVERIFY(!m_palette->list()->item(row)->icon().isNull());
    QVERIFY(!m_palette->list()->item(row)->toolTip().isEmpty());
}

void tst_DragDrop::dropCreatesNodeThroughUndoStack()
{
    QSignalSpy selection(m_scene.get(), &DesignScene::selectedIdsChanged);
    std::unique_ptr<QMimeData> mime(
            m_palette->mimeDataFor(m_palette->rowOf(EntityKind::InstanceGroup)));
    QVERIFY(dropAt(mime.get(), QPointF(240, 300)));

    QCOMPARE(m_doc->undoStack()->count(), 1);
    const EntityIds instances = m_doc->model().ids(EntityKind::InstanceGroup);
    QCOMPARE(instances.size(), 1);
    const Entity *e = m_doc->model().find(instances.first());
    QCOMPARE(e->parent, m_zone);
    // Centred on the drop point (240,300), top-left snapped to the 20 px grid: 160,268 → 160,260.
    QCOMPARE(e->geometry, QRectF(160, 260, 160, 64));
    QVERIFY(m_scene->itemFor(e->id));
    QCOMPARE(m_scene->itemFor(e->id)->scenePos(), e->geometry.topLeft());
    QCOMPARE(CardBuckets::containerOf(m_scene->itemFor(e->id)), m_scene->itemFor(m_zone));
    QCOMPARE(m_scene->selectedIds(), EntityIds{e->id});
    QVERIFY(!selection.isEmpty());

    m_doc->undo();
    QCOMPARE(m_doc->model().ids(EntityKind::InstanceGroup).size(), 0);
    QCOMPARE(m_scene->itemFor(instances.first()), nullptr);
    QCOMPARE(m_scene->entityItemCount(), 2);
    m_doc->redo();
    QCOMPARE(CardBuckets::containerOf(m_scene->itemFor(instances.first())),
             m_scene->itemFor(m_zone));
}

void tst_DragDrop::dropPlacement_data()
{
    QTest::addColumn<EntityKind>("kind");
    QTest::addColumn<EndpointKind>("endpoint");
    QTest::addColumn<QPointF>("where");
    QTest::addColumn<QString>("expectedParent"); // "zone", "region", "none" or "refused"
    QTest::addColumn<QString>("reason"); // part of the refusal message
    const auto none = EndpointKind::InternetUsers;
    const QPointF inZone(240, 300), inRegionOnly(700, 400), outside(1400, 300);
    QTest::newRow("instances in zone") << EntityKind::InstanceGroup << none << inZone << "zone"
                                       << "";
    QTest::newRow("instances in region only")
            << EntityKind::InstanceGroup << none << inRegionOnly << "refused"
            << "availability zone";
    QTest::newRow("instances outside") << EntityKind::InstanceGroup << none << outside << "refused"
                                       << "availability zone";
    QTest::newRow("disk in zone") << EntityKind::Disk << none << inZone << "zone"
                                  << "";
    QTest::newRow("cache outside") << EntityKind::Cache << none << outside << "refused"
                                   << "availability zone";
    QTest::newRow("zone in region") << EntityKind::Zone << none << inRegionOnly << "region"
                                    << "";
    QTest::newRow("zone inside zone goes to region")
            << EntityKind::Zone << none << inZone << "region"
            << "";
    QTest::newRow("zone outside") << EntityKind::Zone << none << outside << "refused"
                                  << "region";
    QTest::newRow("region on canvas") << EntityKind::Region << none << outside << "none"
                                      << "";
    QTest::newRow("scaling group in region")
            << EntityKind::ScalingGroup << none << inRegionOnly << "region"
            << "";
    QTest::newRow("lb in zone") << EntityKind::LoadBalancer << none << inZone << "zone"
                                << "";
    QTest::newRow("sg outside") << EntityKind::SecurityGroup << none << outside << "refused"
                                << "region";
    QTest::newRow("users outside")
            << EntityKind::Endpoint << EndpointKind::InternetUsers << outside << "none"
            << "";
    QTest::newRow("on-prem outside")
            << EntityKind::Endpoint << EndpointKind::OnPremises << outside << "none"
            << "";
}

void tst_DragDrop::dropPlacement()
{
    QFETCH(EntityKind, kind);
    QFETCH(EndpointKind, endpoint);
    QFETCH(QPointF, where);
    QFETCH(QString, expectedParent);
    QFETCH(QString, reason);
    QSignalSpy status(m_scene.get(), &DesignScene::statusMessage);
    const int before = m_doc->model().size();
    std::unique_ptr<QMimeData> mime(m_palette->mimeDataFor(m_palette->rowOf(kind, endpoint)));
    const bool accepted = dropAt(mime.get(), where);

    if (expectedParent == QLatin1String("refused")) {
        QVERIFY(!accepted);
        QCOMPARE(m_doc->model().size(), before);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QVERIFY(!status.isEmpty());
        const QString shown = status.last().first().toString();
        QVERIFY2(shown.contains(reason), qPrintable(shown));
        return;
    }
    QVERIFY(accepted);
    QCOMPARE(m_doc->model().size(), before + 1);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    const EntityIds ids = m_doc->model().ids(kind);
    const Entity *e = m_doc->model().find(ids.last());
    const EntityId parent = expectedParent == QLatin1String("zone") ? m_zone
            : expectedParent == QLatin1String("region")             ? m_region
                                                                    : EntityId::None;
    QCOMPARE(e->parent, parent);
    if (kind == EntityKind::Endpoint)
        QCOMPARE(e->endpoint.kind, endpoint);
    QCOMPARE(m_scene->entityItemCount(), m_doc->model().size());
}

void tst_DragDrop::foreignPayloadIsIgnored()
{
    QMimeData text;
    text.setText(QStringLiteral("instanceGroup"));
    QVERIFY(!dropAt(&text, QPointF(240, 300)));
    QMimeData link;
    link.setData(QString::fromLatin1(ComponentMime::MimeType), "link");
    QVERIFY(!dropAt(&link, QPointF(240, 300)));
    QMimeData junk;
    junk.setData(QString::fromLatin1(ComponentMime::MimeType), "endpoint/mars");
    QVERIFY(!dropAt(&junk, QPointF(240, 300)));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

QTEST_MAIN(tst_DragDrop)
#include "tst_dragdrop.moc"
