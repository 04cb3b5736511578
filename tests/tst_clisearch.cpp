#include "clirunner.h"
#include "minicatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `model-atlas search`, run as the real binary: JSON shape, rank order, and odd input.
class CliSearchTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_catalog;

    struct Result
    {
        int code;
        QJsonArray hits;
        bool isArray;
        QByteArray err;
    };

    static Result run(const QStringList &args)
    {
        const CliRun r = runAtlas(args);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        return {r.code, doc.array(), error.error == QJsonParseError::NoError && doc.isArray(),
                r.err};
    }

    Result search(const QString &query, const QStringList &extra = {}) const
    {
        return run(QStringList{"search", query, "--json", "--catalog", m_catalog} + extra);
    }

    static QStringList slugs(const QJsonArray &hits)
    {
        QStringList out;
        for (const QJsonValue &h : hits)
            out << h.toObject()["slug"].toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_catalog = compileMiniCatalog(m_dir.filePath("data"));
        QVERIFY(!m_catalog.isEmpty());
    }

    void printsSlugNameOrgScoreInRankOrder()
    {
        const Result r = search("alpha");
        QCOMPARE(r.code, 0);
        QVERIFY(r.isArray);
        // All four are Alpha Labs' or start with "Alpha"; Beta Chat is not.
        QCOMPARE(slugs(r.hits), (QStringList{"alpha-base", "alpha-coder", "alpha-two"}));
        const QJsonObject first = r.hits.first().toObject();
        QCOMPARE(first["name"].toString(), QStringLiteral("Alpha Base"));
        QCOMPARE(first["org"].toString(), QStringLiteral("alpha"));
        QVERIFY(first["score"].toInt() > 0);
        int previous = INT_MAX;
        for (const QJsonValue &h : r.hits) {
            QVERIFY(h.toObject()["score"].toInt() <= previous);
            previous = h.toObject()["score"].toInt();
        }
    }

    void exactBeatsPrefix()
    {
        QCOMPARE(slugs(search("alpha coder").hits).first(), QStringLiteral("alpha-coder"));
        QCOMPARE(slugs(search("alphacoderinstruct").hits), QStringList{"alpha-coder"});
    }

    void limitAndFacets()
    {
        QCOMPARE(search("alpha", {"--limit", "1"}).hits.size(), 1);
        QCOMPARE(slugs(search("org:beta").hits), QStringList{"beta-chat"});
        QCOMPARE(slugs(search("ctx:>=100k").hits), QStringList{"alpha-coder"});
        QCOMPARE(slugs(search("贝塔").hits), QStringList{"beta-chat"});
    }

    void oddInputGivesAnArray_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("empty") << "";
        QTest::newRow("quote") << "\"";
        QTest::newRow("star") << "*";
        QTest::newRow("paren") << "(";
        QTest::newRow("emoji") << "🦙🦙";
        QTest::newRow("sql") << "'; DROP TABLE models; --";
        QTest::newRow("long") << QString(10000, 'x');
        QTest::newRow("dangling org") << "org:";
        QTest::newRow("bad range") << "ctx:>=lots year:3000..1";
        QTest::newRow("null") << "NULL";
    }

    void oddInputGivesAnArray()
    {
        QFETCH(QString, query);
        const Result r = search(query);
        QCOMPARE(r.code, 0);
        QVERIFY(r.isArray);
    }

    void badTermsAreNamedOnStderr()
    {
        const Result r = search("org: alpha");
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains("org:"));
        QCOMPARE(r.hits.size(), 3);
    }

    void builtInCatalog()
    {
        const Result gpt = run({"search", "gpt4o", "--json", "--limit", "3"});
        QCOMPARE(gpt.code, 0);
        QCOMPARE(slugs(gpt.hits).value(0), QStringLiteral("gpt-4o"));
        const Result fuzzy = run({"search", "mixtrl", "--json"});
        QVERIFY(slugs(fuzzy.hits).value(0).startsWith("mixtral"));
        const Result ds = run({"search", "deepseek coder v2", "--json", "--limit", "3"});
        QCOMPARE(ds.code, 0);
        QCOMPARE(slugs(ds.hits).value(0), QStringLiteral("deepseek-coder-v2"));
        const Result joined = run({"search", "DeepSeek-Coder-V2", "--json", "--limit", "1"});
        QCOMPARE(slugs(joined.hits).value(0), QStringLiteral("deepseek-coder-v2"));
        const Result zh = run({"search", "深度求索", "--json", "--limit", "50"});
        QVERIFY(slugs(zh.hits).contains("deepseek-coder-v2"));
    }
};

QTEST_GUILESS_MAIN(CliSearchTest)
#include "tst_clisearch.moc"
