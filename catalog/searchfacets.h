#pragma once

#include <QString>

#include <array>
#include <utility>
#include <vector>

// How many of a search's matches fall under each value of each facet, for the facet panel. The
// buckets are the ones the panel offers as query terms.
struct FacetCounts
{
    // Context windows of at least these many tokens (ctx:>=32k ...); cumulative.
    static constexpr std::array<qint64, 4> kContextAtLeast = {32000, 128000, 200000, 1000000};
    // Output price per million tokens: under $1, $1 to $5, $5 and up (the card's cost buckets).
    static constexpr std::array<double, 2> kPriceSteps = {1, 5};

    qint64 total = 0;
    std::vector<std::pair<QString, qint64>> orgs; // org id, count; most first, zero left out
    std::vector<std::pair<QString, qint64>> kinds;
    std::vector<std::pair<QString, qint64>> capabilities;
    qint64 openWeights = 0;
    qint64 closedWeights = 0;
    std::array<qint64, kContextAtLeast.size()> context{};
    std::array<qint64, kPriceSteps.size() + 1> price{};
    std::vector<std::pair<int, qint64>> years; // newest first
};
