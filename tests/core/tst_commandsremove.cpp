// Document::removeEntities: what goes with an entity (content, links, references, mutes)
// and how undo restores all of it.
// The fixture and CHECK_STACK: tests/support/commandfixture.h.

#include "commandfixture.h"

#include <QLocale>
#include <QTest>

using namespace ecsplan;
using namespace ecsplan::test::commands;

class tst_CommandsRemove : public DocumentTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init() { setUpDocument(); }
    void cleanup() { tearDownDocument(); }

    void removeZoneRestoresEverything();
    void removeClearsSecurityGroupsAndAttachments();
    void removeDropsMutedRules();
    void removeNothing();
};

void tst_CommandsRemove::removeZoneRestoresEverything()
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

    doc.undo();
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

    doc.redo();
    CHECK_STACK(doc, 1, 1, false, "Remove \"Zone A\" with 3 component(s) and 2 link(s)", "");
    QCOMPARE(DesignJson::write(m), removed);
}

void tst_CommandsRemove::removeClearsSecurityGroupsAndAttachments()
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
    doc.undo();
    QCOMPARE(DesignJson::write(doc.model()), m_original);
    QCOMPARE(doc.model().disksAttachedTo(id(Asg)), ids({Disk2}));
}

void tst_CommandsRemove::removeDropsMutedRules()
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
    doc.undo();
    QCOMPARE(DesignJson::write(doc.model()), before);
}

void tst_CommandsRemove::removeNothing()
{
    QCOMPARE(m_document->removeEntities({id(99)}).error, QStringLiteral("Nothing to remove."));
    QCOMPARE(m_document->removeEntities({}).error, QStringLiteral("Nothing to remove."));
    CHECK_STACK(*m_document, 0, 0, true, "", "");
    QCOMPARE(events(*m_spy), QStringList());
}

QTEST_GUILESS_MAIN(tst_CommandsRemove)
#include "tst_commandsremove.moc"
