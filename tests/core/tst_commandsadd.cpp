// Document verbs that add: resetModel, addEntity, addEntities and connect, with the
// undo stack state and the change events after each push, undo and redo; and the clean state.
// The fixture and CHECK_STACK: tests/support/commandfixture.h.

#include "commandfixture.h"

#include <QLocale>
#include <QTest>

using namespace ecsplan;
using namespace ecsplan::test::commands;

class tst_CommandsAdd : public DocumentTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init() { setUpDocument(); }
    void cleanup() { tearDownDocument(); }

    void resetModel();
    void addEntity();
    void addEntityRefused_data();
    void addEntityRefused();
    void addEntities();
    void connectVerb();
    void connectRefused_data();
    void connectRefused();
    void cleanChanged();
    void recoveredWorkStaysUnsaved();
};

void tst_CommandsAdd::resetModel()
{
    QVERIFY(m_document->setProperty({id(Web)}, Property::Count, 2).ok());
    m_spy->clear();
    m_document->resetModel(Model());
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Reset  *")});
    CHECK_STACK(*m_document, 0, 0, true, "", "");
    QCOMPARE(m_document->model().size(), 0);
}

void tst_CommandsAdd::addEntity()
{
    Document &doc = *m_document;
    Entity e = makeEntity(EntityKind::InstanceGroup, {900, 450});
    e.parent = id(ZoneB);
    const Document::Result result = doc.addEntity(e);
    QVERIFY(result.ok());
    QCOMPARE(result.ids, EntityIds{id(FirstFreeId)});
    CHECK_STACK(doc, 1, 1, false, "Add ECS instances", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Added 20 *")});
    const Entity added = *doc.model().find(id(FirstFreeId));
    QCOMPARE(added.name, QStringLiteral("Instances"));
    QCOMPARE(added.parent, id(ZoneB));
    QCOMPARE(doc.model().childrenOf(id(ZoneB)), ids({Api, Replica, Disk2, FirstFreeId}));

    doc.undo();
    CHECK_STACK(doc, 1, 0, true, "", "Add ECS instances");
    QCOMPARE(
            events(*m_spy),
            (QStringList{QStringLiteral("AboutToBeRemoved 20 *"), QStringLiteral("Removed 20 *")}));
    QVERIFY(!doc.model().contains(id(FirstFreeId)));
    QCOMPARE(DesignJson::write(doc.model()), m_original);

    doc.redo();
    CHECK_STACK(doc, 1, 1, false, "Add ECS instances", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Added 20 *")});
    QCOMPARE(*doc.model().find(id(FirstFreeId)), added);

    // A second one gets the next id and a unique name.
    QCOMPARE(doc.addEntity(e).ids, EntityIds{id(21)});
    QCOMPARE(doc.model().find(id(21))->name, QStringLiteral("Instances 2"));
    CHECK_STACK(doc, 2, 2, false, "Add ECS instances", "");
}

void tst_CommandsAdd::addEntityRefused_data()
{
    QTest::addColumn<Entity>("entity");
    QTest::addColumn<QString>("error");
    Entity orphan = makeEntity(EntityKind::InstanceGroup);
    QTest::newRow("outside any zone")
            << orphan
            << QStringLiteral("Cannot add \"Instances\": ECS instances must be placed inside an "
                              "availability zone.");
    Entity zeroCount = makeEntity(EntityKind::InstanceGroup);
    zeroCount.parent = id(ZoneA);
    zeroCount.compute.count = 0;
    QTest::newRow("invalid value")
            << zeroCount
            << QStringLiteral(
                       "Cannot add \"Instances\": Instances must be between 1 and 2000, not 0.");
    Entity crossZone = makeEntity(EntityKind::Disk);
    crossZone.name = QStringLiteral("d");
    crossZone.parent = id(ZoneB);
    crossZone.disk.attachedTo = id(Web);
    QTest::newRow("disk attached across zones")
            << crossZone
            << QStringLiteral("Cannot add \"d\": Disk \"d\" and instances \"web\" are in different "
                              "zones; a cloud disk can "
                              "only be attached in its own zone.");
    Entity badZones = makeEntity(EntityKind::LoadBalancer);
    badZones.parent = id(Region);
    badZones.zones = ids({ZoneA, ZoneC});
    QTest::newRow("zone of another region")
            << badZones
            << QStringLiteral(
                       "Cannot add \"Load balancer\": Zone \"Zone C\" is in another region.");
}

void tst_CommandsAdd::addEntityRefused()
{
    QFETCH(Entity, entity);
    QFETCH(QString, error);
    const Document::Result result = m_document->addEntity(entity);
    QCOMPARE(result.error, error);
    QCOMPARE(result.ids, EntityIds());
    CHECK_STACK(*m_document, 0, 0, true, "", "");
    QCOMPARE(events(*m_spy), QStringList());
    QCOMPARE(DesignJson::write(m_document->model()), m_original);
}

void tst_CommandsAdd::addEntities()
{
    Document &doc = *m_document;
    const EntityIds fresh = doc.allocateIds(3);
    QCOMPARE(fresh, ids({20, 21, 22}));
    Entity zone = makeEntity(EntityKind::Zone, {40, 1000});
    zone.id = fresh[0];
    zone.name = QStringLiteral("Zone A"); // taken: becomes "Zone A 2"
    zone.parent = id(Region2);
    Entity instances = makeEntity(EntityKind::InstanceGroup, {60, 1050});
    instances.id = fresh[1];
    instances.name = QStringLiteral("web");
    instances.parent = fresh[0];
    Entity traffic = makeEntity(EntityKind::Link);
    traffic.id = fresh[2];
    traffic.link.from = id(Users);
    traffic.link.to = fresh[1];
    const Document::Result result = doc.addEntities({zone, instances, traffic});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.ids, fresh);
    CHECK_STACK(doc, 1, 1, false, "Add 3 component(s)", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Added 20,21,22 *")});
    QCOMPARE(doc.model().find(fresh[0])->name, QStringLiteral("Zone A 2"));
    QCOMPARE(doc.model().find(fresh[1])->name, QStringLiteral("web 2"));
    QCOMPARE(doc.model().linksOf(fresh[1]), EntityIds{fresh[2]});

    doc.undo();
    CHECK_STACK(doc, 1, 0, true, "", "Add 3 component(s)");
    QCOMPARE(DesignJson::write(doc.model()), m_original);
    QCOMPARE(events(*m_spy),
             (QStringList{QStringLiteral("AboutToBeRemoved 20,21,22 *"),
                          QStringLiteral("Removed 20,21,22 *")}));

    // Custom text; names made unique inside the batch too.
    Entity a = makeEntity(EntityKind::Endpoint, {-300, 0});
    a.name = QStringLiteral("users");
    const Document::Result pasted = doc.addEntities({a, a}, QStringLiteral("Paste"));
    CHECK_STACK(doc, 1, 1, false, "Paste", "");
    QCOMPARE(pasted.ids, ids({23, 24}));
    QCOMPARE(doc.model().find(id(23))->name, QStringLiteral("users 2"));
    QCOMPARE(doc.model().find(id(24))->name, QStringLiteral("users 3"));

    QCOMPARE(doc.addEntities({}).error, QString());
    CHECK_STACK(doc, 1, 1, false, "Paste", "");
}

void tst_CommandsAdd::connectVerb()
{
    Document &doc = *m_document;
    LinkData data;
    data.gbPerMonth = 250;
    data.requestsPerSecond = 40;
    data.path = LinkPath::Intranet;
    const Document::Result result = doc.connect(id(Api), id(Replica), data);
    QVERIFY(result.ok());
    QCOMPARE(result.ids, EntityIds{id(FirstFreeId)});
    CHECK_STACK(doc, 1, 1, false, "Connect \"api\" to \"replica\"", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Added 20 *")});
    const Entity &l = *doc.model().find(id(FirstFreeId));
    QCOMPARE(l.name, QStringLiteral("api → replica"));
    QCOMPARE(l.link.from, id(Api));
    QCOMPARE(l.link.to, id(Replica));
    QCOMPARE(l.link.gbPerMonth, 250.0);
    QCOMPARE(l.link.requestsPerSecond, 40.0);
    QCOMPARE(l.link.path, LinkPath::Intranet);
    QCOMPARE(doc.model().linksOf(id(Replica)), EntityIds{id(FirstFreeId)});

    doc.undo();
    QCOMPARE(doc.model().linksOf(id(Replica)), EntityIds());
    QCOMPARE(DesignJson::write(doc.model()), m_original);
    // The reverse direction is another link.
    QVERIFY(doc.connect(id(Cache), id(Web)).ok());
    QCOMPARE(doc.model().find(id(21))->name, QStringLiteral("cache → web"));
}

void tst_CommandsAdd::connectRefused_data()
{
    QTest::addColumn<quint32>("from");
    QTest::addColumn<quint32>("to");
    QTest::addColumn<QString>("error");
    QTest::newRow("already connected")
            << quint32(Web) << quint32(Cache)
            << QStringLiteral("\"web\" is already connected to \"cache\".");
    QTest::newRow("itself")
            << quint32(Web) << quint32(Web)
            << QStringLiteral(
                       "Cannot add \"web → web\": A link cannot connect a component to itself.");
    QTest::newRow("a zone")
            << quint32(Web) << quint32(ZoneA)
            << QStringLiteral(
                       "Cannot add \"web → Zone A\": A link connects two components, not a Zone.");
    QTest::newRow("missing end") << quint32(Web) << quint32(99)
                                 << QStringLiteral("Both ends of a link must exist.");
}

void tst_CommandsAdd::connectRefused()
{
    QFETCH(quint32, from);
    QFETCH(quint32, to);
    QFETCH(QString, error);
    QCOMPARE(m_document->connect(id(from), id(to)).error, error);
    CHECK_STACK(*m_document, 0, 0, true, "", "");
    QCOMPARE(events(*m_spy), QStringList());
}

void tst_CommandsAdd::cleanChanged()
{
    Document &doc = *m_document;
    QSignalSpy clean(doc.undoStack(), &QUndoStack::cleanChanged);
    QVERIFY(!doc.isModified());
    QVERIFY(doc.setProperty({id(Web)}, Property::Count, 2).ok());
    QCOMPARE(clean.size(), 1);
    QCOMPARE(clean.takeFirst().at(0).toBool(), false);
    QVERIFY(doc.isModified());
    QVERIFY(doc.setProperty({id(Web)}, Property::Count, 3).ok());
    QCOMPARE(clean.size(), 0);
    doc.markSaved();
    QCOMPARE(clean.takeFirst().at(0).toBool(), true);
    doc.undo();
    QCOMPARE(clean.takeFirst().at(0).toBool(), false);
    doc.redo();
    QCOMPARE(clean.takeFirst().at(0).toBool(), true);
    QVERIFY(!doc.isModified());
    CHECK_STACK(doc, 2, 2, true, "Change Instances", "");
}

// Recovered work (markUnsaved) is unsaved whatever is undone or redone, until the next save.
void tst_CommandsAdd::recoveredWorkStaysUnsaved()
{
    Document &doc = *m_document;
    QVERIFY(doc.setProperty({id(Web)}, Property::Count, 2).ok());
    doc.markSaved();
    QVERIFY(!doc.isModified());
    doc.markUnsaved();
    QVERIFY(doc.isModified());
    doc.undo();
    QVERIFY(doc.isModified());
    doc.redo();
    QVERIFY(doc.isModified()); // back where markSaved was called: still not the saved state
    doc.markSaved();
    QVERIFY(!doc.isModified());
    CHECK_STACK(doc, 1, 1, true, "Change Instances", "");
}

QTEST_GUILESS_MAIN(tst_CommandsAdd)
#include "tst_commandsadd.moc"
