#include "searchmodel.h"

#include "cardstats.h"
#include "cardtext.h"
#include "cataloglabels.h"
#include "compareview.h"
#include "records.h"
#include "searchtext.h"

#include <QLocale>
#include <QMimeData>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <tuple>

// Per column, order and language, every model's place in that order. Computed on a worker the
// first time a search needs it, then shared by later searches.
class SearchModel::SortRanks
{
public:
    explicit SortRanks(const CatalogData &data) : m_data(data) {}

    using Ranks = std::shared_ptr<const std::vector<uint32_t>>;
    Ranks get(int column, Qt::SortOrder order, const QString &language)
    {
        // Held while computing, so that close() waits for a computation in progress.
        std::lock_guard lock(m_mutex);
        if (m_closed)
            return nullptr;
        Ranks &r = m_cache[{column, int(order), language}];
        if (!r)
            r = std::make_shared<const std::vector<uint32_t>>(compute(column, order));
        return r;
    }

    // After this no worker reads the catalog's data any more.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }

private:
    std::vector<uint32_t> compute(int column, Qt::SortOrder order) const;

    const CatalogData &m_data;
    std::mutex m_mutex;
    bool m_closed = false;
    std::map<std::tuple<int, int, QString>, Ranks> m_cache;
};

namespace {

std::optional<double> intelligence(const CatalogData &data, int model)
{
    return data.score(model, card::measureBenchmark(card::Measure::Reasoning));
}

// "2024-06-17" -> 20240617, "2024" -> 20240000; unknown -> NaN.
double releaseNumber(const QString &released)
{
    const QStringList parts = released.split('-');
    bool ok = false;
    const int year = parts.value(0).toInt(&ok);
    if (!ok)
        return NAN;
    return year * 10000.0 + parts.value(1).toInt() * 100 + parts.value(2).toInt();
}

} // namespace

std::vector<uint32_t> SearchModel::SortRanks::compute(int column, Qt::SortOrder order) const
{
    const size_t n = m_data.models.size();
    const bool descending = order == Qt::DescendingOrder;
    std::vector<uint32_t> byOrder(n);
    std::iota(byOrder.begin(), byOrder.end(), 0u);
    // Names and organisations compare as text; everything else as a number. Unknown values go
    // last in both directions; ties keep the most notable first.
    std::vector<double> value;
    std::vector<int> orgPlace;
    if (column == OrgColumn) {
        std::vector<int> orgs(m_data.orgs.size());
        std::iota(orgs.begin(), orgs.end(), 0);
        std::sort(orgs.begin(), orgs.end(), [&](int a, int b) {
            return labels::orgName(m_data, m_data.orgs[size_t(a)].id)
                       .compare(labels::orgName(m_data, m_data.orgs[size_t(b)].id),
                                Qt::CaseInsensitive) < 0;
        });
        std::vector<int> place(orgs.size());
        for (size_t i = 0; i < orgs.size(); ++i)
            place[size_t(orgs[i])] = int(i);
        orgPlace.resize(n);
        for (size_t i = 0; i < n; ++i) {
            const int o = m_data.orgById.value(m_data.models[i].org, -1);
            orgPlace[i] = o < 0 ? -1 : place[size_t(o)];
        }
    } else if (column != NameColumn) {
        value.assign(n, NAN);
        for (size_t i = 0; i < n; ++i) {
            const ModelRecord &m = m_data.models[i];
            std::optional<double> v;
            if (column == ReleasedColumn)
                v = releaseNumber(m.released);
            else if (column == ContextColumn && m.contextTokens)
                v = double(*m.contextTokens);
            else if (column == PriceColumn)
                v = m.priceOutput;
            else if (column == SpeedColumn)
                v = m.outputTps;
            value[i] = v.value_or(NAN);
        }
        if (column == IntelligenceColumn)
            for (const ScoreRecord &s : m_data.scores)
                if (s.benchmark == card::measureBenchmark(card::Measure::Reasoning))
                    value[size_t(s.model)] = s.value;
    }
    auto tie = [&](uint32_t a, uint32_t b) {
        const int na = m_data.models[a].notability, nb = m_data.models[b].notability;
        return na != nb ? na > nb : a < b;
    };
    std::sort(byOrder.begin(), byOrder.end(), [&](uint32_t a, uint32_t b) {
        int c = 0;
        if (column == NameColumn) {
            c = labels::modelName(m_data.models[a])
                    .compare(labels::modelName(m_data.models[b]), Qt::CaseInsensitive);
        } else if (column == OrgColumn) {
            if ((orgPlace[a] < 0) != (orgPlace[b] < 0))
                return orgPlace[a] >= 0;
            c = orgPlace[a] - orgPlace[b];
        } else {
            if (std::isnan(value[a]) != std::isnan(value[b]))
                return !std::isnan(value[a]);
            c = value[a] < value[b] ? -1 : value[a] > value[b] ? 1 : 0;
        }
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return tie(a, b);
    });
    std::vector<uint32_t> rank(n);
    for (size_t i = 0; i < n; ++i)
        rank[byOrder[i]] = uint32_t(i);
    return rank;
}

SearchModel::SearchModel(const CatalogData &data, std::shared_ptr<const SearchIndex> index,
                         QObject *parent)
    : QAbstractTableModel(parent), m_data(data), m_index(std::move(index)),
      m_ranks(std::make_shared<SortRanks>(data))
{
    connect(&m_watcher, &QFutureWatcher<SearchResult>::finished, this, &SearchModel::finished);
    start();
}

SearchModel::~SearchModel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_ranks->close();
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
    // The worker owns copies of everything it reads, so it may outlive a newer request.
    m_watcher.setFuture(QtConcurrent::run(
        [index = m_index, query, limit = m_limit, cancel = m_cancel, ranks = m_ranks,
         column = m_sortColumn, order = m_sortOrder, language = labels::textLanguage()] {
            SearchOptions options;
            options.limit = limit;
            options.cancel = cancel.get();
            options.facets = true;
            const SortRanks::Ranks rank =
                column >= 0 ? ranks->get(column, order, language) : SortRanks::Ranks();
            options.sortRank = rank.get();
            return index->search(query, options);
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
