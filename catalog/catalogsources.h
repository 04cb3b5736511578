#pragma once

#include "records.h"

#include <QDate>
#include <QList>
#include <QString>

// One problem found in the text sources, reported as "file:line: message", or
// "file:line:column: message" where the TOML parser names the column.
struct SourceIssue
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    QString toString() const;
};

struct CatalogSources
{
    CatalogData data;
    std::vector<ModelDetails> details; // parallel to data.models
    QList<SourceIssue> issues;         // empty when the sources are clean
};

// Reads every source under `dataDir` (see data/README.md) and checks it. Models and edges with
// problems are still loaded where possible so that every issue is reported in one pass.
// `today` bounds dates; a default-constructed date means the current date.
CatalogSources readCatalogSources(const QString &dataDir, QDate today = {});
