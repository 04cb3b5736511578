#pragma once

#include "searchindex.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

struct CatalogData;
struct ModelRecord;

// The models matching the search box, best first or in the order of a column. Each query runs
// on a worker thread (QtConcurrent); starting a new one cancels the one in flight, and results
// are swapped in with a single model reset, so typing never waits for a search. Each result
// carries the facet counts of every match.
class SearchModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        OrgColumn,
        ReleasedColumn,
        ContextColumn,
        PriceColumn,
        IntelligenceColumn,
        SpeedColumn,
        ColumnCount
    };
    enum Role {
        SlugRole = Qt::UserRole + 1,
        ModelIndexRole,  // index into CatalogData::models
        ScoreRole,       // SearchHit::score
        MatchRangesRole, // QList<QPair<int, int>>: (start, length) of the display text to mark
    };

    // `data` must outlive the model (its destructor waits for every worker that reads it); the
    // index is shared with the worker threads.
    SearchModel(const CatalogData &data, std::shared_ptr<const SearchIndex> index,
                QObject *parent = nullptr);
    ~SearchModel() override;

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    void setLimit(int limit);
    // Sorts again when the interface language changed and the rows are in name or
    // organisation order, whose names and collation follow the language.
    void languageChanged();
    int limit() const { return m_limit; }

    // A column, or -1 for the search's own order (best match first).
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    qint64 matchCount() const { return m_result.count; }
    std::shared_ptr<const FacetCounts> facets() const { return m_result.facets; }
    QList<SearchQueryError> queryErrors() const { return m_errors; }
    bool isSearching() const { return m_running; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Rows drag out as their slugs, one per line (text/plain and the compare view's own type).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void resultsChanged(); // after the rows were replaced

private:
    class SortRanks;
    void start();
    void finished();
    QVariant display(const ModelRecord &m, int model, int column) const;

    const CatalogData &m_data;
    std::shared_ptr<const SearchIndex> m_index;
    std::shared_ptr<SortRanks> m_ranks;
    QString m_query;
    QString m_language; // the language the latest search was started in
    std::string m_normalised;
    QList<SearchQueryError> m_errors;
    int m_limit = 1000;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    SearchResult m_result;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<SearchResult> m_watcher;  // the latest search
    QList<QFuture<SearchResult>> m_inFlight; // every search started and not yet seen finished
    quint64 m_generation = 0;
    quint64 m_running = 0; // generation in flight, 0 when idle
};
