#pragma once

#include "model/ids.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace ecsplan {

class DesignView;

/**
 * Edit ▸ Find (Ctrl+F): a bar over the canvas's top-right corner. Typing lists matches by name,
 * type or id (DesignView::find) and jumps to the best; Enter jumps to the next match, Shift+Enter
 * to the previous, Esc closes.
 */
class FindBar : public QFrame
{
    Q_OBJECT

public:
    explicit FindBar(DesignView *view);

    QLineEdit *editor() const { return m_edit; }
    /** "2 of 5", "No match" or "" (tests read it). */
    QString status() const;
    EntityIds matches() const { return m_matches; }
    void activate();
    /** Jumps to the next (or previous) match. */
    void step(int direction);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void showMatch(int index);

    DesignView *m_view;
    QLineEdit *m_edit;
    QLabel *m_status;
    EntityIds m_matches;
    int m_current = -1;
};

} // namespace ecsplan
