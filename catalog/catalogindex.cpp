// Catalog: the search index saved in the catalog file, written by the catalog writer and read
// back on first use.
#include "catalog.h"

#include "catalogrows.h"
#include "searchindex.h"

#include <QHash>

namespace {

// The parts of the table search_index, read through SQLite's blob API straight into the index's
// arrays.
class StoredParts final : public IndexParts
{
public:
    explicit StoredParts(const QString &path) : m_connection(path)
    {
        if (!m_connection.error.isEmpty())
            return;
        Rows r(m_connection.db, "SELECT part, rowid, length(data) FROM search_index");
        while (r.next())
            m_parts.insert(r.text(0), {r.integer(1), r.integer(2)});
    }
    qint64 size(const QString &name) const override
    {
        const auto it = m_parts.constFind(name);
        return it == m_parts.constEnd() ? -1 : it->bytes;
    }
    bool read(const QString &name, void *into, qint64 bytes) const override
    {
        const auto it = m_parts.constFind(name);
        if (it == m_parts.constEnd() || bytes != it->bytes || bytes > INT_MAX)
            return false;
        sqlite3_blob *blob = nullptr;
        bool ok = sqlite3_blob_open(m_connection.db, "main", "search_index", "data", it->rowid, 0,
                                    &blob) == SQLITE_OK &&
                  sqlite3_blob_bytes(blob) == bytes &&
                  sqlite3_blob_read(blob, into, int(bytes), 0) == SQLITE_OK;
        sqlite3_blob_close(blob);
        return ok;
    }

private:
    struct Part
    {
        qint64 rowid = 0;
        qint64 bytes = 0;
    };
    Connection m_connection;
    QHash<QString, Part> m_parts;
};

} // namespace

std::shared_ptr<const SearchIndex> Catalog::searchIndex() const
{
    if (m_searchIndex)
        return m_searchIndex;
    if (meta("search_index_format") == QString::number(SearchIndex::kFormat)) {
        const StoredParts parts(m_path);
        m_searchIndex = SearchIndex::load(m_data, parts, &m_searchIndexNote);
    } else {
        m_searchIndexNote = QStringLiteral("the catalog holds no search index of this format");
    }
    if (m_searchIndex)
        m_searchIndexNote.clear();
    else
        m_searchIndex = std::make_shared<const SearchIndex>(m_data);
    return m_searchIndex;
}

QString Catalog::searchIndexNote() const
{
    return m_searchIndexNote;
}

bool Catalog::saveSearchIndex(const QString &path, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QString problem;
    const std::unique_ptr<Catalog> catalog = open(path, &problem);
    if (!catalog)
        return fail(problem);
    const SearchIndex index(catalog->data());
    Connection out(path, SQLITE_OPEN_READWRITE);
    if (!out.error.isEmpty())
        return fail(out.error);
    auto exec = [&](const char *sql) {
        return sqlite3_exec(out.db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    };
    sqlite3_stmt *insert = nullptr;
    bool ok = exec("BEGIN") && exec("DELETE FROM search_index") &&
              sqlite3_prepare_v2(out.db, "INSERT INTO search_index (part, data) VALUES (?1, ?2)",
                                 -1, &insert, nullptr) == SQLITE_OK;
    ok = ok && index.save([&](const QString &name, QByteArrayView bytes) {
        const QByteArray utf8 = name.toUtf8();
        // A zero-length blob, not NULL, for an empty part.
        const bool bound =
            sqlite3_bind_text(insert, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) ==
                SQLITE_OK &&
            sqlite3_bind_blob64(insert, 2, bytes.data() ? bytes.data() : "",
                                sqlite3_uint64(bytes.size()), SQLITE_STATIC) == SQLITE_OK;
        const bool stepped = bound && sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
        return stepped;
    });
    sqlite3_finalize(insert);
    const QByteArray format =
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('search_index_format', '" +
        QByteArray::number(SearchIndex::kFormat) + "')";
    ok = ok && exec(format.constData()) && exec("COMMIT");
    if (!ok) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(out.db));
        exec("ROLLBACK");
        return fail(QStringLiteral("cannot save the search index in %1: %2").arg(path, message));
    }
    return true;
}
