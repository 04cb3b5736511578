#pragma once

#include <QString>

// Writes a small, valid set of catalog sources (two orgs, four models with lineage) into `dir`,
// so that tests can break one thing at a time.
void writeMiniSources(const QString &dir);

// Writes `text` to `dir/relativePath`, creating folders.
void writeFile(const QString &dir, const QString &relativePath, const QString &text);

// Compiles the mini sources into `dir/catalog.sqlite` and returns its path.
QString compileMiniCatalog(const QString &dir);
