#pragma once

#include <QStringList>

namespace schema {

// Bumped whenever a table or column changes meaning; readers refuse newer catalogs.
constexpr int kVersion = 1;

// DDL of the compiled catalog, in creation order.
QStringList statements();

// Tables whose rows make up the catalog's content (everything but build metadata).
const QStringList &contentTables();

} // namespace schema
