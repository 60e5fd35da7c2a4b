// Charts: break-even and disk sizing formulas (exact, data-driven), and every chart of the
// Cost dock built from each sample design, plotted values compared with the metrics engine.
#include "charts/billingchart.h"
#include "charts/breakeven.h"
#include "charts/chartdata.h"
#include "charts/chartexport.h"
#include "charts/costdock.h"
#include "charts/cumulativechart.h"
#include "charts/stackedcostchart.h"

#include "catalog/catalog.h"
#include "io/designfile.h"
#include "metrics/formatting.h"
#include "metrics/metricsengine.h"
#include "model/document.h"
#include "sampledesigns.h"

#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ecsplan;

Q_DECLARE_METATYPE(ecsplan::BillingModel)
Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(std::optional<int>)

namespace {

DiskFormula essd(const QString &level, int minGiB, double iopsPerGiB, double iopsMax)
{
    DiskFormula f;
    f.category = QStringLiteral("cloud_essd");
    f.level = level;
    f.minGiB = minGiB;
    f.maxGiB = 65536;
    f.iopsBase = 1800;
    f.iopsPerGiB = iopsPerGiB;
    f.iopsMax = iopsMax;
    return f;
}

QList<DiskFormula> essdLevels()
{
    return {essd(QStringLiteral("PL0"), 1, 12, 10000), essd(QStringLiteral("PL1"), 20, 50, 50000),
            essd(QStringLiteral("PL2"), 461, 50, 100000),
            essd(QStringLiteral("PL3"), 1261, 50, 1000000)};
}

QStringList samples()
{
    return QDir(QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples"))
            .entryList({QStringLiteral("*.ecsplan")}, QDir::Files, QDir::Name);
}

QList<double> values(QCPBars *bars)
{
    QList<double> v;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        v << it->value;
    return v;
}

} // namespace

class tst_Charts : public QObject
{
    Q_OBJECT

private slots:
    void breakEven_data();
    void breakEven();
    void cumulativeCost_data();
    void cumulativeCost();
    void minimumCapacity_data();
    void minimumCapacity();
    void cheapestOption();
    void samples_data();
    void samples();
    void editsUpdateOnlyAffectedSeries();
    void moneyAxisLabels_data();
    void moneyAxisLabels();
    void moneyAxesOfEveryCostChart();
    void billingReferenceInLegend();
    void exportFormats();
    void pathHeadroomUnderTheLatencyChart();
    void hiddenChartDrawsWhenShown();
};

void tst_Charts::breakEven_data()
{
    QTest::addColumn<BillingModel>("model");
    QTest::addColumn<double>("monthly");
    QTest::addColumn<double>("payg");
    QTest::addColumn<std::optional<double>>("expected");

    // Prepaid term: break-even = term × monthly / pay-as-you-go monthly, when below the term.
    QTest::newRow("1y at 85 %") << BillingModel::Subscription1Year << 85.0 << 100.0
                                << std::optional(10.2);
    QTest::newRow("1y at 50 %") << BillingModel::Subscription1Year << 50.0 << 100.0
                                << std::optional(6.0);
    QTest::newRow("3y at 50 %") << BillingModel::Subscription3Year << 50.0 << 100.0
                                << std::optional(18.0);
    QTest::newRow("3y at 99 %") << BillingModel::Subscription3Year << 99.0 << 100.0
                                << std::optional(35.64);
    QTest::newRow("1y not cheaper")
            << BillingModel::Subscription1Year << 100.0 << 100.0 << std::optional<double>();
    QTest::newRow("3y dearer") << BillingModel::Subscription3Year << 120.0 << 100.0
                               << std::optional<double>();
    QTest::newRow("1y free") << BillingModel::Subscription1Year << 0.0 << 100.0
                             << std::optional(0.0);
    // Monthly models: cheaper from day one, or never.
    QTest::newRow("spot cheaper") << BillingModel::Preemptible << 30.0 << 100.0
                                  << std::optional(0.0);
    QTest::newRow("plan dearer") << BillingModel::SavingsPlan << 120.0 << 100.0
                                 << std::optional<double>();
    QTest::newRow("no payg price")
            << BillingModel::Subscription1Year << 50.0 << 0.0 << std::optional<double>();
}

void tst_Charts::breakEven()
{
    QFETCH(BillingModel, model);
    QFETCH(double, monthly);
    QFETCH(double, payg);
    QFETCH(std::optional<double>, expected);
    const std::optional<double> month
            = breakEvenMonth(BillingPlan::forModel(model, monthly),
                             BillingPlan::forModel(BillingModel::PayAsYouGo, payg));
    QCOMPARE(month.has_value(), expected.has_value());
    if (expected) {
        QCOMPARE(*month, *expected);
        // At the break-even month both have cost the same.
        QCOMPARE(ecsplan::cumulativeCost(BillingPlan::forModel(model, monthly), *month),
                 ecsplan::cumulativeCost(BillingPlan::forModel(BillingModel::PayAsYouGo, payg),
                                         *month));
    }
}

void tst_Charts::cumulativeCost_data()
{
    QTest::addColumn<BillingModel>("model");
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("expected");
    QTest::newRow("payg 0") << BillingModel::PayAsYouGo << 0.0 << 0.0;
    QTest::newRow("payg 36") << BillingModel::PayAsYouGo << 36.0 << 3600.0;
    QTest::newRow("payg 10.5") << BillingModel::PayAsYouGo << 10.5 << 1050.0;
    QTest::newRow("1y at start") << BillingModel::Subscription1Year << 0.0 << 1200.0;
    QTest::newRow("1y before renewal") << BillingModel::Subscription1Year << 11.99 << 1200.0;
    QTest::newRow("1y renewal") << BillingModel::Subscription1Year << 12.0 << 2400.0;
    QTest::newRow("1y third year") << BillingModel::Subscription1Year << 24.0 << 3600.0;
    QTest::newRow("1y horizon") << BillingModel::Subscription1Year << 36.0 << 3600.0;
    QTest::newRow("3y at start") << BillingModel::Subscription3Year << 0.0 << 3600.0;
    QTest::newRow("3y horizon") << BillingModel::Subscription3Year << 36.0 << 3600.0;
    QTest::newRow("beyond horizon clamps") << BillingModel::PayAsYouGo << 40.0 << 3600.0;
}

void tst_Charts::cumulativeCost()
{
    QFETCH(BillingModel, model);
    QFETCH(double, t);
    QFETCH(double, expected);
    QCOMPARE(ecsplan::cumulativeCost(BillingPlan::forModel(model, 100), t), expected);
}

void tst_Charts::minimumCapacity_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("atLeast");
    QTest::addColumn<std::optional<int>>("expected");
    QTest::newRow("PL1 6800 (facts' worked example)") << 1 << 6800.0 << 0 << std::optional(100);
    QTest::newRow("PL1 exactly 50000") << 1 << 50000.0 << 0 << std::optional(964);
    QTest::newRow("PL1 above max") << 1 << 50001.0 << 0 << std::optional<int>();
    QTest::newRow("PL1 below min capacity") << 1 << 100.0 << 0 << std::optional(20);
    QTest::newRow("PL0 10000") << 0 << 10000.0 << 0 << std::optional(684);
    QTest::newRow("PL0 above max") << 0 << 10001.0 << 0 << std::optional<int>();
    QTest::newRow("PL2 small target: its minimum") << 2 << 5000.0 << 0 << std::optional(461);
    QTest::newRow("PL3 60000: its minimum") << 3 << 60000.0 << 0 << std::optional(1261);
    QTest::newRow("PL1 data must fit") << 1 << 6800.0 << 500 << std::optional(500);
    QTest::newRow("PL1 fractional") << 1 << 6801.0 << 0 << std::optional(101);
}

void tst_Charts::minimumCapacity()
{
    QFETCH(int, level);
    QFETCH(double, target);
    QFETCH(int, atLeast);
    QFETCH(std::optional<int>, expected);
    QCOMPARE(minimumCapacityFor(essdLevels().at(level), target, atLeast), expected);
}

void tst_Charts::cheapestOption()
{
    // Facts: PL0 0.117, PL1 0.234, PL2 0.468, PL3 0.936 USD per GiB-month (PAYG, SCU factors).
    const QList<std::optional<double>> prices{0.117, 0.234, 0.468, 0.936};
    const QList<DiskSizingOption> options = sizingOptions(essdLevels(), prices, 25000);
    QCOMPARE(options.size(), 3); // PL0 cannot reach 25,000
    QCOMPARE(options.at(0).label, QStringLiteral("cloud_essd PL1"));
    QCOMPARE(options.at(0).sizeGiB, 464);
    QCOMPARE(options.at(1).sizeGiB, 464);
    QCOMPARE(options.at(2).sizeGiB, 1261);
    const auto best = ecsplan::cheapestOption(options);
    QVERIFY(best);
    QCOMPARE(best->formulaIndex, 1);
    QCOMPARE(*best->monthly, 0.234 * 464);
    // Without prices the smallest capacity wins, the lower level on a tie.
    const auto unpriced = ecsplan::cheapestOption(sizingOptions(essdLevels(), {}, 25000));
    QCOMPARE(unpriced->formulaIndex, 1);
    QVERIFY(!ecsplan::cheapestOption({}));
}

void tst_Charts::samples_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &s : ::samples())
        QTest::newRow(qPrintable(s)) << s;
    QVERIFY(::samples().size() >= 4);
}

void tst_Charts::samples()
{
    QFETCH(QString, file);
    Document document;
    QStringList errors;
    QVERIFY2(DesignFile::open(&document,
                              QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/") + file,
                              &errors, &Catalog::builtin()),
             qPrintable(errors.join(QLatin1Char('\n'))));
    MetricsEngine engine(&document, &Catalog::builtin());
    engine.flush();
    const Totals &t = engine.totals();
    QVERIFY(t.monthly > 0);

    CostDock dock(&document, &engine);
    dock.resize(900, 600);

    // Stacked bars by zone: each bar's categories are the engine's byZoneCategory figures,
    // region-wide remainders included, and all bars add up to the design total.
    const Model &model = document.model();
    StackedCostChart *cost = dock.costChart();
    QCOMPARE(cost->designTotal(), t.monthly);
    // The bars plot priced amounts only: the title says what is left out.
    QCOMPARE(cost->unpricedItems(), int(t.missingPrices.size()));
    QCOMPARE(cost->title().endsWith(metrics::unpricedSuffix(int(t.missingPrices.size()))),
             !t.missingPrices.isEmpty());
    double sum = 0;
    for (int i = 0; i < cost->groups().size(); ++i) {
        sum += cost->groupTotal(i);
        for (int c = 0; c < CostCategoryCount; ++c)
            QCOMPARE(values(cost->bars(CostCategory(c))).value(i),
                     cost->groups().at(i).byCategory.value(CostCategory(c)));
    }
    // Bars carry every component's cost; the internet free quota is a design-wide credit.
    QVERIFY(qAbs(sum - t.internetFreeQuotaCredit - t.monthly) < 0.01);
    for (EntityId zone : t.byZoneCategory.keys()) {
        const auto it
                = std::find_if(cost->groups().cbegin(), cost->groups().cend(), [&](const auto &g) {
                      return g.label == ChartData::nameOf(model, zone);
                  });
        if (t.byZone.value(zone) == 0)
            continue;
        QVERIFY2(it != cost->groups().cend(), qPrintable(ChartData::nameOf(model, zone)));
        QCOMPARE(it->byCategory, t.byZoneCategory.value(zone));
    }
    dock.setGrouping(CostDock::Grouping::Region);
    QCOMPARE(cost->groups().size(),
             int(std::count_if(t.byRegion.cbegin(), t.byRegion.cend(),
                               [](double v) { return v != 0; })));
    for (const auto &g : cost->groups()) {
        for (EntityId region : t.byRegionCategory.keys()) {
            if (ChartData::nameOf(model, region) == g.label)
                QCOMPARE(g.byCategory, t.byRegionCategory.value(region));
        }
    }

    // Billing models side by side.
    QCOMPARE(dock.billingChart()->models(), t.byBillingModel.keys());
    QCOMPARE(values(dock.billingChart()->bars()), QList<double>(t.byBillingModel.values()));
    QCOMPARE(dock.billingChart()->actualMonthly(), t.monthly);

    // Cumulative: the 36th month of every curve, and the break-even months marked.
    CumulativeChart *cumulative = dock.cumulativeChart();
    const double payg = t.byBillingModel.value(BillingModel::PayAsYouGo);
    for (auto it = t.byBillingModel.cbegin(); it != t.byBillingModel.cend(); ++it) {
        QCPGraph *g = cumulative->graph(it.key());
        QVERIFY(g->visible());
        QCOMPARE((g->data()->constEnd() - 1)->value,
                 ecsplan::cumulativeCost(BillingPlan::forModel(it.key(), it.value()), 36));
        const auto month = breakEvenMonth(BillingPlan::forModel(it.key(), it.value()),
                                          BillingPlan::forModel(BillingModel::PayAsYouGo, payg));
        if (BillingPlan::forModel(it.key(), 0).termMonths > 0 && month)
            QCOMPARE(cumulative->breakEvens().value(it.key()), *month);
        else
            QVERIFY(!cumulative->breakEvens().contains(it.key()));
    }
    QCOMPARE(cumulative->breakEvenLabels().size(), cumulative->breakEvens().size());

    // Storage follows a selected disk: the marker is the engine's IOPS at the disk's size.
    const EntityIds disks = model.ids(EntityKind::Disk);
    if (!disks.isEmpty()) {
        dock.setSelection({disks.constFirst()});
        const Entity *d = model.find(disks.constFirst());
        QCOMPARE(dock.storageChart()->selectedMarker()->data()->size(), 1);
        QCOMPARE(dock.storageChart()->selectedMarker()->data()->constBegin()->key,
                 double(d->disk.sizeGiB));
        QCOMPARE(dock.storageChart()->selectedMarker()->data()->constBegin()->value,
                 std::max(1.0, engine.disk(d->id)->iops));
        QCOMPARE(dock.storageChart()->cheapestMarker()->data()->size(),
                 d->disk.targetIops > 0 ? 1 : 0);
    }

    // Latency: the waterfall of the chosen path sums to the engine's path figures.
    const QList<PathMetrics> paths = engine.paths();
    dock.setSelection({});
    const int index = ChartData::pathFor(paths, {});
    const QList<WaterfallStep> &steps = dock.latencyChart()->steps();
    if (index < 0) {
        QVERIFY(steps.isEmpty());
    } else {
        const PathMetrics &p = paths.at(index);
        QCOMPARE(steps.size(),
                 int(p.links.size()) + (p.storageTypicalMs > 0 || p.storageWorstMs > 0 ? 1 : 0)
                         + 1);
        QCOMPARE(steps.constLast().typicalMs, p.typicalMs);
        QCOMPARE(steps.constLast().worstMs, p.worstMs);
        QCOMPARE(values(dock.latencyChart()->totalBars()), QList<double>{p.typicalMs});
        for (int i = 0; i < p.links.size(); ++i)
            QCOMPARE(values(dock.latencyChart()->hopBars()).at(i), p.hopTypicalMs.at(i));
    }

    // Screenshots for review, when asked for.
    const QString shots = qEnvironmentVariable("ECSPLAN_SCREENSHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        dock.setGrouping(CostDock::Grouping::Zone);
        if (!disks.isEmpty())
            dock.setSelection({disks.constLast()});
        const QString base = shots + QLatin1Char('/') + QFileInfo(file).baseName();
        for (ChartBase *chart : dock.charts()) {
            dock.setCurrentChart(chart);
            chart->replot();
            QVERIFY(dock.grab().save(
                    QStringLiteral("%1-%2.png").arg(base).arg(dock.charts().indexOf(chart))));
        }
        dock.setLargeFonts(true);
        dock.setCurrentChart(dock.costChart());
        dock.costChart()->replot();
        QVERIFY(dock.grab().save(base + QStringLiteral("-large.png")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dock.setPalette(dark);
        dock.setLargeFonts(false);
        dock.setCurrentChart(dock.cumulativeChart());
        dock.cumulativeChart()->replot();
        QVERIFY(dock.grab().save(base + QStringLiteral("-dark.png")));
    }
}

void tst_Charts::editsUpdateOnlyAffectedSeries()
{
    Document document;
    QStringList errors;
    QVERIFY(DesignFile::open(
            &document,
            QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples/three-zone-web.ecsplan"), &errors,
            &Catalog::builtin()));
    MetricsEngine engine(&document, &Catalog::builtin());
    engine.flush();
    CostDock dock(&document, &engine);
    const Model &model = document.model();
    const EntityId disk = model.ids(EntityKind::Disk).constFirst();
    dock.setSelection({disk});
    StackedCostChart *cost = dock.costChart();
    const QList<double> computeBefore = values(cost->bars(CostCategory::Compute));
    const int replotsBefore = cost->replotRequests();

    // A disk grows: only the storage series of the cost chart changes.
    const int newSize = model.find(disk)->disk.sizeGiB + 500;
    QVERIFY(document.setProperty({disk}, Property::DiskSizeGiB, newSize).ok());
    QSignalSpy spy(&engine, &MetricsEngine::metricsChanged);
    QVERIFY(spy.wait(2000));
    const Totals &t = engine.totals();
    QCOMPARE(cost->designTotal(), t.monthly);
    QCOMPARE(values(cost->bars(CostCategory::Compute)), computeBefore);
    QCOMPARE(cost->replotRequests(), replotsBefore + 1);
    QCOMPARE(cost->setGroups(ChartData::zoneGroups(model, t), t.currency, t.monthly), 0);
    QCOMPARE(dock.storageChart()->selectedMarker()->data()->constBegin()->key, double(newSize));
    QCOMPARE(dock.storageChart()->selectedMarker()->data()->constBegin()->value,
             engine.disk(disk)->iops);
}

void tst_Charts::moneyAxisLabels_data()
{
    QTest::addColumn<double>("tick");
    QTest::addColumn<QString>("label");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("two million") << 2e6 << QStringLiteral("2,000,000");
    QTest::newRow("thousands") << 12500.0 << QStringLiteral("12,500");
    QTest::newRow("half") << 0.5 << QStringLiteral("0.5");
    QTest::newRow("cents") << 1250.25 << QStringLiteral("1,250.25");
    QTest::newRow("float noise") << 250000.0000000001 << QStringLiteral("250,000");
    QTest::newRow("billion") << 3.5e9 << QStringLiteral("3,500,000,000");
}

void tst_Charts::moneyAxisLabels()
{
    QFETCH(double, tick);
    QFETCH(QString, label);
    QCOMPARE(MoneyAxisTicker::label(tick), label);
}

// Each cost chart's money axis ticks read as plain grouped amounts and the currency is in the
// axis label, for a total in the millions (where QCustomPlot's default writes "2·10⁶").
void tst_Charts::moneyAxesOfEveryCostChart()
{
    const QMap<BillingModel, double> totals{{BillingModel::PayAsYouGo, 2.4e6},
                                            {BillingModel::Subscription1Year, 1.7e6}};
    BillingChart billing;
    billing.setTotals(totals, 2.1e6, QStringLiteral("CNY"));
    CumulativeChart cumulative;
    cumulative.setTotals(totals, QStringLiteral("USD"));
    StackedCostChart stacked;
    StackedCostChart::Group group;
    group.label = QStringLiteral("zone a");
    group.byCategory.insert(CostCategory::Compute, 3.2e6);
    stacked.setGroups({group}, QStringLiteral("CNY"), 3.2e6);

    const struct
    {
        ChartBase *chart;
        QString label;
    } cases[] = {{&billing, QStringLiteral("Monthly cost (CNY)")},
                 {&cumulative, QStringLiteral("Cumulative cost (USD)")},
                 {&stacked, QStringLiteral("Monthly cost (CNY)")}};
    for (const auto &c : cases) {
        c.chart->resize(640, 420);
        c.chart->replot();
        QCOMPARE(c.chart->yAxis->label(), c.label);
        QVector<double> ticks;
        QVector<QString> labels;
        c.chart->yAxis->ticker()->generate(c.chart->yAxis->range(), c.chart->locale(),
                                           QLatin1Char('g'), 6, ticks, nullptr, &labels);
        QVERIFY(ticks.size() >= 2);
        QCOMPARE(labels.size(), ticks.size());
        bool millions = false;
        for (int i = 0; i < ticks.size(); ++i) {
            QCOMPARE(labels.at(i), metrics::number(ticks.at(i), 2));
            millions = millions || ticks.at(i) >= 1e6;
        }
        QVERIFY2(millions, qPrintable(c.label));
    }
}

// The design's own total is a dashed line named in the legend under the plot, not a text on
// the plot where it collided with the bars' value labels.
void tst_Charts::billingReferenceInLegend()
{
    BillingChart chart;
    chart.resize(640, 420);
    const QMap<BillingModel, double> totals{{BillingModel::PayAsYouGo, 1000},
                                            {BillingModel::Subscription1Year, 600},
                                            {BillingModel::Preemptible, 250}};
    QVERIFY(chart.setTotals(totals, 812.5, QStringLiteral("CNY")));
    chart.replot();

    QCOMPARE(chart.legend->itemCount(), 1);
    QVERIFY(chart.legend->hasItemWithPlottable(chart.actualGraph()));
    QVERIFY(!chart.legend->hasItemWithPlottable(chart.bars()));
    QCOMPARE(chart.actualGraph()->name(), QStringLiteral("This design: CNY 812.50"));
    QCOMPARE(chart.actualGraph()->data()->size(), 2);
    const auto first = chart.actualGraph()->data()->constBegin();
    QCOMPARE(first->key, 0.4);
    QCOMPARE(first->value, 812.5);
    QCOMPARE((first + 1)->key, 3.6);
    QCOMPARE((first + 1)->value, 812.5);
    QCOMPARE(chart.actualGraph()->pen().style(), Qt::DashLine);

    // Every text item on the plot is a bar's value label; none carries the reference.
    QCOMPARE(chart.itemCount(), chart.valueLabels().size() + 1); // + the empty-state text
    for (QCPItemText *label : chart.valueLabels())
        QVERIFY(!label->text().contains(QStringLiteral("This design")));
    QCOMPARE(chart.valueLabels().at(0)->text(), QStringLiteral("CNY 1,000.00"));

    // With nothing priced the reference leaves the legend and the plot.
    QVERIFY(chart.setTotals({}, 0, QStringLiteral("CNY")));
    QCOMPARE(chart.legend->itemCount(), 0);
    QVERIFY(!chart.actualGraph()->visible());
}

void tst_Charts::exportFormats()
{
    BillingChart chart;
    chart.setTotals({{BillingModel::PayAsYouGo, 100}, {BillingModel::Subscription1Year, 85}}, 90,
                    QStringLiteral("CNY"));
    QTemporaryDir dir;
    const QSize size(800, 500);
    for (const QString &name :
         {QStringLiteral("c.png"), QStringLiteral("c.svg"), QStringLiteral("c.pdf")}) {
        const QString path = dir.filePath(name);
        QString error;
        QVERIFY2(ChartExport::save(&chart, path, size, ChartExport::formatForFile(path), &error),
                 qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(512);
        if (name.endsWith(QLatin1String("png")))
            QCOMPARE(QImage(path).size(), size);
        else if (name.endsWith(QLatin1String("svg")))
            QVERIFY(head.contains("<svg"));
        else
            QVERIFY(head.startsWith("%PDF"));
    }
    QCOMPARE(ChartExport::formatForFile(QStringLiteral("x.SVG")), ChartExport::Format::Svg);
    QCOMPARE(ChartExport::formatForFile(QStringLiteral("x")), ChartExport::Format::Png);
    QString error;
    QVERIFY(!ChartExport::save(&chart, dir.filePath(QStringLiteral("missing/dir/c.png")), size,
                               ChartExport::Format::Png, &error));
    QVERIFY(error.contains(QLatin1String("missing/dir")));
}

// A chart updated and resized while hidden is laid out but draws nothing; shown, it draws once,
// before its first paint, and that frame is the one a chart made with the new data shows.
void tst_Charts::hiddenChartDrawsWhenShown()
{
    const auto groups = [](double compute) {
        StackedCostChart::Group group;
        group.label = QStringLiteral("zone a");
        group.byCategory.insert(CostCategory::Compute, compute);
        return QList<StackedCostChart::Group>{group};
    };
    const QString cny = QStringLiteral("CNY");
    StackedCostChart chart;
    chart.resize(640, 420);
    chart.setGroups(groups(1000), cny, 1000);
    QVERIFY(chart.isStale());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(!chart.isStale());
    const QImage before = chart.grab().toImage();

    chart.hide();
    QSignalSpy drawn(&chart, &QCustomPlot::afterReplot);
    QCOMPARE(chart.setGroups(groups(4000), cny, 4000), 1);
    chart.resize(700, 460);
    QTest::qWait(20); // a queued replot would run here
    QCOMPARE(drawn.size(), 0);
    QVERIFY(chart.isStale());
    // Laid out all the same: the axes at the new size, tooltips for the new data.
    const QRect hiddenAxes = chart.axisRect()->rect();
    const QPointF bar(
            chart.xAxis->coordToPixel(chart.bars(CostCategory::Compute)->data()->at(0)->key),
            chart.yAxis->coordToPixel(2000));
    const QString hiddenTip = chart.toolTipAt(bar);
    QVERIFY(!hiddenTip.isEmpty());

    chart.show();
    QCOMPARE(drawn.size(), 1); // in showEvent, before the first paint
    QVERIFY(!chart.isStale());
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QImage after = chart.grab().toImage();
    QCOMPARE(after.size(), QSize(700, 460));
    QVERIFY(after != before);

    StackedCostChart fresh;
    fresh.resize(700, 460);
    fresh.setGroups(groups(4000), cny, 4000);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QCOMPARE(after, fresh.grab().toImage());
    QCOMPARE(hiddenAxes, fresh.axisRect()->rect());
    QCOMPARE(hiddenTip, fresh.toolTipAt(bar));

    // Visible, a change is drawn on the next pass (coalesced).
    drawn.clear();
    QCOMPARE(chart.setGroups(groups(2000), cny, 2000), 1);
    QCOMPARE(drawn.size(), 0);
    QTRY_COMPARE(drawn.size(), 1);
}

QTEST_MAIN(tst_Charts)
/** The Scenario A path: the gateway saturates first, 112 % of its bandwidth, headroom × 0.89. */
void tst_Charts::pathHeadroomUnderTheLatencyChart()
{
    Document document;
    document.resetModel(test::sampleDesign(QStringLiteral("api-gateway-20k")));
    MetricsEngine engine(&document, &Catalog::builtin());
    CostDock dock(&document, &engine);
    QCOMPARE(dock.pathHeadroomText(),
             QStringLiteral("Saturates first at the peak: gateway (network bandwidth, 112 %); "
                            "headroom × 0.89 before it reaches 100 %"));
    QCOMPARE(engine.paths().size(), 1);
    const std::optional<PathHeadroom> h = engine.headroom(engine.paths().first());
    QVERIFY(h);
    QCOMPARE(h->resource, LoadResource::Bandwidth);
    QCOMPARE(h->utilisation, 1.12);
}

#include "tst_charts.moc"
