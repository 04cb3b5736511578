#pragma once

#include "records.h"

#include <array>
#include <optional>

// The model card's formulas (DESIGN.md, "The detail panel"): capability scales, their p20..p80
// bands over the catalog, the Intelligence / Speed / Cost buckets and the context ladder.
// Pure functions of the catalog's data; computed once per catalog.
namespace card {

enum class Measure { Reasoning, Coding, Agentic, Context };
constexpr std::array<Measure, 4> kMeasures = {Measure::Reasoning, Measure::Coding, Measure::Agentic,
                                              Measure::Context};
QString measureId(Measure m);        // "reasoning", "coding", "agentic", "context"
QString measureBenchmark(Measure m); // benchmark id behind the measure; empty for context

// Scales a raw value to 0..10: AA Intelligence × 10 / 70, SciCode % / 10,
// Terminal-Bench Hard % / 10, context 10 × log10(tokens / 2000) / 3.
double scaled(Measure m, double raw);

struct Band
{
    double p20 = 0;
    double p80 = 0;
    int n = 0; // models that report the measure
};

// p20 = v[floor(0.2 n)], p80 = v[floor(0.8 n)] over the values sorted ascending.
Band percentileBand(std::vector<double> values);

enum class Bucket { Top1, Top5, Top10, Good, Medium, Low, Unknown };
QString bucketId(Bucket b, bool speed); // "top_1" ... "below_avg" ("slow" for speed)

struct Rank
{
    int rank = 0;  // 1 + number of models strictly higher
    int count = 0; // models that report the measure
    Bucket bucket = Bucket::Unknown;
};

// Percentile bucket of `value` among `values` (pct = rank / count: ≤1%, ≤5%, ≤10%, ≤25%, ≤50%).
Rank percentileRank(const std::vector<double> &sortedDescending, double value);

enum class Cost { Free, Low, Moderate, High, Unknown };
QString costId(Cost c);
// Open weights without a first-party price → Free; else by output price: < $1, $1–5, ≥ $5.
Cost costBucket(const ModelRecord &m);

// Context ladder rungs, in tokens, and the rung a context takes (within log10-distance 0.16).
constexpr std::array<qint64, 6> kRungs = {4000, 32000, 128000, 400000, 1000000, 10000000};
constexpr double kRungTolerance = 0.16;
int rungFor(qint64 tokens); // index into kRungs, or -1 when between rungs

class Statistics final
{
public:
    explicit Statistics(const CatalogData &data);

    std::optional<double> raw(Measure m, int model) const;
    std::optional<double> value(Measure m, int model) const; // scaled 0..10
    Band band(Measure m) const { return m_bands[int(m)]; }
    Rank intelligence(int model) const;
    Rank speed(int model) const;
    // Output tok/s needed for Top 1%, Top 5%, Top 10%, Good and Medium; 0 where no model gets it.
    std::array<double, 5> speedThresholds() const { return m_speedThresholds; }

private:
    const CatalogData &m_data;
    std::array<Band, 4> m_bands;
    std::vector<double> m_intelligence; // sorted descending
    std::vector<double> m_speed;        // sorted descending
    std::array<double, 5> m_speedThresholds{};
};

} // namespace card
