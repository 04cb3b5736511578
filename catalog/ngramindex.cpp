#include "ngramindex.h"

#include <algorithm>

namespace {

constexpr unsigned char kSeparator = 0x01;

unsigned code(unsigned char b)
{
    if (b >= '0' && b <= '9')
        return b - '0';
    if (b >= 'a' && b <= 'z')
        return 10 + (b - 'a');
    return 36 + b % 27;
}

} // namespace

uint32_t NgramIndex::key(const unsigned char *p, int n)
{
    uint32_t k = 0;
    for (int i = 0; i < n; ++i)
        k = (k << 6) | code(p[i]);
    return k;
}

bool NgramIndex::List::contains(uint32_t record) const
{
    if (m_bits)
        return record / 64 < m_words && (m_bits[record / 64] >> (record % 64)) & 1;
    return std::binary_search(m_ids, m_ids + m_size, record);
}

void NgramIndex::build(std::string_view text, const std::vector<uint32_t> &starts)
{
    m_records = starts.empty() ? 0 : starts.size() - 1;
    for (int n = 1; n <= 3; ++n)
        buildLevel(n, text, starts);
}

void NgramIndex::buildLevel(int n, std::string_view text, const std::vector<uint32_t> &starts)
{
    Level &level = m_levels[n - 1];
    const size_t keys = size_t(1) << (6 * n);
    level = Level();
    level.sizes.assign(keys, 0);
    std::vector<uint32_t> lastSeen(keys, UINT32_MAX);
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    // Calls f(key, record) once per distinct key in each record.
    auto each = [&](auto &&f) {
        for (uint32_t r = 0; r < m_records; ++r) {
            int run = 0; // bytes since the last separator
            for (uint32_t i = starts[r]; i < starts[r + 1]; ++i) {
                if (bytes[i] == kSeparator) {
                    run = 0;
                    continue;
                }
                if (++run < n)
                    continue;
                const uint32_t k = key(bytes + i + 1 - n, n);
                if (lastSeen[k] != r) {
                    lastSeen[k] = r;
                    f(k, r);
                }
            }
        }
    };
    each([&](uint32_t k, uint32_t) { ++level.sizes[k]; });

    const size_t words = (m_records + 63) / 64;
    level.offsets.assign(keys + 1, 0);
    level.bitset.assign(keys, -1);
    size_t total = 0;
    int32_t bitsets = 0;
    for (size_t k = 0; k < keys; ++k) {
        level.offsets[k] = uint32_t(total);
        if (size_t(level.sizes[k]) * 32 > m_records && m_records >= 1024)
            level.bitset[k] = bitsets++;
        else
            total += level.sizes[k];
    }
    level.offsets[keys] = uint32_t(total);
    level.ids.resize(total);
    level.bits.assign(size_t(bitsets) * words, 0);
    std::vector<uint32_t> fill(level.offsets.begin(), level.offsets.end() - 1);
    std::fill(lastSeen.begin(), lastSeen.end(), UINT32_MAX);
    each([&](uint32_t k, uint32_t r) {
        if (level.bitset[k] >= 0)
            level.bits[size_t(level.bitset[k]) * words + r / 64] |= uint64_t(1) << (r % 64);
        else
            level.ids[fill[k]++] = r;
    });
}

NgramIndex::List NgramIndex::list(std::string_view bytes) const
{
    List l;
    const int n = int(bytes.size());
    if (n < 1 || n > 3 || m_levels[n - 1].sizes.empty())
        return l;
    const Level &level = m_levels[n - 1];
    const uint32_t k = key(reinterpret_cast<const unsigned char *>(bytes.data()), n);
    l.m_size = level.sizes[k];
    if (level.bitset[k] >= 0) {
        l.m_words = (m_records + 63) / 64;
        l.m_bits = level.bits.data() + size_t(level.bitset[k]) * l.m_words;
    } else {
        l.m_ids = level.ids.data() + level.offsets[k];
    }
    return l;
}

std::vector<uint32_t> NgramIndex::candidates(std::string_view bytes) const
{
    std::vector<uint32_t> out;
    if (bytes.empty())
        return out;
    std::vector<List> lists;
    if (bytes.size() <= 3) {
        lists.push_back(list(bytes));
    } else {
        for (size_t i = 0; i + 3 <= bytes.size(); ++i)
            lists.push_back(list(bytes.substr(i, 3)));
    }
    std::sort(lists.begin(), lists.end(),
              [](const List &a, const List &b) { return a.size() < b.size(); });
    if (lists.front().size() == 0)
        return out;
    out.reserve(lists.front().size());
    // Walk the shortest list; sorted lists are probed with a cursor that only moves forward.
    std::vector<const uint32_t *> cursor(lists.size());
    for (size_t i = 0; i < lists.size(); ++i)
        cursor[i] = lists[i].m_ids;
    lists.front().forEach([&](uint32_t r) {
        for (size_t i = 1; i < lists.size(); ++i) {
            const List &l = lists[i];
            if (l.m_bits) {
                if (!l.contains(r))
                    return;
                continue;
            }
            const uint32_t *end = l.m_ids + l.m_size;
            cursor[i] = std::lower_bound(cursor[i], end, r);
            if (cursor[i] == end || *cursor[i] != r)
                return;
        }
        out.push_back(r);
    });
    return out;
}

bool NgramIndex::isExact(std::string_view bytes)
{
    return bytes.size() <= 3 && std::all_of(bytes.begin(), bytes.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
           });
}

size_t NgramIndex::memoryBytes() const
{
    size_t total = 0;
    for (const Level &l : m_levels)
        total += l.offsets.size() * 4 + l.bitset.size() * 4 + l.sizes.size() * 4 +
                 l.ids.size() * 4 + l.bits.size() * 8;
    return total;
}

bool NgramIndex::save(const IndexPartWriter &write) const
{
    for (int n = 1; n <= 3; ++n) {
        const Level &l = m_levels[n - 1];
        const QString p = QStringLiteral("ngram%1.").arg(n);
        if (!indexparts::write(write, p + "offsets", l.offsets) ||
            !indexparts::write(write, p + "bitset", l.bitset) ||
            !indexparts::write(write, p + "sizes", l.sizes) ||
            !indexparts::write(write, p + "ids", l.ids) ||
            !indexparts::write(write, p + "bits", l.bits))
            return false;
    }
    return true;
}

bool NgramIndex::load(const IndexParts &parts, size_t records)
{
    m_records = records;
    const size_t words = (records + 63) / 64;
    for (int n = 1; n <= 3; ++n) {
        Level &l = m_levels[n - 1];
        const QString p = QStringLiteral("ngram%1.").arg(n);
        if (!indexparts::read(parts, p + "offsets", l.offsets) ||
            !indexparts::read(parts, p + "bitset", l.bitset) ||
            !indexparts::read(parts, p + "sizes", l.sizes) ||
            !indexparts::read(parts, p + "ids", l.ids) ||
            !indexparts::read(parts, p + "bits", l.bits))
            return false;
        // Every list must stay inside its arrays and name only existing records, in order.
        const size_t keys = size_t(1) << (6 * n);
        if (l.offsets.size() != keys + 1 || l.bitset.size() != keys || l.sizes.size() != keys ||
            l.offsets[0] != 0 || l.offsets[keys] != l.ids.size() ||
            (words == 0 ? !l.bits.empty() : l.bits.size() % words != 0))
            return false;
        const size_t bitsets = words ? l.bits.size() / words : 0;
        for (size_t k = 0; k < keys; ++k) {
            const uint32_t from = l.offsets[k], to = l.offsets[k + 1];
            if (to < from || (l.bitset[k] >= 0 && (size_t(l.bitset[k]) >= bitsets || to != from)))
                return false;
            if (l.bitset[k] < 0 && l.sizes[k] != to - from)
                return false;
            for (uint32_t i = from; i < to; ++i)
                if (l.ids[i] >= records || (i > from && l.ids[i] <= l.ids[i - 1]))
                    return false;
        }
        // Bits past the last record would name records that do not exist.
        if (records % 64 != 0)
            for (size_t b = 0; b < bitsets; ++b)
                if (l.bits[b * words + words - 1] >> (records % 64))
                    return false;
    }
    return true;
}
