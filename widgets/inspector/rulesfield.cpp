#include "rulesfield.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QToolButton>

namespace ecsplan {

namespace {

QComboBox *makeCombo(const QStringList &texts, const QStringList &codes, const QString &current)
{
    auto *combo = new QComboBox;
    for (qsizetype i = 0; i < texts.size(); ++i)
        combo->addItem(texts[i], codes[i]);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

QString comboCode(const QTableWidget *table, int row, int column)
{
    const auto *combo = qobject_cast<const QComboBox *>(table->cellWidget(row, column));
    return combo ? combo->currentData().toString() : QString();
}

QString portsText(const SecurityRule &rule)
{
    if (rule.portFrom == -1 && rule.portTo == -1)
        return QStringLiteral("all");
    if (rule.portFrom == rule.portTo)
        return QString::number(rule.portFrom);
    return QStringLiteral("%1-%2").arg(rule.portFrom).arg(rule.portTo);
}

} // namespace

RulesField::RulesField(QWidget *parent)
    : PropertyField(Property::Rules, parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_table->setHorizontalHeaderLabels({tr("Direction"), tr("Protocol"), tr("Ports"), tr("CIDR"),
                                        tr("Action"), tr("Priority"), tr("Description")});
    m_table->horizontalHeaderItem(Ports)->setToolTip(
            tr("A port (443), a range (8000-8080) or \"all\""));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMinimumHeight(140);
    setEditor(m_table);

    auto *buttons = new QWidget(this);
    auto *layout = new QHBoxLayout(buttons);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *add = new QToolButton(buttons);
    add->setText(tr("Add rule"));
    auto *remove = new QToolButton(buttons);
    remove->setText(tr("Remove selected"));
    layout->addWidget(add);
    layout->addWidget(remove);
    layout->addStretch();
    addLine(buttons);
    connect(add, &QToolButton::clicked, this, &RulesField::addRule);
    connect(remove, &QToolButton::clicked, this, &RulesField::removeSelectedRules);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!isUpdating())
            commit();
    });
}

void RulesField::fillRow(int row, const SecurityRule &rule)
{
    m_table->setCellWidget(row, Direction,
                           makeCombo({tr("Inbound"), tr("Outbound")},
                                     {QStringLiteral("in"), QStringLiteral("out")},
                                     rule.ingress ? QStringLiteral("in") : QStringLiteral("out")));
    m_table->setCellWidget(row, Protocol,
                           makeCombo({QStringLiteral("TCP"), QStringLiteral("UDP"),
                                      QStringLiteral("ICMP"), tr("All")},
                                     {QStringLiteral("tcp"), QStringLiteral("udp"),
                                      QStringLiteral("icmp"), QStringLiteral("all")},
                                     rule.protocol));
    m_table->setCellWidget(
            row, Action,
            makeCombo({tr("Accept"), tr("Drop")},
                      {QStringLiteral("accept"), QStringLiteral("drop")},
                      rule.accept ? QStringLiteral("accept") : QStringLiteral("drop")));
    m_table->setItem(row, Ports, new QTableWidgetItem(portsText(rule)));
    m_table->setItem(row, Cidr, new QTableWidgetItem(rule.cidr));
    m_table->setItem(row, Priority, new QTableWidgetItem(QString::number(rule.priority)));
    m_table->setItem(row, Description, new QTableWidgetItem(rule.description));
    for (int column : {Direction, Protocol, Action}) {
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, column));
        connect(combo, &QComboBox::activated, this, &RulesField::commit);
    }
}

void RulesField::showValue(const QVariant &value, bool mixed)
{
    const SecurityRules rules = value.value<SecurityRules>();
    m_table->setRowCount(0);
    m_table->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row)
        fillRow(row, rules[row]);
    m_table->resizeColumnsToContents();
    m_table->setToolTip(mixed ? tr("The selected groups have different rules; an edit replaces "
                                   "the rules of all of them with this table.")
                              : QString());
}

bool RulesField::rules(SecurityRules *out, QString *error) const
{
    SecurityRules result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        SecurityRule rule;
        rule.ingress = comboCode(m_table, row, Direction) != QLatin1String("out");
        rule.protocol = comboCode(m_table, row, Protocol);
        rule.accept = comboCode(m_table, row, Action) != QLatin1String("drop");
        const QString ports = m_table->item(row, Ports)->text().trimmed();
        bool okFrom = true;
        bool okTo = true;
        if (ports.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0
            || ports == QLatin1String("-1/-1")) {
            rule.portFrom = rule.portTo = -1;
        } else {
            const QStringList parts
                    = ports.split(QRegularExpression(QStringLiteral("\\s*[-/]\\s*")));
            rule.portFrom = parts.value(0).toInt(&okFrom);
            rule.portTo = parts.size() > 1 ? parts.value(1).toInt(&okTo) : rule.portFrom;
            if (!okFrom || !okTo || parts.size() > 2) {
                *error = tr("Rule %1: ports \"%2\" are not a port, a range like 8000-8080, or "
                            "\"all\".")
                                 .arg(row + 1)
                                 .arg(ports);
                return false;
            }
        }
        rule.cidr = m_table->item(row, Cidr)->text().trimmed();
        static const QRegularExpression cidrPattern(
                QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})$"));
        const QRegularExpressionMatch match = cidrPattern.match(rule.cidr);
        bool cidrOk = match.hasMatch() && match.captured(5).toInt() <= 32;
        for (int i = 1; cidrOk && i <= 4; ++i)
            cidrOk = match.captured(i).toInt() <= 255;
        if (!cidrOk) {
            *error = tr("Rule %1: \"%2\" is not an IPv4 CIDR block like 10.0.0.0/8.")
                             .arg(row + 1)
                             .arg(rule.cidr);
            return false;
        }
        bool okPriority = false;
        rule.priority = m_table->item(row, Priority)->text().trimmed().toInt(&okPriority);
        if (!okPriority) {
            *error = tr("Rule %1: the priority must be a whole number from 1 to 100.").arg(row + 1);
            return false;
        }
        rule.description = m_table->item(row, Description)->text();
        result << rule;
    }
    *out = result;
    return true;
}

void RulesField::commit()
{
    SecurityRules parsed;
    QString problem;
    if (!rules(&parsed, &problem)) {
        setError(problem);
        return;
    }
    notifyEdited(QVariant::fromValue(parsed));
}

void RulesField::addRule()
{
    const int row = m_table->rowCount();
    {
        const QSignalBlocker blocker(m_table);
        m_table->insertRow(row);
        fillRow(row, SecurityRule{});
    }
    commit();
}

void RulesField::removeSelectedRules()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty())
        return;
    std::sort(rows.rbegin(), rows.rend());
    {
        const QSignalBlocker blocker(m_table);
        for (int row : rows)
            m_table->removeRow(row);
    }
    commit();
}

} // namespace ecsplan
