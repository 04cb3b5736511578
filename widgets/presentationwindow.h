#pragma once

#include "slidesequence.h"

#include <QHash>
#include <QWidget>

class Catalog;
class QLabel;
class QVBoxLayout;

// Presentation mode: slides one at a time, full screen, larger type, a light or a dark theme and
// no window chrome. Right / Page Down / Space go forward, Left / Page Up / Backspace go back,
// Home / End jump, D switches between light and dark, Esc leaves. A slide's widget is built by
// the factory registered for its kind when the slide is shown.
class PresentationWindow final : public QWidget
{
    Q_OBJECT

public:
    PresentationWindow(const QList<Slide> &slides, const QHash<QString, SlideFactory> &factories,
                       QWidget *parent = nullptr);

    // Factories for "card", "compare" and "chart" slides over `catalog`, which must outlive the
    // widgets they build.
    static QHash<QString, SlideFactory> standardFactories(const Catalog &catalog);

    void start(); // full screen on the first slide
    int current() const { return m_current; }
    int count() const { return int(m_slides.size()); }
    QWidget *currentWidget() const { return m_widget; }
    void goTo(int index);
    void next() { goTo(m_current + 1); }
    void previous() { goTo(m_current - 1); }
    void setDark(bool dark);
    bool isDark() const { return m_dark; }

signals:
    void currentChanged(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSlide(int index);
    void updateCounter();

    QList<Slide> m_slides;
    QHash<QString, SlideFactory> m_factories;
    int m_current = -1;
    bool m_dark = false;
    QLabel *m_title = nullptr;
    QLabel *m_counter = nullptr;
    QVBoxLayout *m_body = nullptr;
    QWidget *m_widget = nullptr;
};
