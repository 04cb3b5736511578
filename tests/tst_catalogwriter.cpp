#include "catalog.h"
#include "catalogwriter.h"
#include "syntheticcatalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

// Writing a compiled catalog replaces the output whole or not at all, and says why it failed.
class CatalogWriterTest : public QObject
{
    Q_OBJECT

private:
    static QByteArray hashOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }
    static QStringList filesIn(const QString &dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    }

    // Makes writes past `bytes` fail in this process, as on a full disk, until destroyed.
    class FileSizeLimit
    {
    public:
        explicit FileSizeLimit(rlim_t bytes)
        {
            getrlimit(RLIMIT_FSIZE, &m_old);
            m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit = m_old;
            limit.rlim_cur = bytes;
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        ~FileSizeLimit()
        {
            setrlimit(RLIMIT_FSIZE, &m_old);
            std::signal(SIGXFSZ, m_oldHandler);
        }

    private:
        rlimit m_old{};
        void (*m_oldHandler)(int) = nullptr;
    };

private slots:
    void replacesTheOutputWhole()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("out.sqlite");
        QString error;
        QVERIFY2(writeCatalog(synth::generate(50, 1), {}, out, &error), qPrintable(error));
        QVERIFY2(writeCatalog(synth::generate(80, 2), {}, out, &error), qPrintable(error));
        QCOMPARE(filesIn(dir.path()), QStringList{"out.sqlite"});
        const auto catalog = Catalog::open(out, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->data().models.size(), size_t(80));
    }

    void aFailedWriteChangesNothingAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("out.sqlite");
        QString error;
        QVERIFY2(writeCatalog(synth::generate(50, 1), {}, out, &error), qPrintable(error));
        const QByteArray before = hashOf(out);
        const CatalogData bigger = synth::generate(3000, 2);
        bool written = true;
        {
            const FileSizeLimit limit(64 * 1024);
            written = writeCatalog(bigger, {}, out, &error);
        }
        QVERIFY(!written);
        QVERIFY2(error.contains("File too large"), qPrintable(error));
        QVERIFY2(!error.contains("Unknown error"), qPrintable(error));
        QVERIFY2(error.contains(out), qPrintable(error));
        QVERIFY2(!error.contains('\n'), qPrintable(error));
        QCOMPARE(hashOf(out), before);
        QCOMPARE(filesIn(dir.path()), QStringList{"out.sqlite"});
    }

    void aMissingFolderIsNamed()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("no/such/folder/out.sqlite");
        QString error;
        QVERIFY(!writeCatalog(synth::generate(10, 1), {}, out, &error));
        QVERIFY2(error.contains("No such file or directory"), qPrintable(error));
        QVERIFY2(!error.contains("Unknown error"), qPrintable(error));
        QCOMPARE(filesIn(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(CatalogWriterTest)
#include "tst_catalogwriter.moc"
