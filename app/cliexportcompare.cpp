#include "clicommands.h"

#include "catalog.h"
#include "compareview.h"

#include <QFileInfo>

// `export compare SLUG SLUG [SLUG SLUG] --out FILE.pdf|png`: the compare view as shown in the
// window, without its controls. PDFs are vector, one page.
int exportCompare(const cli::Options &options, const Catalog &catalog)
{
    QStringList slugs = options.arguments.mid(1);
    if (slugs.size() < 2 || slugs.size() > CompareView::kMaxModels) {
        return cli::fail(QStringLiteral("export compare needs two to four model slugs"),
                         cli::Usage);
    }
    if (slugs.removeDuplicates() > 0) {
        return cli::fail(QStringLiteral("export compare needs different models"), cli::Usage);
    }
    const QString suffix = QFileInfo(options.outPath).suffix().toLower();
    if (suffix != "pdf" && suffix != "png") {
        return cli::fail(
            QStringLiteral("export compare writes .pdf or .png, not '%1'").arg(options.outPath),
            cli::Usage);
    }
    for (const QString &slug : slugs)
        if (catalog.data().model(slug) < 0) {
            return cli::fail(QStringLiteral("no model with slug '%1'").arg(cli::shown(slug)),
                             cli::NotFound);
        }
    QString error;
    // Wide enough for four columns of facts at the interface's usual font size.
    if (!CompareView::exportModels(catalog, slugs, 1200, options.outPath, &error)) {
        return cli::fail(error, cli::Usage);
    }
    return cli::Ok;
}
