#include "sortorder.h"

#include "cardstats.h"
#include "records.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

QCollator collatorFor(const QString &language)
{
    QCollator c(language == QLatin1String("zh_CN")
                    ? QLocale(QLocale::Chinese, QLocale::China)
                    : QLocale(QLocale::English, QLocale::UnitedStates));
    c.setCaseSensitivity(Qt::CaseInsensitive);
    c.setNumericMode(true); // "Llama 3" before "Llama 10"
    return c;
}

// One collation key per text, made once: keys cost far more than the comparisons that use
// them. Made on the calling thread, which may already be one of Qt's pool: waiting there for
// more pool work can deadlock once every pool thread waits the same way.
std::vector<QCollatorSortKey> collationKeys(const std::vector<QString> &texts,
                                            const QString &language, const std::atomic_bool *cancel)
{
    const QCollator collator = collatorFor(language);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
        if ((i & 4095) == 0 && cancelled(cancel))
            break;
        keys.push_back(collator.sortKey(texts[i]));
    }
    return keys;
}

// "2024-06-17" -> 20240617, "2024" -> 20240000; unknown -> NaN.
double releaseNumber(const QString &released)
{
    if (released.size() < 4)
        return NAN;
    bool ok = false;
    const int year = QStringView(released).left(4).toInt(&ok);
    if (!ok)
        return NAN;
    const int month = released.size() >= 7 ? QStringView(released).mid(5, 2).toInt() : 0;
    const int day = released.size() >= 10 ? QStringView(released).mid(8, 2).toInt() : 0;
    return year * 10000.0 + month * 100 + day;
}

} // namespace

std::vector<uint32_t> sortorder::ranks(const CatalogData &data, Key key, bool descending,
                                       const QString &language, const std::atomic_bool *cancel)
{
    const size_t n = data.models.size();
    const bool chinese = language == QLatin1String("zh_CN");
    // Each model's place by its own column: a collation position for text, else a number.
    // NaN is "not reported".
    std::vector<double> value(n, NAN);
    if (key == Key::Name) {
        std::vector<QString> names(n);
        for (size_t i = 0; i < n; ++i) {
            const ModelRecord &m = data.models[i];
            names[i] = chinese && !m.nameZh.isEmpty() ? m.nameZh : m.name;
        }
        const std::vector<QCollatorSortKey> keys = collationKeys(names, language, cancel);
        if (keys.size() != n)
            return {};
        std::vector<uint32_t> byName(n);
        std::iota(byName.begin(), byName.end(), 0u);
        std::sort(byName.begin(), byName.end(),
                  [&](uint32_t a, uint32_t b) { return keys[a].compare(keys[b]) < 0; });
        // Equal names share a place, so that the tie rule below orders them.
        for (size_t i = 0, place = 0; i < n; ++i) {
            if (i > 0 && keys[byName[i - 1]].compare(keys[byName[i]]) != 0)
                place = i;
            value[byName[i]] = double(place);
        }
    } else if (key == Key::Organisation) {
        std::vector<QString> orgNames(data.orgs.size());
        for (size_t o = 0; o < data.orgs.size(); ++o) {
            const OrgRecord &org = data.orgs[o];
            orgNames[o] = chinese && !org.nameZh.isEmpty() ? org.nameZh : org.name;
        }
        const std::vector<QCollatorSortKey> keys = collationKeys(orgNames, language, cancel);
        if (keys.size() != orgNames.size())
            return {};
        std::vector<uint32_t> byName(orgNames.size());
        std::iota(byName.begin(), byName.end(), 0u);
        std::sort(byName.begin(), byName.end(),
                  [&](uint32_t a, uint32_t b) { return keys[a].compare(keys[b]) < 0; });
        std::vector<double> place(orgNames.size());
        for (size_t i = 0; i < byName.size(); ++i)
            place[byName[i]] = double(i);
        // Models point at organisations by id; runs of one organisation are common.
        const QString *lastOrg = nullptr;
        double lastPlace = NAN;
        for (size_t i = 0; i < n; ++i) {
            const QString &org = data.models[i].org;
            if (!lastOrg || org != *lastOrg) {
                const int o = data.orgById.value(org, -1);
                lastPlace = o < 0 ? NAN : place[size_t(o)];
                lastOrg = &org;
            }
            value[i] = lastPlace;
        }
    } else if (key == Key::Intelligence) {
        const QString reasoning = card::measureBenchmark(card::Measure::Reasoning);
        for (const ScoreRecord &s : data.scores)
            if (s.model >= 0 && size_t(s.model) < n && s.benchmark == reasoning)
                value[size_t(s.model)] = s.value;
    } else {
        for (size_t i = 0; i < n; ++i) {
            const ModelRecord &m = data.models[i];
            std::optional<double> v;
            if (key == Key::Released)
                v = releaseNumber(m.released);
            else if (key == Key::Context && m.contextTokens)
                v = double(*m.contextTokens);
            else if (key == Key::Price)
                v = m.priceOutput;
            else if (key == Key::Speed)
                v = m.outputTps;
            value[i] = v.value_or(NAN);
        }
    }
    if (cancelled(cancel))
        return {};

    // One packed key per model, compared as two integers: the value's order (unknown last
    // either way), then the more notable first, then catalog order.
    struct Packed
    {
        uint64_t value;
        uint64_t tie;
        bool operator<(const Packed &o) const
        {
            return value != o.value ? value < o.value : tie < o.tie;
        }
    };
    std::vector<Packed> packed(n);
    for (size_t i = 0; i < n; ++i) {
        const double v = value[i];
        uint64_t key = UINT64_MAX; // not reported
        if (!std::isnan(v)) {
            // IEEE-754 bits made to sort as unsigned integers, flipped when descending.
            uint64_t bits;
            std::memcpy(&bits, &v, sizeof bits);
            bits = (bits & (uint64_t(1) << 63)) ? ~bits : bits | (uint64_t(1) << 63);
            key = std::min(descending ? ~bits : bits, UINT64_MAX - 1);
        }
        const uint32_t notability = uint32_t(int64_t(INT32_MAX) - data.models[i].notability);
        packed[i] = {key, (uint64_t(notability) << 32) | uint64_t(i)};
    }
    std::sort(packed.begin(), packed.end());
    if (cancelled(cancel))
        return {};
    std::vector<uint32_t> rank(n);
    for (size_t i = 0; i < n; ++i)
        rank[uint32_t(packed[i].tie)] = uint32_t(i);
    return rank;
}
