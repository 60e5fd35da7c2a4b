// FindingsModel: the findings dock's rows made from the findings list (groups per severity,
// texts, filters, muted findings, key lookup), on hand-made findings over a three-entity design.

#include "findings/findingsmodel.h"
#include "model/document.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ecsplan;

namespace {

constexpr EntityId Hangzhou = entityId(1);
constexpr EntityId ZoneA = entityId(2);
constexpr EntityId Users = entityId(3);
constexpr EntityId Gone = entityId(99); // in no model

Entity node(EntityId id, EntityKind kind, const QString &name, EntityId parent = EntityId::None)
{
    Entity e = makeEntity(kind);
    e.id = id;
    e.name = name;
    e.parent = parent;
    return e;
}

Finding finding(Severity severity, const QString &ruleId, const QString &title,
                const QString &message, const EntityIds &entities)
{
    Finding f;
    f.ruleId = ruleId;
    f.severity = severity;
    f.title = title;
    f.message = message;
    f.entities = entities;
    f.reference = QStringLiteral("field guide §1");
    return f;
}

/** Five findings sorted by severity: one error, two warnings, two advices. */
Findings fiveFindings()
{
    return {
            finding(Severity::Error, QStringLiteral("ECS003"), QStringLiteral("Quota exceeded"),
                    QStringLiteral("Too many instances in the region."), {Hangzhou}),
            finding(Severity::Warning, QStringLiteral("ECS008"), QStringLiteral("No replica"),
                    QStringLiteral("The cache has no replica."), {ZoneA, Users}),
            finding(Severity::Warning, QStringLiteral("ECS010"), QStringLiteral("Open port"),
                    QStringLiteral("Port 22 is open to the internet."), {Users}),
            finding(Severity::Advice, QStringLiteral("ECS017"), QStringLiteral("Try Arm"),
                    QStringLiteral("Arm types cost less."), {}),
            finding(Severity::Advice, QStringLiteral("ECS017"), QStringLiteral("Try Arm"),
                    QStringLiteral("Arm types cost less here too."), {Gone}),
    };
}

QString text(const QModelIndex &index, int role = Qt::DisplayRole)
{
    return index.data(role).toString();
}

QStringList groupTexts(const FindingsModel &model)
{
    QStringList out;
    for (int g = 0; g < model.rowCount(); ++g)
        out << text(model.index(g, 0));
    return out;
}

QStringList shownMessages(const FindingsModel &model)
{
    QStringList out;
    for (const Finding &f : model.shownFindings())
        out << f.message;
    return out;
}

} // namespace

class tst_FindingsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void empty();
    void groupsAndRowCounts();
    void rowTexts();
    void structure();
    void severityFilter();
    void textFilter_data();
    void textFilter();
    void filtersCombine();
    void mutedMergedAndGreyed();
    void keyLookup();
    void resetOnFindingsChange();
    void staleIndexIsNoFinding();

private:
    Document *m_document = nullptr;
    FindingsModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void tst_FindingsModel::init()
{
    Model model;
    model.insert(node(Hangzhou, EntityKind::Region, QStringLiteral("Hangzhou")));
    model.insert(node(ZoneA, EntityKind::Zone, QStringLiteral("Zone A"), Hangzhou));
    model.insert(node(Users, EntityKind::Endpoint, QStringLiteral("users")));
    m_document = new Document;
    m_document->resetModel(std::move(model));
    m_model = new FindingsModel(m_document);
    // Checks the model's consistency (parents, row counts, indexes) through every change.
    m_tester = new QAbstractItemModelTester(m_model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_FindingsModel::cleanup()
{
    delete m_tester;
    delete m_model;
    delete m_document;
}

void tst_FindingsModel::empty()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->shownCount(), 0);
    QVERIFY(m_model->shownFindings().isEmpty());
    QVERIFY(!m_model->index(0, 0).isValid());
    QVERIFY(!m_model->groupIndex(Severity::Error).isValid());
    QVERIFY(!m_model->indexOfKey(QStringLiteral("ECS003:1")).isValid());
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Finding"));
    QCOMPARE(m_model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Rule"));
    QCOMPARE(m_model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Component"));
    QVERIFY(!m_model->headerData(3, Qt::Horizontal).isValid());
    QVERIFY(!m_model->headerData(0, Qt::Vertical).isValid());
}

void tst_FindingsModel::groupsAndRowCounts()
{
    m_model->setFindings(fiveFindings());
    QCOMPARE(groupTexts(*m_model),
             (QStringList{QStringLiteral("Error (1)"), QStringLiteral("Warning (2)"),
                          QStringLiteral("Advice (2)")}));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 1);
    QCOMPARE(m_model->rowCount(m_model->index(1, 0)), 2);
    QCOMPARE(m_model->rowCount(m_model->index(2, 0)), 2);
    QCOMPARE(m_model->rowCount(m_model->index(1, 1)), 0); // only column 0 has children
    QCOMPARE(m_model->shownCount(), 5);
    QCOMPARE(m_model->groupIndex(Severity::Warning), m_model->index(1, 0));
    QCOMPARE(shownMessages(*m_model), shownMessages(*m_model)); // stable
    const Findings five = fiveFindings();
    QCOMPARE(m_model->shownFindings().size(), five.size());
    for (qsizetype i = 0; i < five.size(); ++i)
        QCOMPARE(m_model->shownFindings().at(i).key(), five.at(i).key());

    // Without warnings the advice group moves up; a severity with nothing has no row.
    Findings noWarnings = fiveFindings();
    noWarnings.remove(1, 2);
    m_model->setFindings(noWarnings);
    QCOMPARE(groupTexts(*m_model),
             (QStringList{QStringLiteral("Error (1)"), QStringLiteral("Advice (2)")}));
    QVERIFY(!m_model->groupIndex(Severity::Warning).isValid());
    QCOMPARE(m_model->groupIndex(Severity::Advice), m_model->index(1, 0));
}

void tst_FindingsModel::rowTexts()
{
    m_model->setFindings(fiveFindings());
    const QModelIndex errors = m_model->index(0, 0);
    const QModelIndex warnings = m_model->index(1, 0);
    const QModelIndex advice = m_model->index(2, 0);

    QCOMPARE(text(m_model->index(0, 0, errors)), QStringLiteral("Quota exceeded"));
    QCOMPARE(text(m_model->index(0, 1, errors)), QStringLiteral("ECS003"));
    QCOMPARE(text(m_model->index(0, 2, errors)), QStringLiteral("Hangzhou"));
    QCOMPARE(text(m_model->index(0, 0, errors), Qt::ToolTipRole),
             QStringLiteral("Too many instances in the region."));
    QCOMPARE(text(m_model->index(0, 0, errors), FindingsModel::KeyRole),
             QStringLiteral("ECS003:1"));

    // The component is the subject (first entity): Zone A, not users.
    QCOMPARE(text(m_model->index(0, 2, warnings)), QStringLiteral("Zone A"));
    QCOMPARE(text(m_model->index(0, 0, warnings), FindingsModel::KeyRole),
             QStringLiteral("ECS008:2:3"));
    QCOMPARE(text(m_model->index(1, 0, warnings)), QStringLiteral("Open port"));
    QCOMPARE(text(m_model->index(1, 2, warnings)), QStringLiteral("users"));

    // No subject, or one not in the design: an empty component.
    QCOMPARE(text(m_model->index(0, 2, advice)), QString());
    QCOMPARE(text(m_model->index(0, 0, advice), FindingsModel::KeyRole), QStringLiteral("ECS017"));
    QCOMPARE(text(m_model->index(1, 2, advice)), QString());
    QCOMPARE(text(m_model->index(1, 0, advice), Qt::ToolTipRole),
             QStringLiteral("Arm types cost less here too."));

    // Only the title column has a tooltip and a key; nothing is greyed.
    QVERIFY(!m_model->index(0, 1, errors).data(Qt::ToolTipRole).isValid());
    QVERIFY(!m_model->index(0, 2, errors).data(FindingsModel::KeyRole).isValid());
    QVERIFY(!m_model->index(0, 0, errors).data(Qt::ForegroundRole).isValid());
    QVERIFY(!m_model->isMuted(m_model->index(0, 0, errors)));

    // Severity rows: text and icon in the title column, nothing else.
    QVERIFY(!errors.data(FindingsModel::KeyRole).isValid());
    QVERIFY(!m_model->index(0, 1).data().isValid());
    QVERIFY(m_model->finding(errors) == nullptr);
    QCOMPARE(m_model->finding(m_model->index(1, 2, warnings))->ruleId, QStringLiteral("ECS010"));
}

void tst_FindingsModel::structure()
{
    m_model->setFindings(fiveFindings());
    const QModelIndex warnings = m_model->index(1, 0);
    const QModelIndex open = m_model->index(1, 2, warnings);
    QCOMPARE(m_model->parent(open), warnings);
    QVERIFY(!m_model->parent(warnings).isValid());
    QVERIFY(m_model->hasChildren(warnings));
    QVERIFY(!m_model->hasChildren(open));
    QVERIFY(!m_model->index(2, 0, warnings).isValid()); // two warnings
    QVERIFY(!m_model->index(0, 3, warnings).isValid());
    QVERIFY(!m_model->index(3, 0).isValid());
    QVERIFY(!m_model->index(0, 0, open).isValid()); // findings have no children
    QCOMPARE(m_model->flags(warnings), Qt::ItemIsEnabled); // a heading, not selectable
    QVERIFY(m_model->flags(open) & Qt::ItemIsSelectable);
    QVERIFY(m_model->flags(open) & Qt::ItemNeverHasChildren);
    QVERIFY(!m_model->data(QModelIndex()).isValid());
    QVERIFY(m_model->finding(QModelIndex()) == nullptr);
}

void tst_FindingsModel::severityFilter()
{
    m_model->setFindings(fiveFindings());
    m_model->setSeverityFilter(Severity::Warning);
    QCOMPARE(groupTexts(*m_model),
             (QStringList{QStringLiteral("Error (1)"), QStringLiteral("Warning (2)")}));
    QCOMPARE(m_model->shownCount(), 3);
    m_model->setSeverityFilter(Severity::Error);
    QCOMPARE(groupTexts(*m_model), QStringList{QStringLiteral("Error (1)")});
    QCOMPARE(m_model->shownFindings().size(), 1);
    QVERIFY(!m_model->indexOfKey(QStringLiteral("ECS010:3")).isValid()); // filtered out
    m_model->setSeverityFilter(std::nullopt);
    QCOMPARE(m_model->shownCount(), 5);
    QCOMPARE(m_model->severityFilter(), std::nullopt);

    // Only a change resets.
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    m_model->setSeverityFilter(std::nullopt);
    QCOMPARE(resets.count(), 0);
    m_model->setSeverityFilter(Severity::Advice);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(m_model->shownCount(), 5); // advice and worse: everything
}

void tst_FindingsModel::textFilter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("none") << QString()
                          << QStringList{QStringLiteral("ECS003"), QStringLiteral("ECS008"),
                                         QStringLiteral("ECS010"), QStringLiteral("ECS017"),
                                         QStringLiteral("ECS017")};
    QTest::newRow("spaces only") << QStringLiteral("   ")
                                 << QStringList{QStringLiteral("ECS003"), QStringLiteral("ECS008"),
                                                QStringLiteral("ECS010"), QStringLiteral("ECS017"),
                                                QStringLiteral("ECS017")};
    QTest::newRow("rule id, any case")
            << QStringLiteral("ecs01")
            << QStringList{QStringLiteral("ECS010"), QStringLiteral("ECS017"),
                           QStringLiteral("ECS017")};
    QTest::newRow("title") << QStringLiteral("REPLICA") << QStringList{QStringLiteral("ECS008")};
    QTest::newRow("message") << QStringLiteral("port 22") << QStringList{QStringLiteral("ECS010")};
    QTest::newRow("message, trimmed")
            << QStringLiteral("  here too ") << QStringList{QStringLiteral("ECS017")};
    // Component names: Zone A is ECS008's subject; users is only its second entity.
    QTest::newRow("subject name") << QStringLiteral("zone a")
                                  << QStringList{QStringLiteral("ECS008")};
    QTest::newRow("users") << QStringLiteral("users") << QStringList{QStringLiteral("ECS010")};
    QTest::newRow("hangzhou") << QStringLiteral("hangzhou")
                              << QStringList{QStringLiteral("ECS003")};
    QTest::newRow("nothing") << QStringLiteral("no such text") << QStringList();
}

void tst_FindingsModel::textFilter()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, rules);
    m_model->setFindings(fiveFindings());
    m_model->setTextFilter(filter);
    QCOMPARE(m_model->textFilter(), filter.trimmed());
    QStringList shown;
    for (const Finding &f : m_model->shownFindings())
        shown << f.ruleId;
    QCOMPARE(shown, rules);
    QCOMPARE(m_model->shownCount(), rules.size());
    int rows = 0;
    for (int g = 0; g < m_model->rowCount(); ++g)
        rows += m_model->rowCount(m_model->index(g, 0));
    QCOMPARE(rows, rules.size());
}

void tst_FindingsModel::filtersCombine()
{
    m_model->setFindings(fiveFindings());
    m_model->setTextFilter(QStringLiteral("ecs0"));
    m_model->setSeverityFilter(Severity::Warning);
    QCOMPARE(groupTexts(*m_model),
             (QStringList{QStringLiteral("Error (1)"), QStringLiteral("Warning (2)")}));
    m_model->setTextFilter(QStringLiteral("ecs01"));
    QCOMPARE(groupTexts(*m_model), QStringList{QStringLiteral("Warning (1)")});
    // New findings go through the filters in place.
    Findings more = fiveFindings();
    more.insert(3,
                finding(Severity::Warning, QStringLiteral("ECS011"), QStringLiteral("X"),
                        QStringLiteral("Y"), {Users}));
    m_model->setFindings(more);
    QCOMPARE(groupTexts(*m_model), QStringList{QStringLiteral("Warning (2)")});
}

void tst_FindingsModel::mutedMergedAndGreyed()
{
    const Findings five = fiveFindings();
    const Findings visible{five.at(0), five.at(2), five.at(3)}; // ECS003, ECS010, ECS017 (none)
    const Findings muted{five.at(1), five.at(4), // ECS008, ECS017 (Gone)
                         finding(Severity::Warning, QStringLiteral("ECS010"),
                                 QStringLiteral("Open port"), QStringLiteral("Muted twin."),
                                 {Users, ZoneA})};
    m_model->setMutedBrush(QBrush(Qt::gray));
    m_model->setFindings(visible, muted);

    // sortFindings(visible + muted): severity, rule id, subject; visible first on a tie.
    QCOMPARE(shownMessages(*m_model),
             (QStringList{QStringLiteral("Too many instances in the region."),
                          QStringLiteral("The cache has no replica."),
                          QStringLiteral("Port 22 is open to the internet."),
                          QStringLiteral("Muted twin."), QStringLiteral("Arm types cost less."),
                          QStringLiteral("Arm types cost less here too.")}));
    Findings both = visible + muted;
    sortFindings(both);
    QCOMPARE(m_model->shownFindings().size(), both.size());
    for (qsizetype i = 0; i < both.size(); ++i)
        QCOMPARE(m_model->shownFindings().at(i).message, both.at(i).message);

    QCOMPARE(groupTexts(*m_model),
             (QStringList{QStringLiteral("Error (1)"), QStringLiteral("Warning (3)"),
                          QStringLiteral("Advice (2)")}));
    const QModelIndex warnings = m_model->index(1, 0);
    const QModelIndex advice = m_model->index(2, 0);
    QVERIFY(m_model->isMuted(m_model->index(0, 0, warnings))); // ECS008
    QVERIFY(m_model->isMuted(m_model->index(0, 2, warnings))); // any column
    QVERIFY(!m_model->isMuted(m_model->index(1, 0, warnings))); // ECS010 visible
    QVERIFY(m_model->isMuted(m_model->index(2, 0, warnings))); // its muted twin
    QVERIFY(!m_model->isMuted(m_model->index(0, 0, advice)));
    QVERIFY(m_model->isMuted(m_model->index(1, 0, advice)));
    QVERIFY(!m_model->isMuted(warnings));
    QCOMPARE(m_model->index(0, 0, warnings).data(Qt::ForegroundRole).value<QBrush>(),
             QBrush(Qt::gray));
    QVERIFY(!m_model->index(0, 1, warnings).data(Qt::ForegroundRole).isValid());
    QVERIFY(!m_model->index(1, 0, warnings).data(Qt::ForegroundRole).isValid());

    // Filters apply to muted findings too; hiding them again clears the marks.
    m_model->setTextFilter(QStringLiteral("twin"));
    QCOMPARE(groupTexts(*m_model), QStringList{QStringLiteral("Warning (1)")});
    QVERIFY(m_model->isMuted(m_model->index(0, 0, m_model->index(0, 0))));
    m_model->setTextFilter(QString());
    m_model->setFindings(visible);
    QCOMPARE(m_model->shownCount(), 3);
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int r = 0; r < m_model->rowCount(group); ++r)
            QVERIFY(!m_model->isMuted(m_model->index(r, 0, group)));
    }
}

void tst_FindingsModel::keyLookup()
{
    m_model->setFindings(fiveFindings());
    for (const Finding &f : fiveFindings()) {
        const QModelIndex index = m_model->indexOfKey(f.key());
        QVERIFY2(index.isValid(), qPrintable(f.key()));
        QCOMPARE(index.column(), 0);
        QCOMPARE(m_model->finding(index)->message, f.message);
        QCOMPARE(text(index, FindingsModel::KeyRole), f.key());
    }
    QCOMPARE(m_model->indexOfKey(QStringLiteral("ECS010:3")),
             m_model->index(1, 0, m_model->index(1, 0)));
    // A key is the whole identity: a prefix, an extension or another rule is no match.
    QVERIFY(!m_model->indexOfKey(QStringLiteral("ECS008:2")).isValid());
    QVERIFY(!m_model->indexOfKey(QStringLiteral("ECS008:2:3:4")).isValid());
    QVERIFY(!m_model->indexOfKey(QStringLiteral("ECS009:2:3")).isValid());
    QVERIFY(!m_model->indexOfKey(QStringLiteral("ECS003:01")).isValid());
    QVERIFY(!m_model->indexOfKey(QStringLiteral("ECS003")).isValid());
    QVERIFY(!m_model->indexOfKey(QString()).isValid());
    QVERIFY(!m_model->indexOfKey(QStringLiteral(":::")).isValid());
}

void tst_FindingsModel::resetOnFindingsChange()
{
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    m_model->setFindings(fiveFindings());
    QCOMPARE(resets.count(), 1);
    m_model->setTextFilter(QStringLiteral("  "));
    QCOMPARE(resets.count(), 1); // trimmed: no change
    m_model->setTextFilter(QStringLiteral("arm"));
    QCOMPARE(resets.count(), 2);
    m_model->setFindings({});
    QCOMPARE(resets.count(), 3);
    QCOMPARE(m_model->rowCount(), 0);
}

/** An index kept across a reset that left fewer rows names no finding (and does not crash). */
void tst_FindingsModel::staleIndexIsNoFinding()
{
    m_model->setFindings(fiveFindings());
    const QModelIndex advice = m_model->index(2, 0);
    const QModelIndex secondAdvice = m_model->index(1, 0, advice);
    QVERIFY(m_model->finding(secondAdvice) != nullptr);
    m_model->setFindings({fiveFindings().first()}); // one error left
    QVERIFY(m_model->finding(secondAdvice) == nullptr);
    QVERIFY(!m_model->isMuted(secondAdvice));
    QVERIFY(!m_model->data(secondAdvice).isValid());
    QVERIFY(!m_model->data(advice).isValid());
}

QTEST_MAIN(tst_FindingsModel)
#include "tst_findingsmodel.moc"
