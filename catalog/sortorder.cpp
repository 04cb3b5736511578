#include "sortorder.h"

#include "cardstats.h"
#include "records.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <unicode/ucol.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>
#include <unordered_map>

namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// ICU sort keys for texts[first, last), in one buffer: the same order as QCollator with case
// ignored and numbers read as numbers ("Llama 3" before "Llama 10"), at a fraction of its cost.
struct CollationKeys
{
    std::vector<uint8_t> bytes; // each key ends with its only zero byte
    std::vector<size_t> start;  // start[i - first]
    bool ok = false;
};

void makeKeys(const std::vector<QString> &texts, size_t first, size_t last, const char *locale,
              const std::atomic_bool *cancel, CollationKeys &out)
{
    UErrorCode status = U_ZERO_ERROR;
    UCollator *collator = ucol_open(locale, &status);
    if (U_FAILURE(status))
        return;
    ucol_setStrength(collator, UCOL_SECONDARY);
    ucol_setAttribute(collator, UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
    out.bytes.reserve((last - first) * 40);
    out.start.reserve(last - first);
    uint8_t buffer[512];
    for (size_t i = first; i < last; ++i) {
        if (((i - first) & 4095) == 0 && cancelled(cancel)) {
            ucol_close(collator);
            return;
        }
        const QString &t = texts[i];
        const auto *utf16 = reinterpret_cast<const UChar *>(t.utf16());
        const auto length = int32_t(std::min<qsizetype>(t.size(), INT32_MAX));
        const int32_t needed = ucol_getSortKey(collator, utf16, length, buffer, sizeof buffer);
        const size_t at = out.bytes.size();
        out.start.push_back(at);
        if (needed <= int32_t(sizeof buffer)) {
            out.bytes.insert(out.bytes.end(), buffer, buffer + needed);
        } else {
            out.bytes.resize(at + size_t(needed));
            ucol_getSortKey(collator, utf16, length, out.bytes.data() + at, needed);
        }
    }
    ucol_close(collator);
    out.ok = true;
}

// Every text's place in `language`'s collation (equal texts share a place). Empty when
// cancelled or when ICU cannot collate.
std::vector<double> collationPlaces(const std::vector<QString> &texts, const QString &language,
                                    const std::atomic_bool *cancel)
{
    const char *locale = language == QLatin1String("zh_CN") ? "zh_CN" : "en_US";
    const size_t n = texts.size();
    // Large lists make their keys in two halves at once, the second on a pool of this call's
    // own: the caller may itself be a task of Qt's global pool, where waiting for another
    // task of that pool can deadlock.
    const size_t mid = n >= 50000 ? n / 2 : n;
    CollationKeys low, high;
    {
        QThreadPool own;
        own.setMaxThreadCount(1);
        QFuture<void> second;
        if (mid < n)
            second =
                QtConcurrent::run(&own, [&] { makeKeys(texts, mid, n, locale, cancel, high); });
        makeKeys(texts, 0, mid, locale, cancel, low);
        second.waitForFinished();
    }
    if (!low.ok || (mid < n && !high.ok))
        return {};
    const auto key = [&](uint32_t i) {
        return reinterpret_cast<const char *>(i < mid ? &low.bytes[low.start[i]]
                                                      : &high.bytes[high.start[i - mid]]);
    };
    // Sorted by the keys' first 24 bytes as three integers, the rest only on a tie: names
    // that share a long beginning ("Llama 3.1 8B Instruct ...") are common, and most
    // comparisons then never leave the array.
    constexpr int kWords = 3;
    struct Item
    {
        uint64_t prefix[kWords];
        uint32_t index;
        bool ended; // the whole key is in the prefix
    };
    std::vector<Item> items(n);
    for (uint32_t i = 0; i < n; ++i) {
        const char *k = key(i);
        Item &item = items[i];
        item.index = i;
        bool ended = false;
        for (int w = 0; w < kWords; ++w) {
            uint64_t word = 0;
            for (int b = 0; b < 8; ++b) {
                const uint8_t byte = ended ? 0 : uint8_t(k[w * 8 + b]);
                ended = ended || byte == 0;
                word = (word << 8) | byte;
            }
            item.prefix[w] = word;
        }
        item.ended = ended;
    }
    const auto less = [&](const Item &a, const Item &b) {
        for (int w = 0; w < kWords; ++w)
            if (a.prefix[w] != b.prefix[w])
                return a.prefix[w] < b.prefix[w];
        // Equal prefixes: both keys end inside them (equal), or both go on.
        return !a.ended && std::strcmp(key(a.index) + 8 * kWords, key(b.index) + 8 * kWords) < 0;
    };
    std::sort(items.begin(), items.end(), less);
    if (cancelled(cancel))
        return {};
    std::vector<double> place(n);
    for (size_t i = 0, p = 0; i < n; ++i) {
        if (i > 0 && less(items[i - 1], items[i]))
            p = i;
        place[items[i].index] = double(p);
    }
    return place;
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
        value = collationPlaces(names, language, cancel);
        if (value.size() != n)
            return {};
    } else if (key == Key::Organisation) {
        std::vector<QString> orgNames(data.orgs.size());
        for (size_t o = 0; o < data.orgs.size(); ++o) {
            const OrgRecord &org = data.orgs[o];
            orgNames[o] = chinese && !org.nameZh.isEmpty() ? org.nameZh : org.name;
        }
        const std::vector<double> place = collationPlaces(orgNames, language, cancel);
        if (place.size() != orgNames.size())
            return {};
        // Models point at organisations by id, and the reader shares one string per
        // organisation: the text's address finds its place without hashing the text again.
        std::unordered_map<const QChar *, double> byText;
        for (size_t i = 0; i < n; ++i) {
            const QString &org = data.models[i].org;
            const auto [it, added] = byText.try_emplace(org.constData(), NAN);
            if (added) {
                const int o = data.orgById.value(org, -1);
                it->second = o < 0 ? NAN : place[size_t(o)];
            }
            value[i] = it->second;
        }
    } else if (key == Key::Intelligence) {
        const QString reasoning = card::measureBenchmark(card::Measure::Reasoning);
        for (const ScoreRecord &s : data.scores)
            if (s.model >= 0 && size_t(s.model) < n && s.benchmark == reasoning)
                value[size_t(s.model)] = s.value;
    } else {
        std::unordered_map<const QChar *, double> releasedByText;
        for (size_t i = 0; i < n; ++i) {
            const ModelRecord &m = data.models[i];
            std::optional<double> v;
            if (key == Key::Released) {
                // Dates are shared strings too (one per day): each is read once.
                const auto [it, added] = releasedByText.try_emplace(m.released.constData(), NAN);
                if (added)
                    it->second = releaseNumber(m.released);
                v = it->second;
            } else if (key == Key::Context && m.contextTokens)
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
