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
