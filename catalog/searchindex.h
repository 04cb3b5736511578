#pragma once

#include "ngramindex.h"
#include "searchfacets.h"
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
struct ModelRecord;

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
    std::shared_ptr<const FacetCounts> facets; // when SearchOptions::facets asked for them
};

struct SearchOptions
{
    int limit = 100;
    const std::atomic_bool *cancel = nullptr; // polled; when set the result is marked cancelled
    // Per model (index into CatalogData::models), its place in a sort order: hits come lowest
    // first, ties by score. Null: by score, then notability, then name.
    const std::vector<uint32_t> *sortRank = nullptr;
    bool facets = false; // count facet values over every match
};

// Search as you type over model names, aliases, Chinese names, slugs and organisation names
// (English, Chinese, aliases, id), built once from the catalog's data or read back from parts
// saved beside the catalog. Thread-safe: searches may run concurrently on worker threads. Keeps a
// reference to the data's models (for their names): the data must outlive the index.
//
// Records (one per model, ordered by notability then name) are kept normalised in one buffer,
// with an n-gram index to find candidates; a query that extends the previous one narrows the
// previous matches instead of starting over. Several words match as one run-together text
// ("deepseek coder" finds "DeepSeek-Coder") and also each on its own, in any order ("llama
// instruct" finds "Llama-3-8B-Instruct"), ranking just below the same kind of joined match.
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

    // Bumped whenever the saved parts change layout or meaning.
    static constexpr int kFormat = 3;
    // A digest of everything in `data` the index is built from (names, aliases, slugs,
    // organisations, facets), saved with the index: a saved index whose digest differs from its
    // catalog's was made for other content and is not used.
    static QByteArray contentDigest(const CatalogData &data);
    // Writes the index as named parts, to be stored with the catalog it was built from.
    bool save(const IndexPartWriter &write) const;
    // The index saved for `data`; null, with `why` set, when the parts are missing, malformed or
    // were saved for other data. Reading them back is much faster than building the index.
    static std::unique_ptr<SearchIndex> load(const CatalogData &data, const IndexParts &parts,
                                             QString *why);

    // The best `limit` hits, by score, then notability, then name. `cancel` is polled; when it is
    // set the result is marked cancelled and incomplete.
    SearchResult search(const SearchQuery &query, const SearchOptions &options) const;
    SearchResult search(const SearchQuery &query, int limit,
                        const std::atomic_bool *cancel = nullptr) const;
    SearchResult search(const QString &text, int limit) const;

    int modelCount() const { return int(m_order.size()); }
    size_t memoryBytes() const;

private:
    struct Columns;
    struct Filter;
    class TopKeys;
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

    SearchIndex();
    void buildRecords(const CatalogData &data);
    void buildOrgs(const CatalogData &data);
    void buildShortFields();
    static uint64_t shortKey(std::string_view field); // a field of one to three bytes, packed
    // Queries of one to three letters or digits, with no facets, in score order: offers the best
    // `limit` hits to `top` and sets `count`.
    void shortQuery(const std::string &q, int limit, TopKeys &top, qint64 &count) const;
    std::vector<Match> ownMatches(const std::string &q, const Filter &filter,
                                  const std::atomic_bool *cancel, bool *cancelled) const;
    int recordScore(uint32_t record, const std::string &q) const;
    // Records in which every word matches, in the record's own text or its organisation's names.
    std::vector<Match> wordMatches(const std::vector<std::string> &words, const Filter &filter,
                                   const std::atomic_bool *cancel, bool *cancelled) const;
    static std::vector<std::string> queryWords(const QString &text);
    static bool canNarrow(const std::vector<std::string> &from, const std::vector<std::string> &to);
    size_t estimate(const std::string &word) const; // an upper bound of the records holding it
    // Typo-tolerant matches of records that matched neither by text nor by organisation.
    void fuzzyMatches(const std::string &q, const Filter &filter, const std::vector<Match> &own,
                      const std::vector<int> &orgScore, std::vector<Match> &out) const;
    static bool isOwn(const std::vector<Match> &own, uint32_t record);
    // Per organisation, how well `q` names it: whole name, prefix or word start (0: not at all).
    std::vector<int> orgScores(const std::string &q) const;
    std::shared_ptr<const FacetCounts> countFacets(const std::vector<uint32_t> &records) const;

    std::string m_text;                 // records back to back, fields separated by 0x01
    std::vector<uint64_t> m_wordStarts; // bit per byte of m_text: searchtext::WordStart
    std::vector<uint32_t> m_starts;     // record r is [m_starts[r], m_starts[r + 1])
    std::vector<uint32_t> m_order;      // record -> model index
    const std::vector<ModelRecord> *m_models = nullptr; // for names to highlight
    const CatalogData *m_data = nullptr;                // what the index was built from
    std::unique_ptr<Columns> m_columns;
    NgramIndex m_ngrams;

    // Every field of one to three bytes, as shortKey(field) << 32 | record, sorted: the only
    // records a short query can match exactly.
    std::vector<uint64_t> m_shortFields;
    std::vector<Org> m_orgs;
    // Every organisation key from each of its word starts, sorted: the organisations a query
    // names are one binary search away instead of a pass over all of them.
    struct OrgWord
    {
        std::string_view text; // into m_orgs' keys, which never move once built
        uint32_t org;
        bool keyStart;
    };
    std::vector<OrgWord> m_orgWords;

    // The last complete query's own matches, to narrow from while the user types on.
    struct Last
    {
        std::string text;
        QString facets;
        std::vector<uint32_t> records;
    };
    mutable std::mutex m_lastMutex;
    mutable std::shared_ptr<const Last> m_last;
    struct LastWords
    {
        std::vector<std::string> words;
        QString facets;
        std::vector<uint32_t> records;
        std::vector<int> settled; // per record, its weakest score over all words but the last
        std::vector<int> last;    // per record, the last word's score
    };
    mutable std::shared_ptr<const LastWords> m_lastWords;
    // The last answer in score order, returned again for a query that differs only in spacing
    // (a space typed after a word).
    struct LastAnswer
    {
        std::string text;
        std::vector<std::string> words;
        QString facets;
        int limit = 0;
        bool withFacets = false;
        SearchResult result;
    };
    mutable std::shared_ptr<const LastAnswer> m_lastAnswer;
};
