#include "clirunner.h"
#include "minicatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real `model-atlas` binary and checks its output and exit codes.
class CliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_catalog;

    using Result = CliRun;

    static Result run(const QStringList &args) { return runAtlas(args); }

private slots:
    void initTestCase()
    {
        m_catalog = compileMiniCatalog(m_dir.filePath("data"));
        QVERIFY(!m_catalog.isEmpty());
    }

    void helpAndVersion()
    {
        const Result help = run({"--help"});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("card SLUG --json"));
        QVERIFY(help.out.contains("--catalog PATH"));
        const Result version = run({"--version"});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith("model-atlas "));
    }

    void cardJsonHasTheCardsFields()
    {
        const Result r = run({"card", "alpha-coder", "--json", "--catalog", m_catalog});
        QCOMPARE(r.code, 0);
        QJsonParseError error;
        const QJsonObject card = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(card["slug"].toString(), QStringLiteral("alpha-coder"));
        QCOMPARE(card["name"].toString(), QStringLiteral("Alpha Coder"));
        QVERIFY(card["name_zh"].isNull());
        QCOMPARE(card["org"].toString(), QStringLiteral("Alpha Labs"));
        QCOMPARE(card["kind"].toString(), QStringLiteral("language"));
        QCOMPARE(card["released"].toString(), QStringLiteral("2023-09-15"));
        QCOMPARE(card["open_weights"].toBool(), true);
        QVERIFY(card["params_total"].isNull());
        QVERIFY(card["params_active"].isNull());
        QCOMPARE(card["context_tokens"].toInteger(), 128000);
        QCOMPARE(card["pages"].toInt(), 98);
        QVERIFY(card["price"].toObject()["input"].isNull());
        QVERIFY(card["price"].toObject()["output"].isNull());
        QCOMPARE(card["tagline"].toString(), QStringLiteral("Tagline of Alpha Coder"));
        QCOMPARE(card["summary"].toString(), QStringLiteral("Summary of Alpha Coder."));
        const QJsonArray parents = card["parents"].toArray();
        QCOMPARE(parents.size(), 1);
        QCOMPARE(parents[0].toObject()["slug"].toString(), QStringLiteral("alpha-base"));
        QCOMPARE(parents[0].toObject()["relation"].toString(), QStringLiteral("fine_tunes"));
        QCOMPARE(card["children"].toArray().size(), 0);

        const Result base = run({"--catalog", m_catalog, "card", "alpha-base", "--json"});
        QCOMPARE(base.code, 0);
        const QJsonObject b = QJsonDocument::fromJson(base.out).object();
        QCOMPARE(b["params_total"].toDouble(), 7e9);
        QCOMPARE(b["children"].toArray().size(), 3);
    }

    void cardFollowsTheLanguage()
    {
        const Result r =
            run({"card", "beta-chat", "--json", "--lang", "zh_CN", "--catalog", m_catalog});
        QCOMPARE(r.code, 0);
        const QJsonObject card = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(card["tagline"].toString(), QStringLiteral("Beta Chat 的标语"));
        QCOMPARE(card["org"].toString(), QStringLiteral("贝塔智能"));
        QCOMPARE(card["name_zh"].toString(), QStringLiteral("贝塔对话"));
    }

    void builtInCatalogHasDeepSeekCoderV2()
    {
        const Result r = run({"card", "deepseek-coder-v2", "--json"});
        QCOMPARE(r.code, 0);
        const QJsonObject card = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(card["params_total"].toDouble(), 236e9);
        QCOMPARE(card["params_active"].toDouble(), 21e9);
        QCOMPARE(card["pages"].toInt(), 98);
        // The seed page's figures, against this catalog's own percentiles.
        QCOMPARE(card["buckets"].toObject()["intelligence"].toObject()["id"].toString(),
                 QStringLiteral("below_avg"));
        QCOMPARE(card["buckets"].toObject()["cost"].toObject()["id"].toString(),
                 QStringLiteral("free"));
        QVERIFY(card["buckets"].toObject()["speed"].isNull());
        QMap<QString, QJsonObject> bars;
        for (const QJsonValue &b : card["capability_bars"].toArray())
            bars.insert(b.toObject()["id"].toString(), b.toObject());
        QCOMPARE(bars["reasoning"]["value"].toDouble(), 1.51); // 10.6 x 10 / 70
        QCOMPARE(bars["coding"]["value"].toDouble(), 1.39);    // SciCode 13.9%
        QCOMPARE(bars["context"]["value"].toDouble(), 6.02);   // 128K on the log scale
        QVERIFY(bars["agentic"]["value"].isNull());            // not reported: no marker
        for (const QJsonObject &b : bars) {
            QVERIFY(b["n"].toInt() > 20);
            QVERIFY(b["p20"].toDouble() <= b["p80"].toDouble());
        }
        QVERIFY(bars["reasoning"]["value"].toDouble() < bars["reasoning"]["p20"].toDouble());
        QCOMPARE(card["context_rung"].toInteger(), 128000);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrHas");
        QTest::newRow("unknown option") << QStringList{"--frobnicate"} << 2 << "unknown option";
        QTest::newRow("unknown command") << QStringList{"fly"} << 2 << "unknown command";
        QTest::newRow("card without slug") << QStringList{"card", "--json"} << 2 << "exactly one";
        QTest::newRow("card without json") << QStringList{"card", "alpha-base"} << 2 << "--json";
        QTest::newRow("bad language")
            << QStringList{"card", "x", "--json", "--lang", "fr"} << 2 << "fr";
        QTest::newRow("missing catalog")
            << QStringList{"card", "x", "--json", "--catalog", "/nonexistent/c.sqlite"} << 3
            << "not found";
        QTest::newRow("directory catalog")
            << QStringList{"card", "x", "--json", "--catalog", "/tmp"} << 3 << "is a directory";
        QTest::newRow("unknown slug")
            << QStringList{"card", "no-such-model", "--json"} << 4 << "no-such-model";
    }

    void exitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, stderrHas);
        const Result r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(QString::fromUtf8(r.err).contains(stderrHas), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one line
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
