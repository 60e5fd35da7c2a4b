#pragma once

#include "canvas/itemtypes.h"
#include "diff/designdiff.h"
#include "model/model.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsObject>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace ecsplan {

class DesignScene;
class ComparisonTagItem;

/**
 * One difference drawn on the canvas: a ring around an added (green) or changed (amber) card or
 * frame, or a ghost of a removed one (dashed, at its old place), with a tag under it
 * ("+ added · +¥1,398/mo") that keeps its screen size at any zoom. Not an entity item: not
 * selectable, not movable, clicks go through it to the canvas; the scene never counts it.
 */
class ComparisonMarkItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonMarkItem)

public:
    enum { Type = ComparisonMarkItemType };

    ComparisonMarkItem(DesignDiff::Change change, EntityId id, bool container);
    int type() const override { return Type; }

    DesignDiff::Change change() const { return m_change; }
    EntityId id() const { return m_id; }
    bool isGhost() const { return m_change == DesignDiff::Change::Removed; }
    /** The card (or frame) rectangle it marks, in scene coordinates. */
    QRectF target() const { return m_target; }
    void setTarget(const QRectF &sceneRect);
    /** Ghosts: the removed component's name and kind, drawn on the ghost. */
    void setGhostText(const QString &name, const QString &kind);
    /** The tag's text ("+ added · +¥1,398/mo"). */
    QString tagText() const;
    void setTagText(const QString &text);
    ComparisonTagItem *tag() const { return m_tag; }
    bool isContainer() const { return m_container; }
    /** Puts the tag at `placement` (its anchor follows the target). */
    void placeTag(int placement);
    /** Where the tag would be, in scene coordinates, at `placement` and view scale `zoom`. */
    QRectF tagSceneRect(int placement, double zoom) const;
    static QColor color(DesignDiff::Change change);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    DesignDiff::Change m_change;
    EntityId m_id;
    bool m_container;
    QRectF m_target;
    QString m_name, m_kind;
    ComparisonTagItem *m_tag;
};

/** The tag of a mark: a pill of constant screen size (ItemIgnoresTransformations). */
class ComparisonTagItem : public QGraphicsItem
{
public:
    enum { Type = ComparisonTagItemType };
    explicit ComparisonTagItem(QGraphicsItem *parent);
    int type() const override { return Type; }
    QString text() const { return m_text; }
    void setText(const QString &text, const QColor &color);
    /**
     * Where the pill sits relative to its anchor (set by the mark): Below and Above a card,
     * left-aligned; Right of it, centred; Inside a frame's bottom-right corner.
     */
    enum class Placement { Below, Above, Right, Inside };
    void setPlacement(Placement placement);
    Placement placement() const { return m_placement; }
    /** The pill in item coordinates (screen pixels) for `placement`. */
    QRectF pillRect(Placement placement) const;
    QSizeF size() const { return m_size; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QColor m_color;
    QFont m_font;
    QSizeF m_size;
    Placement m_placement = Placement::Below;
};

/**
 * The differences of a DesignComparison laid over a DesignScene: marks for the components of
 * the current design that were added or changed, ghost cards for the removed ones, each with its
 * monthly cost delta. Links are not marked (the Comparison dock lists them). Read-only: it adds
 * its own items to the scene and never touches the document. Tags hide below TagZoom.
 */
class ComparisonOverlay : public QObject
{
    Q_OBJECT

public:
    static constexpr double TagZoom = 0.3;

    explicit ComparisonOverlay(DesignScene *scene, QObject *parent = nullptr);
    ~ComparisonOverlay() override;

    /** Replaces the marks with those of `result`, `before` being its "before" design. */
    void show(const Model &before, const DesignDiff::Result &result, const QString &beforeLabel);
    void clear();
    bool isEmpty() const { return m_marks.isEmpty(); }

    /** The mark of an added or changed component (null when it has none). */
    ComparisonMarkItem *markFor(EntityId id) const;
    /** The ghost of a removed component (null when it has none). */
    ComparisonMarkItem *ghostFor(EntityId id) const;
    QList<ComparisonMarkItem *> marks() const { return m_marks; }
    /** The HTML lines the cards' tooltips get (DesignScene::setToolTipNotes), by entity. */
    const QHash<EntityId, QString> &notes() const { return m_notes; }

    /** Re-reads the marked components' places (a card was moved). */
    void relayout();
    /**
     * Puts each card's tag below it, else above, else right of it: the first place that
     * covers no other card, no region or zone header and no other tag at the current zoom.
     */
    void placeTags();
    void setZoom(double zoom);

private:
    QRectF sceneRectOf(const Entity &e) const;
    /** The marks' parent item; the scene deletes it with everything on a reset (clear()). */
    QGraphicsObject *layer();

    DesignScene *m_scene;
    QPointer<QGraphicsObject> m_layer;
    QList<ComparisonMarkItem *> m_marks;
    QHash<EntityId, QString> m_notes;
    double m_zoom = 1;
};

/** "+¥1,234/mo" / "−¥56/mo": a monthly change in the canvas's money format. */
QString signedCardMoney(double delta, const QString &currency);

} // namespace ecsplan
