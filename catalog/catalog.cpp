#include "catalog.h"

#include "cardstats.h"
#include "catalogrows.h"
#include "catalogschema.h"
#include "sqlite.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QResource>

#include <algorithm>

namespace {

// Checks the first 100 bytes of a database of `size` bytes called `name`, so that each kind of
// bad file gets its own message.
QString checkHeader(const QString &name, QByteArrayView header, qint64 size)
{
    if (size == 0)
        return QStringLiteral("%1 is empty, not a catalog").arg(name);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return QStringLiteral("%1 is not an SQLite database").arg(name);
    // Page size (bytes 16-17, 1 meaning 65536) and page count (bytes 28-31) give the full size.
    const auto byte = [&](int i) { return quint32(quint8(header.at(i))); };
    quint32 pageSize = (byte(16) << 8) | byte(17);
    if (pageSize == 1)
        pageSize = 65536;
    const quint64 pages = (byte(28) << 24) | (byte(29) << 16) | (byte(30) << 8) | byte(31);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return QStringLiteral("%1 is corrupt: bad page size").arg(name);
    if (quint64(size) % pageSize != 0 || (pages > 0 && quint64(size) < pages * pageSize))
        return QStringLiteral("%1 is truncated: %2 bytes of %3")
            .arg(name)
            .arg(size)
            .arg(pages * pageSize);
    return {};
}

// Checks the file before SQLite sees it. Anything but a regular file (a FIFO, socket or device)
// is refused before it is opened, since opening or reading one can block.
QString checkFile(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return QStringLiteral("catalog not found: %1").arg(path);
    if (fi.isDir())
        return QStringLiteral("%1 is a directory, not a catalog file").arg(path);
    if (!fi.isFile())
        return QStringLiteral("%1 is not a regular file, not a catalog").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    // The size of the open file, in case it was replaced after the check above.
    return checkHeader(path, file.read(100), file.size());
}

} // namespace

Catalog::Catalog() = default;

Catalog::~Catalog() = default;

CatalogSource Catalog::source() const
{
    return {m_path, m_image.isNull() ? QByteArrayView() : QByteArrayView(m_image)};
}

std::unique_ptr<Catalog> Catalog::open(const QString &path, QString *error)
{
    const QString problem = checkFile(path);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    std::unique_ptr<Catalog> catalog(new Catalog);
    catalog->m_path = path;
    catalog->m_bytes = QFileInfo(path).size();
    if (!catalog->load(error))
        return nullptr;
    return catalog;
}

std::unique_ptr<Catalog> Catalog::openResource(const QString &resource, QString *error)
{
    // SQLite reads the bytes in place, as an in-memory database: nothing is extracted to disk.
    const QResource r(resource);
    if (!r.isValid()) {
        if (error)
            *error = QStringLiteral("the built-in catalog %1 is missing").arg(resource);
        return nullptr;
    }
    return openImage(
        r.compressionAlgorithm() == QResource::NoCompression
            ? QByteArray::fromRawData(reinterpret_cast<const char *>(r.data()), qsizetype(r.size()))
            : r.uncompressedData(),
        resource, error);
}

std::unique_ptr<Catalog> Catalog::openImage(const QByteArray &image, const QString &name,
                                            QString *error)
{
    if (const QString problem =
            checkHeader(name, QByteArrayView(image).first(std::min<qsizetype>(100, image.size())),
                        image.size());
        !problem.isEmpty()) {
        if (error)
            *error = problem;
        return nullptr;
    }
    std::unique_ptr<Catalog> catalog(new Catalog);
    catalog->m_path = name;
    catalog->m_image = image;
    catalog->m_bytes = image.size();
    // A database in WAL mode (bytes 18 and 19) cannot be read from memory: the copy says
    // legacy journal instead, which reads the same pages.
    if (image.at(18) == 2 || image.at(19) == 2) {
        catalog->m_image.detach();
        catalog->m_image[18] = catalog->m_image[19] = 1;
    }
    if (!catalog->load(error))
        return nullptr;
    return catalog;
}

QString Catalog::meta(const QString &key) const
{
    return m_meta.value(key);
}

bool Catalog::load(QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    m_db = std::make_unique<sqlite::Database>(source().connect());
    const sqlite::Database &db = *m_db;
    if (!db.isOpen())
        return fail(QStringLiteral("cannot open %1: %2").arg(m_path, db.error()));

    QStringList tables;
    {
        sqlite::Statement q(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
        while (q.next())
            tables << q.text(0);
        if (!q.error().isEmpty())
            return fail(QStringLiteral("%1 is corrupt: %2").arg(m_path, q.error()));
    }
    if (!tables.contains("meta") || !tables.contains("models"))
        return fail(QStringLiteral("%1 is not a Model Atlas catalog (no meta or models table)")
                        .arg(m_path));
    {
        sqlite::Statement q(db, "SELECT key, value FROM meta");
        while (q.next())
            m_meta.insert(q.text(0), q.text(1));
        if (!q.error().isEmpty())
            return fail(QStringLiteral("%1 is corrupt: %2").arg(m_path, q.error()));
    }
    bool versionOk = false;
    const int version = m_meta.value("schema_version").toInt(&versionOk);
    if (!versionOk)
        return fail(
            QStringLiteral("%1 is not a Model Atlas catalog (no schema_version)").arg(m_path));
    if (version > schema::kVersion)
        return fail(QStringLiteral("%1 has schema version %2; this Model Atlas reads up to %3")
                        .arg(m_path)
                        .arg(version)
                        .arg(schema::kVersion));
    if (version < schema::kVersion)
        return fail(
            QStringLiteral("%1 has the old schema version %2; rebuild it with catalog-compiler")
                .arg(m_path)
                .arg(version));

    // Runs `sql` and hands each row to `take`; false (with the message set) on an SQLite error.
    auto each = [&](const char *sql, const auto &take) {
        sqlite::Statement rows(db, sql);
        while (rows.next())
            take(rows);
        if (rows.error().isEmpty())
            return true;
        fail(QStringLiteral("%1 is corrupt: %2").arg(m_path, rows.error()));
        return false;
    };
    using Row = sqlite::Statement;
    if (!each("SELECT id, name, name_zh, country, url, color FROM orgs ORDER BY id",
              [&](const Row &r) {
                  m_data.orgs.push_back(
                      {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), {}});
              }) ||
        !each("SELECT id, name, name_zh, unit, min, max, url FROM benchmarks ORDER BY id",
              [&](const Row &r) {
                  m_data.benchmarks.push_back({r.text(0), r.text(1), r.text(2), r.text(3),
                                               r.real(4), r.real(5), r.text(6)});
              }) ||
        !each("SELECT id, name, name_zh, meaning, meaning_zh FROM capability_defs ORDER BY id",
              [&](const Row &r) {
                  m_data.capabilities.push_back(
                      {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4)});
              }))
        return false;
    for (const OrgRecord &o : m_data.orgs)
        if (o.id.size() > catalogrows::kMaxNameBytes ||
            o.name.size() > catalogrows::kMaxNameBytes ||
            o.nameZh.size() > catalogrows::kMaxNameBytes)
            return fail(
                QStringLiteral("%1 is corrupt: an organisation has an id or name longer than"
                               " %2 characters")
                    .arg(m_path)
                    .arg(catalogrows::kMaxNameBytes));
    m_data.index();
    if (!each("SELECT org, alias FROM org_aliases ORDER BY org, alias", [&](const Row &r) {
            const int o = m_data.orgById.value(r.text(0), -1);
            if (o >= 0 && m_data.orgs[o].aliases.size() < catalogrows::kMaxAliasesPerModel &&
                r.bytes(1).size() <= catalogrows::kMaxNameBytes)
                m_data.orgs[o].aliases << r.text(1);
        }))
        return false;

    if (const QString e = catalogrows::readModelTables(
            source(), m_data, m_meta.value("model_count", "-1").toLongLong(), m_bytes);
        !e.isEmpty())
        return fail(QStringLiteral("%1 is corrupt: %2").arg(m_path, e));
    m_data.indexAllButModels();
    return true;
}

const card::Statistics &Catalog::statistics() const
{
    if (!m_statistics)
        m_statistics = std::make_unique<card::Statistics>(m_data);
    return *m_statistics;
}

ModelDetails Catalog::details(int model) const
{
    ModelDetails d;
    if (model < 0 || model >= int(m_data.models.size()))
        return d;
    const QString &slug = m_data.models[size_t(model)].slug;
    sqlite::Statement text(*m_db,
                           "SELECT lang, field, text FROM model_text WHERE model = (SELECT id FROM"
                           " models WHERE slug = ?1) ORDER BY lang, field, ordinal");
    text.bind(1, slug);
    while (text.next()) {
        ModelText &t = d.text[text.text(0)];
        const QByteArrayView field = text.bytes(1);
        const QString value = text.text(2);
        if (field == "tagline")
            t.tagline = value;
        else if (field == "summary")
            t.summary = value;
        else if (field == "why_it_matters")
            t.whyItMatters = value;
        else if (field == "feels_like")
            t.feelsLike << value;
        else if (field == "best_for")
            t.bestFor << value;
        else if (field == "not_ideal_for")
            t.notIdealFor << value;
        else if (field == "tools")
            t.tools << value;
    }
    sqlite::Statement sources(*m_db,
                              "SELECT url, title, verified FROM sources WHERE model = (SELECT id"
                              " FROM models WHERE slug = ?1) ORDER BY ordinal");
    sources.bind(1, slug);
    while (sources.next())
        d.sources.append({sources.text(0), sources.text(1), sources.text(2)});
    sqlite::Statement articles(*m_db, "SELECT lang, markdown FROM articles WHERE model = (SELECT"
                                      " id FROM models WHERE slug = ?1)");
    articles.bind(1, slug);
    while (articles.next())
        d.articles.insert(articles.text(0), articles.text(1));
    return d;
}

QByteArray Catalog::contentDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : schema::contentTables()) {
        // The table names are fixed, not taken from the file.
        const QByteArray sql = "SELECT * FROM " + table.toUtf8();
        sqlite::Statement q(*m_db, sql.constData());
        // Rows are sorted as text so that ties in any ORDER BY cannot change the digest.
        QList<QByteArray> rows;
        while (q.next()) {
            QByteArray row;
            for (int i = 0; i < q.columns(); ++i) {
                row += q.isNull(i) ? QByteArrayView("\\N") : q.bytes(i);
                row += '\x1f';
            }
            rows << row;
        }
        if (!q.error().isEmpty())
            return {};
        std::sort(rows.begin(), rows.end());
        hash.addData("table " + table.toUtf8() + '\n');
        for (const QByteArray &row : std::as_const(rows)) {
            hash.addData(row);
            hash.addData(QByteArray(1, '\n'));
        }
    }
    return hash.result().toHex();
}
