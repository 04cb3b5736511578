#include "clirunner.h"
#include "minicatalog.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `export list` and `export compare` through the real binary: the files parse and hold what
// the catalog holds.
class ExportListTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_catalog;

    using Result = CliRun;

    Result run(const QStringList &args) const
    {
        return runAtlas(args + QStringList{"--catalog", m_catalog});
    }

    QByteArray read(const QString &name) const
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // RFC 4180: fields split on commas outside quotes, "" inside quotes is one quote.
    static QList<QStringList> parseCsv(const QString &text)
    {
        QList<QStringList> rows;
        QStringList row;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.size() && text.at(i + 1) == '"')
                    field += '"', ++i;
                else if (c == '"')
                    quoted = false;
                else
                    field += c;
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row << field;
                field.clear();
            } else if (c == '\n') {
                row << field;
                rows << row;
                row.clear();
                field.clear();
            } else if (c != '\r') {
                field += c;
            }
        }
        return rows;
    }

private slots:
    void initTestCase()
    {
        const QString data = m_dir.filePath("data");
        // A name with a comma and quotes, to check the CSV quoting.
        const QStringList odd = {
            "slug = \"beta-odd\"",
            "name = \"Beta \\\"Odd\\\", Edition\"",
            "org = \"beta\"",
            "kind = \"code\"",
            "released = \"2025-02-01\"",
            "status = \"active\"",
            "open_weights = false",
            "pricing_model = \"pay_per_token\"",
            "price_input = 0.5",
            "price_output = 1.25",
            "notability = 1",
            "last_verified = \"2026-01-10\"",
            "[[sources]]",
            "url = \"https://example.org/beta-odd\"",
            "title = \"Beta Odd\"",
            "verified = \"2026-01-10\"",
            "[text.en]",
            "tagline = \"Odd one\"",
            "summary = \"An odd name.\"",
            "[text.zh_CN]",
            "tagline = \"怪名\"",
            "summary = \"名字很怪。\"",
        };
        writeFile(data, "models/beta/beta-odd.toml", odd.join('\n') + '\n');
        m_catalog = compileMiniCatalog(data);
        QVERIFY(!m_catalog.isEmpty());
    }

    void csvHasOneRowPerModel()
    {
        QCOMPARE(run({"export", "list", "--out", m_dir.filePath("all.csv")}).code, 0);
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(read("all.csv")));
        QCOMPARE(rows.size(), 1 + 5);
        const QStringList header = rows[0];
        for (const char *column :
             {"name", "org", "kind", "released", "params_total", "params_active", "context_tokens",
              "open_weights", "price_input", "price_output", "aa_intelligence"})
            QVERIFY2(header.contains(column), column);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), header.size());
        QHash<QString, QStringList> bySlug;
        for (const QStringList &row : rows.mid(1))
            bySlug.insert(row[header.indexOf("slug")], row);
        const QStringList odd = bySlug.value("beta-odd");
        QCOMPARE(odd.value(header.indexOf("name")), QStringLiteral("Beta \"Odd\", Edition"));
        QCOMPARE(odd.value(header.indexOf("price_output")), QStringLiteral("1.25"));
        QCOMPARE(odd.value(header.indexOf("open_weights")), QStringLiteral("false"));
        const QStringList base = bySlug.value("alpha-base");
        QCOMPARE(base.value(header.indexOf("aa_intelligence")), QStringLiteral("20.5"));
        QCOMPARE(base.value(header.indexOf("params_total")), QStringLiteral("7000000000"));
        QCOMPARE(base.value(header.indexOf("context_tokens")), QStringLiteral("32000"));
        // Unknown stays empty, never 0.
        QCOMPARE(base.value(header.indexOf("price_output")), QString());
        QCOMPARE(bySlug.value("beta-chat").value(header.indexOf("name_zh")),
                 QStringLiteral("贝塔对话"));
    }

    void aQueryLimitsTheRows()
    {
        QCOMPARE(
            run({"export", "list", "--query", "org:beta", "--out", m_dir.filePath("b.csv")}).code,
            0);
        QCOMPARE(parseCsv(QString::fromUtf8(read("b.csv"))).size(), 1 + 2);
        QCOMPARE(run({"export", "list", "--query", "alpha ctx:>=100k", "--out",
                      m_dir.filePath("c.json")})
                     .code,
                 0);
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(read("c.json"), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].toObject()["slug"].toString(), QStringLiteral("alpha-coder"));
    }

    void jsonKeepsTypesAndNulls()
    {
        QCOMPARE(run({"export", "list", "--out", m_dir.filePath("all.json")}).code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(read("all.json")).array();
        QCOMPARE(rows.size(), 5);
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            if (row["slug"] == "alpha-base") {
                QCOMPARE(row["params_total"].toDouble(), 7e9);
                QCOMPARE(row["open_weights"].toBool(), true);
                QVERIFY(row["price_output"].isNull());
                QCOMPARE(row["scores"].toObject()["aa_intelligence"].toDouble(), 20.5);
            }
        }
    }

    void badListArgumentsAreUsageErrors()
    {
        const Result r = run({"export", "list", "--out", m_dir.filePath("list.txt")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(".csv or .json"));
    }

    void comparePdfIsOneVectorPage()
    {
        const QString pdf = m_dir.filePath("compare.pdf");
        const Result r =
            run({"export", "compare", "alpha-base", "beta-chat", "--lang", "zh_CN", "--out", pdf});
        QCOMPARE(r.code, 0);
        const QByteArray bytes = read("compare.pdf");
        QVERIFY(bytes.startsWith("%PDF-"));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
        QCOMPARE(QString::fromLatin1(bytes).count(page), 1);
        // Text stays text: fonts are embedded rather than the page drawn as one picture.
        QVERIFY(bytes.contains("/FontFile2"));
        QVERIFY(!bytes.contains("/Subtype /Image"));
    }

    void comparePngIsTwiceTheViewSize()
    {
        const QString png = m_dir.filePath("compare.png");
        QCOMPARE(run({"export", "compare", "alpha-base", "alpha-coder", "alpha-two", "beta-chat",
                      "--out", png})
                     .code,
                 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 2400);
        QVERIFY(image.height() > 800);
    }

    void badCompareArgumentsAreClear()
    {
        const QString out = m_dir.filePath("x.pdf");
        QCOMPARE(run({"export", "compare", "alpha-base", "--out", out}).code, 2);
        QCOMPARE(run({"export", "compare", "alpha-base", "alpha-base", "--out", out}).code, 2);
        const Result missing = run({"export", "compare", "alpha-base", "nope", "--out", out});
        QCOMPARE(missing.code, 4);
        QVERIFY(missing.err.contains("nope"));
        QCOMPARE(
            run({"export", "compare", "alpha-base", "beta-chat", "--out", m_dir.filePath("x.svg")})
                .code,
            2);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(ExportListTest)
#include "tst_exportlist.moc"
