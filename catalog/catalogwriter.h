#pragma once

#include "records.h"

#include <QString>

// Writes a compiled catalog to `path`, replacing it atomically: the database is built beside the
// target and renamed over it only when complete. Returns false and sets `error` on failure.
bool writeCatalog(const CatalogData &data, const std::vector<ModelDetails> &details,
                  const QString &path, QString *error);
