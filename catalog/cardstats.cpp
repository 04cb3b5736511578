#include "cardstats.h"

#include <algorithm>
#include <cmath>

namespace card {

namespace {
constexpr std::array<double, 5> kBucketLimits = {0.01, 0.05, 0.10, 0.25, 0.50};
}

QString measureId(Measure m)
{
    switch (m) {
    case Measure::Reasoning:
        return QStringLiteral("reasoning");
    case Measure::Coding:
        return QStringLiteral("coding");
    case Measure::Agentic:
        return QStringLiteral("agentic");
    case Measure::Context:
        return QStringLiteral("context");
    }
    return {};
}

QString measureBenchmark(Measure m)
{
    switch (m) {
    case Measure::Reasoning:
        return QStringLiteral("aa_intelligence");
    case Measure::Coding:
        return QStringLiteral("scicode");
    case Measure::Agentic:
        return QStringLiteral("terminal_bench_hard");
    case Measure::Context:
        return {};
    }
    return {};
}

double scaled(Measure m, double raw)
{
    double v = 0;
    switch (m) {
    case Measure::Reasoning:
        v = raw * 10.0 / 70.0;
        break;
    case Measure::Coding:
    case Measure::Agentic:
        v = raw / 10.0;
        break;
    case Measure::Context:
        v = raw > 0 ? 10.0 * std::log10(raw / 2000.0) / 3.0 : 0;
        break;
    }
    return std::clamp(v, 0.0, 10.0);
}

Band percentileBand(std::vector<double> values)
{
    Band b;
    b.n = int(values.size());
    if (values.empty())
        return b;
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values[std::min(values.size() - 1, size_t(std::floor(q * double(values.size()))))];
    };
    b.p20 = at(0.2);
    b.p80 = at(0.8);
    return b;
}

QString bucketId(Bucket b, bool speed)
{
    switch (b) {
    case Bucket::Top1:
        return QStringLiteral("top_1");
    case Bucket::Top5:
        return QStringLiteral("top_5");
    case Bucket::Top10:
        return QStringLiteral("top_10");
    case Bucket::Good:
        return QStringLiteral("good");
    case Bucket::Medium:
        return QStringLiteral("medium");
    case Bucket::Low:
        return speed ? QStringLiteral("slow") : QStringLiteral("below_avg");
    case Bucket::Unknown:
        return {};
    }
    return {};
}

Rank percentileRank(const std::vector<double> &sortedDescending, double value)
{
    Rank r;
    r.count = int(sortedDescending.size());
    if (r.count == 0)
        return r;
    // Models strictly higher are the prefix of the descending list before the first <= value.
    const auto firstNotHigher = std::lower_bound(sortedDescending.begin(), sortedDescending.end(),
                                                 value, std::greater<double>());
    r.rank = 1 + int(firstNotHigher - sortedDescending.begin());
    const double pct = double(r.rank) / double(r.count);
    r.bucket = Bucket::Low;
    for (int i = 0; i < int(kBucketLimits.size()); ++i) {
        if (pct <= kBucketLimits[i]) {
            r.bucket = Bucket(i);
            break;
        }
    }
    return r;
}

QString costId(Cost c)
{
    switch (c) {
    case Cost::Free:
        return QStringLiteral("free");
    case Cost::Low:
        return QStringLiteral("low");
    case Cost::Moderate:
        return QStringLiteral("moderate");
    case Cost::High:
        return QStringLiteral("high");
    case Cost::Unknown:
        return {};
    }
    return {};
}

Cost costBucket(const ModelRecord &m)
{
    if (!m.priceOutput)
        return m.openWeights ? Cost::Free : Cost::Unknown;
    if (*m.priceOutput < 1.0)
        return Cost::Low;
    return *m.priceOutput < 5.0 ? Cost::Moderate : Cost::High;
}

int rungFor(qint64 tokens)
{
    if (tokens <= 0)
        return -1;
    for (int i = 0; i < int(kRungs.size()); ++i)
        if (std::abs(std::log10(double(tokens)) - std::log10(double(kRungs[i]))) <= kRungTolerance)
            return i;
    return -1;
}

Statistics::Statistics(const CatalogData &data) : m_data(data)
{
    std::array<std::vector<double>, 4> values;
    for (int i = 0; i < int(data.models.size()); ++i)
        for (Measure m : kMeasures)
            if (const auto v = value(m, i))
                values[int(m)].push_back(*v);
    for (Measure m : kMeasures)
        m_bands[int(m)] = percentileBand(values[int(m)]);
    for (const ScoreRecord &s : data.scores)
        if (s.benchmark == QLatin1String("aa_intelligence"))
            m_intelligence.push_back(s.value);
    for (const ModelRecord &m : data.models)
        if (m.outputTps)
            m_speed.push_back(*m.outputTps);
    std::sort(m_intelligence.begin(), m_intelligence.end(), std::greater<double>());
    std::sort(m_speed.begin(), m_speed.end(), std::greater<double>());
    // The slowest speed that still ranks within each limit: the k-th fastest, k = floor(limit × n).
    for (int i = 0; i < int(kBucketLimits.size()); ++i) {
        const size_t k = size_t(std::floor(kBucketLimits[i] * double(m_speed.size()) + 1e-9));
        m_speedThresholds[i] = k > 0 ? m_speed[k - 1] : 0;
    }
}

std::optional<double> Statistics::raw(Measure m, int model) const
{
    if (m == Measure::Context) {
        const auto &c = m_data.models[model].contextTokens;
        return c ? std::optional<double>(double(*c)) : std::nullopt;
    }
    return m_data.score(model, measureBenchmark(m));
}

std::optional<double> Statistics::value(Measure m, int model) const
{
    const auto r = raw(m, model);
    return r ? std::optional<double>(scaled(m, *r)) : std::nullopt;
}

Rank Statistics::intelligence(int model) const
{
    const auto v = m_data.score(model, QStringLiteral("aa_intelligence"));
    return v ? percentileRank(m_intelligence, *v)
             : Rank{0, int(m_intelligence.size()), Bucket::Unknown};
}

Rank Statistics::speed(int model) const
{
    const auto &v = m_data.models[model].outputTps;
    return v ? percentileRank(m_speed, *v) : Rank{0, int(m_speed.size()), Bucket::Unknown};
}

} // namespace card
