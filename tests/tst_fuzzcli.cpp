#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// The command line under odd arguments: every run ends with 0, 2, 3 or 4, a failure says why in
// one line on stderr, and an export never leaves a half-written or damaged file behind.
class FuzzCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static int lines(const QByteArray &text)
    {
        return int(text.trimmed().count('\n')) + (text.trimmed().isEmpty() ? 0 : 1);
    }

    // The checks every run must pass; `allowed` are the exit codes that run may end with.
    static bool sane(const CliRun &run, const QList<int> &allowed, QString *why)
    {
        if (run.code < 0) {
            *why = run.code == -1 ? "timed out" : "crashed: " + QString::fromUtf8(run.err);
            return false;
        }
        if (!allowed.contains(run.code)) {
            *why = QStringLiteral("exit %1: %2").arg(run.code).arg(QString::fromUtf8(run.err));
            return false;
        }
        if (run.code != 0 && lines(run.err) != 1) {
            *why = QStringLiteral("exit %1 with %2 lines on stderr: %3")
                       .arg(run.code)
                       .arg(lines(run.err))
                       .arg(QString::fromUtf8(run.err.left(400)));
            return false;
        }
        if (run.code != 0 && !run.err.startsWith("model-atlas: ")) {
            *why = "stderr does not say who speaks: " + QString::fromUtf8(run.err.left(200));
            return false;
        }
        return true;
    }

private slots:
    void oddArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QList<int>>("allowed");
        const QString huge(100000, 'x');
        const QString out = m_dir.filePath("out.csv");
        QTest::newRow("huge slug") << QStringList{"card", huge, "--json"} << QList<int>{4};
        QTest::newRow("huge query") << QStringList{"search", huge, "--json"} << QList<int>{0};
        QTest::newRow("huge option") << QStringList{"--" + huge} << QList<int>{2};
        QTest::newRow("huge command") << QStringList{huge} << QList<int>{2};
        QTest::newRow("window without a display") << QStringList{"--"} << QList<int>{2};
        QTest::newRow("slug of punctuation")
            << QStringList{"card", "../../etc/passwd", "--json"} << QList<int>{4};
        QTest::newRow("slug with quotes")
            << QStringList{"card", "gpt-4o'; DROP TABLE models; --", "--json"} << QList<int>{4};
        QTest::newRow("emoji slug") << QStringList{"card", "🦙", "--json"} << QList<int>{4};
        QTest::newRow("empty slug") << QStringList{"card", "", "--json"} << QList<int>{4};
        QTest::newRow("query starting with a dash after --")
            << QStringList{"search", "--json", "--", "-llama"} << QList<int>{0};
        QTest::newRow("dash query without --")
            << QStringList{"search", "-llama", "--json"} << QList<int>{2};
        QTest::newRow("unknown language")
            << QStringList{"--lang", "xx", "card", "gpt-4o", "--json"} << QList<int>{2};
        QTest::newRow("empty language")
            << QStringList{"--lang=", "card", "gpt-4o", "--json"} << QList<int>{0, 2};
        QTest::newRow("limit zero") << QStringList{"search", "a", "--limit", "0"} << QList<int>{2};
        QTest::newRow("limit huge")
            << QStringList{"search", "a", "--json", "--limit", "99999999999"} << QList<int>{2};
        QTest::newRow("missing value") << QStringList{"search", "a", "--limit"} << QList<int>{2};
        QTest::newRow("missing catalog")
            << QStringList{"--catalog", m_dir.filePath("none.sqlite"), "card", "gpt-4o", "--json"}
            << QList<int>{3};
        QTest::newRow("catalog is a folder")
            << QStringList{"--catalog", m_dir.path(), "search", "a", "--json"} << QList<int>{3};
        QTest::newRow("catalog is a device")
            << QStringList{"--catalog", "/dev/null", "search", "a", "--json"} << QList<int>{3};
        QTest::newRow("out into a missing folder")
            << QStringList{"export", "list", "--out", m_dir.filePath("no/such/x.csv")}
            << QList<int>{2};
        QTest::newRow("out onto a folder")
            << QStringList{"export", "list", "--out", m_dir.path()} << QList<int>{2};
        QTest::newRow("out with no suffix")
            << QStringList{"export", "card", "gpt-4o", "--out", m_dir.filePath("card")}
            << QList<int>{2};
        QTest::newRow("out under a file")
            << QStringList{"export", "list", "--out", QString(ATLAS_BINARY) + "/x.csv"}
            << QList<int>{2};
        QTest::newRow("export nothing") << QStringList{"export", "--out", out} << QList<int>{2};
        QTest::newRow("export an unknown kind")
            << QStringList{"export", "poster", "--out", out} << QList<int>{2};
        QTest::newRow("compare one model")
            << QStringList{"export", "compare", "gpt-4o", "--out", m_dir.filePath("c.png")}
            << QList<int>{2};
        QTest::newRow("tree of an unknown root")
            << QStringList{"export", "tree", "--root", "nope", "--out", m_dir.filePath("t.svg")}
            << QList<int>{4};
    }

    void oddArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QList<int>, allowed);
        const CliRun run = runAtlas(args, true);
        QString why;
        QVERIFY2(sane(run, allowed, &why), qPrintable(why));
        if (run.code == 0 && args.contains("--json"))
            QVERIFY(!QJsonDocument::fromJson(run.out).isNull());
    }

    // Bytes that are not UTF-8, given as the operating system gives them.
    void invalidUtf8InArguments()
    {
        const QByteArray bad = QByteArray("caf\xe9\xff\xfe", 6);
        for (const QStringList &args :
             {QStringList{"search", "--json", "--limit", "3"}, QStringList{"card", "--json"}}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("ATLAS_ODD_ARGUMENT", QString::fromLatin1(bad.toHex()));
            p.setProcessEnvironment(env);
            // The shell turns the hex back into raw bytes and passes them as one argument.
            p.start("/bin/sh",
                    {"-c",
                     QStringLiteral("exec \"$0\" %1 \"$(printf '%2')\" %3")
                         .arg(args.first(),
                              QString::fromLatin1(bad).toLatin1().toPercentEncoding().replace(
                                  '%', "\\x"),
                              args.mid(1).join(' ')),
                     ATLAS_BINARY});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitStatus() == QProcess::NormalExit, "crashed");
            const CliRun run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
            QString why;
            QVERIFY2(sane(run, {0, 4}, &why), qPrintable(why));
        }
    }

    // Random mixtures of real and odd arguments, from a fixed seed.
    void mixedArguments()
    {
        const QStringList pieces = {
            "card",    "list",    "tree",     "compare", "--json",  "--lang", "zh_CN",     "--out",
            "--root",  "--limit", "3",        "gpt-4o",  "-",       "=",      "--catalog", "💥",
            "llama 3", "\t",      "--orient", "h",       "--query", "--help"};
        QRandomGenerator random(20261202);
        int runs = 0;
        for (int i = 0; i < 40; ++i) {
            // Always a command: without one the program opens its window.
            QStringList args{QStringList{"card", "search", "export"}.at(int(random.bounded(3)))};
            const int n = int(random.bounded(6));
            for (int k = 0; k < n; ++k)
                args << pieces.at(int(random.bounded(pieces.size())));
            // Never onto a real file: every output goes into the scratch folder.
            for (int k = 0; k + 1 < args.size(); ++k)
                if (args[k] == "--out" || args[k] == "--catalog")
                    args[k + 1] = m_dir.filePath(QStringLiteral("mixed-%1.png").arg(i));
            const CliRun run = runAtlas(args, true);
            QString why;
            QVERIFY2(sane(run, {0, 2, 3, 4}, &why), qPrintable(args.join(' ') + " → " + why));
            ++runs;
        }
        qInfo("%d mixed command lines", runs);
    }

    // An export replaces an existing file whole, or leaves it as it was.
    void exportsReplaceFilesWhole()
    {
        const QString path = m_dir.filePath("list.csv");
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous contents\n");
        old.close();

        // Refused before writing: the old file stays.
        CliRun run = runAtlas(
            {"export", "card", "no-such-model", "--out", m_dir.filePath("list.png")}, true);
        QCOMPARE(run.code, 4);
        run = runAtlas({"export", "list", "--lang", "xx", "--out", path}, true);
        QCOMPARE(run.code, 2);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("previous contents\n"));
        again.close();

        // Written: the new file whole, and nothing left beside it.
        run = runAtlas({"export", "list", "--query", "deepseek", "--out", path}, true);
        QCOMPARE(run.code, 0);
        QVERIFY(again.open(QIODevice::ReadOnly));
        const QByteArray csv = again.readAll();
        QVERIFY(csv.startsWith("slug,"));
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(csv.count('\n') > 5);
        const QStringList left = QDir(m_dir.path()).entryList({"list.csv*"}, QDir::Files);
        QCOMPARE(left, QStringList{"list.csv"});
    }

    // As an ordinary user (not root) a read-only folder is refused up front.
    void readOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root writes into read-only folders");
        const QString folder = m_dir.filePath("read-only");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const CliRun run = runAtlas({"export", "list", "--out", folder + "/x.csv"}, true);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QString why;
        QVERIFY2(sane(run, {2}, &why), qPrintable(why));
        QVERIFY(run.err.contains("not writable"));
    }
};

QTEST_GUILESS_MAIN(FuzzCliTest)
#include "tst_fuzzcli.moc"
