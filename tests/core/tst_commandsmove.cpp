// Document::moveEntities and setGeometry: moves within a zone, containers taking their
// content along, reparenting in one step, and moves refused.
// The fixture and CHECK_STACK: tests/support/commandfixture.h.

#include "commandfixture.h"

#include <QLocale>
#include <QTest>

using namespace ecsplan;
using namespace ecsplan::test::commands;

class tst_CommandsMove : public DocumentTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init() { setUpDocument(); }
    void cleanup() { tearDownDocument(); }

    void moveWithinZone();
    void moveZoneTakesContentAlong();
    void moveReparentsInOneStep();
    void moveScalingGroupToAnotherRegion();
    void moveOutsideAnyZoneIsRefused();
    void moveNothing();
    void setGeometry();
};

void tst_CommandsMove::moveWithinZone()
{
    Document &doc = *m_document;
    QCOMPARE(doc.moveEntities({id(Web)}, {10, 5}).ids, ids({Web}));
    CHECK_STACK(doc, 1, 1, false, "Move 1 component(s)", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Changed 7 geometry")});
    QCOMPARE(doc.model().find(id(Web))->geometry, QRectF(80, 175, 160, 64));
    QCOMPARE(doc.model().find(id(Web))->parent, id(ZoneA));
    doc.undo();
    QCOMPARE(doc.model().find(id(Web))->geometry, QRectF(70, 170, 160, 64));
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Changed 7 geometry")});
}

void tst_CommandsMove::moveZoneTakesContentAlong()
{
    Document &doc = *m_document;
    // The web tier is requested too but moves once, with its zone.
    QCOMPARE(doc.moveEntities(ids({Web, ZoneA}), {0, 10}).ids, ids({ZoneA, Web, Disk, Cache}));
    CHECK_STACK(doc, 1, 1, false, "Move 1 component(s)", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Changed 2,7,8,9 geometry")});
    QCOMPARE(doc.model().find(id(ZoneA))->geometry, QRectF(40, 130, 600, 540));
    QCOMPARE(doc.model().find(id(Web))->geometry, QRectF(70, 180, 160, 64));
    QCOMPARE(doc.model().find(id(Cache))->geometry, QRectF(270, 180, 160, 64));

    QCOMPARE(doc.moveEntities({id(Region)}, {-100, 0}).ids.size(), 12);
    CHECK_STACK(doc, 2, 2, false, "Move 1 component(s)", "");
    doc.undo();
    doc.undo();
    QCOMPARE(DesignJson::write(doc.model()), m_original);
}

void tst_CommandsMove::moveReparentsInOneStep()
{
    Document &doc = *m_document;
    // web's centre (150, 202) lands at (850, 502), inside zone B.
    QCOMPARE(doc.moveEntities({id(Web)}, {700, 300}).ids, ids({Web}));
    CHECK_STACK(doc, 1, 1, false, "Move 1 component(s) to another container", "");
    QCOMPARE(events(*m_spy),
             (QStringList{QStringLiteral("Changed 7 geometry"), QStringLiteral("Changed 7 parent"),
                          QStringLiteral("Changed 8 attachedTo")}));
    const Model &m = doc.model();
    QCOMPARE(m.find(id(Web))->parent, id(ZoneB));
    QCOMPARE(m.find(id(Web))->geometry, QRectF(770, 470, 160, 64));
    QCOMPARE(m.find(id(Disk))->disk.attachedTo, EntityId::None); // the disk stayed in zone A
    QCOMPARE(m.childrenOf(id(ZoneB)), ids({Api, Replica, Disk2, Web}));
    const QByteArray moved = DesignJson::write(m);

    doc.undo();
    CHECK_STACK(doc, 1, 0, true, "", "Move 1 component(s) to another container");
    QCOMPARE(
            events(*m_spy),
            (QStringList{QStringLiteral("Changed 8 attachedTo"), QStringLiteral("Changed 7 parent"),
                         QStringLiteral("Changed 7 geometry")}));
    QCOMPARE(DesignJson::write(m), m_original);
    QCOMPARE(m.disksAttachedTo(id(Web)), ids({Disk}));
    doc.redo();
    QCOMPARE(DesignJson::write(m), moved);
}

void tst_CommandsMove::moveScalingGroupToAnotherRegion()
{
    Document &doc = *m_document;
    // Into Beijing's band above zone C: the zones it spanned in Hangzhou no longer apply.
    QVERIFY(doc.moveEntities({id(Asg)}, {0, 800}).ok());
    CHECK_STACK(doc, 1, 1, false, "Move 1 component(s) to another container", "");
    QCOMPARE(
            events(*m_spy),
            (QStringList{QStringLiteral("Changed 14 geometry"), QStringLiteral("Changed 14 parent"),
                         QStringLiteral("Changed 14 zones")}));
    QCOMPARE(doc.model().find(id(Asg))->parent, id(Region2));
    QCOMPARE(doc.model().find(id(Asg))->zones, EntityIds());
    for (EntityId e : doc.model().ids())
        QCOMPARE(doc.model().checkEntity(*doc.model().find(e)), QString());
    doc.undo();
    QCOMPARE(DesignJson::write(doc.model()), m_original);
}

void tst_CommandsMove::moveOutsideAnyZoneIsRefused()
{
    Document &doc = *m_document;
    QCOMPARE(doc.moveEntities({id(Web)}, {-5000, 0}).error,
             QStringLiteral("\"web\" cannot be moved there: ECS instances must be placed inside "
                            "an availability zone."));
    QCOMPARE(doc.moveEntities({id(ZoneA)}, {0, 5000}).error,
             QStringLiteral(
                     "\"Zone A\" cannot be moved there: A zone must be placed inside a region."));
    CHECK_STACK(doc, 0, 0, true, "", "");
    QCOMPARE(events(*m_spy), QStringList());
    QCOMPARE(DesignJson::write(doc.model()), m_original);
    // Regions and endpoints live on the canvas: they go anywhere.
    QVERIFY(doc.moveEntities({id(Users)}, {-5000, 0}).ok());
    CHECK_STACK(doc, 1, 1, false, "Move 1 component(s)", "");
}

void tst_CommandsMove::moveNothing()
{
    QVERIFY(m_document->moveEntities({id(Web)}, {0, 0}).ok());
    QVERIFY(m_document->moveEntities({id(LbToWeb)}, {10, 10}).ok()); // links have no position
    QVERIFY(m_document->moveEntities({id(99)}, {10, 10}).ok());
    CHECK_STACK(*m_document, 0, 0, true, "", "");
    QCOMPARE(events(*m_spy), QStringList());
}

void tst_CommandsMove::setGeometry()
{
    Document &doc = *m_document;
    QVERIFY(doc.setGeometry(id(ZoneB), QRectF(700, 120, 640, 560)).ok());
    CHECK_STACK(doc, 1, 1, false, "Change Geometry", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Changed 3 geometry")});
    QCOMPARE(doc.setGeometry(id(ZoneB), QRectF(700, 120, 0, 560)).error,
             QStringLiteral("The geometry must be a rectangle with a positive size."));
    CHECK_STACK(doc, 1, 1, false, "Change Geometry", "");
    doc.undo();
    QCOMPARE(doc.model().find(id(ZoneB))->geometry, QRectF(700, 120, 600, 540));
}

QTEST_GUILESS_MAIN(tst_CommandsMove)
#include "tst_commandsmove.moc"
