// The stakeholder report and the CSV cost table, from every sample design: page size, page
// count, the engine's total in the PDF's text, findings listed, CSV rows equal to the engine.
#include "report/costtable.h"
#include "report/headlessreport.h"
#include "report/stakeholderreport.h"

#include "catalog/catalog.h"
#include "io/designfile.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "model/document.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ecsplan;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    // Undo the typographic ligatures the PDF's font applies ("ﬁndings").
    return QString::fromUtf8(p.readAllStandardOutput())
            .replace(QChar(0xFB01), QStringLiteral("fi"))
            .replace(QChar(0xFB00), QStringLiteral("ff"))
            .replace(QChar(0xFB02), QStringLiteral("fl"));
}

int pdfPages(const QString &pdf, QString *pageSize)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(30000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QRegularExpressionMatch pages
            = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
    const QRegularExpressionMatch size
            = QRegularExpression(QStringLiteral("Page size:\\s+([^\\n]+)")).match(out);
    *pageSize = size.captured(1).trimmed();
    return pages.captured(1).toInt();
}

} // namespace

class tst_Report : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void report_data();
    void report();
    void findings();
    void headroomPage();
    void pageHookSeesEveryPageAndCancels();
    void headlessReportEvaluatesFindings();
    void csv_data();
    void csv();
    void badInput();

private:
    QTemporaryDir m_dir;
};

void tst_Report::initTestCase()
{
    // ./dev.sh setup installs poppler-utils: without it this suite fails, it never skips.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext is not installed: run ./dev.sh setup (Debian: poppler-utils)");
}

void tst_Report::report_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("expectedSize");
    const QStringList samples
            = QDir(QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples"))
                      .entryList({QStringLiteral("*.ecsplan")}, QDir::Files, QDir::Name);
    QVERIFY(samples.size() >= 4);
    for (const QString &s : samples) {
        QTest::addRow("%s A4", qPrintable(s))
                << s << int(QPageSize::A4) << QStringLiteral("595 x 842 pts (A4)");
        QTest::addRow("%s Letter", qPrintable(s))
                << s << int(QPageSize::Letter) << QStringLiteral("612 x 792 pts (letter)");
    }
}

void tst_Report::report()
{
    QFETCH(QString, file);
    QFETCH(int, pageSize);
    QFETCH(QString, expectedSize);
    Document document;
    QStringList errors;
    QVERIFY(DesignFile::open(&document,
                             QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/") + file,
                             &errors, &Catalog::builtin()));
    MetricsEngine engine(&document, &Catalog::builtin());
    engine.flush();
    StakeholderReport report(&document, &engine, &Catalog::builtin());
    ReportOptions options;
    options.pageSize = QPageSize::PageSizeId(pageSize);
    options.date = QDate(2026, 3, 14);
    const QString pdf = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(file).arg(pageSize));
    QString error;
    int pages = 0;
    QVERIFY2(report.write(pdf, options, &error, &pages), qPrintable(error));

    QString size;
    QCOMPARE(pdfPages(pdf, &size), pages);
    QVERIFY2(pages >= 5 && pages <= 14, qPrintable(QString::number(pages)));
    QCOMPARE(size, expectedSize);
    const QString text = pdfText(pdf);
    const Totals &t = engine.totals();
    QVERIFY(text.contains(metrics::money(t.monthly, t.currency)));
    QVERIFY(text.contains(document.model().settings().title));
    QVERIFY(text.contains(QStringLiteral("2026-03-14")));
    QVERIFY(text.contains(Catalog::builtin().asOf()));
    for (auto it = t.byBillingModel.cbegin(); it != t.byBillingModel.cend(); ++it)
        QVERIFY(text.contains(metrics::money(it.value(), t.currency)));
    QVERIFY(text.contains(QStringLiteral("Sources of the prices")));
    QVERIFY(text.contains(QStringLiteral("No findings were supplied")));
    // The cost summary's partial totals say what they leave out, and the region table
    // reconciles with the total through the account-wide free quota.
    const QString flat = text.simplified();
    for (auto it = t.byCategory.cbegin(); it != t.byCategory.cend(); ++it) {
        const QString cell
                = metrics::total(it.value(), t.currency, t.missingByCategory.value(it.key()));
        QVERIFY2(flat.contains(displayName(it.key()) + QLatin1Char(' ') + cell), qPrintable(cell));
    }
    for (EntityId region : document.model().ids(EntityKind::Region)) {
        if (t.byRegion.value(region) == 0 && t.missingByRegion.value(region) == 0)
            continue;
        const QString cell = metrics::total(t.byRegion.value(region), t.currency,
                                            t.missingByRegion.value(region));
        QVERIFY2(flat.contains(document.model().find(region)->name + QLatin1Char(' ') + cell),
                 qPrintable(cell));
    }
    QCOMPARE(flat.contains(QStringLiteral("Internet free quota (account-wide credit) ")
                           + metrics::money(-t.internetFreeQuotaCredit, t.currency)),
             t.internetFreeQuotaCredit > 0);
}

/** Scenario A: the Headroom page lists the gateway over 100 %, its path and the × 2 step. */
void tst_Report::headroomPage()
{
    Document document;
    QStringList errors;
    QVERIFY(DesignFile::open(
            &document,
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/api-gateway-20k.ecsplan"),
            &errors, &Catalog::builtin()));
    MetricsEngine engine(&document, &Catalog::builtin());
    StakeholderReport report(&document, &engine, &Catalog::builtin());
    ReportOptions options;
    options.date = QDate(2026, 3, 14);
    const QString pdf = m_dir.filePath(QStringLiteral("headroom.pdf"));
    QString error;
    int pages = 0;
    QVERIFY2(report.write(pdf, options, &error, &pages), qPrintable(error));
    const QString flat = pdfText(pdf).simplified();
    QVERIFY(flat.contains(QStringLiteral("Headroom")));
    QVERIFY2(flat.contains(QStringLiteral("gateway 40,000 Network bandwidth 112 % × 0.89")),
             qPrintable(flat));
    QVERIFY(flat.contains(QStringLiteral("Request paths: what saturates")));
    QVERIFY(flat.contains(QStringLiteral("growth: what breaks and what carrying it costs")));
    // A design without demand has no such page.
    Document quiet;
    QVERIFY(DesignFile::open(
            &quiet,
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/kafka-local-nvme.ecsplan"),
            &errors, &Catalog::builtin()));
    MetricsEngine quietEngine(&quiet, &Catalog::builtin());
    bool anyDemand = false;
    for (EntityId id : quiet.model().ids()) {
        const std::optional<ComponentLoad> l = quietEngine.load(id);
        anyDemand = anyDemand || (l && !l->demand.isEmpty());
    }
    StakeholderReport quietReport(&quiet, &quietEngine, &Catalog::builtin());
    const QString quietPdf = m_dir.filePath(QStringLiteral("quiet.pdf"));
    QVERIFY2(quietReport.write(quietPdf, options, &error, &pages), qPrintable(error));
    QCOMPARE(pdfText(quietPdf).contains(QStringLiteral("growth: what breaks")), anyDemand);
}

void tst_Report::findings()
{
    Document document;
    QStringList errors;
    QVERIFY(DesignFile::open(
            &document,
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/three-zone-web.ecsplan"), &errors,
            &Catalog::builtin()));
    MetricsEngine engine(&document, &Catalog::builtin());
    engine.flush();
    StakeholderReport report(&document, &engine, &Catalog::builtin());
    report.setFindings({{QStringLiteral("Warning"), QStringLiteral("ECS004"),
                         QStringLiteral("A cheaper PL meets the IOPS target"),
                         QStringLiteral("orders-db-data"), QStringLiteral("Use PL1 at 464 GiB")}});
    bool canvasDrawn = false;
    report.setCanvasPainter(
            [&canvasDrawn](QPainter *, const QRectF &r) { canvasDrawn = r.width() > 0; });
    const QString pdf = m_dir.filePath(QStringLiteral("findings.pdf"));
    QVERIFY(report.write(pdf, ReportOptions()));
    QVERIFY(canvasDrawn);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("ECS004")));
    QVERIFY(text.contains(QStringLiteral("Use PL1 at 464 GiB")));
    QVERIFY(!text.contains(QStringLiteral("No findings were supplied")));
}

void tst_Report::headlessReportEvaluatesFindings()
{
    // media-company has an ECS008 finding: `ecsplan --export-report` must list it, with the
    // diagram on a page of its own (landscape: the design is wider than tall).
    const QString pdf = m_dir.filePath(QStringLiteral("media-company.pdf"));
    QCOMPARE(exportReportHeadless(
                     QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/media-company.ecsplan"),
                     pdf, ReportOptions()),
             0);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("ECS008")), qPrintable(text.right(3000)));
    QVERIFY(!text.contains(QStringLiteral("No findings were supplied")));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"),
               {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                QStringLiteral("3"), pdf});
    info.waitForFinished(30000);
    const QString out = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Page\\s+2 size:\\s+842"))),
             qPrintable(out)); // A4 landscape: 842 x 595 pt
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("Page\\s+3 size:\\s+595"))),
             qPrintable(out)); // back to portrait
    // The diagram page carries the canvas's names and figures as text (vector, not an image).
    QProcess page;
    page.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                QStringLiteral("2"), pdf, QStringLiteral("-")});
    page.waitForFinished(30000);
    const QString diagram = QString::fromUtf8(page.readAllStandardOutput());
    QVERIFY2(diagram.contains(QStringLiteral("GB/mo")), qPrintable(diagram));
    QVERIFY2(diagram.contains(QStringLiteral("¥")), qPrintable(diagram));
}

void tst_Report::csv_data()
{
    QTest::addColumn<QString>("file");
    const QStringList samples
            = QDir(QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples"))
                      .entryList({QStringLiteral("*.ecsplan")}, QDir::Files, QDir::Name);
    QVERIFY(samples.size() >= 4);
    for (const QString &s : samples)
        QTest::newRow(qPrintable(s)) << s;
}

void tst_Report::csv()
{
    QFETCH(QString, file);
    Document document;
    QStringList errors;
    QVERIFY(DesignFile::open(&document,
                             QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/") + file,
                             &errors, &Catalog::builtin()));
    MetricsEngine engine(&document, &Catalog::builtin());
    engine.flush();
    const QList<CostTableRow> rows = CostTable::build(document.model(), engine);
    QCOMPARE(rows.size() % BillingModelCount, 0);
    QCOMPARE(CostTable::currentRows(rows).size(), rows.size() / BillingModelCount);
    for (const CostTableRow &r : rows) {
        if (r.current)
            QCOMPARE(r.monthly, engine.costOf(r.id).monthly);
        else if (r.billingDependent)
            QCOMPARE(r.monthly, engine.compute(r.id)->monthlyByBilling.value(r.billing));
    }
    const QString path = m_dir.filePath(file + QStringLiteral(".csv"));
    QString error;
    QVERIFY(CostTable::writeCsv(rows, engine.totals().currency, path, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines
            = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), rows.size() + 1);
    QCOMPARE(lines.first(),
             QStringLiteral("id,name,kind,region,zone,billing_model,current,billing_dependent,"
                            "monthly_%1,price_missing")
                     .arg(engine.totals().currency.toLower()));
}

void tst_Report::badInput()
{
    // CSV quoting.
    CostTableRow r;
    r.id = entityId(7);
    r.name = QStringLiteral("web, \"blue\"");
    r.monthly = 12.345;
    QCOMPARE(CostTable::toCsv({r}, QStringLiteral("USD")).split(QStringLiteral("\r\n")).at(1),
             QStringLiteral(
                     "7,\"web, \"\"blue\"\"\",instanceGroup,,,payAsYouGo,false,false,12.35,false"));
    // A missing design: exit code 1, no PDF.
    const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
    QCOMPARE(exportReportHeadless(m_dir.filePath(QStringLiteral("missing.ecsplan")), pdf,
                                  ReportOptions()),
             1);
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(reportPageSizeFromName(QStringLiteral("Letter")), std::optional(QPageSize::Letter));
    QVERIFY(!reportPageSizeFromName(QStringLiteral("A3")));
}

// The page hook hears every page turned, in order, up to the last; returning false stops the
// report at once and leaves the file that was at the path as it was.
void tst_Report::pageHookSeesEveryPageAndCancels()
{
    Document document;
    QStringList errors;
    QVERIFY(DesignFile::open(
            &document,
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/media-company.ecsplan"), &errors,
            &Catalog::builtin()));
    MetricsEngine engine(&document, &Catalog::builtin());
    engine.flush();
    StakeholderReport report(&document, &engine, &Catalog::builtin());
    const QString pdf = m_dir.filePath(QStringLiteral("hooked.pdf"));
    QList<int> seen;
    QString error;
    int pages = 0;
    QVERIFY2(report.write(pdf, ReportOptions(), &error, &pages,
                          [&seen](int page) {
                              seen << page;
                              return true;
                          }),
             qPrintable(error));
    QVERIFY(pages >= 5);
    QList<int> expected;
    for (int page = 2; page <= pages; ++page) // the title page is there from the start
        expected << page;
    QCOMPARE(seen, expected);
    const QByteArray written = [&] {
        QFile f(pdf);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(written.startsWith("%PDF-"));

    seen.clear();
    QVERIFY(!report.write(pdf, ReportOptions(), &error, &pages, [&seen](int page) {
        seen << page;
        return page < 3;
    }));
    QCOMPARE(seen, (QList<int>{2, 3}));
    QCOMPARE(error, QStringLiteral("cancelled"));
    QFile again(pdf);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), written); // the complete report of before, untouched
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("hooked.pdf*")}, QDir::Files),
             QStringList{QStringLiteral("hooked.pdf")});
}

QTEST_MAIN(tst_Report)
#include "tst_report.moc"
