#pragma once

// Internal to Catalog: reading rows through the SQLite C API. Turning every cell into a QVariant,
// as QSqlQuery does, costs seconds at a million models.
#include "records.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <array>
#include <deque>
#include <initializer_list>
#include <optional>
#include <vector>

#include <sqlite3.h>

// A connection used by one thread only, so SQLite's locking can be left out. Read-only unless
// other flags are given.
struct Connection
{
    sqlite3 *db = nullptr;
    QString error;
    explicit Connection(const QString &path, int flags = SQLITE_OPEN_READONLY)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags | SQLITE_OPEN_NOMUTEX,
                            nullptr) != SQLITE_OK)
            error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~Connection() { sqlite3_close(db); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
};

// One statement, with its integer parameters bound in order.
class Rows
{
public:
    Rows(sqlite3 *db, const char *sql, std::initializer_list<qint64> parameters = {}) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
            return;
        }
        int i = 0;
        for (qint64 p : parameters)
            sqlite3_bind_int64(m_stmt, ++i, p);
    }
    ~Rows() { sqlite3_finalize(m_stmt); }
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    bool next()
    {
        if (!m_stmt || !m_error.isEmpty())
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    QString error() const { return m_error; }

    bool isNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    qint64 integer(int i) const { return sqlite3_column_int64(m_stmt, i); }
    double real(int i) const { return sqlite3_column_double(m_stmt, i); }
    QByteArrayView bytes(int i) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, i)) : QByteArrayView();
    }
    QString text(int i) const { return QString::fromUtf8(bytes(i)); }
    std::optional<qint64> optionalInt(int i) const
    {
        return isNull(i) ? std::nullopt : std::optional<qint64>(integer(i));
    }
    std::optional<double> optionalDouble(int i) const
    {
        return isNull(i) ? std::nullopt : std::optional<double>(real(i));
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

// Shares one QString per distinct value of low-cardinality columns (org, kind, released ...),
// looked up by the raw UTF-8 bytes so that a repeated value costs no allocation. Each call site
// has a slot remembering its last value: rows in catalog order repeat it most of the time.
// An open-addressing table with a cheap hash: QHash's seeded hash cost a quarter of the time
// to read a million models. Not thread-safe: each reading thread has its own.
class StringPool
{
public:
    QString operator()(QByteArrayView utf8, size_t slot)
    {
        Last &last = m_last[slot];
        if (last.entry && QByteArrayView(last.entry->bytes) == utf8)
            return last.entry->value;
        if ((m_used + 1) * 2 > m_table.size())
            grow();
        const size_t h = hash(utf8);
        size_t i = h & (m_table.size() - 1);
        // The hash kept in the table spares most probes a visit to the entry.
        while (m_table[i].entry &&
               (m_table[i].hash != h || QByteArrayView(m_table[i].entry->bytes) != utf8))
            i = (i + 1) & (m_table.size() - 1);
        if (!m_table[i].entry) {
            m_entries.push_back({QByteArray(utf8.data(), utf8.size()), QString::fromUtf8(utf8)});
            m_table[i] = {h, &m_entries.back()};
            ++m_used;
        }
        last.entry = m_table[i].entry;
        return last.entry->value;
    }

private:
    struct Entry
    {
        QByteArray bytes;
        QString value;
    };
    struct Slot
    {
        size_t hash = 0;
        const Entry *entry = nullptr;
    };
    struct Last
    {
        const Entry *entry = nullptr;
    };
    static size_t hash(QByteArrayView bytes) // FNV-1a
    {
        size_t h = 1469598103934665603ull;
        for (char c : bytes)
            h = (h ^ uchar(c)) * 1099511628211ull;
        return h ^ (h >> 29);
    }
    void grow()
    {
        std::vector<Slot> table(std::max<size_t>(64, m_table.size() * 2));
        for (const Slot &s : m_table)
            if (s.entry) {
                size_t i = s.hash & (table.size() - 1);
                while (table[i].entry)
                    i = (i + 1) & (table.size() - 1);
                table[i] = s;
            }
        m_table = std::move(table);
    }
    std::deque<Entry> m_entries; // stable addresses
    std::vector<Slot> m_table;
    size_t m_used = 0;
    std::array<Last, 24> m_last;
};

namespace catalogrows {
// Reads the models and their capabilities, aliases, availability, scores and lineage from the
// catalog at `path` into `data`, which already holds the organisations and benchmarks. Builds
// data.modelBySlug. Returns an SQLite error message, or an empty string.
QString readModelTables(const QString &path, CatalogData &data);
} // namespace catalogrows
