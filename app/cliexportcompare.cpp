#include "clicommands.h"

#include "catalog.h"
#include "compareview.h"

#include <QFileInfo>

#include <cstdio>

// `export compare SLUG SLUG [SLUG SLUG] --out FILE.pdf|png`: the compare view as shown in the
// window, without its controls. PDFs are vector, one page.
int exportCompare(const cli::Options &options, const Catalog &catalog)
{
    QStringList slugs = options.arguments.mid(1);
    if (slugs.size() < 2 || slugs.size() > CompareView::kMaxModels) {
        std::fprintf(stderr, "model-atlas: export compare needs two to four model slugs\n");
        return cli::Usage;
    }
    if (slugs.removeDuplicates() > 0) {
        std::fprintf(stderr, "model-atlas: export compare needs different models\n");
        return cli::Usage;
    }
    const QString suffix = QFileInfo(options.outPath).suffix().toLower();
    if (suffix != "pdf" && suffix != "png") {
        std::fprintf(stderr, "model-atlas: export compare writes .pdf or .png, not '%s'\n",
                     qPrintable(options.outPath));
        return cli::Usage;
    }
    for (const QString &slug : slugs)
        if (catalog.data().model(slug) < 0) {
            std::fprintf(stderr, "model-atlas: no model with slug '%s'\n",
                         qPrintable(cli::shown(slug)));
            return cli::NotFound;
        }
    QString error;
    // Wide enough for four columns of facts at the interface's usual font size.
    if (!CompareView::exportModels(catalog, slugs, 1200, options.outPath, &error)) {
        std::fprintf(stderr, "model-atlas: %s\n", qPrintable(error));
        return cli::Usage;
    }
    return cli::Ok;
}
