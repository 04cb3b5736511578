#include "searchmodel.h"

#include "cardstats.h"
#include "cardtext.h"
#include "cataloglabels.h"
#include "compareview.h"
#include "records.h"
#include "searchtext.h"
#include "sortorder.h"

#include <QLocale>
#include <QMimeData>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <tuple>

// Per column, order and language, every model's place in that order. Computed on a worker the
// first time a search needs it, then shared by later searches. It holds no reference to the
// catalog: each worker passes in the data it was started with.
class SearchModel::SortRanks
{
public:
    using Ranks = std::shared_ptr<const std::vector<uint32_t>>;
    // Null when `cancel` was set before the order was known.
    Ranks get(const CatalogData &data, int column, Qt::SortOrder order, const QString &language,
              const std::atomic_bool *cancel)
    {
        // Held while computing: two searches wanting the same order compute it once.
        std::lock_guard lock(m_mutex);
        Ranks &r = m_cache[{column, int(order), language}];
        if (!r) {
            std::vector<uint32_t> ranks = sortorder::ranks(
                data, keyOf(column), order == Qt::DescendingOrder, language, cancel);
            if (ranks.size() != data.models.size())
                return nullptr; // cancelled: computed again by the next search that needs it
            r = std::make_shared<const std::vector<uint32_t>>(std::move(ranks));
        }
        return r;
    }

private:
    static sortorder::Key keyOf(int column)
    {
        switch (column) {
        case OrgColumn:
            return sortorder::Key::Organisation;
        case ReleasedColumn:
            return sortorder::Key::Released;
        case ContextColumn:
            return sortorder::Key::Context;
        case PriceColumn:
            return sortorder::Key::Price;
        case IntelligenceColumn:
            return sortorder::Key::Intelligence;
        case SpeedColumn:
            return sortorder::Key::Speed;
        default:
            return sortorder::Key::Name;
        }
    }

    std::mutex m_mutex;
    std::map<std::tuple<int, int, QString>, Ranks> m_cache;
};

namespace {

std::optional<double> intelligence(const CatalogData &data, int model)
{
    return data.score(model, card::measureBenchmark(card::Measure::Reasoning));
}

} // namespace

SearchModel::SearchModel(const CatalogData &data, std::shared_ptr<const SearchIndex> index,
                         QObject *parent)
    : QAbstractTableModel(parent), m_data(data), m_index(std::move(index)),
      m_ranks(std::make_shared<SortRanks>())
{
    connect(&m_watcher, &QFutureWatcher<SearchResult>::finished, this, &SearchModel::finished);
    start();
}

SearchModel::~SearchModel()
{
    // Every search this model started reads the catalog's data, which its owner frees after
    // this model: all of them stop and are waited for here, not only the latest.
    if (m_cancel)
        m_cancel->store(true);
    for (QFuture<SearchResult> &f : m_inFlight)
        f.waitForFinished();
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

void SearchModel::languageChanged()
{
    if (labels::textLanguage() != m_language &&
        (m_sortColumn == NameColumn || m_sortColumn == OrgColumn))
        start();
}

void SearchModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
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
    m_language = labels::textLanguage();
    // The worker gets everything by value (the language too: it reads no global state), and
    // the catalog's data by reference: the destructor waits for every worker still running.
    const QFuture<SearchResult> future = QtConcurrent::run(
        [data = &m_data, index = m_index, query, limit = m_limit, cancel = m_cancel,
         ranks = m_ranks, column = m_sortColumn, order = m_sortOrder, language = m_language] {
            SearchOptions options;
            options.limit = limit;
            options.cancel = cancel.get();
            options.facets = true;
            const SortRanks::Ranks rank =
                column >= 0 ? ranks->get(*data, column, order, language, cancel.get())
                            : SortRanks::Ranks();
            if (column >= 0 && !rank) {
                SearchResult stopped;
                stopped.cancelled = true;
                return stopped;
            }
            options.sortRank = rank.get();
            return index->search(query, options);
        });
    m_inFlight.removeIf([](const QFuture<SearchResult> &f) { return f.isFinished(); });
    m_inFlight.append(future);
    m_watcher.setFuture(future);
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

QVariant SearchModel::display(const ModelRecord &m, int model, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return labels::modelName(m);
    case OrgColumn:
        return labels::orgName(m_data, m.org);
    case ReleasedColumn:
        return m.released.isEmpty() ? labels::notReported() : m.released;
    case ContextColumn:
        return m.contextTokens ? card::contextShort(*m.contextTokens) : labels::notReported();
    case PriceColumn:
        return m.priceOutput ? QStringLiteral("$") + locale.toString(*m.priceOutput, 'f', 2)
                             : labels::notReported();
    case IntelligenceColumn: {
        const auto v = intelligence(m_data, model);
        return v ? locale.toString(*v, 'f', 1) : labels::notReported();
    }
    case SpeedColumn:
        return m.outputTps ? tr("%1 tok/s").arg(locale.toString(*m.outputTps, 'f', 0))
                           : labels::notReported();
    }
    return {};
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
        return display(m, hit.model, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= ContextColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                               : QVariant();
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
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case OrgColumn:
            return tr("Organisation");
        case ReleasedColumn:
            return tr("Released");
        case ContextColumn:
            return tr("Context");
        case PriceColumn:
            return tr("Price");
        case IntelligenceColumn:
            return tr("Intelligence");
        case SpeedColumn:
            return tr("Speed");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case ContextColumn:
            return tr("Context window, in tokens");
        case PriceColumn:
            return tr("First-party price for output, US dollars per million tokens");
        case IntelligenceColumn:
            return tr("Artificial Analysis Intelligence Index");
        case SpeedColumn:
            return tr("Output tokens per second");
        }
    }
    return {};
}

Qt::ItemFlags SearchModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f;
}

QStringList SearchModel::mimeTypes() const
{
    return {QString::fromLatin1(CompareView::kSlugMimeType), QStringLiteral("text/plain")};
}

QMimeData *SearchModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList slugs;
    for (const QModelIndex &index : indexes) {
        const QString slug = index.data(SlugRole).toString();
        if (!slug.isEmpty() && !slugs.contains(slug))
            slugs << slug;
    }
    auto *mime = new QMimeData;
    mime->setData(CompareView::kSlugMimeType, slugs.join('\n').toUtf8());
    mime->setText(slugs.join('\n'));
    return mime;
}
