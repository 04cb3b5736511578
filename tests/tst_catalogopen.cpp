#include "catalog.h"
#include "minicatalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

    // Runs SQL on a copy of the good catalog, for files that are SQLite but not ours.
    QString alteredCopy(const QString &name, const QStringList &statements)
    {
        const QString path = copyOfGood(name);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "alter");
            db.setDatabaseName(path);
            db.open();
            QSqlQuery q(db);
            for (const QString &s : statements)
                q.exec(s);
            db.close();
        }
        QSqlDatabase::removeDatabase("alter");
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
        QVERIFY(!QFile::exists(path + "-journal"));
    }
};

QTEST_GUILESS_MAIN(CatalogOpenTest)
#include "tst_catalogopen.moc"
