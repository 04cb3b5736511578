#include "records.h"

#include <algorithm>

void CatalogData::index()
{
    indexModels();
    indexOrgsAndScores();
}

void CatalogData::indexModels()
{
    modelBySlug.clear();
    modelBySlug.reserve(qsizetype(models.size()));
    for (int i = 0; i < int(models.size()); ++i)
        modelBySlug.insert(models[i].slug, i);
}

void CatalogData::indexOrgsAndScores()
{
    orgById.clear();
    benchmarkById.clear();
    for (int i = 0; i < int(orgs.size()); ++i)
        orgById.insert(orgs[i].id, i);
    for (int i = 0; i < int(benchmarks.size()); ++i)
        benchmarkById.insert(benchmarks[i].id, i);
    // Scores are kept grouped by model so that one model's scores are a binary search away.
    std::stable_sort(scores.begin(), scores.end(),
                     [](const ScoreRecord &a, const ScoreRecord &b) { return a.model < b.model; });
}

const OrgRecord *CatalogData::org(const QString &id) const
{
    const int i = orgById.value(id, -1);
    return i < 0 ? nullptr : &orgs[i];
}

const BenchmarkRecord *CatalogData::benchmark(const QString &id) const
{
    const int i = benchmarkById.value(id, -1);
    return i < 0 ? nullptr : &benchmarks[i];
}

std::optional<double> CatalogData::score(int model, const QString &benchmark) const
{
    auto it = std::lower_bound(scores.begin(), scores.end(), model,
                               [](const ScoreRecord &s, int m) { return s.model < m; });
    for (; it != scores.end() && it->model == model; ++it)
        if (it->benchmark == benchmark)
            return it->value;
    return std::nullopt;
}

bool relation::isLineage(const QString &relation)
{
    return relation != QLatin1String("competes_with") && relation != QLatin1String("open_alt_to");
}

QStringList relation::all()
{
    return {QStringLiteral("builds_on"),    QStringLiteral("fine_tunes"),
            QStringLiteral("distills"),     QStringLiteral("scales"),
            QStringLiteral("merges"),       QStringLiteral("quantizes"),
            QStringLiteral("successor_of"), QStringLiteral("competes_with"),
            QStringLiteral("open_alt_to")};
}
