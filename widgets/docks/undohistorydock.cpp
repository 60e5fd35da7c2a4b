#include "undohistorydock.h"

#include <QUndoView>

namespace ecsplan {

UndoHistoryDock::UndoHistoryDock(QUndoStack *stack, QWidget *parent)
    : QDockWidget(tr("Undo History"), parent)
    , m_view(new QUndoView(stack, this))
{
    setObjectName(QStringLiteral("undoHistoryDock"));
    m_view->setEmptyLabel(tr("<design as opened>"));
    m_view->setCleanIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    setWidget(m_view);
}

} // namespace ecsplan
