#include "catalog.h"
#include "language.h"
#include "mainwindow.h"
#include "modelbrowser.h"
#include "records.h"
#include "searchindex.h"
#include "searchmodel.h"
#include "sortorder.h"
#include "syntheticcatalog.h"

#include <QApplication>
#include <QCollator>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Work in flight when a window closes, and the language switched while workers run: on a
// catalog large enough that sorting and searching take long enough to overlap.
class LifetimesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    static constexpr int kModels = 40000;

    std::unique_ptr<MainWindow> makeWindow()
    {
        QString error;
        auto catalog = Catalog::open(m_path, &error);
        if (!catalog)
            qFatal("%s", qPrintable(error));
        auto window = std::make_unique<MainWindow>(std::move(catalog));
        window->resize(1200, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }

    static ModelBrowser *browser(MainWindow *w) { return w->findChild<ModelBrowser *>(); }

    // Clicks a column's header as the user does.
    static void clickHeader(ModelBrowser *b, int column)
    {
        QHeaderView *header = b->listView()->horizontalHeader();
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }

    static bool waitIdle(SearchModel *m)
    {
        return QTest::qWaitFor([m] { return !m->isSearching(); }, 60000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        m_path = m_dir.filePath("large.sqlite");
        QString error;
        QVERIFY2(synth::write(kModels, 17, m_path, &error), qPrintable(error));
    }

    // The window is closed and deleted while its list sorts or searches on workers.
    void closingWhileWorkIsInFlight_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("query");
        QTest::newRow("sort by name") << int(SearchModel::NameColumn) << QString();
        QTest::newRow("sort by organisation") << int(SearchModel::OrgColumn) << QString();
        QTest::newRow("sort by release") << int(SearchModel::ReleasedColumn) << QString();
        QTest::newRow("search, then sort") << int(SearchModel::NameColumn) << QStringLiteral("l");
    }

    void closingWhileWorkIsInFlight()
    {
        QFETCH(int, column);
        QFETCH(QString, query);
        auto window = makeWindow();
        ModelBrowser *b = browser(window.get());
        QVERIFY(b);
        QVERIFY(waitIdle(b->model()));
        if (!query.isEmpty())
            QTest::keyClicks(b->findChild<QLineEdit *>(), query);
        clickHeader(b, column);
        clickHeader(b, column); // the other direction: a second order in flight
        QVERIFY(b->model()->isSearching());
        window->close();
        window.reset(); // must wait for, or stop, every worker reading the catalog
        QVERIFY(!window);
    }

    // Switching languages while searches and sorts run: no crash, and the final order is the
    // final language's.
    void switchingLanguageWhileWorking()
    {
        LanguageSwitcher switcher(*qApp, ATLAS_QM_DIR);
        // The list alone: it holds the workers, and the rest of the window only makes each
        // switch slower to lay out.
        QString error;
        const auto catalog = Catalog::open(m_path, &error);
        QVERIFY2(catalog, qPrintable(error));
        auto window = std::make_unique<ModelBrowser>(*catalog);
        window->resize(700, 700);
        window->show();
        ModelBrowser *b = window.get();
        SearchModel *model = b->model();
        QVERIFY(waitIdle(model));
        auto *search = b->findChild<QLineEdit *>();
        const QStringList languages = {"en", "zh_CN", "both"};
        const QStringList queries = {"lla", "qwen", "", "deep", "l"};
        for (int i = 0; i < 100; ++i) {
            search->setText(queries.at(i % queries.size()));
            if (i % 3 == 0)
                clickHeader(b, i % 2 ? SearchModel::NameColumn : SearchModel::OrgColumn);
            QVERIFY(switcher.apply(languages.at(i % languages.size())));
            QCoreApplication::processEvents();
        }
        QVERIFY(switcher.apply("zh_CN"));
        search->setText(QString());
        if (model->sortColumn() != SearchModel::NameColumn)
            clickHeader(b, SearchModel::NameColumn);
        QVERIFY(waitIdle(model));
        QCOMPARE(model->sortColumn(), int(SearchModel::NameColumn));
        QVERIFY(model->rowCount() > 100);

        // The rows are in Chinese collation order of the names shown.
        QCollator zh(QLocale(QLocale::Chinese, QLocale::China));
        zh.setCaseSensitivity(Qt::CaseInsensitive);
        zh.setNumericMode(true);
        const bool descending = model->sortOrder() == Qt::DescendingOrder;
        for (int row = 1; row < 100; ++row) {
            const QString before = model->index(row - 1, 0).data().toString();
            const QString after = model->index(row, 0).data().toString();
            const int c = zh.compare(before, after);
            QVERIFY2(descending ? c >= 0 : c <= 0,
                     qPrintable(QStringLiteral("row %1: %2 then %3").arg(row).arg(before, after)));
        }
        window.reset();
        QVERIFY(switcher.apply("en"));
    }

    // Typing fast on a catalog where each search takes long enough to be overtaken: only the
    // last query's answer is shown, and it is the answer the index gives.
    void typingFastShowsOnlyTheLastAnswer()
    {
        QString error;
        const auto catalog = Catalog::open(m_path, &error);
        QVERIFY2(catalog, qPrintable(error));
        ModelBrowser b(*catalog);
        b.resize(700, 700);
        b.show();
        SearchModel *model = b.model();
        QVERIFY(waitIdle(model));
        clickHeader(&b, SearchModel::NameColumn); // each search also waits for the name order
        QSignalSpy results(model, &SearchModel::resultsChanged);
        auto *search = b.findChild<QLineEdit *>();
        QTest::keyClicks(search, "llama 3 in");
        QVERIFY(model->isSearching());
        QVERIFY(waitIdle(model));
        QTest::qWait(50);
        QCOMPARE(model->query(), QStringLiteral("llama 3 in"));
        // Far fewer answers shown than keys typed: the overtaken searches were dropped.
        QVERIFY2(results.count() < 10, qPrintable(QString::number(results.count())));
        const SearchResult direct = catalog->searchIndex()->search("llama 3 in", 1000);
        QCOMPARE(model->matchCount(), direct.count);
        QVERIFY(direct.count > 0);
        QCOMPARE(model->rowCount(), int(std::min<qint64>(direct.count, model->limit())));
    }

    // The order itself, as a pure function: names in natural order, unknown values last.
    void sortOrderIsNaturalAndPutsUnknownLast()
    {
        CatalogData data;
        for (const char *name : {"Llama 10", "llama 3", "Alpha", "Llama 3.1", "beta"}) {
            ModelRecord m;
            m.name = QString::fromUtf8(name);
            m.slug = m.name.toLower();
            data.models.push_back(m);
        }
        data.models[0].contextTokens = 8000;
        data.models[2].contextTokens = 128000;
        data.index();
        data.indexModels();
        const std::vector<uint32_t> rank =
            sortorder::ranks(data, sortorder::Key::Name, false, "en");
        QStringList order(int(rank.size()));
        for (size_t i = 0; i < rank.size(); ++i)
            order[int(rank[i])] = data.models[i].name;
        QCOMPARE(order, QStringList({"Alpha", "beta", "llama 3", "Llama 3.1", "Llama 10"}));

        for (const bool descending : {false, true}) {
            const std::vector<uint32_t> byContext =
                sortorder::ranks(data, sortorder::Key::Context, descending, "en");
            QCOMPARE(byContext[descending ? 2 : 0], 0u);
            QCOMPARE(byContext[descending ? 0 : 2], 1u);
            QVERIFY(byContext[1] >= 2 && byContext[3] >= 2 && byContext[4] >= 2);
        }
        std::atomic_bool cancel = true;
        QVERIFY(sortorder::ranks(data, sortorder::Key::Name, false, "en", &cancel).empty());
    }
};

QTEST_MAIN(LifetimesTest)
#include "tst_lifetimes.moc"
