#include "searchmodel.h"

#include "cataloglabels.h"
#include "records.h"
#include "searchtext.h"

#include <QtConcurrent/QtConcurrentRun>

SearchModel::SearchModel(const CatalogData &data, std::shared_ptr<const SearchIndex> index,
                         QObject *parent)
    : QAbstractTableModel(parent), m_data(data), m_index(std::move(index))
{
    connect(&m_watcher, &QFutureWatcher<SearchResult>::finished, this, &SearchModel::finished);
    start();
}

SearchModel::~SearchModel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void SearchModel::setQuery(const QString &text)
{
    if (text == m_query)
        return;
    m_query = text;
    start();
}

void SearchModel::setLimit(int limit)
{
    if (limit == m_limit)
        return;
    m_limit = limit;
    start();
}

void SearchModel::start()
{
    if (m_cancel)
        m_cancel->store(true); // the running search stops at its next check
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const SearchQuery query = SearchQuery::parse(m_query);
    m_errors = query.errors;
    m_running = ++m_generation;
    // The worker owns copies of everything it reads, so it may outlive a newer request.
    m_watcher.setFuture(
        QtConcurrent::run([index = m_index, query, limit = m_limit, cancel = m_cancel] {
            return index->search(query, limit, cancel.get());
        }));
}

void SearchModel::finished()
{
    // setFuture() on a new search detaches the watcher from the old one, so a finished signal
    // is for the latest request; a cancelled result is never shown.
    const SearchResult result = m_watcher.future().result();
    if (result.cancelled || m_watcher.isCanceled())
        return;
    beginResetModel();
    m_result = result;
    m_normalised = searchtext::normalise(SearchQuery::parse(m_query).text);
    m_running = 0;
    endResetModel();
    emit resultsChanged();
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.hits.size());
}

int SearchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_result.hits[size_t(index.row())];
    if (hit.model < 0 || hit.model >= int(m_data.models.size()))
        return {};
    const ModelRecord &m = m_data.models[size_t(hit.model)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return labels::modelName(m);
        case OrgColumn:
            return labels::orgName(m_data, m.org);
        case ReleasedColumn:
            return m.released;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !m.nameZh.isEmpty())
            return m.name + " · " + m.nameZh;
        break;
    case SlugRole:
        return m.slug;
    case ModelIndexRole:
        return hit.model;
    case ScoreRole:
        return hit.score;
    case MatchRangesRole: {
        if (index.column() != NameColumn)
            return QVariant::fromValue(QList<QPair<int, int>>());
        // The ranges were found in the English name; the shown name may be the Chinese one.
        const QString shown = labels::modelName(m);
        return QVariant::fromValue(shown == m.name ? hit.ranges
                                                   : searchtext::matchRanges(shown, m_normalised));
    }
    }
    return {};
}

QVariant SearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OrgColumn:
        return tr("Organisation");
    case ReleasedColumn:
        return tr("Released");
    }
    return {};
}
