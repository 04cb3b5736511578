#include "clicommands.h"

#include <cstdio>

int runExportCommand(const cli::Options &options, const Catalog &catalog)
{
    const QString kind = options.arguments.value(0);
    Q_UNUSED(catalog);
    // One line per exporter: `if (kind == "...") return export...(options, catalog);`
    std::fprintf(stderr, "model-atlas: cannot export '%s' (use card, tree, compare or list)\n",
                 qPrintable(kind));
    return cli::Usage;
}
