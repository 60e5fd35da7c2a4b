// RulesEngine incrementality: after any sequence of edits (and undos) the findings kept up to
// date batch by batch equal a from-scratch evaluation, in the same order.

#include "catalog/catalog.h"
#include "generateddesign.h"
#include "model/document.h"
#include "rules/ruleindex.h"
#include "rules/rulesengine.h"
#include "sampledesigns.h"

#include <QRandomGenerator>
#include <QTest>

using namespace ecsplan;

namespace {

/** Everything a finding shows, in list order. */
QStringList describe(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1|%2|%3|%4")
                        .arg(toCode(f.severity), f.key(), f.message, f.fix.title);
    return out;
}

EntityId pick(QRandomGenerator &random, const EntityIds &ids)
{
    return ids.isEmpty() ? EntityId::None : ids.at(random.bounded(int(ids.size())));
}

/** One random edit; failures (a rejected value) are fine, they change nothing. */
void randomEdit(QRandomGenerator &random, Document &document)
{
    const Model &model = document.model();
    EntityIds computes = model.ids(EntityKind::InstanceGroup) + model.ids(EntityKind::ScalingGroup);
    const EntityId compute = pick(random, computes);
    static const QStringList types
            = {QStringLiteral("ecs.t6-c1m2.large"), QStringLiteral("ecs.i4.2xlarge"),
               QStringLiteral("ecs.g8i.xlarge"), QStringLiteral("ecs.c8i.large")};
    static const QList<QStringList> tags
            = {{}, {QStringLiteral("stateless")}, {QStringLiteral("production")}};
    static const QStringList roles = {QString(), QStringLiteral("kafka"), QStringLiteral("web")};
    switch (random.bounded(22)) {
    case 0:
        document.setProperty({pick(random, model.ids(EntityKind::Disk))}, Property::DiskSizeGiB,
                             20 + random.bounded(2000));
        break;
    case 1:
        document.setProperty({compute}, Property::InstanceType,
                             types.at(random.bounded(int(types.size()))));
        break;
    case 2:
        document.setProperty({compute}, Property::Tags, tags.at(random.bounded(int(tags.size()))));
        break;
    case 3:
        document.setProperty({compute}, Property::Role,
                             roles.at(random.bounded(int(roles.size()))));
        break;
    case 4:
        document.setProperty({compute}, Property::ReplicationFactor, 1 + random.bounded(3));
        break;
    case 5:
        document.removeEntities({pick(random, model.ids(EntityKind::Link))});
        break;
    case 6: {
        const EntityIds sources = model.ids(EntityKind::Endpoint) + computes;
        document.connect(pick(random, sources), compute);
        break;
    }
    case 7: {
        const EntityIds all = model.ids();
        const EntityId victim = pick(random, all);
        const Entity *e = model.find(victim);
        if (e && (e->kind != EntityKind::Region || random.bounded(4) == 0))
            document.removeEntities({victim});
        break;
    }
    case 8: // reconnected: reachability is recomputed
        document.setProperty({pick(random, model.ids(EntityKind::Link))},
                             random.bounded(2) ? Property::LinkTo : Property::LinkFrom,
                             QVariant::fromValue(pick(random, computes)));
        break;
    case 9: // traffic only: reachability stays
        document.setProperty({pick(random, model.ids(EntityKind::Link))}, Property::LinkGbPerMonth,
                             double(random.bounded(5000)));
        break;
    case 10: // an endpoint that stops (or starts) being the internet
        document.setProperty({pick(random, model.ids(EntityKind::Endpoint))},
                             Property::EndpointKind,
                             QVariant::fromValue(random.bounded(2) ? EndpointKind::InternetUsers
                                                                   : EndpointKind::OnPremises));
        break;
    // Demand edits (docs/demand.md): ECS026-ECS029 follow links, caches, disks and sizes.
    case 11:
        document.setProperty({pick(random, model.ids(EntityKind::Link))},
                             Property::LinkRequestsPerSecond, double(random.bounded(60000)));
        break;
    case 12:
        document.setProperty({pick(random, model.ids(EntityKind::Cache))}, Property::CacheShards,
                             int(random.bounded(6)));
        break;
    case 13:
        document.setProperty({pick(random, model.ids(EntityKind::Disk))}, Property::AttachedTo,
                             QVariant::fromValue(compute));
        break;
    case 14:
        document.setProperty({pick(random, model.ids(EntityKind::ScalingGroup))}, Property::MaxSize,
                             1 + random.bounded(6));
        break;
    // Reverse references (RuleIndex): replicas, security groups, places.
    case 15: {
        const EntityIds caches = model.ids(EntityKind::Cache);
        document.setProperty(
                {pick(random, caches)}, Property::ReadReplicaOf,
                QVariant::fromValue(random.bounded(3) ? pick(random, caches) : EntityId::None));
        break;
    }
    case 16: { // a cache or a compute group moved to another zone
        const EntityIds movers = model.ids(EntityKind::Cache) + computes;
        document.setProperty({pick(random, movers)}, Property::Parent,
                             QVariant::fromValue(pick(random, model.ids(EntityKind::Zone))));
        break;
    }
    case 17: { // a replica added next to a cache (ECS008's fix adds one so)
        const Entity *cache = model.find(pick(random, model.ids(EntityKind::Cache)));
        if (!cache)
            break;
        Entity replica = *cache;
        replica.id = document.allocateIds(1).first();
        replica.parent = pick(random, model.ids(EntityKind::Zone));
        replica.cache.readReplicaOf = cache->id;
        document.addEntities({replica});
        break;
    }
    case 18: {
        const EntityIds groups = model.ids(EntityKind::SecurityGroup);
        EntityIds chosen;
        for (int n = random.bounded(3); n > 0; --n)
            chosen << pick(random, groups);
        chosen.removeAll(EntityId::None);
        document.setProperty({compute}, Property::SecurityGroups, QVariant::fromValue(chosen));
        break;
    }
    case 19: // a zone moved to another region
        document.setProperty({pick(random, model.ids(EntityKind::Zone))}, Property::Parent,
                             QVariant::fromValue(pick(random, model.ids(EntityKind::Region))));
        break;
    default:
        document.undo();
        break;
    }
}

} // namespace

class tst_RulesIncremental : public QObject
{
    Q_OBJECT

private slots:
    void equalsFromScratch_data();
    void equalsFromScratch();
};

void tst_RulesIncremental::equalsFromScratch_data()
{
    QTest::addColumn<QString>("sample"); // empty: a generated design
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u})
        QTest::addRow("generated-%u", seed) << QString() << seed;
    for (const QString &name : test::sampleDesignNames())
        QTest::addRow("%s", qPrintable(name)) << name << 7u;
}

void tst_RulesIncremental::equalsFromScratch()
{
    QFETCH(QString, sample);
    QFETCH(quint32, seed);
    Document document;
    document.resetModel(sample.isEmpty() ? test::generateDesign(300, 2)
                                         : test::sampleDesign(sample));
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    QRandomGenerator random(seed);
    for (int step = 0; step < 120; ++step) {
        randomEdit(random, document);
        const RulesEngine scratch(&document, nullptr, &Catalog::builtin());
        const QStringList got = describe(engine.findings());
        const QStringList expected = describe(scratch.findings());
        if (got != expected) {
            for (qsizetype i = 0; i < std::max(got.size(), expected.size()); ++i)
                QCOMPARE(got.value(i), expected.value(i));
        }
        QCOMPARE(describe(engine.mutedFindings()), describe(scratch.mutedFindings()));
        RuleIndex built;
        built.build(document.model());
        QVERIFY2(engine.ruleIndex() == built, qPrintable(QStringLiteral("step %1").arg(step)));
    }
}

QTEST_GUILESS_MAIN(tst_RulesIncremental)
#include "tst_rulesincremental.moc"
