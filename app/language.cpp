#include "language.h"

#include "bilingual.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {
const char kSettingsKey[] = "language";

// Loads `file` ("qtbase", "model-atlas", ...) for Chinese from `dir`, or returns null.
QTranslator *loadChinese(QObject *parent, const QString &file, const QString &dir)
{
    auto *t = new QTranslator(parent);
    if (t->load(QLocale(QLocale::Chinese, QLocale::China), file, QStringLiteral("_"), dir))
        return t;
    delete t;
    return nullptr;
}
} // namespace

LanguageSwitcher::LanguageSwitcher(QCoreApplication &app, const QString &catalogueDir)
    : QObject(&app), m_app(app), m_dir(catalogueDir)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    setBothLanguages(false);
}

QStringList LanguageSwitcher::languages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("both")};
}

bool LanguageSwitcher::isSupported(const QString &language)
{
    return languages().contains(language);
}

QString LanguageSwitcher::systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

void LanguageSwitcher::removeTranslators()
{
    for (QTranslator **t : {&m_ours, &m_qtBase, &m_qtWebEngine}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

bool LanguageSwitcher::apply(const QString &language)
{
    if (!isSupported(language))
        return false;
    if (language == m_language)
        return true;
    const bool chinese = language == QLatin1String("zh_CN");
    const bool both = language == QLatin1String("both");
    // The locale first: widgets read it while they retranslate.
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
    if ((chinese || both) && !m_chinese)
        m_chinese = loadChinese(this, QStringLiteral("model-atlas"), m_dir);
    setBothLanguages(both, m_chinese);

    const bool hadTranslators = m_ours || m_qtBase || m_qtWebEngine;
    removeTranslators();
    if (chinese) {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        m_ours = loadChinese(this, QStringLiteral("model-atlas"), m_dir);
        m_qtBase = loadChinese(this, QStringLiteral("qtbase"), qtDir);
        m_qtWebEngine = loadChinese(this, QStringLiteral("qtwebengine"), qtDir);
        for (QTranslator *t : {m_ours, m_qtBase, m_qtWebEngine})
            if (t)
                QCoreApplication::installTranslator(t);
    }
    // Installing or removing a translator makes Qt send LanguageChange to every widget; English
    // <-> Both changes none, so send it here.
    if (!hadTranslators && !(m_ours || m_qtBase || m_qtWebEngine)) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(&m_app, &change);
    }
    m_language = language;
    emit languageChanged(language);
    return true;
}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    if (!apply(language))
        return false;
    QSettings().setValue(kSettingsKey, language);
    return true;
}

QString LanguageSwitcher::restore()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    apply(isSupported(saved) ? saved : systemLanguage());
    return m_language;
}

QString installLanguage(QCoreApplication &app, const QString &requested)
{
    auto *switcher = new LanguageSwitcher(app);
    switcher->apply(requested.isEmpty() ? LanguageSwitcher::systemLanguage() : requested);
    return switcher->language();
}
