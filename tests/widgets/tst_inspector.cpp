#include "catalog/alibabaimport.h"
#include "catalog/catalog.h"
#include "catalog/catalogoverlay.h"
#include "inspector/idsfield.h"
#include "inspector/inspector.h"
#include "inspector/instancetypefield.h"
#include "inspector/propertyfields.h"
#include "inspector/rulesfield.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "sampledesigns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace ecsplan;

Q_DECLARE_METATYPE(ecsplan::Property)

namespace {

/** Region > zones A, B; two instance groups and a disk in A; two scaling groups; a link. */
struct Fixture
{
    Document document;
    EntityId region, zoneA, zoneB, web, api, disk, asg1, asg2, sg, link;

    Fixture()
    {
        auto add = [this](Entity e) {
            const Document::Result result = document.addEntity(e);
            if (!result.ok())
                qWarning("fixture: %s", qPrintable(result.error));
            return result.ids.value(0);
        };
        Entity r = makeEntity(EntityKind::Region, {0, 0});
        r.geometry.setSize({2000, 1000});
        region = add(r);
        Entity z = makeEntity(EntityKind::Zone, {20, 40});
        z.parent = region;
        z.code = QStringLiteral("cn-hangzhou-h");
        z.geometry.setSize({900, 900});
        zoneA = add(z);
        z.code = QStringLiteral("cn-hangzhou-i");
        z.name = QStringLiteral("Zone I");
        z.geometry.moveLeft(1000);
        zoneB = add(z);
        Entity i = makeEntity(EntityKind::InstanceGroup, {40, 80});
        i.parent = zoneA;
        i.name = QStringLiteral("web");
        i.compute.count = 2;
        web = add(i);
        i.name = QStringLiteral("api");
        i.compute.count = 3;
        i.geometry.moveTop(300);
        api = add(i);
        Entity d = makeEntity(EntityKind::Disk, {300, 80});
        d.parent = zoneA;
        d.disk.attachedTo = web;
        disk = add(d);
        Entity s = makeEntity(EntityKind::ScalingGroup, {40, 500});
        s.parent = zoneA;
        s.zones = {zoneA};
        asg1 = add(s);
        s.zones = {};
        s.name = QStringLiteral("workers");
        asg2 = add(s);
        Entity g = makeEntity(EntityKind::SecurityGroup, {1200, 80});
        g.parent = region;
        sg = add(g);
        const Document::Result linked = document.connect(web, api);
        if (!linked.ok())
            qWarning("fixture: %s", qPrintable(linked.error));
        link = linked.ids.value(0);
        // The design as built is where every test starts: an empty history (resetModel keeps
        // the model, ids included, and clears the undo stack).
        document.resetModel(Model(document.model()));
    }
    const Entity &get(EntityId id) const { return *document.model().find(id); }
};

} // namespace

class tst_Inspector : public QObject
{
    Q_OBJECT

private slots:
    void showsPropertiesOfTheKind();
    void editPushesOneCommand_data();
    void editPushesOneCommand();
    void numberTypingMergesIntoOneStep();
    void invalidInputIsRefused_data();
    void invalidInputIsRefused();
    void typedNumbersAreRefusedNotAltered_data();
    void typedNumbersAreRefusedNotAltered();
    void invalidCidrIsRefused_data();
    void invalidCidrIsRefused();
    void multiSelectionEditsAll();
    void rulesTableEdits();
    void multiSelectionTogglesZoneForAll();
    void diskPerformanceFollowsTyping();
    void instanceTypeFilters();
    void instanceTypePickerFollowsZoneAvailability();
    void undoRefreshesTheField();
    void removalDropsSelection();
    void utilisationLines();
};

void tst_Inspector::showsPropertiesOfTheKind()
{
    Fixture f;
    QCOMPARE(f.document.model().size(), 10); // every fixture entity was accepted
    Inspector inspector(&f.document, &Catalog::builtin());
    inspector.setSelection({f.disk});
    QVERIFY(inspector.field(Property::DiskSizeGiB));
    QVERIFY(inspector.field(Property::Name));
    QVERIFY(!inspector.field(Property::Count));
    QVERIFY(!inspector.field(Property::Geometry));
    inspector.setSelection({f.web, f.disk});
    QCOMPARE(inspector.shownProperties(), (QList<Property>{Property::Notes, Property::Owner}));
    inspector.setSelection({});
    QVERIFY(inspector.shownProperties().isEmpty());
}

void tst_Inspector::editPushesOneCommand_data()
{
    QTest::addColumn<int>("which"); // index into the fixture's ids
    QTest::addColumn<Property>("property");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("name") << 0 << Property::Name << QVariant(QStringLiteral("frontend"));
    QTest::newRow("count") << 0 << Property::Count << QVariant(7);
    QTest::newRow("billing") << 0 << Property::Billing
                             << QVariant::fromValue(BillingModel::Subscription1Year);
    QTest::newRow("tags") << 0 << Property::Tags
                          << QVariant(QStringList{QStringLiteral("production"),
                                                  QStringLiteral("jvm")});
    QTest::newRow("instance type")
            << 0 << Property::InstanceType << QVariant(QStringLiteral("ecs.c8i.2xlarge"));
    QTest::newRow("disk size") << 1 << Property::DiskSizeGiB << QVariant(400);
    QTest::newRow("disk level") << 1 << Property::DiskLevel << QVariant(QStringLiteral("PL0"));
    QTest::newRow("delete with instance") << 1 << Property::DeleteWithInstance << QVariant(false);
    QTest::newRow("attached to") << 1 << Property::AttachedTo
                                 << QVariant::fromValue(EntityId::None);
    QTest::newRow("link GB/month") << 2 << Property::LinkGbPerMonth << QVariant(1250.5);
    QTest::newRow("link read share") << 2 << Property::LinkReadFraction << QVariant(0.35);
    QTest::newRow("link path") << 2 << Property::LinkPath << QVariant::fromValue(LinkPath::Cen);
    QTest::newRow("max size") << 3 << Property::MaxSize << QVariant(9);
}

/** Edits `field` the way a user would, to `value`. */
static void userEdit(PropertyField *field, const QVariant &value)
{
    if (auto *f = qobject_cast<IntField *>(field)) {
        f->spinBox()->setValue(value.toInt());
    } else if (auto *d = qobject_cast<DoubleField *>(field)) {
        d->spinBox()->setValue(value.toDouble());
    } else if (auto *b = qobject_cast<BoolField *>(field)) {
        if (b->checkBox()->isChecked() != value.toBool())
            b->checkBox()->click();
    } else if (auto *c = qobject_cast<ChoiceField *>(field)) {
        const int index = c->comboBox()->findData(value);
        QVERIFY2(index >= 0, qPrintable(value.toString()));
        c->comboBox()->setCurrentIndex(index);
        emit c->comboBox()->activated(index);
    } else if (auto *t = qobject_cast<InstanceTypeField *>(field)) {
        t->comboBox()->setEditText(value.toString());
        emit t->comboBox()->lineEdit()->editingFinished();
    } else if (auto *s = qobject_cast<StringListField *>(field)) {
        s->lineEdit()->setText(value.toStringList().join(QStringLiteral(" , ")));
        emit s->lineEdit()->editingFinished();
    } else if (auto *l = qobject_cast<TextField *>(field)) {
        l->lineEdit()->clear();
        QTest::keyClicks(l->lineEdit(), value.toString());
        QTest::keyClick(l->lineEdit(), Qt::Key_Return);
    } else {
        QFAIL("no way to edit this field");
    }
}

void tst_Inspector::editPushesOneCommand()
{
    QFETCH(int, which);
    QFETCH(Property, property);
    QFETCH(QVariant, value);
    Fixture f;
    const EntityId id = QList<EntityId>{f.web, f.disk, f.link, f.asg1}.at(which);
    Inspector inspector(&f.document, &Catalog::builtin());
    inspector.setSelection({id});
    PropertyField *field = inspector.field(property);
    QVERIFY(field);
    QVERIFY(propertyValue(f.get(id), property) != value);

    userEdit(field, value);
    QCOMPARE(f.document.undoStack()->count(), 1);
    QCOMPARE(propertyValue(f.get(id), property), value);
    QCOMPARE(field->error(), QString());
    f.document.undo();
    QVERIFY(propertyValue(f.get(id), property) != value);
}

void tst_Inspector::numberTypingMergesIntoOneStep()
{
    Fixture f;
    Inspector inspector(&f.document, &Catalog::builtin());
    inspector.setSelection({f.disk});
    auto *size = qobject_cast<IntField *>(inspector.field(Property::DiskSizeGiB));
    QVERIFY(size);
    size->spinBox()->selectAll();
    QTest::keyClicks(size->spinBox(), QStringLiteral("1500"));
    QCOMPARE(f.get(f.disk).disk.sizeGiB, 1500);
    QCOMPARE(f.document.undoStack()->count(), 1);
    f.document.undo();
    QCOMPARE(f.get(f.disk).disk.sizeGiB, 100);
}

void tst_Inspector::invalidInputIsRefused_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<Property>("property");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty name") << 0 << Property::Name << QVariant(QString())
                                << "The name must not be empty.";
    QTest::newRow("duplicate name") << 0 << Property::Name << QVariant(QStringLiteral("api"))
                                    << "Another ECS instances is already named \"api\".";
    QTest::newRow("min above max") << 3 << Property::MinSize << QVariant(7)
                                   << "The minimum size (7) must not exceed the maximum size (6).";
    QTest::newRow("desired outside")
            << 3 << Property::DesiredSize << QVariant(8)
            << "The desired size (8) must be between the minimum (2) and the maximum (6).";
    QTest::newRow("empty type") << 0 << Property::InstanceType << QVariant(QStringLiteral(" "))
                                << "Choose an instance type.";
}

void tst_Inspector::invalidInputIsRefused()
{
    QFETCH(int, which);
    QFETCH(Property, property);
    QFETCH(QVariant, value);
    QFETCH(QString, reason);
    Fixture f;
    const EntityId id = QList<EntityId>{f.web, f.disk, f.link, f.asg1}.at(which);
    Inspector inspector(&f.document, &Catalog::builtin());
    QSignalSpy refused(&inspector, &Inspector::editRefused);
    inspector.setSelection({id});
    const QVariant before = propertyValue(f.get(id), property);
    PropertyField *field = inspector.field(property);
    QVERIFY(field);
    if (auto *t = qobject_cast<InstanceTypeField *>(field)) {
        // The picker ignores an empty entry; drive the commit path directly with blanks.
        emit t->edited(value, false);
    } else {
        userEdit(field, value);
    }
    QCOMPARE(f.document.undoStack()->count(), 0);
    QCOMPARE(propertyValue(f.get(id), property), before);
    QCOMPARE(field->error(), reason);
    QCOMPARE(field->editor()->toolTip(), reason);
    QVERIFY(field->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisibleTo(field));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().first().toString(), reason);
}

void tst_Inspector::typedNumbersAreRefusedNotAltered_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<Property>("property");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QVariant>("kept"); ///< the model's value afterwards
    QTest::addColumn<QString>("reason");
    // Numbers in reasons follow the user's locale (group separators).
    const auto n = [](qint64 v) {
        return QLocale().toString(v);
    };
    // Before, QSpinBox dropped the "-" (5 GiB was committed) and the digits past its maximum.
    QTest::newRow("negative disk size")
            << 1 << Property::DiskSizeGiB << "-5" << QVariant(100)
            << QStringLiteral("Size must be between 1 and %1, not %2.").arg(n(65536), n(-5));
    // Typing commits as it goes while the number fits (one merged undo step): 9999 is the last
    // number that did; what follows is refused with the reason, and the box keeps the text.
    QTest::newRow("disk size past the maximum")
            << 1 << Property::DiskSizeGiB << "99999999999" << QVariant(9999)
            << QStringLiteral("Size must be between 1 and %1, not %2.")
                       .arg(n(65536), n(99999999999LL));
    QTest::newRow("count past the maximum")
            << 0 << Property::Count << "5000" << QVariant(500)
            << QStringLiteral("Instances must be between 1 and %1, not %2.").arg(n(2000), n(5000));
    QTest::newRow("count not whole") << 0 << Property::Count << "2.5" << QVariant(2)
                                     << QStringLiteral("Instances must be a whole number.");
    QTest::newRow("negative transfer")
            << 2 << Property::LinkGbPerMonth << "-5" << QVariant(0.0)
            << QStringLiteral("Transfer must be between 0 and %1, not %2.")
                       .arg(n(1000000000000LL), n(-5));
}

void tst_Inspector::typedNumbersAreRefusedNotAltered()
{
    QFETCH(int, which);
    QFETCH(Property, property);
    QFETCH(QString, typed);
    QFETCH(QVariant, kept);
    QFETCH(QString, reason);
    Fixture f;
    const EntityId id = QList<EntityId>{f.web, f.disk, f.link, f.asg1}.at(which);
    Inspector inspector(&f.document, &Catalog::builtin());
    inspector.setSelection({id});
    PropertyField *field = inspector.field(property);
    QAbstractSpinBox *box = nullptr;
    if (auto *i = qobject_cast<IntField *>(field))
        box = i->spinBox();
    else if (auto *d = qobject_cast<DoubleField *>(field))
        box = d->spinBox();
    QVERIFY(box);
    box->selectAll();
    QTest::keyClicks(box, typed);
    QCOMPARE(field->error(), reason);
    QVERIFY(box->text().contains(typed)); // nothing dropped from what was typed
    QCOMPARE(propertyValue(f.get(id), property), kept);
    // A valid number afterwards clears the reason.
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("7"));
    QCOMPARE(field->error(), QString());
    QCOMPARE(propertyValue(f.get(id), property).toInt(), 7);
}

void tst_Inspector::invalidCidrIsRefused_data()
{
    QTest::addColumn<bool>("zone");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not a block") << true << "hello/99"
                                 << "\"hello/99\" is not an IPv4 CIDR block such as 10.0.0.0/16.";
    QTest::newRow("vSwitch too small")
            << true << "10.0.1.0/30"
            << "10.0.1.0/30 is smaller than a vSwitch block may be (/16 to /29).";
    QTest::newRow("public VPC")
            << false << "8.8.0.0/16"
            << "8.8.0.0/16 is a public address range; use a private one (10.0.0.0/8, "
               "172.16.0.0/12 or 192.168.0.0/16).";
    QTest::newRow("host bits") << false << "10.0.0.1/16"
                               << "10.0.0.1/16 has host bits set; the block it lies in is "
                                  "10.0.0.0/16.";
}

void tst_Inspector::invalidCidrIsRefused()
{
    QFETCH(bool, zone);
    QFETCH(QString, typed);
    QFETCH(QString, reason);
    Fixture f;
    const EntityId id = zone ? f.zoneA : f.region;
    const QString before = f.get(id).cidr;
    Inspector inspector(&f.document, &Catalog::builtin());
    inspector.setSelection({id});
    PropertyField *field = inspector.field(Property::Cidr);
    QVERIFY(field);
    userEdit(field, typed);
    QCOMPARE(field->error(), reason);
    QCOMPARE(f.get(id).cidr, before);
    QCOMPARE(f.document.undoStack()->count(), 0);
    userEdit(field, zone ? QStringLiteral("10.0.1.0/24") : QStringLiteral("10.0.0.0/16"));
    QCOMPARE(field->error(), QString());
}

void tst_Inspector::multiSelectionEditsAll()
{
    Fixture f;
    Inspector inspector(&f.document, &Catalog::builtin());
    inspector.setSelection({f.web, f.api});
    QVERIFY(!inspector.field(Property::Name));
    auto *count = qobject_cast<IntField *>(inspector.field(Property::Count));
    QVERIFY(count);
    QVERIFY(count->isMixed());
    QCOMPARE(count->spinBox()->text(), QStringLiteral("(mixed values)"));
    auto *billing = qobject_cast<ChoiceField *>(inspector.field(Property::Billing));
    QVERIFY(!billing->isMixed());

    count->spinBox()->setValue(5);
    QCOMPARE(f.document.undoStack()->count(), 1);
    QCOMPARE(f.get(f.web).compute.count, 5);
    QCOMPARE(f.get(f.api).compute.count, 5);
    QVERIFY(!count->isMixed());
    f.document.undo();
    QCOMPARE(f.get(f.web).compute.count, 2);
    QCOMPARE(f.get(f.api).compute.count, 3);
    QVERIFY(count->isMixed());
}

void tst_Inspector::rulesTableEdits()
{
    Fixture f;
    Inspector inspector(&f.document, &Catalog::builtin());
    inspector.setSelection({f.sg});
    auto *rules = qobject_cast<RulesField *>(inspector.field(Property::Rules));
    QVERIFY(rules);
    QTableWidget *table = rules->table();
    QCOMPARE(table->rowCount(), 1);
    table->item(0, RulesField::Ports)->setText(QStringLiteral("8000-8080"));
    QCOMPARE(f.document.undoStack()->count(), 1);
    QCOMPARE(f.get(f.sg).rules.first().portFrom, 8000);
    QCOMPARE(f.get(f.sg).rules.first().portTo, 8080);

    table->item(0, RulesField::Ports)->setText(QStringLiteral("http"));
    QCOMPARE(f.document.undoStack()->count(), 1);
    QCOMPARE(rules->error(),
             QStringLiteral(
                     "Rule 1: ports \"http\" are not a port, a range like 8000-8080, or \"all\"."));
    table->item(0, RulesField::Ports)->setText(QStringLiteral("9000-100"));
    QCOMPARE(f.document.undoStack()->count(), 1);
    QCOMPARE(rules->error(),
             QStringLiteral(
                     "Port range 9000/100 is not valid (0-65535, from <= to, or -1/-1 for all)."));
    table->item(0, RulesField::Cidr)->setText(QStringLiteral("10.0.0.0/33"));
    QCOMPARE(rules->error(),
             QStringLiteral("Rule 1: \"10.0.0.0/33\" is not an IPv4 CIDR block like 10.0.0.0/8."));
    table->item(0, RulesField::Cidr)->setText(QStringLiteral("10.0.0.0/8"));
    table->item(0, RulesField::Ports)->setText(QStringLiteral("22"));
    QCOMPARE(rules->error(), QString());
    QCOMPARE(f.document.undoStack()->count(), 2);
    QCOMPARE(f.get(f.sg).rules.first().cidr, QStringLiteral("10.0.0.0/8"));

    rules->addRule();
    QCOMPARE(f.document.undoStack()->count(), 3);
    QCOMPARE(f.get(f.sg).rules.size(), 2);
    table->selectRow(0);
    rules->removeSelectedRules();
    QCOMPARE(f.document.undoStack()->count(), 4);
    QCOMPARE(f.get(f.sg).rules, SecurityRules{SecurityRule{}});
}

void tst_Inspector::multiSelectionTogglesZoneForAll()
{
    Fixture f;
    Inspector inspector(&f.document, &Catalog::builtin());
    inspector.setSelection({f.asg1, f.asg2});
    auto *zones = qobject_cast<IdsField *>(inspector.field(Property::Zones));
    QVERIFY(zones);
    QListWidget *list = zones->listWidget();
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->checkState(), Qt::PartiallyChecked); // zone A: asg1 only
    QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
    list->item(1)->setCheckState(Qt::Checked);
    QCOMPARE(f.document.undoStack()->count(), 1);
    QCOMPARE(f.get(f.asg1).zones, (EntityIds{f.zoneA, f.zoneB}));
    QCOMPARE(f.get(f.asg2).zones, (EntityIds{f.zoneB}));
    QCOMPARE(list->item(1)->checkState(), Qt::Checked);
}

void tst_Inspector::diskPerformanceFollowsTyping()
{
    Fixture f;
    Inspector inspector(&f.document, &Catalog::builtin());
    inspector.setSelection({f.disk});
    // ESSD PL1: min(1800 + 50 × GiB, 50000) IOPS, min(120 + 0.5 × GiB, 350) MB/s.
    QCOMPARE(inspector.diskPerformanceText(), QStringLiteral("→ 6,800 IOPS · 170 MB/s"));
    auto *size = qobject_cast<IntField *>(inspector.field(Property::DiskSizeGiB));
    size->spinBox()->setValue(400);
    QCOMPARE(inspector.diskPerformanceText(), QStringLiteral("→ 21,800 IOPS · 320 MB/s"));
    userEdit(inspector.field(Property::DiskLevel), QStringLiteral("PL2"));
    QVERIFY2(inspector.diskPerformanceText().contains(
                     QStringLiteral("cloud_essd PL2 needs 461–65,536 GiB.")),
             qPrintable(inspector.diskPerformanceText()));
}

void tst_Inspector::instanceTypeFilters()
{
    Fixture f;
    const Catalog &catalog = Catalog::builtin();
    Inspector inspector(&f.document, &catalog);
    inspector.setSelection({f.web});
    auto *picker = qobject_cast<InstanceTypeField *>(inspector.field(Property::InstanceType));
    QVERIFY(picker);
    QCOMPARE(picker->listedTypes().size(), catalog.instanceTypes().size());
    picker->setFamilyFilter(QStringLiteral("g8i"));
    picker->setMinimumVcpu(8);
    const QStringList listed = picker->listedTypes();
    QVERIFY(!listed.isEmpty());
    for (const QString &id : listed) {
        const InstanceTypeSpec *t = catalog.instanceType(id);
        QVERIFY(t);
        QCOMPARE(t->family, QStringLiteral("g8i"));
        QVERIFY2(t->vcpu >= 8, qPrintable(id));
    }
    QVERIFY(!listed.contains(QStringLiteral("ecs.g8i.large")));
    picker->setArchitecture(QStringLiteral("arm64"));
    QVERIFY(picker->listedTypes().isEmpty()); // g8i is x86 only
}

void tst_Inspector::instanceTypePickerFollowsZoneAvailability()
{
    // The catalog overlay of tests/data/catalog-import/good: cn-hangzhou-h offers ecs.g7.large
    // and ecs.g8i.large (ecs.c8i.large is sold out there), cn-hangzhou-i ecs.c8i.large and
    // ecs.g8i.large.
    QStringList errors;
    const auto overlay = AlibabaImport::importDirectory(
            QStringLiteral(ECSPLAN_TEST_DATA "/catalog-import/good"), Catalog::builtin(), &errors);
    QVERIFY2(overlay, qPrintable(errors.join(QLatin1Char('\n'))));
    auto catalog = Catalog::builtin().clone();
    QVERIFY(catalog->applyOverlay(*overlay, QStringLiteral("overlay.json"), &errors));

    Fixture f; // web is in zone A, cn-hangzhou-h
    Inspector inspector(&f.document, catalog.get());
    inspector.setSelection({f.web});
    auto *picker = qobject_cast<InstanceTypeField *>(inspector.field(Property::InstanceType));
    QVERIFY(picker);
    QStringList listed = picker->listedTypes();
    listed.sort();
    QCOMPARE(listed,
             (QStringList{QStringLiteral("ecs.g7.large"), QStringLiteral("ecs.g8i.large")}));
    auto *onlyOffered = picker->findChild<QCheckBox *>();
    QVERIFY(onlyOffered);
    QVERIFY(!onlyOffered->isHidden());
    QCOMPARE(onlyOffered->text(), QStringLiteral("Only types offered in cn-hangzhou-h"));
    const int all = int(catalog->instanceTypes().size());
    bool summaryFound = false;
    for (const QLabel *label : picker->findChildren<QLabel *>()) {
        if (label->text()
            == QStringLiteral("2 type(s) match; %1 more not offered in the zone").arg(all - 2))
            summaryFound = true;
    }
    QVERIFY(summaryFound);

    // The escape: every type, offered or not.
    onlyOffered->setChecked(false);
    QCOMPARE(picker->listedTypes().size(), all);
    QVERIFY(picker->listedTypes().contains(QStringLiteral("ecs.c8i.large")));
    onlyOffered->setChecked(true);
    QCOMPARE(picker->listedTypes().size(), 2);

    // A scaling group over both zones lists what both offer.
    f.document.setProperty({f.asg2}, Property::Zones,
                           QVariant::fromValue(EntityIds{f.zoneA, f.zoneB}));
    inspector.setSelection({f.asg2});
    picker = qobject_cast<InstanceTypeField *>(inspector.field(Property::InstanceType));
    QVERIFY(picker);
    QCOMPARE(picker->listedTypes(), QStringList{QStringLiteral("ecs.g8i.large")});

    // Without the overlay nothing is known about the zones: no filter, every type.
    Inspector plain(&f.document, &Catalog::builtin());
    plain.setSelection({f.web});
    auto *unfiltered = qobject_cast<InstanceTypeField *>(plain.field(Property::InstanceType));
    QVERIFY(unfiltered);
    QVERIFY(unfiltered->findChild<QCheckBox *>()->isHidden());
    QCOMPARE(unfiltered->listedTypes().size(), all);
}

void tst_Inspector::undoRefreshesTheField()
{
    Fixture f;
    Inspector inspector(&f.document, &Catalog::builtin());
    inspector.setSelection({f.web});
    auto *name = qobject_cast<TextField *>(inspector.field(Property::Name));
    userEdit(name, QStringLiteral("frontend"));
    QCOMPARE(name->lineEdit()->text(), QStringLiteral("frontend"));
    f.document.undo();
    QCOMPARE(name->lineEdit()->text(), QStringLiteral("web"));
}

void tst_Inspector::removalDropsSelection()
{
    Fixture f;
    Inspector inspector(&f.document, &Catalog::builtin());
    inspector.setSelection({f.web, f.api});
    f.document.removeEntities({f.api});
    QCOMPARE(inspector.selection(), EntityIds{f.web});
    QVERIFY(inspector.field(Property::Name));
}

/**
 * The Scenario A gateway: one line per resource with its utilisation and figures, the formula
 * in its tooltip; an edit that changes the demand updates the lines.
 */
void tst_Inspector::utilisationLines()
{
    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("api-gateway-20k")));
    MetricsEngine engine(&document, &Catalog::builtin());
    Inspector inspector(&document, &Catalog::builtin());
    inspector.setMetricsEngine(&engine);
    EntityId gateway = EntityId::None;
    for (EntityId id : document.model().ids()) {
        if (document.model().find(id)->name == QLatin1String("gateway"))
            gateway = id;
    }
    QVERIFY(isValid(gateway));
    inspector.setSelection({gateway});
    const QStringList lines = inspector.utilisationLines();
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).contains(QStringLiteral("Demand against capacity")));
    QCOMPARE(lines.at(1), QStringLiteral("Network bandwidth: 112 % (4.48 of 4)"));
    QCOMPARE(lines.at(2), QStringLiteral("Packets per second: 62 % (1,360,000 of 2,200,000)"));
    const auto labels = inspector.findChild<QWidget *>(QStringLiteral("utilisation"))
                                ->findChildren<QLabel *>();
    QVERIFY2(labels.at(1)->toolTip().contains(QStringLiteral("4.48 / (2 × 2 Gbit/s per instance)")),
             qPrintable(labels.at(1)->toolTip()));

    // Four instances: half the utilisation, shown after the metrics flush.
    QVERIFY(document.setProperty({gateway}, Property::DesiredSize, 4).ok()); // a scaling group
    engine.flush();
    QCOMPARE(inspector.utilisationLines().at(1),
             QStringLiteral("Network bandwidth: 56 % (4.48 of 8)"));

    // Components without demand show no section.
    inspector.setSelection({});
    QVERIFY(inspector.utilisationLines().isEmpty());
}

QTEST_MAIN(tst_Inspector)
#include "tst_inspector.moc"
