// The main window's exchanges with files other than designs: the PDF report and the cost table
// (paper sizes, errors shown, the same diagram as the headless report) and File > Import of
// Terraform JSON (into an empty design, into the current one, as a new one; one undo step; a
// malformed file changes nothing).
#include "canvas/designscene.h"
#include "io/terraformimport.h"
#include "mainwindow/canvasarea.h"
#include "mainwindowtest.h"
#include "model/document.h"
#include "report/headlessreport.h"

#include <QAction>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ecsplan;
using test::bytesOf;
using test::FakePrompts;

namespace {

QString importFixture(const char *name)
{
    return QStringLiteral(ECSPLAN_TEST_DATA "/terraform-import/") + QLatin1String(name);
}

/** Entities by "kind:name", without ids and geometry, for comparing designs. */
QStringList contentOf(const Model &model)
{
    QStringList out;
    for (EntityId id : model.ids()) {
        Entity e = *model.find(id);
        const Entity *parent = model.find(e.parent);
        out << QStringLiteral("%1:%2 in %3")
                        .arg(toCode(e.kind), e.name, parent ? parent->name : QString());
    }
    out.sort();
    return out;
}

QAction *importAction(QWidget *window)
{
    return window->findChild<QAction *>(QStringLiteral("importTerraformJson"));
}

} // namespace

class tst_MainWindowImportExport : public test::MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpTestCase(QStringLiteral("tst_mainwindowimportexport")); }
    void init() { clearSettings(); }
    void exportReportAndCostTable_data();
    void exportReportAndCostTable();
    void cancellingTheReportKeepsTheFileThatWasThere();
    void guiAndHeadlessReportsDrawTheSameDiagram();
    void exportErrorsAreShown();
    void importIntoEmptyDesignIsOneStep();
    void importAddsToCurrentDesignAsOneStep();
    void importAsNewDesign();
    void importOfMalformedFileChangesNothing();
};

void tst_MainWindowImportExport::exportReportAndCostTable_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QString>("pageSize"); // as written in the PDF's MediaBox (points)
    QTest::newRow("A4") << 0 << QStringLiteral("595");
    QTest::newRow("Letter") << 1 << QStringLiteral("612");
}

void tst_MainWindowImportExport::exportReportAndCostTable()
{
    QFETCH(int, filter);
    QFETCH(QString, pageSize);
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QVERIFY(window->openFile(m_generated));

    prompts->exportPath = m_dir.filePath(QStringLiteral("report"));
    prompts->exportFilter = filter;
    QVERIFY(window->exportReport());
    QCOMPARE(prompts->exportFilters.size(), 2);
    QVERIFY2(prompts->errors.isEmpty(), qPrintable(prompts->errors.join('\n')));
    const QByteArray pdf = bytesOf(prompts->exportPath + QStringLiteral(".pdf"));
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY2(pdf.contains(QByteArray("/MediaBox [0 0 ") + pageSize.toLatin1()),
             pdf.left(2000).constData());

    prompts->exportPath = m_dir.filePath(QStringLiteral("costs.csv"));
    QVERIFY(window->exportCostTable());
    const QList<QByteArray> lines = bytesOf(prompts->exportPath).split('\n');
    QVERIFY(lines.size() > 2);
    QVERIFY2(lines.first().startsWith("id,name,kind,region,zone,billing_model,"),
             lines.first().constData());
}

void tst_MainWindowImportExport::cancellingTheReportKeepsTheFileThatWasThere()
{
    // The report's pages are painted on the GUI thread with a progress dialog whose Cancel is
    // heard at each new page; a cancelled report replaces nothing and reports no error.
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    window->show();
    QVERIFY(window->openFile(m_generated));
    window->setReportProgressDelay(0);
    prompts->exportPath = m_dir.filePath(QStringLiteral("kept.pdf"));
    {
        QFile old(prompts->exportPath);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the report of last week");
    }
    int seenPage = 0;
    QTimer::singleShot(0, window.get(), [&] {
        auto *dialog = window->findChild<QProgressDialog *>(QStringLiteral("reportProgress"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        seenPage = dialog->labelText().section(QLatin1Char(' '), -1).toInt();
        dialog->cancel();
    });
    QVERIFY(!window->exportReport());
    QCOMPARE(seenPage, 2); // the first page turned
    QVERIFY2(prompts->errors.isEmpty(), qPrintable(prompts->errors.join('\n')));
    QCOMPARE(bytesOf(prompts->exportPath), QByteArray("the report of last week"));
    QVERIFY(window->statusBar()->currentMessage().startsWith(QStringLiteral("Report cancelled")));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept.pdf*")}, QDir::Files),
             QStringList{QStringLiteral("kept.pdf")}); // no temporary file left behind

    // Not cancelled, the same export replaces it.
    QVERIFY(window->exportReport());
    QVERIFY(bytesOf(prompts->exportPath).startsWith("%PDF-"));
}

void tst_MainWindowImportExport::guiAndHeadlessReportsDrawTheSameDiagram()
{
    // One rendering path: File ▸ Export ▸ Report and `ecsplan --export-report` give the same
    // diagram page, pixel for pixel (compared at 60 dpi), with the same text on it.
    const QString sample
            = QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/media-company.ecsplan");
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    window->show();
    QVERIFY(window->openFile(sample));
    // What the window shows must not leak into the report: a selection, a what-if drill.
    window->canvas()->selectIds(window->document()->model().ids(EntityKind::InstanceGroup));
    prompts->exportPath = m_dir.filePath(QStringLiteral("gui.pdf"));
    QVERIFY(window->exportReport());
    const QString headless = m_dir.filePath(QStringLiteral("headless.pdf"));
    QCOMPARE(exportReportHeadless(sample, headless, ReportOptions()), 0);

    auto render = [this](const QString &pdf, const QString &name) {
        QProcess p;
        const QString prefix = m_dir.filePath(name);
        p.start(QStringLiteral("pdftoppm"),
                {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                 QStringLiteral("2"), QStringLiteral("-r"), QStringLiteral("60"),
                 QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
        p.waitForFinished(60000);
        return QImage(prefix + QStringLiteral(".png"));
    };
    const QImage gui = render(prompts->exportPath, QStringLiteral("gui-page2"));
    const QImage cli = render(headless, QStringLiteral("headless-page2"));
    QVERIFY2(!gui.isNull(), "pdftoppm (poppler-utils) must be installed");
    QCOMPARE(gui.size(), cli.size());
    QVERIFY(gui.width() > gui.height()); // landscape: media-company is wider than tall
    QVERIFY(gui == cli);
    auto pageText = [](const QString &pdf) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                 QStringLiteral("2"), pdf, QStringLiteral("-")});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString text = pageText(prompts->exportPath);
    QCOMPARE(text, pageText(headless));
    for (EntityId id : window->document()->model().ids(EntityKind::InstanceGroup))
        QVERIFY2(text.contains(window->document()->model().find(id)->name), qPrintable(text));
}

void tst_MainWindowImportExport::exportErrorsAreShown()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QVERIFY(window->openFile(m_generated));
    prompts->exportPath = m_dir.filePath(QStringLiteral("no-such-dir/report.pdf"));
    QVERIFY(!window->exportReport());
    QCOMPARE(prompts->errors.size(), 1);
    prompts->exportPath = m_dir.filePath(QStringLiteral("no-such-dir/costs.csv"));
    QVERIFY(!window->exportCostTable());
    QCOMPARE(prompts->errors.size(), 2);
    QVERIFY(!QGuiApplication::overrideCursor());
}

void tst_MainWindowImportExport::importIntoEmptyDesignIsOneStep()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    const TerraformImport::Result expected
            = TerraformImport::fromFile(importFixture("state-with-modules.json"));
    QVERIFY(expected.ok);
    prompts->importPath = importFixture("state-with-modules.json");
    QAction *action = importAction(window.get());
    QVERIFY(action);
    action->trigger();
    QCOMPARE(prompts->importTargetQuestions, 0); // nothing to add to: no question
    Document *doc = window->document();
    QCOMPARE(contentOf(doc->model()), contentOf(expected.model));
    const QUndoStack *stack = doc->undoStack();
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), QStringLiteral("Import Terraform JSON"));
    QCOMPARE(prompts->importReport,
             (QStringList{QStringLiteral("random_id.suffix (random_id): not an aliyun/alicloud "
                                         "resource"),
                          QStringLiteral("module.app.alicloud_oss_bucket.logs "
                                         "(alicloud_oss_bucket): a resource type the import "
                                         "does not map")}));
    int inferred = 0;
    for (EntityId id : doc->model().ids(EntityKind::Link))
        inferred += doc->model().find(id)->link.inferred ? 1 : 0;
    QCOMPARE(inferred, 3);
    doc->undo();
    QCOMPARE(doc->model().size(), 0);
    doc->redo();
    QCOMPARE(contentOf(doc->model()), contentOf(expected.model));
}

void tst_MainWindowImportExport::importAddsToCurrentDesignAsOneStep()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QVERIFY(window->openFile(
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/three-zone-web.ecsplan")));
    Document *doc = window->document();
    const Model before = doc->model();
    const int steps = doc->undoStack()->count();
    QRectF existing;
    for (const Entity &e : before.entities())
        existing |= e.isLink() ? QRectF() : e.geometry;
    prompts->importTarget = UserPrompts::ImportTarget::CurrentDesign;
    QVERIFY(window->importTerraformJson(importFixture("state-with-modules.json")));
    QCOMPARE(prompts->importTargetQuestions, 1);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const TerraformImport::Result expected
            = TerraformImport::fromFile(importFixture("state-with-modules.json"));
    QCOMPARE(doc->model().size(), before.size() + expected.model.size());
    // The imported region stands right of everything that was there, its zones inside it.
    const Entity *prod = doc->model().findByName(EntityKind::Region, QStringLiteral("prod"));
    QVERIFY(prod);
    QVERIFY(prod->geometry.left() > existing.right());
    QCOMPARE(doc->model().childrenOf(prod->id).size(),
             expected.model
                     .childrenOf(
                             expected.model.findByName(EntityKind::Region, QStringLiteral("prod"))
                                     ->id)
                     .size());
    doc->undo();
    QCOMPARE(contentOf(doc->model()), contentOf(before));
    QCOMPARE(doc->model().size(), before.size());
}

void tst_MainWindowImportExport::importAsNewDesign()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QVERIFY(window->openFile(
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/media-company.ecsplan")));
    prompts->importTarget = UserPrompts::ImportTarget::NewDesign;
    QVERIFY(window->importTerraformJson(importFixture("plan-resource-changes.json")));
    Document *doc = window->document();
    QCOMPARE(contentOf(doc->model()),
             (QStringList{QStringLiteral("instanceGroup:app in dev-a"),
                          QStringLiteral("region:dev in "), QStringLiteral("zone:dev-a in dev")}));
    QVERIFY(doc->fileName().isEmpty());
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(prompts->importReport,
             QStringList{QStringLiteral("aws_s3_bucket.x (aws_s3_bucket): not an aliyun/alicloud "
                                        "resource")});
}

void tst_MainWindowImportExport::importOfMalformedFileChangesNothing()
{
    FakePrompts *prompts = nullptr;
    std::unique_ptr<MainWindow> window(makeWindow(&prompts));
    QVERIFY(window->openFile(
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/media-company.ecsplan")));
    Document *doc = window->document();
    const QStringList before = contentOf(doc->model());
    const int steps = doc->undoStack()->count();
    const QString path = importFixture("malformed-resource.json");
    QVERIFY(!window->importTerraformJson(path));
    QCOMPARE(prompts->errors,
             QStringList{path
                         + QStringLiteral(": /values/root_module/resources/0/type: missing or "
                                          "not a string")});
    QCOMPARE(prompts->importTargetQuestions, 0);
    QCOMPARE(contentOf(doc->model()), before);
    QCOMPARE(doc->undoStack()->count(), steps);
}

QTEST_MAIN(tst_MainWindowImportExport)
#include "tst_mainwindowimportexport.moc"
