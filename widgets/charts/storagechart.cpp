#include "storagechart.h"

#include "metrics/formatting.h"

#include <algorithm>
#include <cmath>

namespace ecsplan {

using metrics::number;

StorageChart::StorageChart(QWidget *parent)
    : ChartBase(parent)
{
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
        axis->setTicker(ticker);
        axis->setNumberFormat(QStringLiteral("gb"));
    }
    xAxis->setLabel(tr("Capacity (GiB)"));
    yAxis->setLabel(tr("IOPS"));
    xAxis->setRange(10, 65536);
    yAxis->setRange(1000, 1200000);
    // Markers on a layer above the curves, whatever order the curves are added in.
    addLayer(QStringLiteral("markers"), layer(QStringLiteral("main")), QCustomPlot::limAbove);
    m_selected = addGraph();
    m_selected->setLayer(QStringLiteral("markers"));
    m_selected->setLineStyle(QCPGraph::lsNone);
    m_selected->setName(tr("Selected disk"));
    m_cheapest = addGraph();
    m_cheapest->setLayer(QStringLiteral("markers"));
    m_cheapest->setLineStyle(QCPGraph::lsNone);
    m_cheapest->setName(tr("Cheapest meeting the target"));
    m_target = new QCPItemStraightLine(this);
    m_selectedLabel = new QCPItemText(this);
    m_selectedLabel->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_cheapestLabel = new QCPItemText(this);
    m_cheapestLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTitle(tr("Disk IOPS by capacity"));
    restyle();
    updateSelection();
}

QList<double> StorageChart::sampleCapacities(const DiskFormula &f, double upperGiB)
{
    QList<double> xs;
    const double lo = std::max(1, f.minGiB);
    const double hi = std::min(f.maxGiB > 0 ? double(f.maxGiB) : upperGiB, upperGiB);
    if (!f.hasFormula || hi < lo)
        return xs;
    const int steps = 48;
    for (int i = 0; i <= steps; ++i)
        xs << lo * std::pow(hi / lo, double(i) / steps);
    if (f.iopsPerGiB > 0) {
        const double knee = (f.iopsMax - f.iopsBase) / f.iopsPerGiB;
        if (knee > lo && knee < hi)
            xs << knee;
    }
    std::sort(xs.begin(), xs.end());
    return xs;
}

void StorageChart::setFormulas(const QList<DiskFormula> &formulas,
                               const QList<std::optional<double>> &pricePerGiBMonth,
                               const QString &currency)
{
    m_prices = pricePerGiBMonth;
    m_currency = currency;
    if (formulas.size() == m_formulas.size()
        && std::equal(formulas.begin(), formulas.end(), m_formulas.begin(),
                      [](const DiskFormula &a, const DiskFormula &b) {
                          return a.label() == b.label() && a.iopsBase == b.iopsBase
                                  && a.iopsPerGiB == b.iopsPerGiB && a.iopsMax == b.iopsMax
                                  && a.minGiB == b.minGiB && a.maxGiB == b.maxGiB;
                      })) {
        updateSelection();
        return;
    }
    m_formulas = formulas;
    for (QCPGraph *g : std::as_const(m_curves))
        removeGraph(g);
    m_curves.clear();
    for (const DiskFormula &f : m_formulas) {
        QCPGraph *g = addGraph();
        g->setName(f.level.isEmpty() ? f.category : f.level);
        QList<double> keys, values;
        for (double x : sampleCapacities(f, 65536)) {
            keys << x;
            values << std::min(f.iopsBase + f.iopsPerGiB * x, f.iopsMax);
        }
        g->setData(keys, values, true);
        m_curves << g;
    }
    restyle();
    updateSelection();
}

void StorageChart::setSelectedDisk(const std::optional<SelectedDisk> &disk)
{
    m_disk = disk;
    updateSelection();
}

void StorageChart::updateSelection()
{
    m_selected->data()->clear();
    m_cheapest->data()->clear();
    m_cheapestOption.reset();
    const bool hasDisk = m_disk && m_disk->sizeGiB > 0;
    const bool hasTarget = hasDisk && m_disk->targetIops > 0;
    m_selectedLabel->setVisible(hasDisk);
    m_target->setVisible(hasTarget);
    m_cheapestLabel->setVisible(false);
    if (hasDisk) {
        m_selected->addData(m_disk->sizeGiB, std::max(1.0, m_disk->iops));
        m_selectedLabel->position->setCoords(m_disk->sizeGiB, std::max(1.0, m_disk->iops));
        m_selectedLabel->setText(
                tr("%1\n%2 GiB, %3 IOPS")
                        .arg(m_disk->name, number(m_disk->sizeGiB), number(m_disk->iops)));
    }
    if (hasTarget) {
        m_target->point1->setCoords(1, m_disk->targetIops);
        m_target->point2->setCoords(65536, m_disk->targetIops);
        m_cheapestOption = cheapestOption(sizingOptions(m_formulas, m_prices, m_disk->targetIops));
        if (m_cheapestOption) {
            const DiskSizingOption &o = *m_cheapestOption;
            m_cheapest->addData(o.sizeGiB, o.iops);
            m_cheapestLabel->setVisible(true);
            m_cheapestLabel->position->setCoords(o.sizeGiB, o.iops);
            QString text = tr("Cheapest for %1 IOPS:\n%2, %3 GiB")
                                   .arg(number(m_disk->targetIops), o.label, number(o.sizeGiB));
            if (o.monthly)
                text += QStringLiteral(", ")
                        + tr("%1/month").arg(chartMoney(*o.monthly, m_currency));
            m_cheapestLabel->setText(text);
        }
    }
    setEmptyText(m_formulas.isEmpty() ? tr("No disk formulas in the catalog") : QString());
    requestReplot();
}

QString StorageChart::toolTipAt(const QPointF &pos) const
{
    const double gib = xAxis->pixelToCoord(pos.x());
    if (gib < 1 || m_formulas.isEmpty())
        return {};
    QStringList lines{tr("<b>%1 GiB</b>").arg(number(std::round(gib)))};
    for (const DiskFormula &f : m_formulas) {
        const DiskPerformance p = diskPerformance(f, int(std::round(gib)));
        lines << (p.valid ? QStringLiteral("%1: %2 IOPS").arg(f.label(), number(p.iops))
                          : QStringLiteral("%1: —").arg(f.label()));
    }
    return lines.join(QStringLiteral("<br>"));
}

void StorageChart::restyle()
{
    for (int i = 0; i < m_curves.size(); ++i)
        m_curves.at(i)->setPen(QPen(m_style.seriesColor(i), 2.0 * m_style.scale()));
    const double size = 11 * m_style.scale();
    m_selected->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, m_style.foreground, m_style.foreground, size));
    m_cheapest->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, m_style.seriesColor(4),
                                                m_style.seriesColor(4), size * 1.4));
    m_target->setPen(QPen(m_style.subtle, 1.5 * m_style.scale(), Qt::DashLine));
    for (QCPItemText *t : {m_selectedLabel, m_cheapestLabel}) {
        t->setColor(m_style.foreground);
        t->setFont(m_style.scaledFont(0.9));
        t->setPadding(QMargins(6, 4, 6, 4));
    }
}

} // namespace ecsplan
