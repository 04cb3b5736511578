// Catalog: reading the per-model tables. At a million models this is most of the time it takes
// to open a catalog, so the work is split over two private read-only connections.
#include "catalogrows.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <climits>
#include <memory>
#include <thread>

namespace {

using Rows = sqlite::Statement;

// Below this many models one thread reads everything: a second thread is not worth starting.
constexpr qint64 kSplitAbove = 50000;
// The fewest bytes a row can take in the file (cell pointer, cell header and record header, one
// byte a column at least): no count read from the file may exceed its size over these.
constexpr qint64 kMinModelRowBytes = 24;
constexpr qint64 kMinLineageRowBytes = 6;

// Runs `sql` and hands each row to `take`. Returns the SQLite error, or an empty string.
template <typename Take>
QString each(const sqlite::Database &db, const char *sql, const Take &take,
             std::initializer_list<qint64> parameters = {})
{
    Rows rows(db, sql, parameters);
    while (rows.next())
        take(rows);
    return rows.error();
}

const QString kMismatch = QStringLiteral(
    "the models table does not hold the models it states (ids missing, not integers, or"
    " changed while read)");

// Model ids to indexes. Ids are 1..n in catalog order: a flat table maps them (a hash costs
// seconds at a million models). Ids far from that (negative, huge, sparse) go to a hash, so that
// a crafted id never sizes an allocation. The flat table may be written from two threads at
// once, each for its own ids; the hash only from one.
class IdMap
{
public:
    IdMap(qint64 minId, qint64 maxId, qint64 count)
    {
        m_flat = count > 0 && minId >= 0 && maxId >= minId && maxId <= 2 * count + 1024;
        if (m_flat)
            m_table.assign(size_t(maxId) + 1, -1);
    }
    bool isFlat() const { return m_flat; }
    // False when the id was already given an index.
    bool set(qint64 id, int index)
    {
        if (m_flat) {
            if (id < 0 || id >= qint64(m_table.size()))
                return true; // cannot happen: ids lie within min..max
            int &slot = m_table[size_t(id)];
            const bool fresh = slot < 0;
            slot = index;
            return fresh;
        }
        auto it = m_hash.find(id);
        if (it != m_hash.end())
            return false;
        m_hash.insert(id, index);
        return true;
    }
    int operator()(qint64 id) const
    {
        if (m_flat)
            return id >= 0 && id < qint64(m_table.size()) ? m_table[size_t(id)] : -1;
        return m_hash.value(id, -1);
    }

private:
    bool m_flat = false;
    std::vector<int> m_table;
    QHash<qint64, int> m_hash;
};

// Fills models[first, last) from the rows with id in [fromId, toId] (both included, so that any
// id can be named), in id order.
QString readModels(const sqlite::Database &db, StringPool &pool, std::vector<ModelRecord> &models,
                   IdMap &indexOfId, size_t first, size_t last, qint64 fromId, qint64 toId)
{
    size_t slot = first;
    bool overflow = false;
    qint64 duplicate = 0;
    bool hasDuplicate = false;
    qint64 overlong = 0;
    bool hasOverlong = false;
    const QString error =
        each(db,
             "SELECT id, slug, name, name_zh, org, kind, released, status, params_total,"
             " params_active, architecture, context_tokens, max_output_tokens, open_weights,"
             " license, price_input, price_output, output_tps, pricing_model, notability,"
             " last_verified, note FROM models WHERE id >= ?1 AND id <= ?2 ORDER BY id",
             [&](const Rows &r) {
                 if (slot == last) {
                     overflow = true;
                     return;
                 }
                 if (!hasOverlong && (r.bytes(1).size() > catalogrows::kMaxNameBytes ||
                                      r.bytes(2).size() > catalogrows::kMaxNameBytes ||
                                      r.bytes(3).size() > catalogrows::kMaxNameBytes)) {
                     hasOverlong = true;
                     overlong = r.integer(0);
                 }
                 ModelRecord &m = models[slot];
                 m.slug = r.text(1);
                 m.name = r.text(2);
                 m.nameZh = r.text(3);
                 m.org = pool(r.bytes(4), 0);
                 m.kind = pool(r.bytes(5), 1);
                 m.released = pool(r.bytes(6), 2);
                 m.status = pool(r.bytes(7), 3);
                 m.paramsTotal = r.optionalInt(8);
                 m.paramsActive = r.optionalInt(9);
                 m.architecture = pool(r.bytes(10), 4);
                 m.contextTokens = r.optionalInt(11);
                 m.maxOutputTokens = r.optionalInt(12);
                 m.openWeights = r.integer(13) != 0;
                 m.license = pool(r.bytes(14), 5);
                 m.priceInput = r.optionalDouble(15);
                 m.priceOutput = r.optionalDouble(16);
                 m.outputTps = r.optionalDouble(17);
                 m.pricingModel = pool(r.bytes(18), 6);
                 m.notability = int(r.integer(19));
                 m.lastVerified = pool(r.bytes(20), 7);
                 m.note = r.text(21);
                 const qint64 id = r.integer(0);
                 if (!indexOfId.set(id, int(slot)) && !hasDuplicate) {
                     hasDuplicate = true;
                     duplicate = id;
                 }
                 ++slot;
             },
             {fromId, toId});
    if (!error.isEmpty())
        return error;
    if (hasDuplicate)
        return QStringLiteral("the model id %1 is given twice").arg(duplicate);
    if (hasOverlong)
        return QStringLiteral("the model with id %1 has a slug or name longer than %2 bytes")
            .arg(overlong)
            .arg(catalogrows::kMaxNameBytes);
    return overflow || slot != last ? kMismatch : QString();
}

// Capabilities, aliases, availability and scores.
QString readModelLists(const sqlite::Database &db, StringPool &pool, CatalogData &data,
                       const IdMap &indexOfId)
{
    // Few distinct capability lists exist: models with the same list share one copy. Rows come
    // grouped by model; a model whose rows are not together still gets all of them.
    QSet<QStringList> capabilityLists;
    int listModel = -1;
    QStringList list;
    auto takeList = [&] {
        if (listModel < 0)
            return;
        QStringList &caps = data.models[size_t(listModel)].capabilities;
        const QStringList &shared = *capabilityLists.insert(list);
        if (caps.isEmpty())
            caps = shared;
        else
            caps += shared;
        list.clear();
    };
    QString error =
        each(db, "SELECT model, capability FROM capabilities ORDER BY rowid", [&](const Rows &r) {
            const int i = indexOfId(r.integer(0));
            if (i != listModel) {
                takeList();
                listModel = i;
            }
            if (i >= 0)
                list << pool(r.bytes(1), 8);
        });
    takeList();
    if (!error.isEmpty())
        return error;
    auto eachModelRow = [&](const char *sql, const auto &take) {
        return each(db, sql, [&](const Rows &r) {
            const int i = indexOfId(r.integer(0));
            if (i >= 0)
                take(data.models[size_t(i)], r);
        });
    };
    error = eachModelRow("SELECT model, alias FROM aliases ORDER BY rowid",
                         [&](ModelRecord &m, const Rows &r) {
                             if (m.aliases.size() < catalogrows::kMaxAliasesPerModel &&
                                 r.bytes(1).size() <= catalogrows::kMaxNameBytes)
                                 m.aliases << r.text(1);
                         });
    if (error.isEmpty())
        error = eachModelRow("SELECT model, channel, state FROM availability ORDER BY rowid",
                             [&](ModelRecord &m, const Rows &r) {
                                 m.availability.insert(pool(r.bytes(1), 9), pool(r.bytes(2), 10));
                             });
    if (error.isEmpty())
        error = each(db,
                     "SELECT model, benchmark, value, source, as_of FROM scores"
                     " ORDER BY model, rowid",
                     [&](const Rows &r) {
                         const int i = indexOfId(r.integer(0));
                         if (i >= 0)
                             data.scores.push_back({i, pool(r.bytes(1), 11), r.real(2),
                                                    pool(r.bytes(3), 12), pool(r.bytes(4), 13)});
                     });
    return error;
}

// The lineage with the models' ids in place of their indexes, so that it can be read before the
// models are; mapIds() then turns them into indexes.
QString readLineage(const sqlite::Database &db, StringPool &pool,
                    std::vector<LineageRecord> &lineage,
                    std::vector<std::pair<qint64, qint64>> &ids, qint64 fileBytes)
{
    QString error = each(db, "SELECT count(*) FROM lineage", [&](const Rows &r) {
        const qint64 n = r.integer(0);
        if (n >= 0 && n <= fileBytes / kMinLineageRowBytes) {
            lineage.reserve(size_t(n));
            ids.reserve(size_t(n));
        }
    });
    if (error.isEmpty())
        error = each(db, "SELECT child, parent, relation, source FROM lineage ORDER BY rowid",
                     [&](const Rows &r) {
                         ids.emplace_back(r.integer(0), r.integer(1));
                         lineage.push_back({-1, -1, pool(r.bytes(2), 14), pool(r.bytes(3), 15)});
                     });
    return error;
}

// Gives each edge the indexes of the models its ids name; edges naming a missing model, or a
// model as its own parent, are dropped.
void mapIds(std::vector<LineageRecord> &lineage, const std::vector<std::pair<qint64, qint64>> &ids,
            const IdMap &indexOfId)
{
    for (size_t e = 0; e < lineage.size(); ++e) {
        lineage[e].child = indexOfId(ids[e].first);
        lineage[e].parent = indexOfId(ids[e].second);
        if (lineage[e].child == lineage[e].parent)
            lineage[e].child = -1;
    }
    lineage.erase(
        std::remove_if(lineage.begin(), lineage.end(),
                       [](const LineageRecord &l) { return l.child < 0 || l.parent < 0; }),
        lineage.end());
}

} // namespace

QString catalogrows::readModelTables(const CatalogSource &source, CatalogData &data,
                                     qint64 knownCount, qint64 fileBytes)
{
    const sqlite::Database first = source.connect();
    if (!first.isOpen())
        return first.error();
    // The first and last ids are found in the key's B-tree; counting rows reads the whole table,
    // which is a tenth of the time to open a million models. When the count stated in the meta
    // table is the span of the ids (and the file can hold that many rows), the ids are dense and
    // it is the count.
    qint64 minId = 0, maxId = -1, count = -1;
    bool integerIds = true;
    QString error = each(first, "SELECT min(id), max(id) FROM models", [&](const Rows &r) {
        integerIds = (r.isNull(0) || r.isInteger(0)) && (r.isNull(1) || r.isInteger(1));
        minId = r.isNull(0) ? 0 : r.integer(0);
        maxId = r.isNull(1) ? -1 : r.integer(1);
    });
    if (!error.isEmpty())
        return error;
    if (!integerIds)
        return QStringLiteral("the models table holds ids that are not integers");
    const qint64 maxRows = fileBytes / kMinModelRowBytes;
    qint64 span = 0; // maxId - minId + 1, when it fits
    const bool spanFits = maxId < minId || (!__builtin_sub_overflow(maxId, minId, &span) &&
                                            !__builtin_add_overflow(span, 1, &span));
    if (maxId < minId)
        span = 0;
    const bool dense = knownCount >= 0 && knownCount <= maxRows && spanFits && knownCount == span;
    if (dense)
        count = knownCount;
    else
        error = each(first, "SELECT count(*) FROM models",
                     [&](const Rows &r) { count = std::max<qint64>(0, r.integer(0)); });
    if (!error.isEmpty())
        return error;
    if (count > maxRows || count > INT_MAX)
        return QStringLiteral("the models table claims %1 rows, more than the file can hold")
            .arg(count);
    IdMap indexOfId(minId, maxId, count);
    // A large table is read by two threads, each over its own connection; a small one by this
    // thread alone, in the same steps.
    const bool split = count >= kSplitAbove && indexOfId.isFlat();
    sqlite::Database second;
    if (split) {
        second = source.connect();
        if (!second.isOpen())
            return second.error();
    }
    const sqlite::Database &otherDb = split ? second : first;
    StringPool pool;
    QString secondError;
    std::thread worker;
    auto beside = [&](auto task) {
        if (split)
            worker = std::thread(task);
        else
            task();
    };
    // Waits for the worker: the first thread's error, else the second's, else empty.
    auto joined = [&] {
        if (worker.joinable())
            worker.join();
        return !error.isEmpty() ? error : secondError;
    };

    // The lineage is read beside the allocation of the records, which is mostly page faults.
    std::vector<std::pair<qint64, qint64>> lineageIds;
    beside([&] {
        StringPool own;
        secondError = readLineage(otherDb, split ? own : pool, data.lineage, lineageIds, fileBytes);
    });
    data.models.clear();
    data.models.shrink_to_fit();
    data.models.reserve(size_t(count));
    data.models.resize(size_t(count));
    const qint64 half = split ? count / 2 : count;
    qint64 splitId = split ? minId + half : INT64_MAX;
    if (split && !dense)
        error = each(first, "SELECT id FROM models ORDER BY id LIMIT 1 OFFSET ?1",
                     [&](const Rows &r) { splitId = r.integer(0); }, {half});
    if (const QString e = joined(); !e.isEmpty())
        return e;

    // The two halves of the models at once, then the slug index beside the lists.
    if (half < count)
        beside([&] {
            StringPool own;
            secondError = readModels(otherDb, own, data.models, indexOfId, size_t(half),
                                     size_t(count), splitId, INT64_MAX);
        });
    error = readModels(first, pool, data.models, indexOfId, 0, size_t(half), INT64_MIN,
                       split ? splitId - 1 : INT64_MAX);
    if (const QString e = joined(); !e.isEmpty())
        return e;
    beside([&] {
        mapIds(data.lineage, lineageIds, indexOfId);
        data.indexModels();
    });
    error = readModelLists(first, pool, data, indexOfId);
    return joined();
}
