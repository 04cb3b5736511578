#include "clicommands.h"

#include "cardjson.h"
#include "catalog.h"
#include "searchindex.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <optional>

namespace {

struct Column
{
    QString name;
    QJsonValue (*value)(const CatalogData &, const ModelRecord &);
};

const Column kColumns[] = {
    {"slug", [](const CatalogData &, const ModelRecord &m) { return QJsonValue(m.slug); }},
    {"name", [](const CatalogData &, const ModelRecord &m) { return QJsonValue(m.name); }},
    {"name_zh", [](const CatalogData &, const ModelRecord &m) { return textOrNull(m.nameZh); }},
    {"org",
     [](const CatalogData &d, const ModelRecord &m) {
         const OrgRecord *org = d.org(m.org);
         return QJsonValue(org ? org->name : m.org);
     }},
    {"kind", [](const CatalogData &, const ModelRecord &m) { return QJsonValue(m.kind); }},
    {"released", [](const CatalogData &, const ModelRecord &m) { return textOrNull(m.released); }},
    {"params_total",
     [](const CatalogData &, const ModelRecord &m) { return orNull(m.paramsTotal); }},
    {"params_active",
     [](const CatalogData &, const ModelRecord &m) { return orNull(m.paramsActive); }},
    {"context_tokens",
     [](const CatalogData &, const ModelRecord &m) { return orNull(m.contextTokens); }},
    {"open_weights",
     [](const CatalogData &, const ModelRecord &m) { return QJsonValue(m.openWeights); }},
    {"license", [](const CatalogData &, const ModelRecord &m) { return textOrNull(m.license); }},
    {"price_input", [](const CatalogData &, const ModelRecord &m) { return orNull(m.priceInput); }},
    {"price_output",
     [](const CatalogData &, const ModelRecord &m) { return orNull(m.priceOutput); }},
    {"output_tps", [](const CatalogData &, const ModelRecord &m) { return orNull(m.outputTps); }},
};

// RFC 4180: a field with a comma, quote or line break is quoted, and quotes inside are doubled.
QString csvField(const QJsonValue &v)
{
    QString s;
    if (v.isBool())
        s = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (v.isDouble())
        s = QString::number(v.toDouble(), 'g', 15);
    else if (v.isString())
        s = v.toString();
    if (s.contains(',') || s.contains('"') || s.contains('\n') || s.contains('\r'))
        s = '"' + s.replace('"', QStringLiteral("\"\"")) + '"';
    return s;
}

} // namespace

// `export list [--query Q] --out FILE.csv|json`: one row per model the query matches (the search
// box's engine and query language), in its ranked order; every model without a query. Unknown
// facts are empty in CSV and null in JSON.
int exportList(const cli::Options &options, const Catalog &catalog)
{
    const QString suffix = QFileInfo(options.outPath).suffix().toLower();
    if (suffix != "csv" && suffix != "json") {
        return cli::fail(
            QStringLiteral("export list writes .csv or .json, not '%1'").arg(options.outPath),
            cli::Usage);
    }
    const CatalogData &data = catalog.data();
    const std::shared_ptr<const SearchIndex> index = catalog.searchIndex();
    const SearchQuery query = SearchQuery::parse(options.query);
    for (const SearchQueryError &e : query.errors)
        std::fprintf(stderr, "model-atlas: ignored '%s' at %d: %s\n", qPrintable(e.term),
                     e.position + 1, qPrintable(e.message));
    const SearchResult result = index->search(query, qMax(1, int(data.models.size())));

    QStringList header;
    for (const Column &c : kColumns)
        header << c.name;
    for (const BenchmarkRecord &b : data.benchmarks)
        header << b.id;
    QByteArray out;
    QJsonArray rows;
    if (suffix == "csv")
        out = header.join(',').toUtf8() + "\r\n";
    for (const SearchHit &hit : result.hits) {
        const ModelRecord &m = data.models[size_t(hit.model)];
        QJsonObject row;
        QStringList fields;
        for (const Column &c : kColumns) {
            const QJsonValue v = c.value(data, m);
            row[c.name] = v;
            fields << csvField(v);
        }
        QJsonObject scores;
        for (const BenchmarkRecord &b : data.benchmarks) {
            const QJsonValue v = orNull(data.score(hit.model, b.id));
            scores[b.id] = v;
            fields << csvField(v);
        }
        row["scores"] = scores;
        rows.append(row);
        out += fields.join(',').toUtf8() + "\r\n";
    }
    if (suffix == "json")
        out = QJsonDocument(rows).toJson();

    QSaveFile file(options.outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit()) {
        return cli::fail(cli::writeProblem(options.outPath, file), cli::Usage);
    }
    return cli::Ok;
}
