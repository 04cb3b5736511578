#include "catalog.h"

#include "catalogschema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>
#include <QUuid>

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

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

// Shares one QString per distinct value of low-cardinality columns (org, kind, status ...).
class StringPool
{
public:
    QString operator()(const QString &s)
    {
        auto it = m_pool.constFind(s);
        if (it != m_pool.constEnd())
            return *it;
        m_pool.insert(s);
        return s;
    }

private:
    QSet<QString> m_pool;
};

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

    auto run = [&](const QString &sql) {
        q.finish();
        if (!q.exec(sql)) {
            fail(QStringLiteral("%1 is corrupt: %2").arg(m_path, q.lastError().text()));
            return false;
        }
        return true;
    };
    StringPool pool;
    if (!run("SELECT id, name, name_zh, country, url, color FROM orgs ORDER BY id"))
        return false;
    while (q.next())
        m_data.orgs.push_back({q.value(0).toString(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               q.value(4).toString(),
                               q.value(5).toString(),
                               {}});
    if (!run("SELECT id, name, name_zh, unit, min, max, url FROM benchmarks ORDER BY id"))
        return false;
    while (q.next())
        m_data.benchmarks.push_back({q.value(0).toString(), q.value(1).toString(),
                                     q.value(2).toString(), q.value(3).toString(),
                                     q.value(4).toDouble(), q.value(5).toDouble(),
                                     q.value(6).toString()});
    if (!run("SELECT id, name, name_zh, meaning, meaning_zh FROM capability_defs ORDER BY id"))
        return false;
    while (q.next())
        m_data.capabilities.push_back({q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toString(), q.value(3).toString(),
                                       q.value(4).toString()});
    m_data.index();
    if (!run("SELECT org, alias FROM org_aliases ORDER BY org, alias"))
        return false;
    while (q.next()) {
        const int o = m_data.orgById.value(q.value(0).toString(), -1);
        if (o >= 0)
            m_data.orgs[o].aliases << q.value(1).toString();
    }

    // Model ids are 1..n in catalog order. A flat table maps them to vector indexes: a hash
    // costs seconds at a million models. Reserving up front keeps a growing vector from holding
    // two copies of every record at once.
    std::vector<int> indexOfIdTable;
    auto indexOfId = [&](qint64 id) {
        return id >= 0 && id < qint64(indexOfIdTable.size()) ? indexOfIdTable[size_t(id)] : -1;
    };
    if (!run("SELECT count(*), max(id) FROM models"))
        return false;
    if (q.next()) {
        m_data.models.reserve(size_t(std::max<qint64>(0, q.value(0).toLongLong())));
        const qint64 maxId = q.value(1).toLongLong();
        if (maxId >= 0 && maxId < (qint64(1) << 28))
            indexOfIdTable.assign(size_t(maxId) + 1, -1);
    }
    if (!run("SELECT id, slug, name, name_zh, org, kind, released, status, params_total,"
             " params_active, architecture, context_tokens, max_output_tokens, open_weights,"
             " license, price_input, price_output, output_tps, pricing_model, notability,"
             " last_verified, note FROM models ORDER BY id"))
        return false;
    while (q.next()) {
        ModelRecord m;
        m.slug = q.value(1).toString();
        m.name = q.value(2).toString();
        m.nameZh = q.value(3).toString();
        m.org = pool(q.value(4).toString());
        m.kind = pool(q.value(5).toString());
        m.released = pool(q.value(6).toString());
        m.status = pool(q.value(7).toString());
        m.paramsTotal = optionalInt(q.value(8));
        m.paramsActive = optionalInt(q.value(9));
        m.architecture = q.value(10).toString();
        m.contextTokens = optionalInt(q.value(11));
        m.maxOutputTokens = optionalInt(q.value(12));
        m.openWeights = q.value(13).toBool();
        m.license = pool(q.value(14).toString());
        m.priceInput = optionalDouble(q.value(15));
        m.priceOutput = optionalDouble(q.value(16));
        m.outputTps = optionalDouble(q.value(17));
        m.pricingModel = pool(q.value(18).toString());
        m.notability = q.value(19).toInt();
        m.lastVerified = pool(q.value(20).toString());
        m.note = q.value(21).toString();
        const qint64 id = q.value(0).toLongLong();
        if (id >= 0 && id < qint64(indexOfIdTable.size()))
            indexOfIdTable[size_t(id)] = int(m_data.models.size());
        m_data.models.push_back(std::move(m));
    }
    auto eachModelRow = [&](const QString &sql, const std::function<void(ModelRecord &)> &take) {
        if (!run(sql))
            return false;
        while (q.next()) {
            const int i = indexOfId(q.value(0).toLongLong());
            if (i >= 0)
                take(m_data.models[i]);
        }
        return true;
    };
    if (!eachModelRow("SELECT model, capability FROM capabilities ORDER BY rowid",
                      [&](ModelRecord &m) { m.capabilities << pool(q.value(1).toString()); }) ||
        !eachModelRow("SELECT model, alias FROM aliases ORDER BY rowid",
                      [&](ModelRecord &m) { m.aliases << q.value(1).toString(); }) ||
        !eachModelRow(
            "SELECT model, channel, state FROM availability ORDER BY rowid", [&](ModelRecord &m) {
                m.availability.insert(pool(q.value(1).toString()), pool(q.value(2).toString()));
            }))
        return false;
    if (!run("SELECT model, benchmark, value, source, as_of FROM scores ORDER BY model, rowid"))
        return false;
    while (q.next()) {
        const int i = indexOfId(q.value(0).toLongLong());
        if (i >= 0)
            m_data.scores.push_back({i, pool(q.value(1).toString()), q.value(2).toDouble(),
                                     pool(q.value(3).toString()), pool(q.value(4).toString())});
    }
    if (!run("SELECT count(*) FROM lineage"))
        return false;
    if (q.next())
        m_data.lineage.reserve(size_t(std::max<qint64>(0, q.value(0).toLongLong())));
    if (!run("SELECT child, parent, relation, source FROM lineage ORDER BY rowid"))
        return false;
    while (q.next()) {
        const int c = indexOfId(q.value(0).toLongLong());
        const int p = indexOfId(q.value(1).toLongLong());
        if (c >= 0 && p >= 0)
            m_data.lineage.push_back(
                {c, p, pool(q.value(2).toString()), pool(q.value(3).toString())});
    }
    m_data.index();
    return true;
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
