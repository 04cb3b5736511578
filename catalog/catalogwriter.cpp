#include "catalogwriter.h"

#include "catalog.h"
#include "catalogschema.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

namespace {

// From this many models a catalog is large: it gets 64 KB pages (a tenth of the page reads when
// opening) and its search index saved with it.
constexpr size_t kLargeCatalog = 10000; // models

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

template <typename T> QVariant nullable(const CompactOptional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<T>());
}

class Writer
{
public:
    explicit Writer(QSqlDatabase db) : m_db(db) {}

    bool exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            return fail(q.lastError().text() + " in " + sql);
        return true;
    }

    bool insert(const QString &table, const QVariantList &values)
    {
        QSqlQuery &q = prepared(table, int(values.size()));
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (!q.exec())
            return fail(q.lastError().text() + " inserting into " + table);
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
    QSqlQuery &prepared(const QString &table, int columns)
    {
        auto it = m_queries.find(table);
        if (it == m_queries.end()) {
            QStringList marks;
            for (int i = 0; i < columns; ++i)
                marks << "?";
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(table, marks.join(',')));
            it = m_queries.insert(table, q);
        }
        return *it;
    }

    QSqlDatabase m_db;
    QMap<QString, QSqlQuery> m_queries;
    QString m_error;
};

bool writeAll(Writer &w, const CatalogData &data, const std::vector<ModelDetails> &details)
{
    for (const QString &sql : schema::statements())
        if (!w.exec(sql))
            return false;
    bool ok = w.insert("meta", {"schema_version", QString::number(schema::kVersion)}) &&
              w.insert("meta", {"catalog_version", QString::number(data.models.size())}) &&
              w.insert("meta", {"model_count", QString::number(data.models.size())}) &&
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

} // namespace

bool writeCatalog(const CatalogData &data, const std::vector<ModelDetails> &details,
                  const QString &path, QString *error)
{
    const QString temp = path + ".partial";
    QFile::remove(temp);
    const QString connection = "atlas-writer-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    QString message;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", connection);
        db.setDatabaseName(temp);
        if (!db.open()) {
            message = db.lastError().text();
        } else {
            Writer w(db);
            const bool large = data.models.size() >= kLargeCatalog;
            ok = (!large || w.exec("PRAGMA page_size = 65536")) &&
                 w.exec("PRAGMA journal_mode = OFF") && w.exec("PRAGMA synchronous = OFF") &&
                 db.transaction() && writeAll(w, data, details);
            ok = ok && db.commit() && w.exec("VACUUM");
            message = w.error().isEmpty() ? db.lastError().text() : w.error();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    // A small catalog's index builds in milliseconds: saving it would only grow the file.
    if (data.models.size() >= kLargeCatalog)
        ok = ok && Catalog::saveSearchIndex(temp, &message);
    if (ok && std::rename(QFile::encodeName(temp).constData(),
                          QFile::encodeName(path).constData()) != 0) {
        ok = false;
        message = QStringLiteral("cannot replace %1").arg(path);
    }
    if (!ok) {
        QFile::remove(temp);
        if (error)
            *error = message;
    }
    return ok;
}
