#include "cardstats.h"

#include <QTest>

// The card's formulas from DESIGN.md, on hand-made numbers.
class CardStatsTest : public QObject
{
    Q_OBJECT

private slots:
    void scalesEachMeasure()
    {
        QCOMPARE(card::scaled(card::Measure::Reasoning, 10.6), 10.6 * 10 / 70);
        QCOMPARE(card::scaled(card::Measure::Coding, 13.9), 1.39);
        QCOMPARE(card::scaled(card::Measure::Agentic, 36.0), 3.6);
        QVERIFY(qAbs(card::scaled(card::Measure::Context, 128000) - 6.02) < 0.01);
        QCOMPARE(card::scaled(card::Measure::Context, 2000), 0.0);
        QCOMPARE(card::scaled(card::Measure::Context, 2e9), 10.0); // clamped
        QCOMPARE(card::scaled(card::Measure::Reasoning, 95), 10.0);
    }

    void bandUsesFloorIndexes()
    {
        // n = 10: p20 = v[2], p80 = v[8] of the sorted values.
        const card::Band b = card::percentileBand({9, 1, 8, 2, 7, 3, 6, 4, 5, 10});
        QCOMPARE(b.n, 10);
        QCOMPARE(b.p20, 3.0);
        QCOMPARE(b.p80, 9.0);
        const card::Band one = card::percentileBand({4.2});
        QCOMPARE(one.p20, 4.2);
        QCOMPARE(one.p80, 4.2);
        QCOMPARE(card::percentileBand({}).n, 0);
    }

    void bucketEdges_data()
    {
        QTest::addColumn<int>("higher"); // models strictly higher than this one
        QTest::addColumn<int>("bucket");
        // 200 models: rank = higher + 1, pct = rank / 200.
        QTest::newRow("rank 2 = 1%") << 1 << int(card::Bucket::Top1);
        QTest::newRow("rank 3 > 1%") << 2 << int(card::Bucket::Top5);
        QTest::newRow("rank 10 = 5%") << 9 << int(card::Bucket::Top5);
        QTest::newRow("rank 20 = 10%") << 19 << int(card::Bucket::Top10);
        QTest::newRow("rank 21") << 20 << int(card::Bucket::Good);
        QTest::newRow("rank 50 = 25%") << 49 << int(card::Bucket::Good);
        QTest::newRow("rank 100 = 50%") << 99 << int(card::Bucket::Medium);
        QTest::newRow("rank 101") << 100 << int(card::Bucket::Low);
    }

    void bucketEdges()
    {
        QFETCH(int, higher);
        QFETCH(int, bucket);
        std::vector<double> values;
        for (int i = 0; i < 200; ++i)
            values.push_back(1000 - i); // strictly descending, distinct
        const card::Rank r = card::percentileRank(values, values[size_t(higher)]);
        QCOMPARE(r.rank, higher + 1);
        QCOMPARE(r.count, 200);
        QCOMPARE(int(r.bucket), bucket);
    }

    void tiesShareTheBetterRank()
    {
        const card::Rank r = card::percentileRank({50, 40, 40, 40, 10}, 40);
        QCOMPARE(r.rank, 2);
    }

    void costBuckets()
    {
        ModelRecord m;
        m.openWeights = true;
        QCOMPARE(card::costBucket(m), card::Cost::Free);
        m.openWeights = false;
        QCOMPARE(card::costBucket(m), card::Cost::Unknown);
        m.priceOutput = 0.99;
        QCOMPARE(card::costBucket(m), card::Cost::Low);
        m.priceOutput = 1.0;
        QCOMPARE(card::costBucket(m), card::Cost::Moderate);
        m.priceOutput = 4.99;
        QCOMPARE(card::costBucket(m), card::Cost::Moderate);
        m.priceOutput = 5.0;
        QCOMPARE(card::costBucket(m), card::Cost::High);
        m.openWeights = true; // a first-party price wins over "free"
        QCOMPARE(card::costBucket(m), card::Cost::High);
    }

    void rungChoiceAtTheTolerance()
    {
        QCOMPARE(card::rungFor(128000), 2);
        QCOMPARE(card::rungFor(131072), 2);
        QCOMPARE(card::rungFor(200000), -1); // log10(200K/128K) = 0.19
        // 0.16 in log10 is a factor of 10^0.16 ≈ 1.4454.
        QCOMPARE(card::rungFor(qint64(128000 * 1.445)), 2);
        QCOMPARE(card::rungFor(qint64(128000 * 1.446)), -1);
        QCOMPARE(card::rungFor(qint64(4000 / 1.445) + 1), 0);
        QCOMPARE(card::rungFor(1048576), 4);
        QCOMPARE(card::rungFor(10000000), 5);
        QCOMPARE(card::rungFor(0), -1);
    }

    void statisticsOverACatalog()
    {
        CatalogData d;
        for (int i = 0; i < 10; ++i) {
            ModelRecord m;
            m.slug = QString("m%1").arg(i);
            if (i < 5)
                m.outputTps = 100.0 * (i + 1); // 100..500
            if (i != 9)
                m.contextTokens = 4000 << i;
            d.models.push_back(m);
            if (i < 8)
                d.scores.push_back({i, "aa_intelligence", 10.0 * i, "https://x", "2026-01-01"});
        }
        d.index();
        const card::Statistics s(d);
        QCOMPARE(s.band(card::Measure::Reasoning).n, 8);
        QCOMPARE(s.band(card::Measure::Context).n, 9);
        QCOMPARE(s.band(card::Measure::Agentic).n, 0);
        QVERIFY(!s.value(card::Measure::Reasoning, 8).has_value()); // not reported, no marker
        QCOMPARE(s.intelligence(7).rank, 1);
        QCOMPARE(s.intelligence(0).rank, 8);
        QCOMPARE(s.intelligence(9).bucket, card::Bucket::Unknown);
        QCOMPARE(s.speed(4).rank, 1);
        // 5 speeds: floor(0.25 × 5) = 1 → Good needs the fastest; floor(0.5 × 5) = 2 → 400.
        QCOMPARE(s.speedThresholds()[3], 500.0);
        QCOMPARE(s.speedThresholds()[4], 400.0);
        QCOMPARE(s.speedThresholds()[0], 0.0); // nobody can be in the top 1% of five
    }
};

QTEST_GUILESS_MAIN(CardStatsTest)
#include "tst_cardstats.moc"
