// Catalog: reading the per-model tables. At a million models this is most of the time it takes
// to open a catalog, so the work is split over two private read-only connections.
#include "catalogrows.h"

#include <QFile>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <climits>
#include <memory>
#include <thread>

namespace {

// Below this many models one thread reads everything: a second thread is not worth starting.
constexpr qint64 kSplitAbove = 50000;

// Runs `sql` and hands each row to `take`. Returns the SQLite error, or an empty string.
template <typename Take>
QString each(sqlite3 *db, const char *sql, const Take &take,
             std::initializer_list<qint64> parameters = {})
{
    Rows rows(db, sql, parameters);
    while (rows.next())
        take(rows);
    return rows.error();
}

const QString kChanged = QStringLiteral("the models table changed while it was read");

// Fills models[first, last) from the rows with id in [fromId, toId), in id order.
QString readModels(sqlite3 *db, StringPool &pool, std::vector<ModelRecord> &models,
                   std::vector<int> &indexOfId, size_t first, size_t last, qint64 fromId,
                   qint64 toId)
{
    size_t slot = first;
    bool overflow = false;
    const QString error =
        each(db,
             "SELECT id, slug, name, name_zh, org, kind, released, status, params_total,"
             " params_active, architecture, context_tokens, max_output_tokens, open_weights,"
             " license, price_input, price_output, output_tps, pricing_model, notability,"
             " last_verified, note FROM models WHERE id >= ?1 AND id < ?2 ORDER BY id",
             [&](const Rows &r) {
                 if (slot == last) {
                     overflow = true;
                     return;
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
                 if (id >= 0 && id < qint64(indexOfId.size()))
                     indexOfId[size_t(id)] = int(slot);
                 ++slot;
             },
             {fromId, toId});
    if (!error.isEmpty())
        return error;
    return overflow || slot != last ? kChanged : QString();
}

// Capabilities, aliases, availability and scores.
QString readModelLists(sqlite3 *db, StringPool &pool, CatalogData &data,
                       const std::vector<int> &indexOfIdTable)
{
    auto indexOfId = [&](qint64 id) {
        return id >= 0 && id < qint64(indexOfIdTable.size()) ? indexOfIdTable[size_t(id)] : -1;
    };
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
                         [&](ModelRecord &m, const Rows &r) { m.aliases << r.text(1); });
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
QString readLineage(sqlite3 *db, StringPool &pool, std::vector<LineageRecord> &lineage)
{
    QString error = each(db, "SELECT count(*) FROM lineage", [&](const Rows &r) {
        lineage.reserve(size_t(std::max<qint64>(0, r.integer(0))));
    });
    if (error.isEmpty())
        error =
            each(db, "SELECT child, parent, relation, source FROM lineage ORDER BY rowid",
                 [&](const Rows &r) {
                     auto id = [&](int i) {
                         const qint64 v = r.integer(i);
                         return v >= 0 && v <= INT_MAX ? int(v) : -1;
                     };
                     lineage.push_back({id(0), id(1), pool(r.bytes(2), 14), pool(r.bytes(3), 15)});
                 });
    return error;
}

// Replaces the ids in each edge by model indexes; edges naming a missing model are dropped.
void mapIds(std::vector<LineageRecord> &lineage, const std::vector<int> &indexOfId)
{
    auto index = [&](int id) {
        return id >= 0 && size_t(id) < indexOfId.size() ? indexOfId[size_t(id)] : -1;
    };
    for (LineageRecord &l : lineage) {
        l.child = index(l.child);
        l.parent = index(l.parent);
    }
    lineage.erase(
        std::remove_if(lineage.begin(), lineage.end(),
                       [](const LineageRecord &l) { return l.child < 0 || l.parent < 0; }),
        lineage.end());
}

} // namespace

QString catalogrows::readModelTables(const QString &path, CatalogData &data, qint64 knownCount)
{
    Connection first(path);
    if (!first.error.isEmpty())
        return first.error;
    // The first and last ids are found in the key's B-tree; counting rows reads the whole table,
    // which is a tenth of the time to open a million models. When the count stated in the meta
    // table is the span of the ids, the ids are dense and it is the count.
    qint64 minId = 0, maxId = -1, count = -1;
    QString error = each(first.db, "SELECT min(id), max(id) FROM models", [&](const Rows &r) {
        minId = r.isNull(0) ? 0 : r.integer(0);
        maxId = r.isNull(1) ? -1 : r.integer(1);
    });
    if (!error.isEmpty())
        return error;
    const bool dense = knownCount >= 0 && knownCount == (maxId < 0 ? 0 : maxId - minId + 1);
    if (dense)
        count = knownCount;
    else
        error = each(first.db, "SELECT count(*) FROM models",
                     [&](const Rows &r) { count = std::max<qint64>(0, r.integer(0)); });
    if (!error.isEmpty())
        return error;
    // A large table is read by two threads, each over its own connection; a small one by this
    // thread alone, in the same steps.
    const bool split = count >= kSplitAbove;
    const std::unique_ptr<Connection> second(split ? new Connection(path) : nullptr);
    if (second && !second->error.isEmpty())
        return second->error;
    sqlite3 *const otherDb = second ? second->db : first.db;
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
    beside([&] {
        StringPool own;
        secondError = readLineage(otherDb, split ? own : pool, data.lineage);
    });
    // Ids are 1..n in catalog order: a flat table maps them to indexes (a hash costs seconds at a
    // million models).
    std::vector<int> indexOfId;
    if (maxId >= 0 && maxId < (qint64(1) << 28))
        indexOfId.assign(size_t(maxId) + 1, -1);
    data.models.clear();
    data.models.shrink_to_fit();
    data.models.reserve(size_t(count));
    data.models.resize(size_t(count));
    const qint64 half = split ? count / 2 : count;
    qint64 splitId = split ? minId + half : INT64_MAX;
    if (split && !dense)
        error = each(first.db, "SELECT id FROM models ORDER BY id LIMIT 1 OFFSET ?1",
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
    error = readModels(first.db, pool, data.models, indexOfId, 0, size_t(half), INT64_MIN, splitId);
    if (const QString e = joined(); !e.isEmpty())
        return e;
    beside([&] {
        mapIds(data.lineage, indexOfId);
        data.indexModels();
    });
    error = readModelLists(first.db, pool, data, indexOfId);
    return joined();
}
