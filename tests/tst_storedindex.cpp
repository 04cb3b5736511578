#include "catalog.h"
#include "catalogwriter.h"
#include "searchindex.h"
#include "syntheticcatalog.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The search index saved in a catalog file: read back, it answers exactly as one built from the
// catalog's data; damaged or stale, it is left aside and the index is built instead. Also the
// reading of a catalog large enough to be read in two halves at once.
class StoredIndexTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path; // a synthetic catalog with its index saved

    // Every query's hits (slug, score, highlighted ranges) and count, as one comparable text.
    static QStringList answers(const Catalog &catalog, const SearchIndex &index)
    {
        QStringList out;
        for (const QString q : {"llama", "l", "ll", "llama 3 8b instruct", "mixtrl", "qwen2.5 72b",
                                "org:meta ctx:>=128k llama", "kind:code", "gpt4o", "q4_k_m",
                                "deepseek coder", "", "\"*'); DROP TABLE models;--", "🙂"}) {
            const SearchResult r = index.search(q, 40);
            QString line = q + " -> " + QString::number(r.count) + ":";
            for (const SearchHit &h : r.hits) {
                line += ' ' + catalog.data().models[size_t(h.model)].slug + '/' +
                        QString::number(h.score);
                for (const auto &range : h.ranges)
                    line += QStringLiteral("[%1,%2]").arg(range.first).arg(range.second);
            }
            out << line;
        }
        return out;
    }

    QString copyOf(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_path, path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    static void execute(const QString &path, const QString &sql)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        QSqlDatabase::removeDatabase(name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath("synth.sqlite");
        QString error;
        QVERIFY2(synth::write(3000, 7, m_path, &error), qPrintable(error));
        // Small catalogs are written without an index (it builds in milliseconds): save one.
        QVERIFY2(Catalog::saveSearchIndex(m_path, &error), qPrintable(error));
    }

    void readBackAnswersAsBuilt()
    {
        QString error;
        const auto catalog = Catalog::open(m_path, &error);
        QVERIFY2(catalog, qPrintable(error));
        const std::shared_ptr<const SearchIndex> stored = catalog->searchIndex();
        QCOMPARE(catalog->searchIndexNote(), QString());
        QCOMPARE(catalog->searchIndex(), stored); // shared, not rebuilt
        const SearchIndex built(catalog->data());
        const QStringList expected = answers(*catalog, built);
        QCOMPARE(answers(*catalog, *stored), expected);
        QVERIFY(expected.first().contains("llama"));
    }

    void damagedOrStaleIndexIsBuiltInstead_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("note");
        QTest::newRow("no parts") << "DELETE FROM search_index"
                                  << "no saved search index";
        QTest::newRow("other format")
            << "UPDATE meta SET value = '999' WHERE key = 'search_index_format'"
            << "no search index of this format";
        QTest::newRow("truncated order")
            << "UPDATE search_index SET data = substr(data, 1, 100) WHERE part = 'order'"
            << "does not fit";
        QTest::newRow("order not a permutation")
            << "UPDATE search_index SET data = zeroblob(length(data)) WHERE part = 'order'"
            << "malformed";
        QTest::newRow("ids out of range")
            << "UPDATE search_index SET data = randomblob(length(data)) WHERE part = 'ngram3.ids'"
            << "malformed";
        QTest::newRow("column out of range")
            << "UPDATE search_index SET data = randomblob(length(data)) WHERE part = 'column.kind'"
            << "malformed";
        QTest::newRow("missing part") << "DELETE FROM search_index WHERE part = 'ngram2.bits'"
                                      << "malformed";
        QTest::newRow("more models") << "INSERT INTO models SELECT id + 100000, slug || '-copy',"
                                        " name, name_zh, org, kind, released, status, params_total,"
                                        " params_active, architecture, context_tokens,"
                                        " max_output_tokens, open_weights, license, price_input,"
                                        " price_output, output_tps, pricing_model, notability,"
                                        " last_verified, note FROM models WHERE id = 1"
                                     << "other data";
    }

    void damagedOrStaleIndexIsBuiltInstead()
    {
        QFETCH(QString, sql);
        QFETCH(QString, note);
        const QString path = copyOf("damaged.sqlite");
        QVERIFY(!path.isEmpty());
        execute(path, sql);
        QString error;
        const auto catalog = Catalog::open(path, &error);
        QVERIFY2(catalog, qPrintable(error));
        const std::shared_ptr<const SearchIndex> index = catalog->searchIndex();
        QVERIFY2(catalog->searchIndexNote().contains(note), qPrintable(catalog->searchIndexNote()));
        QCOMPARE(answers(*catalog, *index), answers(*catalog, SearchIndex(catalog->data())));
    }

    void largeCatalogReadsWhole()
    {
        // Above 50,000 models the rows are read in two halves at once: nothing may be lost,
        // doubled or reordered at the seam.
        const int n = 60000;
        const CatalogData generated = synth::generate(n, 3);
        const QString path = m_dir.filePath("large.sqlite");
        QString error;
        QVERIFY2(writeCatalog(generated, {}, path, &error), qPrintable(error));
        const auto catalog = Catalog::open(path, &error);
        QVERIFY2(catalog, qPrintable(error));
        const CatalogData &read = catalog->data();
        QCOMPARE(read.models.size(), size_t(n));
        for (size_t i = 0; i < size_t(n); ++i) {
            const ModelRecord &a = generated.models[i], &b = read.models[i];
            if (a.slug != b.slug || a.name != b.name || a.org != b.org ||
                a.released != b.released || a.contextTokens != b.contextTokens ||
                a.capabilities != b.capabilities || a.aliases != b.aliases)
                QFAIL(qPrintable(
                    QStringLiteral("model %1 differs: %2 / %3").arg(i).arg(a.slug, b.slug)));
        }
        QCOMPARE(read.lineage.size(), generated.lineage.size());
        QCOMPARE(read.model(generated.models[n - 1].slug), n - 1);
        QCOMPARE(read.model(generated.models[n / 2].slug), n / 2);
        // Written with its index, which is read back.
        catalog->searchIndex();
        QCOMPARE(catalog->searchIndexNote(), QString());
    }
};

QTEST_GUILESS_MAIN(StoredIndexTest)
#include "tst_storedindex.moc"
