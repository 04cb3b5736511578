#include "clirunner.h"
#include "minicatalog.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `model-atlas export card SLUG --out FILE.png|pdf`, through the real binary.
class ExportCardTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_catalog;

    using Result = CliRun;

    Result exportCard(const QStringList &args)
    {
        return runAtlas(QStringList{"export", "card", "--catalog", m_catalog} + args, true);
    }

    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Share of pixels that differ clearly from the top-left (background) pixel.
    static double inkShare(const QImage &image)
    {
        const QRgb background = image.pixel(0, 0);
        qint64 ink = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                ink += qAbs(qGray(image.pixel(x, y)) - qGray(background)) > 60;
        return double(ink) / ((image.width() / 2) * (image.height() / 2));
    }

private slots:
    void initTestCase()
    {
        m_catalog = compileMiniCatalog(m_dir.filePath("data"));
        QVERIFY(!m_catalog.isEmpty());
    }

    void pngIsTheCardAtItsFullHeight()
    {
        for (const QString lang : {"en", "zh_CN"}) {
            const QString out = m_dir.filePath("card-" + lang + ".png");
            const Result r = exportCard({"alpha-coder", "--out", out, "--lang", lang});
            QVERIFY2(r.code == 0, r.err.constData());
            QImage image;
            QVERIFY(image.load(out, "PNG"));
            QCOMPARE(image.width(), 900);
            // Header, facts, buckets, ladder, bars, lineage and sources do not fit in 600 px,
            // and a card that long would mean an empty layout stretched out.
            QVERIFY2(image.height() > 600 && image.height() < 4000,
                     qPrintable(QString::number(image.height())));
            const double ink = inkShare(image);
            QVERIFY2(ink > 0.01 && ink < 0.5, qPrintable(QString::number(ink)));
        }
    }

    void pdfIsOnePageWithWorkingWebLinks()
    {
        const QString out = m_dir.filePath("card.pdf");
        const Result r = exportCard({"alpha-coder", "--out", out});
        QVERIFY2(r.code == 0, r.err.constData());
        const QByteArray pdf = contents(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r"), 1);
        // The source link is a clickable annotation; links into the program are plain text.
        QVERIFY(pdf.contains("/Subtype /Link"));
        QVERIFY(pdf.contains("/URI (https://example.org/alpha-coder)"));
        QVERIFY(!pdf.contains("/URI (model:"));
        QVERIFY(!pdf.contains("/URI (tree:"));
    }

    void badRequestsExitWithTheirCodes()
    {
        const QString png = m_dir.filePath("never.png");
        Result r = exportCard({"no-such-model", "--out", png});
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains("no-such-model"));
        QVERIFY(!QFile::exists(png));

        r = exportCard({"alpha-coder", "--out", m_dir.filePath("card.svg")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(".png or .pdf"));
        QVERIFY(!QFile::exists(m_dir.filePath("card.svg")));

        r = exportCard({"--out", png});
        QCOMPARE(r.code, 2);

        r = exportCard({"alpha-coder", "--out", m_dir.filePath("missing/dir/card.png")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("cannot write"));
    }

    void aFailedExportLeavesTheOldFileAlone()
    {
        const QString out = m_dir.filePath("kept.png");
        QVERIFY(exportCard({"alpha-coder", "--out", out}).code == 0);
        const QByteArray before = contents(out);
        QCOMPARE(exportCard({"no-such-model", "--out", out}).code, 4);
        QCOMPARE(contents(out), before);
    }
};

QTEST_GUILESS_MAIN(ExportCardTest)
#include "tst_exportcard.moc"
