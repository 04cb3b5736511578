#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

// Switches the interface language while the program runs: "en", "zh_CN" or "both" (English with
// Chinese beside short labels, see bilingual.h). It swaps our translator and Qt's own (qtbase,
// qtwebengine), sets the default QLocale so numbers, dates and prices follow, and lets Qt send
// QEvent::LanguageChange to every widget. The choice is remembered in QSettings ("language").
class LanguageSwitcher final : public QObject
{
    Q_OBJECT

public:
    // `catalogueDir` holds model-atlas_<lang>.qm; the program embeds them under ":/i18n".
    explicit LanguageSwitcher(QCoreApplication &app,
                              const QString &catalogueDir = QStringLiteral(":/i18n"));
    ~LanguageSwitcher() override;

    static QStringList languages(); // "en", "zh_CN", "both"
    static bool isSupported(const QString &language);
    // "en" or "zh_CN" from the system locale.
    static QString systemLanguage();

    QString language() const { return m_language; }

    // Applies `language` without remembering it (an unsupported one is ignored and returns
    // false). Emits languageChanged() when it changes.
    bool apply(const QString &language);
    // Applies `language` and remembers it for the next start.
    bool setLanguage(const QString &language);
    // Applies the remembered language, or the system's when none is remembered or it is unusable.
    QString restore();

signals:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QCoreApplication &m_app;
    QString m_dir;
    QString m_language;
    QTranslator *m_ours = nullptr;
    QTranslator *m_qtBase = nullptr;
    QTranslator *m_qtWebEngine = nullptr;
    QTranslator *m_chinese = nullptr; // the Chinese catalogue that Both mode reads beside English
};

// For the command line and start-up: picks the interface language ("en" or "zh_CN"; empty means
// the system locale), sets the default QLocale and installs our translations together with Qt's
// own for the life of `app`. Returns the language chosen.
QString installLanguage(QCoreApplication &app, const QString &requested);
