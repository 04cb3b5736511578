#include "catalogsources.h"
#include "minicatalog.h"

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
                                << "notability = five" << coder + ":9: unknown value 'five'";
        QTest::newRow("alias names another model")
            << "models/beta/beta-chat.toml"
            << "name_zh = \"贝塔对话\""
            << "name_zh = \"贝塔对话\"\naliases = [\"Alpha Two\"]"
            << "models/beta/beta-chat.toml: alias 'Alpha Two' names another model, 'alpha-two'";
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
        QVERIFY2(issues.join('\n').contains("lineage cycle"), qPrintable(issues.join('\n')));
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
        QVERIFY2(
            p.readAllStandardError().contains("models/beta/beta-new.toml:2: unterminated string"),
            "compiler should name the file and line");
        QVERIFY(!QFile::exists(dir.filePath("catalog.sqlite")));
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
