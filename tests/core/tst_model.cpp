// Model invariants: placement rules, reference checks, the derived indexes after every kind of
// mutation, and the containment queries (descendantsOf, zoneOf, regionOf, spannedZones).

#include "model/document.h"
#include "model/model.h"
#include "model/placement.h"

#include <limits>

#include <QLocale>
#include <QTest>

using namespace ecsplan;

namespace {

constexpr EntityId Region = entityId(1);
constexpr EntityId ZoneA = entityId(2);
constexpr EntityId ZoneB = entityId(3);
constexpr EntityId Sg = entityId(4);
constexpr EntityId Web = entityId(5);
constexpr EntityId Disk = entityId(6);
constexpr EntityId Cache = entityId(7);
constexpr EntityId Lb = entityId(8);
constexpr EntityId Users = entityId(9);
constexpr EntityId UsersToWeb = entityId(10);
constexpr EntityId Region2 = entityId(11);
constexpr EntityId ZoneC = entityId(12);
constexpr EntityId Asg = entityId(13);

Entity node(EntityId id, EntityKind kind, const QString &name, EntityId parent = EntityId::None)
{
    Entity e = makeEntity(kind);
    e.id = id;
    e.name = name;
    e.parent = parent;
    return e;
}

/** Two regions; the first with zones A and B holding instances, a disk, a cache, an LB ... */
Model fixture()
{
    Model m;
    m.insert(node(Region, EntityKind::Region, QStringLiteral("Hangzhou")));
    m.insert(node(ZoneA, EntityKind::Zone, QStringLiteral("Zone A"), Region));
    m.insert(node(ZoneB, EntityKind::Zone, QStringLiteral("Zone B"), Region));
    m.insert(node(Sg, EntityKind::SecurityGroup, QStringLiteral("web-sg"), Region));
    Entity web = node(Web, EntityKind::InstanceGroup, QStringLiteral("web"), ZoneA);
    web.compute.securityGroups = {Sg};
    m.insert(web);
    Entity disk = node(Disk, EntityKind::Disk, QStringLiteral("data"), ZoneA);
    disk.disk.attachedTo = Web;
    m.insert(disk);
    m.insert(node(Cache, EntityKind::Cache, QStringLiteral("cache"), ZoneB));
    Entity lb = node(Lb, EntityKind::LoadBalancer, QStringLiteral("alb"), Region);
    lb.zones = {ZoneA, ZoneB};
    m.insert(lb);
    m.insert(node(Users, EntityKind::Endpoint, QStringLiteral("users")));
    Entity link = node(UsersToWeb, EntityKind::Link, QStringLiteral("users → web"));
    link.link.from = Users;
    link.link.to = Web;
    m.insert(link);
    m.insert(node(Region2, EntityKind::Region, QStringLiteral("Beijing")));
    m.insert(node(ZoneC, EntityKind::Zone, QStringLiteral("Zone C"), Region2));
    m.insert(node(Asg, EntityKind::ScalingGroup, QStringLiteral("asg"), Region2));
    return m;
}

QVariant v(EntityId id)
{
    return QVariant::fromValue(id);
}
QVariant v(const EntityIds &ids)
{
    return QVariant::fromValue(ids);
}

} // namespace

class tst_Model : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void fixtureIsValid();
    void placement_data();
    void placement();
    void references_data();
    void references();
    void indexesAfterInsert();
    void indexesAfterSetProperty();
    void indexesAfterTake();
    void setPropertyReportsChange();
    void descendantsOf();
    void zoneAndRegionOf();
    void spannedZones();
    void idsAndAllocation();
    void findByName();
    void clear();
    void securityRuleBounds_data();
    void securityRuleBounds();
    void exchangeRateBounds_data();
    void exchangeRateBounds();
    void snapToGrid_data();
    void snapToGrid();
};

void tst_Model::fixtureIsValid()
{
    const Model m = fixture();
    QCOMPARE(m.size(), 13);
    for (EntityId id : m.ids())
        QCOMPARE(m.checkEntity(*m.find(id)), QString());
}

void tst_Model::placement_data()
{
    QTest::addColumn<EntityKind>("kind");
    QTest::addColumn<EntityId>("parent");
    QTest::addColumn<QString>("error");
    const EntityId none = EntityId::None;
    const QString inZone = QStringLiteral("%1 must be placed inside an availability zone.");
    const QString inRegionOrZone
            = QStringLiteral("%1 must be placed inside a region or an availability zone.");
    const QString onCanvas = QStringLiteral("%1 is placed on the canvas itself, not inside %2.");

    QTest::newRow("region on canvas") << EntityKind::Region << none << QString();
    QTest::newRow("region in region")
            << EntityKind::Region << Region
            << onCanvas.arg(QStringLiteral("A region"), QStringLiteral("a region"));
    QTest::newRow("endpoint on canvas") << EntityKind::Endpoint << none << QString();
    QTest::newRow("endpoint in zone")
            << EntityKind::Endpoint << ZoneA
            << onCanvas.arg(QStringLiteral("An endpoint"), QStringLiteral("a zone"));
    QTest::newRow("link in region")
            << EntityKind::Link << Region
            << onCanvas.arg(QStringLiteral("A link"), QStringLiteral("a region"));
    QTest::newRow("zone in region") << EntityKind::Zone << Region << QString();
    QTest::newRow("zone on canvas")
            << EntityKind::Zone << none << QStringLiteral("A zone must be placed inside a region.");
    QTest::newRow("zone in zone") << EntityKind::Zone << ZoneA
                                  << QStringLiteral("A zone must be placed inside a region.");
    QTest::newRow("instances in zone") << EntityKind::InstanceGroup << ZoneA << QString();
    QTest::newRow("instances in region")
            << EntityKind::InstanceGroup << Region << inZone.arg(QStringLiteral("ECS instances"));
    QTest::newRow("instances on canvas")
            << EntityKind::InstanceGroup << none << inZone.arg(QStringLiteral("ECS instances"));
    QTest::newRow("instances in instances")
            << EntityKind::InstanceGroup << Web << inZone.arg(QStringLiteral("ECS instances"));
    QTest::newRow("disk in zone") << EntityKind::Disk << ZoneB << QString();
    QTest::newRow("cache in region")
            << EntityKind::Cache << Region << inZone.arg(QStringLiteral("A Redis / Tair cache"));
    QTest::newRow("scaling group in region") << EntityKind::ScalingGroup << Region << QString();
    QTest::newRow("scaling group in zone") << EntityKind::ScalingGroup << ZoneA << QString();
    QTest::newRow("scaling group on canvas")
            << EntityKind::ScalingGroup << none
            << inRegionOrZone.arg(QStringLiteral("A scaling group"));
    QTest::newRow("lb in disk") << EntityKind::LoadBalancer << Disk
                                << inRegionOrZone.arg(QStringLiteral("A load balancer"));
    QTest::newRow("security group in zone") << EntityKind::SecurityGroup << ZoneB << QString();
    QTest::newRow("missing container") << EntityKind::Disk << entityId(99)
                                       << QStringLiteral("The container #99 does not exist.");
}

void tst_Model::placement()
{
    QFETCH(EntityKind, kind);
    QFETCH(EntityId, parent);
    QFETCH(QString, error);
    QCOMPARE(fixture().checkPlacement(kind, parent), error);
}

void tst_Model::references_data()
{
    QTest::addColumn<EntityId>("entity");
    QTest::addColumn<Property>("property");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("error");

    QTest::newRow("parent: itself") << ZoneA << Property::Parent << v(ZoneA)
                                    << QStringLiteral("An entity cannot contain itself.");
    QTest::newRow("parent: own content")
            << Region << Property::Parent << v(ZoneA)
            << QStringLiteral("A container cannot be moved into its own content.");
    QTest::newRow("parent: other zone") << Web << Property::Parent << v(ZoneB) << QString();
    QTest::newRow("parent: zone of another region")
            << Cache << Property::Parent << v(ZoneC) << QString();
    QTest::newRow("zones: ok") << Lb << Property::Zones << v(EntityIds{ZoneB}) << QString();
    QTest::newRow("zones: not a zone") << Lb << Property::Zones << v(EntityIds{ZoneA, Web})
                                       << QStringLiteral("#5 is not an availability zone.");
    QTest::newRow("zones: other region") << Lb << Property::Zones << v(EntityIds{ZoneC})
                                         << QStringLiteral("Zone \"Zone C\" is in another region.");
    QTest::newRow("security groups: ok")
            << Web << Property::SecurityGroups << v(EntityIds{Sg}) << QString();
    QTest::newRow("security groups: not one")
            << Web << Property::SecurityGroups << v(EntityIds{Sg, Cache})
            << QStringLiteral("#7 is not a security group.");
    QTest::newRow("attach: none") << Disk << Property::AttachedTo << v(EntityId::None) << QString();
    QTest::newRow("attach: scaling group in another region")
            << Disk << Property::AttachedTo << v(Asg) << QString();
    QTest::newRow("attach: cache")
            << Disk << Property::AttachedTo << v(Cache)
            << QStringLiteral("A disk can only be attached to ECS instances or a scaling group.");
    QTest::newRow("attach: missing")
            << Disk << Property::AttachedTo << v(entityId(99))
            << QStringLiteral("A disk can only be attached to ECS instances or a scaling group.");
    QTest::newRow("replica: other cache")
            << Cache << Property::ReadReplicaOf << v(EntityId::None) << QString();
    QTest::newRow("replica: itself")
            << Cache << Property::ReadReplicaOf << v(Cache)
            << QStringLiteral("A read replica must point at another cache.");
    QTest::newRow("replica: not a cache")
            << Cache << Property::ReadReplicaOf << v(Web)
            << QStringLiteral("A read replica must point at another cache.");
    QTest::newRow("link: to cache") << UsersToWeb << Property::LinkTo << v(Cache) << QString();
    QTest::newRow("link: missing end") << UsersToWeb << Property::LinkTo << v(entityId(99))
                                       << QStringLiteral("The link end #99 does not exist.");
    QTest::newRow("link: to a zone")
            << UsersToWeb << Property::LinkTo << v(ZoneA)
            << QStringLiteral("A link connects two components, not a Zone.");
    QTest::newRow("link: to a security group")
            << UsersToWeb << Property::LinkFrom << v(Sg)
            << QStringLiteral("A link connects two components, not a Security group.");
    QTest::newRow("link: to itself")
            << UsersToWeb << Property::LinkFrom << v(Web)
            << QStringLiteral("A link cannot connect a component to itself.");
}

void tst_Model::references()
{
    QFETCH(EntityId, entity);
    QFETCH(Property, property);
    QFETCH(QVariant, value);
    QFETCH(QString, error);
    const Model m = fixture();
    QCOMPARE(m.checkReference(*m.find(entity), property, value), error);
}

void tst_Model::indexesAfterInsert()
{
    const Model m = fixture();
    QCOMPARE(m.childrenOf(Region), (EntityIds{ZoneA, ZoneB, Sg, Lb}));
    QCOMPARE(m.childrenOf(ZoneA), (EntityIds{Web, Disk}));
    QCOMPARE(m.childrenOf(Web), EntityIds());
    QCOMPARE(m.linksOf(Web), EntityIds{UsersToWeb});
    QCOMPARE(m.linksOf(Users), EntityIds{UsersToWeb});
    QCOMPARE(m.linksOf(Cache), EntityIds());
    QCOMPARE(m.disksAttachedTo(Web), EntityIds{Disk});
}

void tst_Model::indexesAfterSetProperty()
{
    Model m = fixture();
    QVERIFY(m.setProperty(Web, Property::Parent, v(ZoneB)));
    QCOMPARE(m.childrenOf(ZoneA), EntityIds{Disk});
    QCOMPARE(m.childrenOf(ZoneB), (EntityIds{Cache, Web}));

    QVERIFY(m.setProperty(UsersToWeb, Property::LinkTo, v(Cache)));
    QCOMPARE(m.linksOf(Web), EntityIds());
    QCOMPARE(m.linksOf(Cache), EntityIds{UsersToWeb});
    QCOMPARE(m.linksOf(Users), EntityIds{UsersToWeb});
    QVERIFY(m.setProperty(UsersToWeb, Property::LinkFrom, v(Web)));
    QCOMPARE(m.linksOf(Users), EntityIds());
    QCOMPARE(m.linksOf(Web), EntityIds{UsersToWeb});

    QVERIFY(m.setProperty(Disk, Property::AttachedTo, v(Asg)));
    QCOMPARE(m.disksAttachedTo(Web), EntityIds());
    QCOMPARE(m.disksAttachedTo(Asg), EntityIds{Disk});
    QVERIFY(m.setProperty(Disk, Property::AttachedTo, v(EntityId::None)));
    QCOMPARE(m.disksAttachedTo(Asg), EntityIds());

    // Non-reference properties leave the indexes alone.
    QVERIFY(m.setProperty(Web, Property::Count, 4));
    QCOMPARE(m.childrenOf(ZoneB), (EntityIds{Cache, Web}));
}

void tst_Model::indexesAfterTake()
{
    Model m = fixture();
    const Entity disk = m.take(Disk);
    QCOMPARE(disk.id, Disk);
    QCOMPARE(disk.disk.attachedTo, Web);
    QVERIFY(!m.contains(Disk));
    QCOMPARE(m.disksAttachedTo(Web), EntityIds());
    QCOMPARE(m.childrenOf(ZoneA), EntityIds{Web});

    const Entity link = m.take(UsersToWeb);
    QCOMPARE(link.link.to, Web);
    QCOMPARE(m.linksOf(Web), EntityIds());
    QCOMPARE(m.linksOf(Users), EntityIds());

    m.insert(disk);
    m.insert(link);
    QCOMPARE(m.disksAttachedTo(Web), EntityIds{Disk});
    QCOMPARE(m.linksOf(Users), EntityIds{UsersToWeb});
    QCOMPARE(m.childrenOf(ZoneA), (EntityIds{Web, Disk}));
    QCOMPARE(m.size(), 13);
}

void tst_Model::setPropertyReportsChange()
{
    Model m = fixture();
    QVERIFY(!m.setProperty(Web, Property::Count, 1)); // already 1
    QVERIFY(m.setProperty(Web, Property::Count, 3));
    QCOMPARE(m.find(Web)->compute.count, 3);
    QVERIFY(!m.setProperty(entityId(99), Property::Count, 3));
    QVERIFY(!m.setProperty(Web, Property::Parent, v(ZoneA)));
    QCOMPARE(m.childrenOf(ZoneA), (EntityIds{Web, Disk})); // unindex + index kept the order
}

void tst_Model::descendantsOf()
{
    const Model m = fixture();
    // Breadth first: parents before children.
    QCOMPARE(m.descendantsOf(Region), (EntityIds{ZoneA, ZoneB, Sg, Lb, Web, Disk, Cache}));
    QCOMPARE(m.descendantsOf(ZoneA), (EntityIds{Web, Disk}));
    QCOMPARE(m.descendantsOf(Web), EntityIds());
    QCOMPARE(m.descendantsOf(entityId(99)), EntityIds());
}

void tst_Model::zoneAndRegionOf()
{
    const Model m = fixture();
    QCOMPARE(m.zoneOf(Web), ZoneA);
    QCOMPARE(m.zoneOf(ZoneB), ZoneB);
    QCOMPARE(m.zoneOf(Lb), EntityId::None);
    QCOMPARE(m.zoneOf(Region), EntityId::None);
    QCOMPARE(m.zoneOf(Users), EntityId::None);
    QCOMPARE(m.zoneOf(entityId(99)), EntityId::None);
    QCOMPARE(m.regionOf(Web), Region);
    QCOMPARE(m.regionOf(ZoneC), Region2);
    QCOMPARE(m.regionOf(Region2), Region2);
    QCOMPARE(m.regionOf(Lb), Region);
    QCOMPARE(m.regionOf(UsersToWeb), EntityId::None);
}

void tst_Model::spannedZones()
{
    Model m = fixture();
    QCOMPARE(m.spannedZones(Lb), (EntityIds{ZoneA, ZoneB}));
    QCOMPARE(m.spannedZones(Cache), EntityIds{ZoneB});
    QCOMPARE(m.spannedZones(Asg), EntityIds()); // region-wide, no zones listed
    QCOMPARE(m.spannedZones(Users), EntityIds());
    QCOMPARE(m.spannedZones(entityId(99)), EntityIds());
    QVERIFY(m.setProperty(Asg, Property::Zones, v(EntityIds{ZoneC})));
    QCOMPARE(m.spannedZones(Asg), EntityIds{ZoneC});
}

void tst_Model::idsAndAllocation()
{
    Model m = fixture();
    QCOMPARE(m.ids().size(), 13);
    QCOMPARE(m.ids().first(), Region);
    QCOMPARE(m.ids().last(), Asg);
    QCOMPARE(m.ids(EntityKind::Zone), (EntityIds{ZoneA, ZoneB, ZoneC}));
    QCOMPARE(m.ids(EntityKind::Link), EntityIds{UsersToWeb});
    QCOMPARE(m.nextId(), 14u);
    m.insert(node(entityId(100), EntityKind::Endpoint, QStringLiteral("far")));
    QCOMPARE(m.nextId(), 101u);
    QCOMPARE(m.allocateId(), entityId(101));
    QCOMPARE(m.allocateId(), entityId(102));
    m.take(entityId(100));
    QCOMPARE(m.allocateId(), entityId(103)); // ids are never reused
}

void tst_Model::findByName()
{
    const Model m = fixture();
    QCOMPARE(m.findByName(EntityKind::Zone, QStringLiteral("Zone B"))->id, ZoneB);
    QCOMPARE(m.findByName(EntityKind::Cache, QStringLiteral("Zone B")), nullptr);
    QCOMPARE(m.findByName(EntityKind::Zone, QStringLiteral("zone b")), nullptr);
}

void tst_Model::clear()
{
    Model m = fixture();
    DesignSettings settings;
    settings.title = QStringLiteral("x");
    m.setSettings(settings);
    m.clear();
    QCOMPARE(m.size(), 0);
    QCOMPARE(m.childrenOf(Region), EntityIds());
    QCOMPARE(m.linksOf(Web), EntityIds());
    QCOMPARE(m.disksAttachedTo(Web), EntityIds());
    QCOMPARE(m.settings(), DesignSettings());
    QCOMPARE(m.nextId(), 1u);
}

void tst_Model::securityRuleBounds_data()
{
    QTest::addColumn<int>("portFrom");
    QTest::addColumn<int>("portTo");
    QTest::addColumn<int>("priority");
    QTest::addColumn<QString>("error");
    const QString ports = QStringLiteral(
            "Port range %1/%2 is not valid (0-65535, from <= to, or -1/-1 for all).");
    const QString priority = QStringLiteral("Rule priority must be between 1 and 100.");
    QTest::newRow("all ports") << -1 << -1 << 1 << QString();
    QTest::newRow("0-65535, lowest priority") << 0 << 65535 << 100 << QString();
    QTest::newRow("port 65536") << 0 << 65536 << 1 << ports.arg(0).arg(65536);
    QTest::newRow("port -2") << -2 << 80 << 1 << ports.arg(-2).arg(80);
    QTest::newRow("from > to") << 443 << 80 << 1 << ports.arg(443).arg(80);
    QTest::newRow("priority 0") << 80 << 80 << 0 << priority;
    QTest::newRow("priority 101") << 80 << 80 << 101 << priority;
}

void tst_Model::securityRuleBounds()
{
    QFETCH(int, portFrom);
    QFETCH(int, portTo);
    QFETCH(int, priority);
    QFETCH(QString, error);
    SecurityRule rule;
    rule.portFrom = portFrom;
    rule.portTo = portTo;
    rule.priority = priority;
    QCOMPARE(validatePropertyValue(EntityKind::SecurityGroup, Property::Rules,
                                   QVariant::fromValue(SecurityRules{rule})),
             error);
}

void tst_Model::exchangeRateBounds_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("7.2") << 7.2 << true;
    QTest::newRow("1000") << 1000.0 << true;
    QTest::newRow("1000.5") << 1000.5 << false;
    QTest::newRow("0") << 0.0 << false;
    QTest::newRow("-1") << -1.0 << false;
    QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false;
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << false;
}

void tst_Model::exchangeRateBounds()
{
    QFETCH(double, rate);
    QFETCH(bool, accepted);
    QCOMPARE(DesignSettings::isValidCnyPerUsd(rate), accepted);
    Document document;
    DesignSettings settings = document.model().settings();
    settings.cnyPerUsd = rate;
    QCOMPARE(document.setSettings(settings).error,
             accepted ? QString()
                      : QStringLiteral("The exchange rate must be a positive number of CNY per "
                                       "USD."));
    QCOMPARE(document.model().settings().cnyPerUsd == rate, accepted);
}

void tst_Model::snapToGrid_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<qreal>("grid");
    QTest::addColumn<QPointF>("expected");
    QTest::newRow("on the grid") << QPointF(40, -60) << 20.0 << QPointF(40, -60);
    QTest::newRow("nearest below") << QPointF(49, 21) << 20.0 << QPointF(40, 20);
    QTest::newRow("nearest above") << QPointF(51, 39) << 20.0 << QPointF(60, 40);
    QTest::newRow("half away from zero") << QPointF(10, -10) << 20.0 << QPointF(20, -20);
    QTest::newRow("negative") << QPointF(-29, -31) << 20.0 << QPointF(-20, -40);
    QTest::newRow("no grid") << QPointF(12.5, 7.25) << 0.0 << QPointF(12.5, 7.25);
    QTest::newRow("negative grid") << QPointF(12.5, 7.25) << -20.0 << QPointF(12.5, 7.25);
}

void tst_Model::snapToGrid()
{
    QFETCH(QPointF, point);
    QFETCH(qreal, grid);
    QFETCH(QPointF, expected);
    QCOMPARE(Placement::snapToGrid(point, grid), expected);
}

QTEST_GUILESS_MAIN(tst_Model)
#include "tst_model.moc"
