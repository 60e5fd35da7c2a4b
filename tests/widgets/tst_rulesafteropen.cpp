// Opening a design paints it first: its rules run right after the first frame (the status bar
// and the findings dock say so meanwhile), the findings and badges are then those of a
// from-scratch evaluation, and an edit made before they ran is evaluated with them.
#include "canvas/designscene.h"
#include "findings/findingsdock.h"
#include "mainwindow/canvasarea.h"
#include "mainwindowtest.h"
#include "model/document.h"
#include "rules/rulesengine.h"
#include "session/designsession.h"

#include <QLabel>
#include <QTest>

#include <functional>

using namespace ecsplan;
using test::FakePrompts;

namespace {

/** Every field a view shows of the findings, in their order. */
QStringList described(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QStringLiteral("%1 %2 %3 | %4 | %5")
                        .arg(int(f.severity))
                        .arg(f.key(), f.title, f.message, f.reference);
    return out;
}

using Edit = std::function<bool(Document *)>;

EntityId firstCompute(const Model &model)
{
    for (EntityId id : model.ids()) {
        if (model.find(id)->isCompute())
            return id;
    }
    return EntityId::None;
}

/** A label of `parent` that shows `text`, visible or not. */
bool hasLabel(const QWidget *parent, const QString &text)
{
    const QList<QLabel *> labels = parent->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(),
                       [&](const QLabel *l) { return l->text() == text; });
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class tst_RulesAfterOpen : public test::MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(QStringLiteral("tst_rulesafteropen")); }
    void init() { clearSettings(); }
    void findingsComeAfterTheFirstFrame();
    void editBeforeTheRules_data();
    void editBeforeTheRules();
    void reportForcesTheRules();

private:
    /** The findings of `m_generated` with `edit` applied, evaluated from scratch. */
    QStringList expected(const Edit &edit)
    {
        DesignFile::LoadResult loaded = DesignFile::load(m_generated, &Catalog::builtin());
        if (!loaded.ok)
            return {QStringLiteral("cannot load")};
        DesignSession session(Catalog::builtin(), std::move(loaded.model));
        if (edit && !edit(&session.document()))
            return {QStringLiteral("edit failed")};
        session.flush();
        return described(session.rules().findings());
    }
};

void tst_RulesAfterOpen::findingsComeAfterTheFirstFrame()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    window->resize(1200, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const auto *pending = window->findChild<QLabel *>(QStringLiteral("rulesPendingLabel"));
    QVERIFY(pending);
    QVERIFY(pending->isHidden());

    QVERIFY(window->openFile(m_generated));
    QVERIFY(window->rulesPending());
    QVERIFY(window->rules()->findings().isEmpty());
    QVERIFY(window->canvas()->scene()->badges().isEmpty());
    QVERIFY(!pending->isHidden());
    QCOMPARE(pending->text(), MainWindow::tr("Checking design rules…"));
    QVERIFY(hasLabel(window->findingsDock(), FindingsDock::tr("Checking design rules…")));

    // Painted first (the view's next frame), then evaluated.
    QTRY_VERIFY(!window->rulesPending());
    QVERIFY(pending->isHidden());
    const Findings findings = window->rules()->findings();
    QVERIFY(!findings.isEmpty());
    QCOMPARE(described(findings), expected({}));
    QCOMPARE(window->canvas()->scene()->badges(), worstSeverities(findings));
    QVERIFY(hasLabel(window->findingsDock(),
                     FindingsDock::tr("%n finding(s)", nullptr, int(findings.size()))));
    QVERIFY(!hasLabel(window->findingsDock(), FindingsDock::tr("Checking design rules…")));
}

void tst_RulesAfterOpen::editBeforeTheRules_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::newRow("rename") << Edit([](Document *d) {
        return d->setProperty({firstCompute(d->model())}, Property::Name,
                              QStringLiteral("renamed before the rules"))
                .ok();
    });
    QTest::newRow("remove") << Edit(
            [](Document *d) { return d->removeEntities({firstCompute(d->model())}).ok(); });
    QTest::newRow("move") << Edit([](Document *d) {
        return d->moveEntities({firstCompute(d->model())}, QPointF(40, 0)).ok();
    });
    QTest::newRow("link removed") << Edit([](Document *d) {
        return d->removeEntities({d->model().ids(EntityKind::Link).constFirst()}).ok();
    });
}

void tst_RulesAfterOpen::editBeforeTheRules()
{
    QFETCH(Edit, edit);
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    window->resize(1200, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->openFile(m_generated));
    QVERIFY(window->rulesPending());
    QVERIFY(edit(window->document())); // before any event: the rules have not run
    QVERIFY(!window->rulesPending()); // the edit ran them first
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("rulesPendingLabel"))->isVisible());
    const QStringList wanted = expected(edit);
    QTRY_COMPARE(described(window->rules()->findings()), wanted); // with the metrics' flush
    QCOMPARE(window->canvas()->scene()->badges(), worstSeverities(window->rules()->findings()));
    // Undone, the design's own findings come back.
    window->document()->undo();
    QTRY_COMPARE(described(window->rules()->findings()), expected({}));
}

void tst_RulesAfterOpen::reportForcesTheRules()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    window->resize(1200, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->openFile(m_generated));
    QVERIFY(window->rulesPending());
    prompts->exportPath = m_dir.filePath(QStringLiteral("report.pdf"));
    window->setReportProgressDelay(0);
    QVERIFY(window->exportReport());
    QVERIFY(!window->rulesPending());
    QCOMPARE(described(window->rules()->findings()), expected({}));
}

QTEST_MAIN(tst_RulesAfterOpen)
#include "tst_rulesafteropen.moc"
