#pragma once

#include <QDockWidget>

class QUndoView;

namespace ecsplan {

class Document;

/** The undo history (QUndoView): every edit as one row; clicking a row undoes/redoes to it. */
class UndoHistoryDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit UndoHistoryDock(Document *document, QWidget *parent = nullptr);
    QUndoView *view() const { return m_view; }

private:
    QUndoView *m_view;
};

} // namespace ecsplan
