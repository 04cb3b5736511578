#include "languagemenu.h"

#include "language.h"

#include <QActionGroup>
#include <QEvent>

LanguageMenu::LanguageMenu(LanguageSwitcher &switcher, QWidget *parent)
    : QMenu(parent), m_switcher(switcher)
{
    setObjectName("languageMenu");
    m_group = new QActionGroup(this);
    const std::pair<const char *, const char *> choices[] = {
        {"en", "English"}, {"zh_CN", "中文"}, {"both", "English + 中文"}};
    for (const auto &[id, text] : choices) {
        QAction *a = addAction(QString::fromUtf8(text));
        a->setCheckable(true);
        a->setData(QString::fromLatin1(id));
        a->setChecked(switcher.language() == QLatin1String(id));
        m_group->addAction(a);
        connect(a, &QAction::triggered, &switcher,
                [&switcher, lang = QString::fromLatin1(id)] { switcher.setLanguage(lang); });
    }
    addSeparator();
    m_cycle = addAction(QString());
    m_cycle->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    connect(m_cycle, &QAction::triggered, &switcher, [&switcher] {
        const QStringList all = LanguageSwitcher::languages();
        switcher.setLanguage(all[(all.indexOf(switcher.language()) + 1) % all.size()]);
    });
    connect(&switcher, &LanguageSwitcher::languageChanged, this, [this](const QString &language) {
        for (QAction *a : m_group->actions())
            a->setChecked(a->data().toString() == language);
    });
    retranslate();
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_cycle->setText(tr("Next language"));
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}
