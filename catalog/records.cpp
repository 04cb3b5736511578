#include "records.h"

#include <algorithm>

void SlugIndex::clear()
{
    m_slots.clear();
    m_used = 0;
}

void SlugIndex::reserve(size_t count)
{
    size_t size = 16;
    while (size < count * 2)
        size *= 2;
    if (size <= m_slots.size())
        return;
    std::vector<Slot> table(size);
    for (const Slot &s : m_slots)
        if (s.index >= 0) {
            size_t i = s.hash & (size - 1);
            while (table[i].index >= 0)
                i = (i + 1) & (size - 1);
            table[i] = s;
        }
    m_slots = std::move(table);
}

size_t SlugIndex::probe(QStringView slug, size_t hash, const std::vector<ModelRecord> &models) const
{
    size_t i = hash & (m_slots.size() - 1);
    while (m_slots[i].index >= 0 &&
           (m_slots[i].hash != hash || size_t(m_slots[i].index) >= models.size() ||
            models[size_t(m_slots[i].index)].slug != slug))
        i = (i + 1) & (m_slots.size() - 1);
    return i;
}

int SlugIndex::find(QStringView slug, const std::vector<ModelRecord> &models) const
{
    if (m_slots.empty())
        return -1;
    return m_slots[probe(slug, qHash(slug, 0), models)].index;
}

void SlugIndex::insert(QStringView slug, int index, const std::vector<ModelRecord> &models)
{
    if ((m_used + 1) * 2 > m_slots.size())
        reserve(std::max<size_t>(m_used + 1, m_slots.size()));
    const size_t hash = qHash(slug, 0);
    Slot &s = m_slots[probe(slug, hash, models)];
    if (s.index < 0)
        ++m_used;
    s = {hash, index};
}

void CatalogData::index()
{
    indexModels();
    indexAllButModels();
}

void CatalogData::indexModels()
{
    modelBySlug.clear();
    modelBySlug.reserve(models.size());
    for (int i = 0; i < int(models.size()); ++i)
        modelBySlug.insert(models[i].slug, i, models);
}

void CatalogData::indexAllButModels()
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
    // The edges touching each model, by a counting sort: a card at a million models need not
    // read every edge.
    edgeOffsets.assign(models.size() + 1, 0);
    auto valid = [&](int m) { return m >= 0 && size_t(m) < models.size(); };
    for (const LineageRecord &l : lineage) {
        if (valid(l.child))
            ++edgeOffsets[size_t(l.child) + 1];
        if (valid(l.parent) && l.parent != l.child)
            ++edgeOffsets[size_t(l.parent) + 1];
    }
    for (size_t i = 1; i < edgeOffsets.size(); ++i)
        edgeOffsets[i] += edgeOffsets[i - 1];
    edgeIndex.assign(size_t(edgeOffsets.back()), 0);
    std::vector<int> fill(edgeOffsets.begin(), edgeOffsets.end() - 1);
    for (int e = 0; e < int(lineage.size()); ++e) {
        const LineageRecord &l = lineage[size_t(e)];
        if (valid(l.child))
            edgeIndex[size_t(fill[size_t(l.child)]++)] = e;
        if (valid(l.parent) && l.parent != l.child)
            edgeIndex[size_t(fill[size_t(l.parent)]++)] = e;
    }
}

std::vector<int> CatalogData::edgesOf(int model) const
{
    std::vector<int> out;
    if (model < 0 || size_t(model) >= models.size())
        return out;
    if (edgeOffsets.size() == models.size() + 1) {
        out.assign(edgeIndex.begin() + edgeOffsets[size_t(model)],
                   edgeIndex.begin() + edgeOffsets[size_t(model) + 1]);
        return out;
    }
    for (int e = 0; e < int(lineage.size()); ++e) // not indexed yet
        if (lineage[size_t(e)].child == model || lineage[size_t(e)].parent == model)
            out.push_back(e);
    return out;
}

std::vector<const ScoreRecord *> CatalogData::scoresOf(int model) const
{
    std::vector<const ScoreRecord *> out;
    auto it = std::lower_bound(scores.begin(), scores.end(), model,
                               [](const ScoreRecord &s, int m) { return s.model < m; });
    for (; it != scores.end() && it->model == model; ++it)
        out.push_back(&*it);
    return out;
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
