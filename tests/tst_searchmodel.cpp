#include "matchdelegate.h"
#include "records.h"
#include "searchmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QPainter>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

// The search results model: worker-thread searches, one reset per result, cancellation.
class SearchModelTest : public QObject
{
    Q_OBJECT

private:
    CatalogData m_data;
    std::shared_ptr<const SearchIndex> m_index;

    QStringList names(const SearchModel &model) const
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, SearchModel::NameColumn).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_data.orgs = {{"acme", "Acme", "阿克米", "US", {}, {}, {}}};
        const QStringList names = {"Llama 3 8B", "Llama 3 70B", "Mixtral 8x7B", "GPT-4o",
                                   "DeepSeek-Coder V2"};
        for (int i = 0; i < names.size(); ++i) {
            ModelRecord m;
            m.slug = "m" + QString::number(i);
            m.name = names[i];
            m.org = "acme";
            m.kind = "language";
            m.released = "2024-01-01";
            m.notability = 10 - i;
            m_data.models.push_back(m);
        }
        m_data.index();
        m_index = std::make_shared<SearchIndex>(m_data);
    }

    void swapsResultsInWithOneReset()
    {
        SearchModel model(m_data, m_index);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy results(&model, &SearchModel::resultsChanged);
        QVERIFY(results.wait(5000)); // the initial, empty query lists everything
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.matchCount(), 5);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setQuery("llama");
        QVERIFY(results.wait(5000));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(names(model), (QStringList{"Llama 3 8B", "Llama 3 70B"}));
        QCOMPARE(model.index(0, 0).data(SearchModel::SlugRole).toString(), QStringLiteral("m0"));
        QCOMPARE(model.index(0, 0).data(SearchModel::ModelIndexRole).toInt(), 0);
        using Ranges = QList<QPair<int, int>>;
        const auto ranges = model.index(0, 0).data(SearchModel::MatchRangesRole).value<Ranges>();
        QCOMPARE(ranges, (Ranges{{0, 5}}));
        QCOMPARE(model.index(0, SearchModel::OrgColumn).data().toString(), QStringLiteral("Acme"));
        QVERIFY(!model.isSearching());
    }

    void onlyTheLastQueryIsShown()
    {
        SearchModel model(m_data, m_index);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy results(&model, &SearchModel::resultsChanged);
        // Typing fast: earlier queries are cancelled or dropped.
        for (const char *q : {"d", "de", "dee", "deep", "deepseek", "gpt"})
            model.setQuery(QString::fromLatin1(q));
        QVERIFY(QTest::qWaitFor([&] { return !model.isSearching(); }, 5000));
        QTest::qWait(50);
        QCOMPARE(model.query(), QStringLiteral("gpt"));
        QCOMPARE(names(model), QStringList{"GPT-4o"});
        QVERIFY(results.count() >= 1);
    }

    void reportsQueryErrorsAndCounts()
    {
        SearchModel model(m_data, m_index);
        model.setLimit(1);
        QSignalSpy results(&model, &SearchModel::resultsChanged);
        model.setQuery("org: llama");
        QVERIFY(QTest::qWaitFor([&] { return !model.isSearching(); }, 5000));
        QCOMPARE(model.queryErrors().size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.matchCount(), 2);
    }

    void delegatePaintsMarkedText()
    {
        SearchModel model(m_data, m_index);
        QSignalSpy results(&model, &SearchModel::resultsChanged);
        model.setQuery("coder");
        QVERIFY(QTest::qWaitFor([&] { return !model.isSearching(); }, 5000));
        QTableView view;
        view.setModel(&model);
        MatchDelegate delegate(SearchModel::MatchRangesRole);
        view.setItemDelegate(&delegate);
        view.resize(500, 200);
        view.setColumnWidth(0, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // As the user sees it: the list's first row, painted by the view.
        const QRect cell = view.visualRect(model.index(0, 0));
        const QImage image = view.viewport()->grab(cell).toImage();
        QStyleOptionViewItem option;
        option.font = view.font();
        // The marked background covers the matched letters of the name, and only those.
        const QString name = model.index(0, 0).data().toString();
        const auto ranges =
            model.index(0, 0).data(SearchModel::MatchRangesRole).value<QList<QPair<int, int>>>();
        QCOMPARE(ranges.size(), 1);
        QCOMPARE(name.mid(ranges[0].first, ranges[0].second).toLower(), QStringLiteral("coder"));
        const QColor mark = view.palette().color(QPalette::Highlight).lighter(170);
        const auto near = [](const QColor &a, const QColor &b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                       std::abs(a.blue() - b.blue()) <=
                   12;
        };
        int first = -1, last = -1;
        for (int x = 0; x < image.width(); ++x)
            if (near(image.pixelColor(x, image.height() / 2), mark)) {
                first = first < 0 ? x : first;
                last = x;
            }
        QVERIFY2(first >= 0, "no marked background painted");
        QFont bold = option.font;
        bold.setBold(true);
        const int before = QFontMetrics(option.font).horizontalAdvance(name.left(ranges[0].first));
        const int width =
            QFontMetrics(bold).horizontalAdvance(name.mid(ranges[0].first, ranges[0].second));
        // The text starts a few pixels in (the style's margin); the mark is as wide as the match.
        QVERIFY2(
            std::abs((last - first + 1) - width) <= 3,
            qPrintable(QStringLiteral("mark %1..%2, match %3 px").arg(first).arg(last).arg(width)));
        QVERIFY2(
            first >= before && first <= before + 12,
            qPrintable(QStringLiteral("mark starts at %1, match at %2").arg(first).arg(before)));
    }
};

QTEST_MAIN(SearchModelTest)
#include "tst_searchmodel.moc"
