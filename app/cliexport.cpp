#include "clicommands.h"

#include <cstdio>

int runExportCommand(const cli::Options &options, const Catalog &catalog)
{
    const QString kind = options.arguments.value(0);
    Q_UNUSED(catalog);
    // One line per exporter: `if (kind == "...") return export...(options, catalog);`
    if (kind == "card")
        return exportCard(options, catalog);
    if (kind == "compare")
        return exportCompare(options, catalog);
    if (kind == "tree")
        return exportTree(options, catalog);
    if (kind == "list")
        return exportList(options, catalog);
    std::fprintf(stderr, "model-atlas: cannot export '%s' (use card, tree, compare or list)\n",
                 qPrintable(kind));
    return cli::Usage;
}
