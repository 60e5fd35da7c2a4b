// Document verbs and their undo commands, in the style of Qt's tst_qundostack: after every push,
// undo and redo the exact stack state (count, index, clean, texts), the model, and the change
// events Document::changed emitted (type, ids and property bits) are checked.

#include "io/designjson.h"
#include "model/document.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace ecsplan;

namespace {

enum : quint32 {
    Region = 1,
    ZoneA,
    ZoneB,
    Region2,
    ZoneC,
    Sg,
    Web,
    Disk,
    Cache,
    Api,
    Replica,
    Disk2,
    Lb,
    Asg,
    Users,
    UsersToLb,
    LbToWeb,
    LbToApi,
    WebToCache,
    FirstFreeId
};
EntityId id(quint32 value)
{
    return entityId(value);
}
EntityIds ids(std::initializer_list<quint32> values)
{
    EntityIds result;
    for (quint32 v : values)
        result << entityId(v);
    return result;
}
QVariant v(EntityId value)
{
    return QVariant::fromValue(value);
}

Entity node(quint32 i, EntityKind kind, const char *name, quint32 parent, QPointF pos)
{
    Entity e = makeEntity(kind, pos);
    e.id = entityId(i);
    e.name = QString::fromUtf8(name);
    e.parent = entityId(parent);
    return e;
}

Entity link(quint32 i, quint32 from, quint32 to, const char *name)
{
    Entity e = makeEntity(EntityKind::Link);
    e.id = entityId(i);
    e.name = QString::fromUtf8(name);
    e.link.from = entityId(from);
    e.link.to = entityId(to);
    e.link.gbPerMonth = 100;
    return e;
}

/**
 * Hangzhou (zones A, B) and Beijing (zone C). Zone A: web + its data disk + cache. Zone B: api,
 * a read replica of the cache, a disk attached to the scaling group. Region-wide: security
 * group, ALB and scaling group spanning A and B. Users -> ALB -> web/api, web -> cache.
 */
Model fixture()
{
    Model m;
    Entity region = node(Region, EntityKind::Region, "Hangzhou", 0, {0, 0});
    region.geometry.setSize({1400, 700});
    m.insert(region);
    Entity zoneA = node(ZoneA, EntityKind::Zone, "Zone A", Region, {40, 120});
    zoneA.geometry.setSize({600, 540});
    m.insert(zoneA);
    Entity zoneB = node(ZoneB, EntityKind::Zone, "Zone B", Region, {700, 120});
    zoneB.geometry.setSize({600, 540});
    m.insert(zoneB);
    Entity region2 = node(Region2, EntityKind::Region, "Beijing", 0, {0, 800});
    region2.geometry.setSize({1400, 700});
    m.insert(region2);
    Entity zoneC = node(ZoneC, EntityKind::Zone, "Zone C", Region2, {40, 920});
    zoneC.geometry.setSize({600, 540});
    m.insert(zoneC);
    m.insert(node(Sg, EntityKind::SecurityGroup, "web-sg", Region, {840, 28}));
    Entity web = node(Web, EntityKind::InstanceGroup, "web", ZoneA, {70, 170});
    web.compute.securityGroups = {id(Sg)};
    m.insert(web);
    Entity disk = node(Disk, EntityKind::Disk, "web-data", ZoneA, {70, 280});
    disk.disk.attachedTo = id(Web);
    m.insert(disk);
    m.insert(node(Cache, EntityKind::Cache, "cache", ZoneA, {270, 170}));
    m.insert(node(Api, EntityKind::InstanceGroup, "api", ZoneB, {730, 280}));
    Entity replica = node(Replica, EntityKind::Cache, "replica", ZoneB, {730, 170});
    replica.cache.readReplicaOf = id(Cache);
    m.insert(replica);
    Entity disk2 = node(Disk2, EntityKind::Disk, "asg-data", ZoneB, {730, 390});
    disk2.disk.attachedTo = id(Asg);
    m.insert(disk2);
    Entity lb = node(Lb, EntityKind::LoadBalancer, "alb", Region, {40, 28});
    lb.zones = ids({ZoneA, ZoneB});
    m.insert(lb);
    Entity asg = node(Asg, EntityKind::ScalingGroup, "asg", Region, {240, 28});
    asg.zones = ids({ZoneA, ZoneB});
    asg.compute.securityGroups = {id(Sg)};
    m.insert(asg);
    m.insert(node(Users, EntityKind::Endpoint, "users", 0, {-260, 318}));
    m.insert(link(UsersToLb, Users, Lb, "users → alb"));
    m.insert(link(LbToWeb, Lb, Web, "alb → web"));
    m.insert(link(LbToApi, Lb, Api, "alb → api"));
    m.insert(link(WebToCache, Web, Cache, "web → cache"));
    return m;
}

QString propertyNames(PropertyMask mask)
{
    if (mask == AllProperties)
        return QStringLiteral("*");
    QStringList names;
    for (int p = 0; p < PropertyCount; ++p) {
        if (mask & bit(Property(p)))
            names << QLatin1String(propertyInfo(Property(p)).key);
    }
    return names.join(QLatin1Char('+'));
}

/** The events a spy recorded as "Type ids properties" strings, and clears the spy. */
QStringList events(QSignalSpy &spy)
{
    static const char *types[]
            = {"Reset", "Added", "AboutToBeRemoved", "Removed", "Changed", "SettingsChanged"};
    QStringList result;
    for (const QList<QVariant> &arguments : std::as_const(spy)) {
        const auto event = arguments.at(0).value<ChangeEvent>();
        QStringList list;
        for (EntityId e : event.ids)
            list << QString::number(toUInt(e));
        result << QStringLiteral("%1 %2 %3")
                          .arg(QLatin1String(types[int(event.type)]), list.join(QLatin1Char(',')),
                               propertyNames(event.properties))
                          .trimmed();
    }
    spy.clear();
    return result;
}

} // namespace

#define CHECK_STACK(document, count_, index_, clean_, undoText_, redoText_) \
    do { \
        const QUndoStack *s = (document).undoStack(); \
        QCOMPARE(s->count(), count_); \
        QCOMPARE(s->index(), index_); \
        QCOMPARE(s->isClean(), clean_); \
        QCOMPARE(s->canUndo(), index_ > 0); \
        QCOMPARE(s->canRedo(), index_ < count_); \
        QCOMPARE(s->undoText(), QString(undoText_)); \
        QCOMPARE(s->redoText(), QString(redoText_)); \
    } while (false)

class tst_Commands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init();
    void cleanup();

    void resetModel();
    void addEntity();
    void addEntityRefused_data();
    void addEntityRefused();
    void addEntities();
    void connectVerb();
    void connectRefused_data();
    void connectRefused();
    void removeZoneRestoresEverything();
    void removeClearsSecurityGroupsAndAttachments();
    void removeDropsMutedRules();
    void removeNothing();
    void setProperty();
    void setPropertyRefused_data();
    void setPropertyRefused();
    void setPropertyMerges();
    void setPropertyMergeBackIsObsolete();
    void setPropertyDoesNotMergeAcrossIdsOrPlainEdits();
    void setParentDetachesDisksInOneStep();
    void setProperties();
    void moveWithinZone();
    void moveZoneTakesContentAlong();
    void moveReparentsInOneStep();
    void moveScalingGroupToAnotherRegion();
    void moveOutsideAnyZoneIsRefused();
    void moveNothing();
    void setGeometry();
    void setSettings();
    void cleanChanged();

private:
    Document *m_document = nullptr;
    QSignalSpy *m_spy = nullptr;
    QByteArray m_original;
};

void tst_Commands::init()
{
    m_document = new Document;
    m_document->resetModel(fixture());
    m_spy = new QSignalSpy(m_document, &Document::changed);
    m_original = DesignJson::write(m_document->model());
    for (EntityId e : m_document->model().ids())
        QCOMPARE(m_document->model().checkEntity(*m_document->model().find(e)), QString());
}

void tst_Commands::cleanup()
{
    delete m_spy;
    delete m_document;
}

void tst_Commands::resetModel()
{
    QVERIFY(m_document->setProperty({id(Web)}, Property::Count, 2).ok());
    m_spy->clear();
    m_document->resetModel(Model());
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Reset  *")});
    CHECK_STACK(*m_document, 0, 0, true, "", "");
    QCOMPARE(m_document->model().size(), 0);
}

void tst_Commands::addEntity()
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

    doc.undoStack()->undo();
    CHECK_STACK(doc, 1, 0, true, "", "Add ECS instances");
    QCOMPARE(
            events(*m_spy),
            (QStringList{QStringLiteral("AboutToBeRemoved 20 *"), QStringLiteral("Removed 20 *")}));
    QVERIFY(!doc.model().contains(id(FirstFreeId)));
    QCOMPARE(DesignJson::write(doc.model()), m_original);

    doc.undoStack()->redo();
    CHECK_STACK(doc, 1, 1, false, "Add ECS instances", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Added 20 *")});
    QCOMPARE(*doc.model().find(id(FirstFreeId)), added);

    // A second one gets the next id and a unique name.
    QCOMPARE(doc.addEntity(e).ids, EntityIds{id(21)});
    QCOMPARE(doc.model().find(id(21))->name, QStringLiteral("Instances 2"));
    CHECK_STACK(doc, 2, 2, false, "Add ECS instances", "");
}

void tst_Commands::addEntityRefused_data()
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

void tst_Commands::addEntityRefused()
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

void tst_Commands::addEntities()
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

    doc.undoStack()->undo();
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

void tst_Commands::connectVerb()
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

    doc.undoStack()->undo();
    QCOMPARE(doc.model().linksOf(id(Replica)), EntityIds());
    QCOMPARE(DesignJson::write(doc.model()), m_original);
    // The reverse direction is another link.
    QVERIFY(doc.connect(id(Cache), id(Web)).ok());
    QCOMPARE(doc.model().find(id(21))->name, QStringLiteral("cache → web"));
}

void tst_Commands::connectRefused_data()
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

void tst_Commands::connectRefused()
{
    QFETCH(quint32, from);
    QFETCH(quint32, to);
    QFETCH(QString, error);
    QCOMPARE(m_document->connect(id(from), id(to)).error, error);
    CHECK_STACK(*m_document, 0, 0, true, "", "");
    QCOMPARE(events(*m_spy), QStringList());
}

void tst_Commands::removeZoneRestoresEverything()
{
    Document &doc = *m_document;
    const Document::Result result = doc.removeEntities({id(ZoneA)});
    QVERIFY(result.ok());
    // The zone, its content, then the links touching any of it.
    QCOMPARE(result.ids, ids({ZoneA, Web, Disk, Cache, LbToWeb, WebToCache}));
    CHECK_STACK(doc, 1, 1, false, "Remove \"Zone A\" with 3 component(s) and 2 link(s)", "");
    QCOMPARE(events(*m_spy),
             (QStringList{QStringLiteral("Changed 11 readReplicaOf"),
                          QStringLiteral("Changed 13 zones"), QStringLiteral("Changed 14 zones"),
                          QStringLiteral("AboutToBeRemoved 2,7,8,9,17,19 *"),
                          QStringLiteral("Removed 2,7,8,9,17,19 *")}));
    const Model &m = doc.model();
    QCOMPARE(m.size(), 13);
    QCOMPARE(m.find(id(Replica))->cache.readReplicaOf, EntityId::None);
    QCOMPARE(m.find(id(Lb))->zones, ids({ZoneB}));
    QCOMPARE(m.find(id(Asg))->zones, ids({ZoneB}));
    QCOMPARE(m.linksOf(id(Lb)), ids({UsersToLb, LbToApi}));
    QCOMPARE(m.childrenOf(id(Region)), ids({ZoneB, Sg, Lb, Asg}));
    const QByteArray removed = DesignJson::write(m);

    doc.undoStack()->undo();
    CHECK_STACK(doc, 1, 0, true, "", "Remove \"Zone A\" with 3 component(s) and 2 link(s)");
    QCOMPARE(events(*m_spy),
             (QStringList{QStringLiteral("Added 2,7,8,9,17,19 *"),
                          QStringLiteral("Changed 14 zones"), QStringLiteral("Changed 13 zones"),
                          QStringLiteral("Changed 11 readReplicaOf")}));
    QCOMPARE(DesignJson::write(m), m_original);
    QCOMPARE(m.disksAttachedTo(id(Web)), ids({Disk}));
    QCOMPARE(m.linksOf(id(Web)), ids({LbToWeb, WebToCache}));
    QCOMPARE(m.find(id(Replica))->cache.readReplicaOf, id(Cache));
    QCOMPARE(m.descendantsOf(id(ZoneA)).size(), 3);

    doc.undoStack()->redo();
    CHECK_STACK(doc, 1, 1, false, "Remove \"Zone A\" with 3 component(s) and 2 link(s)", "");
    QCOMPARE(DesignJson::write(m), removed);
}

void tst_Commands::removeClearsSecurityGroupsAndAttachments()
{
    Document &doc = *m_document;
    QCOMPARE(doc.removeEntities(ids({Sg, Asg})).ids, ids({Sg, Asg}));
    CHECK_STACK(doc, 1, 1, false, "Remove 2 component(s)", "");
    QCOMPARE(events(*m_spy),
             (QStringList{QStringLiteral("Changed 7 securityGroups"),
                          QStringLiteral("Changed 12 attachedTo"),
                          QStringLiteral("AboutToBeRemoved 6,14 *"),
                          QStringLiteral("Removed 6,14 *")}));
    QCOMPARE(doc.model().find(id(Web))->compute.securityGroups, EntityIds());
    QCOMPARE(doc.model().find(id(Disk2))->disk.attachedTo, EntityId::None);
    doc.undoStack()->undo();
    QCOMPARE(DesignJson::write(doc.model()), m_original);
    QCOMPARE(doc.model().disksAttachedTo(id(Asg)), ids({Disk2}));
}

void tst_Commands::removeDropsMutedRules()
{
    Document &doc = *m_document;
    DesignSettings settings = doc.model().settings();
    settings.mutedRules
            = {{QStringLiteral("ECS001"), id(Web), QStringLiteral("known")},
               {QStringLiteral("ECS002"), EntityId::None, QStringLiteral("design-wide")}};
    QVERIFY(doc.setSettings(settings).ok());
    const QByteArray before = DesignJson::write(doc.model());
    m_spy->clear();
    QVERIFY(doc.removeEntities({id(Web)}).ok());
    CHECK_STACK(doc, 2, 2, false, "Remove \"web\" with 2 link(s)", "");
    QCOMPARE(doc.model().settings().mutedRules.size(), 1);
    QCOMPARE(doc.model().settings().mutedRules.first().ruleId, QStringLiteral("ECS002"));
    QVERIFY(events(*m_spy).contains(QStringLiteral("SettingsChanged")));
    // What is saved can be loaded again: no dangling muted rule.
    Model reloaded;
    QStringList errors;
    QVERIFY2(DesignJson::read(DesignJson::write(doc.model()), &reloaded, &errors),
             qPrintable(errors.join(u'\n')));
    doc.undoStack()->undo();
    QCOMPARE(DesignJson::write(doc.model()), before);
}

void tst_Commands::removeNothing()
{
    QCOMPARE(m_document->removeEntities({id(99)}).error, QStringLiteral("Nothing to remove."));
    QCOMPARE(m_document->removeEntities({}).error, QStringLiteral("Nothing to remove."));
    CHECK_STACK(*m_document, 0, 0, true, "", "");
    QCOMPARE(events(*m_spy), QStringList());
}

void tst_Commands::setProperty()
{
    Document &doc = *m_document;
    const Document::Result result = doc.setProperty(ids({Web, Api}), Property::InstanceType,
                                                    QStringLiteral("ecs.c8i.large"));
    QCOMPARE(result.ids, ids({Web, Api}));
    CHECK_STACK(doc, 1, 1, false, "Change Instance type", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Changed 7,10 instanceType")});
    QCOMPARE(doc.model().find(id(Api))->compute.instanceType, QStringLiteral("ecs.c8i.large"));

    // Only the ids whose value differs are changed.
    QCOMPARE(doc.setProperty(ids({Web, Api}), Property::Count, 1).ids, EntityIds());
    QCOMPARE(doc.setProperty(ids({Web, Api}), Property::Billing,
                             QVariant::fromValue(BillingModel::PayAsYouGo))
                     .ids,
             EntityIds());
    CHECK_STACK(doc, 1, 1, false, "Change Instance type", "");
    QCOMPARE(events(*m_spy), QStringList());

    doc.undoStack()->undo();
    CHECK_STACK(doc, 1, 0, true, "", "Change Instance type");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Changed 7,10 instanceType")});
    QCOMPARE(DesignJson::write(doc.model()), m_original);
}

void tst_Commands::setPropertyRefused_data()
{
    QTest::addColumn<EntityIds>("targets");
    QTest::addColumn<Property>("property");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("out of range") << ids({Web}) << Property::Count << QVariant(0)
                                  << QStringLiteral("Instances must be between 1 and 2000, not 0.");
    QTest::newRow("out of range, several")
            << ids({Web, Api}) << Property::Count << QVariant(2001)
            << QStringLiteral("web: Instances must be between 1 and 2000, not 2001.");
    QTest::newRow("not whole") << ids({Disk}) << Property::DiskSizeGiB << QVariant(10.5)
                               << QStringLiteral("Size must be a whole number.");
    QTest::newRow("property of another kind")
            << ids({Cache}) << Property::Count << QVariant(2)
            << QStringLiteral("A Redis / Tair cache has no property \"count\".");
    QTest::newRow("name taken") << ids({ZoneA}) << Property::Name
                                << QVariant(QStringLiteral("Zone B"))
                                << QStringLiteral("Another Zone is already named \"Zone B\".");
    QTest::newRow("empty name") << ids({ZoneA}) << Property::Name << QVariant(QStringLiteral("  "))
                                << QStringLiteral("The name must not be empty.");
    QTest::newRow("one name for several")
            << ids({Web, Api}) << Property::Name << QVariant(QStringLiteral("x"))
            << QStringLiteral("Names must be unique; rename one component at a time.");
    QTest::newRow("missing id") << ids({Web, 99}) << Property::Count << QVariant(2)
                                << QStringLiteral("Component #99 does not exist.");
    QTest::newRow("reference")
            << ids({Disk}) << Property::AttachedTo << v(id(Api))
            << QStringLiteral("Disk \"web-data\" and instances \"api\" are in different zones; "
                              "a cloud disk can only be attached in its own zone.");
    QTest::newRow("placement")
            << ids({Web}) << Property::Parent << v(id(Region))
            << QStringLiteral("ECS instances must be placed inside an availability zone.");
}

void tst_Commands::setPropertyRefused()
{
    QFETCH(EntityIds, targets);
    QFETCH(Property, property);
    QFETCH(QVariant, value);
    QFETCH(QString, error);
    QCOMPARE(m_document->setProperty(targets, property, value).error, error);
    CHECK_STACK(*m_document, 0, 0, true, "", "");
    QCOMPARE(events(*m_spy), QStringList());
    QCOMPARE(DesignJson::write(m_document->model()), m_original);
}

void tst_Commands::setPropertyMerges()
{
    Document &doc = *m_document;
    for (const char *name : {"w", "we", "web-1"})
        QVERIFY(doc.setProperty({id(Web)}, Property::Name, QString::fromLatin1(name), true).ok());
    CHECK_STACK(doc, 1, 1, false, "Change Name", "");
    QCOMPARE(events(*m_spy).size(), 3);
    QCOMPARE(doc.model().find(id(Web))->name, QStringLiteral("web-1"));
    // Links named after their ends follow, in the same (merged) step.
    QCOMPARE(doc.model().find(id(LbToWeb))->name, QStringLiteral("alb → web-1"));
    QCOMPARE(doc.model().find(id(WebToCache))->name, QStringLiteral("web-1 → cache"));
    QCOMPARE(doc.model().find(id(UsersToLb))->name, QStringLiteral("users → alb"));
    doc.undoStack()->undo();
    CHECK_STACK(doc, 1, 0, true, "", "Change Name");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Changed 7,17,19 name")});
    QCOMPARE(doc.model().find(id(Web))->name, QStringLiteral("web"));
    QCOMPARE(doc.model().find(id(LbToWeb))->name, QStringLiteral("alb → web"));
    doc.undoStack()->redo();
    QCOMPARE(doc.model().find(id(Web))->name, QStringLiteral("web-1"));
}

void tst_Commands::setPropertyMergeBackIsObsolete()
{
    Document &doc = *m_document;
    QVERIFY(doc.setProperty({id(Disk)}, Property::DiskSizeGiB, 150, true).ok());
    QVERIFY(doc.setProperty({id(Disk)}, Property::DiskSizeGiB, 200, true).ok());
    CHECK_STACK(doc, 1, 1, false, "Change Size", "");
    // Back where it started: the merged command is obsolete and leaves the stack.
    QVERIFY(doc.setProperty({id(Disk)}, Property::DiskSizeGiB, 100, true).ok());
    CHECK_STACK(doc, 0, 0, true, "", "");
    QCOMPARE(events(*m_spy),
             (QStringList{QStringLiteral("Changed 8 sizeGiB"), QStringLiteral("Changed 8 sizeGiB"),
                          QStringLiteral("Changed 8 sizeGiB")}));
    QCOMPARE(DesignJson::write(doc.model()), m_original);
}

void tst_Commands::setPropertyDoesNotMergeAcrossIdsOrPlainEdits()
{
    Document &doc = *m_document;
    QVERIFY(doc.setProperty({id(Web)}, Property::Count, 2, true).ok());
    QVERIFY(doc.setProperty({id(Api)}, Property::Count, 2, true).ok()); // other id
    QVERIFY(doc.setProperty({id(Api)}, Property::Role, QStringLiteral("api"), true)
                    .ok()); // other property
    QVERIFY(doc.setProperty({id(Api)}, Property::Role, QStringLiteral("api2"))
                    .ok()); // not mergeable
    QVERIFY(doc.setProperty({id(Api)}, Property::Role, QStringLiteral("api3"), true)
                    .ok()); // after a plain one
    CHECK_STACK(doc, 5, 5, false, "Change Role", "");
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(DesignJson::write(doc.model()), m_original);
}

void tst_Commands::setParentDetachesDisksInOneStep()
{
    Document &doc = *m_document;
    QVERIFY(doc.setProperty({id(Web)}, Property::Parent, v(id(ZoneB))).ok());
    CHECK_STACK(doc, 1, 1, false, "Change Placed in", "");
    QCOMPARE(events(*m_spy),
             (QStringList{QStringLiteral("Changed 7 parent"),
                          QStringLiteral("Changed 8 attachedTo")}));
    QCOMPARE(doc.model().find(id(Disk))->disk.attachedTo, EntityId::None);
    doc.undoStack()->undo();
    QCOMPARE(DesignJson::write(doc.model()), m_original);
    QCOMPARE(doc.model().disksAttachedTo(id(Web)), ids({Disk}));
}

void tst_Commands::setProperties()
{
    Document &doc = *m_document;
    QCOMPARE(doc.setProperties(ids({Web, Api}), Property::Count, {3, 5}).ids, ids({Web, Api}));
    CHECK_STACK(doc, 1, 1, false, "Change Instances", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Changed 7,10 count")});
    QCOMPARE(doc.model().find(id(Web))->compute.count, 3);
    QCOMPARE(doc.model().find(id(Api))->compute.count, 5);
    QVERIFY(doc.setProperties(ids({Web, Api}), Property::Name,
                              {QStringLiteral("a"), QStringLiteral("b")},
                              QStringLiteral("Rename tier"))
                    .ok());
    CHECK_STACK(doc, 2, 2, false, "Rename tier", "");

    QCOMPARE(doc.setProperties(ids({Web, Api}), Property::Count, {3}).error,
             QStringLiteral("internal: 2 ids, 1 values"));
    QCOMPARE(doc.setProperties(ids({Web, Api}), Property::Count, {3, 0}).error,
             QStringLiteral("b: Instances must be between 1 and 2000, not 0."));
    QCOMPARE(doc.setProperties(ids({Web, Api}), Property::Name,
                               {QStringLiteral("c"), QStringLiteral("c")})
                     .error,
             QStringLiteral("Names must be unique; \"c\" is used twice."));
    CHECK_STACK(doc, 2, 2, false, "Rename tier", "");
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(DesignJson::write(doc.model()), m_original);
}

void tst_Commands::moveWithinZone()
{
    Document &doc = *m_document;
    QCOMPARE(doc.moveEntities({id(Web)}, {10, 5}).ids, ids({Web}));
    CHECK_STACK(doc, 1, 1, false, "Move 1 component(s)", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Changed 7 geometry")});
    QCOMPARE(doc.model().find(id(Web))->geometry, QRectF(80, 175, 160, 64));
    QCOMPARE(doc.model().find(id(Web))->parent, id(ZoneA));
    doc.undoStack()->undo();
    QCOMPARE(doc.model().find(id(Web))->geometry, QRectF(70, 170, 160, 64));
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Changed 7 geometry")});
}

void tst_Commands::moveZoneTakesContentAlong()
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
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(DesignJson::write(doc.model()), m_original);
}

void tst_Commands::moveReparentsInOneStep()
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

    doc.undoStack()->undo();
    CHECK_STACK(doc, 1, 0, true, "", "Move 1 component(s) to another container");
    QCOMPARE(
            events(*m_spy),
            (QStringList{QStringLiteral("Changed 8 attachedTo"), QStringLiteral("Changed 7 parent"),
                         QStringLiteral("Changed 7 geometry")}));
    QCOMPARE(DesignJson::write(m), m_original);
    QCOMPARE(m.disksAttachedTo(id(Web)), ids({Disk}));
    doc.undoStack()->redo();
    QCOMPARE(DesignJson::write(m), moved);
}

void tst_Commands::moveScalingGroupToAnotherRegion()
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
    doc.undoStack()->undo();
    QCOMPARE(DesignJson::write(doc.model()), m_original);
}

void tst_Commands::moveOutsideAnyZoneIsRefused()
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

void tst_Commands::moveNothing()
{
    QVERIFY(m_document->moveEntities({id(Web)}, {0, 0}).ok());
    QVERIFY(m_document->moveEntities({id(LbToWeb)}, {10, 10}).ok()); // links have no position
    QVERIFY(m_document->moveEntities({id(99)}, {10, 10}).ok());
    CHECK_STACK(*m_document, 0, 0, true, "", "");
    QCOMPARE(events(*m_spy), QStringList());
}

void tst_Commands::setGeometry()
{
    Document &doc = *m_document;
    QVERIFY(doc.setGeometry(id(ZoneB), QRectF(700, 120, 640, 560)).ok());
    CHECK_STACK(doc, 1, 1, false, "Change Geometry", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Changed 3 geometry")});
    QCOMPARE(doc.setGeometry(id(ZoneB), QRectF(700, 120, 0, 560)).error,
             QStringLiteral("The geometry must be a rectangle with a positive size."));
    CHECK_STACK(doc, 1, 1, false, "Change Geometry", "");
    doc.undoStack()->undo();
    QCOMPARE(doc.model().find(id(ZoneB))->geometry, QRectF(700, 120, 600, 540));
}

void tst_Commands::setSettings()
{
    Document &doc = *m_document;
    DesignSettings settings = doc.model().settings();
    settings.currency = QStringLiteral("USD");
    QVERIFY(doc.setSettings(settings).ok());
    CHECK_STACK(doc, 1, 1, false, "Change design settings", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("SettingsChanged")});
    QCOMPARE(doc.model().settings().currency, QStringLiteral("USD"));
    QVERIFY(doc.setSettings(settings).ok()); // unchanged: no step
    settings.title = QStringLiteral("Shop");
    QVERIFY(doc.setSettings(settings, QStringLiteral("Rename design")).ok());
    CHECK_STACK(doc, 2, 2, false, "Rename design", "");

    DesignSettings bad = settings;
    bad.currency = QStringLiteral("EUR");
    QCOMPARE(doc.setSettings(bad).error,
             QStringLiteral("The display currency must be CNY or USD, not \"EUR\"."));
    bad = settings;
    bad.cnyPerUsd = 0;
    QCOMPARE(doc.setSettings(bad).error,
             QStringLiteral("The exchange rate must be a positive number of CNY per USD."));
    for (double spot : {-0.1, 1.0, 1.5}) {
        bad = settings;
        bad.spotDiscount = spot;
        QCOMPARE(doc.setSettings(bad).error,
                 QStringLiteral("The spot discount must be from 0 % to below 100 % off "
                                "pay-as-you-go."));
    }
    bad = settings;
    bad.mutedRules = {{QStringLiteral("ECS007"), id(99), {}}};
    QCOMPARE(doc.setSettings(bad).error,
             QStringLiteral("Rule ECS007 is muted for component #99, which does not exist."));
    CHECK_STACK(doc, 2, 2, false, "Rename design", "");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("SettingsChanged")});

    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(events(*m_spy),
             (QStringList{QStringLiteral("SettingsChanged"), QStringLiteral("SettingsChanged")}));
    QCOMPARE(doc.model().settings(), DesignSettings());

    // The spot discount is a design setting like the others: one undo step.
    settings = doc.model().settings();
    QCOMPARE(settings.spotDiscount, DefaultSpotDiscount);
    settings.spotDiscount = 0.55;
    QVERIFY(doc.setSettings(settings).ok());
    QCOMPARE(doc.model().settings().spotDiscount, 0.55);
    doc.undoStack()->undo();
    QCOMPARE(doc.model().settings().spotDiscount, DefaultSpotDiscount);
}

void tst_Commands::cleanChanged()
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
    doc.undoStack()->setClean();
    QCOMPARE(clean.takeFirst().at(0).toBool(), true);
    doc.undoStack()->undo();
    QCOMPARE(clean.takeFirst().at(0).toBool(), false);
    doc.undoStack()->redo();
    QCOMPARE(clean.takeFirst().at(0).toBool(), true);
    QVERIFY(!doc.isModified());
    CHECK_STACK(doc, 2, 2, true, "Change Instances", "");
}

QTEST_GUILESS_MAIN(tst_Commands)
#include "tst_commands.moc"
