// The findings dock and the what-if panel on the samples.

#include "catalog/catalog.h"
#include "findings/findingsdock.h"
#include "findings/mutedialog.h"
#include "findings/whatifpanel.h"
#include "model/document.h"
#include "rules/rulesengine.h"
#include "sampledesigns.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

using namespace ecsplan;

namespace {

QStringList ids(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.ruleId;
    return out;
}

} // namespace

class tst_FindingsDock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void groupsBySeverity();
    void selectingSelectsComponents();
    void fixIsOneUndoStep();
    void filters();
    void muteAndUnmute();
    void muteDialogNeedsReason();
    void badges();
    void whatIfZoneDrill();
    void whatIfBilling();
    void whatIfTraffic();
    void whatIfTrafficIdleBehindAnotherTab();

private:
    Document *m_document = nullptr;
    RulesEngine *m_rules = nullptr;
    FindingsDock *m_dock = nullptr;
};

void tst_FindingsDock::init()
{
    m_document = new Document;
    m_document->resetModel(test::sampleDesign(QStringLiteral("media-company")));
    m_rules = new RulesEngine(m_document, nullptr, &Catalog::builtin());
    m_dock = new FindingsDock(m_document, m_rules);
}

void tst_FindingsDock::cleanup()
{
    delete m_dock;
    delete m_rules;
    delete m_document;
}

void tst_FindingsDock::groupsBySeverity()
{
    const QAbstractItemModel *tree = m_dock->findChild<QTreeView *>()->model();
    QCOMPARE(tree->rowCount(), 2);
    QCOMPARE(tree->index(0, 0).data().toString(), QStringLiteral("Warning (1)"));
    QCOMPARE(tree->index(1, 0).data().toString(), QStringLiteral("Advice (2)"));
    const QModelIndex warnings = tree->index(0, 0);
    QCOMPARE(tree->index(0, 1, warnings).data().toString(), QStringLiteral("ECS008"));
    QCOMPARE(tree->index(0, 2, warnings).data().toString(), QStringLiteral("web-b → media-cache"));
    QCOMPARE(ids(m_dock->shownFindings()),
             (QStringList{QStringLiteral("ECS008"), QStringLiteral("ECS017"),
                          QStringLiteral("ECS017")}));
}

void tst_FindingsDock::selectingSelectsComponents()
{
    QSignalSpy spy(m_dock, &FindingsDock::selectEntities);
    const Finding f = m_dock->shownFindings().first();
    QVERIFY(m_dock->selectFinding(f.key()));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<EntityIds>(), f.entities);
    QCOMPARE(m_dock->currentFinding()->key(), f.key());
}

void tst_FindingsDock::fixIsOneUndoStep()
{
    QVERIFY(m_dock->selectFinding(m_dock->shownFindings().first().key()));
    QPushButton *fixButton = nullptr;
    for (QPushButton *b : m_dock->findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("Fix"))
            fixButton = b;
    }
    QVERIFY(fixButton && fixButton->isEnabled());
    fixButton->click();
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(ids(m_dock->shownFindings()),
             (QStringList{QStringLiteral("ECS017"), QStringLiteral("ECS017")}));
    m_document->undo();
    QCOMPARE(ids(m_dock->shownFindings()).first(), QStringLiteral("ECS008"));
}

void tst_FindingsDock::filters()
{
    m_dock->setSeverityFilter(Severity::Warning);
    QCOMPARE(ids(m_dock->shownFindings()), QStringList{QStringLiteral("ECS008")});
    m_dock->setSeverityFilter(Severity::Error);
    QCOMPARE(m_dock->shownFindings().size(), 0);
    m_dock->setSeverityFilter(std::nullopt);
    m_dock->setTextFilter(QStringLiteral("web-a"));
    QCOMPARE(m_dock->shownFindings().size(), 1);
    QCOMPARE(m_dock->shownFindings().first().ruleId, QStringLiteral("ECS017"));
    m_dock->setTextFilter(QStringLiteral("arm"));
    QCOMPARE(m_dock->shownFindings().size(), 2);
    m_dock->setTextFilter(QString());
    QCOMPARE(m_dock->shownFindings().size(), 3);
}

void tst_FindingsDock::muteAndUnmute()
{
    const Finding f = m_dock->shownFindings().first();
    QVERIFY(m_dock->selectFinding(f.key()));
    QCOMPARE(m_dock->muteCurrent(QStringLiteral("Replica planned"), false), QString());
    QCOMPARE(m_dock->shownFindings().size(), 2);
    QCOMPARE(m_document->model().settings().mutedRules.first().reason,
             QStringLiteral("Replica planned"));

    m_dock->setShowMuted(true);
    QCOMPARE(m_dock->shownFindings().size(), 3);
    QVERIFY(m_dock->selectFinding(f.key()));
    QCOMPARE(m_dock->unmuteCurrent(), QString());
    QVERIFY(m_document->model().settings().mutedRules.isEmpty());
    m_document->undo(); // the unmute
    QCOMPARE(m_document->model().settings().mutedRules.size(), 1);
}

void tst_FindingsDock::muteDialogNeedsReason()
{
    MuteDialog dialog(m_dock->shownFindings().first());
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QLineEdit *>()->setText(QStringLiteral("  "));
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QLineEdit *>()->setText(QStringLiteral(" accepted risk "));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.reason(), QStringLiteral("accepted risk"));
    QVERIFY(!dialog.wholeDesign());
    dialog.findChild<QCheckBox *>()->setChecked(true);
    QVERIFY(dialog.wholeDesign());
}

void tst_FindingsDock::badges()
{
    QSignalSpy spy(m_dock, &FindingsDock::badgesChanged);
    const Finding f = m_dock->shownFindings().first();
    QVERIFY(m_dock->selectFinding(f.key()));
    QCOMPARE(m_dock->fixCurrent(), QString());
    QVERIFY(spy.count() >= 1); // once per document change inside the fix
    const auto levels = spy.last().first().value<SeverityByEntity>();
    const EntityId webA = m_document->model()
                                  .findByName(EntityKind::InstanceGroup, QStringLiteral("web-a"))
                                  ->id;
    QCOMPARE(levels.value(webA, Severity::Error), Severity::Advice); // advice only
    QVERIFY(!levels.contains(f.entities.first())); // the fixed link has no finding left
    m_document->undo();
    QCOMPARE(m_rules->worstSeverities().value(f.entities.first()), Severity::Warning); // again
}

void tst_FindingsDock::whatIfZoneDrill()
{
    WhatIfPanel panel(m_document, &Catalog::builtin());
    QSignalSpy spy(&panel, &WhatIfPanel::greyOut);
    const EntityId zoneA
            = m_document->model().findByName(EntityKind::Zone, QStringLiteral("Zone A"))->id;
    panel.setFailedContainer(zoneA);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<EntityIds>(),
             EntityIds{zoneA} + m_document->model().descendantsOf(zoneA));
    QTableWidget *table = panel.drillTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("media-cache"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("none — lost"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("web"));
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("50%"));
    QVERIFY(panel.drillSummary().startsWith(QStringLiteral("Loses all capacity: media-cache.")));
    panel.setFailedContainer(EntityId::None);
    QCOMPARE(spy.count(), 2);
    QVERIFY(spy.last().first().value<EntityIds>().isEmpty());
    // It follows the document: removing zone A's web group leaves one tier member.
    panel.setFailedContainer(zoneA);
    const EntityId webA = m_document->model()
                                  .findByName(EntityKind::InstanceGroup, QStringLiteral("web-a"))
                                  ->id;
    QVERIFY(m_document->removeEntities({webA}).ok());
    QCOMPARE(panel.drillTable()->item(1, 2)->text(), QStringLiteral("4"));
    QCOMPARE(panel.drillTable()->item(1, 4)->text(), QStringLiteral("100%"));
}

void tst_FindingsDock::whatIfBilling()
{
    WhatIfPanel panel(m_document, &Catalog::builtin());
    QCOMPARE(panel.billingTable()->rowCount(), 0); // computed when shown
    panel.show();
    QTableWidget *table = panel.billingTable();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("web-a"));
    QCOMPARE(table->item(0, 4)->text(), displayName(BillingModel::SavingsPlan));
    QVERIFY(panel.billingSummary().startsWith(QStringLiteral("As drawn CNY 6,111.56 per month")));
}

/**
 * Traffic × k on Scenario A: one row per step (1, 2, 4), the gateway breaking first with the
 * cheapest change, the summary naming the first break; an edit recomputes it while shown.
 */
void tst_FindingsDock::whatIfTraffic()
{
    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("api-gateway-20k")));
    WhatIfPanel panel(&document, &Catalog::builtin());
    panel.show();
    panel.setTrafficFactor(4);
    QTableWidget *table = panel.trafficTable();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("× 1"));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("× 4"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("gateway (network bandwidth)"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("gateway 112 %"));
    QVERIFY2(table->item(0, 3)->text().startsWith(QStringLiteral("gateway → ")),
             qPrintable(table->item(0, 3)->text()));
    QVERIFY(panel.trafficSummary().startsWith(
            QStringLiteral("First break at × 1: gateway (network bandwidth).")));
    QVERIFY(panel.trafficSummary().contains(QStringLiteral("Carrying × 4 costs")));

    // Four gateways carry today's peak: the first break moves to × 2.
    EntityId gateway = EntityId::None;
    for (EntityId id : document.model().ids()) {
        if (document.model().find(id)->name == QLatin1String("gateway"))
            gateway = id;
    }
    QVERIFY(document.setProperty({gateway}, Property::DesiredSize, 4).ok());
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("nothing"));
    QVERIFY(panel.trafficSummary().startsWith(QStringLiteral("First break at × 2: gateway")));
}

/**
 * In a dock behind another dock's tab the panel is "visible" to Qt (parked outside the window)
 * but cannot be seen: the traffic table (the design re-priced at every step) and the billing
 * table wait until its tab is raised.
 */
void tst_FindingsDock::whatIfTrafficIdleBehindAnotherTab()
{
    Document document;
    QMainWindow window;
    window.setCentralWidget(new QWidget);
    auto *other = new QDockWidget(QStringLiteral("Other"), &window);
    other->setObjectName(QStringLiteral("other"));
    other->setWidget(new QWidget);
    auto *dock = new QDockWidget(QStringLiteral("What-if"), &window);
    dock->setObjectName(QStringLiteral("whatIf"));
    auto *panel = new WhatIfPanel(&document, &Catalog::builtin(), dock);
    dock->setWidget(panel);
    window.addDockWidget(Qt::BottomDockWidgetArea, other);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.tabifyDockWidget(other, dock);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    other->raise();
    QTRY_VERIFY(panel->visibleRegion().isEmpty());
    QVERIFY(panel->isVisible());

    const QString emptyDesign = panel->trafficSummary();
    const QString emptyBilling = panel->billingSummary();
    QVERIFY(emptyDesign.startsWith(QStringLiteral("Nothing runs above 100 %")));
    QCOMPARE(panel->billingTable()->rowCount(), 0);
    document.resetModel(test::sampleDesign(QStringLiteral("api-gateway-20k")));
    QCOMPARE(panel->trafficSummary(), emptyDesign); // not recomputed while behind the tab
    QCOMPARE(panel->billingSummary(), emptyBilling);
    QCOMPARE(panel->billingTable()->rowCount(), 0);
    dock->raise();
    QTRY_VERIFY(panel->trafficSummary().startsWith(
            QStringLiteral("First break at × 1: gateway (network bandwidth).")));
    QVERIFY(panel->billingSummary() != emptyBilling);
    QVERIFY(panel->billingTable()->rowCount() > 0);
}

QTEST_MAIN(tst_FindingsDock)
#include "tst_findingsdock.moc"
