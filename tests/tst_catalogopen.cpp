#include "catalog.h"
#include "minicatalog.h"
#include "searchindex.h"
#include "sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

class CatalogOpenTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_good;

    static QByteArray hashOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }

    QString copyOfGood(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        QFile::copy(m_good, path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    // The files SQLite could leave beside a database.
    static QStringList sideFiles(const QString &path)
    {
        QStringList found;
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            if (QFile::exists(path + suffix))
                found << path + suffix;
        return found;
    }

    // The statements that turn the models table into one without constraints, so that ids can
    // repeat or be of any type, and required values can be NULL.
    static QStringList looseModels()
    {
        return {"CREATE TABLE loose AS SELECT * FROM models", "DROP TABLE models",
                "CREATE TABLE models AS SELECT * FROM loose", "DROP TABLE loose"};
    }

    // Runs SQL on a copy of the good catalog, for files that are SQLite but not ours.
    QString alteredCopy(const QString &name, const QStringList &statements)
    {
        const QString path = copyOfGood(name);
        sqlite::Database db = sqlite::Database::openReadWrite(path);
        for (const QString &s : statements)
            if (!db.exec(s.toUtf8().constData()))
                qWarning("%s: %s", qPrintable(s), qPrintable(db.error()));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = compileMiniCatalog(m_dir.path());
        QVERIFY(!m_good.isEmpty());
    }

    void zeroIsReportedAndMissingIsNot()
    {
        // Facts are kept in compact optionals: 0 (a free model, no parameters) must stay a
        // reported 0, distinct from "not reported".
        CompactOptional<double> price;
        QVERIFY(!price.has_value());
        price = 0.0;
        QVERIFY(price.has_value());
        QCOMPARE(*price, 0.0);
        QVERIFY(price != CompactOptional<double>());
        price = std::nullopt;
        QVERIFY(!price);
        CompactOptional<qint64> tokens(std::optional<qint64>(0));
        QVERIFY(tokens.has_value());
        QCOMPARE(std::optional<qint64>(tokens), std::optional<qint64>(0));
        QCOMPARE(CompactOptional<qint64>(std::optional<qint64>()).value_or(-1), Q_INT64_C(-1));
        QVERIFY(CompactOptional<qint64>(Q_INT64_C(-5)) == CompactOptional<qint64>(Q_INT64_C(-5)));
    }

    void opensGoodCatalogIntoMemory()
    {
        QString error;
        auto catalog = Catalog::open(m_good, &error);
        QVERIFY2(catalog, qPrintable(error));
        const CatalogData &d = catalog->data();
        QCOMPARE(d.models.size(), size_t(4));
        const int coder = d.model("alpha-coder");
        QVERIFY(coder >= 0);
        QCOMPARE(d.models[coder].contextTokens.value_or(0), Q_INT64_C(128000));
        QCOMPARE(d.models[coder].aliases, QStringList{"alpha-coder-instruct"});
        QVERIFY(!d.models[coder].paramsTotal.has_value()); // unknown stays unknown
        QCOMPARE(d.score(d.model("alpha-base"), "aa_intelligence").value_or(-1), 20.5);
        QVERIFY(!d.score(coder, "aa_intelligence").has_value());
        QCOMPARE(d.org("beta")->nameZh, QStringLiteral("贝塔智能"));
        QCOMPARE(catalog->meta("schema_version"), QStringLiteral("1"));
        const ModelDetails details = catalog->details(d.model("beta-chat"));
        QCOMPARE(details.text.value("zh_CN").summary, QStringLiteral("Beta Chat 的简介。"));
        QCOMPARE(details.sources.size(), 1);
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << m_dir.filePath("nope.sqlite") << "catalog not found";
        QTest::newRow("directory") << m_dir.path() << "is a directory";
        writeFile(m_dir.path(), "empty.sqlite", "");
        QTest::newRow("empty") << m_dir.filePath("empty.sqlite") << "is empty";
        QByteArray noise(8192, '\0');
        for (char &c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        QFile r(m_dir.filePath("random.sqlite"));
        r.open(QIODevice::WriteOnly);
        r.write(noise);
        r.close();
        QTest::newRow("random bytes") << r.fileName() << "is not an SQLite database";
        const QString truncated = copyOfGood("truncated.sqlite");
        QFile t(truncated);
        t.resize(t.size() / 2 + 100);
        QTest::newRow("truncated") << truncated << "is truncated";
        QTest::newRow("foreign sqlite")
            << alteredCopy("foreign.sqlite", {"DROP TABLE meta"}) << "is not a Model Atlas catalog";
        QTest::newRow("no version")
            << alteredCopy("noversion.sqlite", {"DELETE FROM meta"}) << "no schema_version";
        QTest::newRow("newer schema")
            << alteredCopy("newer.sqlite",
                           {"UPDATE meta SET value = '99' WHERE key = 'schema_version'"})
            << "has schema version 99; this Model Atlas reads up to 1";
        QTest::newRow("corrupt table")
            << alteredCopy("corrupt.sqlite", {"DROP TABLE lineage", "CREATE TABLE lineage (x)"})
            << "is corrupt";
        QTest::newRow("duplicate ids")
            << alteredCopy("duplicate.sqlite", looseModels()
                                                   << "UPDATE models SET id = 1 WHERE id = 2")
            << "the model id 1 is given twice";
        QTest::newRow("text ids") << alteredCopy("textids.sqlite",
                                                 looseModels()
                                                     << "UPDATE models SET id = 'x' WHERE id = 2")
                                  << "ids that are not integers";
        QTest::newRow("null ids") << alteredCopy("nullids.sqlite",
                                                 looseModels()
                                                     << "UPDATE models SET id = NULL WHERE id = 2")
                                  << "does not hold the models it states";
        QTest::newRow("models is a view")
            << alteredCopy("view.sqlite", {"ALTER TABLE models RENAME TO m",
                                           "CREATE VIEW models AS SELECT * FROM m"})
            << "not a Model Atlas catalog";
    }

    void rejectsBadFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const QByteArray before = hashOf(path);
        QString error;
        auto catalog = Catalog::open(path, &error);
        QVERIFY(!catalog);
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(!error.contains('\n'), "the error is one line");
        QCOMPARE(hashOf(path), before); // never written
    }

    void refusesWhatIsNotARegularFile()
    {
        // A FIFO with bytes waiting in it, so that reading it would not block either.
        const QString fifo = m_dir.filePath("fifo.sqlite");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const int writer = ::open(QFile::encodeName(fifo).constData(), O_RDWR | O_NONBLOCK);
        QVERIFY(writer >= 0);
        const QByteArray junk(200, 'x');
        QCOMPARE(::write(writer, junk.constData(), size_t(junk.size())), ssize_t(junk.size()));
        // A listening socket.
        const QString socketPath = m_dir.filePath("socket.sqlite");
        const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        qstrncpy(address.sun_path, QFile::encodeName(socketPath).constData(),
                 sizeof(address.sun_path));
        QCOMPARE(::bind(sock, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        for (const QString &path :
             {fifo, socketPath, QStringLiteral("/dev/null"), QStringLiteral("/dev/zero")}) {
            QElapsedTimer timer;
            timer.start();
            QString error;
            QVERIFY(!Catalog::open(path, &error));
            QVERIFY2(error.contains("not a regular file"), qPrintable(path + ": " + error));
            QVERIFY(timer.elapsed() < 2000);
        }
        ::close(writer);
        ::close(sock);
    }

    void craftedCatalogsAreToleratedOrRefused_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<int>("models"); // -1: refused
        const QString coder = "(SELECT id FROM models WHERE slug = 'alpha-coder')";
        const QString base = "(SELECT id FROM models WHERE slug = 'alpha-base')";
        auto moveId = [](const QString &from, const QString &to) {
            QStringList out;
            for (const char *t : {"capabilities", "aliases", "availability", "scores", "sources",
                                  "model_text", "articles"})
                out << QStringLiteral("UPDATE %1 SET model = %2 WHERE model = %3")
                           .arg(QLatin1String(t), to, from);
            out << QStringLiteral("UPDATE lineage SET child = %1 WHERE child = %2").arg(to, from)
                << QStringLiteral("UPDATE lineage SET parent = %1 WHERE parent = %2").arg(to, from)
                << QStringLiteral("UPDATE models SET id = %1 WHERE id = %2").arg(to, from);
            return out;
        };
        // The count stated in meta equals the span of the ids, as for dense ids: it must not be
        // believed beyond what the file can hold.
        QTest::newRow("huge id with matching count")
            << (moveId(coder, "1000000000")
                << "UPDATE meta SET value = (SELECT max(id) - min(id) + 1 FROM models)"
                   " WHERE key = 'model_count'")
            << 4;
        QTest::newRow("extreme ids")
            << (moveId(coder, "9223372036854775807") << moveId(base, "-9223372036854775807")
                                                     << "UPDATE meta SET value = '-1'"
                                                        " WHERE key = 'model_count'")
            << 4;
        QTest::newRow("negative ids") << (moveId(coder, "-5") << moveId(base, "-7")) << 4;
        QTest::newRow("wrong types")
            << QStringList{"UPDATE models SET context_tokens = 'lots', price_output = x'0102',"
                           " notability = 1e300, open_weights = 'yes', params_total = -1"}
            << 4;
        QTest::newRow("nulls where values are required")
            << (looseModels() << "UPDATE models SET slug = NULL, name = NULL, org = NULL,"
                                 " kind = NULL, released = NULL"
                              << "UPDATE scores SET benchmark = NULL, value = NULL")
            << 4;
        QTest::newRow("lineage cycle")
            << QStringList{"INSERT INTO lineage SELECT parent, child, relation, source FROM "
                           "lineage",
                           "INSERT INTO lineage SELECT id, id, 'fine_tunes', NULL FROM models"}
            << 4;
        QTest::newRow("many aliases")
            << QStringList{"INSERT INTO aliases WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT"
                           " i + 1 FROM n WHERE i < 200000) SELECT " +
                           coder + ", 'alias-' || i FROM n"}
            << 4;
        QTest::newRow("huge name")
            << QStringList{"UPDATE models SET name = printf('%.*c', 5000000, 'x') WHERE id = " +
                           coder}
            << -1;
        QTest::newRow("huge text")
            << QStringList{"UPDATE models SET note = printf('%.*c', 5000000, 'y') WHERE id = " +
                               coder,
                           "INSERT INTO aliases SELECT id, printf('%.*c', 100000, 'a') FROM models"}
            << 4;
    }

    void craftedCatalogsAreToleratedOrRefused()
    {
        QFETCH(QStringList, statements);
        QFETCH(int, models);
        const QString path =
            alteredCopy(QStringLiteral("crafted-%1.sqlite")
                            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-')),
                        statements);
        const QByteArray before = hashOf(path);
        QElapsedTimer timer;
        timer.start();
        QString error;
        auto catalog = Catalog::open(path, &error);
        if (models < 0) {
            QVERIFY(!catalog);
            QVERIFY2(!error.contains('\n'), qPrintable(error));
        } else {
            QVERIFY2(catalog, qPrintable(error));
            const CatalogData &d = catalog->data();
            QCOMPARE(d.models.size(), size_t(models));
            for (int m = 0; m < int(d.models.size()); ++m) {
                catalog->details(m);
                QVERIFY(d.models[size_t(m)].aliases.size() <= 1000);
                for (int e : d.edgesOf(m))
                    QVERIFY(d.lineage[size_t(e)].child != d.lineage[size_t(e)].parent);
            }
            catalog->searchIndex()->search("alpha", 10);
            catalog->statistics();
        }
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(hashOf(path), before);
        QCOMPARE(sideFiles(path), QStringList());
    }

    void movedIdsKeepTheirRows()
    {
        // A model whose id is the largest integer still gets its aliases and lineage.
        const QString path = alteredCopy(
            "maxid.sqlite",
            {"UPDATE aliases SET model = 9223372036854775807 WHERE model = (SELECT id FROM models"
             " WHERE slug = 'alpha-coder')",
             "UPDATE lineage SET child = 9223372036854775807 WHERE child = (SELECT id FROM models"
             " WHERE slug = 'alpha-coder')",
             "UPDATE models SET id = 9223372036854775807 WHERE slug = 'alpha-coder'"});
        QString error;
        auto catalog = Catalog::open(path, &error);
        QVERIFY2(catalog, qPrintable(error));
        const CatalogData &d = catalog->data();
        const int coder = d.model("alpha-coder");
        QVERIFY(coder >= 0);
        QCOMPARE(d.models[size_t(coder)].aliases, QStringList{"alpha-coder-instruct"});
        QVERIFY(!d.edgesOf(coder).empty());
        QVERIFY(!d.models[size_t(coder)].contextTokens.has_value() ||
                *d.models[size_t(coder)].contextTokens == 128000);
    }

    void wrongTypesAreNotReported()
    {
        const QString path =
            alteredCopy("types.sqlite", {"UPDATE models SET context_tokens = 'lots'"});
        QString error;
        auto catalog = Catalog::open(path, &error);
        QVERIFY2(catalog, qPrintable(error));
        for (const ModelRecord &m : catalog->data().models)
            QVERIFY(!m.contextTokens.has_value()); // not read as 0
    }

    void walCatalogLeavesNothingBeside()
    {
        const QString path = alteredCopy("wal.sqlite", {"PRAGMA journal_mode = WAL"});
        QCOMPARE(sideFiles(path), QStringList());
        const QByteArray before = hashOf(path);
        QString error;
        {
            auto catalog = Catalog::open(path, &error);
            QVERIFY2(catalog, qPrintable(error));
            QCOMPARE(catalog->data().models.size(), size_t(4));
            catalog->details(0);
            catalog->searchIndex();
            QVERIFY(!catalog->contentDigest().isEmpty());
            QCOMPARE(sideFiles(path), QStringList()); // not even while open
        }
        QCOMPARE(sideFiles(path), QStringList());
        QCOMPARE(hashOf(path), before);
    }

    void opensInAReadOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("permissions do not bind root");
        QTemporaryDir folder;
        const QString path = folder.filePath("catalog.sqlite");
        QVERIFY(QFile::copy(alteredCopy("walro.sqlite", {"PRAGMA journal_mode = WAL"}), path));
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner));
        QString error;
        auto catalog = Catalog::open(path, &error);
        QFile::setPermissions(folder.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(sideFiles(path), QStringList());
    }

    void embeddedCatalogIsReadInMemory()
    {
        // As the built-in catalog is opened: from the bytes of the file, with nothing written to
        // the temporary folder.
        QFile file(m_good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray image = file.readAll();
        QTemporaryDir temp;
        const QByteArray oldTemp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(temp.path()));
        QString error;
        auto catalog = Catalog::openImage(image, ":/test/catalog.sqlite", &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(QDir(temp.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList());
        qputenv("TMPDIR", oldTemp);
        QCOMPARE(catalog->data().models.size(), size_t(4));
        QCOMPARE(catalog->details(catalog->data().model("beta-chat")).sources.size(), 1);
        QCOMPARE(catalog->contentDigest(), Catalog::open(m_good, &error)->contentDigest());
        QVERIFY(!Catalog::openImage(image.left(50), "half", &error));
        QVERIFY2(error.contains("not an SQLite database"), qPrintable(error));
    }

    void neverWritesToTheCatalog()
    {
        const QString path = copyOfGood("readonly.sqlite");
        QFile::setPermissions(path, QFile::ReadOwner); // a write attempt would fail loudly
        const QByteArray before = hashOf(path);
        QString error;
        {
            auto catalog = Catalog::open(path, &error);
            QVERIFY2(catalog, qPrintable(error));
            catalog->details(0);
            QVERIFY(!catalog->contentDigest().isEmpty());
        }
        QCOMPARE(hashOf(path), before);
        QCOMPARE(sideFiles(path), QStringList());
    }
};

QTEST_GUILESS_MAIN(CatalogOpenTest)
#include "tst_catalogopen.moc"
