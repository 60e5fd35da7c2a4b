// Document verbs that edit values: setProperty (checks, merging of typed edits, a new
// parent detaching disks), setProperties and setSettings.
// The fixture and CHECK_STACK: tests/support/commandfixture.h.

#include "commandfixture.h"

#include <QLocale>
#include <QTest>

using namespace ecsplan;
using namespace ecsplan::test::commands;

class tst_CommandsProperty : public DocumentTest
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init() { setUpDocument(); }
    void cleanup() { tearDownDocument(); }

    void setProperty();
    void setPropertyRefused_data();
    void setPropertyRefused();
    void setPropertyMerges();
    void setPropertyMergeBackIsObsolete();
    void setPropertyDoesNotMergeAcrossIdsOrPlainEdits();
    void setParentDetachesDisksInOneStep();
    void setProperties();
    void setSettings();
};

void tst_CommandsProperty::setProperty()
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

    doc.undo();
    CHECK_STACK(doc, 1, 0, true, "", "Change Instance type");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Changed 7,10 instanceType")});
    QCOMPARE(DesignJson::write(doc.model()), m_original);
}

void tst_CommandsProperty::setPropertyRefused_data()
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

void tst_CommandsProperty::setPropertyRefused()
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

void tst_CommandsProperty::setPropertyMerges()
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
    doc.undo();
    CHECK_STACK(doc, 1, 0, true, "", "Change Name");
    QCOMPARE(events(*m_spy), QStringList{QStringLiteral("Changed 7,17,19 name")});
    QCOMPARE(doc.model().find(id(Web))->name, QStringLiteral("web"));
    QCOMPARE(doc.model().find(id(LbToWeb))->name, QStringLiteral("alb → web"));
    doc.redo();
    QCOMPARE(doc.model().find(id(Web))->name, QStringLiteral("web-1"));
}

void tst_CommandsProperty::setPropertyMergeBackIsObsolete()
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

void tst_CommandsProperty::setPropertyDoesNotMergeAcrossIdsOrPlainEdits()
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
        doc.undo();
    QCOMPARE(DesignJson::write(doc.model()), m_original);
}

void tst_CommandsProperty::setParentDetachesDisksInOneStep()
{
    Document &doc = *m_document;
    QVERIFY(doc.setProperty({id(Web)}, Property::Parent, v(id(ZoneB))).ok());
    CHECK_STACK(doc, 1, 1, false, "Change Placed in", "");
    QCOMPARE(events(*m_spy),
             (QStringList{QStringLiteral("Changed 7 parent"),
                          QStringLiteral("Changed 8 attachedTo")}));
    QCOMPARE(doc.model().find(id(Disk))->disk.attachedTo, EntityId::None);
    doc.undo();
    QCOMPARE(DesignJson::write(doc.model()), m_original);
    QCOMPARE(doc.model().disksAttachedTo(id(Web)), ids({Disk}));
}

void tst_CommandsProperty::setProperties()
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
    doc.undo();
    doc.undo();
    QCOMPARE(DesignJson::write(doc.model()), m_original);
}

void tst_CommandsProperty::setSettings()
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

    doc.undo();
    doc.undo();
    QCOMPARE(events(*m_spy),
             (QStringList{QStringLiteral("SettingsChanged"), QStringLiteral("SettingsChanged")}));
    QCOMPARE(doc.model().settings(), DesignSettings());

    // The spot discount is a design setting like the others: one undo step.
    settings = doc.model().settings();
    QCOMPARE(settings.spotDiscount, DefaultSpotDiscount);
    settings.spotDiscount = 0.55;
    QVERIFY(doc.setSettings(settings).ok());
    QCOMPARE(doc.model().settings().spotDiscount, 0.55);
    doc.undo();
    QCOMPARE(doc.model().settings().spotDiscount, DefaultSpotDiscount);
}

QTEST_GUILESS_MAIN(tst_CommandsProperty)
#include "tst_commandsproperty.moc"
