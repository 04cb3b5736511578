#include "catalogwriter.h"

#include "catalog.h"
#include "catalogschema.h"
#include "sqlite.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

namespace {

// From this many models a catalog is large: it gets 64 KB pages (a tenth of the page reads when
// opening) and its search index saved with it.
constexpr size_t kLargeCatalog = 10000; // models

// One value of a row to insert.
struct Cell
{
    enum Kind { Null, Integer, Real, Text } kind = Null;
    qint64 integer = 0;
    double real = 0;
    QString text;

    Cell(std::nullptr_t) {}
    Cell(int v) : kind(Integer), integer(v) {}
    Cell(qint64 v) : kind(Integer), integer(v) {}
    Cell(double v) : kind(Real), real(v) {}
    Cell(const QString &v) : kind(Text), text(v) {}
    Cell(const char *v) : kind(Text), text(QString::fromUtf8(v)) {}
};

Cell nullable(const QString &s)
{
    return s.isEmpty() ? Cell(nullptr) : Cell(s);
}

template <typename T> Cell nullable(const CompactOptional<T> &v)
{
    return v ? Cell(*v) : Cell(nullptr);
}

class Writer
{
public:
    explicit Writer(sqlite::Database &db) : m_db(db) {}

    bool exec(const QString &sql)
    {
        if (m_db.exec(sql.toUtf8().constData()))
            return true;
        return fail(m_db.error() + " in " + sql);
    }

    bool insert(const char *table, std::initializer_list<Cell> values)
    {
        sqlite::Statement &q = prepared(table, int(values.size()));
        q.reset();
        int i = 0;
        for (const Cell &v : values) {
            ++i;
            switch (v.kind) {
            case Cell::Null:
                q.bindNull(i);
                break;
            case Cell::Integer:
                q.bind(i, v.integer);
                break;
            case Cell::Real:
                q.bind(i, v.real);
                break;
            case Cell::Text:
                q.bind(i, v.text);
                break;
            }
        }
        if (!q.run())
            return fail(q.error() + " inserting into " + QString::fromUtf8(table));
        return true;
    }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    QString error() const { return m_error; }

private:
    sqlite::Statement &prepared(const char *table, int columns)
    {
        auto it = m_queries.find(table);
        if (it == m_queries.end()) {
            QByteArray sql = QByteArray("INSERT INTO ") + table + " VALUES (";
            for (int i = 0; i < columns; ++i)
                sql += i ? ",?" : "?";
            sql += ')';
            it =
                m_queries.emplace(table, std::make_unique<sqlite::Statement>(m_db, sql.constData()))
                    .first;
        }
        return *it->second;
    }

    sqlite::Database &m_db;
    // Keyed by the table name's address: every caller passes a string literal.
    std::map<const char *, std::unique_ptr<sqlite::Statement>> m_queries;
    QString m_error;
};

bool writeAll(Writer &w, const CatalogData &data, const std::vector<ModelDetails> &details)
{
    for (const QString &sql : schema::statements())
        if (!w.exec(sql))
            return false;
    const qint64 count = qint64(data.models.size());
    bool ok = w.insert("meta", {"schema_version", QString::number(schema::kVersion)}) &&
              w.insert("meta", {"catalog_version", QString::number(count)}) &&
              w.insert("meta", {"model_count", QString::number(count)}) &&
              w.insert("meta", {"built_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    for (const OrgRecord &o : data.orgs) {
        ok = ok && w.insert("orgs", {o.id, o.name, o.nameZh, nullable(o.country), nullable(o.url),
                                     nullable(o.color)});
        for (const QString &a : o.aliases)
            ok = ok && w.insert("org_aliases", {o.id, a});
    }
    for (const BenchmarkRecord &b : data.benchmarks)
        ok = ok && w.insert("benchmarks",
                            {b.id, b.name, b.nameZh, b.unit, b.min, b.max, nullable(b.url)});
    for (const CapabilityRecord &c : data.capabilities)
        ok = ok && w.insert("capability_defs", {c.id, c.name, c.nameZh, c.meaning, c.meaningZh});
    for (int i = 0; ok && i < int(data.models.size()); ++i) {
        const ModelRecord &m = data.models[i];
        const int id = i + 1;
        ok = w.insert("models", {id,
                                 m.slug,
                                 m.name,
                                 nullable(m.nameZh),
                                 m.org,
                                 m.kind,
                                 m.released,
                                 m.status,
                                 nullable(m.paramsTotal),
                                 nullable(m.paramsActive),
                                 nullable(m.architecture),
                                 nullable(m.contextTokens),
                                 nullable(m.maxOutputTokens),
                                 m.openWeights ? 1 : 0,
                                 nullable(m.license),
                                 nullable(m.priceInput),
                                 nullable(m.priceOutput),
                                 nullable(m.outputTps),
                                 m.pricingModel,
                                 m.notability,
                                 m.lastVerified,
                                 nullable(m.note)});
        for (const QString &c : m.capabilities)
            ok = ok && w.insert("capabilities", {id, c});
        for (const QString &a : m.aliases)
            ok = ok && w.insert("aliases", {id, a});
        for (auto it = m.availability.cbegin(); it != m.availability.cend(); ++it)
            ok = ok && w.insert("availability", {id, it.key(), it.value()});
        if (i >= int(details.size()))
            continue;
        const ModelDetails &d = details[i];
        for (auto it = d.text.cbegin(); it != d.text.cend(); ++it) {
            const ModelText &t = it.value();
            auto text = [&](const char *field, const QStringList &items) {
                for (int n = 0; n < items.size(); ++n)
                    if (!items.at(n).isEmpty())
                        ok = ok && w.insert("model_text", {id, it.key(), field, n, items.at(n)});
            };
            text("tagline", {t.tagline});
            text("summary", {t.summary});
            text("why_it_matters", {t.whyItMatters});
            text("feels_like", t.feelsLike);
            text("best_for", t.bestFor);
            text("not_ideal_for", t.notIdealFor);
            text("tools", t.tools);
        }
        for (int n = 0; n < d.sources.size(); ++n)
            ok = ok && w.insert("sources", {id, n, d.sources[n].url, d.sources[n].title,
                                            nullable(d.sources[n].verified)});
        for (auto it = d.articles.cbegin(); it != d.articles.cend(); ++it)
            ok = ok && w.insert("articles", {id, it.key(), it.value()});
    }
    for (const ScoreRecord &s : data.scores)
        ok = ok && w.insert("scores", {s.model + 1, s.benchmark, s.value, s.source, s.asOf});
    for (const LineageRecord &l : data.lineage)
        ok = ok && w.insert("lineage", {l.child + 1, l.parent + 1, l.relation, nullable(l.source)});
    return ok;
}

// The operating system's reason for the last failure.
QString osReason()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// Flushes the file at `path` to the disk, so that the rename that follows cannot leave an empty
// or partial file after a crash.
bool flushToDisk(const QString &path, QString *message)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    const bool ok = fd >= 0 && ::fsync(fd) == 0;
    if (!ok)
        *message = QStringLiteral("cannot write %1: %2").arg(path, osReason());
    if (fd >= 0)
        ::close(fd);
    return ok;
}

// A name for the database being built, in the target's folder (so that the rename stays on one
// file system) and taken by no other file.
QString partialName(const QString &path)
{
    for (;;) {
        const QString name = QStringLiteral("%1.partial-%2")
                                 .arg(path)
                                 .arg(QRandomGenerator::global()->generate(), 8, 16, QChar('0'));
        if (!QFileInfo::exists(name))
            return name;
    }
}

} // namespace

bool writeCatalog(const CatalogData &data, const std::vector<ModelDetails> &details,
                  const QString &path, QString *error)
{
    const QString temp = partialName(path);
    bool ok = false;
    QString message;
    {
        sqlite::Database db = sqlite::Database::openReadWrite(temp);
        if (!db.isOpen()) {
            message = QStringLiteral("cannot write %1: %2").arg(temp, db.error());
        } else {
            Writer w(db);
            const bool large = data.models.size() >= kLargeCatalog;
            ok = (!large || w.exec("PRAGMA page_size = 65536")) &&
                 w.exec("PRAGMA journal_mode = OFF") && w.exec("PRAGMA synchronous = OFF");
            if (ok) {
                sqlite::Transaction transaction(db);
                ok = transaction.isActive() && writeAll(w, data, details) && transaction.commit();
            }
            ok = ok && w.exec("VACUUM");
            if (!ok)
                message = QStringLiteral("cannot write %1: %2")
                              .arg(path, !w.error().isEmpty()    ? w.error()
                                         : !db.error().isEmpty() ? db.error()
                                                                 : db.lastMessage());
        }
    }
    // A small catalog's index builds in milliseconds: saving it would only grow the file.
    if (ok && data.models.size() >= kLargeCatalog)
        ok = Catalog::saveSearchIndex(temp, &message);
    ok = ok && flushToDisk(temp, &message);
    if (ok && std::rename(QFile::encodeName(temp).constData(),
                          QFile::encodeName(path).constData()) != 0) {
        ok = false;
        message = QStringLiteral("cannot replace %1: %2").arg(path, osReason());
    }
    if (!ok) {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(temp + QLatin1String(suffix));
        if (error)
            *error = message;
    }
    return ok;
}
