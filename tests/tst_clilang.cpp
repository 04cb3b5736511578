#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// `model-atlas card --json --lang` over the built-in catalog: labels, bucket names and text come
// in the language asked for.
class CliLanguageTest : public QObject
{
    Q_OBJECT

private:
    static QJsonObject card(const QString &slug, const QString &lang)
    {
        QProcess p;
        p.start(ATLAS_BINARY, {"card", slug, "--json", "--lang", lang});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    static bool hasChinese(const QString &text)
    {
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        return han.match(text).hasMatch();
    }

private slots:
    void chineseCard()
    {
        const QJsonObject c = card("deepseek-coder-v2", "zh_CN");
        QVERIFY(!c.isEmpty());
        QCOMPARE(c["org"].toString(), QStringLiteral("深度求索"));
        QVERIFY2(hasChinese(c["tagline"].toString()), qPrintable(c["tagline"].toString()));
        QVERIFY2(hasChinese(c["summary"].toString()), qPrintable(c["summary"].toString()));
        const QJsonObject buckets = c["buckets"].toObject();
        QCOMPARE(buckets["intelligence"].toObject()["label"].toString(),
                 QStringLiteral("低于平均"));
        QCOMPARE(buckets["intelligence"].toObject()["id"].toString(), QStringLiteral("below_avg"));
        QCOMPARE(buckets["cost"].toObject()["label"].toString(), QStringLiteral("免费"));
        QCOMPARE(c["pricing_model_label"].toString(), QStringLiteral("免费 / 自行部署"));

        const QJsonArray bars = c["capability_bars"].toArray();
        QCOMPARE(bars.size(), 4);
        QCOMPARE(bars[0].toObject()["label"].toString(), QStringLiteral("推理"));
        QCOMPARE(bars[1].toObject()["label"].toString(), QStringLiteral("编程"));
        QCOMPARE(bars[0].toObject()["id"].toString(), QStringLiteral("reasoning"));
        for (const QJsonValue &bar : bars) {
            const QString label = bar.toObject()["label"].toString();
            const QString source = bar.toObject()["source"].toString();
            QVERIFY2(hasChinese(label), qPrintable(label));
            QVERIFY2(hasChinese(source), qPrintable(source));
        }
        for (const QJsonValue &cap : c["capabilities"].toArray()) {
            const QJsonObject o = cap.toObject();
            QVERIFY2(hasChinese(o["label"].toString()), qPrintable(o["id"].toString()));
            QVERIFY2(hasChinese(o["meaning"].toString()), qPrintable(o["id"].toString()));
        }
    }

    void englishCardStaysEnglish()
    {
        const QJsonObject c = card("deepseek-coder-v2", "en");
        QVERIFY(!c.isEmpty());
        QCOMPARE(c["org"].toString(), QStringLiteral("DeepSeek"));
        QVERIFY(!hasChinese(c["tagline"].toString()));
        QVERIFY(!hasChinese(c["summary"].toString()));
        const QJsonObject buckets = c["buckets"].toObject();
        QCOMPARE(buckets["intelligence"].toObject()["label"].toString(),
                 QStringLiteral("Below avg"));
        QCOMPARE(buckets["cost"].toObject()["label"].toString(), QStringLiteral("Free"));
        const QJsonArray bars = c["capability_bars"].toArray();
        QCOMPARE(bars[0].toObject()["label"].toString(), QStringLiteral("Reasoning"));
        for (const QJsonValue &bar : bars)
            QVERIFY(!hasChinese(bar.toObject()["label"].toString()));
    }

    // The same ids and numbers in both languages: only words change.
    void languagesAgreeOnFacts()
    {
        const QJsonObject en = card("deepseek-coder-v2", "en");
        const QJsonObject zh = card("deepseek-coder-v2", "zh_CN");
        for (const char *key : {"slug", "context_tokens", "pages", "params_total", "price",
                                "parents", "children", "scores", "availability"})
            QVERIFY2(en[key] == zh[key], key);
        const QJsonArray a = en["capability_bars"].toArray(), b = zh["capability_bars"].toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(a[i].toObject()["value"], b[i].toObject()["value"]);
    }
};

QTEST_GUILESS_MAIN(CliLanguageTest)
#include "tst_clilang.moc"
