#include "catalog.h"
#include "translationcatalog.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// Gates on the translations: the .ts matches the sources, every entry is finished, every model
// has its Chinese text, and interface and catalog use the glossary's terms.
class TranslationsTest : public QObject
{
    Q_OBJECT

private:
    const QString m_ts = QStringLiteral(ATLAS_SOURCE_DIR "/i18n/model-atlas_zh_CN.ts");
    const QString m_glossary = QStringLiteral(ATLAS_SOURCE_DIR "/i18n/glossary.tsv");
    QList<translations::Entry> m_ui;
    std::unique_ptr<Catalog> m_catalog;

    static QSet<QString> keys(const QList<translations::Entry> &entries)
    {
        QSet<QString> out;
        for (const translations::Entry &e : entries)
            if (!e.vanished)
                out.insert(e.context + " | " + e.english +
                           (e.field.isEmpty() ? "" : " | " + e.field));
        return out;
    }

    // QTest cuts long failure messages: the full list goes to the log, the count to the message.
    static QString listed(const QStringList &items)
    {
        for (const QString &item : items)
            qWarning("%s", qPrintable(item));
        return QStringLiteral("%1 (listed above)").arg(items.size());
    }

    static QString listed(const QSet<QString> &set)
    {
        QStringList l(set.begin(), set.end());
        l.sort();
        return listed(l);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_ui = translations::readTs(m_ts, &error);
        QVERIFY2(!m_ui.isEmpty(), qPrintable(error));
        m_catalog = Catalog::open(ATLAS_SOURCE_DIR "/data/catalog.sqlite", &error);
        QVERIFY2(m_catalog, qPrintable(error));
    }

    // lupdate over the program's sources finds exactly the texts the .ts holds.
    void tsIsUpToDateWithTheSources()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath("fresh.ts");
        QProcess lupdate;
        lupdate.start(ATLAS_LUPDATE, {"-silent", "-no-obsolete", "-locations", "none",
                                      "@" ATLAS_TRANSLATED_SOURCES_LIST, "-ts", fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QString error;
        const QList<translations::Entry> found = translations::readTs(fresh, &error);
        QVERIFY2(!found.isEmpty(), qPrintable(error));
        const QSet<QString> inSources = keys(found);
        const QSet<QString> inTs = keys(m_ui);
        QVERIFY2((inSources - inTs).isEmpty(),
                 qPrintable("new texts, run the update_translations target:\n" +
                            listed(inSources - inTs)));
        QVERIFY2((inTs - inSources).isEmpty(),
                 qPrintable("texts the sources no longer have:\n" + listed(inTs - inSources)));
    }

    void noUnfinishedOrVanishedEntries()
    {
        QStringList bad;
        for (const translations::Entry &e : m_ui)
            if (e.unfinished || e.vanished || e.chinese.isEmpty())
                bad << e.context + " | " + e.english;
        QVERIFY2(bad.isEmpty(), qPrintable(listed(bad)));
    }

    void everyModelHasChineseTaglineAndSummary()
    {
        QStringList missing;
        for (const translations::Entry &e : translations::catalogEntries(*m_catalog))
            if (e.context == "model" && (e.field == "tagline" || e.field == "summary") &&
                (e.chinese.trimmed().isEmpty() || e.english.trimmed().isEmpty()))
                missing << e.key + " " + e.field;
        QVERIFY2(missing.isEmpty(), qPrintable(listed(missing)));
    }

    void glossaryHasTheCoreTerms()
    {
        QString error;
        const QList<translations::Term> terms = translations::readGlossary(m_glossary, &error);
        QVERIFY2(!terms.isEmpty(), qPrintable(error));
        QHash<QString, QString> zh;
        for (const translations::Term &t : terms)
            zh.insert(t.english, t.chinese);
        QCOMPARE(zh.value("context window"), QStringLiteral("上下文窗口"));
        QCOMPARE(zh.value("open weights"), QStringLiteral("开放权重"));
        QCOMPARE(zh.value("fine-tune"), QStringLiteral("微调"));
        QCOMPARE(zh.value("token"), QStringLiteral("词元"));
    }

    void glossaryCheckFindsAMismatch()
    {
        QString error;
        const auto terms = translations::readGlossary(m_glossary, &error);
        using translations::glossaryMismatches;
        QCOMPARE(glossaryMismatches(terms, "Open-weights models", "开源模型"),
                 QStringList{"open weights"});
        QVERIFY(glossaryMismatches(terms, "Open weights", "开放权重").isEmpty());
        QVERIFY(glossaryMismatches(terms, "It was fine-tuned", "经过微调").isEmpty());
        QVERIFY(glossaryMismatches(terms, "Phi-4-reasoning", "Phi-4-reasoning").isEmpty());
        QVERIFY(glossaryMismatches(terms, "Reasoning", "").isEmpty()); // missing, not a mismatch
    }

    void interfaceAndCatalogUseTheGlossary()
    {
        QString error;
        const auto terms = translations::readGlossary(m_glossary, &error);
        QVERIFY2(!terms.isEmpty(), qPrintable(error));
        QStringList bad;
        auto check = [&](const QList<translations::Entry> &entries) {
            for (const translations::Entry &e : entries) {
                const QStringList miss =
                    translations::glossaryMismatches(terms, e.english, e.chinese);
                if (!miss.isEmpty())
                    bad << QStringLiteral("%1 %2 %3: %4")
                               .arg(e.context, e.key, e.field, miss.join(", "));
            }
        };
        check(m_ui);
        check(translations::catalogEntries(*m_catalog));
        QVERIFY2(bad.isEmpty(), qPrintable(listed(bad)));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
