#include "cardtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace card {

namespace {
QString tr(const char *text) // for the QT_TRANSLATE_NOOP table below
{
    return QCoreApplication::translate("Card", text);
}
} // namespace

QString bucketLabel(Bucket b, bool speed)
{
    switch (b) {
    case Bucket::Top1:
        return QCoreApplication::translate("Card", "Top 1%");
    case Bucket::Top5:
        return QCoreApplication::translate("Card", "Top 5%");
    case Bucket::Top10:
        return QCoreApplication::translate("Card", "Top 10%");
    case Bucket::Good:
        return QCoreApplication::translate("Card", "Good");
    case Bucket::Medium:
        return QCoreApplication::translate("Card", "Medium");
    case Bucket::Low:
        return speed ? QCoreApplication::translate("Card", "Slow")
                     : QCoreApplication::translate("Card", "Below avg");
    case Bucket::Unknown:
        return notReported();
    }
    return {};
}

QString costLabel(Cost c)
{
    switch (c) {
    case Cost::Free:
        return QCoreApplication::translate("Card", "Free");
    case Cost::Low:
        return QCoreApplication::translate("Card", "Low");
    case Cost::Moderate:
        return QCoreApplication::translate("Card", "Moderate");
    case Cost::High:
        return QCoreApplication::translate("Card", "High");
    case Cost::Unknown:
        return notReported();
    }
    return {};
}

const char *measureLabelSource(Measure m)
{
    switch (m) {
    case Measure::Reasoning:
        return QT_TRANSLATE_NOOP("Card", "Reasoning");
    case Measure::Coding:
        return QT_TRANSLATE_NOOP("Card", "Coding");
    case Measure::Agentic:
        return QT_TRANSLATE_NOOP("Card", "Agentic tasks");
    case Measure::Context:
        return QT_TRANSLATE_NOOP("Card", "Context / memory");
    }
    return "";
}

QString contextShort(qint64 tokens)
{
    // Vendors count in binary (131,072) or decimal (128,000) thousands; both read as "128K".
    const bool binary = tokens % 1000 != 0 && tokens % 1024 == 0;
    const double mega = binary ? 1048576.0 : 1000000.0;
    const double kilo = binary ? 1024.0 : 1000.0;
    if (tokens >= mega) {
        const double m = tokens / mega;
        return QLocale::c().toString(m, 'g', m < 10 ? 2 : 3) + "M";
    }
    if (tokens >= kilo)
        return QString::number(qRound(tokens / kilo)) + "K";
    return QString::number(tokens);
}

QString measureLabel(Measure m)
{
    return QCoreApplication::translate("Card", measureLabelSource(m));
}

QString measureSource(Measure m)
{
    switch (m) {
    case Measure::Reasoning:
        return QCoreApplication::translate("Card", "AA Intelligence Index · scaled to 10");
    case Measure::Coding:
        return QCoreApplication::translate("Card", "SciCode · scaled to 10");
    case Measure::Agentic:
        return QCoreApplication::translate("Card", "Terminal-Bench Hard · scaled to 10");
    case Measure::Context:
        return QCoreApplication::translate("Card", "Context window size · log-scaled");
    }
    return {};
}

QString channelLabel(const QString &channel)
{
    if (channel == QLatin1String("api"))
        return QCoreApplication::translate("Card", "API");
    if (channel == QLatin1String("product"))
        return QCoreApplication::translate("Card", "Product / App");
    if (channel == QLatin1String("open_source"))
        return QCoreApplication::translate("Card", "Open source");
    if (channel == QLatin1String("enterprise"))
        return QCoreApplication::translate("Card", "Enterprise");
    return channel;
}

QString stateLabel(const QString &state)
{
    if (state == QLatin1String("available"))
        return QCoreApplication::translate("Card", "Available");
    if (state == QLatin1String("not_available"))
        return QCoreApplication::translate("Card", "Not available");
    if (state == QLatin1String("released"))
        return QCoreApplication::translate("Card", "Released");
    if (state == QLatin1String("contact_sales"))
        return QCoreApplication::translate("Card", "Contact sales");
    return notReported();
}

QString pricingLabel(const QString &pricingModel)
{
    if (pricingModel == QLatin1String("pay_per_token"))
        return QCoreApplication::translate("Card", "Pay per token");
    if (pricingModel == QLatin1String("free"))
        return QCoreApplication::translate("Card", "Free / self-host");
    if (pricingModel == QLatin1String("subscription"))
        return QCoreApplication::translate("Card", "Subscription");
    if (pricingModel == QLatin1String("research"))
        return QCoreApplication::translate("Card", "Research artifact");
    return QCoreApplication::translate("Card", "Not disclosed");
}

QString pricingExplanation(const QString &pricingModel)
{
    if (pricingModel == QLatin1String("pay_per_token"))
        return QCoreApplication::translate(
            "Card", "Billed by the vendor per million input and output tokens.");
    if (pricingModel == QLatin1String("free"))
        return QCoreApplication::translate(
            "Card", "Open weights — pay only for the compute you run it on.");
    if (pricingModel == QLatin1String("subscription"))
        return QCoreApplication::translate(
            "Card", "Used through a paid app or plan, not metered per token.");
    if (pricingModel == QLatin1String("research"))
        return QCoreApplication::translate("Card", "A paper or research release, not a product.");
    return QCoreApplication::translate("Card", "The vendor has not published a price.");
}

QString relationLabel(const QString &relation)
{
    static const char *const names[][2] = {
        {"builds_on", QT_TRANSLATE_NOOP("Card", "builds on")},
        {"fine_tunes", QT_TRANSLATE_NOOP("Card", "fine-tunes")},
        {"distills", QT_TRANSLATE_NOOP("Card", "distils")},
        {"scales", QT_TRANSLATE_NOOP("Card", "scales up")},
        {"merges", QT_TRANSLATE_NOOP("Card", "merges")},
        {"quantizes", QT_TRANSLATE_NOOP("Card", "quantises")},
        {"successor_of", QT_TRANSLATE_NOOP("Card", "succeeds")},
        {"competes_with", QT_TRANSLATE_NOOP("Card", "competes with")},
        {"open_alt_to", QT_TRANSLATE_NOOP("Card", "open alternative to")},
    };
    for (const auto &n : names)
        if (relation == QLatin1String(n[0]))
            return tr(n[1]);
    return relation;
}

QString notReported()
{
    return QCoreApplication::translate("Card", "not reported");
}

QString rungNoteEn(int rung)
{
    static const char *const notes[] = {"Chat", "Long docs", "Books", "Multi-doc", "Codebase", ""};
    return rung >= 0 && rung < 6 ? QString::fromUtf8(notes[rung]) : QString();
}

QString rungNoteZh(int rung)
{
    static const char *const notes[] = {"聊天", "长文档", "整本书", "多文档", "整个代码库", ""};
    return rung >= 0 && rung < 6 ? QString::fromUtf8(notes[rung]) : QString();
}

} // namespace card
