#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
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

struct ModelRecord
{
    QString slug;
    QString name;
    QString nameZh;
    QString org;
    QString kind;
    QString status;
    QString released; // YYYY, YYYY-MM or YYYY-MM-DD
    std::optional<qint64> paramsTotal;
    std::optional<qint64> paramsActive;
    QString architecture;
    std::optional<qint64> contextTokens;
    std::optional<qint64> maxOutputTokens;
    bool openWeights = false;
    QString license;
    std::optional<double> priceInput;  // USD per million tokens, first party
    std::optional<double> priceOutput; // USD per million tokens, first party
    std::optional<double> outputTps;
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
    QHash<QString, int> orgById;
    QHash<QString, int> benchmarkById;

    void index();
    // The two halves of index(), which may run at once on different threads.
    void indexModels();
    void indexOrgsAndScores();
    int model(const QString &slug) const { return modelBySlug.find(slug, models); }
    const OrgRecord *org(const QString &id) const;
    const BenchmarkRecord *benchmark(const QString &id) const;
    std::optional<double> score(int model, const QString &benchmark) const;
};

namespace relation {
// Relations that place a child after its parent in time and form the lineage tree.
bool isLineage(const QString &relation);
QStringList all();
} // namespace relation
