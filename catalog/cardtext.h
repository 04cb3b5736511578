#pragma once

#include "cardstats.h"

#include <QString>

// Translated labels of the card's computed values. They go through
// QCoreApplication::translate("Card", ...), so they follow the installed translator.
namespace card {

QString bucketLabel(Bucket b, bool speed); // "Top 1%" ... "Below avg" / "Slow"
QString costLabel(Cost c);                 // "Free", "Low", "Moderate", "High"
QString measureLabel(Measure m);
const char *
measureLabelSource(Measure m);    // the same, untranslated, in the "Card" context  // "Reasoning",
                                  // "Coding", "Agentic tasks", "Context / memory"
QString measureSource(Measure m); // "AA Intelligence Index · scaled to 10"
QString channelLabel(const QString &channel); // api -> "API", product -> "Product / App" ...
QString stateLabel(const QString &state);     // available -> "Available" ...
QString pricingLabel(const QString &pricingModel);
QString pricingExplanation(const QString &pricingModel);
QString relationLabel(const QString &relation);
QString notReported();
// A context size as the ladder writes it: "4K", "128K", "1M", "10M".
QString contextShort(qint64 tokens);

// Both languages of a ladder rung's note ("Chat", "聊天"); the 10M rung has none.
QString rungNoteEn(int rung);
QString rungNoteZh(int rung);

} // namespace card
