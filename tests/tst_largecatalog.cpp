#include "catalog.h"
#include "catalogwriter.h"
#include "searchindex.h"
#include "sqlite.h"
#include "syntheticcatalog.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// What keeps a large catalog fast, checked against the plain way: the search index saved in the
// catalog file (read back, it answers exactly as one built from the data; damaged or stale, it is
// left aside and built instead), reading the models in two halves at once, and the shortcuts
// taken by short queries and by a query that only adds a space.
class LargeCatalogTest : public QObject
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
        sqlite::Database db = sqlite::Database::openReadWrite(path);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QVERIFY2(db.exec(sql.toUtf8().constData()), qPrintable(sql + ": " + db.error()));
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
        // Intact in structure, stale in content: every model renamed after the index was saved.
        QTest::newRow("renamed models") << "UPDATE models SET name = 'renamed ' || id"
                                        << "other content";
        QTest::newRow("changed alias") << "UPDATE aliases SET alias = 'zzz-' || alias"
                                       << "other content";
        QTest::newRow("no digest") << "DELETE FROM search_index WHERE part = 'content_digest'"
                                   << "incomplete";
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

    void shortQueriesAnswerAsTheFullSearch()
    {
        CatalogData data = synth::generate(3000, 11);
        // Whole-name matches of one to three characters, of low notability: they must still
        // come first.
        for (const QString name : {"Q", "L3", "GPT", "7b"}) {
            ModelRecord m = data.models.front();
            m.slug = "short-" + name.toLower();
            m.name = name;
            m.aliases.clear();
            m.notability = 0;
            data.models.push_back(m);
        }
        data.index();
        const SearchIndex index(data);
        // Asking for facet counts takes the full path, which scores every match.
        SearchOptions shortcut, full;
        shortcut.limit = full.limit = 25;
        full.facets = true;
        QSet<QString> queries{"q", "l3", "gpt", "7b", "7", "x", "ll", "-", "é"};
        for (const ModelRecord &m : data.models)
            for (int n = 1; n <= 3; ++n)
                queries << m.name.left(n).toLower() << m.org.left(n);
        for (const QString &q : std::as_const(queries)) {
            const SearchQuery query = SearchQuery::parse(q);
            const SearchResult a = index.search(query, shortcut), b = index.search(query, full);
            QCOMPARE(a.count, b.count);
            QStringList slugsA, slugsB;
            for (const SearchHit &h : a.hits)
                slugsA << data.models[size_t(h.model)].slug + '/' + QString::number(h.score);
            for (const SearchHit &h : b.hits)
                slugsB << data.models[size_t(h.model)].slug + '/' + QString::number(h.score);
            QCOMPARE(slugsA, slugsB);
        }
        for (const QString name : {"q", "l3", "gpt", "7b"})
            QCOMPARE(data.models[size_t(index.search(name, 1).hits.at(0).model)].slug,
                     "short-" + name);
    }

    void aSpaceAfterAWordGivesTheSameAnswer()
    {
        const CatalogData data = synth::generate(3000, 5);
        const SearchIndex index(data);
        const SearchIndex fresh(data);
        for (const QString q : {"llama", "llama 3", "qwen2.5 7", "org:meta llama"}) {
            const SearchResult typed = index.search(q, 30);
            const SearchResult spaced = index.search(q + " ", 30);
            const SearchResult clean = fresh.search(q + " ", 30);
            QCOMPARE(spaced.count, typed.count);
            QCOMPARE(spaced.count, clean.count);
            QCOMPARE(spaced.hits.size(), clean.hits.size());
            for (size_t i = 0; i < clean.hits.size(); ++i)
                QCOMPARE(spaced.hits[i].model, clean.hits[i].model);
        }
        // Other facets with the same text are another question.
        QVERIFY(index.search("llama", 30).count != index.search("llama kind:code", 30).count);
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
        // The card finds a model's edges through an index: the same edges as reading them all.
        for (int m = 0; m < n; m += 97) {
            std::vector<int> scanned;
            for (int e = 0; e < int(read.lineage.size()); ++e)
                if (read.lineage[size_t(e)].child == m || read.lineage[size_t(e)].parent == m)
                    scanned.push_back(e);
            QCOMPARE(read.edgesOf(m), scanned);
        }
        QCOMPARE(read.model(generated.models[n - 1].slug), n - 1);
        QCOMPARE(read.model(generated.models[n / 2].slug), n / 2);
        // Written with its index, which is read back.
        catalog->searchIndex();
        QCOMPARE(catalog->searchIndexNote(), QString());

        // The same from memory, as the built-in catalog is read: two connections to one image.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto image = Catalog::openImage(file.readAll(), "image", &error);
        QVERIFY2(image, qPrintable(error));
        QCOMPARE(image->data().models.size(), size_t(n));
        QCOMPARE(image->data().lineage.size(), generated.lineage.size());
        QCOMPARE(image->data().model(generated.models[n - 1].slug), n - 1);
        image->searchIndex();
        QCOMPARE(image->searchIndexNote(), QString());
        QCOMPARE(image->contentDigest(), catalog->contentDigest());
    }
};

QTEST_GUILESS_MAIN(LargeCatalogTest)
#include "tst_largecatalog.moc"
