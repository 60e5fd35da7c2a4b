// EntityTable, the Model's storage, against the QHash<EntityId, Entity> it replaced: the same
// operations in the same order on both, dense and outlying ids, then every query compared.

#include "model/entitytable.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace ecsplan;

namespace {

Entity entityWith(quint32 id, int salt)
{
    Entity e;
    e.id = entityId(id);
    e.kind = EntityKind(salt % 10);
    e.name = QStringLiteral("e%1-%2").arg(id).arg(salt);
    e.compute.count = salt;
    return e;
}

EntityIds sorted(EntityIds ids)
{
    std::sort(ids.begin(), ids.end(), [](EntityId a, EntityId b) { return toUInt(a) < toUInt(b); });
    return ids;
}

/** Every query of `table` answers as `reference` does. */
void compare(const EntityTable &table, const QHash<EntityId, Entity> &reference, quint32 maxId)
{
    QCOMPARE(table.size(), reference.size());
    QCOMPARE(table.isEmpty(), reference.isEmpty());
    QCOMPARE(sorted(table.keys()), sorted(reference.keys()));
    EntityIds visited;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        QCOMPARE(it.key(), it->id);
        QVERIFY(reference.contains(it.key()));
        QVERIFY(it.value() == reference.value(it.key()));
        visited << it.key();
    }
    QCOMPARE(sorted(visited), sorted(reference.keys())); // each once
    for (quint32 v = 0; v <= maxId; ++v) {
        const EntityId id = entityId(v);
        QCOMPARE(table.contains(id), reference.contains(id));
        const Entity *found = table.find(id);
        QCOMPARE(found != nullptr, reference.contains(id));
        if (found)
            QVERIFY(*found == reference.value(id));
    }
    for (auto it = reference.cbegin(); it != reference.cend(); ++it) // outlying ids too
        QVERIFY(table.find(it.key()) && *table.find(it.key()) == it.value());
}

} // namespace

class tst_EntityTable : public QObject
{
    Q_OBJECT

private slots:
    void againstHash_data();
    void againstHash();
    void addressesStayPut();
    void copyMoveAndEquality();
};

void tst_EntityTable::againstHash_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<quint32>("denseIds"); ///< ids drawn from 1 .. denseIds
    QTest::addColumn<int>("farEvery"); ///< every n-th id outlying (up to MaxEntityId); 0: none
    QTest::addColumn<int>("takeEvery"); ///< every n-th step takes an entity instead
    QTest::newRow("dense, no takes") << 1u << 3000u << 0 << 0;
    QTest::newRow("dense, takes") << 2u << 3000u << 0 << 3;
    QTest::newRow("dense, mostly takes") << 3u << 400u << 0 << 2;
    QTest::newRow("outlying ids") << 4u << 2000u << 5 << 4;
    QTest::newRow("only outlying") << 5u << 50u << 1 << 3;
    QTest::newRow("sparse") << 6u << 200000u << 0 << 5;
}

void tst_EntityTable::againstHash()
{
    QFETCH(quint32, seed);
    QFETCH(quint32, denseIds);
    QFETCH(int, farEvery);
    QFETCH(int, takeEvery);
    QRandomGenerator random(seed);
    EntityTable table;
    QHash<EntityId, Entity> reference;
    table.reserve(1000);
    for (int step = 1; step <= 6000; ++step) {
        if (takeEvery > 0 && step % takeEvery == 0 && !reference.isEmpty()) {
            const EntityIds ids = reference.keys();
            const EntityId id = ids.at(random.bounded(int(ids.size())));
            QVERIFY(table.take(id) == reference.take(id));
            continue;
        }
        const bool far = farEvery > 0 && step % farEvery == 0;
        const quint32 v = far ? 1000000u + random.bounded(2147483647u - 1000000u)
                              : 1u + random.bounded(denseIds);
        const EntityId id = entityId(v);
        if (reference.contains(id)) {
            QVERIFY(table.take(id) == reference.take(id)); // absent ids only: replace
        }
        const Entity e = entityWith(v, step);
        if (step % 2 == 0)
            table.insert(e);
        else
            table.insert(Entity(e));
        reference.insert(id, e);
        if (step % 500 == 0)
            compare(table, reference, denseIds);
    }
    compare(table, reference, denseIds);
    QVERIFY(table.take(entityId(denseIds + 7)) == Entity()); // absent: a default entity
    table.clear();
    compare(table, {}, denseIds);
}

void tst_EntityTable::addressesStayPut()
{
    EntityTable table;
    table.insert(entityWith(1, 1));
    const Entity *first = table.find(entityId(1));
    for (quint32 v = 2; v < 5000; ++v)
        table.insert(entityWith(v, int(v)));
    QCOMPARE(table.find(entityId(1)), first);
    table.take(entityId(2));
    table.insert(entityWith(7000, 3)); // reuses the slot of 2
    QCOMPARE(table.find(entityId(1)), first);
    QCOMPARE(table.find(entityId(7000))->name, QStringLiteral("e7000-3"));
    QVERIFY(!table.contains(entityId(2)));
}

void tst_EntityTable::copyMoveAndEquality()
{
    EntityTable a;
    for (quint32 v : {5u, 1u, 3000000000u, 9u})
        a.insert(entityWith(v, 1));
    a.take(entityId(1));
    EntityTable b;
    for (quint32 v : {9u, 3000000000u, 5u}) // another order: equal as maps
        b.insert(entityWith(v, 1));
    QVERIFY(a == b);
    EntityTable copy = a;
    QVERIFY(copy == a);
    copy.take(entityId(9));
    QVERIFY(copy != a);
    QCOMPARE(a.size(), 3);
    EntityTable moved = std::move(copy);
    QCOMPARE(moved.size(), 2);
    QCOMPARE(copy.size(), 0); // NOLINT(bugprone-use-after-move): a moved-from table is empty
    QVERIFY(copy.begin() == copy.end());
    copy = a;
    QVERIFY(copy == a);
    b.insert(entityWith(11, 1));
    QVERIFY(a != b);
    b.take(entityId(11));
    b.take(entityId(5));
    b.insert(entityWith(5, 2)); // same ids, another entity
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(tst_EntityTable)
#include "tst_entitytable.moc"
