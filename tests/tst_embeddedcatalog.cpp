#include "catalog.h"
#include "catalogsources.h"
#include "catalogwriter.h"

#include <QTemporaryDir>
#include <QTest>

// The committed data/catalog.sqlite must hold exactly what its text sources say.
class EmbeddedCatalogTest : public QObject
{
    Q_OBJECT

private slots:
    void committedCatalogMatchesSources()
    {
        const QString dataDir = QStringLiteral(ATLAS_SOURCE_DIR "/data");
        const CatalogSources sources = readCatalogSources(dataDir);
        QStringList issues;
        for (const SourceIssue &i : sources.issues)
            issues << i.toString();
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join('\n')));

        QTemporaryDir dir;
        QString error;
        const QString fresh = dir.filePath("fresh.sqlite");
        QVERIFY2(writeCatalog(sources.data, sources.details, fresh, &error), qPrintable(error));
        auto compiled = Catalog::open(fresh, &error);
        QVERIFY2(compiled, qPrintable(error));
        auto committed = Catalog::open(dataDir + "/catalog.sqlite", &error);
        QVERIFY2(committed, qPrintable(error));
        QCOMPARE(committed->data().models.size(), compiled->data().models.size());
        QVERIFY2(committed->contentDigest() == compiled->contentDigest(),
                 "data/catalog.sqlite is stale: rebuild it with catalog-compiler");
    }

    void catalogIsLargeEnough()
    {
        QString error;
        auto catalog =
            Catalog::open(QStringLiteral(ATLAS_SOURCE_DIR "/data/catalog.sqlite"), &error);
        QVERIFY2(catalog, qPrintable(error));
        const CatalogData &d = catalog->data();
        QVERIFY(d.models.size() >= 500);
        QVERIFY(d.lineage.size() >= 450);
        QSet<QString> orgs;
        for (const ModelRecord &m : d.models)
            orgs.insert(m.org);
        QVERIFY(orgs.size() >= 10);
        for (const char *org :
             {"openai", "anthropic", "google", "meta", "alibaba", "mistral", "deepseek"})
            QVERIFY2(orgs.contains(org), org);
        for (const char *slug : {"deepseek-v2", "deepseek-coder-v2", "deepseek-v3", "deepseek-r1",
                                 "gpt-4o", "llama-3-1"})
            QVERIFY2(d.model(slug) >= 0, slug);
    }

    void deepSeekCoderV2MatchesTheSeedPage()
    {
        QString error;
        auto catalog =
            Catalog::open(QStringLiteral(ATLAS_SOURCE_DIR "/data/catalog.sqlite"), &error);
        QVERIFY2(catalog, qPrintable(error));
        const CatalogData &d = catalog->data();
        const int m = d.model("deepseek-coder-v2");
        QVERIFY(m >= 0);
        const ModelRecord &r = d.models[m];
        QCOMPARE(r.paramsTotal.value_or(0), Q_INT64_C(236000000000));
        QCOMPARE(r.paramsActive.value_or(0), Q_INT64_C(21000000000));
        QCOMPARE(r.contextTokens.value_or(0), Q_INT64_C(128000));
        QCOMPARE(r.released, QStringLiteral("2024-06-17"));
        QVERIFY(r.openWeights);
        QCOMPARE(d.score(m, "aa_intelligence").value_or(0), 10.6);
        QCOMPARE(d.score(m, "scicode").value_or(0), 13.9);
        bool buildsOnV2 = false;
        for (const LineageRecord &l : d.lineage)
            buildsOnV2 = buildsOnV2 || (l.child == m && d.models[l.parent].slug == "deepseek-v2");
        QVERIFY(buildsOnV2);
    }
};

QTEST_GUILESS_MAIN(EmbeddedCatalogTest)
#include "tst_embeddedcatalog.moc"
