#include "findbar.h"

#include "designscene.h"
#include "designview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace ecsplan {

FindBar::FindBar(DesignView *view)
    : QFrame(view)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("findBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_edit->setPlaceholderText(tr("Find by name, type or id…"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(m_edit, &QLineEdit::textEdited, this, &FindBar::search);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { step(1); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::activate()
{
    m_edit->setFocus();
    m_edit->selectAll();
    if (!m_edit->text().isEmpty())
        search(m_edit->text());
}

void FindBar::search(const QString &text)
{
    m_matches = m_view->find(text);
    m_current = -1;
    if (text.trimmed().isEmpty()) {
        m_status->clear();
        return;
    }
    if (m_matches.isEmpty()) {
        m_status->setText(tr("No match"));
        return;
    }
    showMatch(0);
}

void FindBar::step(int direction)
{
    if (m_matches.isEmpty()) {
        search(m_edit->text());
        return;
    }
    const int n = int(m_matches.size());
    showMatch(((m_current < 0 ? 0 : m_current + direction) % n + n) % n);
}

void FindBar::showMatch(int index)
{
    m_current = index;
    m_view->jumpTo(m_matches.at(index));
    m_status->setText(tr("%1 of %2").arg(index + 1).arg(m_matches.size()));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_view->setFocus();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ShiftModifier)) {
            step(-1);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace ecsplan
