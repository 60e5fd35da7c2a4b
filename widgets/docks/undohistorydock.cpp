#include "undohistorydock.h"

#include "model/document.h"

#include <QUndoView>

namespace ecsplan {

UndoHistoryDock::UndoHistoryDock(Document *document, QWidget *parent)
    : QDockWidget(tr("Undo History"), parent)
    , m_view(new QUndoView(document->undoStackForHistoryView({}), this))
{
    setObjectName(QStringLiteral("undoHistoryDock"));
    m_view->setEmptyLabel(tr("<design as opened>"));
    m_view->setCleanIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    setWidget(m_view);
}

} // namespace ecsplan
