#include "comparisondock.h"

#include "charts/comparisonchart.h"
#include "comparisonoverlay.h"
#include "metrics/formatting.h"
#include "rules/finding.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>

#include <cmath>

namespace ecsplan {

namespace {

QString signedMoney(double delta, const QString &currency)
{
    return (delta < 0 ? QStringLiteral("−") : QStringLiteral("+"))
            + metrics::money(std::abs(delta), currency);
}

QString fieldText(const QString &compactJson)
{
    return compactJson.isEmpty() ? QStringLiteral("—") : compactJson;
}

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->header()->setStretchLastSection(false);
    return tree;
}

} // namespace

ComparisonDock::ComparisonDock(QWidget *parent)
    : QDockWidget(tr("Comparison"), parent)
{
    setObjectName(QStringLiteral("comparisonDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_header = new QLabel(content);
    m_header->setObjectName(QStringLiteral("comparisonHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *clear = new QToolButton(content);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Remove the comparison from the canvas (View ▸ Clear Comparison)"));
    bar->addWidget(m_header, 1);
    bar->addWidget(clear);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(content);
    m_changes = makeTree(
            {tr("Change"), tr("Component"), tr("Kind"), tr("What changed"), tr("Monthly change")},
            m_tabs);
    m_changes->setObjectName(QStringLiteral("comparisonChanges"));
    m_changes->header()->setSectionResizeMode(ChangeWhat, QHeaderView::Stretch);
    m_changes->setToolTip(tr("Double-click a row to show the component on the canvas"));
    m_totals = makeTree({tr("Monthly cost"), tr("Before"), tr("After"), tr("Change")}, m_tabs);
    m_totals->setObjectName(QStringLiteral("comparisonTotals"));
    m_totals->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_findings = makeTree({tr("Finding"), tr("Rule"), tr("Severity"), tr("Title"), tr("Component")},
                          m_tabs);
    m_findings->setObjectName(QStringLiteral("comparisonFindings"));
    m_findings->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_paths = makeTree({tr("Request path"), tr("Before"), tr("After")}, m_tabs);
    m_paths->setObjectName(QStringLiteral("comparisonPaths"));
    m_paths->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_chart = new ComparisonChart(m_tabs);
    m_tabs->addTab(m_changes, tr("Changes"));
    m_tabs->addTab(m_totals, tr("Totals"));
    m_tabs->addTab(m_findings, tr("Findings"));
    m_tabs->addTab(m_paths, tr("Latency"));
    m_tabs->addTab(m_chart, tr("Chart"));
    layout->addWidget(m_tabs, 1);
    setWidget(content);

    connect(clear, &QToolButton::clicked, this, &ComparisonDock::clearRequested);
    connect(m_changes, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const auto id = EntityId(item->data(ChangeName, Qt::UserRole).toUInt());
        const bool removed
                = item->data(ChangeKind, Qt::UserRole).toInt() == int(DesignDiff::Change::Removed);
        if (isValid(id))
            emit showComponent(id, removed);
    });
    clearComparison();
}

QString ComparisonDock::headerText() const
{
    return m_header->text();
}

void ComparisonDock::clearComparison()
{
    m_header->setText(tr("No comparison. File ▸ Compare With… compares this design with "
                         "another design file."));
    m_changes->clear();
    m_totals->clear();
    m_findings->clear();
    m_paths->clear();
}

void ComparisonDock::setComparison(const DesignDiff::Result &r, const QString &beforeLabel)
{
    const QString currency = r.currency;
    const double delta = r.after.monthly - r.before.monthly;
    m_header->setText(tr("Compared with %1 (before); this design is after: %2 a month")
                              .arg(beforeLabel, signedMoney(delta, currency)));
    m_header->setToolTip(tr("Monthly: %1 → %2")
                                 .arg(metrics::total(r.before.monthly, currency, r.before.unpriced),
                                      metrics::total(r.after.monthly, currency, r.after.unpriced)));

    // Changes, in the comparison's order (removed, added, changed).
    m_changes->clear();
    QList<QTreeWidgetItem *> rows;
    for (const DesignDiff::ComponentChange &c : r.components) {
        QString change;
        switch (c.change) {
        case DesignDiff::Change::Added:
            change = tr("+ added");
            break;
        case DesignDiff::Change::Removed:
            change = tr("− removed");
            break;
        case DesignDiff::Change::Changed:
            change = tr("~ changed");
            break;
        }
        QStringList what;
        for (const DesignDiff::FieldChange &f : c.fields)
            what << QStringLiteral("%1: %2 → %3")
                            .arg(f.field, fieldText(f.before), fieldText(f.after));
        for (const DesignDiff::FigureChange &f : c.figures)
            what << DesignDiff::figureText(f);
        QString cost;
        if (c.costed()) {
            const bool unpriced = c.unpricedBefore || c.unpricedAfter;
            if (unpriced && c.costBefore == 0 && c.costAfter == 0)
                cost = tr("unpriced");
            else
                cost = signedMoney(c.costAfter - c.costBefore, currency)
                        + (unpriced ? QStringLiteral(" ") + tr("(part unpriced)") : QString());
        }
        auto *item = new QTreeWidgetItem(
                QStringList{change, c.name, c.kind, what.join(QStringLiteral("; ")), cost});
        item->setData(ChangeKind, Qt::UserRole, int(c.change));
        item->setData(ChangeName, Qt::UserRole, toUInt(c.id));
        item->setForeground(ChangeKind, ComparisonMarkItem::color(c.change));
        item->setTextAlignment(ChangeCost, Qt::AlignRight | Qt::AlignVCenter);
        if (!what.isEmpty())
            item->setToolTip(ChangeWhat, what.join(QLatin1Char('\n')));
        rows << item;
    }
    if (r.movedOnly > 0) {
        auto *item = new QTreeWidgetItem(QStringList{
                tr("moved"), tr("%n component(s) only moved on the canvas", nullptr, r.movedOnly),
                QString(), QString(), QString()});
        item->setFlags(Qt::ItemIsEnabled);
        rows << item;
    }
    for (const DesignDiff::FieldChange &f : r.settings) {
        auto *item = new QTreeWidgetItem(QStringList{
                tr("~ setting"), f.field, tr("design"),
                QStringLiteral("%1 → %2").arg(fieldText(f.before), fieldText(f.after)), QString()});
        item->setFlags(Qt::ItemIsEnabled);
        rows << item;
    }
    m_changes->addTopLevelItems(rows);
    for (int c = 0; c < m_changes->columnCount(); ++c) {
        if (c != ChangeWhat)
            m_changes->resizeColumnToContents(c);
    }

    // Totals: as billed, then the whole design priced in each billing model.
    m_totals->clear();
    auto totalRow
            = [&](const QString &name, const DesignDiff::Totals &b, const DesignDiff::Totals &a) {
                  auto *item = new QTreeWidgetItem(
                          QStringList{name, metrics::total(b.monthly, currency, b.unpriced),
                                      metrics::total(a.monthly, currency, a.unpriced),
                                      signedMoney(a.monthly - b.monthly, currency)});
                  for (int c = 1; c < 4; ++c)
                      item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
                  return item;
              };
    QTreeWidgetItem *billed = totalRow(tr("As billed (each component's model)"), r.before, r.after);
    QFont bold = billed->font(0);
    bold.setBold(true);
    for (int c = 0; c < 4; ++c)
        billed->setFont(c, bold);
    m_totals->addTopLevelItem(billed);
    for (auto it = r.byBillingModel.cbegin(); it != r.byBillingModel.cend(); ++it)
        m_totals->addTopLevelItem(totalRow(tr("All %1").arg(displayName(it.key())),
                                           it.value().first, it.value().second));
    for (int c = 1; c < 4; ++c)
        m_totals->resizeColumnToContents(c);

    // Findings introduced, then resolved.
    m_findings->clear();
    auto findingRows = [&](const QString &label, const QList<DesignDiff::FindingChange> &list,
                           const QColor &color) {
        for (const DesignDiff::FindingChange &f : list) {
            const std::optional<Severity> severity = severityFromCode(f.severity);
            auto *item = new QTreeWidgetItem(
                    QStringList{label, f.ruleId, severity ? displayName(*severity) : f.severity,
                                f.title, f.subject});
            item->setForeground(0, color);
            item->setToolTip(3, f.message);
            m_findings->addTopLevelItem(item);
        }
    };
    findingRows(tr("introduced"), r.introduced,
                ComparisonMarkItem::color(DesignDiff::Change::Removed));
    findingRows(tr("resolved"), r.resolved, ComparisonMarkItem::color(DesignDiff::Change::Added));
    if (r.introduced.isEmpty() && r.resolved.isEmpty()) {
        auto *item = new QTreeWidgetItem(QStringList{tr("none"), QString(), QString(),
                                                     tr("No finding introduced or resolved"),
                                                     QString()});
        item->setFlags(Qt::ItemIsEnabled);
        m_findings->addTopLevelItem(item);
    }
    for (int c = 0; c < 3; ++c)
        m_findings->resizeColumnToContents(c);
    m_tabs->setTabText(2,
                       tr("Findings (+%1 / −%2)").arg(r.introduced.size()).arg(r.resolved.size()));

    // Request paths: typical round trip before and after ("—": the path does not exist there).
    m_paths->clear();
    auto ms = [](const std::optional<double> &v) {
        return v ? tr("%1 ms").arg(metrics::number(*v, 2)) : QStringLiteral("—");
    };
    for (const DesignDiff::PathChange &p : r.paths) {
        auto *item = new QTreeWidgetItem(QStringList{p.path, ms(p.before), ms(p.after)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        m_paths->addTopLevelItem(item);
    }
    m_paths->resizeColumnToContents(1);
    m_paths->resizeColumnToContents(2);

    m_chart->setComparison(r, beforeLabel);
}

} // namespace ecsplan
