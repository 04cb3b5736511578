#include "fts5peer.h"

#include <QFile>

#include <sqlite3.h>

namespace {

bool exec(sqlite3 *db, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : "sqlite error");
    sqlite3_free(message);
    return false;
}

} // namespace

Fts5Peer::~Fts5Peer()
{
    sqlite3_close(m_db);
}

bool Fts5Peer::open(const QString &path, const std::vector<std::string> &texts,
                    const std::vector<int> &notability, QString *error)
{
    const bool exists = QFile::exists(path);
    const QString partial = path + ".partial";
    if (!exists)
        QFile::remove(partial);
    if (sqlite3_open(QFile::encodeName(exists ? path : partial).constData(), &m_db) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    if (exists)
        return true;
    // Row i + 1 is model record i; notability is stored for ordering, not indexed.
    if (!exec(m_db,
              "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;"
              "CREATE VIRTUAL TABLE names USING fts5(text, notability UNINDEXED,"
              " tokenize='trigram')",
              error))
        return false;
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(m_db, "INSERT INTO names(rowid, text, notability) VALUES (?, ?, ?)", -1,
                       &insert, nullptr);
    for (size_t i = 0; i < texts.size(); ++i) {
        sqlite3_bind_int64(insert, 1, qint64(i) + 1);
        sqlite3_bind_text(insert, 2, texts[i].data(), int(texts[i].size()), SQLITE_STATIC);
        sqlite3_bind_int(insert, 3, notability[i]);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_finalize(insert);
            return false;
        }
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    if (!exec(m_db, "COMMIT; INSERT INTO names(names) VALUES('optimize')", error))
        return false;
    sqlite3_close(m_db);
    m_db = nullptr;
    QFile::rename(partial, path);
    return open(path, texts, notability, error);
}

qint64 Fts5Peer::search(const std::string &q, int limit, std::vector<qint64> *top)
{
    // The trigram tokenizer answers MATCH from three bytes on; shorter text needs LIKE, which
    // FTS5 also serves (by scanning).
    const bool match = q.size() >= 3;
    const std::string pattern = match ? "\"" + q + "\"" : "%" + q + "%";
    const char *where = match ? "names MATCH ?1" : "text LIKE ?1";
    qint64 count = 0;
    sqlite3_stmt *st = nullptr;
    const std::string countSql = std::string("SELECT count(*) FROM names WHERE ") + where;
    if (sqlite3_prepare_v2(m_db, countSql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, pattern.data(), int(pattern.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(st) == SQLITE_ROW)
            count = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    const std::string topSql = std::string("SELECT rowid FROM names WHERE ") + where +
                               " ORDER BY notability DESC, rowid LIMIT ?2";
    top->clear();
    if (sqlite3_prepare_v2(m_db, topSql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, pattern.data(), int(pattern.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(st, 2, limit);
        while (sqlite3_step(st) == SQLITE_ROW)
            top->push_back(sqlite3_column_int64(st, 0));
    }
    sqlite3_finalize(st);
    return count;
}
