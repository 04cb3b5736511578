// SearchIndex: queries of several words, each of which may match on its own ("llama instruct"
// finds "Llama-3-8B-Instruct"). The joined words are searched as one text in searchindexsearch.cpp.
#include "searchindex.h"

#include "searchindexparts.h"
#include "searchtext.h"

#include <QStringList>

#include <algorithm>
#include <climits>
#include <thread>

namespace {

bool cancelledBy(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

std::vector<std::string> SearchIndex::queryWords(const QString &text)
{
    std::vector<std::string> words;
    for (const QString &w : text.split(' ', Qt::SkipEmptyParts)) {
        std::string n = searchtext::normalise(w);
        if (!n.empty() && std::find(words.begin(), words.end(), n) == words.end())
            words.push_back(std::move(n));
    }
    return words;
}

size_t SearchIndex::estimate(const std::string &word) const
{
    if (word.size() <= 3)
        return m_ngrams.list(word).size();
    size_t best = SIZE_MAX;
    for (size_t i = 0; i + 3 <= word.size(); ++i)
        best = std::min(best, m_ngrams.list(std::string_view(word).substr(i, 3)).size());
    return best;
}

bool SearchIndex::canNarrow(const std::vector<std::string> &from,
                            const std::vector<std::string> &to)
{
    // Each earlier word must be a prefix of the word now at its place, so that a record (or its
    // organisation) matching the new word at some place also matches the old one there.
    if (from.empty() || to.size() < from.size())
        return false;
    for (size_t i = 0; i < from.size(); ++i)
        if (to[i].compare(0, from[i].size(), from[i]) != 0)
            return false;
    return true;
}

std::vector<SearchIndex::Match> SearchIndex::wordMatches(const std::vector<std::string> &words,
                                                         const Filter &filter,
                                                         const std::atomic_bool *cancel,
                                                         bool *cancelled) const
{
    const Columns &col = *m_columns;
    // Per word, how well it names each organisation: a word may match the org, not the model.
    std::vector<std::vector<int>> orgScores;
    for (const std::string &w : words)
        orgScores.push_back(w.size() >= 2 ? this->orgScores(w)
                                          : std::vector<int>(m_orgs.size(), 0));

    std::shared_ptr<const LastWords> last;
    {
        std::lock_guard lock(m_lastMutex);
        last = m_lastWords;
    }
    std::vector<uint32_t> fresh;
    const std::vector<uint32_t> *candidates = &fresh;
    // Words before `from` are known to match each narrowed candidate, with their scores cached.
    size_t from = 0;
    const bool narrow = last && last->facets == filter.key && canNarrow(last->words, words);
    if (narrow) {
        candidates = &last->records;
        const size_t k = last->words.size();
        size_t same = 0;
        while (same < k && words[same] == last->words[same])
            ++same;
        from = same == k ? k : same == k - 1 ? k - 1 : 0;
    } else {
        // Start from the rarest word: its own candidates plus the records of the orgs it names.
        size_t driver = 0, best = SIZE_MAX;
        for (size_t w = 0; w < words.size(); ++w) {
            size_t size = estimate(words[w]);
            for (size_t o = 0; o < m_orgs.size(); ++o)
                if (orgScores[w][o] > 0)
                    size += m_orgs[o].records.size();
            if (size < best)
                best = size, driver = w;
        }
        fresh = m_ngrams.candidates(words[driver]);
        for (size_t o = 0; o < m_orgs.size(); ++o)
            if (orgScores[driver][o] > 0)
                fresh.insert(fresh.end(), m_orgs[o].records.begin(), m_orgs[o].records.end());
        std::sort(fresh.begin(), fresh.end());
        fresh.erase(std::unique(fresh.begin(), fresh.end()), fresh.end());
    }
    const size_t m = words.size();
    // Verifies candidates [begin, end) into `part`; false when cancelled.
    struct Part
    {
        std::vector<Match> out;
        LastWords kept;
    };
    auto verify = [&](size_t begin, size_t end, Part &part) {
        for (size_t i = begin; i < end; ++i) {
            if ((i & 4095) == 0 && cancelledBy(cancel))
                return false;
            const uint32_t r = (*candidates)[i];
            if (!narrow && !filter.pass(col, r))
                continue;
            const uint32_t org = col.org[r];
            // The weakest word decides: `settled` over all words but the last, then the last.
            int settled = INT_MAX, lastWord = INT_MAX;
            if (from > 0) {
                settled = last->settled[i];
                if (from == last->words.size())
                    lastWord = last->last[i];
                if (from < m)
                    settled = std::min(settled, lastWord);
            }
            for (size_t w = from; w < m; ++w) {
                int s = recordScore(r, words[w]);
                if (org != UINT32_MAX)
                    s = std::max(s, orgScores[w][org]);
                if (s == 0) {
                    settled = 0;
                    break;
                }
                (w + 1 == m ? lastWord : settled) = std::min(w + 1 == m ? INT_MAX : settled, s);
            }
            const int score = std::min(settled, lastWord);
            if (score <= 0)
                continue;
            // One below the weakest word, so the same kind of match on the joined words wins.
            part.out.push_back({r, score - 1});
            part.kept.records.push_back(r);
            part.kept.settled.push_back(settled);
            part.kept.last.push_back(lastWord);
        }
        return true;
    };
    // Many candidates: verify the two halves at once, as for the joined text.
    Part first, second;
    bool ok = true, secondOk = true;
    const size_t total = candidates->size();
    if (total > 100000 && std::thread::hardware_concurrency() > 1) {
        std::thread worker([&] { secondOk = verify(total / 2, total, second); });
        ok = verify(0, total / 2, first);
        worker.join();
    } else {
        ok = verify(0, total, first);
    }
    if (!ok || !secondOk) {
        *cancelled = true;
        return {};
    }
    auto join = [](auto &a, const auto &b) { a.insert(a.end(), b.begin(), b.end()); };
    join(first.out, second.out);
    auto next = std::make_shared<LastWords>(std::move(first.kept));
    join(next->records, second.kept.records);
    join(next->settled, second.kept.settled);
    join(next->last, second.kept.last);
    next->words = words;
    next->facets = filter.key;
    std::lock_guard lock(m_lastMutex);
    m_lastWords = std::move(next);
    return std::move(first.out);
}
