#include "catalog.h"

#include "cardstats.h"
#include "catalogrows.h"
#include "catalogschema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>
#include <QUuid>

#include <array>

#include <sqlite3.h>

namespace {

// Checks the file before SQLite sees it, so that each kind of bad file gets its own message.
QString checkFile(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return QStringLiteral("catalog not found: %1").arg(path);
    if (fi.isDir())
        return QStringLiteral("%1 is a directory, not a catalog file").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    if (fi.size() == 0)
        return QStringLiteral("%1 is empty, not a catalog").arg(path);
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return QStringLiteral("%1 is not an SQLite database").arg(path);
    // Page size (bytes 16-17, 1 meaning 65536) and page count (bytes 28-31) give the full size.
    const auto byte = [&](int i) { return quint32(quint8(header.at(i))); };
    quint32 pageSize = (byte(16) << 8) | byte(17);
    if (pageSize == 1)
        pageSize = 65536;
    const quint64 pages = (byte(28) << 24) | (byte(29) << 16) | (byte(30) << 8) | byte(31);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return QStringLiteral("%1 is corrupt: bad page size").arg(path);
    if (quint64(fi.size()) % pageSize != 0 || (pages > 0 && quint64(fi.size()) < pages * pageSize))
        return QStringLiteral("%1 is truncated: %2 bytes of %3")
            .arg(path)
            .arg(fi.size())
            .arg(pages * pageSize);
    return {};
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

Catalog::~Catalog()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
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
    if (!catalog->load(error))
        return nullptr;
    return catalog;
}

std::unique_ptr<Catalog> Catalog::openResource(const QString &resource, QString *error)
{
    // SQLite reads files, so the embedded copy is extracted to a private temporary file.
    auto temp = std::make_unique<QTemporaryFile>();
    QFile in(resource);
    if (!in.open(QIODevice::ReadOnly) || !temp->open() || temp->write(in.readAll()) != in.size() ||
        !temp->flush()) {
        if (error)
            *error = QStringLiteral("cannot read the built-in catalog %1").arg(resource);
        return nullptr;
    }
    auto catalog = open(temp->fileName(), error);
    if (catalog)
        catalog->m_extracted = std::move(temp);
    return catalog;
}

QString Catalog::meta(const QString &key) const
{
    return m_meta.value(key);
}

bool Catalog::load(QString *error)
{
    m_connection = "atlas-catalog-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions("QSQLITE_OPEN_READONLY");
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!db.open())
        return fail(QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text()));

    const QStringList tables = db.tables();
    if (!tables.contains("meta") || !tables.contains("models"))
        return fail(QStringLiteral("%1 is not a Model Atlas catalog (no meta or models table)")
                        .arg(m_path));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec("SELECT key, value FROM meta"))
        return fail(QStringLiteral("%1 is corrupt: %2").arg(m_path, q.lastError().text()));
    while (q.next())
        m_meta.insert(q.value(0).toString(), q.value(1).toString());
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

    q.finish();
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return fail(
            QStringLiteral("cannot read %1: the SQLite driver gives no handle").arg(m_path));
    // Runs `sql` and hands each row to `take`; false (with the message set) on an SQLite error.
    auto each = [&](const char *sql, const auto &take) {
        Rows rows(handle, sql);
        while (rows.next())
            take(rows);
        if (rows.error().isEmpty())
            return true;
        fail(QStringLiteral("%1 is corrupt: %2").arg(m_path, rows.error()));
        return false;
    };

    if (!each("SELECT id, name, name_zh, country, url, color FROM orgs ORDER BY id",
              [&](const Rows &r) {
                  m_data.orgs.push_back(
                      {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), {}});
              }) ||
        !each("SELECT id, name, name_zh, unit, min, max, url FROM benchmarks ORDER BY id",
              [&](const Rows &r) {
                  m_data.benchmarks.push_back({r.text(0), r.text(1), r.text(2), r.text(3),
                                               r.real(4), r.real(5), r.text(6)});
              }) ||
        !each("SELECT id, name, name_zh, meaning, meaning_zh FROM capability_defs ORDER BY id",
              [&](const Rows &r) {
                  m_data.capabilities.push_back(
                      {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4)});
              }))
        return false;
    m_data.index();
    if (!each("SELECT org, alias FROM org_aliases ORDER BY org, alias", [&](const Rows &r) {
            const int o = m_data.orgById.value(r.text(0), -1);
            if (o >= 0)
                m_data.orgs[o].aliases << r.text(1);
        }))
        return false;

    if (const QString e = catalogrows::readModelTables(
            m_path, m_data, m_meta.value("model_count", "-1").toLongLong());
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
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare("SELECT lang, field, text FROM model_text WHERE model = (SELECT id FROM models WHERE"
              " slug = ?) ORDER BY lang, field, ordinal");
    q.addBindValue(m_data.models[model].slug);
    if (q.exec()) {
        while (q.next()) {
            ModelText &t = d.text[q.value(0).toString()];
            const QString field = q.value(1).toString();
            const QString text = q.value(2).toString();
            if (field == "tagline")
                t.tagline = text;
            else if (field == "summary")
                t.summary = text;
            else if (field == "why_it_matters")
                t.whyItMatters = text;
            else if (field == "feels_like")
                t.feelsLike << text;
            else if (field == "best_for")
                t.bestFor << text;
            else if (field == "not_ideal_for")
                t.notIdealFor << text;
            else if (field == "tools")
                t.tools << text;
        }
    }
    q.prepare("SELECT url, title, verified FROM sources WHERE model = (SELECT id FROM models WHERE"
              " slug = ?) ORDER BY ordinal");
    q.addBindValue(m_data.models[model].slug);
    if (q.exec())
        while (q.next())
            d.sources.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    q.prepare("SELECT lang, markdown FROM articles WHERE model = (SELECT id FROM models WHERE"
              " slug = ?)");
    q.addBindValue(m_data.models[model].slug);
    if (q.exec())
        while (q.next())
            d.articles.insert(q.value(0).toString(), q.value(1).toString());
    return d;
}

QByteArray Catalog::contentDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    for (const QString &table : schema::contentTables()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return {};
        // Rows are sorted as text so that ties in any ORDER BY cannot change the digest.
        QList<QByteArray> rows;
        while (q.next()) {
            const QSqlRecord r = q.record();
            QByteArray row;
            for (int i = 0; i < r.count(); ++i) {
                const QVariant v = r.value(i);
                row += v.isNull() ? QByteArray("\\N") : v.toString().toUtf8();
                row += '\x1f';
            }
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
        hash.addData("table " + table.toUtf8() + '\n');
        for (const QByteArray &row : std::as_const(rows)) {
            hash.addData(row);
            hash.addData(QByteArray(1, '\n'));
        }
    }
    return hash.result().toHex();
}
