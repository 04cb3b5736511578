#include "comparefacts.h"

#include "cardjson.h"
#include "cardstats.h"
#include "cardtext.h"
#include "catalog.h"
#include "cataloglabels.h"

#include <QCoreApplication>
#include <QLocale>

#include <iterator>

namespace {

const comparefacts::Row kRows[] = {
    {"org", QT_TRANSLATE_NOOP("CompareView", "Organisation"), 0},
    {"kind", QT_TRANSLATE_NOOP("CompareView", "Kind"), 0},
    {"released", QT_TRANSLATE_NOOP("CompareView", "Released"), 0},
    {"parameters", QT_TRANSLATE_NOOP("CompareView", "Parameters"), 0},
    {"context", QT_TRANSLATE_NOOP("CompareView", "Context window"), 1},
    {"maxOutput", QT_TRANSLATE_NOOP("CompareView", "Max output"), 1},
    {"openWeights", QT_TRANSLATE_NOOP("CompareView", "Open weights"), 1},
    {"license", QT_TRANSLATE_NOOP("CompareView", "Licence"), 0},
    {"intelligence", QT_TRANSLATE_NOOP("CompareView", "Intelligence"), 1},
    {"speed", QT_TRANSLATE_NOOP("CompareView", "Speed"), 1},
    {"cost", QT_TRANSLATE_NOOP("CompareView", "Cost"), 0},
    {"priceInput", QT_TRANSLATE_NOOP("CompareView", "Input price"), -1},
    {"priceOutput", QT_TRANSLATE_NOOP("CompareView", "Output price"), -1},
    {"coding", QT_TRANSLATE_NOOP("CompareView", "Coding (SciCode)"), 1},
    {"agentic", QT_TRANSLATE_NOOP("CompareView", "Agentic (Terminal-Bench Hard)"), 1},
};

QString count(qint64 n)
{
    const QLocale locale;
    return n >= 1000000000 ? QCoreApplication::translate("CompareView", "%1B")
                                 .arg(locale.toString(n / 1e9, 'g', 4))
                           : QCoreApplication::translate("CompareView", "%1M")
                                 .arg(locale.toString(n / 1e6, 'g', 4));
}

QString price(const std::optional<double> &usd)
{
    return usd ? QCoreApplication::translate("CompareView", "$%1 / M tokens")
                     .arg(QLocale().toString(*usd, 'f', 2))
               : labels::notReported();
}

// Vendors count in binary (131,072) or decimal (128,000) thousands; both read as "128K" and rank
// as equal.
double tokens(qint64 n)
{
    if (n % 1000 == 0 || n % 1024 != 0)
        return double(n);
    return n >= 1048576 ? double(n) / 1048576.0 * 1e6 : double(n) / 1024.0 * 1e3;
}

} // namespace

QList<comparefacts::Row> comparefacts::rows()
{
    return QList<Row>(std::begin(kRows), std::end(kRows));
}

comparefacts::Value comparefacts::value(const QString &row, const Catalog &catalog,
                                        const card::Statistics &stats, int model)
{
    const CatalogData &data = catalog.data();
    const ModelRecord &m = data.models[size_t(model)];
    const QLocale locale;
    const QString none = labels::notReported();
    if (row == "org")
        return {labels::orgName(data, m.org), {}};
    if (row == "kind")
        return {labels::kindLabel(m.kind), {}};
    if (row == "released")
        return {m.released.isEmpty() ? none : labels::releaseDate(m.released), {}};
    if (row == "parameters") {
        if (!m.paramsTotal)
            return {none, {}};
        if (m.paramsActive && *m.paramsActive != *m.paramsTotal)
            return {QCoreApplication::translate("CompareView", "%1 total · %2 active")
                        .arg(count(*m.paramsTotal), count(*m.paramsActive)),
                    {}};
        return {count(*m.paramsTotal), {}};
    }
    if (row == "context")
        return m.contextTokens ? Value{QCoreApplication::translate("CompareView", "%1 · ≈ %2 pages")
                                           .arg(card::contextShort(*m.contextTokens))
                                           .arg(locale.toString(contextPages(*m.contextTokens))),
                                       tokens(*m.contextTokens)}
                               : Value{none, {}};
    if (row == "maxOutput")
        return m.maxOutputTokens
                   ? Value{card::contextShort(*m.maxOutputTokens), tokens(*m.maxOutputTokens)}
                   : Value{none, {}};
    if (row == "openWeights")
        return {m.openWeights ? QCoreApplication::translate("CompareView", "Yes")
                              : QCoreApplication::translate("CompareView", "No"),
                m.openWeights ? 1.0 : 0.0};
    if (row == "license")
        return {m.license.isEmpty() ? none : m.license, {}};
    if (row == "intelligence") {
        const std::optional<double> raw = stats.raw(card::Measure::Reasoning, model);
        if (!raw)
            return {none, {}};
        return {QCoreApplication::translate("CompareView", "%1 · index %2")
                    .arg(card::bucketLabel(stats.intelligence(model).bucket, false),
                         locale.toString(*raw, 'f', 1)),
                raw};
    }
    if (row == "speed")
        return m.outputTps ? Value{QCoreApplication::translate("CompareView", "%1 · %2 tok/s")
                                       .arg(card::bucketLabel(stats.speed(model).bucket, true),
                                            locale.toString(qRound(*m.outputTps))),
                                   m.outputTps}
                           : Value{none, {}};
    if (row == "cost") {
        const card::Cost cost = card::costBucket(m);
        return {cost == card::Cost::Unknown ? none : card::costLabel(cost), {}};
    }
    if (row == "priceInput")
        return {price(m.priceInput), m.priceInput};
    if (row == "priceOutput")
        return {price(m.priceOutput), m.priceOutput};
    const card::Measure measure = row == "coding" ? card::Measure::Coding : card::Measure::Agentic;
    const std::optional<double> raw = stats.raw(measure, model);
    return raw ? Value{QStringLiteral("%1%").arg(locale.toString(*raw, 'f', 1)), raw}
               : Value{none, {}};
}
