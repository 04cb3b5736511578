#pragma once

#include <QString>

class QTranslator;

// "Both" mode: the interface stays in English and short labels carry their Chinese beside them
// ("Reasoning 推理"), for presenters facing a mixed audience. The language switcher turns it on
// and hands over the Chinese catalogue, which is loaded but not installed as the app translator.
// Views call these helpers for short labels; long text follows the installed language only.

// Turns Both mode on (with the catalogue that supplies the Chinese) or off (`chinese` ignored).
void setBothLanguages(bool on, const QTranslator *chinese = nullptr);
bool bothLanguages();

// The label to show for a text that exists in both languages: `en` in English, `zh` in Chinese
// (falling back to `en` when empty), "en zh" in Both mode (just `en` when they are the same).
QString bilingual(const QString &en, const QString &zh);

// A short interface string through the translation catalogue, as QCoreApplication::translate()
// does, but with its Chinese beside it in Both mode. `sourceText` must be marked for lupdate
// (tr() / QT_TRANSLATE_NOOP) by the caller.
QString bilingualTr(const char *context, const char *sourceText);
