#pragma once

#include "io/clipboard.h"

#include <QObject>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QAction;
class QActionGroup;
QT_END_NAMESPACE

namespace ecsplan {

class DesignView;

/**
 * The canvas's QActions, created by and parented to a DesignView (see DesignView::actions()).
 *
 *  edit:  Cut, Copy, Paste, Duplicate (Ctrl+D), Delete, Select All, Rename (F2), Find (Ctrl+F),
 *         Align Left / Centre / Right… and Tidy Layout (Ctrl+Shift+L), each one undo step via
 *         Document::setProperties(ids, Geometry, ...)
 *  view:  Zoom In, Zoom Out, Fit to View (Ctrl+Shift+F), Actual Size 100 % (Ctrl+0),
 *         Snap to Grid (checkable)
 *  tools: Select (V), Connect (C) — exclusive, checkable
 *
 * Copy/paste goes through core/io/clipboard (MIME "application/x-ecsplan-fragment" + text), so
 * it also works between two windows. Paste lands under the mouse when it is over the canvas,
 * otherwise 20 px further down-right at each repeated paste. Refusals go to
 * DesignScene::statusMessage.
 */
class CanvasActions : public QObject
{
    Q_OBJECT

public:
    explicit CanvasActions(DesignView *view);

    QList<QAction *> editActions() const;
    QList<QAction *> viewActions() const;
    QList<QAction *> toolActions() const;

    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *snapAction() const { return m_snap; }
    QAction *connectToolAction() const { return m_connectTool; }
    QAction *renameAction() const { return m_rename; }
    QAction *findAction() const { return m_find; }
    QAction *tidyLayoutAction() const { return m_tidy; }
    QAction *fitAction() const { return m_fit; }
    QAction *minimapAction() const { return m_minimap; }
    /** A toolbar entry whose menu holds the six Align actions. */
    QAction *alignMenuAction() const { return m_alignMenu; }
    QList<QAction *> alignActions() const { return m_align; }

    enum class Alignment { Left, HCenter, Right, Top, VCenter, Bottom };

public slots:
    void cut();
    void copy();
    void paste();
    void duplicate();
    void deleteSelection();
    void selectAll();
    /**
     * Lines up the selection: components (each stays in its container), or zones of one region,
     * or regions (containers take their content along). One undo step; a mix, or a move out of a
     * container, is refused with the reason in the status bar. Returns the refusal or "".
     */
    QString align(ecsplan::CanvasActions::Alignment alignment);
    /** Renames the single selected item in place (F2). */
    void renameSelection();
    /** Rearranges the whole design (AutoLayout) as one undo step, then fits it in the view. */
    void tidyLayout();
    void pasteAt(const QPointF &scenePos);

public:
    /** Pastes a fragment moved by `offset` and selects the result (tests use this directly). */
    Document::Result pasteFragment(const Clipboard::Fragment &fragment, const QPointF &offset);

private:
    void updateEnabled();
    QAction *make(const QString &text, const QKeySequence &shortcut, const QString &iconName = {});

    DesignView *m_view;
    QAction *m_cut, *m_copy, *m_paste, *m_duplicate, *m_delete, *m_selectAll;
    QList<QAction *> m_align;
    QAction *m_zoomIn, *m_zoomOut, *m_fit, *m_actualSize, *m_snap;
    QAction *m_selectTool, *m_connectTool;
    QAction *m_rename, *m_find, *m_tidy, *m_minimap, *m_alignMenu;
    QByteArray m_lastPasted;
    int m_pasteCount = 0;
};

} // namespace ecsplan
