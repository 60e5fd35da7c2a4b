#include "catalog/catalog.h"
#include "export/terraform/terraformexporter.h"
#include "generateddesign.h"
#include "io/designfile.h"
#include "mainwindow/mainwindow.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "terraform/hclhighlighter.h"
#include "terraform/terraformexportdialog.h"
#include "terraform/terraformexportsettings.h"
#include "terraform/terraformpreviewdock.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>
#include <QTimer>

using namespace ecsplan;

/// True when variables.tf gives a scaling group's max_size (a `<group>_max_size` variable,
/// since the export turned group sizes into variables with the design's values as defaults)
/// the default `n`.
static bool hasMaxSizeDefault(const QByteArray &variables, int n)
{
    static const QRegularExpression block(
            QStringLiteral("variable \"[a-z0-9_]+_max_size\" \\{\n[^}]*default     = (\\d+)\n"));
    for (const auto &m : block.globalMatch(QString::fromUtf8(variables))) {
        if (m.captured(1).toInt() == n)
            return true;
    }
    return false;
}

namespace {

const QString SamplePath
        = QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/three-zone-web.ecsplan");

void loadSample(Document *document)
{
    QStringList errors;
    QVERIFY2(DesignFile::open(document, SamplePath, &errors, &Catalog::builtin()),
             qPrintable(errors.join(QLatin1Char('\n'))));
}

/** The format the highlighter gave the character at `column` of `block` (empty if none). */
QTextCharFormat formatAt(const QTextBlock &block, int column)
{
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

EntityId idByName(const Model &model, EntityKind kind, const QString &name)
{
    const Entity *e = model.findByName(kind, name);
    return e ? e->id : EntityId::None;
}

} // namespace

class tst_TerraformGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void previewShowsExporterBytes();
    void previewFollowsEdits();
    void previewIgnoresGeometry();
    void lateRefreshYieldsToTheFrame();
    void largeDesignDebouncesLonger();
    void backgroundRefreshLeavesTheGuiThread();
    void editDuringBackgroundRefreshDropsItsResult();
    void hiddenPreviewStaysIdle();
    void highlighterFormats_data();
    void highlighterFormats();
    void highlighterMultiLineComment();
    void highlighterFollowsPalette();
    void bucketRules_data();
    void bucketRules();
    void endpointRules_data();
    void endpointRules();
    void dialogRefusesInvalidBucket();
    void dialogRefusesFileAsDirectory();
    void undeployableDesignIsRefused();
    void cancelledExportWritesNothing();
    void dialogWritesFiles_data();
    void dialogWritesFiles();
    void mainWindowWiring();
    void screenshot();
};

void tst_TerraformGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ecsplan-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_terraformgui"));
}

void tst_TerraformGui::init()
{
    QSettings().remove(QStringLiteral("TerraformExport"));
}

void tst_TerraformGui::previewShowsExporterBytes()
{
    Document document;
    loadSample(&document);
    TerraformPreviewDock dock(&document);
    const ExportResult expected
            = TerraformExporter::generate(document.model(), TerraformExporter::Options());

    QCOMPARE(dock.fileNames(), expected.files.keys());
    QVERIFY(dock.fileNames().contains(QStringLiteral("compute.tf")));
    QVERIFY(!dock.fileNames().contains(QStringLiteral("backend.tf")));
    for (auto it = expected.files.cbegin(); it != expected.files.cend(); ++it) {
        QVERIFY(dock.setCurrentFile(it.key()));
        QCOMPARE(dock.currentFileName(), it.key());
        QCOMPARE(dock.viewer()->toPlainText().toUtf8(), it.value());
    }
    QCOMPARE(dock.warningList()->count(), expected.warnings.size());
    for (int i = 0; i < expected.warnings.size(); ++i)
        QCOMPARE(dock.warningList()->item(i)->text(), expected.warnings.at(i));
    QVERIFY(!dock.setCurrentFile(QStringLiteral("missing.tf")));
}

void tst_TerraformGui::previewFollowsEdits()
{
    Document document;
    loadSample(&document);
    TerraformPreviewDock dock(&document);
    QVERIFY(dock.setCurrentFile(QStringLiteral("compute.tf")));
    const QByteArray before = dock.result().files.value(QStringLiteral("compute.tf"));
    QVERIFY(hasMaxSizeDefault(dock.result().files.value(QStringLiteral("variables.tf")), 15));

    const EntityId asg
            = idByName(document.model(), EntityKind::ScalingGroup, QStringLiteral("web-asg"));
    QVERIFY(asg != EntityId::None);
    QVERIFY(document.setProperty({asg}, Property::MaxSize, 20).ok());
    QVERIFY(dock.isUpdatePending());
    QCOMPARE(dock.result().files.value(QStringLiteral("compute.tf")), before); // debounced
    QVERIFY(!hasMaxSizeDefault(dock.result().files.value(QStringLiteral("variables.tf")), 20));

    dock.refreshNow();
    QVERIFY(!dock.isUpdatePending());
    const ExportResult fresh = TerraformExporter::generate(document.model(), {});
    const QByteArray after = fresh.files.value(QStringLiteral("compute.tf"));
    QVERIFY(hasMaxSizeDefault(fresh.files.value(QStringLiteral("variables.tf")), 20));
    QCOMPARE(dock.result().files, fresh.files);
    QCOMPARE(dock.result().files.value(QStringLiteral("compute.tf")), after);
    QCOMPARE(dock.currentFileName(), QStringLiteral("compute.tf"));
    QCOMPARE(dock.viewer()->toPlainText().toUtf8(), after);

    // Undo goes back through the same path.
    document.undo();
    QVERIFY(dock.isUpdatePending());
    dock.refreshNow();
    QCOMPARE(dock.viewer()->toPlainText().toUtf8(), before);
}

void tst_TerraformGui::previewIgnoresGeometry()
{
    Document document;
    loadSample(&document);
    TerraformPreviewDock dock(&document);
    const EntityId asg
            = idByName(document.model(), EntityKind::ScalingGroup, QStringLiteral("web-asg"));
    QVERIFY(document.setProperty({asg}, Property::Notes, QStringLiteral("moved")).ok());
    QVERIFY(!dock.isUpdatePending());
    QVERIFY(document.setProperty({asg}, Property::Name, QStringLiteral("web-fleet")).ok());
    QVERIFY(dock.isUpdatePending());
}

/**
 * A debounce that fires late (the GUI thread was busy, as when a design is opened and its
 * canvas built) waits one more interval before generating: the window paints first.
 */
void tst_TerraformGui::lateRefreshYieldsToTheFrame()
{
    Document document;
    loadSample(&document);
    TerraformPreviewDock dock(&document);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    const EntityId asg
            = idByName(document.model(), EntityKind::ScalingGroup, QStringLiteral("web-asg"));
    QVERIFY(document.setProperty({asg}, Property::MaxSize, 20).ok());
    QVERIFY(dock.isUpdatePending());
    QThread::msleep(3 * TerraformPreviewDock::DebounceMs); // busy, as a canvas being built
    QCoreApplication::processEvents(); // the late timer fires: it waits again
    QVERIFY(dock.isUpdatePending());
    QVERIFY(!hasMaxSizeDefault(dock.result().files.value(QStringLiteral("variables.tf")), 20));
    QTRY_VERIFY_WITH_TIMEOUT(!dock.isUpdatePending(), 5000);
    QVERIFY(hasMaxSizeDefault(dock.result().files.value(QStringLiteral("variables.tf")), 20));
}

void tst_TerraformGui::largeDesignDebouncesLonger()
{
    Document document;
    document.resetModel(test::generateDesign(10000));
    QVERIFY(document.model().size() > TerraformPreviewDock::LargeDesign);
    QElapsedTimer timer;
    timer.start();
    TerraformPreviewDock dock(&document);
    qInfo("10,000-node design: first preview in %lld ms", timer.elapsed());
    auto *status = dock.findChild<QLabel *>(QStringLiteral("terraformStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("Files: %1").arg(dock.fileNames().size()));

    QVERIFY(dock.setCurrentFile(QStringLiteral("compute.tf")));
    const EntityId asg = document.model().ids(EntityKind::ScalingGroup).constFirst();
    QVERIFY(document.setProperty({asg}, Property::MaxSize, 40).ok());
    QVERIFY(dock.isUpdatePending());
    QCOMPARE(status->text(), QStringLiteral("updating…"));
    QVERIFY(!hasMaxSizeDefault(dock.result().files.value(QStringLiteral("variables.tf")), 40));
    timer.restart();
    dock.refreshNow();
    qInfo("10,000-node design: refresh in %lld ms (%s; shown %s, %d lines)", timer.elapsed(),
          qPrintable(status->toolTip()), qPrintable(dock.currentFileName()),
          dock.viewer()->blockCount());
    const QByteArray compute = dock.result().files.value(QStringLiteral("compute.tf"));
    QVERIFY(hasMaxSizeDefault(dock.result().files.value(QStringLiteral("variables.tf")), 40));
    QCOMPARE(status->text(), QStringLiteral("Files: %1").arg(dock.fileNames().size()));
    // The viewer holds the head of the file only; Copy takes all of it.
    QVERIFY(compute.count('\n') > TerraformPreviewDock::PreviewLineLimit);
    QCOMPARE(dock.viewer()->blockCount(), TerraformPreviewDock::PreviewLineLimit + 1);
    QVERIFY(compute.startsWith(dock.viewer()->toPlainText().toUtf8()));
    dock.copyCurrentFile();
    QCOMPARE(QGuiApplication::clipboard()->text().toUtf8(), compute);
}

/**
 * The debounce's generation runs on a worker: the GUI thread returns at once with the old
 * files still shown and "updating…", and the new files arrive through the event loop.
 */
void tst_TerraformGui::backgroundRefreshLeavesTheGuiThread()
{
    Document document;
    document.resetModel(test::generateDesign(10000));
    TerraformPreviewDock dock(&document);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    auto *status = dock.findChild<QLabel *>(QStringLiteral("terraformStatus"));
    QVERIFY(status);
    const EntityId asg = document.model().ids(EntityKind::ScalingGroup).constFirst();
    QVERIFY(document.setProperty({asg}, Property::MaxSize, 40).ok());
    const QByteArray before = dock.result().files.value(QStringLiteral("variables.tf"));
    QVERIFY(!hasMaxSizeDefault(before, 40));

    dock.refreshInBackground(); // what the timer does when it fires
    QVERIFY(dock.isUpdatePending());
    QCOMPARE(status->text(), QStringLiteral("updating…"));
    QCOMPARE(dock.result().files.value(QStringLiteral("variables.tf")), before);
    QTRY_VERIFY_WITH_TIMEOUT(!dock.isUpdatePending(), 30000);
    QCOMPARE(dock.result().files, TerraformExporter::generate(document.model(), {}).files);
    QVERIFY(hasMaxSizeDefault(dock.result().files.value(QStringLiteral("variables.tf")), 40));
    QCOMPARE(status->text(), QStringLiteral("Files: %1").arg(dock.fileNames().size()));
}

/** An edit while the worker generates: that generation's files are never shown. */
void tst_TerraformGui::editDuringBackgroundRefreshDropsItsResult()
{
    Document document;
    document.resetModel(test::generateDesign(10000));
    TerraformPreviewDock dock(&document);
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    const EntityId asg = document.model().ids(EntityKind::ScalingGroup).constFirst();
    QVERIFY(document.setProperty({asg}, Property::MaxSize, 40).ok());
    dock.refreshInBackground();
    QVERIFY(document.setProperty({asg}, Property::MaxSize, 41).ok()); // while it runs
    QVERIFY(dock.isUpdatePending());
    // Until the next generation is done, no file says 40 (the dropped one) or 41.
    while (dock.isUpdatePending()) {
        QVERIFY(!hasMaxSizeDefault(dock.result().files.value(QStringLiteral("variables.tf")), 40));
        QTest::qWait(20);
    }
    QVERIFY(hasMaxSizeDefault(dock.result().files.value(QStringLiteral("variables.tf")), 41));
    QCOMPARE(dock.result().files, TerraformExporter::generate(document.model(), {}).files);
}

/** Behind another tab the preview generates nothing; raising its tab catches up. */
void tst_TerraformGui::hiddenPreviewStaysIdle()
{
    MainWindow window(&Catalog::builtin());
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<TerraformPreviewDock *>(QStringLiteral("terraformDock"));
    QVERIFY(dock);
    auto *undoDock = window.findChild<QDockWidget *>(QStringLiteral("undoHistoryDock"));
    QVERIFY(undoDock);
    undoDock->raise(); // the preview shares a tab with the history
    // Qt keeps a tab behind another "visible", parked outside the window: nothing shows of it.
    QVERIFY(dock->isVisible());
    QTRY_VERIFY(dock->visibleRegion().isEmpty());
    const QStringList emptyDesign = dock->fileNames();
    QVERIFY(window.openFile(SamplePath));
    QTest::qWait(3 * TerraformPreviewDock::DebounceMs + 100); // the debounce fired meanwhile
    QVERIFY(dock->isUpdatePending());
    QCOMPARE(dock->fileNames(), emptyDesign); // nothing generated for the opened design
    dock->raise();
    QTRY_VERIFY_WITH_TIMEOUT(!dock->isUpdatePending(), 10000);
    QVERIFY(dock->fileNames().contains(QStringLiteral("compute.tf")));
    QVERIFY(!emptyDesign.contains(QStringLiteral("compute.tf")));
}

void tst_TerraformGui::highlighterFormats_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role"); // -1: no format

    const QString resource = QStringLiteral("resource \"alicloud_vpc\" \"main\" {");
    const QString attribute = QStringLiteral("  vpc_name = \"${var.name_prefix}-vpc\" # trailing");
    QTest::newRow("comment #") << QStringLiteral("# Generated by ECS Planner") << 4
                               << int(HclHighlighter::Comment);
    QTest::newRow("comment //") << QStringLiteral("  // note") << 3 << int(HclHighlighter::Comment);
    QTest::newRow("keyword") << resource << 0 << int(HclHighlighter::Keyword);
    QTest::newRow("label string") << resource << 10 << int(HclHighlighter::String);
    QTest::newRow("brace") << resource << int(resource.size() - 1) << -1;
    QTest::newRow("attribute") << attribute << 2 << int(HclHighlighter::Attribute);
    QTest::newRow("string quote") << attribute << 13 << int(HclHighlighter::String);
    QTest::newRow("interpolation") << attribute << 16 << int(HclHighlighter::Interpolation);
    QTest::newRow("after interpolation") << attribute << 34 << int(HclHighlighter::String);
    QTest::newRow("trailing comment") << attribute << 40 << int(HclHighlighter::Comment);
    QTest::newRow("hash in string")
            << QStringLiteral("  a = \"x#y\"") << 8 << int(HclHighlighter::String);
    QTest::newRow("escaped quote")
            << QStringLiteral("  a = \"x\\\"y\" # c") << 10 << int(HclHighlighter::String);
    QTest::newRow("literal $${") << QStringLiteral("  a = \"$${x}\"") << 9
                                 << int(HclHighlighter::String);
    QTest::newRow("number") << QStringLiteral("  count = 3") << 10 << int(HclHighlighter::Number);
    QTest::newRow("constant") << QStringLiteral("  encrypt = true") << 13
                              << int(HclHighlighter::Constant);
    QTest::newRow("nested block") << QStringLiteral("  system_disk {") << 4
                                  << int(HclHighlighter::BlockName);
    QTest::newRow("reference") << QStringLiteral("  vpc_id = alicloud_vpc.main.id") << 14 << -1;
    QTest::newRow("object key") << QStringLiteral("  tags = { component = \"web\" }") << 12
                                << int(HclHighlighter::Attribute);
}

void tst_TerraformGui::highlighterFormats()
{
    QFETCH(QString, line);
    QFETCH(int, column);
    QFETCH(int, role);

    QTextDocument document;
    HclHighlighter highlighter(&document);
    document.setPlainText(line);
    highlighter.rehighlight(); // the first pass after construction is otherwise deferred
    const QTextCharFormat format = formatAt(document.firstBlock(), column);
    if (role < 0) {
        QVERIFY2(!format.hasProperty(QTextFormat::ForegroundBrush),
                 qPrintable(format.foreground().color().name()));
        return;
    }
    const QTextCharFormat expected = highlighter.format(HclHighlighter::Role(role));
    QCOMPARE(format.foreground().color(), expected.foreground().color());
    QCOMPARE(format.fontWeight(), expected.fontWeight());
    QCOMPARE(format.fontItalic(), expected.fontItalic());
}

void tst_TerraformGui::highlighterMultiLineComment()
{
    QTextDocument document;
    HclHighlighter highlighter(&document);
    document.setPlainText(QStringLiteral("/* one\n  count = 3\n*/ count = 4"));
    highlighter.rehighlight(); // the first pass after construction is otherwise deferred
    const QColor comment = highlighter.format(HclHighlighter::Comment).foreground().color();
    const QColor number = highlighter.format(HclHighlighter::Number).foreground().color();
    QCOMPARE(formatAt(document.findBlockByNumber(1), 10).foreground().color(), comment);
    QCOMPARE(formatAt(document.findBlockByNumber(2), 0).foreground().color(), comment);
    QCOMPARE(formatAt(document.findBlockByNumber(2), 11).foreground().color(), number);
}

void tst_TerraformGui::highlighterFollowsPalette()
{
    QTextDocument document;
    HclHighlighter highlighter(&document);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    highlighter.setPalette(light);
    QVERIFY(!highlighter.isDark());
    QCOMPARE(highlighter.format(HclHighlighter::String).foreground().color(),
             QColor(0x11, 0x63, 0x29));
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    highlighter.setPalette(dark);
    QVERIFY(highlighter.isDark());
    QCOMPARE(highlighter.format(HclHighlighter::String).foreground().color(),
             QColor(0x7e, 0xe7, 0x87));
}

void tst_TerraformGui::bucketRules_data()
{
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<bool>("valid");
    QTest::newRow("typical") << QStringLiteral("tf-state-01") << true;
    QTest::newRow("3 chars") << QStringLiteral("abc") << true;
    QTest::newRow("63 chars") << QString(63, QLatin1Char('a')) << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("2 chars") << QStringLiteral("ab") << false;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << false;
    QTest::newRow("uppercase") << QStringLiteral("TfState") << false;
    QTest::newRow("underscore") << QStringLiteral("tf_state") << false;
    QTest::newRow("dot") << QStringLiteral("tf.state") << false;
    QTest::newRow("leading hyphen") << QStringLiteral("-tfstate") << false;
    QTest::newRow("trailing hyphen") << QStringLiteral("tfstate-") << false;
}

void tst_TerraformGui::bucketRules()
{
    QFETCH(QString, bucket);
    QFETCH(bool, valid);
    QCOMPARE(TerraformExportSettings::checkBucket(bucket).isEmpty(), valid);
}

void tst_TerraformGui::endpointRules_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("https") << QStringLiteral("https://tf-lock.cn-hangzhou.ots.aliyuncs.com")
                           << true;
    QTest::newRow("vpc http") << QStringLiteral(
            "http://tf-lock.cn-hangzhou.vpc.tablestore.aliyuncs.com/")
                              << true;
    QTest::newRow("no scheme") << QStringLiteral("tf-lock.cn-hangzhou.ots.aliyuncs.com") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://tf-lock.cn-hangzhou.ots.aliyuncs.com") << false;
    QTest::newRow("path") << QStringLiteral("https://tf-lock.cn-hangzhou.ots.aliyuncs.com/x")
                          << false;
    QTest::newRow("single label") << QStringLiteral("https://localhost") << false;
    QTest::newRow("space") << QStringLiteral("https://tf lock.aliyuncs.com") << false;
}

void tst_TerraformGui::endpointRules()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, valid);
    QCOMPARE(TerraformExportSettings::checkTablestoreEndpoint(endpoint).isEmpty(), valid);
}

void tst_TerraformGui::dialogRefusesInvalidBucket()
{
    Document document;
    loadSample(&document);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TerraformExportDialog dialog(&document);
    dialog.directoryEdit()->setText(dir.path());
    dialog.backendGroup()->setChecked(true);
    dialog.bucketEdit()->setText(QStringLiteral("My_State"));

    QCOMPARE(dialog.reasonFor(dialog.bucketEdit()),
             TerraformExportSettings::checkBucket(QStringLiteral("My_State")));
    QVERIFY(!dialog.reasonFor(dialog.bucketEdit()).isEmpty());
    QVERIFY(!dialog.exportFiles());
    QVERIFY(!dialog.lastError().isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());

    // Unchecking the backend group makes the bucket irrelevant.
    dialog.backendGroup()->setChecked(false);
    QCOMPARE(dialog.reasonFor(dialog.bucketEdit()), QString());
    QVERIFY(dialog.exportFiles());
}

void tst_TerraformGui::undeployableDesignIsRefused()
{
    Document document;
    loadSample(&document);
    TerraformPreviewDock dock(&document);
    auto *status = dock.findChild<QLabel *>(QStringLiteral("terraformStatus"));
    QVERIFY(status);
    QVERIFY(dock.problems().isEmpty());
    const int warnings = dock.warningList()->count();

    // The sample's ALB in one zone: Alibaba Cloud refuses an ALB with fewer than two.
    const EntityId alb
            = idByName(document.model(), EntityKind::LoadBalancer, QStringLiteral("web-alb"));
    const EntityId zone = document.model().find(alb)->zones.first();
    QVERIFY(document.setProperty({alb}, Property::Zones, QVariant::fromValue(EntityIds{zone}))
                    .ok());
    dock.refreshNow();
    const QString line
            = QStringLiteral("web-alb (#%1), zones: an ALB must span at least two zones of its "
                             "region; it spans 1.")
                      .arg(toUInt(alb));
    QCOMPARE(dock.problems().size(), 1);
    // The problem first, then the exporter's warnings (it warns about the lone zone too).
    QCOMPARE(dock.warningList()->count(), 1 + dock.result().warnings.size());
    QCOMPARE(dock.warningList()->item(0)->text(), line);
    QCOMPARE(status->text(), QStringLiteral("Not exportable: 1 problem(s)"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TerraformExportDialog dialog(&document);
    dialog.directoryEdit()->setText(dir.path());
    QVERIFY(!dialog.exportFiles());
    QVERIFY2(dialog.lastError().endsWith(QLatin1Char('\n') + line), qPrintable(dialog.lastError()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());

    // Undo: deployable again, the dock and the dialog follow.
    document.undo();
    dock.refreshNow();
    QVERIFY(dock.problems().isEmpty());
    QCOMPARE(dock.warningList()->count(), warnings);
    QVERIFY2(dialog.exportFiles(), qPrintable(dialog.lastError()));
}

void tst_TerraformGui::dialogRefusesFileAsDirectory()
{
    Document document;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    TerraformExportDialog dialog(&document);
    dialog.directoryEdit()->setText(file);
    QCOMPARE(dialog.reasonFor(dialog.directoryEdit()),
             TerraformExportSettings::checkDirectory(file));
    QVERIFY(!dialog.reasonFor(dialog.directoryEdit()).isEmpty());
    QVERIFY(!dialog.exportFiles());
    dialog.directoryEdit()->setText(QString());
    QVERIFY(!dialog.reasonFor(dialog.directoryEdit()).isEmpty());
}

/**
 * Export runs with a progress dialog that can be cancelled; cancelled, the directory holds the
 * previous export's files byte for byte, the settings and the last result are the previous ones.
 */
void tst_TerraformGui::cancelledExportWritesNothing()
{
    Document document;
    loadSample(&document);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("out"));
    TerraformExportDialog dialog(&document);
    dialog.directoryEdit()->setText(target);
    dialog.namePrefixEdit()->setText(QStringLiteral("first"));
    QVERIFY2(dialog.exportFiles(), qPrintable(dialog.lastError()));
    const ExportResult first = dialog.lastResult();
    const QStringList files = QDir(target).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, first.files.keys());
    QVERIFY(!files.isEmpty());
    QMap<QString, QByteArray> written;
    for (const QString &name : files)
        written.insert(name, bytesOf(QDir(target).filePath(name)));

    dialog.namePrefixEdit()->setText(QStringLiteral("second")); // would change every file
    bool cancelled = false;
    QTimer::singleShot(0, &dialog, [&] {
        auto *progress
                = dialog.findChild<QProgressDialog *>(QStringLiteral("backgroundTaskProgress"));
        if (progress) {
            progress->cancel();
            cancelled = true;
        }
    });
    QVERIFY(!dialog.exportFiles());
    QVERIFY(cancelled);
    QCOMPARE(dialog.lastError(), QStringLiteral("Export cancelled; no file was written."));
    QCOMPARE(dialog.lastResult().files, first.files);
    QCOMPARE(QDir(target).entryList(QDir::Files, QDir::Name), files);
    for (const QString &name : files)
        QCOMPARE(bytesOf(QDir(target).filePath(name)), written.value(name));
    QCOMPARE(TerraformExportSettings::load().options.namePrefix, QStringLiteral("first"));
    // Not cancelled, the same dialog writes the new prefix.
    QVERIFY2(dialog.exportFiles(), qPrintable(dialog.lastError()));
    bool changed = false;
    for (const QString &name : files)
        changed = changed || bytesOf(QDir(target).filePath(name)) != written.value(name);
    QVERIFY(changed);
    QCOMPARE(TerraformExportSettings::load().options.namePrefix, QStringLiteral("second"));
}

void tst_TerraformGui::dialogWritesFiles_data()
{
    QTest::addColumn<bool>("backend");
    QTest::newRow("no backend") << false;
    QTest::newRow("oss backend") << true;
}

void tst_TerraformGui::dialogWritesFiles()
{
    QFETCH(bool, backend);
    Document document;
    loadSample(&document);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("nested/out")); // created on export

    TerraformExportDialog dialog(&document);
    QCOMPARE(dialog.providerVersionEdit()->text(), QStringLiteral("~> 1.280"));
    dialog.directoryEdit()->setText(target);
    dialog.namePrefixEdit()->setText(QStringLiteral("shop"));
    dialog.bucketEdit()->setText(QStringLiteral("tf-state-shop"));
    dialog.tablestoreEndpointEdit()->setText(
            QStringLiteral("https://tf-lock.cn-hangzhou.ots.aliyuncs.com"));
    dialog.backendGroup()->setChecked(backend);
    if (backend) { // locking needs the table as well as the endpoint
        QVERIFY(!dialog.reasonFor(dialog.tablestoreTableEdit()).isEmpty());
        QVERIFY(!dialog.exportFiles());
    }
    dialog.tablestoreTableEdit()->setText(QStringLiteral("statelock"));
    QCOMPARE(dialog.reasonFor(dialog.tablestoreTableEdit()), QString());
    QVERIFY2(dialog.exportFiles(), qPrintable(dialog.lastError()));

    TerraformExporter::Options options;
    options.namePrefix = QStringLiteral("shop");
    if (backend) {
        options.backend.bucket = QStringLiteral("tf-state-shop");
        options.backend.key = QStringLiteral("terraform.tfstate");
        options.backend.tablestoreEndpoint
                = QStringLiteral("https://tf-lock.cn-hangzhou.ots.aliyuncs.com");
        options.backend.tablestoreTable = QStringLiteral("statelock");
    }
    // The README carries the engine's monthly estimate, as ecsplan-cli export writes it.
    options.monthlyEstimate
            = TerraformExporter::monthlyEstimate(document.model(), Catalog::builtin());
    const ExportResult expected = TerraformExporter::generate(document.model(), options);
    QCOMPARE(QFileInfo::exists(QDir(target).filePath(QStringLiteral("backend.tf"))), backend);
    MetricsEngine live(&document, &Catalog::builtin());
    live.flush();
    QVERIFY(live.totals().monthly > 0);
    const QByteArray readme = bytesOf(QDir(target).filePath(QStringLiteral("README.md")));
    QVERIFY2(readme.contains(
                     QStringLiteral("**%1 per month**")
                             .arg(metrics::money(live.totals().monthly, live.totals().currency))
                             .toUtf8()),
             readme.constData());
    QVERIFY(!readme.contains("not computed"));
    QCOMPARE(QDir(target).entryList(QDir::Files, QDir::Name), expected.files.keys());
    for (auto it = expected.files.cbegin(); it != expected.files.cend(); ++it)
        QCOMPARE(bytesOf(QDir(target).filePath(it.key())), it.value());

    const TerraformExportSettings remembered = TerraformExportSettings::load();
    QCOMPARE(remembered.directory, target);
    QCOMPARE(remembered.backendEnabled, backend);
    QCOMPARE(remembered.options.namePrefix, QStringLiteral("shop"));
    QCOMPARE(remembered.options.backend.bucket, QStringLiteral("tf-state-shop"));

    // A new dialog starts from what was remembered; the preview uses it too.
    TerraformExportDialog again(&document);
    QCOMPARE(again.directoryEdit()->text(), QDir::toNativeSeparators(target));
    QCOMPARE(again.backendGroup()->isChecked(), backend);
    TerraformPreviewDock dock(&document);
    QCOMPARE(dock.fileNames(), expected.files.keys());
    // With the live engine the preview shows the README the export writes.
    QVERIFY(!dock.result().files.value(QStringLiteral("README.md")).contains("per month**"));
    dock.setMetricsEngine(&live);
    QCOMPARE(dock.result().files.value(QStringLiteral("README.md")), readme);
}

void tst_TerraformGui::mainWindowWiring()
{
    MainWindow window(&Catalog::builtin());
    QAction *action = window.exportTerraformAction();
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QVERIFY(window.exportMenu()->actions().contains(action));

    auto *dock = window.findChild<TerraformPreviewDock *>(QStringLiteral("terraformDock"));
    QVERIFY(dock);
    QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
    // The inspector has a dock of its own (issue 13); the preview shares a tab with the history.
    auto *inspectorDock = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
    QVERIFY(!window.tabifiedDockWidgets(inspectorDock).contains(dock));
    auto *undoDock = window.findChild<QDockWidget *>(QStringLiteral("undoHistoryDock"));
    QVERIFY(undoDock);
    QVERIFY(window.tabifiedDockWidgets(undoDock).contains(dock));

    QMenu *docks = nullptr;
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("&Docks"))
            docks = menu;
    }
    QVERIFY(docks);
    QVERIFY(docks->actions().contains(dock->toggleViewAction()));

    // The dock follows the window's document.
    QVERIFY(dock->fileNames().size()
            > 1); // the empty design still has versions.tf, variables.tf ...
    QVERIFY(dock->setCurrentFile(dock->fileNames().constLast()));
    QVERIFY(window.openFile(SamplePath));
    dock->refreshNow();
    // The README carries the window's live engine estimate, as File → Export writes it.
    TerraformExporter::Options withEstimate;
    withEstimate.monthlyEstimate
            = TerraformExporter::monthlyEstimate(window.document()->model(), Catalog::builtin());
    QVERIFY(withEstimate.monthlyEstimate.contains(QStringLiteral(" per month**")));
    QCOMPARE(dock->result().files,
             TerraformExporter::generate(window.document()->model(), withEstimate).files);
    QCOMPARE(dock->currentFileName(),
             dock->fileNames().constFirst()); // a new design starts at the top
}

void tst_TerraformGui::screenshot()
{
    const QString path = qEnvironmentVariable("ECSPLAN_TFPREVIEW_PNG");
    if (path.isEmpty())
        QSKIP("set ECSPLAN_TFPREVIEW_PNG=/tmp/tfpreview.png to write a screenshot");
    const QPalette original = QApplication::palette();
    for (bool dark : {false, true}) {
        Document document;
        if (dark) { // a design with warnings, in a dark application palette
            QStringList errors;
            QVERIFY(DesignFile::open(
                    &document,
                    QStringLiteral(ECSPLAN_TEST_DATA
                                   "/terraform/edge-scaling-vs-fixed/design.ecsplan"),
                    &errors));
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
            palette.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
            palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
            palette.setColor(QPalette::ButtonText, QColor(0xdd, 0xdd, 0xdd));
            QApplication::setPalette(palette);
        } else {
            loadSample(&document);
        }
        TerraformPreviewDock dock(&document);
        QCOMPARE(dock.highlighter()->isDark(), dark);
        dock.resize(560, 720);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QVERIFY(dock.setCurrentFile(QStringLiteral("compute.tf")));
        const QString out = dark
                ? QString(path).replace(QStringLiteral(".png"), QStringLiteral("-dark.png"))
                : path;
        QVERIFY(dock.grab().save(out));
    }
    QApplication::setPalette(original);

    Document document;
    loadSample(&document);
    TerraformExportDialog dialog(&document);
    dialog.backendGroup()->setChecked(true);
    dialog.bucketEdit()->setText(QStringLiteral("TF_state"));
    dialog.tablestoreEndpointEdit()->setText(
            QStringLiteral("https://tf-lock.cn-hangzhou.ots.aliyuncs.com"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(
            QString(path).replace(QStringLiteral(".png"), QStringLiteral("-dialog.png"))));

    MainWindow window(&Catalog::builtin());
    QVERIFY(window.openFile(SamplePath));
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<TerraformPreviewDock *>(QStringLiteral("terraformDock"));
    dock->raise();
    QTRY_VERIFY(!dock->isUpdatePending());
    QVERIFY(window.grab().save(
            QString(path).replace(QStringLiteral(".png"), QStringLiteral("-window.png"))));
}

QTEST_MAIN(tst_TerraformGui)
#include "tst_terraformgui.moc"
