#include "backgroundtask.h"

#include "model/progress.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace ecsplan {

namespace {

/**
 * While the work runs, user input reaches only the progress dialog, also before it shows
 * (window modality starts with the dialog's show): the window must not change under the
 * worker, and a second open must not start. Closing the window waits too.
 */
class InputGate : public QObject
{
public:
    explicit InputGate(QWidget *dialog)
        : m_dialog(dialog)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~InputGate() override { QCoreApplication::instance()->removeEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
        case QEvent::Shortcut:
        case QEvent::DragEnter:
        case QEvent::DragMove:
        case QEvent::Drop:
        case QEvent::TouchBegin:
        case QEvent::ContextMenu:
        case QEvent::Close: {
            auto *widget = qobject_cast<QWidget *>(watched);
            if (widget && (widget == m_dialog || m_dialog->isAncestorOf(widget)))
                return false;
            if (!widget && event->type() != QEvent::Shortcut)
                return false; // windows (QWindow) pass input on to their widgets, gated there
            event->ignore();
            return true;
        }
        default:
            return false;
        }
    }

private:
    QWidget *m_dialog;
};

} // namespace

bool runWithProgress(QWidget *parent, const QString &label,
                     const std::function<void(Progress &)> &work)
{
    Progress progress;
    QProgressDialog dialog(label, QCoreApplication::translate("ecsplan::BackgroundTask", "Cancel"),
                           0, 0, parent);
    dialog.setObjectName(QStringLiteral("backgroundTaskProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog,
                     [&progress] { progress.cancelled.store(true); });

    QEventLoop loop;
    const std::unique_ptr<QThread> thread(QThread::create([&progress, &work] { work(progress); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        if (dialog.wasCanceled()) // cancel() as well as the button (which emits canceled)
            progress.cancelled.store(true);
        const long long total = progress.total.load(std::memory_order_relaxed);
        if (total <= 0 || dialog.wasCanceled())
            return;
        dialog.setMaximum(1000);
        dialog.setValue(int(1000 * progress.done.load(std::memory_order_relaxed) / total));
    });
    const InputGate gate(&dialog);
    thread->start();
    poll.start();
    loop.exec();
    thread->wait();
    return !progress.isCancelled() && !dialog.wasCanceled();
}

} // namespace ecsplan
