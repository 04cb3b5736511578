#pragma once

#include "records.h"

#include <QString>

// Synthetic catalogs for benchmarks: model names and organisations in the style of public model
// hubs ("acme/llama-3-8b-instruct-q4_k_m"), a few bases with thousands of fine-tunes,
// quantisations and merges, typed lineage with children released after their parents, dates
// 2018-2026, contexts, prices and notability. The same (models, seed) always gives the same
// catalog.
namespace synth {

CatalogData generate(int models, quint64 seed);

// Generates and writes a catalog through the regular writer.
bool write(int models, quint64 seed, const QString &path, QString *error);

} // namespace synth
