#include "addremoveentities.h"

#include "model/document.h"

namespace ecsplan {

AddRemoveEntities::AddRemoveEntities(Document *document, const QList<Entity> &entities,
                                     const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_mode(Mode::Add)
    , m_entities(entities)
{
    for (const Entity &e : entities)
        m_ids << e.id;
}

AddRemoveEntities::AddRemoveEntities(Document *document, const EntityIds &ids, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_mode(Mode::Remove)
    , m_ids(ids)
{
}

void AddRemoveEntities::undo()
{
    m_mode == Mode::Add ? remove() : insert();
}

void AddRemoveEntities::redo()
{
    m_mode == Mode::Add ? insert() : remove();
}

void AddRemoveEntities::insert()
{
    m_document->applyInsert(m_entities);
    m_entities.clear();
}

void AddRemoveEntities::remove()
{
    m_entities = m_document->applyRemove(m_ids);
}

} // namespace ecsplan
