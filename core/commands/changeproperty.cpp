#include "changeproperty.h"

#include "model/document.h"
#include "undocommands.h"

namespace ecsplan {

ChangeProperty::ChangeProperty(Document *document, const EntityIds &ids, Property property,
                               const QList<QVariant> &newValues, const QString &text,
                               bool mergeable, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_ids(ids)
    , m_property(property)
    , m_newValues(newValues)
    , m_mergeable(mergeable)
{
    Q_ASSERT(ids.size() == newValues.size());
    for (EntityId id : ids)
        m_oldValues << propertyValue(*document->model().find(id), property);
}

void ChangeProperty::undo()
{
    m_document->applyProperty(m_ids, m_property, m_oldValues);
}

void ChangeProperty::redo()
{
    m_document->applyProperty(m_ids, m_property, m_newValues);
}

int ChangeProperty::id() const
{
    return m_mergeable ? Cmd_ChangeProperty : -1;
}

bool ChangeProperty::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeProperty *>(other);
    if (!o->m_mergeable || o->m_document != m_document || o->m_property != m_property
        || o->m_ids != m_ids)
        return false;
    m_newValues = o->m_newValues;
    setObsolete(m_newValues == m_oldValues);
    return true;
}

} // namespace ecsplan
