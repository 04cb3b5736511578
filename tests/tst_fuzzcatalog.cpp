#include "cardjson.h"
#include "cardstats.h"
#include "catalog.h"
#include "searchindex.h"
#include "sqlite.h"
#include "syntheticcatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

// Damaged and crafted catalogs: bit flips and truncations of the shipped catalog, and catalogs
// made to break the reader's assumptions. Each must open or be refused with one clear line,
// quickly, and be left exactly as it was. Most cases run in this process; a sample also runs
// through the real binary, whose exit code must be 0, 3 or 4.
class FuzzCatalogTest : public QObject
{
    Q_OBJECT

private:
    static constexpr quint32 kSeed = 20240617;
    static constexpr int kMutations = 520;
    static constexpr int kEveryNthThroughBinary = 13; // 40 of the mutations
    static constexpr int kTimeLimitMs = 10000;

    QTemporaryDir m_dir, m_runtime;
    QByteArray m_shipped;
    int m_inProcess = 0, m_throughBinary = 0, m_refused = 0;

    // The file's bytes, compared whole before and after each case (cheaper than hashing).
    static QByteArray bytesOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool hasSideFiles(const QString &path)
    {
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            if (QFile::exists(path + suffix))
                return true;
        return false;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // A copy of the shipped catalog changed by `statements`.
    QString crafted(const QString &name, const QStringList &statements)
    {
        const QString path = write(name, m_shipped);
        sqlite::Database db = sqlite::Database::openReadWrite(path);
        for (const QString &s : statements)
            if (!db.exec(s.toUtf8().constData()))
                qWarning("%s: %s", qPrintable(s), qPrintable(db.error()));
        return path;
    }

    // One mutation of `bytes`: bit flips, a run of random bytes, or a truncation.
    static QByteArray mutate(QByteArray bytes, QRandomGenerator &random)
    {
        const int size = int(bytes.size());
        // Flips land in the first pages (header, schema, the first tables) half of the time,
        // where a flip changes the most.
        auto position = [&] {
            return random.bounded(2) ? int(random.bounded(std::min(size, 16384)))
                                     : int(random.bounded(size));
        };
        switch (random.bounded(4)) {
        case 0: // a few bit flips
        case 1:
            for (int i = 0, n = 1 + int(random.bounded(8)); i < n; ++i) {
                const int at = position();
                bytes[at] = char(bytes[at] ^ (1 << random.bounded(8)));
            }
            break;
        case 2: // a run of random bytes
            for (int at = position(), n = 1 + int(random.bounded(32)); n > 0 && at < size;
                 ++at, --n)
                bytes[at] = char(random.bounded(256));
            break;
        default: // a truncation, on a page boundary or not
            if (random.bounded(2)) {
                const int page = 4096;
                bytes.truncate(std::max(page, int(random.bounded(size / page)) * page));
            } else {
                bytes.truncate(int(random.bounded(size)));
            }
        }
        return bytes;
    }

    // Opens the catalog at `path` in this process and uses it as the commands do.
    void runInProcess(const QString &path, const QString &what)
    {
        const QByteArray before = bytesOf(path);
        QElapsedTimer timer;
        timer.start();
        QString error;
        {
            const auto catalog = Catalog::open(path, &error);
            if (!catalog) {
                ++m_refused;
                QVERIFY2(!error.isEmpty() && !error.contains('\n'),
                         qPrintable(what + ": " + error));
            } else {
                const int model = catalog->data().model("deepseek-coder-v2");
                if (model >= 0)
                    cardJson(*catalog, model, "en");
                catalog->searchIndex()->search("deepseek", 20);
                catalog->statistics();
                if (!catalog->data().models.empty())
                    catalog->details(0);
            }
        }
        ++m_inProcess;
        QVERIFY2(timer.elapsed() < kTimeLimitMs, qPrintable(what + ": too slow"));
        QVERIFY2(bytesOf(path) == before, qPrintable(what + ": the catalog changed"));
        QVERIFY2(!hasSideFiles(path), qPrintable(what + ": files left beside the catalog"));
    }

    // Runs the three commands on the catalog at `path` through the real binary, at once.
    void runBinary(const QString &path, const QString &what)
    {
        const QByteArray before = bytesOf(path);
        const QString csv = m_dir.filePath("export.csv");
        const QList<QStringList> commands = {
            {"--catalog", path, "card", "deepseek-coder-v2", "--json"},
            {"--catalog", path, "search", "deepseek", "--json"},
            {"--catalog", path, "export", "list", "--out", csv}};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("XDG_RUNTIME_DIR", m_runtime.path()); // Qt warns on stderr without one
        std::vector<std::unique_ptr<QProcess>> processes;
        QElapsedTimer timer;
        timer.start();
        for (const QStringList &args : commands) {
            processes.push_back(std::make_unique<QProcess>());
            processes.back()->setProcessEnvironment(env);
            processes.back()->start(ATLAS_BINARY, args);
        }
        for (size_t i = 0; i < processes.size(); ++i) {
            QProcess &p = *processes[i];
            const QString run = what + ": " + commands[int(i)].mid(2).join(' ');
            const bool finished =
                p.waitForFinished(int(std::max<qint64>(1, kTimeLimitMs - timer.elapsed())));
            if (!finished) {
                for (auto &other : processes)
                    other->kill();
                for (auto &other : processes)
                    other->waitForFinished();
            }
            QVERIFY2(finished, qPrintable(run + ": still running after 10 s"));
            QVERIFY2(p.exitStatus() == QProcess::NormalExit, qPrintable(run + ": crashed"));
            const int code = p.exitCode();
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(code == 0 || code == 3 || code == 4,
                     qPrintable(run + ": exit " + QString::number(code) + ": " + err));
            if (code == 3)
                QVERIFY2(err.endsWith('\n') && err.count('\n') == 1 && err.size() > 1,
                         qPrintable(run + ": " + err));
            ++m_throughBinary;
        }
        QFile::remove(csv);
        QVERIFY2(bytesOf(path) == before, qPrintable(what + ": the catalog changed"));
        QVERIFY2(!hasSideFiles(path), qPrintable(what + ": files left beside the catalog"));
    }

    void runBoth(const QString &path, const QString &what)
    {
        runInProcess(path, what);
        if (QTest::currentTestFailed())
            return;
        runBinary(path, what);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile f(ATLAS_SOURCE_DIR "/data/catalog.sqlite");
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_shipped = f.readAll();
        QVERIFY(m_shipped.size() > 4096);
    }

    void mutationsOfTheShippedCatalog()
    {
        QRandomGenerator random(kSeed);
        for (int i = 0; i < kMutations; ++i) {
            const QString path =
                write(QStringLiteral("mutant-%1.sqlite").arg(i), mutate(m_shipped, random));
            QVERIFY(!path.isEmpty());
            const QString what = QStringLiteral("mutation %1 (seed %2)").arg(i).arg(kSeed);
            runInProcess(path, what);
            if (QTest::currentTestFailed())
                return;
            if (i % kEveryNthThroughBinary == 0) {
                runBinary(path, what);
                if (QTest::currentTestFailed())
                    return;
            }
            QFile::remove(path);
        }
    }

    void craftedCatalogs_data()
    {
        QTest::addColumn<QStringList>("statements");
        const QString coder = "(SELECT id FROM models WHERE slug = 'deepseek-coder-v2')";
        const QStringList loose = {
            "CREATE TABLE loose AS SELECT * FROM models", "DROP TABLE models",
            "CREATE TABLE models AS SELECT * FROM loose", "DROP TABLE loose"};
        QTest::newRow("wrong column types")
            << QStringList{"UPDATE models SET context_tokens = 'long', price_output = x'00ff',"
                           " notability = 1e300, open_weights = 'no', released = 20240617,"
                           " params_total = -1, output_tps = 'fast'",
                           "UPDATE scores SET value = 'high'", "UPDATE lineage SET relation = 7"};
        QTest::newRow("nulls in required columns")
            << (QStringList(loose) << "UPDATE models SET name = NULL, org = NULL, kind = NULL,"
                                      " released = NULL, status = NULL, slug = NULL"
                                      " WHERE slug <> 'deepseek-coder-v2'"
                                   << "UPDATE models SET name = NULL WHERE id = " + coder);
        QTest::newRow("huge name")
            << QStringList{"UPDATE models SET name = printf('%.*c', 8000000, 'd')"
                           " WHERE slug = 'deepseek-coder-v2'"};
        QTest::newRow("huge organisation name")
            << QStringList{"UPDATE orgs SET name = printf('%.*c', 1000000, 'o')"};
        QTest::newRow("huge text")
            << QStringList{"UPDATE models SET note = printf('%.*c', 8000000, 'n'),"
                           " kind = printf('%.*c', 100000, 'k') WHERE slug = 'deepseek-coder-v2'",
                           "UPDATE model_text SET text = printf('%.*c', 4000000, 't') WHERE"
                           " model = " +
                               coder + " AND field = 'summary'",
                           "INSERT INTO aliases SELECT id, printf('%.*c', 1000000, 'a') FROM"
                           " models WHERE id = " +
                               coder};
        QTest::newRow("many aliases")
            << QStringList{"INSERT INTO aliases WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT"
                           " i + 1 FROM n WHERE i < 200000) SELECT " +
                           coder + ", 'deepseek-alias-' || i FROM n"};
        QTest::newRow("negative ids")
            << QStringList{"UPDATE models SET id = -id", "UPDATE aliases SET model = -model",
                           "UPDATE lineage SET child = -child, parent = -parent"};
        QTest::newRow("extreme ids")
            << QStringList{"UPDATE models SET id = 9223372036854775807 WHERE id = " + coder,
                           "UPDATE models SET id = -9223372036854775807 WHERE id = (SELECT"
                           " min(id) FROM models)",
                           "UPDATE meta SET value = '0' WHERE key = 'model_count'"};
        QTest::newRow("huge id with matching count")
            << QStringList{"UPDATE models SET id = 1000000000 WHERE id = (SELECT max(id) FROM"
                           " models)",
                           "UPDATE meta SET value = (SELECT max(id) - min(id) + 1 FROM models)"
                           " WHERE key = 'model_count'"};
        QTest::newRow("lying model count")
            << QStringList{"UPDATE meta SET value = '99999999999' WHERE key = 'model_count'"};
        QTest::newRow("duplicate ids")
            << (QStringList(loose) << "UPDATE models SET id = 1 WHERE id = 2");
        QTest::newRow("lineage cycle")
            << QStringList{"INSERT INTO lineage SELECT parent, child, relation, source FROM"
                           " lineage",
                           "INSERT INTO lineage SELECT id, id, 'fine_tunes', NULL FROM models"};
        QTest::newRow("dangling references") << QStringList{
            "UPDATE lineage SET parent = parent + 100000", "UPDATE scores SET benchmark = 'none'",
            "UPDATE models SET org = 'nobody'"};
    }

    void craftedCatalogs()
    {
        QFETCH(QStringList, statements);
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-');
        const QString path = crafted(name + ".sqlite", statements);
        QVERIFY(!path.isEmpty());
        runBoth(path, QString::fromLatin1(QTest::currentDataTag()));
    }

    void damagedSearchIndexOfALargeCatalog()
    {
        // Large enough to be written with its search index saved.
        const QString good = m_dir.filePath("synthetic.sqlite");
        QString error;
        QVERIFY2(synth::write(20000, kSeed, good, &error), qPrintable(error));
        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        f.close();
        QRandomGenerator random(kSeed);
        int damaged = 0;
        for (const char *part :
             {"header", "text", "starts", "order", "column.kind", "capsets", "short_fields",
              "names", "content_digest", "ngram2.bits", "ngram3.ids"}) {
            const QString path = write(QStringLiteral("index-%1.sqlite").arg(part), bytes);
            {
                sqlite::Database db = sqlite::Database::openReadWrite(path);
                sqlite::Statement read(db, "SELECT data FROM search_index WHERE part = ?1");
                read.bind(1, QString::fromLatin1(part));
                if (!read.next())
                    continue; // not a part of this format
                QByteArray data = read.bytes(0).toByteArray();
                read.reset();
                for (int i = 0; i < 16 && !data.isEmpty(); ++i)
                    data[int(random.bounded(int(data.size())))] = char(random.bounded(256));
                sqlite::Statement update(db, "UPDATE search_index SET data = ?2 WHERE part = ?1");
                update.bind(1, QString::fromLatin1(part));
                update.bindBlob(2, data);
                QVERIFY2(update.run(), qPrintable(update.error()));
            }
            ++damaged;
            const QString what = QStringLiteral("search index part %1").arg(part);
            runInProcess(path, what);
            if (QTest::currentTestFailed())
                return;
            if (damaged <= 3)
                runBinary(path, what);
            QFile::remove(path);
        }
        QVERIFY(damaged >= 8);
    }

    void cleanupTestCase()
    {
        qInfo("%d cases in this process (%d refused), %d runs of the binary", m_inProcess,
              m_refused, m_throughBinary);
    }
};

QTEST_GUILESS_MAIN(FuzzCatalogTest)
#include "tst_fuzzcatalog.moc"
