#include "searchquery.h"

#include <QTest>

// The query language: facet terms, free text and the errors of invalid terms.
class SearchQueryTest : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryFacet()
    {
        const SearchQuery q = SearchQuery::parse("org:deepseek kind:code open:yes ctx:>=128k "
                                                 "price:<1 year:2024..2025 cap:reasoning coder v2");
        QVERIFY(q.errors.isEmpty());
        QCOMPARE(q.text, QStringLiteral("coder v2"));
        QCOMPARE(q.orgs, QStringList{"deepseek"});
        QCOMPARE(q.kinds, QStringList{"code"});
        QCOMPARE(q.capabilities, QStringList{"reasoning"});
        QCOMPARE(q.openWeights, std::optional<bool>(true));
        QCOMPARE(q.context->min, std::optional<double>(128000));
        QVERIFY(!q.context->max);
        QCOMPARE(q.price->max, std::optional<double>(1));
        QVERIFY(q.price->maxExclusive);
        QCOMPARE(q.year->min, std::optional<double>(2024));
        QCOMPARE(q.year->max, std::optional<double>(2025));
        QVERIFY(q.hasFacets());
    }

    void ranges_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<double>("inside");
        QTest::addColumn<double>("outside");
        QTest::newRow("at least") << "ctx:>=128k" << 128000.0 << 127999.0;
        QTest::newRow("bare means at least") << "ctx:32k" << 40000.0 << 31000.0;
        QTest::newRow("millions") << "ctx:1m.." << 1e6 << 999999.0;
        QTest::newRow("between") << "ctx:8k..32k" << 32000.0 << 32001.0;
        QTest::newRow("up to") << "ctx:..4k" << 4000.0 << 4001.0;
        QTest::newRow("greater") << "ctx:>4096" << 4097.0 << 4096.0;
        QTest::newRow("less or equal") << "ctx:<=2k" << 2000.0 << 2001.0;
        QTest::newRow("equal") << "ctx:=8192" << 8192.0 << 8193.0;
        QTest::newRow("upper case") << "CTX:>=1M" << 1e6 << 1.0;
    }

    void ranges()
    {
        QFETCH(QString, term);
        QFETCH(double, inside);
        QFETCH(double, outside);
        const SearchQuery q = SearchQuery::parse(term);
        QVERIFY(q.errors.isEmpty());
        QVERIFY(q.context);
        QVERIFY(q.context->contains(inside));
        QVERIFY(!q.context->contains(outside));
    }

    void yearIsExact()
    {
        const SearchQuery q = SearchQuery::parse("year:2024");
        QVERIFY(q.year->contains(2024));
        QVERIFY(!q.year->contains(2025));
        QVERIFY(!q.year->contains(2023));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("term");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("messageHas");
        QTest::newRow("dangling org") << "llama org:"
                                      << "org:" << 6 << "needs a value";
        QTest::newRow("bad open") << "open:maybe"
                                  << "open:maybe" << 0 << "yes or no";
        QTest::newRow("bad ctx") << "x ctx:lots"
                                 << "ctx:lots" << 2 << "token count";
        QTest::newRow("bad price") << "price:cheap"
                                   << "price:cheap" << 0 << "dollars";
        QTest::newRow("bad year") << "year:24.5"
                                  << "year:24.5" << 0 << "year";
        QTest::newRow("reversed range") << "year:2025..2020"
                                        << "year:2025..2020" << 0 << "year";
        QTest::newRow("empty range") << "ctx:.."
                                     << "ctx:.." << 0 << "token count";
        QTest::newRow("no infinity") << "price:<inf"
                                     << "price:<inf" << 0 << "dollars";
    }

    void errors()
    {
        QFETCH(QString, input);
        QFETCH(QString, term);
        QFETCH(int, position);
        QFETCH(QString, messageHas);
        const SearchQuery q = SearchQuery::parse(input);
        QCOMPARE(q.errors.size(), 1);
        QCOMPARE(q.errors.first().term, term);
        QCOMPARE(q.errors.first().position, position);
        QVERIFY2(q.errors.first().message.contains(messageHas),
                 qPrintable(q.errors.first().message));
        QVERIFY(!q.hasFacets());
    }

    void restStillWorksAfterAnError()
    {
        const SearchQuery q = SearchQuery::parse("open:perhaps kind:code deepseek");
        QCOMPARE(q.errors.size(), 1);
        QCOMPARE(q.kinds, QStringList{"code"});
        QCOMPARE(q.text, QStringLiteral("deepseek"));
    }

    void unknownKeysAndQuotesAreText()
    {
        QCOMPARE(SearchQuery::parse("10:30 foo:bar").text, QStringLiteral("10:30 foo:bar"));
        const SearchQuery quoted = SearchQuery::parse("org:\"Mistral AI\" \"mixtral 8x7b\"");
        QCOMPARE(quoted.orgs, QStringList{"mistral ai"});
        QCOMPARE(quoted.text, QStringLiteral("mixtral 8x7b"));
        QCOMPARE(SearchQuery::parse("  a   b ").text, QStringLiteral("a b"));
    }

    void wordsAroundTermsStayInOrder()
    {
        const SearchQuery q = SearchQuery::parse("llama org:meta 3 open:yes instruct");
        QCOMPARE(q.text, QStringLiteral("llama 3 instruct"));
        QCOMPARE(q.orgs, QStringList{"meta"});
        QCOMPARE(SearchQuery::parse("llama ctx:huge instruct").text,
                 QStringLiteral("llama instruct"));
    }

    void termsForChips()
    {
        const QString input = "llama org:meta ctx:huge  open:yes";
        const QList<SearchQueryTerm> terms = SearchQuery::terms(input);
        QCOMPARE(terms.size(), 3);
        QCOMPARE(terms[0].text, QStringLiteral("org:meta"));
        QCOMPARE(terms[0].position, 6);
        QCOMPARE(terms[0].length, 8);
        QVERIFY(terms[0].valid);
        QCOMPARE(terms[1].key, QStringLiteral("ctx"));
        QVERIFY(!terms[1].valid);
        QCOMPARE(SearchQuery::removeTerm(input, terms[1].position),
                 QStringLiteral("llama org:meta open:yes"));
        QCOMPARE(SearchQuery::removeTerm(input, terms[2].position),
                 QStringLiteral("llama org:meta ctx:huge"));
        QCOMPARE(SearchQuery::removeTerm(input, 3), input); // not the start of a term
    }

    void toggleTermsFromFacets()
    {
        QCOMPARE(SearchQuery::toggleTerm("llama", "org:meta"), QStringLiteral("llama org:meta"));
        QCOMPARE(SearchQuery::toggleTerm("llama org:meta", "org:meta"), QStringLiteral("llama"));
        QCOMPARE(SearchQuery::toggleTerm("org:meta", "org:openai"),
                 QStringLiteral("org:meta org:openai"));
        // One value keys replace their term.
        QCOMPARE(SearchQuery::toggleTerm("ctx:>=32k llama", "ctx:>=128k"),
                 QStringLiteral("llama ctx:>=128k"));
        QCOMPARE(SearchQuery::toggleTerm("", "open:yes"), QStringLiteral("open:yes"));
    }

    void multipleTermsOfOneKey()
    {
        const SearchQuery q = SearchQuery::parse("org:meta org:google cap:coding cap:vision");
        QCOMPARE(q.orgs, (QStringList{"meta", "google"}));
        QCOMPARE(q.capabilities, (QStringList{"coding", "vision"}));
    }

    void facetKeyIdentifiesTheFilter()
    {
        QCOMPARE(SearchQuery::parse("org:a ctx:>=1k x").facetKey(),
                 SearchQuery::parse("y org:a ctx:>=1000").facetKey());
        QVERIFY(SearchQuery::parse("ctx:>1k").facetKey() !=
                SearchQuery::parse("ctx:>=1k").facetKey());
    }

    void oddInputsDoNotBreak()
    {
        for (const QString &input :
             {QString("\""), QString("*"), QString("("), QString("🦙:🦙"), QString(":"),
              QString("'; DROP TABLE models; --"), QString(10000, ':'), QString("org:\""),
              QString("ctx:>=>=1"), QString("price:1e308"), QString(QChar(0xdc00))}) {
            const SearchQuery q = SearchQuery::parse(input);
            for (const SearchQueryError &e : q.errors) {
                QVERIFY(e.position >= 0 && e.position < input.size());
                QVERIFY(!e.message.isEmpty());
            }
        }
        QCOMPARE(SearchQuery::parse("price:1e308").errors.size(), 1);
    }
};

QTEST_GUILESS_MAIN(SearchQueryTest)
#include "tst_searchquery.moc"
