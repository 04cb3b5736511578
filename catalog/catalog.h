#pragma once

#include "records.h"

#include <QString>

#include <memory>

class SearchIndex;
struct CatalogSource;
namespace sqlite {
class Database;
}
namespace card {
class Statistics;
}

// A compiled catalog opened read-only. Facts needed for search, statistics and lineage are loaded
// into memory at open; prose, sources and articles are read on demand by details().
// Not thread-safe: use it from the thread that opened it.
class Catalog final
{
public:
    ~Catalog();
    Catalog(const Catalog &) = delete;
    Catalog &operator=(const Catalog &) = delete;

    // Opens the catalog at `path`. On failure returns null and sets `error` to one line that
    // names the file and what is wrong with it. Never writes to the file.
    static std::unique_ptr<Catalog> open(const QString &path, QString *error);

    // Opens a catalog compiled into the program (a Qt resource path such as ":/data/..."), in
    // memory: no copy of it is written anywhere.
    static std::unique_ptr<Catalog> openResource(const QString &resource, QString *error);
    // Opens the catalog whose file bytes are `image`, in memory; `name` stands for it in
    // messages and path().
    static std::unique_ptr<Catalog> openImage(const QByteArray &image, const QString &name,
                                              QString *error);

    const CatalogData &data() const { return m_data; }
    QString path() const { return m_path; }
    QString meta(const QString &key) const;

    ModelDetails details(int model) const;

    // The card's percentiles and buckets over this catalog, computed on first use and shared by
    // every view.
    const card::Statistics &statistics() const;

    // The search index over this catalog, shared by every view: the one saved in the file when it
    // fits the catalog, else one built on first use.
    std::shared_ptr<const SearchIndex> searchIndex() const;
    // Why the saved index could not be used; empty when it was, or before searchIndex().
    QString searchIndexNote() const;
    // Builds the search index of the catalog at `path` and saves it in the file, for the next
    // open to read instead of building. Used by the catalog writer.
    static bool saveSearchIndex(const QString &path, QString *error);

    // SHA-256 over every content table in a fixed order (build time excluded): two catalogs
    // with the same digest hold the same facts and text.
    QByteArray contentDigest() const;

private:
    Catalog();
    bool load(QString *error);
    CatalogSource source() const;

    QString m_path;
    QByteArray m_image; // the bytes of a catalog opened from memory; null for a file
    qint64 m_bytes = 0; // the size of the file or image
    // The connection kept open for details() and contentDigest(); closed before m_image goes.
    std::unique_ptr<sqlite::Database> m_db;
    CatalogData m_data;
    QHash<QString, QString> m_meta;
    mutable std::unique_ptr<card::Statistics> m_statistics;
    mutable std::shared_ptr<const SearchIndex> m_searchIndex;
    mutable QString m_searchIndexNote;
};
