#pragma once

#include <QJsonObject>
#include <QString>

class Catalog;

// Every value the model card shows, as JSON for scripts (`model-atlas card SLUG --json`).
// `lang` picks the prose ("en" or "zh_CN"); unknown facts are null, never 0.
// Labels come from the installed translator (see cardtext.h).
QJsonObject cardJson(const Catalog &catalog, int model, const QString &lang);

// Pages of text a context window holds, at about 1,300 tokens per page.
int contextPages(qint64 tokens);
