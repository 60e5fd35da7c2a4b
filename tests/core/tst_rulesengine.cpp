// RulesEngine behaviour: the samples, incremental re-evaluation, mutes, removal, reports.

#include "catalog/catalog.h"
#include "io/designfile.h"
#include "io/designjson.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "rules/findingsreport.h"
#include "rules/rule.h"
#include "rules/rulesengine.h"
#include "sampledesigns.h"
#include "session/designsession.h"
#include "smalldesign.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ecsplan;
using ecsplan::test::SmallDesign;

namespace {

Findings ofRule(const Findings &all, const QString &ruleId)
{
    Findings out;
    for (const Finding &f : all) {
        if (f.ruleId == ruleId)
            out << f;
    }
    return out;
}

QStringList ruleIds(const Findings &all)
{
    QStringList out;
    for (const Finding &f : all)
        out << f.ruleId;
    return out;
}

} // namespace

class tst_RulesEngine : public QObject
{
    Q_OBJECT

private slots:
    void mediaCompanyCrossZoneFix();
    void kafkaReplicationFactorOne();
    void samplesFindings_data();
    void samplesFindings();
    void incrementalTouchesNeighboursOnly();
    void reachabilityOnlyWhenPathsChange();
    void deployabilityFollowsEdits();
    void followsMetricsEngine();
    void saturationFollowsLinkEnds();
    void removalDropsFindings();
    void muteAndUndo();
    void fixUndoRedo_data();
    void fixUndoRedo();
    void failedFixChangesNothing();
    void failedEmptyFixLeavesNoStep();
    void sortedBySeverity();
    void sarifReport();
    void sarifRegions();
    void jsonAndTextReport();
    void jsonReportIsQtIndentedJson();
};

void tst_RulesEngine::mediaCompanyCrossZoneFix()
{
    DesignSession session(Catalog::builtin());
    Document &document = session.document();
    QStringList errors;
    QVERIFY(DesignFile::open(&document, test::sampleDesignPath(QStringLiteral("media-company")),
                             &errors));
    session.flush();
    MetricsEngine &metrics = session.metrics();
    RulesEngine &engine = session.rules();

    const Findings before = ofRule(engine.findings(), QStringLiteral("ECS008"));
    QCOMPARE(before.size(), 1);
    const Entity *webB
            = document.model().findByName(EntityKind::InstanceGroup, QStringLiteral("web-b"));
    const Entity *cache
            = document.model().findByName(EntityKind::Cache, QStringLiteral("media-cache"));
    QVERIFY(webB && cache);
    QCOMPARE(before.first().entities.mid(1), (EntityIds{webB->id, cache->id}));
    QVERIFY(before.first().message.contains(QStringLiteral("60,000 GB/month (97% reads)")));

    const int caches = document.model().ids(EntityKind::Cache).size();
    QCOMPARE(RulesEngine::applyFix(before.first(), &document), QString());
    metrics.flush();
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS008")).size(), 0);
    // The replica sits in web-b's zone, reads from media-cache, and the link now ends there.
    const EntityIds cachesAfter = document.model().ids(EntityKind::Cache);
    QCOMPARE(cachesAfter.size(), caches + 1);
    const Entity *replica = document.model().find(cachesAfter.last());
    QCOMPARE(replica->cache.readReplicaOf, cache->id);
    QCOMPARE(document.model().zoneOf(replica->id), document.model().zoneOf(webB->id));
    QCOMPARE(document.model().find(before.first().entities.first())->link.to, replica->id);
    QCOMPARE(metrics.link(before.first().entities.first())->scope, LinkScope::SameZone);

    document.undo();
    metrics.flush();
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS008")).size(), 1);
    QCOMPARE(document.model().ids(EntityKind::Cache).size(), caches);
}

void tst_RulesEngine::kafkaReplicationFactorOne()
{
    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("kafka-local-nvme")));
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS006")).size(), 0);

    const EntityIds brokers = {
            document.model().findByName(EntityKind::InstanceGroup, QStringLiteral("kafka-h"))->id,
            document.model().findByName(EntityKind::InstanceGroup, QStringLiteral("kafka-i"))->id,
            document.model().findByName(EntityKind::InstanceGroup, QStringLiteral("kafka-j"))->id};
    QVERIFY(document.setProperty(brokers, Property::ReplicationFactor, 1).ok());
    const Findings found = ofRule(engine.findings(), QStringLiteral("ECS006"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Severity::Error);
    QCOMPARE(found.first().entities, brokers);
    QVERIFY(found.first().message.contains(QStringLiteral("1 x 1,788 GiB NVMe SSD")));
    QCOMPARE(found.first().fix.title, QStringLiteral("Set replication factor 3"));
    QCOMPARE(RulesEngine::applyFix(found.first(), &document), QString());
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS006")).size(), 0);
}

void tst_RulesEngine::samplesFindings_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("three-zone-web")
            << QStringLiteral("three-zone-web")
            << QStringList{QStringLiteral("ECS012"), QStringLiteral("ECS012"),
                           QStringLiteral("ECS017"), QStringLiteral("ECS017"),
                           QStringLiteral("ECS017")};
    QTest::newRow("kafka-local-nvme")
            << QStringLiteral("kafka-local-nvme")
            << QStringList{QStringLiteral("ECS017"), QStringLiteral("ECS017")};
    QTest::newRow("media-company")
            << QStringLiteral("media-company")
            << QStringList{QStringLiteral("ECS008"), QStringLiteral("ECS017"),
                           QStringLiteral("ECS017")};
}

void tst_RulesEngine::samplesFindings()
{
    QFETCH(QString, sample);
    QFETCH(QStringList, expected);
    Document document;
    document.resetModel(test::sampleDesign(sample));
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    QCOMPARE(ruleIds(engine.findings()), expected);
}

void tst_RulesEngine::incrementalTouchesNeighboursOnly()
{
    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("three-zone-web")));
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    QCOMPARE(engine.lastBatchEntityCount(), document.model().size());

    // A disk edit re-runs the disk and the instance group it is attached to, nothing else.
    const Entity *disk
            = document.model().findByName(EntityKind::Disk, QStringLiteral("orders-db-data"));
    QVERIFY(document.setProperty({disk->id}, Property::DiskSizeGiB, 10).ok());
    QCOMPARE(engine.lastBatchEntityCount(), 2);
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS003")).size(), 1); // PL1 takes ≥ 20 GiB
    // A geometry-only edit costs nothing.
    QSignalSpy spy(&engine, &RulesEngine::findingsChanged);
    QVERIFY(document.moveEntities({disk->id}, QPointF(5, 5)).ok());
    QCOMPARE(spy.count(), 0);
    // A link edit re-runs the link and its two ends (plus the ends' other links).
    const EntityId link = document.model().linksOf(disk->disk.attachedTo).first();
    QVERIFY(document.setProperty({link}, Property::LinkGbPerMonth, 10.0).ok());
    QVERIFY(engine.lastBatchEntityCount() >= 3);
    QVERIFY(engine.lastBatchEntityCount() < document.model().size() / 2);
}

/** Rule id, entities and message of each finding: what a full re-evaluation must agree with. */
static QStringList summary(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.key() + QLatin1Char(' ') + f.message;
    return out;
}

/**
 * Internet reachability (ECS001's production path) is walked over the whole design only when a
 * path may have gone: a link reconnected or removed. Traffic edits leave it; a new link extends
 * it from its own end. The findings agree with a fresh engine either way.
 */
void tst_RulesEngine::reachabilityOnlyWhenPathsChange()
{
    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("three-zone-web")));
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    QCOMPARE(engine.reachabilityPasses(), 1);
    const auto agrees = [&] {
        const RulesEngine scratch(&document, nullptr, &Catalog::builtin());
        return summary(engine.findings()) == summary(scratch.findings());
    };
    const Entity *web
            = document.model().findByName(EntityKind::ScalingGroup, QStringLiteral("web-asg"));
    QVERIFY(web);
    const EntityId link = document.model().linksOf(web->id).first();
    QVERIFY(document.setProperty({link}, Property::LinkGbPerMonth, 123.0).ok());
    QVERIFY(document.setProperty({link}, Property::LinkRequestsPerSecond, 50.0).ok());
    QCOMPARE(engine.reachabilityPasses(), 1);

    // A burstable group nobody reaches: no ECS001. Linked from the internet: ECS001, found by
    // extending the reachable set from the new link, not by a new pass.
    const EntityId internet = document.model().ids(EntityKind::Endpoint).first();
    QCOMPARE(document.model().find(internet)->endpoint.kind, EndpointKind::InternetUsers);
    Entity burst = makeEntity(EntityKind::InstanceGroup);
    burst.name = QStringLiteral("burst");
    burst.parent = document.model()
                           .findByName(EntityKind::InstanceGroup, QStringLiteral("orders-db"))
                           ->parent;
    burst.compute.instanceType = QStringLiteral("ecs.t6-c1m2.large");
    const Document::Result added = document.addEntities({burst});
    QVERIFY2(added.ok(), qPrintable(added.error));
    const EntityId burstId
            = document.model().findByName(EntityKind::InstanceGroup, QStringLiteral("burst"))->id;
    const auto ecs001 = [&] {
        Findings out;
        for (const Finding &f : ofRule(engine.findings(), QStringLiteral("ECS001")))
            if (f.subject() == burstId)
                out << f;
        return out.size();
    };
    QCOMPARE(ecs001(), 0);
    QVERIFY(document.connect(internet, burstId).ok());
    QCOMPARE(ecs001(), 1);
    QCOMPARE(engine.reachabilityPasses(), 1);
    QVERIFY(agrees());

    // Reconnecting the link away cuts the path: one pass, and the finding goes.
    const EntityId newLink = document.model().linksOf(burstId).first();
    QVERIFY(document.setProperty({newLink}, Property::LinkTo, QVariant::fromValue(web->id)).ok());
    QCOMPARE(engine.reachabilityPasses(), 2);
    QCOMPARE(ecs001(), 0);
    QVERIFY(agrees());
    // Undo brings the edge back (a reconnection again); removing the link cuts it.
    document.undo();
    QCOMPARE(engine.reachabilityPasses(), 3);
    QCOMPARE(ecs001(), 1);
    QVERIFY(document.removeEntities({newLink}).ok());
    QCOMPARE(engine.reachabilityPasses(), 4);
    QCOMPARE(ecs001(), 0);
    QVERIFY(agrees());
}

void tst_RulesEngine::deployabilityFollowsEdits()
{
    SmallDesign d;
    const EntityId hz = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId h = d.zone(hz, QStringLiteral("cn-hangzhou-h"));
    const EntityId i = d.zone(hz, QStringLiteral("cn-hangzhou-i"));
    const EntityId sh = d.region(QStringLiteral("cn-shanghai"), QStringLiteral("10.1.0.0/16"));
    const EntityId b = d.zone(sh, QStringLiteral("cn-shanghai-b"));
    d[h].cidr = QStringLiteral("10.0.1.0/24");
    d[i].cidr = QStringLiteral("10.0.2.0/24");
    d[b].cidr = QStringLiteral("10.1.1.0/24");
    Document document;
    document.resetModel(d.take());
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    QCOMPARE(engine.findings().size(), 0);
    auto sameAsFullRun = [&] {
        RulesEngine fresh(&document, nullptr, &Catalog::builtin());
        return summary(engine.findings()) == summary(fresh.findings());
    };

    // Zone i now overlaps zone h: the finding appears on h too, which was not edited.
    QVERIFY(document.setProperty({i}, Property::Cidr, QStringLiteral("10.0.1.128/25")).ok());
    Findings cidr = ofRule(engine.findings(), QStringLiteral("ECS022"));
    QCOMPARE(cidr.size(), 2);
    QCOMPARE(cidr[0].entities, (EntityIds{h, i}));
    QCOMPARE(cidr[1].entities, (EntityIds{i, h}));
    QVERIFY(sameAsFullRun());
    // Shanghai takes Hangzhou's id: both regions, and Shanghai's zone is now outside its region.
    QVERIFY(document.setProperty({sh}, Property::Code, QStringLiteral("cn-hangzhou")).ok());
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS021")).size(), 2);
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS020")).size(), 1);
    QVERIFY(sameAsFullRun());
    // The VPCs overlap once Hangzhou's block grows over Shanghai's.
    QVERIFY(document.setProperty({hz}, Property::Cidr, QStringLiteral("10.0.0.0/8")).ok());
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS022")).size(), 4);
    QVERIFY(sameAsFullRun());
    document.undo();
    document.undo();
    QVERIFY(sameAsFullRun());
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS021")).size(), 0);
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS020")).size(), 0);
    document.undo();
    QCOMPARE(engine.findings().size(), 0);
    // Removing zone h takes the overlap with it, from zone i as well.
    QVERIFY(document.setProperty({i}, Property::Cidr, QStringLiteral("10.0.1.128/25")).ok());
    QVERIFY(document.removeEntities({h}).ok());
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS022")).size(), 0);
    QVERIFY(sameAsFullRun());
}

/**
 * ECS026 on Scenario A follows the edits that move demand: a reconnected link re-evaluates
 * its former end (the metrics engine reports it), a peak factor of 1 brings the gateway
 * under the limit, and undo restores both.
 */
void tst_RulesEngine::saturationFollowsLinkEnds()
{
    DesignSession session(Catalog::builtin(),
                          test::sampleDesign(QStringLiteral("api-gateway-20k")));
    Document &document = session.document();
    MetricsEngine &metrics = session.metrics();
    RulesEngine &engine = session.rules();
    const Findings found = ofRule(engine.findings(), QStringLiteral("ECS026"));
    QCOMPARE(found.size(), 1);
    const Entity *gateway
            = document.model().findByName(EntityKind::ScalingGroup, QStringLiteral("gateway"));
    const Entity *api
            = document.model().findByName(EntityKind::ScalingGroup, QStringLiteral("api"));
    QCOMPARE(found.first().subject(), gateway->id);

    // The ALB → gateway link now points at the API tier: the gateway keeps one link only.
    EntityId albToGateway = EntityId::None;
    for (EntityId l : document.model().linksOf(gateway->id)) {
        if (document.model().find(l)->link.to == gateway->id)
            albToGateway = l;
    }
    QVERIFY(isValid(albToGateway));
    QVERIFY(document.setProperty({albToGateway}, Property::LinkTo, QVariant::fromValue(api->id))
                    .ok());
    metrics.flush();
    // Still above: the API's 13,440 B responses alone bring 4.3 Gbit/s in against 4. But the
    // finding is re-evaluated with the gateway serving nothing.
    const Findings moved = ofRule(engine.findings(), QStringLiteral("ECS026"));
    QCOMPARE(moved.size(), 1);
    QVERIFY2(moved.first().message.contains(
                     QStringLiteral("Demand: 0 req/s served and 40,000 req/s sent")),
             qPrintable(moved.first().message));
    document.undo();
    metrics.flush();
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS026")).first().message,
             found.first().message);

    DesignSettings s = document.model().settings();
    s.peakToAverage = 1; // 2.24 Gbit/s each way against 4
    QVERIFY(document.setSettings(s).ok());
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS026")).size(), 0);
    document.undo();
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS026")).size(), 1);
}

void tst_RulesEngine::followsMetricsEngine()
{
    DesignSession session(Catalog::builtin(), test::sampleDesign(QStringLiteral("three-zone-web")));
    Document &document = session.document();
    MetricsEngine &metrics = session.metrics();
    RulesEngine &engine = session.rules();
    QSignalSpy spy(&engine, &RulesEngine::findingsChanged);
    const Entity *disk
            = document.model().findByName(EntityKind::Disk, QStringLiteral("orders-db-data"));
    QVERIFY(document.setProperty({disk->id}, Property::DiskSizeGiB, 10).ok());
    QCOMPARE(spy.count(), 1); // at once, from the document
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS003")).size(), 1);
    const QStringList fromDocument = summary(engine.findings());
    metrics.flush();
    // Again with the engine's figures: the same findings in the same words, nothing to redraw.
    QCOMPARE(spy.count(), 1);
    QCOMPARE(summary(engine.findings()), fromDocument);
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS003")).size(), 1);
    QVERIFY(engine.lastBatchEntityCount() < 15);
    // Security rules are no metrics input: the document alone brings the finding.
    const Entity *web
            = document.model().findByName(EntityKind::SecurityGroup, QStringLiteral("web-sg"));
    SecurityRules rules = web->rules;
    rules.first().portFrom = 22;
    QVERIFY(document.setProperty({web->id}, Property::Rules, QVariant::fromValue(rules)).ok());
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS009")).size(), 1);
    QCOMPARE(spy.count(), 2); // a new finding: a change to show
    metrics.flush();
    QCOMPARE(spy.count(), 2);
}

void tst_RulesEngine::removalDropsFindings()
{
    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("media-company")));
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    const Finding crossZone = ofRule(engine.findings(), QStringLiteral("ECS008")).first();
    const EntityId cache = crossZone.entities.last();
    QVERIFY(document.removeEntities({cache}).ok());
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS008")).size(), 0);
    document.undo();
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS008")).size(), 1);
}

void tst_RulesEngine::muteAndUndo()
{
    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("media-company")));
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    const Finding f = ofRule(engine.findings(), QStringLiteral("ECS008")).first();
    QCOMPARE(engine.findingsFor(f.subject()).size(), 1);

    QCOMPARE(engine.mute(f, QStringLiteral("Replica planned for Q3")), QString());
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS008")).size(), 0);
    QCOMPARE(ofRule(engine.mutedFindings(), QStringLiteral("ECS008")).size(), 1);
    QCOMPARE(document.model().settings().mutedRules,
             (QList<MutedRule>{{QStringLiteral("ECS008"), f.subject(),
                                QStringLiteral("Replica planned for Q3")}}));
    QCOMPARE(engine.findingsFor(f.subject()).size(), 0);

    document.undo();
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS008")).size(), 1);
    document.redo();
    QCOMPARE(engine.unmute(QStringLiteral("ECS008"), f.subject()), QString());
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS008")).size(), 1);
    QVERIFY(!engine.unmute(QStringLiteral("ECS008"), f.subject()).isEmpty());

    // A design-wide mute hides every finding of the rule.
    QCOMPARE(engine.mute(ofRule(engine.findings(), QStringLiteral("ECS017")).first(),
                         QStringLiteral("x86 only"), true),
             QString());
    QCOMPARE(ofRule(engine.findings(), QStringLiteral("ECS017")).size(), 0);
    QCOMPARE(ofRule(engine.mutedFindings(), QStringLiteral("ECS017")).size(), 2);
}

void tst_RulesEngine::fixUndoRedo_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<QString>("ruleId");
    // Every fixable rule the samples raise: a property fix (ECS012, ECS017) and one that adds
    // a cache replica and re-points a link (ECS008).
    QTest::newRow("three-zone-web ECS012")
            << QStringLiteral("three-zone-web") << QStringLiteral("ECS012");
    QTest::newRow("three-zone-web ECS017")
            << QStringLiteral("three-zone-web") << QStringLiteral("ECS017");
    QTest::newRow("kafka-local-nvme ECS017")
            << QStringLiteral("kafka-local-nvme") << QStringLiteral("ECS017");
    QTest::newRow("media-company ECS008")
            << QStringLiteral("media-company") << QStringLiteral("ECS008");
    QTest::newRow("media-company ECS017")
            << QStringLiteral("media-company") << QStringLiteral("ECS017");
}

void tst_RulesEngine::fixUndoRedo()
{
    QFETCH(QString, sample);
    QFETCH(QString, ruleId);
    DesignSession session(Catalog::builtin(), test::sampleDesign(sample));
    Document &document = session.document();
    MetricsEngine &metrics = session.metrics();
    RulesEngine &engine = session.rules();
    const Findings fixable = ofRule(engine.findings(), ruleId);
    QVERIFY(!fixable.isEmpty());
    QVERIFY(fixable.first().hasFix());

    const QByteArray original = DesignJson::write(document.model());
    QCOMPARE(RulesEngine::applyFix(fixable.first(), &document), QString());
    metrics.flush();
    const QByteArray fixed = DesignJson::write(document.model());
    QVERIFY(fixed != original);
    const QStringList findingsFixed = summary(engine.findings());
    // One step, named after the fix.
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(),
             QStringLiteral("%1: %2").arg(ruleId, fixable.first().fix.title));

    document.undo();
    metrics.flush();
    QCOMPARE(DesignJson::write(document.model()), original);
    QCOMPARE(ofRule(engine.findings(), ruleId).size(), fixable.size());

    // Redo gives exactly the fixed design (same ids, same values), with the same findings.
    document.redo();
    metrics.flush();
    QCOMPARE(DesignJson::write(document.model()), fixed);
    QCOMPARE(summary(engine.findings()), findingsFixed);

    document.undo();
    metrics.flush();
    QCOMPARE(DesignJson::write(document.model()), original);
}

void tst_RulesEngine::failedFixChangesNothing()
{
    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("media-company")));
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    Finding f = ofRule(engine.findings(), QStringLiteral("ECS008")).first();
    const EntityId link = f.entities.first();
    f.fix.apply = [link](Document *d) {
        QString error = d->setProperty({link}, Property::LinkGbPerMonth, 1.0).error;
        return error.isEmpty() ? QStringLiteral("second step refused") : error;
    };
    const QByteArray original = DesignJson::write(document.model());
    QCOMPARE(RulesEngine::applyFix(f, &document), QStringLiteral("second step refused"));
    QCOMPARE(document.model().find(link)->link.gbPerMonth, 60000.0);
    QCOMPARE(DesignJson::write(document.model()), original);
    QCOMPARE(document.undoStack()->canUndo(), false);
    // Nothing of the partial fix is left to redo.
    QCOMPARE(document.undoStack()->canRedo(), false);
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.undoStack()->isClean(), true);

    // After an earlier edit, the failed fix leaves that edit as the only step, still redoable
    // after an undo, and the redo action follows (canRedoChanged).
    QVERIFY(document.setProperty({link}, Property::LinkRequestsPerSecond, 5.0).ok());
    QSignalSpy canRedo(document.undoStack(), &QUndoStack::canRedoChanged);
    QCOMPARE(RulesEngine::applyFix(f, &document), QStringLiteral("second step refused"));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->index(), 1);
    QCOMPARE(document.undoStack()->canRedo(), false);
    QCOMPARE(canRedo.isEmpty() ? true : canRedo.last().first().toBool(), false);
    document.undo();
    QCOMPARE(DesignJson::write(document.model()), original);
    QCOMPARE(document.undoStack()->canRedo(), true);
    document.redo();
    QCOMPARE(document.model().find(link)->link.requestsPerSecond, 5.0);
}

void tst_RulesEngine::failedEmptyFixLeavesNoStep()
{
    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("media-company")));
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    Finding f = ofRule(engine.findings(), QStringLiteral("ECS008")).first();
    f.fix.apply = [](Document *) {
        return QStringLiteral("refused before any change");
    };
    QCOMPARE(RulesEngine::applyFix(f, &document), QStringLiteral("refused before any change"));
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.undoStack()->canRedo(), false);
}

void tst_RulesEngine::sortedBySeverity()
{
    SmallDesign d;
    const EntityId region = d.region(QStringLiteral("cn-hangzhou"));
    const EntityId h = d.zone(region, QStringLiteral("cn-hangzhou-h"));
    d.disk(h, QStringLiteral("PL3"), 100); // ECS003 error
    d.instances(h, QStringLiteral("ecs.c8i.large"), 1, {},
                {QStringLiteral("jvm")}); // ECS013 warning, ECS017
    Document document;
    document.resetModel(d.take());
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    QCOMPARE(ruleIds(engine.findings()),
             (QStringList{QStringLiteral("ECS003"), QStringLiteral("ECS013"),
                          QStringLiteral("ECS004"), QStringLiteral("ECS017")}));
    QCOMPARE(engine.worstSeverity(engine.findings().first().subject()), Severity::Error);
}

void tst_RulesEngine::sarifReport()
{
    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("media-company")));
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    QVERIFY(engine.mute(ofRule(engine.findings(), QStringLiteral("ECS017")).first(),
                        QStringLiteral("x86 only"))
                    .isEmpty());
    const FindingsReport report(document.model(), engine.findings(), engine.mutedFindings(),
                                QStringLiteral("samples/media-company.ecsplan"));
    const QJsonObject root = QJsonDocument::fromJson(report.toSarif()).object();
    QCOMPARE(root.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonObject run = root.value(QStringLiteral("runs")).toArray().first().toObject();
    const QJsonArray rules
            = run[QStringLiteral("tool")][QStringLiteral("driver")][QStringLiteral("rules")]
                      .toArray();
    QCOMPARE(rules.size(), 29);
    QCOMPARE(rules[21][QStringLiteral("id")].toString(), QStringLiteral("ECS022"));
    QCOMPARE(rules[21][QStringLiteral("helpUri")].toString(),
             QStringLiteral("https://www.alibabacloud.com/help/en/vpc/user-guide/"
                            "create-and-manage-a-vpc"));
    QCOMPARE(rules[7][QStringLiteral("id")].toString(), QStringLiteral("ECS008"));
    QCOMPARE(rules[7][QStringLiteral("helpUri")].toString(),
             QStringLiteral("https://www.alibabacloud.com/help/en/vpc/vpc-product-billing"));
    const QJsonArray results = run[QStringLiteral("results")].toArray();
    QCOMPARE(results.size(), 3);
    const QJsonObject first = results[0].toObject();
    QCOMPARE(first[QStringLiteral("ruleId")].toString(), QStringLiteral("ECS008"));
    QCOMPARE(first[QStringLiteral("ruleIndex")].toInt(), 7);
    QCOMPARE(first[QStringLiteral("level")].toString(), QStringLiteral("warning"));
    const QJsonObject location = first[QStringLiteral("locations")].toArray().first().toObject();
    QCOMPARE(location[QStringLiteral("physicalLocation")][QStringLiteral("artifactLocation")]
                     [QStringLiteral("uri")]
                             .toString(),
             QStringLiteral("samples/media-company.ecsplan"));
    const QJsonArray logical = location[QStringLiteral("logicalLocations")].toArray();
    QCOMPARE(logical[1][QStringLiteral("fullyQualifiedName")].toString(),
             QStringLiteral("cn-hangzhou/cn-hangzhou-i/web-b"));
    QCOMPARE(results[1][QStringLiteral("level")].toString(), QStringLiteral("note"));
    // The muted one is reported as suppressed, with the reason.
    const QJsonObject suppressed = results[2].toObject();
    QCOMPARE(suppressed[QStringLiteral("suppressions")]
                     .toArray()
                     .first()[QStringLiteral("justification")]
                     .toString(),
             QStringLiteral("x86 only"));
    QCOMPARE(report.countAtLeast(Severity::Error), 0);
    QVERIFY(!location[QStringLiteral("physicalLocation")].toObject().contains(
            QStringLiteral("region")));
    QCOMPARE(report.countAtLeast(Severity::Warning), 1);
    QCOMPARE(report.countAtLeast(Severity::Advice), 2);
}

void tst_RulesEngine::sarifRegions()
{
    QFile file(test::sampleDesignPath(QStringLiteral("media-company")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const QHash<EntityId, int> lines = FindingsReport::entityLines(text);
    QCOMPARE(lines.size(), 14);
    QCOMPARE(lines.value(entityId(1)), 18); // below the header and the design settings
    QCOMPARE(text.split('\n').at(lines.value(entityId(14)) - 1).trimmed(),
             QByteArray("\"id\": 14,"));

    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("media-company")));
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    FindingsReport report(document.model(), engine.findings(), {}, QStringLiteral("m.ecsplan"));
    report.setEntityLines(lines);
    const QJsonObject result = QJsonDocument::fromJson(report.toSarif())
                                       .object()[QStringLiteral("runs")]
                                       .toArray()
                                       .first()
                                       .toObject()[QStringLiteral("results")]
                                       .toArray()
                                       .first()
                                       .toObject();
    QCOMPARE(result[QStringLiteral("locations")]
                     .toArray()
                     .first()[QStringLiteral("physicalLocation")][QStringLiteral("region")]
                             [QStringLiteral("startLine")]
                     .toInt(),
             lines.value(entityId(14)));
}

void tst_RulesEngine::jsonAndTextReport()
{
    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("media-company")));
    RulesEngine engine(&document, nullptr, &Catalog::builtin());
    const FindingsReport report(document.model(), engine.findings(), engine.mutedFindings(),
                                QStringLiteral("m.ecsplan"));
    const QJsonObject root = QJsonDocument::fromJson(report.toJson()).object();
    QCOMPARE(root[QStringLiteral("counts")].toObject(),
             (QJsonObject{{QStringLiteral("error"), 0},
                          {QStringLiteral("warning"), 1},
                          {QStringLiteral("advice"), 2},
                          {QStringLiteral("muted"), 0}}));
    const QJsonObject f = root[QStringLiteral("findings")].toArray().first().toObject();
    QCOMPARE(f[QStringLiteral("fix")].toString(),
             QStringLiteral("Add a read replica in cn-hangzhou-i and read from it"));
    QCOMPARE(f[QStringLiteral("entities")].toArray()[2][QStringLiteral("kind")].toString(),
             QStringLiteral("cache"));
    const QString text = report.toText();
    QVERIFY(text.startsWith(QStringLiteral("WARNING ECS008 Cross-zone reads from a cache\n")));
    QVERIFY(text.endsWith(QStringLiteral("0 error(s), 1 warning(s), 2 advice, 0 muted\n")));
}

/**
 * FindingsReport::toJson writes its bytes directly; they must stay those of the QJsonDocument
 * it used to build (the CLI's `check --format json`): sorted keys, 4-space indentation, empty
 * arrays, null fixes, muted findings with their reason, and strings with quotes, backslashes,
 * control characters, non-ASCII, a surrogate pair and lone surrogates.
 */
void tst_RulesEngine::jsonReportIsQtIndentedJson()
{
    Model model = test::sampleDesign(QStringLiteral("media-company"));
    const EntityId first = model.ids().first();
    const EntityId second = model.ids().at(1);
    DesignSettings settings = model.settings();
    settings.mutedRules << MutedRule{QStringLiteral("ECS008"), first,
                                     QStringLiteral("accepted: \"cheap\" \u00e9\t")};
    model.setSettings(settings);
    const QString tricky = QStringLiteral("q\" b\\ n\n t\t r\r f\f b\b \x01 \x1f \x7f é 中 ")
            + QString::fromUcs4(U"\U0001F600") + QChar(0xD800) + QStringLiteral("x")
            + QChar(0xDC00);
    Finding a;
    a.ruleId = QStringLiteral("ECS008");
    a.severity = Severity::Error;
    a.title = QStringLiteral("Title ") + tricky;
    a.message = tricky;
    a.entities = {first, second, entityId(999999)}; // the last one is not in the design
    a.reference = QStringLiteral("ref");
    a.fix.title = QStringLiteral("Fix it");
    a.fix.apply = [](Document *) {
        return QString();
    };
    Finding b; // no entities, no fix, no such rule
    b.ruleId = QStringLiteral("XYZ999");
    b.severity = Severity::Advice;
    b.title = QStringLiteral("B");
    Finding muted = a;
    muted.severity = Severity::Warning;

    const auto expected = [&model](const Findings &findings, const Findings &mutedOnes,
                                   const QString &uri) {
        QJsonArray list;
        auto add = [&](const Finding &f, bool isMuted) {
            QJsonArray entities;
            for (EntityId id : f.entities) {
                const Entity *e = model.find(id);
                QString path; // FindingsReport::componentPath
                QStringList parts;
                for (const Entity *p = e; p; p = model.find(p->parent))
                    parts.prepend(p->isContainer() && !p->code.isEmpty() ? p->code : p->name);
                path = parts.join(QLatin1Char('/'));
                entities.append(
                        QJsonObject{{QStringLiteral("id"), qint64(toUInt(id))},
                                    {QStringLiteral("kind"), e ? toCode(e->kind) : QString()},
                                    {QStringLiteral("name"), e ? e->name : QString()},
                                    {QStringLiteral("path"), path}});
            }
            const Rule *rule = findRule(f.ruleId);
            QJsonObject o{
                    {QStringLiteral("ruleId"), f.ruleId},
                    {QStringLiteral("severity"), toCode(f.severity)},
                    {QStringLiteral("title"), f.title},
                    {QStringLiteral("message"), f.message},
                    {QStringLiteral("entities"), entities},
                    {QStringLiteral("reference"), f.reference},
                    {QStringLiteral("helpUri"), rule ? rule->helpUri() : QString()},
                    {QStringLiteral("fix"), f.hasFix() ? QJsonValue(f.fix.title) : QJsonValue()},
                    {QStringLiteral("muted"), isMuted}};
            if (isMuted)
                o.insert(QStringLiteral("muteReason"),
                         isMuted ? model.settings().mutedRules.first().reason : QString());
            list.append(o);
        };
        for (const Finding &f : findings)
            add(f, false);
        for (const Finding &f : mutedOnes)
            add(f, true);
        const auto count = [&findings](Severity s) {
            return int(std::count_if(findings.cbegin(), findings.cend(),
                                     [s](const Finding &f) { return f.severity <= s; }));
        };
        const int errors = count(Severity::Error);
        const int warnings = count(Severity::Warning) - errors;
        const QJsonObject root{{QStringLiteral("file"), uri},
                               {QStringLiteral("findings"), list},
                               {QStringLiteral("counts"),
                                QJsonObject{{QStringLiteral("error"), errors},
                                            {QStringLiteral("warning"), warnings},
                                            {QStringLiteral("advice"),
                                             count(Severity::Advice) - errors - warnings},
                                            {QStringLiteral("muted"), int(mutedOnes.size())}}}};
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    };
    const QString uri = QStringLiteral("dir/a \"b\".ecsplan");
    for (const auto &[findings, mutedOnes] :
         {std::pair{Findings{a, b}, Findings{muted}}, std::pair{Findings{b}, Findings{}},
          std::pair{Findings{}, Findings{}}, std::pair{Findings{}, Findings{muted}}}) {
        const QByteArray json = FindingsReport(model, findings, mutedOnes, uri).toJson();
        QCOMPARE(json, expected(findings, mutedOnes, uri));
    }
    // Streamed (check --format json): the same bytes, in pieces of 64 KiB and a finding or so.
    Findings many;
    for (int i = 0; i < 300; ++i)
        many << a << b;
    QList<QByteArray> pieces;
    FindingsReport(model, many, Findings{muted}, uri).writeJson([&pieces](std::string_view text) {
        pieces << QByteArray(text.data(), qsizetype(text.size()));
    });
    QVERIFY(pieces.size() >= 3);
    for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
        QVERIFY(pieces.at(i).size() >= 65536);
        QVERIFY(pieces.at(i).size() < 65536 + 4096);
    }
    QCOMPARE(pieces.join(), expected(many, Findings{muted}, uri));
}

QTEST_GUILESS_MAIN(tst_RulesEngine)
#include "tst_rulesengine.moc"
