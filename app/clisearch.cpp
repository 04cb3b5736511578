#include "clicommands.h"

#include "catalog.h"
#include "searchindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

// `search QUERY --json [--limit N]`: the same engine and query language as the search box.
// Any text is a valid query: terms that cannot be used are named on stderr and left out.
int runSearchCommand(const cli::Options &options, const Catalog &catalog)
{
    const CatalogData &data = catalog.data();
    const std::shared_ptr<const SearchIndex> index = catalog.searchIndex();
    const SearchQuery query = SearchQuery::parse(options.arguments.value(0));
    for (const SearchQueryError &e : query.errors)
        std::fprintf(stderr, "model-atlas: ignored '%s' at %d: %s\n", qPrintable(e.term),
                     e.position + 1, qPrintable(e.message));
    const SearchResult result = index->search(query, options.limit);
    QJsonArray out;
    for (const SearchHit &hit : result.hits) {
        const ModelRecord &m = data.models[size_t(hit.model)];
        out.append(
            QJsonObject{{"slug", m.slug}, {"name", m.name}, {"org", m.org}, {"score", hit.score}});
    }
    std::fputs(QJsonDocument(out).toJson().constData(), stdout);
    return cli::Ok;
}
