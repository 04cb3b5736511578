// Catalog: the search index saved in the catalog file, written by the catalog writer and read
// back on first use.
#include "catalog.h"

#include "catalogrows.h"
#include "searchindex.h"

#include <QHash>

#include <climits>

#include <sqlite3.h>

namespace {

// The parts of the table search_index, read through SQLite's blob API straight into the index's
// arrays.
class StoredParts final : public IndexParts
{
public:
    // `fileBytes` bounds every part: a part said to be larger cannot be in the file.
    StoredParts(const CatalogSource &source, qint64 fileBytes) : m_connection(source.connect())
    {
        if (!m_connection.isOpen())
            return;
        sqlite::Statement r(m_connection,
                            "SELECT part, rowid, length(data), typeof(data) FROM search_index");
        qint64 total = 0;
        while (r.next()) {
            const qint64 bytes = r.integer(2);
            if (r.bytes(3) != "blob" || bytes < 0 || bytes > fileBytes - total) {
                m_parts.clear();
                m_oversized = true;
                return;
            }
            total += bytes;
            m_parts.insert(r.text(0), {r.integer(1), bytes});
        }
    }
    // Whether a part claimed more bytes than the file holds (all parts are then left out).
    bool oversized() const { return m_oversized; }
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
        bool ok = sqlite3_blob_open(m_connection.handle(), "main", "search_index", "data",
                                    it->rowid, 0, &blob) == SQLITE_OK &&
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
    sqlite::Database m_connection;
    QHash<QString, Part> m_parts;
    bool m_oversized = false;
};

} // namespace

std::shared_ptr<const SearchIndex> Catalog::searchIndex() const
{
    if (m_searchIndex)
        return m_searchIndex;
    if (meta("search_index_format") == QString::number(SearchIndex::kFormat)) {
        const StoredParts parts(source(), m_bytes);
        if (parts.oversized())
            m_searchIndexNote = QStringLiteral(
                "the saved search index is malformed: a part is larger than the file");
        else
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
    sqlite::Database out = sqlite::Database::openReadWrite(path);
    if (!out.isOpen())
        return fail(
            QStringLiteral("cannot save the search index in %1: %2").arg(path, out.error()));
    sqlite::Transaction transaction(out);
    bool ok = transaction.isActive() && out.exec("DELETE FROM search_index");
    sqlite::Statement insert(out, "INSERT INTO search_index (part, data) VALUES (?1, ?2)");
    ok = ok && insert.error().isEmpty() &&
         index.save([&](const QString &name, QByteArrayView bytes) {
             insert.reset();
             insert.bind(1, name);
             insert.bindBlob(2, bytes); // a zero-length blob, not NULL, for an empty part
             return insert.run();
         });
    sqlite::Statement format(
        out, "INSERT OR REPLACE INTO meta (key, value) VALUES ('search_index_format', ?1)");
    format.bind(1, QString::number(SearchIndex::kFormat));
    ok = ok && format.run() && transaction.commit();
    if (!ok) {
        const QString message = !insert.error().isEmpty()   ? insert.error()
                                : !format.error().isEmpty() ? format.error()
                                : !out.error().isEmpty()    ? out.error()
                                                            : out.lastMessage();
        return fail(QStringLiteral("cannot save the search index in %1: %2").arg(path, message));
    }
    return true;
}
