#pragma once

#include "ngramindex.h"
#include "searchquery.h"

#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

struct CatalogData;

struct SearchHit
{
    int model = -1;                // index into CatalogData::models
    int score = 0;                 // higher is better; see SearchIndex::Score
    QList<QPair<int, int>> ranges; // (start, length) in the model's name to highlight
};

struct SearchResult
{
    qint64 count = 0; // every match, not only the hits returned
    std::vector<SearchHit> hits;
    bool cancelled = false;
};

// Search as you type over model names, aliases, Chinese names, slugs and organisation names
// (English, Chinese, aliases, id), built once from the catalog's data. Thread-safe: searches may
// run concurrently on worker threads. Does not keep a reference to the CatalogData.
//
// Records (one per model, ordered by notability then name) are kept normalised in one buffer,
// with an n-gram index to find candidates; a query that extends the previous one narrows the
// previous matches instead of starting over.
class SearchIndex final
{
public:
    // Higher is better. A match in the model's own names beats the same kind of match in its
    // organisation's names; fuzzy matches lose one point per edit.
    enum Score {
        Exact = 100,
        OrgExact = 90,
        Prefix = 80,
        OrgPrefix = 70,
        WordStart = 60,
        OrgWordStart = 50,
        Substring = 40,
        Fuzzy = 20,
        Listed = 0, // empty text: every model that passes the facets
    };

    explicit SearchIndex(const CatalogData &data);
    ~SearchIndex();

    // The best `limit` hits, by score, then notability, then name. `cancel` is polled; when it is
    // set the result is marked cancelled and incomplete.
    SearchResult search(const SearchQuery &query, int limit,
                        const std::atomic_bool *cancel = nullptr) const;
    SearchResult search(const QString &text, int limit) const;

    int modelCount() const { return int(m_order.size()); }
    size_t memoryBytes() const;

private:
    struct Columns;
    struct Filter;
    struct Org
    {
        std::vector<std::string> keys; // normalised id, names and aliases
        std::vector<std::string> flags;
        std::vector<uint32_t> records; // ascending
    };
    struct Match
    {
        uint32_t record;
        int score;
    };

    void buildRecords(const CatalogData &data);
    void buildOrgs(const CatalogData &data);
    std::vector<Match> ownMatches(const std::string &q, const Filter &filter,
                                  const std::atomic_bool *cancel, bool *cancelled) const;
    int recordScore(uint32_t record, const std::string &q) const;
    // Typo-tolerant matches of records that matched neither by text nor by organisation.
    void fuzzyMatches(const std::string &q, const Filter &filter, const std::vector<Match> &own,
                      const std::vector<int> &orgScore, std::vector<Match> &out) const;
    static bool isOwn(const std::vector<Match> &own, uint32_t record);
    static int orgScore(const std::string &q, const Org &org);

    std::string m_text;             // records back to back, fields separated by 0x01
    std::string m_flags;            // searchtext::Flag per byte of m_text
    std::vector<uint32_t> m_starts; // record r is [m_starts[r], m_starts[r + 1])
    std::vector<uint32_t> m_order;  // record -> model index
    std::vector<QString> m_names;   // record -> display name, for highlighting
    std::unique_ptr<Columns> m_columns;
    NgramIndex m_ngrams;

    std::vector<Org> m_orgs;

    // The last complete query's own matches, to narrow from while the user types on.
    struct Last
    {
        std::string text;
        QString facets;
        std::vector<uint32_t> records;
    };
    mutable std::mutex m_lastMutex;
    mutable std::shared_ptr<const Last> m_last;
};
