#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>
#include <type_traits>
#include <vector>

// Plain records shared by the source reader, the catalog writer and the read-only catalog.

struct OrgRecord
{
    QString id;
    QString name;
    QString nameZh;
    QString country;
    QString url;
    QString color;
    QStringList aliases;
};

struct BenchmarkRecord
{
    QString id;
    QString name;
    QString nameZh;
    QString unit; // "points" or "percent"
    double min = 0;
    double max = 100;
    QString url;
};

struct CapabilityRecord
{
    QString id;
    QString name;
    QString nameZh;
    QString meaning;
    QString meaningZh;
};

// An optional number kept in the number itself: a reserved value (NaN, or the lowest integer)
// stands for "not reported". Half the size of std::optional, which is 56 MB at a million models;
// read and written like one.
template <typename T> class CompactOptional
{
    static_assert(std::is_arithmetic_v<T>);

public:
    constexpr CompactOptional() = default;
    constexpr CompactOptional(std::nullopt_t) {}
    constexpr CompactOptional(T value) : m_value(value) {}
    constexpr CompactOptional(const std::optional<T> &value) : m_value(value ? *value : none()) {}
    constexpr CompactOptional &operator=(std::nullopt_t)
    {
        m_value = none();
        return *this;
    }
    constexpr bool has_value() const { return !isNone(m_value); }
    constexpr explicit operator bool() const { return has_value(); }
    constexpr const T &operator*() const { return m_value; }
    constexpr T value_or(T fallback) const { return has_value() ? m_value : fallback; }
    constexpr void reset() { m_value = none(); }
    constexpr operator std::optional<T>() const
    {
        return has_value() ? std::optional<T>(m_value) : std::nullopt;
    }
    friend constexpr bool operator==(const CompactOptional &a, const CompactOptional &b)
    {
        return a.has_value() == b.has_value() && (!a.has_value() || a.m_value == b.m_value);
    }
    friend constexpr bool operator==(const CompactOptional &a, std::nullopt_t)
    {
        return !a.has_value();
    }

private:
    static constexpr T none()
    {
        if constexpr (std::is_floating_point_v<T>)
            return std::numeric_limits<T>::quiet_NaN();
        else
            return std::numeric_limits<T>::lowest();
    }
    static constexpr bool isNone(T value)
    {
        if constexpr (std::is_floating_point_v<T>)
            return value != value; // NaN
        else
            return value == std::numeric_limits<T>::lowest();
    }
    T m_value = none();
};

struct ModelRecord
{
    QString slug;
    QString name;
    QString nameZh;
    QString org;
    QString kind;
    QString status;
    QString released; // YYYY, YYYY-MM or YYYY-MM-DD
    CompactOptional<qint64> paramsTotal;
    CompactOptional<qint64> paramsActive;
    QString architecture;
    CompactOptional<qint64> contextTokens;
    CompactOptional<qint64> maxOutputTokens;
    bool openWeights = false;
    QString license;
    CompactOptional<double> priceInput;  // USD per million tokens, first party
    CompactOptional<double> priceOutput; // USD per million tokens, first party
    CompactOptional<double> outputTps;
    QString pricingModel;
    int notability = 0;
    QString lastVerified;
    QString note;
    QStringList capabilities;
    QStringList aliases;
    QMap<QString, QString> availability; // api, product, open_source, enterprise -> state
};

struct ScoreRecord
{
    int model = -1; // index into CatalogData::models
    QString benchmark;
    double value = 0;
    QString source;
    QString asOf;
};

struct LineageRecord
{
    int child = -1; // indexes into CatalogData::models
    int parent = -1;
    QString relation;
    QString source;
};

struct SourceLink
{
    QString url;
    QString title;
    QString verified;
};

struct ModelText
{
    QString tagline;
    QString summary;
    QString whyItMatters;
    QStringList feelsLike;
    QStringList bestFor;
    QStringList notIdealFor;
    QStringList tools;
};

// The prose and links of one model; loaded on demand by the read-only catalog.
struct ModelDetails
{
    QMap<QString, ModelText> text;   // lang ("en", "zh_CN") -> text
    QMap<QString, QString> articles; // lang -> markdown
    QList<SourceLink> sources;
};

// Model indexes by slug: an open-addressing table of indexes into the models, which hold the
// slugs themselves. A fraction of the memory and build time of a QHash<QString, int> at a million
// models. The models are passed in, so that copies of the data stay valid.
class SlugIndex
{
public:
    void clear();
    void reserve(size_t count);
    int find(QStringView slug, const std::vector<ModelRecord> &models) const; // -1: none
    // Adds or replaces; the model at `index` need not exist yet.
    void insert(QStringView slug, int index, const std::vector<ModelRecord> &models);

private:
    struct Slot
    {
        size_t hash = 0;
        int index = -1; // -1: free
    };
    size_t probe(QStringView slug, size_t hash, const std::vector<ModelRecord> &models) const;
    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

// Everything kept in memory for search, statistics and lineage.
struct CatalogData
{
    std::vector<OrgRecord> orgs;
    std::vector<BenchmarkRecord> benchmarks;
    std::vector<CapabilityRecord> capabilities;
    std::vector<ModelRecord> models;
    std::vector<ScoreRecord> scores;
    std::vector<LineageRecord> lineage;

    // Lookup helpers; rebuilt by index().
    SlugIndex modelBySlug;
    // Per model, indexes into `lineage` of the edges it is the child or parent of, in order:
    // model m's are edgeIndex[edgeOffsets[m], edgeOffsets[m + 1]).
    std::vector<int> edgeOffsets, edgeIndex;
    QHash<QString, int> orgById;
    QHash<QString, int> benchmarkById;

    void index();
    // The two halves of index(), which may run at once on different threads.
    void indexModels();
    void indexAllButModels();
    int model(const QString &slug) const { return modelBySlug.find(slug, models); }
    const OrgRecord *org(const QString &id) const;
    const BenchmarkRecord *benchmark(const QString &id) const;
    std::optional<double> score(int model, const QString &benchmark) const;
    // The lineage edges touching `model` (indexes into `lineage`, in order), and its scores.
    std::vector<int> edgesOf(int model) const;
    std::vector<const ScoreRecord *> scoresOf(int model) const;
};

namespace relation {
// Relations that place a child after its parent in time and form the lineage tree.
bool isLineage(const QString &relation);
QStringList all();
} // namespace relation
