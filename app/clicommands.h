#pragma once

#include "cli.h"

class Catalog;

// Subcommands, one file each; cli::run() opens the catalog and dispatches.
int runSearchCommand(const cli::Options &options, const Catalog &catalog);
