// SearchIndex: counting the facet values of a search's matches.
#include "searchindex.h"

#include "searchindexparts.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace {

// (name, count) pairs with a count, most first, then by name.
std::vector<std::pair<QString, qint64>> named(const std::vector<qint64> &counts,
                                              const QStringList &names)
{
    std::vector<std::pair<QString, qint64>> out;
    for (size_t i = 0; i < counts.size() && i < size_t(names.size()); ++i)
        if (counts[i] > 0)
            out.emplace_back(names[qsizetype(i)], counts[i]);
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

} // namespace

std::shared_ptr<const FacetCounts>
SearchIndex::countFacets(const std::vector<uint32_t> &records) const
{
    const Columns &col = *m_columns;
    auto f = std::make_shared<FacetCounts>();
    std::vector<qint64> orgs(m_orgs.size()), kinds(size_t(col.kinds.size()));
    std::vector<qint64> caps(size_t(col.capabilities.size()));
    std::vector<qint64> sets(col.capSets.size());
    std::map<int, qint64> years;
    for (uint32_t r : records) {
        ++f->total;
        if (col.org[r] < orgs.size())
            ++orgs[col.org[r]];
        ++kinds[col.kind[r]];
        ++sets[col.capSet[r]];
        ++(col.open[r] ? f->openWeights : f->closedWeights);
        for (size_t i = 0; i < FacetCounts::kContextAtLeast.size(); ++i)
            if (col.context[r] >= FacetCounts::kContextAtLeast[i])
                ++f->context[i];
        if (!std::isnan(col.price[r])) {
            size_t bucket = 0;
            while (bucket < FacetCounts::kPriceSteps.size() &&
                   col.price[r] >= FacetCounts::kPriceSteps[bucket])
                ++bucket;
            ++f->price[bucket];
        }
        if (col.year[r] != 0)
            ++years[col.year[r]];
    }
    for (size_t s = 0; s < sets.size(); ++s)
        for (uint16_t c : col.capSets[s])
            caps[c] += sets[s];
    f->orgs = named(orgs, col.orgIds);
    f->kinds = named(kinds, col.kinds);
    f->capabilities = named(caps, col.capabilities);
    for (auto it = years.rbegin(); it != years.rend(); ++it)
        f->years.emplace_back(it->first, it->second);
    return f;
}
