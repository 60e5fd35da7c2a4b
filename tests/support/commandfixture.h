// The fixture of the Document verb tests (tst_commands*.cpp): a two-region design with every
// kind of reference, the change events as strings and the exact undo stack state (CHECK_STACK),
// in the style of Qt's tst_qundostack.
#pragma once

#include "io/designjson.h"
#include "model/document.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>

namespace ecsplan::test::commands {

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
inline EntityId id(quint32 value)
{
    return entityId(value);
}
inline EntityIds ids(std::initializer_list<quint32> values)
{
    EntityIds result;
    for (quint32 v : values)
        result << entityId(v);
    return result;
}
inline QVariant v(EntityId value)
{
    return QVariant::fromValue(value);
}

inline Entity node(quint32 i, EntityKind kind, const char *name, quint32 parent, QPointF pos)
{
    Entity e = makeEntity(kind, pos);
    e.id = entityId(i);
    e.name = QString::fromUtf8(name);
    e.parent = entityId(parent);
    return e;
}

inline Entity link(quint32 i, quint32 from, quint32 to, const char *name)
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
inline Model fixture()
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

inline QString propertyNames(PropertyMask mask)
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
inline QStringList events(QSignalSpy &spy)
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

/**
 * Base of the verb test classes: init() loads fixture() into a fresh document and records its
 * change events and its file text, cleanup() drops them. Call them from the derived class's
 * init() and cleanup() slots.
 */
class DocumentTest : public QObject
{
protected:
    void setUpDocument()
    {
        m_document = new Document;
        m_document->resetModel(fixture());
        m_spy = new QSignalSpy(m_document, &Document::changed);
        m_original = DesignJson::write(m_document->model());
        for (EntityId e : m_document->model().ids())
            QCOMPARE(m_document->model().checkEntity(*m_document->model().find(e)), QString());
    }
    void tearDownDocument()
    {
        delete m_spy;
        delete m_document;
    }

    Document *m_document = nullptr;
    QSignalSpy *m_spy = nullptr;
    QByteArray m_original;
};

} // namespace ecsplan::test::commands

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
