// The findings dock patched after each edit (RulesEngine::lastChange() applied row by row by
// FindingsModel::updateFindings): after every one of 150 seeded random edits, under every
// combination of filters, the patched model lists what a model built from scratch lists (same
// rows, order and data), the selection stays on a finding that survived, and the badges the
// dock hands the canvas are the engine's.

#include "catalog/catalog.h"
#include "findings/findingsdock.h"
#include "findings/findingsmodel.h"
#include "generateddesign.h"
#include "model/document.h"
#include "rules/rulesengine.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>
#include <vector>

using namespace ecsplan;

namespace {

/** Every row and every role a view reads, in order: one line per cell. */
QStringList dump(const QAbstractItemModel &model)
{
    QStringList out;
    const auto cell = [&](const QModelIndex &index) {
        QString line = QStringLiteral("%1,%2").arg(index.row()).arg(index.column());
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::ForegroundRole),
                         FindingsModel::KeyRole}) {
            const QVariant v = index.data(role);
            line += QLatin1Char('|')
                    + (role == Qt::ForegroundRole ? QString::number(v.isValid()) : v.toString());
        }
        line += QStringLiteral("|flags %1").arg(int(index.flags()));
        return line;
    };
    out << QStringLiteral("groups %1").arg(model.rowCount());
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        out << cell(group) << QStringLiteral("rows %1").arg(model.rowCount(group));
        for (int r = 0; r < model.rowCount(group); ++r) {
            for (int c = 0; c < model.columnCount(group); ++c)
                out << cell(model.index(r, c, group));
        }
    }
    return out;
}

struct Filters
{
    std::optional<Severity> minimum;
    QString text;
    bool showMuted = false;
};

/** A dock under one combination of filters, its model checked by QAbstractItemModelTester. */
struct Watched
{
    Filters filters;
    std::unique_ptr<FindingsDock> dock;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<QSignalSpy> resets, inserts, removals;
    SeverityByEntity canvas; ///< the badges as DesignScene::updateBadges keeps them
};

} // namespace

class tst_FindingsIncremental : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void randomEditsMatchFromScratch();
    void selectionKept();
    void collapsedGroupAndScrollKept();
    void rebuildResets();

private:
    /**
     * One random edit (seeded): a type, disk size, transfer, name, removal, undo or redo.
     * True when it renamed a component.
     */
    bool edit(QRandomGenerator &random);
    QTreeView *tree(FindingsDock *dock) const { return dock->findChild<QTreeView *>(); }

    Document *m_document = nullptr;
    RulesEngine *m_rules = nullptr;
};

void tst_FindingsIncremental::init()
{
    m_document = new Document;
    m_document->resetModel(test::generateDesign(60, 2));
    m_rules = new RulesEngine(m_document, nullptr, &Catalog::builtin());
    // Muted findings to list greyed: one rule for one subject, and one rule everywhere.
    const Findings all = m_rules->findings();
    QVERIFY(all.size() > 20);
    QCOMPARE(m_rules->mute(all.at(all.size() / 2), QStringLiteral("accepted")), QString());
    QCOMPARE(m_rules->mute(m_rules->findings().last(), QStringLiteral("known"), true), QString());
    QVERIFY(!m_rules->mutedFindings().isEmpty());
}

void tst_FindingsIncremental::cleanup()
{
    delete m_rules;
    delete m_document;
}

bool tst_FindingsIncremental::edit(QRandomGenerator &random)
{
    const Model &model = m_document->model();
    const auto pick = [&](EntityKind kind) {
        const EntityIds ids = model.ids(kind);
        return ids.isEmpty() ? EntityId::None : ids.at(random.bounded(int(ids.size())));
    };
    switch (random.bounded(8)) {
    case 0:
    case 1: {
        static const QStringList types
                = {QStringLiteral("ecs.t6-c1m2.large"), QStringLiteral("ecs.g8i.xlarge"),
                   QStringLiteral("ecs.c7.large"), QStringLiteral("ecs.r7.2xlarge")};
        if (const EntityId id = pick(EntityKind::InstanceGroup); isValid(id))
            m_document->setProperty({id}, Property::InstanceType,
                                    types.at(random.bounded(int(types.size()))));
        return false;
    }
    case 2:
        if (const EntityId id = pick(EntityKind::Disk); isValid(id))
            m_document->setProperty({id}, Property::DiskSizeGiB,
                                    QList<int>{20, 40, 100, 500, 2000}.at(random.bounded(5)));
        return false;
    case 3:
        if (const EntityId id = pick(EntityKind::Link); isValid(id))
            m_document->setProperty({id}, Property::LinkGbPerMonth,
                                    QList<double>{0, 10, 5000, 200000}.at(random.bounded(4)));
        return false;
    case 4:
        if (const EntityId id = pick(EntityKind::InstanceGroup); isValid(id))
            m_document->setProperty({id}, Property::Name,
                                    QStringLiteral("renamed-%1").arg(random.bounded(1000)));
        return true;
    case 5: {
        static const EntityKind kinds[]
                = {EntityKind::InstanceGroup, EntityKind::Cache, EntityKind::Disk, EntityKind::Link,
                   EntityKind::LoadBalancer};
        if (const EntityId id = pick(kinds[random.bounded(5)]); isValid(id))
            m_document->removeEntities({id});
        return false;
    }
    case 6:
        if (m_document->undoStack()->canUndo())
            m_document->undo(); // a rename undone is a rename too
        return true;
    case 7:
        if (m_document->undoStack()->canRedo())
            m_document->redo();
        return true;
    }
    return false;
}

void tst_FindingsIncremental::randomEditsMatchFromScratch()
{
    std::vector<Watched> watched;
    watched.reserve(24); // the badges' slots point into the elements
    for (const std::optional<Severity> minimum :
         {std::optional<Severity>(), std::optional<Severity>(Severity::Error),
          std::optional<Severity>(Severity::Warning)}) {
        for (const QString &text : {QString(), QStringLiteral("ECS0"), QStringLiteral("renamed"),
                                    QStringLiteral("zone")}) {
            for (bool showMuted : {false, true}) {
                Watched &w = watched.emplace_back();
                w.filters = {minimum, text, showMuted};
                w.dock = std::make_unique<FindingsDock>(m_document, m_rules);
                w.dock->setSeverityFilter(minimum);
                w.dock->setTextFilter(text);
                w.dock->setShowMuted(showMuted);
                QAbstractItemModel *model = tree(w.dock.get())->model();
                w.tester = std::make_unique<QAbstractItemModelTester>(
                        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
                w.resets = std::make_unique<QSignalSpy>(model, &QAbstractItemModel::modelReset);
                w.inserts = std::make_unique<QSignalSpy>(model, &QAbstractItemModel::rowsInserted);
                w.removals = std::make_unique<QSignalSpy>(model, &QAbstractItemModel::rowsRemoved);
                w.canvas = m_rules->worstSeverities();
                QObject::connect(w.dock.get(), &FindingsDock::badgesChanged, w.dock.get(),
                                 [canvas = &w.canvas](const SeverityByEntity &severities,
                                                      const EntityIds &changed) {
                                     for (EntityId id : changed) {
                                         if (severities.contains(id))
                                             canvas->insert(id, severities.value(id));
                                         else
                                             canvas->remove(id);
                                     }
                                 });
            }
        }
    }
    QCOMPARE(watched.size(), size_t(24));

    QRandomGenerator random(15);
    int patched = 0; // edits that every dock applied row by row
    for (int step = 0; step < 150; ++step) {
        // Each dock selects one of its findings (when it lists any) before the edit.
        std::vector<QString> selected;
        for (Watched &w : watched) {
            const Findings shown = w.dock->shownFindings();
            selected.push_back(shown.isEmpty() ? QString()
                                               : shown.at(random.bounded(int(shown.size()))).key());
            if (!selected.back().isEmpty())
                QVERIFY(w.dock->selectFinding(selected.back()));
            w.resets->clear();
            w.inserts->clear();
            w.removals->clear();
        }
        QSignalSpy batches(m_rules, &RulesEngine::findingsChanged);
        const bool renamed = edit(random);
        const FindingsDelta &delta = m_rules->lastChange(); // read when a batch changed findings
        QVERIFY(batches.count() <= 1);
        const bool patch
                = batches.count() == 1 && !delta.rebuilt && delta.size() <= FindingsDock::MaxPatch;
        const SeverityByEntity badges = worstSeverities(m_rules->findings());
        QCOMPARE(m_rules->worstSeverities(), badges); // the per-entity counts are right
        for (auto it = badges.cbegin(); it != badges.cend(); ++it)
            QCOMPARE(m_rules->worstSeverity(it.key()), it.value());

        bool allPatched = true;
        for (size_t i = 0; i < watched.size(); ++i) {
            Watched &w = watched[i];
            const QString where = QStringLiteral("step %1, dock %2 (min %3, text '%4', muted %5)")
                                          .arg(step)
                                          .arg(i)
                                          .arg(w.filters.minimum ? int(*w.filters.minimum) : -1)
                                          .arg(w.filters.text)
                                          .arg(w.filters.showMuted);
            FindingsModel scratch(m_document);
            scratch.setSeverityFilter(w.filters.minimum);
            scratch.setTextFilter(w.filters.text);
            scratch.setFindings(m_rules->findings(),
                                w.filters.showMuted ? m_rules->mutedFindings() : Findings());
            const QStringList expected = dump(scratch), actual = dump(*tree(w.dock.get())->model());
            if (actual != expected) {
                for (qsizetype l = 0; l < qMin(actual.size(), expected.size()); ++l) {
                    if (actual.at(l) != expected.at(l)) {
                        qWarning() << "first difference at line" << l << actual.at(l)
                                   << expected.at(l);
                        break;
                    }
                }
            }
            QVERIFY2(actual == expected, qPrintable(where));
            QCOMPARE(w.canvas, badges);
            // A patch never resets the model (a rename under a text filter re-lists it); the
            // selected finding stays selected when it is still listed, else nothing is.
            if (patch && !(renamed && !w.filters.text.isEmpty()))
                QVERIFY2(w.resets->isEmpty(), qPrintable(where));
            if (patch && delta.size() > 0 && w.resets->isEmpty())
                QVERIFY2(!w.inserts->isEmpty() || !w.removals->isEmpty() || w.filters.minimum
                                 || !w.filters.text.isEmpty() || !w.filters.showMuted,
                         qPrintable(where)); // an unfiltered list with muted ones shows them all
            allPatched = allPatched && w.resets->isEmpty();
            const std::optional<Finding> current = w.dock->currentFinding();
            const QString &before = selected[i];
            if (!before.isEmpty() && scratch.indexOfKey(before).isValid()) {
                QVERIFY2(current.has_value(), qPrintable(where));
                QCOMPARE(current->key(), before);
            } else {
                QVERIFY2(!current.has_value(), qPrintable(where));
            }
        }
        if (patch && delta.size() > 0 && allPatched)
            ++patched;
    }
    // The path under test was taken: most edits were patched into every dock.
    QVERIFY2(patched >= 60, qPrintable(QString::number(patched)));
}

void tst_FindingsIncremental::selectionKept()
{
    FindingsDock dock(m_document, m_rules);
    QSignalSpy selects(&dock, &FindingsDock::selectEntities);
    QAbstractItemModel *model = tree(&dock)->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(model, &QAbstractItemModel::rowsInserted);

    // A finding far from the edit survives it with its row.
    const Findings shown = dock.shownFindings();
    const Finding kept = shown.last();
    QVERIFY(dock.selectFinding(kept.key()));
    QCOMPARE(selects.count(), 1);
    const EntityId group = m_document->model().ids(EntityKind::InstanceGroup).first();
    QVERIFY(!kept.entities.contains(group));
    QVERIFY(m_document
                    ->setProperty({group}, Property::InstanceType,
                                  QStringLiteral("ecs.t6-c1m2.large"))
                    .ok());
    QVERIFY(!m_rules->lastChange().rebuilt);
    QVERIFY(m_rules->lastChange().size() > 0);
    QCOMPARE(resets.count(), 0);
    QVERIFY(inserts.count() > 0);
    QCOMPARE(dock.currentFinding()->key(), kept.key());
    QCOMPARE(selects.count(), 1); // kept, not selected again

    // The edited group's own finding, selected, goes when the edit is undone: nothing is
    // selected then, as after a relist.
    const Findings own = m_rules->findingsFor(group);
    QVERIFY(!own.isEmpty());
    QVERIFY(dock.selectFinding(own.first().key()));
    QCOMPARE(selects.count(), 2);
    m_document->undo();
    QVERIFY(!m_rules->lastChange().rebuilt);
    QCOMPARE(resets.count(), 0);
    bool listed = false;
    for (const Finding &f : m_rules->findings())
        listed = listed || f.key() == own.first().key();
    QCOMPARE(dock.currentFinding().has_value(), listed);
    if (listed)
        QCOMPARE(dock.currentFinding()->key(), own.first().key());
    QCOMPARE(selects.count(), 2); // no selection made by the update
}

void tst_FindingsIncremental::collapsedGroupAndScrollKept()
{
    FindingsDock dock(m_document, m_rules);
    dock.resize(600, 150);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    QTreeView *view = tree(&dock);
    auto *model = static_cast<FindingsModel *>(view->model());
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    // The smallest group collapsed: the others are longer than the view.
    Severity collapsed = Severity::Error;
    for (int s = 0; s < SeverityCount; ++s) {
        const QModelIndex index = model->groupIndex(Severity(s));
        const QModelIndex smallest = model->groupIndex(collapsed);
        if (index.isValid()
            && (!smallest.isValid() || model->rowCount(index) < model->rowCount(smallest)))
            collapsed = Severity(s);
    }
    view->collapse(model->groupIndex(collapsed));
    QCoreApplication::processEvents();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    const int scroll = view->verticalScrollBar()->value();
    QVERIFY2(scroll > 0,
             qPrintable(QStringLiteral("%1 findings, scroll maximum %2")
                                .arg(model->shownCount())
                                .arg(view->verticalScrollBar()->maximum())));

    const EntityId group = m_document->model().ids(EntityKind::InstanceGroup).last();
    QVERIFY(m_document
                    ->setProperty({group}, Property::InstanceType,
                                  QStringLiteral("ecs.t6-c1m2.large"))
                    .ok());
    QCoreApplication::processEvents();
    QCOMPARE(resets.count(), 0);
    QVERIFY(!view->isExpanded(model->groupIndex(collapsed)));
    QCOMPARE(view->verticalScrollBar()->value(), scroll);

    // A reset (a filter) keeps the collapsed group collapsed and the others expanded.
    dock.setTextFilter(QStringLiteral("ECS"));
    QCOMPARE(resets.count(), 1);
    for (int s = 0; s < SeverityCount; ++s) {
        const QModelIndex index = model->groupIndex(Severity(s));
        if (index.isValid())
            QCOMPARE(view->isExpanded(index), Severity(s) != collapsed);
    }
}

void tst_FindingsIncremental::rebuildResets()
{
    FindingsDock dock(m_document, m_rules);
    dock.setShowMuted(true);
    QAbstractItemModel *model = tree(&dock)->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy badges(&dock, &FindingsDock::badgesChanged);
    // A mute is a settings change: every rule runs again, the dock lists anew.
    QCOMPARE(m_rules->mute(m_rules->findings().first(), QStringLiteral("fine"), true), QString());
    QVERIFY(m_rules->lastChange().rebuilt);
    QCOMPARE(resets.count(), 1);
    FindingsModel scratch(m_document);
    scratch.setFindings(m_rules->findings(), m_rules->mutedFindings());
    QCOMPARE(dump(*model), dump(scratch));
    QCOMPARE(badges.count(), 1);
    QCOMPARE(badges.first().first().value<SeverityByEntity>(), m_rules->worstSeverities());
}

QTEST_MAIN(tst_FindingsIncremental)
#include "tst_findingsincremental.moc"
