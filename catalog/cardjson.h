#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

class Catalog;

// Every value the model card shows, as JSON for scripts (`model-atlas card SLUG --json`).
// `lang` picks the prose ("en" or "zh_CN"); unknown facts are null, never 0.
// Labels come from the installed translator (see cardtext.h).
QJsonObject cardJson(const Catalog &catalog, int model, const QString &lang);

// A fact as JSON: its number or text, or null when not reported (never 0 or ""). Shared by the
// card and the list export. `Optional` is std::optional or CompactOptional.
template <typename Optional> QJsonValue orNull(const Optional &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}
inline QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Pages of text a context window holds, at about 1,300 tokens per page.
int contextPages(qint64 tokens);
