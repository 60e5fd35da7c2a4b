// zh_CN at run time: what the canvas cards and the charts show goes through the translator
// under the contexts the .ts file holds (a tr() wrapper whose context differs from the one
// lupdate files the message under shows English in every language - seen on the cards' cost
// lines). Loads the embedded :/i18n/ecsplan_zh_CN.qm like the application does.
#include "canvas/entityfigures.h"
#include "charts/billingchart.h"

#include "catalog/catalog.h"
#include "io/designfile.h"
#include "metrics/metricsengine.h"
#include "model/document.h"

#include <QDir>
#include <QTranslator>
#include <QtTest>

using namespace ecsplan;

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cardFigures_data();
    void cardFigures();
    void chartTexts();

private:
    QTranslator m_translator;
};

void tst_Translations::initTestCase()
{
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/ecsplan_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void tst_Translations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void tst_Translations::cardFigures_data()
{
    QTest::addColumn<QString>("file");
    const QStringList samples
            = QDir(QStringLiteral(ECSPLAN_SOURCE_DIR "/resources/samples"))
                      .entryList({QStringLiteral("*.ecsplan")}, QDir::Files, QDir::Name);
    QVERIFY(samples.size() >= 4);
    for (const QString &s : samples)
        QTest::newRow(qPrintable(s)) << s;
}

// Every card's type and figure line of every sample: none of the English words of the
// figure templates is left.
void tst_Translations::cardFigures()
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
    static const QStringList english{QStringLiteral("unpriced"), QStringLiteral("no price"),
                                     QStringLiteral("/mo"),      QStringLiteral("req/s"),
                                     QStringLiteral("rule(s)"),  QStringLiteral("intranet")};
    int costLines = 0;
    for (const Entity &e : document.model().entities()) {
        const EntityFigures f = EntityFigures::of(document.model(), &engine, e);
        for (const QString &line : {f.typeLine, f.metricLine}) {
            for (const QString &word : english)
                QVERIFY2(!line.contains(word), qPrintable(e.name + QStringLiteral(": ") + line));
        }
        costLines += f.metricLine.contains(QStringLiteral("/月")) ? 1 : 0;
    }
    QVERIFY(costLines > 0);
}

void tst_Translations::chartTexts()
{
    BillingChart chart;
    chart.setTotals({{BillingModel::PayAsYouGo, 1000}}, 900, QStringLiteral("CNY"));
    QCOMPARE(chart.yAxis->label(), QStringLiteral("月度费用（CNY）"));
    QVERIFY(chart.actualGraph()->name().startsWith(QStringLiteral("本设计")));
    // Short Chinese names stay on one line under their bar.
    chart.setTotals({{BillingModel::Subscription1Year, 1000}}, 900, QStringLiteral("CNY"));
    auto *ticker = static_cast<QCPAxisTickerText *>(chart.xAxis->ticker().data());
    QCOMPARE(ticker->ticks().value(1), displayName(BillingModel::Subscription1Year));
    QVERIFY(!ticker->ticks().value(1).contains(QLatin1Char('\n')));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
