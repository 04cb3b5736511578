#include "clicommands.h"

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
    return cli::fail(QStringLiteral("cannot export '%1' (use card, tree, compare or list)")
                         .arg(cli::shown(kind)),
                     cli::Usage);
}
