#pragma once

#include "model/entity.h"

#include <QUndoCommand>

namespace ecsplan {

class Document;

/**
 * Inserts entities (Add) or removes them (Remove). While the entities are out of the model the
 * command owns their full values (Tiled's mOwnsObjects), so undo restores them exactly,
 * ids, geometry and references included.
 */
class AddRemoveEntities : public QUndoCommand
{
public:
    enum class Mode { Add, Remove };

    /** Add: `entities` are inserted on redo. */
    AddRemoveEntities(Document *document, const QList<Entity> &entities, const QString &text,
                      QUndoCommand *parent = nullptr);
    /** Remove: the entities with `ids` are taken out on redo. */
    AddRemoveEntities(Document *document, const EntityIds &ids, const QString &text,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void insert();
    void remove();

    Document *m_document;
    Mode m_mode;
    EntityIds m_ids;
    QList<Entity> m_entities; ///< owned while out of the model
};

} // namespace ecsplan
