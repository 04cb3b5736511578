#pragma once

#include "cli.h"

class Catalog;

// Subcommands, one file each; cli::run() opens the catalog and dispatches.
int runSearchCommand(const cli::Options &options, const Catalog &catalog);

// `export KIND ...`: dispatches to one exporter per kind (app/cliexport*.cpp). Exporters write
// the file atomically, print nothing on success and one line on stderr on failure. They run
// inside a QApplication (offscreen when there is no display).
int runExportCommand(const cli::Options &options, const Catalog &catalog);
int exportCard(const cli::Options &options, const Catalog &catalog);    // export card SLUG
int exportCompare(const cli::Options &options, const Catalog &catalog); // export compare SLUG…
int exportList(const cli::Options &options, const Catalog &catalog);    // export list [--query Q]
int exportTree(const cli::Options &options, const Catalog &catalog);    // export tree [--root S]
