#include "changesettings.h"

#include "model/document.h"

namespace ecsplan {

ChangeSettings::ChangeSettings(Document *document, const DesignSettings &settings,
                               const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_settings(settings)
{
}

void ChangeSettings::swap()
{
    const DesignSettings previous = m_document->model().settings();
    m_document->applySettings(m_settings);
    m_settings = previous;
}

} // namespace ecsplan
