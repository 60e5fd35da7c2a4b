#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace ecsplan {

struct Progress;

/**
 * Long work (opening or exporting a large design) off the GUI thread, with a progress dialog
 * that can be cancelled. `work` runs on a worker thread and reports through the Progress it is
 * given (done of total; no total: a busy indicator); Cancel sets Progress::cancelled and `work`
 * stops at its next check. The window keeps painting meanwhile; the dialog (window-modal,
 * shown after 300 ms) takes its input. `work` must not touch widgets or the document: it gets
 * copies (Model is implicitly shared) and its result is used only when this returns true.
 *
 * Returns false when the user cancelled, whether or not `work` got to its end.
 */
bool runWithProgress(QWidget *parent, const QString &label,
                     const std::function<void(Progress &)> &work);

} // namespace ecsplan
