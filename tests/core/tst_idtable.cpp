// IdTable, the metrics engine's flat map by entity id: after any sequence of inserts,
// replacements, removals and clears it holds exactly what a QHash given the same operations
// holds, with dense ids, sparse ones (up to 2^32 - 1) and both mixed.
#include "metrics/idtable.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ecsplan;

class tst_IdTable : public QObject
{
    Q_OBJECT

private slots:
    void matchesHash_data();
    void matchesHash();
    void reservedSlotsAreEmpty();
};

void tst_IdTable::matchesHash_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<quint32>("sparseEvery"); // 0: dense ids only
    QTest::addColumn<quint32>("reserveIds");
    QTest::addColumn<int>("population");
    QTest::newRow("dense") << 1u << 0u << 0u << 0;
    QTest::newRow("dense, reserved") << 2u << 0u << 3000u << 0;
    QTest::newRow("mixed") << 3u << 7u << 0u << 0;
    QTest::newRow("mixed, reserved") << 4u << 5u << 500u << 0;
    QTest::newRow("sparse") << 5u << 1u << 0u << 0;
    // Few values among many ids: slots for all of them from the start.
    QTest::newRow("dense, population") << 6u << 0u << 3001u << 3000;
    QTest::newRow("mixed, population") << 7u << 3u << 3001u << 3000;
    QTest::newRow("mixed, small population") << 8u << 3u << 0u << 200;
}

void tst_IdTable::matchesHash()
{
    QFETCH(quint32, seed);
    QFETCH(quint32, sparseEvery);
    QFETCH(quint32, reserveIds);
    QFETCH(int, population);
    QRandomGenerator rng(seed);
    IdTable<QString> table;
    QHash<EntityId, QString> reference;
    table.reserve(100, reserveIds, population);
    // Ids drawn again and again, so that replacements and removals hit stored ones; sparse
    // ids far beyond the table's dense range, one of them the largest id.
    QList<EntityId> pool;
    for (quint32 i = 0; i < 3000; ++i) {
        const bool sparse = sparseEvery != 0 && i % sparseEvery == 0;
        pool << entityId(sparse ? (i == 0 ? 0xFFFFFFFFu : 100000u + rng.bounded(4000000000u))
                                : 1 + rng.bounded(3000u));
    }
    for (int step = 0; step < 20000; ++step) {
        const EntityId id = pool.at(rng.bounded(int(pool.size())));
        const quint32 op = rng.bounded(100u);
        if (op < 60) {
            const QString value = QString::number(step);
            table.insert(id, value);
            reference.insert(id, value);
        } else if (op < 95) {
            QCOMPARE(table.remove(id), reference.remove(id));
        } else if (op == 99 && step % 7 == 0) {
            table.clear();
            reference.clear();
        }
        if (step % 97 == 0 || op >= 95) {
            QCOMPARE(table.size(), reference.size());
            for (EntityId x : pool) {
                const QString *found = table.find(x);
                QCOMPARE(found != nullptr, reference.contains(x));
                QCOMPARE(table.contains(x), reference.contains(x));
                QCOMPARE(table.value(x), reference.value(x));
                if (found)
                    QCOMPARE(*found, reference.value(x));
            }
        }
    }
}

void tst_IdTable::reservedSlotsAreEmpty()
{
    IdTable<int> table;
    table.reserve(10, 40);
    for (quint32 i = 0; i < 40; ++i)
        QVERIFY(!table.contains(entityId(i)));
    table.insert(entityId(39), 7);
    table.insert(entityId(0xFFFFFFFFu), 8);
    QCOMPARE(table.value(entityId(39)), 7);
    QCOMPARE(table.value(entityId(0xFFFFFFFFu)), 8);
    QCOMPARE(table.value(entityId(38)), 0);
    table.clear();
    QVERIFY(table.isEmpty());
    QVERIFY(!table.contains(entityId(39)));
    QVERIFY(!table.contains(entityId(0xFFFFFFFFu)));
}

QTEST_GUILESS_MAIN(tst_IdTable)
#include "tst_idtable.moc"
