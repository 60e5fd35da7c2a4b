#pragma once

#include "changeevent.h"
#include "model.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace ecsplan {

class Catalog;

/**
 * Owns a design (the Model) and its QUndoStack, and says what changed through `changed`.
 *
 * Views never write the model. They call the verbs below; each verb validates its input
 * against the model's invariants, then pushes exactly one undo step (a command or a macro),
 * or returns a translated reason and changes nothing. The commands apply their edits through
 * the apply* functions, which emit the typed change events.
 */
class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Model &model() const { return m_model; }
    /**
     * The undo history, read-only: count, index, texts, the clean state and their signals.
     * Steps are taken with undo() and redo(); only the verbs push onto it.
     */
    const QUndoStack *undoStack() const { return &m_undoStack; }

    /** The key to undoStackForHistoryView(): only the History dock can make one. */
    class HistoryViewKey
    {
        friend class UndoHistoryDock;
        HistoryViewKey() = default;
    };
    /**
     * The stack itself, for the History dock's QUndoView only: it needs a non-const stack to
     * undo or redo to the row the user clicks (QUndoStack::setIndex), which changes the design
     * through the same commands as undo() and redo().
     */
    QUndoStack *undoStackForHistoryView(HistoryViewKey) { return &m_undoStack; }

    /**
     * The catalog the verbs check instance types against (an unknown type is refused). None by
     * default: a document without a catalog accepts any type name (tests, headless tools); the
     * GUI sets the application's catalog. Not owned; must outlive the document or be reset.
     */
    void setCatalog(const Catalog *catalog) { m_catalog = catalog; }
    const Catalog *catalog() const { return m_catalog; }

    QString fileName() const { return m_fileName; }
    void setFileName(const QString &fileName);
    bool isModified() const { return !m_undoStack.isClean(); }
    /** The design as it is now is the saved one (after a save): isModified() becomes false. */
    void markSaved() { m_undoStack.setClean(); }
    /**
     * The design as it is now is saved nowhere (recovered work): isModified() stays true until
     * the next markSaved(), whatever is undone or redone.
     */
    void markUnsaved() { m_undoStack.resetClean(); }

    /** Takes back the last step (nothing when there is none). */
    void undo() { m_undoStack.undo(); }
    /** Does again the last step taken back (nothing when there is none). */
    void redo() { m_undoStack.redo(); }

    /** Outcome of a verb: the ids it created or touched, or why it refused. */
    struct Result
    {
        EntityIds ids;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // --- verbs (one undo step each) ---------------------------------------------------------

    /** Adds one entity. Its id is allocated, its name made unique among its kind. */
    Result addEntity(Entity entity);
    /**
     * Adds several entities in one step (paste, templates, samples). Ids already set are kept
     * (the caller allocated them with allocateIds so references between them hold); names are
     * made unique; every reference must resolve within the model or the batch.
     */
    Result addEntities(QList<Entity> entities, const QString &undoText = {});
    /** Reserves `n` fresh ids for a batch built by the caller. */
    EntityIds allocateIds(int n);
    /** Connects two components with a traffic link. */
    Result connect(EntityId from, EntityId to, const LinkData &data = {});
    /**
     * Removes entities with everything that cannot exist without them (a container's content,
     * links touching them) and clears references to them (disk attachments, replica sources,
     * zone and security-group lists). Undo restores all of it.
     */
    Result removeEntities(const EntityIds &ids);
    /** Sets one property to the same value on every id (multi-selection edits). */
    Result setProperty(const EntityIds &ids, Property p, const QVariant &value,
                       bool mergeable = false);
    /** Sets one property to a value per id. */
    Result setProperties(const EntityIds &ids, Property p, const QList<QVariant> &values,
                         const QString &undoText = {});
    /**
     * Moves nodes by `delta` (containers take their content along). A moved node that lands
     * in another container is reparented into it in the same undo step; a move that would put
     * a node where it cannot be (an instance outside any zone) is refused with the reason.
     */
    Result moveEntities(const EntityIds &ids, const QPointF &delta);
    /** Resizes a region or zone. */
    Result setGeometry(EntityId id, const QRectF &geometry);
    Result setSettings(const DesignSettings &settings, const QString &undoText = {});
    /**
     * Runs `edits` (calls of the verbs above) as one undo step named `undoText`. When `edits`
     * returns an error, everything it did is taken back, nothing of it is left to redo, and
     * the error is returned.
     */
    QString inOneStep(const QString &undoText, const std::function<QString()> &edits);

    /** Replaces the whole design (load, new); clears the undo stack; emits Reset. */
    void resetModel(Model model);

    /** The innermost container at `scenePos` that a `kind` may be placed in (None if none). */
    EntityId containerAt(EntityKind kind, const QPointF &scenePos,
                         const EntityIds &excluding = {}) const;
    /** `base`, or `base 2`, `base 3` ... whichever is not yet used by an entity of `kind`. */
    QString uniqueName(EntityKind kind, const QString &base) const;

signals:
    void changed(const ecsplan::ChangeEvent &event);
    void fileNameChanged(const QString &fileName);

private:
    // The undo commands apply their edits through these (and emit the change events); nothing
    // else may, so the verbs above are the only public way to change a design.
    friend class AddRemoveEntities;
    friend class ChangeProperty;
    friend class ChangeSettings;
    void applyInsert(const QList<Entity> &entities);
    QList<Entity> applyRemove(const EntityIds &ids);
    void applyProperty(const EntityIds &ids, Property p, const QList<QVariant> &values);
    void applySettings(const DesignSettings &settings);

    QString checkValue(const Entity &entity, Property p, const QVariant &value) const;
    /** Empty, or why `type` is refused (unknown to the document's catalog, when it has one). */
    QString checkInstanceType(const QString &type) const;
    /**
     * After containers changed (move, reparent): pushes the edits that keep references valid,
     * i.e. detaches disks now in another zone than their instances and drops zones of another
     * region from zone lists. Call inside an open macro.
     */
    void pushReferenceRepairs();
    /** Pushes one ChangeProperty, wrapped with its reference repairs when `p` is Parent. */
    void pushChange(const EntityIds &ids, Property p, const QList<QVariant> &values,
                    const QString &text, bool mergeable);

    Model m_model;
    const Catalog *m_catalog = nullptr;
    QUndoStack m_undoStack;
    QString m_fileName;
};

} // namespace ecsplan
