#pragma once

#include "indexparts.h"

#include <bit>
#include <cstdint>
#include <string_view>
#include <vector>

// Which records contain each 1-, 2- and 3-byte sequence of the normalised search text. Bytes map
// to 64 codes (digits, letters, and 27 buckets for the bytes of other scripts), so keys index flat
// arrays. A list that covers more than 1/32 of the records is kept as a bitset, which bounds the
// memory of common sequences such as "a" or "ll" to n/8 bytes.
class NgramIndex final
{
public:
    // A read-only view of one posting list, in ascending record order.
    class List
    {
    public:
        size_t size() const { return m_size; }
        bool contains(uint32_t record) const;
        template <typename F> void forEach(F &&f) const
        {
            if (m_ids) {
                for (size_t i = 0; i < m_size; ++i)
                    f(m_ids[i]);
                return;
            }
            for (size_t w = 0; w < m_words; ++w)
                for (uint64_t bits = m_bits[w]; bits; bits &= bits - 1)
                    f(uint32_t(w * 64 + std::countr_zero(bits)));
        }

        // Like forEach, but stops as soon as f returns false.
        template <typename F> void forEachWhile(F &&f) const
        {
            if (m_ids) {
                for (size_t i = 0; i < m_size; ++i)
                    if (!f(m_ids[i]))
                        return;
                return;
            }
            for (size_t w = 0; w < m_words; ++w)
                for (uint64_t bits = m_bits[w]; bits; bits &= bits - 1)
                    if (!f(uint32_t(w * 64 + std::countr_zero(bits))))
                        return;
        }

    private:
        friend class NgramIndex;
        const uint32_t *m_ids = nullptr;
        const uint64_t *m_bits = nullptr;
        size_t m_words = 0;
        size_t m_size = 0;
    };

    // `text` holds the records back to back; record r is [starts[r], starts[r + 1]). Byte 0x01
    // separates fields and never takes part in a key.
    void build(std::string_view text, const std::vector<uint32_t> &starts);

    // The records that contain `bytes` (1 to 3 bytes). Exact when every byte is an ASCII letter
    // or digit; a superset otherwise.
    List list(std::string_view bytes) const;

    // The records that may contain `bytes` (any length): those holding all of its n-grams.
    std::vector<uint32_t> candidates(std::string_view bytes) const;

    static bool isExact(std::string_view bytes);
    size_t memoryBytes() const;

    bool save(const IndexPartWriter &write) const;
    // Reads an index saved for `records` records; false when the parts are missing or do not
    // describe a well-formed index (every list then stays within bounds).
    bool load(const IndexParts &parts, size_t records);

private:
    struct Level
    {
        std::vector<uint32_t> offsets; // per key, into ids; size keys + 1
        std::vector<int32_t> bitset;   // per key: index into bits, or -1
        std::vector<uint32_t> sizes;   // per key: number of records
        std::vector<uint32_t> ids;
        std::vector<uint64_t> bits;
    };
    void buildLevel(int n, std::string_view text, const std::vector<uint32_t> &starts);
    static uint32_t key(const unsigned char *p, int n);

    Level m_levels[3];
    size_t m_records = 0;
};
