#pragma once

#include <QMenu>

class LanguageSwitcher;
class QActionGroup;

// The Language menu: English, 中文 and English + 中文, checked to match the switcher, plus a
// shortcut (Ctrl+Shift+L) that cycles through them. Language names are endonyms, not translated.
class LanguageMenu final : public QMenu
{
    Q_OBJECT

public:
    LanguageMenu(LanguageSwitcher &switcher, QWidget *parent);

    QAction *cycleAction() const { return m_cycle; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    LanguageSwitcher &m_switcher;
    QActionGroup *m_group = nullptr;
    QAction *m_cycle = nullptr;
};
