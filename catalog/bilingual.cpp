#include "bilingual.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {
bool g_both = false;
QPointer<const QTranslator> g_chinese; // owned by the language switcher
} // namespace

void setBothLanguages(bool on, const QTranslator *chinese)
{
    g_both = on;
    g_chinese = on ? chinese : nullptr;
}

bool bothLanguages()
{
    return g_both;
}

QString bilingual(const QString &en, const QString &zh)
{
    if (g_both)
        return zh.isEmpty() || zh == en ? en : en + QLatin1Char(' ') + zh;
    if (QLocale().language() == QLocale::Chinese && !zh.isEmpty())
        return zh;
    return en;
}

QString bilingualTr(const char *context, const char *sourceText)
{
    if (!g_both)
        return QCoreApplication::translate(context, sourceText);
    const QString en = QString::fromUtf8(sourceText);
    const QString zh = g_chinese ? g_chinese->translate(context, sourceText) : QString();
    return bilingual(en, zh);
}
