#include "catalog.h"
#include "lineagegraph.h"
#include "lineagelayout.h"
#include "syntheticcatalog.h"

#include <QTest>

#include <algorithm>

// Lineage graph queries and the properties of the tree layout, over hand-made graphs, the
// shipped catalog and synthetic catalogs.
class LineageLayoutTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Catalog> m_catalog;

    // Pairs of overlapping cards, found by a sweep over the left edges (independent of the
    // layout's lanes).
    static int overlaps(const std::vector<QRectF> &cards)
    {
        std::vector<int> order(cards.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return cards[size_t(a)].left() < cards[size_t(b)].left(); });
        int count = 0;
        std::vector<int> active;
        for (int i : order) {
            const QRectF &r = cards[size_t(i)];
            std::erase_if(active, [&](int j) { return cards[size_t(j)].right() <= r.left(); });
            for (int j : active)
                if (cards[size_t(j)].intersects(r))
                    ++count;
            active.push_back(i);
        }
        return count;
    }

    static double along(const lineage::Layout &l, int node)
    {
        return l.orientation == lineage::Orientation::Horizontal ? l.cards[size_t(node)].left()
                                                                 : l.cards[size_t(node)].top();
    }

    static std::vector<qint64> daysOf(const CatalogData &data)
    {
        std::vector<qint64> days;
        for (const ModelRecord &m : data.models)
            days.push_back(lineage::releaseDay(m.released));
        return days;
    }

    static std::vector<int> groupsOf(const CatalogData &data)
    {
        std::vector<int> groups;
        for (const ModelRecord &m : data.models)
            groups.push_back(data.orgById.value(m.org, -1));
        return groups;
    }

    // Every property the layout promises, checked on one graph.
    static void checkLayout(const LineageGraph &graph, const std::vector<qint64> &days,
                            const std::vector<int> &groups, lineage::Orientation orientation)
    {
        lineage::LayoutOptions options;
        options.orientation = orientation;
        const lineage::Layout l = lineage::layout(graph, days, groups, options);
        QCOMPARE(int(l.cards.size()), graph.size());
        QCOMPARE(overlaps(l.cards), 0);
        for (const LineageGraph::Edge &e : graph.edges())
            if (e.lineage)
                QVERIFY2(
                    along(l, e.child) >= along(l, e.parent),
                    qPrintable(
                        QStringLiteral("child %1 before parent %2").arg(e.child).arg(e.parent)));
        // Siblings in release order along the time axis.
        for (int v = 0; v < graph.size(); ++v) {
            std::vector<int> kids(graph.children(v).begin(), graph.children(v).end());
            std::sort(kids.begin(), kids.end(),
                      [&](int a, int b) { return l.days[size_t(a)] < l.days[size_t(b)]; });
            for (size_t k = 1; k < kids.size(); ++k)
                QVERIFY(along(l, kids[k]) >= along(l, kids[k - 1]));
        }
        // Cards follow their days on the axis.
        for (int v = 0; v < graph.size(); ++v)
            QCOMPARE(along(l, v), l.axis.position(l.days[size_t(v)]));
        const lineage::Layout again = lineage::layout(graph, days, groups, options);
        QVERIFY(again.cards == l.cards);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = Catalog::open(ATLAS_SOURCE_DIR "/data/catalog.sqlite", &error);
        QVERIFY2(m_catalog, qPrintable(error));
    }

    void releaseDays()
    {
        QCOMPARE(lineage::releaseDay("2024-05-17"), QDate(2024, 5, 17).toJulianDay());
        QCOMPARE(lineage::releaseDay("2024-05"), QDate(2024, 5, 1).toJulianDay());
        QCOMPARE(lineage::releaseDay("2024"), QDate(2024, 1, 1).toJulianDay());
        QCOMPARE(lineage::releaseDay(""), lineage::kUnknownDay);
        QCOMPARE(lineage::releaseDay("2024-13-01"), lineage::kUnknownDay);
        QCOMPARE(lineage::releaseDay("soon"), lineage::kUnknownDay);
    }

    void graphQueries()
    {
        // 0 -> 1 -> 3, 0 -> 2, 4 competes with 0; 1 names 0 twice.
        const QStringList relations{"fine_tunes", "builds_on", "competes_with"};
        const LineageGraph g(5,
                             {{0, 1, 0, true},
                              {0, 1, 1, true},
                              {1, 3, 0, true},
                              {0, 2, 1, true},
                              {0, 4, 2, false},
                              {7, 1, 0, true}},
                             relations);
        QCOMPARE(g.edges().size(), size_t(5)); // the edge to a missing node is dropped
        QCOMPARE(std::vector<int>(g.children(0).begin(), g.children(0).end()),
                 (std::vector<int>{1, 2}));
        QCOMPARE(std::vector<int>(g.parents(1).begin(), g.parents(1).end()), std::vector<int>{0});
        QVERIFY(g.parents(4).empty());
        QCOMPARE(g.edgesOf(4).size(), size_t(1));
        QCOMPARE(g.ancestors(3), (std::vector<int>{0, 1}));
        QCOMPARE(g.descendants(0), (std::vector<int>{1, 2, 3}));
        QCOMPARE(g.family(1), (std::vector<int>{0, 1, 3}));
        QCOMPARE(g.path(3, 2), (std::vector<int>{3, 1, 0, 2}));
        QVERIFY(g.path(3, 4).empty());
        QVERIFY(g.ancestors(99).empty());
    }

    void realCatalogRelations()
    {
        const CatalogData &data = m_catalog->data();
        const LineageGraph g(data);
        const int coder = data.model("deepseek-coder-v2");
        const int v2 = data.model("deepseek-v2");
        QVERIFY(coder >= 0 && v2 >= 0);
        QVERIFY(std::ranges::find(g.parents(coder), v2) != g.parents(coder).end());
        const std::vector<int> up = g.ancestors(coder);
        QVERIFY(std::binary_search(up.begin(), up.end(), v2));
        const std::vector<int> down = g.descendants(v2);
        QVERIFY(std::binary_search(down.begin(), down.end(), coder));
        QCOMPARE(g.path(coder, v2), (std::vector<int>{coder, v2}));
        // Non-lineage relations never count as parents.
        for (const LineageGraph::Edge &e : g.edges())
            if (!e.lineage)
                QVERIFY(std::ranges::find(g.parents(e.child), e.parent) ==
                            g.parents(e.child).end() ||
                        std::ranges::any_of(g.edges(), [&](const LineageGraph::Edge &o) {
                            return o.lineage && o.child == e.child && o.parent == e.parent;
                        }));
    }

    void realCatalogLayout()
    {
        const CatalogData &data = m_catalog->data();
        const LineageGraph g(data);
        checkLayout(g, daysOf(data), groupsOf(data), lineage::Orientation::Horizontal);
        checkLayout(g, daysOf(data), groupsOf(data), lineage::Orientation::Vertical);
    }

    void syntheticLayout_data()
    {
        QTest::addColumn<int>("models");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("2k") << 2000 << quint64(1);
        QTest::newRow("20k") << 20000 << quint64(7);
    }

    void syntheticLayout()
    {
        QFETCH(int, models);
        QFETCH(quint64, seed);
        CatalogData data = synth::generate(models, seed);
        data.index();
        const LineageGraph g(data);
        checkLayout(g, daysOf(data), groupsOf(data), lineage::Orientation::Horizontal);
    }

    void childBeforeParentAndCyclesAreHandled()
    {
        // 1 claims a date before its parent 0; 2 and 3 form a cycle.
        const LineageGraph g(4, {{0, 1, 0, true}, {2, 3, 0, true}, {3, 2, 0, true}},
                             {"fine_tunes"});
        const std::vector<qint64> days{lineage::releaseDay("2024-06-01"),
                                       lineage::releaseDay("2023-01-01"),
                                       lineage::releaseDay("2022-01-01"), lineage::kUnknownDay};
        const lineage::Layout l = lineage::layout(g, days, {});
        QVERIFY(along(l, 1) >= along(l, 0));
        QCOMPARE(l.days[1], days[0]);
        QCOMPARE(overlaps(l.cards), 0);
    }

    void familiesKeepTogether()
    {
        // Two chains of three, each a family of its own: no lane holds cards of both.
        const LineageGraph g(6,
                             {{0, 1, 0, true}, {1, 2, 0, true}, {3, 4, 0, true}, {4, 5, 0, true}},
                             {"successor_of"});
        std::vector<qint64> days;
        for (int i = 0; i < 6; ++i)
            days.push_back(QDate(2023, 1 + (i % 3) * 4, 1).toJulianDay());
        const lineage::Layout l = lineage::layout(g, days, {0, 0, 0, 1, 1, 1});
        QCOMPARE(l.lanes[0], l.lanes[1]);
        QCOMPARE(l.lanes[1], l.lanes[2]);
        QCOMPARE(l.lanes[3], l.lanes[4]);
        QVERIFY(l.lanes[0] != l.lanes[3]);
    }
};

QTEST_GUILESS_MAIN(LineageLayoutTest)
#include "tst_lineagelayout.moc"
