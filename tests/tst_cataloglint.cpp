#include "catalogsources.h"
#include "minicatalog.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Each case breaks the valid mini sources in one way and expects one "file:line: message".
class CatalogLintTest : public QObject
{
    Q_OBJECT

private:
    static QStringList issuesFor(const QString &dir)
    {
        QStringList out;
        for (const SourceIssue &i : readCatalogSources(dir, QDate(2026, 11, 29)).issues)
            out << i.toString();
        return out;
    }

private slots:
    void cleanSourcesHaveNoIssues()
    {
        QTemporaryDir dir;
        writeMiniSources(dir.path());
        const CatalogSources s = readCatalogSources(dir.path(), QDate(2026, 11, 29));
        QCOMPARE(s.issues.size(), 0);
        QCOMPARE(s.data.models.size(), size_t(4));
        QCOMPARE(s.data.lineage.size(), size_t(3));
        QCOMPARE(s.data.scores.size(), size_t(1));
        QCOMPARE(s.details.at(s.data.model("beta-chat")).text.value("zh_CN").tagline,
                 QStringLiteral("Beta Chat 的标语"));
    }

    void rejectsBrokenSources_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<QString>("expected");
        const QString coder = "models/alpha/alpha-coder.toml";
        QTest::newRow("duplicate slug")
            << "models/beta/beta-chat.toml"
            << "slug = \"beta-chat\""
            << "slug = \"alpha-coder\""
            << "models/beta/beta-chat.toml:1: duplicate slug 'alpha-coder'";
        QTest::newRow("unknown org") << coder << "org = \"alpha\""
                                     << "org = \"gamma\"" << coder + ":3: unknown org 'gamma'";
        QTest::newRow("unknown benchmark")
            << "models/alpha/alpha-base.toml"
            << "benchmark = \"aa_intelligence\""
            << "benchmark = \"mmlu\""
            << "models/alpha/alpha-base.toml:16: unknown benchmark 'mmlu'";
        QTest::newRow("unknown parent")
            << coder << "parent = \"alpha-base\""
            << "parent = \"alpha-zero\"" << coder + ":15: unknown parent 'alpha-zero'";
        QTest::newRow("bad date") << coder << "released = \"2023-09-15\""
                                  << "released = \"2023-02-30\""
                                  << coder + ":5: bad date '2023-02-30'";
        QTest::newRow("future date")
            << coder << "released = \"2023-09-15\""
            << "released = \"2027-01-01\"" << coder + ":5: date '2027-01-01' is in the future";
        QTest::newRow("missing field") << coder << "kind = \"language\"\n"
                                       << "" << coder + ":1: missing required field 'kind'";
        QTest::newRow("missing chinese") << coder << "[text.zh_CN]"
                                         << "[text.fr]" << coder + ":1: missing [text.zh_CN]";
        QTest::newRow("child before parent")
            << coder << "released = \"2023-09-15\""
            << "released = \"2022-09-15\""
            << coder + ":15: released 2022-09-15, before its parent 'alpha-base'";
        QTest::newRow("score out of scale")
            << "models/alpha/alpha-base.toml"
            << "value = 20.5"
            << "value = 120.5"
            << "models/alpha/alpha-base.toml:17: aa_intelligence score 120.5 is outside 0..100";
        QTest::newRow("bad enum") << coder << "status = \"active\""
                                  << "status = \"alive\"" << coder + ":6: 'status' must be one of";
        QTest::newRow("syntax") << coder << "notability = 5"
                                << "notability = five" << coder + ":9:15: Error while parsing";
        QTest::newRow("alias names another model")
            << "models/beta/beta-chat.toml"
            << "name_zh = \"贝塔对话\""
            << "name_zh = \"贝塔对话\"\naliases = [\"Alpha Two\"]"
            << "models/beta/beta-chat.toml:12: alias 'Alpha Two' names another model, 'alpha-two'";
        QTest::newRow("score twice")
            << "models/alpha/alpha-base.toml"
            << "as_of = \"2026-01-10\"\n"
            << "as_of = \"2026-01-10\"\n\n[[scores]]\nbenchmark = \"aa_intelligence\"\nvalue = 21\n"
               "source = \"https://example.org/aa2\"\nas_of = \"2026-01-10\"\n"
            << "models/alpha/alpha-base.toml:22: a second aa_intelligence score for 2026-01-10";
        QTest::newRow("same model twice") << "models/beta/beta-chat.toml"
                                          << "name = \"Beta Chat\""
                                          << "name = \"alpha-coder\""
                                          << "models/beta/beta-chat.toml:2: model 'alpha-coder' is "
                                             "already filed as 'alpha-coder'";

        // Values that used to be changed or dropped on the way in are refused.
        QTest::newRow("notability over int")
            << coder << "notability = 5"
            << "notability = 2147483648"
            << coder + ":9: 'notability' must be an integer from 1 to 10";
        QTest::newRow("notability 11")
            << coder << "notability = 5"
            << "notability = 11" << coder + ":9: 'notability' must be an integer from 1 to 10";
        QTest::newRow("notability 0")
            << coder << "notability = 5"
            << "notability = 0" << coder + ":9: 'notability' must be an integer from 1 to 10";
        QTest::newRow("notability decimal")
            << coder << "notability = 5"
            << "notability = 5.0" << coder + ":9: 'notability' must be an integer from 1 to 10";
        QTest::newRow("huge integer")
            << coder << "context_tokens = 128000"
            << "context_tokens = 99999999999999999999"
            << coder + ":11:38: Error while parsing decimal integer: '99999999999999999999' is "
                       "not representable in 64 bits";
        QTest::newRow("negative integer")
            << coder << "context_tokens = 128000"
            << "context_tokens = -128000"
            << coder + ":11: 'context_tokens' must be a positive integer";
        QTest::newRow("decimal where integer")
            << coder << "context_tokens = 128000"
            << "context_tokens = 1.28e5"
            << coder + ":11: 'context_tokens' must be a positive integer";
        QTest::newRow("nan price")
            << coder << "context_tokens = 128000"
            << "price_input = nan" << coder + ":11: 'price_input' must be a finite number";
        QTest::newRow("infinite price")
            << coder << "context_tokens = 128000"
            << "price_output = -inf" << coder + ":11: 'price_output' must be a finite number";
        QTest::newRow("negative price")
            << coder << "context_tokens = 128000"
            << "price_output = -1.5" << coder + ":11: 'price_output' must not be negative";
        QTest::newRow("string where number")
            << coder << "context_tokens = 128000"
            << "context_tokens = \"128000\"" << coder + ":11: 'context_tokens' must be a positive";
        QTest::newRow("string where bool")
            << coder << "open_weights = true"
            << "open_weights = \"true\"" << coder + ":7: 'open_weights' must be true or false";
        QTest::newRow("string where array") << coder << "aliases = [\"alpha-coder-instruct\"]"
                                            << "aliases = \"alpha-coder-instruct\""
                                            << coder + ":12: 'aliases' must be an array of strings";
        QTest::newRow("availability as array")
            << coder << "context_tokens = 128000\n"
            << "context_tokens = 128000\n[[availability]]\napi = \"available\"\n"
            << coder + ":12: 'availability' must be a table ([availability]), not an array of "
                       "tables ([[availability]])";
        QTest::newRow("availability as value")
            << coder << "context_tokens = 128000\n"
            << "context_tokens = 128000\navailability = \"api\"\n"
            << coder + ":12: 'availability' must be a table ([availability]), not a value";
        QTest::newRow("sources as table") << coder << "[[sources]]"
                                          << "[sources]"
                                          << coder + ":19: 'sources' must be an array of tables "
                                                     "([[sources]]), not a table ([sources])";
        QTest::newRow("value as table") << coder << "name = \"Alpha Coder\""
                                        << "name = { en = \"Alpha Coder\" }"
                                        << coder + ":2: 'name' must be a value, not a table";
        QTest::newRow("misspelt key")
            << coder << "context_tokens = 128000"
            << "contex_tokens = 128000"
            << coder + ":11: unknown key 'contex_tokens' (did you mean 'context_tokens'?)";
        QTest::newRow("unknown key") << coder << "context_tokens = 128000"
                                     << "colour = \"red\"" << coder + ":11: unknown key 'colour'";
        QTest::newRow("misspelt key in text")
            << coder << "tagline = \"Tagline of Alpha Coder\""
            << "taglin = \"Tagline of Alpha Coder\""
            << coder + ":25: unknown key 'taglin' in [text.en] (did you mean 'tagline'?)";
        QTest::newRow("misspelt key in lineage")
            << coder << "relation = \"fine_tunes\""
            << "relaton = \"fine_tunes\""
            << coder + ":16: unknown key 'relaton' in [[lineage]] (did you mean 'relation'?)";
        QTest::newRow("unknown availability channel")
            << coder << "aliases = [\"alpha-coder-instruct\"]\n"
            << "aliases = [\"alpha-coder-instruct\"]\n[availability]\napis = \"available\"\n"
            << coder + ":14: unknown key 'apis' in [availability] (did you mean 'api'?)";
        QTest::newRow("unknown text language")
            << coder << "[text.zh_CN]"
            << "[text.zh_TW]" << coder + ":28: unknown key 'zh_TW' in [text]";
        QTest::newRow("duplicate lineage edge")
            << coder << "source = \"https://example.org/alpha-coder\"\n"
            << "source = \"https://example.org/alpha-coder\"\n\n[[lineage]]\nparent = "
               "\"alpha-base\"\nrelation = \"fine_tunes\"\nsource = \"https://example.org/x\"\n"
            << coder + ":20: a second [[lineage]] entry for parent 'alpha-base' (first on line 15)";
        QTest::newRow("unknown relation")
            << coder << "relation = \"fine_tunes\""
            << "relation = \"fine_tuned\"" << coder + ":16: 'relation' must be one of";
        QTest::newRow("missing parent") << coder << "parent = \"alpha-base\"\n"
                                        << "" << coder + ":14: missing required field 'parent'";
        QTest::newRow("missing notability")
            << coder << "notability = 5\n"
            << "" << coder + ":1: missing required field 'notability'";
        QTest::newRow("missing source title")
            << coder << "title = \"Alpha Coder model card\"\n"
            << "" << coder + ":19: missing required field 'title'";
        QTest::newRow("missing summary") << coder << "summary = \"Summary of Alpha Coder.\"\n"
                                         << "" << coder + ":24: missing required field 'summary'";
        QTest::newRow("spaces around a value")
            << coder << "org = \"alpha\""
            << "org = \"alpha \"" << coder + ":3: 'org' starts or ends with white space";
        QTest::newRow("escaped control character")
            << coder << "name = \"Alpha Coder\""
            << "name = \"Alpha\\u0000Coder\""
            << coder + ":2: 'name' holds control character U+0000";
        QTest::newRow("capability twice")
            << "models/alpha/alpha-base.toml"
            << "capabilities = [\"coding\"]"
            << "capabilities = [\"coding\", \"coding\"]"
            << "models/alpha/alpha-base.toml:13: 'capabilities' lists "
               "'coding' twice";
        QTest::newRow("date time where date")
            << coder << "released = \"2023-09-15\""
            << "released = 2023-09-15T10:00:00Z" << coder + ":5: 'released' must be a date";
        QTest::newRow("duplicate benchmark id")
            << "benchmarks.toml"
            << "max = 100\n"
            << "max = 100\n\n[[benchmark]]\nid = \"aa_intelligence\"\nname = \"Again\"\nname_zh = "
               "\"再次\"\nunit = \"points\"\nmin = 0\nmax = 100\n"
            << "benchmarks.toml:10: duplicate benchmark id 'aa_intelligence' (first on line 2)";
        QTest::newRow("benchmarks as table")
            << "benchmarks.toml"
            << "[[benchmark]]"
            << "[benchmark]"
            << "benchmarks.toml:1: 'benchmark' must be an array of "
               "tables ([[benchmark]]), not a table ([benchmark])";
        QTest::newRow("org key misspelt") << "orgs/alpha.toml"
                                          << "name_zh"
                                          << "namezh"
                                          << "orgs/alpha.toml:3: unknown key 'namezh' (did you "
                                             "mean 'name_zh'?)";
    }

    // TOML 1.0 as a whole: a native date, an inline table and a literal string are read alike.
    void acceptsFullToml()
    {
        QTemporaryDir dir;
        writeMiniSources(dir.path());
        const QString coder = "models/alpha/alpha-coder.toml";
        QFile f(dir.filePath(coder));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        text.replace("released = \"2023-09-15\"", "released = 2023-09-15");
        text.replace("org = \"alpha\"", "org = 'alpha'");
        text.replace("context_tokens = 128000\n",
                     "context_tokens = 128_000\navailability = { api = \"available\" }\n");
        writeFile(dir.path(), coder, text);
        const CatalogSources s = readCatalogSources(dir.path(), QDate(2026, 11, 29));
        QStringList issues;
        for (const SourceIssue &i : s.issues)
            issues << i.toString();
        QVERIFY2(issues.isEmpty(), qPrintable(issues.join('\n')));
        const ModelRecord &m = s.data.models[size_t(s.data.model("alpha-coder"))];
        QCOMPARE(m.released, QStringLiteral("2023-09-15"));
        QCOMPARE(m.org, QStringLiteral("alpha"));
        QCOMPARE(m.contextTokens.value_or(0), 128000);
        QCOMPARE(m.availability.value("api"), QStringLiteral("available"));
    }

    void rejectsBadBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid utf-8")
            << QByteArray("name = \"Alpha \xff Coder\"") << ":2:15: invalid UTF-8 (byte 0xff)";
        QTest::newRow("nul byte") << QByteArray("name = \"Alpha \0 Coder\"", 21)
                                  << ":2:15: Error while parsing string: unescaped control";
        QTest::newRow("lone surrogate")
            << QByteArray("name = \"Alpha \\uDC00 Coder\"")
            << ":2:21: Error while parsing unicode scalar sequence: unicode surrogates";
    }

    void rejectsBadBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeMiniSources(dir.path());
        const QString coder = "models/alpha/alpha-coder.toml";
        QFile f(dir.filePath(coder));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray text = f.readAll();
        text.replace("name = \"Alpha Coder\"", bytes);
        f.resize(0);
        f.write(text);
        f.close();
        const QStringList issues = issuesFor(dir.path());
        QVERIFY2(!issues.isEmpty() && issues.first().startsWith(coder + expected),
                 qPrintable(issues.join('\n')));
    }

    void rejectsBrokenSources()
    {
        QFETCH(QString, file);
        QFETCH(QString, find);
        QFETCH(QString, replace);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeMiniSources(dir.path());
        QFile f(dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        QVERIFY2(text.contains(find), qPrintable(find));
        writeFile(dir.path(), file, text.replace(find, replace));
        const QStringList issues = issuesFor(dir.path());
        QVERIFY2(!issues.isEmpty(), "expected a lint error");
        bool found = false;
        for (const QString &i : issues)
            found = found || i.startsWith(expected);
        QVERIFY2(found, qPrintable("expected " + expected + "\ngot:\n" + issues.join('\n')));
    }

    void rejectsLineageCycle()
    {
        QTemporaryDir dir;
        writeMiniSources(dir.path());
        // alpha-base builds on alpha-coder, which already fine-tunes alpha-base.
        QFile f(dir.filePath("models/alpha/alpha-base.toml"));
        QVERIFY(f.open(QIODevice::Append));
        f.write("\n[[lineage]]\nparent = \"alpha-coder\"\nrelation = \"successor_of\"\n"
                "source = \"https://example.org/x\"\n");
        f.close();
        const QStringList issues = issuesFor(dir.path());
        // Both edges of the loop are named, each in its own file.
        QVERIFY2(issues.contains("models/alpha/alpha-base.toml:35: lineage cycle: parent "
                                 "'alpha-coder' descends from 'alpha-base' (the loop runs through "
                                 "alpha-base, alpha-coder)"),
                 qPrintable(issues.join('\n')));
        QVERIFY2(issues.contains("models/alpha/alpha-coder.toml:15: lineage cycle: parent "
                                 "'alpha-base' descends from 'alpha-coder' (the loop runs through "
                                 "alpha-base, alpha-coder)"),
                 qPrintable(issues.join('\n')));
        QCOMPARE(issues.size(), 2);
    }

    void compilerExitsNonZeroWithFileAndLine()
    {
        QTemporaryDir dir;
        writeMiniSources(dir.path());
        writeFile(dir.path(), "models/beta/beta-new.toml", "slug = \"beta-new\"\nname = \"x\n");
        QProcess p;
        p.start(ATLAS_COMPILER, {"--lint", dir.path()});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("models/beta/beta-new.toml:2:10: unterminated string"), err);
        QVERIFY(!QFile::exists(dir.filePath("catalog.sqlite")));
    }

    // A compile that fails on its sources leaves the previous output as it was.
    void failedCompileKeepsPreviousOutput()
    {
        QTemporaryDir dir;
        writeMiniSources(dir.path());
        const QString out = dir.filePath("out.sqlite");
        writeFile(dir.path(), "out.sqlite", "previous output");
        writeFile(dir.path(), "models/beta/beta-chat.toml", "slug = \"beta-chat\"\n");
        QProcess p;
        p.start(ATLAS_COMPILER, {dir.path(), "--out", out});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(
            p.readAllStandardError().contains("models/beta/beta-chat.toml:1: missing required"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("previous output"));
        QCOMPARE(QDir(dir.path()).entryList({"out.sqlite*"}, QDir::Files),
                 QStringList{"out.sqlite"});
    }

    void compilerWritesCatalog()
    {
        QTemporaryDir dir;
        writeMiniSources(dir.path());
        QProcess p;
        p.start(ATLAS_COMPILER, {dir.path(), "--out", dir.filePath("out.sqlite")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("4 models"));
        QVERIFY(QFileInfo(dir.filePath("out.sqlite")).size() > 0);
    }
};

QTEST_GUILESS_MAIN(CatalogLintTest)
#include "tst_cataloglint.moc"
