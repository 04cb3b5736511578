// SearchIndex: running a query. Building the index is in searchindex.cpp.
#include "searchindex.h"

#include "records.h"
#include "searchindexparts.h"
#include "searchtext.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace {

constexpr char kSeparator = '\x01';
constexpr uint32_t kNone = UINT32_MAX;

// Best edit distance between a pattern of m < 64 bytes (as Peq bit masks) and any substring of
// `text`: Myers' bit-parallel algorithm, with a free start so a match may begin anywhere.
int approximateDistance(const uint64_t *peq, int m, std::string_view text)
{
    uint64_t pv = ~uint64_t(0), mv = 0;
    const uint64_t high = uint64_t(1) << (m - 1);
    int score = m, best = m;
    for (unsigned char c : text) {
        const uint64_t eq = peq[c];
        const uint64_t xv = eq | mv;
        const uint64_t xh = (((eq & pv) + pv) ^ pv) | eq;
        uint64_t ph = mv | ~(xh | pv);
        uint64_t mh = pv & xh;
        if (ph & high)
            ++score;
        else if (mh & high)
            --score;
        ph <<= 1;
        mh <<= 1;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
        best = std::min(best, score);
    }
    return best;
}

bool cancelledBy(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// The best kind of match of q in one field list: text of fields separated by kSeparator.
// `isWordStart(p)` tells whether byte p of the text starts a word.
template <typename WordStartAt>
int fieldScore(std::string_view text, const WordStartAt &isWordStart, std::string_view q, int exact,
               int prefix, int wordStart, int substring)
{
    int best = 0;
    for (size_t p = text.find(q); p != std::string_view::npos; p = text.find(q, p + 1)) {
        const bool start = p == 0 || text[p - 1] == kSeparator;
        if (start) {
            const size_t end = p + q.size();
            if (end == text.size() || text[end] == kSeparator)
                return exact;
            best = std::max(best, prefix);
        } else if (isWordStart(p)) {
            best = std::max(best, wordStart);
        } else {
            best = std::max(best, substring);
        }
    }
    return best;
}

} // namespace

bool SearchIndex::isOwn(const std::vector<Match> &own, uint32_t record)
{
    return std::binary_search(own.begin(), own.end(), Match{record, 0},
                              [](const Match &a, const Match &b) { return a.record < b.record; });
}

int SearchIndex::recordScore(uint32_t r, const std::string &q) const
{
    const size_t start = m_starts[r], size = m_starts[r + 1] - start;
    const auto isWordStart = [&](size_t p) {
        const size_t i = start + p;
        return (m_wordStarts[i / 64] >> (i % 64)) & 1;
    };
    return fieldScore(std::string_view(m_text).substr(start, size), isWordStart, q, Exact, Prefix,
                      WordStart, Substring);
}

std::vector<int> SearchIndex::orgScores(const std::string &q) const
{
    // Only whole names, prefixes and word starts: a letter inside an organisation's name would
    // otherwise pull in every model of most organisations.
    std::vector<int> scores(m_orgs.size(), 0);
    auto it = std::lower_bound(m_orgWords.begin(), m_orgWords.end(), q,
                               [](const OrgWord &w, const std::string &q) { return w.text < q; });
    for (; it != m_orgWords.end() && it->text.substr(0, q.size()) == q; ++it) {
        const int s = !it->keyStart                 ? OrgWordStart
                      : it->text.size() == q.size() ? OrgExact
                                                    : OrgPrefix;
        scores[it->org] = std::max(scores[it->org], s);
    }
    return scores;
}

std::vector<SearchIndex::Match> SearchIndex::ownMatches(const std::string &q, const Filter &filter,
                                                        const std::atomic_bool *cancel,
                                                        bool *cancelled) const
{
    std::shared_ptr<const Last> last;
    {
        std::lock_guard lock(m_lastMutex);
        last = m_last;
    }
    std::vector<uint32_t> fresh;
    const std::vector<uint32_t> *candidates = nullptr;
    bool filtered = false;
    // Anything that contains the new text contains the previous one: narrow the last matches,
    // unless the new text's rarest n-gram names fewer records ("llama3" after "llama").
    if (last && !last->text.empty() && last->facets == filter.key &&
        q.find(last->text) != std::string::npos && last->records.size() <= estimate(q)) {
        candidates = &last->records;
        filtered = true;
    } else {
        fresh = m_ngrams.candidates(q);
        candidates = &fresh;
    }
    // Verifies candidates [from, to) into `into`; false when cancelled.
    const std::vector<uint32_t> &c = *candidates;
    auto verify = [&](size_t from, size_t to, std::vector<Match> &into) {
        for (size_t i = from; i < to; ++i) {
            if ((i & 4095) == 0 && cancelledBy(cancel))
                return false;
            if (!filtered && !filter.pass(*m_columns, c[i]))
                continue;
            if (const int s = recordScore(c[i], q))
                into.push_back({c[i], s});
        }
        return true;
    };
    // Short queries match a large part of a big catalog: verify in two halves at once.
    std::vector<Match> out, second;
    bool ok = true, secondOk = true;
    if (c.size() > 100000 && std::thread::hardware_concurrency() > 1) {
        const size_t half = c.size() / 2;
        std::thread worker([&] { secondOk = verify(half, c.size(), second); });
        ok = verify(0, half, out);
        worker.join();
        out.insert(out.end(), second.begin(), second.end());
    } else {
        ok = verify(0, c.size(), out);
    }
    if (!ok || !secondOk) {
        *cancelled = true;
        return {};
    }
    auto next = std::make_shared<Last>();
    next->text = q;
    next->facets = filter.key;
    next->records.reserve(out.size());
    for (const Match &m : out)
        next->records.push_back(m.record);
    std::lock_guard lock(m_lastMutex);
    m_last = std::move(next);
    return out;
}

void SearchIndex::fuzzyMatches(const std::string &q, const Filter &filter,
                               const std::vector<Match> &own, const std::vector<int> &orgScores,
                               std::vector<Match> &out) const
{
    const int m = int(q.size());
    if (m < 4 || m > 32)
        return;
    const int k = m < 8 ? 1 : 2;
    // A match with k edits contains at least one of k + 1 pieces of the query unchanged.
    std::vector<uint32_t> candidates;
    size_t budget = 300000;
    for (int i = 0; i <= k; ++i) {
        const int from = i * m / (k + 1), to = (i + 1) * m / (k + 1);
        const std::string_view piece = std::string_view(q).substr(size_t(from), size_t(to - from));
        if (piece.size() <= 3) {
            const NgramIndex::List l = m_ngrams.list(piece);
            if (l.size() > budget)
                return; // too common to be worth it
            budget -= l.size();
            l.forEach([&](uint32_t r) { candidates.push_back(r); });
        } else {
            const std::vector<uint32_t> c = m_ngrams.candidates(piece);
            if (c.size() > budget)
                return;
            budget -= c.size();
            candidates.insert(candidates.end(), c.begin(), c.end());
        }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    uint64_t peq[256] = {};
    for (int i = 0; i < m; ++i)
        peq[static_cast<unsigned char>(q[size_t(i)])] |= uint64_t(1) << i;
    for (uint32_t r : candidates) {
        if (!filter.pass(*m_columns, r))
            continue;
        const uint32_t org = m_columns->org[r];
        if (org != kNone && orgScores[org] > 0)
            continue;
        if (isOwn(own, r))
            continue;
        const std::string_view text =
            std::string_view(m_text).substr(m_starts[r], m_starts[r + 1] - m_starts[r]);
        const int d = approximateDistance(peq, m, text);
        if (d <= k)
            out.push_back({r, Fuzzy - d});
    }
}

SearchResult SearchIndex::search(const QString &text, int limit) const
{
    return search(SearchQuery::parse(text), limit);
}

SearchResult SearchIndex::search(const SearchQuery &query, int limit,
                                 const std::atomic_bool *cancel) const
{
    SearchOptions options;
    options.limit = limit;
    options.cancel = cancel;
    return search(query, options);
}

SearchResult SearchIndex::search(const SearchQuery &query, const SearchOptions &options) const
{
    const int limit = options.limit;
    const std::atomic_bool *cancel = options.cancel;
    // A sort order or facet counts need every match, so the shortcuts that stop early are off.
    const bool sorted = options.sortRank && options.sortRank->size() == m_order.size();
    const bool every = sorted || options.facets;
    auto key = [&](int score, uint32_t r) {
        return rankKey(score, r, sorted ? (*options.sortRank)[m_order[r]] : 0);
    };
    std::vector<uint32_t> matched; // every match, when counting facets
    SearchResult result;
    const Columns &col = *m_columns;
    Filter filter;
    filter.active = query.hasFacets();
    filter.key = query.facetKey();
    if (!query.orgs.isEmpty()) {
        filter.orgs.assign(m_orgs.size(), 0);
        for (const QString &o : query.orgs) {
            const std::string v = searchtext::normalise(o);
            for (size_t i = 0; i < m_orgs.size(); ++i)
                for (const std::string &key : m_orgs[i].keys)
                    if (!v.empty() && key.compare(0, v.size(), v) == 0)
                        filter.orgs[i] = 1;
        }
    }
    if (!query.kinds.isEmpty()) {
        filter.kinds.assign(size_t(col.kinds.size()), 0);
        for (const QString &k : query.kinds)
            for (qsizetype i = 0; i < col.kinds.size(); ++i)
                if (col.kinds[i].startsWith(k))
                    filter.kinds[size_t(i)] = 1;
    }
    if (!query.capabilities.isEmpty()) {
        // Per asked capability, the ids it names: itself, else those it starts.
        std::vector<std::vector<char>> asked;
        for (const QString &c : query.capabilities) {
            std::vector<char> ids(size_t(col.capabilities.size()), 0);
            bool any = false;
            for (qsizetype i = 0; i < col.capabilities.size(); ++i)
                any = any || (ids[size_t(i)] = col.capabilities[i] == c);
            for (qsizetype i = 0; !any && i < col.capabilities.size(); ++i)
                ids[size_t(i)] = col.capabilities[i].startsWith(c);
            asked.push_back(std::move(ids));
        }
        filter.capSets.assign(col.capSets.size(), 1);
        for (size_t s = 0; s < col.capSets.size(); ++s)
            for (const std::vector<char> &ids : asked)
                if (std::none_of(col.capSets[s].begin(), col.capSets[s].end(),
                                 [&](uint16_t c) { return ids[c] != 0; }))
                    filter.capSets[s] = 0;
    }
    filter.open = query.openWeights;
    filter.context = query.context;
    filter.price = query.price;
    filter.year = query.year;

    const std::string q = searchtext::normalise(query.text);
    const uint32_t n = uint32_t(m_order.size());
    TopKeys top(limit);
    std::vector<Match> fuzzy;
    const std::vector<std::string> words =
        query.text.contains(' ') ? queryWords(query.text) : std::vector<std::string>();
    if (!sorted) {
        std::shared_ptr<const LastAnswer> last;
        {
            std::lock_guard lock(m_lastMutex);
            last = m_lastAnswer;
        }
        if (last && last->text == q && last->words == words && last->facets == filter.key &&
            last->limit == limit && last->withFacets == options.facets)
            return last->result;
    }
    if (q.empty()) {
        for (uint32_t r = 0; r < n; ++r) {
            if ((r & 65535) == 0 && cancelledBy(cancel)) {
                result.cancelled = true;
                return result;
            }
            if (filter.pass(col, r)) {
                ++result.count;
                if (every || !top.full())
                    top.offer(key(Listed, r));
                if (options.facets)
                    matched.push_back(r);
            }
        }
    } else if (!every && !filter.active && words.size() < 2 && NgramIndex::isExact(q)) {
        shortQuery(q, limit, top, result.count);
        // A query typed on from here starts afresh: narrowing needs every match of this one.
        std::lock_guard lock(m_lastMutex);
        m_last.reset();
    } else {
        bool cancelled = false;
        std::vector<Match> own = ownMatches(q, filter, cancel, &cancelled);
        if (cancelled) {
            result.cancelled = true;
            return result;
        }
        const std::vector<int> orgScores =
            q.size() >= 2 ? this->orgScores(q) : std::vector<int>(m_orgs.size(), 0);
        const bool anyOrg =
            std::any_of(orgScores.begin(), orgScores.end(), [](int s) { return s > 0; });
        std::vector<uint32_t> ownInOrg(anyOrg ? m_orgs.size() : 0, 0);
        for (Match &m : own) {
            const uint32_t o = col.org[m.record];
            if (anyOrg && o != kNone && orgScores[o] > 0) {
                m.score = std::max(m.score, orgScores[o]);
                ++ownInOrg[o];
            }
            top.offer(key(m.score, m.record));
        }
        result.count = qint64(own.size());
        // Models matched through their organisation only.
        for (size_t o = 0; anyOrg && o < m_orgs.size(); ++o) {
            if (orgScores[o] == 0)
                continue;
            if (cancelledBy(cancel)) {
                result.cancelled = true;
                return result;
            }
            qint64 inOrg = 0;
            int offered = 0;
            for (uint32_t r : m_orgs[o].records) {
                if (!filter.pass(col, r))
                    continue;
                ++inOrg;
                if (every || offered < limit) {
                    if (!isOwn(own, r)) {
                        top.offer(key(orgScores[o], r));
                        ++offered;
                        if (options.facets)
                            matched.push_back(r);
                    }
                } else if (!filter.active) {
                    // Every model of the org counts; none of the rest can rank higher.
                    inOrg = qint64(m_orgs[o].records.size());
                    break;
                }
            }
            result.count += inOrg - qint64(ownInOrg[o]);
        }
        if (words.size() >= 2) {
            const std::vector<Match> each = wordMatches(words, filter, cancel, &cancelled);
            if (cancelled) {
                result.cancelled = true;
                return result;
            }
            // Records found by the joined text or through their organisation are counted.
            // Both lists are in record order: walk them together.
            const size_t before = own.size();
            size_t at = 0;
            for (const Match &m : each) {
                while (at < before && own[at].record < m.record)
                    ++at;
                const uint32_t o = col.org[m.record];
                if ((at < before && own[at].record == m.record) ||
                    (anyOrg && o != kNone && orgScores[o] > 0))
                    continue;
                top.offer(key(m.score, m.record));
                own.push_back(m);
            }
            result.count += qint64(own.size() - before);
            std::inplace_merge(own.begin(), own.begin() + qsizetype(before), own.end(),
                               [](const Match &a, const Match &b) { return a.record < b.record; });
        }
        if (result.count < limit) {
            fuzzyMatches(q, filter, own, orgScores, fuzzy);
            for (const Match &m : fuzzy)
                top.offer(key(m.score, m.record));
            result.count += qint64(fuzzy.size());
        }
        if (options.facets) {
            for (const Match &m : own)
                matched.push_back(m.record);
            for (const Match &m : fuzzy)
                matched.push_back(m.record);
        }
    }
    if (options.facets)
        result.facets = countFacets(matched);
    for (uint64_t k : top.sorted()) {
        const uint32_t r = uint32_t(k & 0xffffffffu);
        SearchHit hit;
        hit.model = int(m_order[r]);
        hit.score = scoreOf(k);
        if (hit.score > Fuzzy) {
            const QString &name = (*m_models)[m_order[r]].name;
            hit.ranges = searchtext::matchRanges(name, q);
            if (hit.ranges.isEmpty() && words.size() >= 2)
                for (const std::string &w : words)
                    hit.ranges += searchtext::matchRanges(name, w);
        }
        result.hits.push_back(std::move(hit));
    }
    if (!sorted) {
        auto answer = std::make_shared<const LastAnswer>(
            LastAnswer{q, words, filter.key, limit, options.facets, result});
        std::lock_guard lock(m_lastMutex);
        m_lastAnswer = std::move(answer);
    }
    return result;
}
