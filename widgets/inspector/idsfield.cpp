#include "idsfield.h"

#include <QListWidget>

namespace ecsplan {

namespace {
constexpr int IdRole = Qt::UserRole;
}

IdsField::IdsField(Property property, QWidget *parent)
    : PropertyField(property, parent)
    , m_list(new QListWidget(this))
{
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setMaximumHeight(110);
    setEditor(m_list);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (isUpdating())
            return;
        const bool on = item->checkState() != Qt::Unchecked;
        // A click on a partial item checks it fully: "add to every selected entity".
        if (item->checkState() == Qt::PartiallyChecked) {
            const QSignalBlocker blocker(m_list);
            item->setCheckState(Qt::Checked);
        }
        emit toggled(entityId(item->data(IdRole).toUInt()), on);
    });
}

void IdsField::addChoice(const QString &text, EntityId id)
{
    auto *item = new QListWidgetItem(text, m_list);
    item->setData(IdRole, toUInt(id));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

void IdsField::showValue(const QVariant &value, bool)
{
    showMembership({value.value<EntityIds>()});
}

void IdsField::showMembership(const QList<EntityIds> &perEntity)
{
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (!item->data(IdRole).isValid())
            continue;
        const EntityId id = entityId(item->data(IdRole).toUInt());
        qsizetype having = 0;
        for (const EntityIds &ids : perEntity)
            having += ids.contains(id) ? 1 : 0;
        item->setCheckState(having == 0                          ? Qt::Unchecked
                                    : having == perEntity.size() ? Qt::Checked
                                                                 : Qt::PartiallyChecked);
    }
    if (m_list->count() == 0 && m_list->isEnabled()) {
        auto *none = new QListWidgetItem(tr("(none in this design)"), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace ecsplan
