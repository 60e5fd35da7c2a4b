#pragma once

#include "model/designsettings.h"

#include <QUndoCommand>

namespace ecsplan {

class Document;

/** Replaces the design settings (currency, exchange rate, muted rules ...). */
class ChangeSettings : public QUndoCommand
{
public:
    ChangeSettings(Document *document, const DesignSettings &settings, const QString &text,
                   QUndoCommand *parent = nullptr);
    void undo() override { swap(); }
    void redo() override { swap(); }

private:
    void swap();

    Document *m_document;
    DesignSettings m_settings;
};

} // namespace ecsplan
