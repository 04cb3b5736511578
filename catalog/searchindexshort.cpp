// SearchIndex: queries of one to three letters or digits. They match a large part of a big
// catalog, but their n-gram list is exact (it is the set of matches), so counting them checks no
// text. Records come in rank order (notability, then name), so scoring stops as soon as no later
// record could displace the hits already found.
#include "searchindex.h"

#include "searchindexparts.h"

void SearchIndex::shortQuery(const std::string &q, int limit, TopKeys &top, qint64 &count) const
{
    const Columns &col = *m_columns;
    const NgramIndex::List list = m_ngrams.list(q);
    const std::vector<int> orgScores =
        q.size() >= 2 ? this->orgScores(q) : std::vector<int>(m_orgs.size(), 0);
    count = qint64(list.size());
    auto score = [&](uint32_t r) {
        const uint32_t org = col.org[r];
        return std::max(recordScore(r, q), org == UINT32_MAX ? 0 : orgScores[org]);
    };
    // Records that may rank above a prefix match: a field that is the whole query, or a model of
    // an organisation the query names in full. They are scored first; the scan passes over them.
    std::vector<uint32_t> early;
    const uint64_t key = shortKey(q);
    for (auto it = std::lower_bound(m_shortFields.begin(), m_shortFields.end(), key << 32);
         it != m_shortFields.end() && (*it >> 32) == key; ++it)
        early.push_back(uint32_t(*it & 0xffffffffu));
    for (size_t o = 0; o < m_orgs.size(); ++o) {
        if (orgScores[o] == 0)
            continue;
        for (uint32_t r : m_orgs[o].records) {
            if (!list.contains(r)) { // named through its organisation only
                ++count;
                top.offer(rankKey(orgScores[o], r));
            } else if (orgScores[o] > Prefix) {
                early.push_back(r);
            }
        }
    }
    std::sort(early.begin(), early.end());
    early.erase(std::unique(early.begin(), early.end()), early.end());
    for (uint32_t r : early)
        top.offer(rankKey(score(r), r));
    if (limit <= 0)
        return;
    list.forEachWhile([&](uint32_t r) {
        if (top.full() && top.worst() < rankKey(Prefix, r))
            return false; // no later record can score above a prefix match
        if (!std::binary_search(early.begin(), early.end(), r))
            top.offer(rankKey(score(r), r));
        return true;
    });
}
