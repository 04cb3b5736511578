#include "records.h"
#include "searchindex.h"
#include "searchtext.h"

#include <QElapsedTimer>
#include <QTest>

#include <chrono>
#include <future>
#include <thread>

// Ranking, normalisation, fuzzy matching and facets of the search engine, on a small fixture.
class SearchIndexTest : public QObject
{
    Q_OBJECT

private:
    CatalogData m_data;
    std::unique_ptr<SearchIndex> m_index;

    void model(const QString &slug, const QString &name, const QString &org, int notability,
               const QString &kind = "language", const QString &released = "2024-01-01",
               std::optional<qint64> context = {}, std::optional<double> price = {},
               bool open = true, const QStringList &caps = {}, const QString &nameZh = {})
    {
        ModelRecord m;
        m.slug = slug;
        m.name = name;
        m.nameZh = nameZh;
        m.org = org;
        m.kind = kind;
        m.released = released;
        m.notability = notability;
        m.contextTokens = context;
        m.priceOutput = price;
        m.openWeights = open;
        m.capabilities = caps;
        m_data.models.push_back(m);
    }

    QStringList slugs(const QString &query, int limit = 100) const
    {
        QStringList out;
        for (const SearchHit &h : m_index->search(query, limit).hits)
            out << m_data.models[size_t(h.model)].slug;
        return out;
    }

    QString top(const QString &query) const { return slugs(query, 1).value(0); }

private slots:
    void initTestCase()
    {
        m_data.orgs = {{"deepseek", "DeepSeek", "深度求索", "CN", {}, {}, {"DeepSeek AI"}},
                       {"openai", "OpenAI", "OpenAI", "US", {}, {}, {}},
                       {"mistral", "Mistral AI", "Mistral AI", "FR", {}, {}, {"Mistral"}},
                       {"acme", "Acme Research", "阿克米", "US", {}, {}, {}}};
        m_data.capabilities = {{"coding", "Coding", "编程", "", ""},
                               {"reasoning", "Reasoning", "推理", "", ""}};
        model("deepseek-coder-v2", "DeepSeek-Coder V2", "deepseek", 7, "code", "2024-06-17", 128000,
              0.28, true, {"coding"});
        model("deepseek-coder", "DeepSeek-Coder", "deepseek", 6, "code", "2023-11-02", 16000, {},
              true, {"coding"});
        model("deepseek-r1", "DeepSeek-R1", "deepseek", 9, "language", "2025-01-20", 128000, 2.19,
              true, {"reasoning"}, "深度求索推理模型");
        model("gpt-4o", "GPT-4o", "openai", 8, "multimodal", "2024-05-13", 128000, 10.0, false);
        model("gpt-4o-mini", "GPT-4o mini", "openai", 6, "multimodal", "2024-07-18", 128000, 0.6,
              false);
        model("mixtral-8x7b", "Mixtral 8x7B", "mistral", 7, "language", "2023-12-11", 32000, {},
              true);
        // Ranking fixture for "coder": exact, prefix, word start, substring.
        model("coder", "Coder", "acme", 1, "code", "2022-05-01");
        model("coder-plus", "Coder Plus", "acme", 1, "code", "2022-05-01");
        model("super-coder", "Super Coder", "acme", 3, "code", "2022-05-01");
        model("xcoder", "Xcoder", "acme", 9, "code", "2022-05-01");
        model("alpha-zeta", "Zeta", "acme", 2, "language", "2021-01-01");
        model("alpha-beta", "Beta", "acme", 2, "language", "2021-01-01");
        m_data.index();
        m_index = std::make_unique<SearchIndex>(m_data);
    }

    void normalisesSpacingCaseAndWidth_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("slug");
        QTest::newRow("spaces") << "deepseek coder v2"
                                << "deepseek-coder-v2";
        QTest::newRow("hyphens") << "DeepSeek-Coder-V2"
                                 << "deepseek-coder-v2";
        QTest::newRow("dots and underscores") << "deep.seek_coder.v2"
                                              << "deepseek-coder-v2";
        QTest::newRow("full width") << "ＤｅｅｐＳｅｅｋ－Ｃｏｄｅｒ Ｖ２"
                                    << "deepseek-coder-v2";
        QTest::newRow("run together") << "deepseekcoder"
                                      << "deepseek-coder";
        QTest::newRow("gpt4o") << "gpt4o"
                               << "gpt-4o";
        QTest::newRow("upper case") << "GPT-4O"
                                    << "gpt-4o";
        QTest::newRow("chinese name") << "推理模型"
                                      << "deepseek-r1";
    }

    void normalisesSpacingCaseAndWidth()
    {
        QFETCH(QString, query);
        QFETCH(QString, slug);
        QCOMPARE(top(query), slug);
    }

    void normaliseText()
    {
        QCOMPARE(searchtext::normalise(u"DeepSeek-Coder V2"), std::string("deepseekcoderv2"));
        QCOMPARE(searchtext::normalise(u"Ｑｗｅｎ２.５"), std::string("qwen25"));
        QCOMPARE(searchtext::normalise(u"深度 求索"), std::string("深度求索"));
        QCOMPARE(searchtext::normalise(u"-- . _"), std::string());
    }

    void ranksExactPrefixWordStartSubstring()
    {
        // Notability would put xcoder first; the kind of match wins over it.
        const QStringList got = slugs("coder");
        QCOMPARE(got.mid(0, 2), (QStringList{"coder", "coder-plus"}));
        QVERIFY(got.indexOf("super-coder") < got.indexOf("xcoder"));
        QVERIFY(got.indexOf("coder-plus") < got.indexOf("super-coder"));
        const SearchResult r = m_index->search("coder", 100);
        QCOMPARE(r.hits.front().score, int(SearchIndex::Exact));
        QCOMPARE(r.hits[1].score, int(SearchIndex::Prefix));
    }

    void tiesGoByNotabilityThenName()
    {
        // All three are DeepSeek's (an organisation match beats a prefix of the name).
        QCOMPARE(slugs("deepseek"),
                 (QStringList{"deepseek-r1", "deepseek-coder-v2", "deepseek-coder"}));
        // Same notability (2), same kind of match: by name.
        QCOMPARE(slugs("alpha"), (QStringList{"alpha-beta", "alpha-zeta"}));
    }

    void findsByOrganisation()
    {
        const QStringList zh = slugs("深度求索");
        QCOMPARE(zh.size(), 3);
        QCOMPARE(zh.first(), QStringLiteral("deepseek-r1"));
        QVERIFY(zh.contains("deepseek-coder"));
        QVERIFY(slugs("deepseek ai").contains("deepseek-coder-v2")); // org alias
        QCOMPARE(slugs("openai"), (QStringList{"gpt-4o", "gpt-4o-mini"}));
        QCOMPARE(m_index->search("openai", 1).count, 2);
    }

    void fuzzy_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("slug");
        QTest::newRow("missing letter") << "mixtrl"
                                        << "mixtral-8x7b";
        QTest::newRow("wrong last letter") << "mixtrak"
                                           << "mixtral-8x7b";
        QTest::newRow("wrong letter") << "deepseak"
                                      << "deepseek-r1";
    }

    void fuzzy()
    {
        QFETCH(QString, query);
        QFETCH(QString, slug);
        const SearchResult r = m_index->search(query, 10);
        QVERIFY2(!r.hits.empty(), qPrintable(query));
        QCOMPARE(m_data.models[size_t(r.hits.front().model)].slug, slug);
        QVERIFY(r.hits.front().score < int(SearchIndex::Substring));
        QVERIFY(m_index->search("qqqqqq", 10).hits.empty());
    }

    void facets_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("org and kind")
            << "org:deepseek kind:code" << QStringList{"deepseek-coder-v2", "deepseek-coder"};
        QTest::newRow("org by name") << "org:mistral" << QStringList{"mixtral-8x7b"};
        QTest::newRow("closed") << "open:no" << QStringList{"gpt-4o", "gpt-4o-mini"};
        QTest::newRow("context") << "ctx:>=128k deepseek"
                                 << QStringList{"deepseek-r1", "deepseek-coder-v2"};
        QTest::newRow("price") << "price:<1" << QStringList{"deepseek-coder-v2", "gpt-4o-mini"};
        QTest::newRow("year range")
            << "year:2024..2025 org:openai" << QStringList{"gpt-4o", "gpt-4o-mini"};
        QTest::newRow("year") << "year:2023" << QStringList{"mixtral-8x7b", "deepseek-coder"};
        QTest::newRow("capability") << "cap:reasoning" << QStringList{"deepseek-r1"};
        QTest::newRow("text and facet")
            << "coder cap:coding" << QStringList{"deepseek-coder-v2", "deepseek-coder"};
        QTest::newRow("unknown org") << "org:nobody" << QStringList{};
        QTest::newRow("bad term ignored") << "open:maybe gpt4o mini" << QStringList{"gpt-4o-mini"};
    }

    void facets()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(slugs(query), expected);
        QCOMPARE(m_index->search(query, 100).count, expected.size());
    }

    void highlightRanges()
    {
        const SearchResult r = m_index->search("deepseekcoder", 1);
        QCOMPARE(r.hits.front().ranges, (QList<QPair<int, int>>{{0, 8}, {9, 5}}));
        const SearchResult v2 = m_index->search("coder v2", 1);
        QCOMPARE(v2.hits.front().ranges, (QList<QPair<int, int>>{{9, 5}, {15, 2}}));
        QCOMPARE(searchtext::matchRanges(u"GPT-4o", "gpt4o"),
                 (QList<QPair<int, int>>{{0, 3}, {4, 2}}));
        QCOMPARE(searchtext::matchRanges(u"深度求索推理模型", "推理"),
                 (QList<QPair<int, int>>{{4, 2}}));
    }

    // Words may match separately, in any order, in the model's names or its organisation's.
    void wordsMatchSeparately()
    {
        QCOMPARE(top("coder super"), QStringLiteral("super-coder"));
        QCOMPARE(top("v2 coder"), QStringLiteral("deepseek-coder-v2"));
        QCOMPARE(slugs("openai mini"), QStringList{"gpt-4o-mini"});
        QCOMPARE(slugs("mistral 8x7b"), QStringList{"mixtral-8x7b"});
        QVERIFY(slugs("deepseek coder qqqq").isEmpty());
        // Matches of the joined words rank above matches of the separate words.
        const QStringList both = slugs("deepseek coder");
        QCOMPARE(both.mid(0, 2), (QStringList{"deepseek-coder", "deepseek-coder-v2"}));
        const SearchResult r = m_index->search("coder super", 1);
        QCOMPARE(r.hits.front().ranges, (QList<QPair<int, int>>{{6, 5}, {0, 5}}));
        QCOMPARE(m_index->search("coder super org:openai", 10).count, 0);
    }

    void facetCountsOfEveryMatch()
    {
        SearchOptions options;
        options.limit = 1; // counts cover every match, not only the hits returned
        options.facets = true;
        const SearchResult r = m_index->search(SearchQuery::parse("deepseek"), options);
        QVERIFY(r.facets);
        const FacetCounts &f = *r.facets;
        QCOMPARE(f.total, 3);
        QCOMPARE(f.orgs, (std::vector<std::pair<QString, qint64>>{{"deepseek", 3}}));
        QCOMPARE(f.kinds, (std::vector<std::pair<QString, qint64>>{{"code", 2}, {"language", 1}}));
        QCOMPARE(f.capabilities,
                 (std::vector<std::pair<QString, qint64>>{{"coding", 2}, {"reasoning", 1}}));
        QCOMPARE(f.openWeights, 3);
        QCOMPARE(f.context[0], 2); // >= 32K
        QCOMPARE(f.context[1], 2); // >= 128K
        QCOMPARE(f.price[0], 1);   // under $1: 0.28
        QCOMPARE(f.price[1], 1);   // $1 to $5: 2.19
        QCOMPARE(f.years, (std::vector<std::pair<int, qint64>>{{2025, 1}, {2024, 1}, {2023, 1}}));
        const SearchResult all = m_index->search(SearchQuery::parse(""), options);
        QCOMPARE(all.facets->total, qint64(m_data.models.size()));
        QVERIFY(!m_index->search("deepseek", 10).facets);
    }

    void sortRankReplacesTheScoreOrder()
    {
        // Newest first by release date.
        std::vector<uint32_t> rank(m_data.models.size());
        std::vector<uint32_t> order(rank.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = uint32_t(i);
        std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
            return m_data.models[a].released > m_data.models[b].released;
        });
        for (size_t i = 0; i < order.size(); ++i)
            rank[order[i]] = uint32_t(i);
        SearchOptions options;
        options.limit = 3;
        options.sortRank = &rank;
        QStringList got;
        const SearchResult r = m_index->search(SearchQuery::parse("deepseek"), options);
        for (const SearchHit &h : r.hits)
            got << m_data.models[size_t(h.model)].slug;
        QCOMPARE(got, (QStringList{"deepseek-r1", "deepseek-coder-v2", "deepseek-coder"}));
        QCOMPARE(r.hits.front().score, int(SearchIndex::OrgExact));
        options.limit = 2;
        const SearchResult listed = m_index->search(SearchQuery::parse(""), options);
        QCOMPARE(m_data.models[size_t(listed.hits[0].model)].slug, QStringLiteral("deepseek-r1"));
    }

    void countAndLimit()
    {
        const SearchResult r = m_index->search("", 3);
        QCOMPARE(r.count, qint64(m_data.models.size()));
        QCOMPARE(r.hits.size(), size_t(3));
        QCOMPARE(m_index->search("coder", 2).count, 6);
        QCOMPARE(m_index->search("coder", 0).hits.size(), size_t(0));
    }

    // Typing one key at a time narrows the previous matches; the answers must not change.
    void typingGivesTheSameAsAFreshSearch()
    {
        for (const QString &text : {QStringLiteral("deepseek coder v2"), QStringLiteral("gpt4o"),
                                    QStringLiteral("coder super"), QStringLiteral("openai mini"),
                                    QStringLiteral("coder"), QStringLiteral("mixtrl")}) {
            for (int i = 1; i <= text.size(); ++i) {
                const SearchResult typed = m_index->search(text.left(i), 100);
                const SearchIndex fresh(m_data);
                const SearchResult once = fresh.search(text.left(i), 100);
                QCOMPARE(typed.count, once.count);
                QCOMPARE(typed.hits.size(), once.hits.size());
                for (size_t h = 0; h < typed.hits.size(); ++h)
                    QCOMPARE(typed.hits[h].model, once.hits[h].model);
            }
        }
    }

    void cancelled()
    {
        std::atomic_bool cancel = true;
        const SearchResult r = m_index->search(SearchQuery::parse("coder"), 10, &cancel);
        QVERIFY(r.cancelled);
        QVERIFY(r.hits.empty());
    }

    void manyAliasesCostLinearTime()
    {
        // One model with 200,000 aliases: building the index and searching it stays quick
        // (it grew with the square of the aliases). Run on a thread, so that a regression fails
        // instead of hanging the suite.
        auto data = std::make_shared<CatalogData>(m_data);
        ModelRecord &m = data->models.front();
        for (int i = 0; i < 200000; ++i)
            m.aliases << QStringLiteral("deepseek-alias-%1").arg(i);
        m.aliases << m.aliases.first() << m.aliases.last(); // repeats add nothing
        auto done = std::make_shared<std::promise<QStringList>>();
        std::future<QStringList> answer = done->get_future();
        std::thread([data, done] {
            const SearchIndex index(*data);
            QStringList out;
            for (const QString q : {"deepseek", "deepseek-alias-199999", "alias 123456", "zz"}) {
                const SearchResult r = index.search(q, 5);
                out << QStringLiteral("%1:%2").arg(q).arg(r.count);
            }
            done->set_value(out);
        }).detach();
        QVERIFY2(answer.wait_for(std::chrono::seconds(20)) == std::future_status::ready,
                 "building and searching took more than 20 s");
        const QStringList out = answer.get();
        QVERIFY2(!out.at(1).endsWith(":0"), qPrintable(out.join(' ')));
        QVERIFY2(!out.at(2).endsWith(":0"), qPrintable(out.join(' ')));
    }

    // Odd queries are no error: each matches what its letters match.
    void oddInputs_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("sameAs"); // a plain query with the same answer
        QTest::addColumn<qint64>("count");   // or -1 to compare with `sameAs` only
        const qint64 all = qint64(m_data.models.size());
        QTest::newRow("quote") << "\"" << QString() << all;
        QTest::newRow("star") << "*" << QString() << all;
        QTest::newRow("parenthesis") << "(" << QString() << all;
        QTest::newRow("whitespace") << "\t\n" << QString() << all;
        QTest::newRow("emoji before a word") << "🦙 coder"
                                             << "coder" << qint64(-1);
        QTest::newRow("sql") << "'; DROP TABLE models; --" << QString() << qint64(0);
        QTest::newRow("empty facet") << "org:" << QString() << all;
        QTest::newRow("10,000 letters") << QString(10000, 'a') << QString() << qint64(0);
        QTest::newRow("5,000 Chinese") << QString(5000, QChar(0x6df1)) << QString() << qint64(0);
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << QString() << all;
    }

    void oddInputs()
    {
        QFETCH(QString, input);
        QFETCH(QString, sameAs);
        QFETCH(qint64, count);
        const SearchResult r = m_index->search(input, 10);
        QVERIFY(!r.cancelled);
        if (count >= 0)
            QCOMPARE(r.count, count);
        QCOMPARE(qint64(r.hits.size()), std::min<qint64>(r.count, 10));
        if (!sameAs.isNull()) {
            const SearchResult plain = m_index->search(sameAs, 10);
            QVERIFY(plain.count > 0);
            QCOMPARE(r.count, plain.count);
            QCOMPARE(r.hits.size(), plain.hits.size());
            for (size_t i = 0; i < r.hits.size(); ++i)
                QCOMPARE(r.hits[i].model, plain.hits[i].model);
        }
    }
};

QTEST_GUILESS_MAIN(SearchIndexTest)
#include "tst_searchindex.moc"
