#pragma once

#include <QString>

#include <atomic>
#include <cstdint>
#include <vector>

struct CatalogData;

// The order of the whole catalog by one of the model list's columns, as a rank per model
// (rank[model] = its place), which the search uses to return its hits in that order.
// A pure function of the data and of the arguments: it reads no global state (no default
// locale, no language setting), so it may run on any thread while the language changes.
namespace sortorder {

enum class Key { Name, Organisation, Released, Context, Price, Intelligence, Speed };

// `language` ("en" or "zh_CN") picks the names shown and the collation they are sorted by:
// names compare as people read them (case, accents and digits in natural order), through
// collation keys made once per model. Unknown values go last in both directions; ties keep
// the most notable model first, then catalog order. Returns an empty vector when `cancel` is
// set before it finishes.
std::vector<uint32_t> ranks(const CatalogData &data, Key key, bool descending,
                            const QString &language, const std::atomic_bool *cancel = nullptr);

} // namespace sortorder
