#pragma once

#include <QString>

struct SearchBenchOptions
{
    int models = 100000;
    quint64 seed = 1;
    QString cacheDir;     // where synthetic catalogs and FTS5 databases are kept between runs
    QString selfBinary;   // atlas-bench itself, to generate catalogs in a child process
    int repeats = 3;      // times the keystroke script is replayed
    bool verbose = false; // print every keystroke's time and match count
    bool peer = true;     // also run SQLite FTS5
    bool list = false;    // ask as the model list does: 1,000 hits with facet counts
};

// Opens (generating once) a synthetic catalog, builds the search index, replays keystroke
// scripts against it and against SQLite FTS5, prints a table and a last line of JSON.
int runSearchBench(const SearchBenchOptions &options);

// The synthetic catalog `search` uses for these options, and making it when it is missing
// (0 when it exists or was made).
QString searchCatalogPath(const SearchBenchOptions &options);
int prepareSearchCatalog(const SearchBenchOptions &options);
