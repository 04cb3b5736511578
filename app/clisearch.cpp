#include "clicommands.h"

#include "catalog.h"
#include "modellistmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

// Substring search over the same normalised names the list filters on, best-known models first.
int runSearchCommand(const cli::Options &options, const Catalog &catalog)
{
    const CatalogData &data = catalog.data();
    const QString query = ModelListModel::normalise(options.arguments.value(0));
    QList<int> hits;
    for (int i = 0; i < int(data.models.size()); ++i) {
        const ModelRecord &m = data.models[i];
        const QString names = ModelListModel::normalise(m.name + ' ' + m.nameZh + ' ' + m.slug +
                                                        ' ' + m.aliases.join(' ') + ' ' + m.org);
        if (query.isEmpty() || names.contains(query))
            hits << i;
    }
    std::stable_sort(hits.begin(), hits.end(), [&](int a, int b) {
        return data.models[a].notability > data.models[b].notability;
    });
    QJsonArray out;
    for (int i = 0; i < hits.size() && i < options.limit; ++i) {
        const ModelRecord &m = data.models[hits[i]];
        out.append(QJsonObject{
            {"slug", m.slug}, {"name", m.name}, {"org", m.org}, {"score", double(m.notability)}});
    }
    std::fputs(QJsonDocument(out).toJson().constData(), stdout);
    return cli::Ok;
}
