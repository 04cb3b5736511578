#include "clirunner.h"
#include "minicatalog.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// `model-atlas export tree`, run as the real binary over the mini catalog.
class CliTreeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_catalog;

    using Result = CliRun;

    Result run(const QStringList &args) const
    {
        return runAtlas(QStringList{"--catalog", m_catalog, "export", "tree"} + args);
    }

    // The ids of the SVG's groups, or an error message as the only entry.
    static QSet<QString> svgGroups(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {"cannot open"};
        QXmlStreamReader xml(&file);
        QSet<QString> ids;
        bool svgRoot = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("svg"))
                svgRoot = true;
            if (xml.name() == QLatin1String("g"))
                ids.insert(xml.attributes().value("id").toString());
        }
        if (xml.hasError())
            return {xml.errorString()};
        return svgRoot ? ids : QSet<QString>{"no svg root"};
    }

private slots:
    void initTestCase()
    {
        m_catalog = compileMiniCatalog(m_dir.filePath("data"));
        QVERIFY(!m_catalog.isEmpty());
    }

    void wholeTreeAsPng()
    {
        const QString out = m_dir.filePath("tree.png");
        const Result r = run({"--out", out});
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.isEmpty() || !r.err.contains("model-atlas:"));
        const QImage image(out);
        QVERIFY(!image.isNull());
        // Four cards over more than a year of time: wider than tall.
        QVERIFY(image.width() > 400);
        QVERIFY(image.width() > image.height());
        const Result vertical = run({"--orient", "v", "--out", out});
        QCOMPARE(vertical.code, 0);
        // Time runs down the page: relatively taller than the horizontal tree.
        const QImage tall(out);
        QVERIFY(!tall.isNull());
        QVERIFY(double(tall.height()) / tall.width() > 2 * double(image.height()) / image.width());
    }

    void svgNamesEveryCardBySlug()
    {
        const QString out = m_dir.filePath("tree.svg");
        QCOMPARE(run({"--out", out}).code, 0);
        const QSet<QString> ids = svgGroups(out);
        for (const char *slug : {"alpha-base", "alpha-coder", "alpha-two", "beta-chat"})
            QVERIFY2(ids.contains(slug), qPrintable(QStringList(ids.values()).join(',')));
    }

    void familyOnly()
    {
        const QString out = m_dir.filePath("family.svg");
        QCOMPARE(run({"--root", "alpha-coder", "--out", out}).code, 0);
        const QSet<QString> ids = svgGroups(out);
        QVERIFY(ids.contains("alpha-coder"));
        QVERIFY(ids.contains("alpha-base"));
        QVERIFY(!ids.contains("alpha-two"));
        QVERIFY(!ids.contains("beta-chat"));
    }

    void badInput()
    {
        const Result unknown = run({"--root", "no-such-model", "--out", m_dir.filePath("x.svg")});
        QCOMPARE(unknown.code, 4);
        QVERIFY(unknown.err.contains("no-such-model"));
        const Result format = run({"--out", m_dir.filePath("x.gif")});
        QCOMPARE(format.code, 2);
        QVERIFY(format.err.contains(".png or .svg"));
        const Result orient = run({"--orient", "diagonal", "--out", m_dir.filePath("x.png")});
        QCOMPARE(orient.code, 2);
        QVERIFY(orient.err.contains("--orient"));
        QVERIFY(!QFile::exists(m_dir.filePath("x.png")));
        const Result folder = run({"--out", m_dir.filePath("missing/dir/x.png")});
        QCOMPARE(folder.code, 2);
        QVERIFY(folder.err.contains("cannot write"));
    }
};

QTEST_GUILESS_MAIN(CliTreeTest)
#include "tst_clitree.moc"
