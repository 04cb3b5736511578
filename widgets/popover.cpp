#include "popover.h"

#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

Popover::Popover(const QString &html, QWidget *anchor)
    : QFrame(anchor, Qt::Popup), m_anchor(anchor), m_label(new QLabel(html, this))
{
    setObjectName("popover");
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setMargin(12);
    // Plain display: a selectable label would take the clicks and keys meant for the popover.
    m_label->setTextInteractionFlags(Qt::NoTextInteraction);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    setMaximumWidth(560);
}

void Popover::popUp()
{
    adjustSize();
    QPoint at = m_anchor->mapToGlobal(QPoint(0, m_anchor->height()));
    if (const QScreen *screen = m_anchor->screen()) {
        const QRect room = screen->availableGeometry();
        at.setX(std::clamp(at.x(), room.left(), std::max(room.left(), room.right() - width())));
        if (at.y() + height() > room.bottom()) // no room below: open above the button
            at.setY(std::max(room.top(), m_anchor->mapToGlobal(QPoint()).y() - height()));
    }
    move(at);
    show();
    setFocus(Qt::PopupFocusReason);
}

void Popover::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_Return ||
        event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        close();
        return;
    }
    QFrame::keyPressEvent(event);
}

bool Popover::event(QEvent *event)
{
    if (event->type() == QEvent::WindowDeactivate)
        close();
    return QFrame::event(event);
}
