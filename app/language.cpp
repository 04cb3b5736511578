#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString installLanguage(QCoreApplication &app, const QString &requested)
{
    QString lang = requested;
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                                : QStringLiteral("en");
    QLocale::setDefault(QLocale(lang));
    if (lang == QLatin1String("en"))
        return lang;
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/model-atlas_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}
