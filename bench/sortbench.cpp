#include "sortbench.h"

#include "catalog.h"
#include "records.h"
#include "sortorder.h"

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

struct Column
{
    const char *name;
    sortorder::Key key;
    const char *sql; // the peer's ORDER BY, over an index on the same expression
};

const Column kColumns[] = {
    {"name", sortorder::Key::Name, "name COLLATE NOCASE"},
    {"organisation", sortorder::Key::Organisation, "org"},
    {"released", sortorder::Key::Released, "released"},
    {"context", sortorder::Key::Context, "context_tokens"},
    {"price", sortorder::Key::Price, "price_output"},
    {"speed", sortorder::Key::Speed, "output_tps"},
};

// SQLite in its strongest configuration for the question "every id in this order": a
// covering index on the column (built before timing), the file in the page cache, and the
// ids read in one pass through the index. It orders by byte or ASCII case-folded text, not by
// language, and compares organisations by id rather than by name: less work than ours.
double peerMs(sqlite3 *db, const char *orderBy, int repeats, size_t *rows)
{
    std::vector<double> times;
    const QByteArray sql = QByteArray("SELECT id FROM models ORDER BY ") + orderBy;
    for (int r = 0; r < repeats; ++r) {
        sqlite3_stmt *stmt = nullptr;
        const auto t0 = Clock::now();
        sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
        size_t n = 0;
        while (sqlite3_step(stmt) == SQLITE_ROW)
            n += sqlite3_column_int64(stmt, 0) != 0;
        sqlite3_finalize(stmt);
        times.push_back(ms(Clock::now() - t0));
        *rows = n;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int runSortBench(int models, quint64 seed, const QString &catalogPath, int repeats, bool peer)
{
    QString error;
    const auto catalog = Catalog::open(catalogPath, &error);
    if (!catalog) {
        std::fprintf(stderr, "atlas-bench: %s\n", qPrintable(error));
        return 1;
    }
    const CatalogData &data = catalog->data();
    sqlite3 *db = nullptr;
    QTemporaryDir scratch;
    if (peer) {
        // A copy, so that the indexes are not written into the cached catalog.
        const QString copy = scratch.filePath("peer.sqlite");
        QFile::copy(catalogPath, copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        sqlite3_open(QFile::encodeName(copy).constData(), &db);
        for (const Column &c : kColumns) {
            const QByteArray sql = QByteArray("CREATE INDEX IF NOT EXISTS peer_") + c.name +
                                   " ON models(" + c.sql + ", id)";
            sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        }
    }
    std::printf("sorting %d models (seed %llu), median of %d\n", models,
                static_cast<unsigned long long>(seed), repeats);
    std::printf("%-14s %12s %12s %14s\n", "column", "ours en ms", "ours zh ms", "SQLite ms");
    for (const Column &c : kColumns) {
        double ours[2] = {0, 0};
        for (int lang = 0; lang < 2; ++lang) {
            std::vector<double> times;
            for (int r = 0; r < repeats; ++r) {
                const auto t0 = Clock::now();
                const std::vector<uint32_t> rank =
                    sortorder::ranks(data, c.key, false, lang ? "zh_CN" : "en");
                times.push_back(ms(Clock::now() - t0));
                if (rank.size() != data.models.size()) {
                    std::fprintf(stderr, "atlas-bench: sorting by %s gave %zu ranks\n", c.name,
                                 rank.size());
                    return 1;
                }
            }
            std::sort(times.begin(), times.end());
            ours[lang] = times[times.size() / 2];
        }
        size_t rows = 0;
        const double theirs = db ? peerMs(db, c.sql, repeats, &rows) : -1;
        std::printf("%-14s %12.1f %12.1f %14.1f\n", c.name, ours[0], ours[1], theirs);
    }
    if (db)
        sqlite3_close(db);
    return 0;
}
