#pragma once

// Internal to SearchIndex: per-record facet columns and a compiled facet filter.
#include "searchindex.h"

#include <QHash>
#include <QStringList>

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
    std::vector<uint64_t> caps;   // bit per capability (the first 64)
    QStringList kinds;
    QStringList capabilities;
    QHash<QString, int> orgIndex;
};

struct SearchIndex::Filter
{
    bool active = false;
    QString key;
    std::vector<char> orgs; // empty: any
    std::vector<char> kinds;
    std::vector<uint64_t> capMasks; // each must intersect the model's capabilities
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
        for (uint64_t m : capMasks)
            if (!(c.caps[r] & m))
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
