#pragma once

#include <QFrame>

class QLabel;

// A transient panel of rich text shown below a button, like a desktop popover: it closes on
// Escape, on a click outside it and when the window loses focus, and deletes itself when closed,
// so no input stays grabbed after it has gone. The label inside is not the popup window: a
// label keeps the mouse and key events a popup needs to close itself.
class Popover final : public QFrame
{
    Q_OBJECT

public:
    // `html` is shown as rich text: every catalog value in it must already be escaped.
    Popover(const QString &html, QWidget *anchor);

    // Shows the popover below `anchor`, kept on the anchor's screen.
    void popUp();

    QLabel *label() const { return m_label; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QWidget *m_anchor;
    QLabel *m_label;
};
