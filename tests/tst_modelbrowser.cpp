#include "catalog.h"
#include "minicatalog.h"
#include "modelbrowser.h"
#include "querychips.h"
#include "savedviews.h"
#include "searchmodel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

// The model list pane driven as a user would: typing, chips, facets, keys, sorting, saved views.
class ModelBrowserTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;

    struct Pane
    {
        std::unique_ptr<ModelBrowser> browser;
        QLineEdit *search = nullptr;
        QTableView *list = nullptr;
        QTreeWidget *facets = nullptr;
        QLabel *count = nullptr;
    };

    Pane open() const
    {
        Pane p;
        p.browser = std::make_unique<ModelBrowser>(*m_catalog);
        p.browser->resize(700, 800);
        p.browser->show();
        p.search = p.browser->findChild<QLineEdit *>("searchField");
        p.list = p.browser->findChild<QTableView *>("modelList");
        p.facets = p.browser->findChild<QTreeWidget *>("facetTree");
        p.count = p.browser->findChild<QLabel *>("resultCount");
        settle(p);
        return p;
    }

    // Waits until the search in flight has been shown.
    static void settle(const Pane &p)
    {
        QTRY_VERIFY(!p.browser->model()->isSearching());
        QCoreApplication::processEvents();
    }

    static QStringList slugs(const Pane &p)
    {
        QStringList out;
        for (int r = 0; r < p.browser->model()->rowCount(); ++r)
            out << p.browser->model()->index(r, 0).data(SearchModel::SlugRole).toString();
        return out;
    }

    static QTreeWidgetItem *facetItem(const Pane &p, const QString &term)
    {
        for (int g = 0; g < p.facets->topLevelItemCount(); ++g)
            for (int i = 0; i < p.facets->topLevelItem(g)->childCount(); ++i) {
                QTreeWidgetItem *item = p.facets->topLevelItem(g)->child(i);
                if (item->toolTip(0) == term)
                    return item;
            }
        return nullptr;
    }

    static void clickHeader(const Pane &p, int column)
    {
        QHeaderView *h = p.list->horizontalHeader();
        QTest::mouseClick(h->viewport(), Qt::LeftButton, {},
                          QPoint(h->sectionViewportPosition(column) + 5, h->height() / 2));
        settle(p);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove("browser");
        QVERIFY(m_dir.isValid());
        QString error;
        m_catalog = Catalog::open(compileMiniCatalog(m_dir.path()), &error);
        QVERIFY2(m_catalog, qPrintable(error));
    }

    void typingSearchesAndMarksMatches()
    {
        Pane p = open();
        QAbstractItemModelTester tester(p.browser->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(p.browser->model()->rowCount(), 4);
        QCOMPARE(p.count->text(), QStringLiteral("Models: 4"));
        QTest::keyClicks(p.search, "coder");
        settle(p);
        QCOMPARE(slugs(p), QStringList{"alpha-coder"});
        QCOMPARE(p.count->text(), QStringLiteral("Showing 1 of 4"));
        using Ranges = QList<QPair<int, int>>;
        QCOMPARE(p.browser->model()->index(0, 0).data(SearchModel::MatchRangesRole).value<Ranges>(),
                 (Ranges{{6, 5}}));
        QCOMPARE(p.browser->currentSlug(), QStringLiteral("alpha-coder"));
        // Words match on their own, in any order.
        p.search->clear();
        QTest::keyClicks(p.search, "chat beta");
        settle(p);
        QCOMPARE(slugs(p), QStringList{"beta-chat"});
    }

    void chipsShowTermsAndRemoveThem()
    {
        Pane p = open();
        QTest::keyClicks(p.search, "org:alpha ctx:huge");
        settle(p);
        const auto *hint = p.browser->findChild<QLabel *>("queryHint");
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains("ctx:"), qPrintable(hint->text()));
        QCOMPARE(slugs(p).size(), 3); // the invalid term is left out, org: still applies
        auto *chips = p.browser->findChild<QueryChips *>("queryChips");
        QCOMPARE(chips->chipCount(), 2);
        const QList<QToolButton *> buttons = chips->findChildren<QToolButton *>("queryChip");
        QToolButton *orgChip = nullptr;
        for (QToolButton *b : buttons)
            if (b->isVisible() && b->text().startsWith("org:alpha"))
                orgChip = b;
        QVERIFY(orgChip);
        QTest::mouseClick(orgChip, Qt::LeftButton);
        QCOMPARE(p.search->text(), QStringLiteral("ctx:huge"));
        settle(p);
        QCOMPARE(slugs(p).size(), 4);
        QTRY_COMPARE(chips->chipCount(), 1);
    }

    void facetClickNarrowsAndCountsFollow()
    {
        Pane p = open();
        QTreeWidgetItem *beta = facetItem(p, "org:beta");
        QVERIFY(beta);
        QCOMPARE(beta->text(1), QStringLiteral("1"));
        QCOMPARE(facetItem(p, "org:alpha")->text(1), QStringLiteral("3"));
        QCOMPARE(facetItem(p, "ctx:>=128k")->text(1), QStringLiteral("1"));
        const QRect rect = p.facets->visualItemRect(beta);
        QTest::mouseClick(p.facets->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(p.search->text(), QStringLiteral("org:beta"));
        settle(p);
        QCOMPARE(slugs(p), QStringList{"beta-chat"});
        QCOMPARE(facetItem(p, "org:beta")->checkState(0), Qt::Checked);
        QVERIFY(!facetItem(p, "org:alpha")); // no alpha model is left
        QCOMPARE(facetItem(p, "kind:language")->text(1), QStringLiteral("1"));
        // A second click takes the term out again.
        QTest::mouseClick(p.facets->viewport(), Qt::LeftButton, {},
                          p.facets->visualItemRect(facetItem(p, "org:beta")).center());
        QCOMPARE(p.search->text(), QString());
        settle(p);
        QCOMPARE(facetItem(p, "kind:language")->text(1), QStringLiteral("4"));
    }

    void arrowsEnterAndEscape()
    {
        Pane p = open();
        QSignalSpy changed(p.browser.get(), &ModelBrowser::currentModelChanged);
        QSignalSpy opened(p.browser.get(), &ModelBrowser::modelOpened);
        p.browser->focusSearch();
        const QStringList rows = slugs(p);
        QCOMPARE(p.browser->currentSlug(), rows[0]);
        QTest::keyClick(p.search, Qt::Key_Down);
        QCOMPARE(p.browser->currentSlug(), rows[1]);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).toInt(), m_catalog->data().model(rows[1]));
        QTest::keyClick(p.search, Qt::Key_Down);
        QTest::keyClick(p.search, Qt::Key_Up);
        QCOMPARE(p.browser->currentSlug(), rows[1]);
        QTest::keyClick(p.search, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.last().at(0).toString(), rows[1]);
        QTest::keyClicks(p.search, "beta");
        settle(p);
        QCOMPARE(slugs(p), QStringList{"beta-chat"});
        QTest::keyClick(p.search, Qt::Key_Escape);
        QCOMPARE(p.search->text(), QString());
        settle(p);
        QCOMPARE(slugs(p).size(), 4);
    }

    void sortsByColumn()
    {
        Pane p = open();
        clickHeader(p, SearchModel::ReleasedColumn);
        QCOMPARE(p.browser->model()->sortColumn(), int(SearchModel::ReleasedColumn));
        QCOMPARE(slugs(p), (QStringList{"alpha-base", "alpha-coder", "beta-chat", "alpha-two"}));
        clickHeader(p, SearchModel::ReleasedColumn);
        QCOMPARE(slugs(p), (QStringList{"alpha-two", "beta-chat", "alpha-coder", "alpha-base"}));
        // Context starts hidden; the user shows it from the header's menu.
        QVERIFY(p.list->horizontalHeader()->isSectionHidden(SearchModel::ContextColumn));
        p.list->horizontalHeader()->setSectionHidden(SearchModel::ContextColumn, false);
        // Unknown values go last either way.
        clickHeader(p, SearchModel::ContextColumn);
        QCOMPARE(slugs(p).mid(0, 2), (QStringList{"alpha-base", "alpha-coder"}));
        clickHeader(p, SearchModel::ContextColumn);
        QCOMPARE(slugs(p).mid(0, 2), (QStringList{"alpha-coder", "alpha-base"}));
        QCOMPARE(p.browser->model()->index(3, SearchModel::ContextColumn).data().toString(),
                 QStringLiteral("not reported"));
    }

    void emptyStateSuggestsCloseNames()
    {
        Pane p = open();
        QTest::keyClicks(p.search, "betaqqq");
        settle(p);
        const auto *empty = p.browser->findChild<QLabel *>("emptyState");
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains("Beta Chat"), qPrintable(empty->text()));
        QVERIFY(!p.list->isVisible());
    }

    void oddInputKeepsWorking()
    {
        Pane p = open();
        for (const QString &text :
             {QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("("),
              QStringLiteral("🦙 llama"), QStringLiteral("'; DROP TABLE models; --"),
              QStringLiteral("org:"), QString(10000, 'q'), QStringLiteral("a b c d e f g h")}) {
            p.search->setText(text);
            settle(p);
            QVERIFY(!p.count->text().isEmpty());
        }
        p.search->setText("org:");
        settle(p);
        QCOMPARE(slugs(p).size(), 4); // the dangling term is left out
    }

    void selectModelChangesTheSearchWhenNeeded()
    {
        Pane p = open();
        QTest::keyClicks(p.search, "coder");
        settle(p);
        p.browser->selectModel("beta-chat");
        settle(p);
        QTRY_COMPARE(p.browser->currentSlug(), QStringLiteral("beta-chat"));
        // Asked before the first results arrive, the search field stays empty.
        auto fresh = std::make_unique<ModelBrowser>(*m_catalog);
        fresh->selectModel("alpha-two");
        QTRY_COMPARE(fresh->currentSlug(), QStringLiteral("alpha-two"));
        QCOMPARE(fresh->findChild<QLineEdit *>("searchField")->text(), QString());
        p.browser->selectModel("no-such-model");
        QCOMPARE(p.browser->currentSlug(), QStringLiteral("beta-chat"));
    }

    void savedViewComesBackInANewInstance()
    {
        {
            Pane p = open();
            QTest::keyClicks(p.search, "org:alpha");
            settle(p);
            clickHeader(p, SearchModel::ReleasedColumn);
            clickHeader(p, SearchModel::ReleasedColumn); // newest first
            p.browser->saveCurrentView("alpha, newest");
        }
        Pane p = open();
        QCOMPARE(p.search->text(), QString());
        auto *menu = p.browser->findChild<QMenu *>("savedViewsMenu");
        QAction *view = nullptr;
        for (QAction *a : menu->actions())
            if (a->text() == QStringLiteral("alpha, newest"))
                view = a;
        QVERIFY(view);
        view->trigger();
        QCOMPARE(p.search->text(), QStringLiteral("org:alpha"));
        settle(p);
        QCOMPARE(slugs(p), (QStringList{"alpha-two", "alpha-coder", "alpha-base"}));
        QCOMPARE(p.list->horizontalHeader()->sortIndicatorSection(),
                 int(SearchModel::ReleasedColumn));
        p.browser->savedViews()->remove("alpha, newest");
        QVERIFY(SavedViews().views().isEmpty());
    }
};

QTEST_MAIN(ModelBrowserTest)
#include "tst_modelbrowser.moc"
