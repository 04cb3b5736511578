#pragma once

// Internal to SearchIndex: per-record facet columns, a compiled facet filter and the ranking of
// hits.
#include "searchindex.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

struct SearchIndex::Columns
{
    std::vector<uint32_t> org; // index into m_orgs
    std::vector<uint16_t> kind;
    std::vector<uint8_t> open;
    std::vector<int64_t> context; // -1: unknown
    std::vector<float> price;     // NaN: unknown
    std::vector<int16_t> year;    // 0: unknown
    std::vector<uint32_t> capSet; // index into capSets
    // The distinct capability sets, each as ascending indexes into `capabilities`.
    std::vector<std::vector<uint16_t>> capSets;
    QStringList kinds;
    QStringList capabilities;
    QStringList orgIds; // by index into m_orgs
    QHash<QString, int> orgIndex;
};

struct SearchIndex::Filter
{
    bool active = false;
    QString key;
    std::vector<char> orgs; // empty: any
    std::vector<char> kinds;
    std::vector<char> capSets; // per capability set, whether it has every asked capability
    std::optional<bool> open;
    std::optional<NumberRange> context, price, year;

    bool pass(const Columns &c, uint32_t r) const
    {
        if (!active)
            return true;
        if (!orgs.empty() && (c.org[r] == UINT32_MAX || !orgs[c.org[r]]))
            return false;
        if (!kinds.empty() && !kinds[c.kind[r]])
            return false;
        if (!capSets.empty() && !capSets[c.capSet[r]])
            return false;
        if (open && bool(c.open[r]) != *open)
            return false;
        if (context && (c.context[r] < 0 || !context->contains(double(c.context[r]))))
            return false;
        if (price && (std::isnan(c.price[r]) || !price->contains(c.price[r])))
            return false;
        if (year && (c.year[r] == 0 || !year->contains(c.year[r])))
            return false;
        return true;
    }
};

// Lowest first: the sort rank (0 when ordering by score) in the top 22 bits, then the score
// inverted in 10 bits, then the record, which orders by notability and name.
inline constexpr uint32_t kMaxSortRank = (1u << 22) - 1;

inline uint64_t rankKey(int score, uint32_t record, uint32_t sortRank = 0)
{
    return (uint64_t(std::min(sortRank, kMaxSortRank)) << 42) | (uint64_t(1000 - score) << 32) |
           record;
}

inline int scoreOf(uint64_t key)
{
    return 1000 - int((key >> 32) & 0x3ff);
}

// Keeps the `limit` smallest keys.
class SearchIndex::TopKeys
{
public:
    explicit TopKeys(int limit) : m_limit(size_t(std::max(0, limit))) {}
    void offer(uint64_t key)
    {
        if (m_limit == 0 || (m_heap.size() == m_limit && key >= m_heap.front()))
            return;
        if (m_heap.size() == m_limit) {
            std::pop_heap(m_heap.begin(), m_heap.end());
            m_heap.pop_back();
        }
        m_heap.push_back(key);
        std::push_heap(m_heap.begin(), m_heap.end());
    }
    bool full() const { return m_heap.size() == m_limit; }
    uint64_t worst() const { return m_heap.empty() ? UINT64_MAX : m_heap.front(); }
    std::vector<uint64_t> sorted()
    {
        std::sort_heap(m_heap.begin(), m_heap.end());
        return std::move(m_heap);
    }

private:
    size_t m_limit;
    std::vector<uint64_t> m_heap;
};
