#pragma once

#include "model/properties.h"

#include <QUndoCommand>

namespace ecsplan {

class Document;

/**
 * Sets one property on a set of entities, a value per entity (Tiled's ChangeValue). Used for
 * every field edit, moves (Geometry) and reparenting (Parent). When `mergeable`, consecutive
 * edits of the same property on the same ids merge into one undo step (typing in a field);
 * a merge that ends where it started makes the command obsolete.
 */
class ChangeProperty : public QUndoCommand
{
public:
    ChangeProperty(Document *document, const EntityIds &ids, Property property,
                   const QList<QVariant> &newValues, const QString &text, bool mergeable = false,
                   QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    EntityIds m_ids;
    Property m_property;
    QList<QVariant> m_oldValues;
    QList<QVariant> m_newValues;
    bool m_mergeable;
};

} // namespace ecsplan
