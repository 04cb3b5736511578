#include "catalog.h"
#include "compareview.h"
#include "detailpanel.h"
#include "evolutiontreeview.h"
#include "mainwindow.h"
#include "minicatalog.h"
#include "modelbrowser.h"
#include "searchmodel.h"

#include <QApplication>
#include <QDropEvent>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Drives the real main window with key and mouse events over a small known catalog.
class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_catalog;

    std::unique_ptr<MainWindow> makeWindow()
    {
        QString error;
        auto catalog = Catalog::open(m_catalog, &error);
        if (!catalog)
            qFatal("%s", qPrintable(error));
        auto window = std::make_unique<MainWindow>(std::move(catalog));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        return window;
    }

    // Types like a user: keys for ASCII, an input-method commit for Chinese or emoji.
    static void type(QWidget *w, const QString &text)
    {
        for (const uint c : text.toUcs4()) {
            const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
            if (c < 128) {
                QTest::keyClicks(w, ch);
            } else {
                QInputMethodEvent event;
                event.setCommitString(ch);
                QApplication::sendEvent(w, &event);
            }
        }
    }

    static QString text(QWidget *w, const char *name)
    {
        return w->findChild<QLabel *>(name)->text();
    }

    static QStringList visibleNames(QTableView *list)
    {
        QStringList names;
        for (int r = 0; r < list->model()->rowCount(); ++r)
            names << list->model()->index(r, 0).data().toString();
        return names;
    }

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath("settings"));
        m_catalog = compileMiniCatalog(m_dir.filePath("data"));
        QVERIFY(!m_catalog.isEmpty());
    }

    void init() { QSettings().clear(); }

    void typingFiltersTheList()
    {
        auto window = makeWindow();
        auto *search = window->findChild<QLineEdit *>("searchField");
        auto *list = window->findChild<QTableView *>("modelList");
        QTRY_COMPARE(list->model()->rowCount(), 4);
        QTest::keyClicks(search, "ALPHA-cod");
        QTRY_COMPARE(visibleNames(list), QStringList{"Alpha Coder"});
        QTRY_COMPARE(text(window.get(), "resultCount"), QStringLiteral("Showing 1 of 4"));
        search->clear();
        QTest::keyClicks(search, "coder instruct"); // an alias, with a space for the hyphen
        QTRY_COMPARE(visibleNames(list), QStringList{"Alpha Coder"});
        search->clear();
        type(search, QStringLiteral("贝塔")); // the organisation's Chinese name
        QTRY_COMPARE(visibleNames(list), QStringList{"Beta Chat"});
        search->clear();
        type(search, QStringLiteral("\"*(' OR 1=1 🙂"));
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(search, Qt::Key_Backspace);
        QTRY_COMPARE(list->model()->rowCount(), 4);
    }

    void selectingShowsTheHeader()
    {
        auto window = makeWindow();
        auto *list = window->findChild<QTableView *>("modelList");
        auto *search = window->findChild<QLineEdit *>("searchField");
        QTest::keyClicks(search, "alpha coder");
        QTRY_COMPARE(list->model()->rowCount(), 1);
        const QRect row = list->visualRect(list->model()->index(0, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(window->selectedSlug(), QStringLiteral("alpha-coder"));
        QCOMPARE(text(window.get(), "name"), QStringLiteral("Alpha Coder"));
        QCOMPARE(text(window.get(), "tagline"), QStringLiteral("Tagline of Alpha Coder"));
        QCOMPARE(text(window.get(), "summary"), QStringLiteral("Summary of Alpha Coder."));
        QVERIFY(text(window.get(), "kind").startsWith("LANGUAGE MODEL"));
        QVERIFY(text(window.get(), "kind").contains("Alpha Labs"));
        QVERIFY(text(window.get(), "context").startsWith("128K"));
        QVERIFY(text(window.get(), "openWeights").startsWith("Yes"));
        QCOMPARE(text(window.get(), "parameters"), QStringLiteral("not reported"));

        search->clear();
        QTRY_COMPARE(list->model()->rowCount(), 4);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        const QString first = window->selectedSlug();
        QTest::keyClick(list, Qt::Key_Down);
        QVERIFY(window->selectedSlug() != first);
        QCOMPARE(text(window.get(), "name"),
                 list->currentIndex().siblingAtColumn(0).data().toString());
    }

    void viewsFollowEachOther()
    {
        auto window = makeWindow();
        auto *tree = window->findChild<EvolutionTreeView *>("evolutionTree");
        auto *views = window->findChild<QTabWidget *>("views");
        QVERIFY(tree && views);
        emit tree->modelSelected("beta-chat"); // a click in the tree selects in the list and card
        QTRY_COMPARE(window->selectedSlug(), QStringLiteral("beta-chat"));
        QCOMPARE(text(window.get(), "name"), QStringLiteral("Beta Chat"));
        emit tree->modelOpened("alpha-base"); // Enter in the tree opens the card
        QTRY_COMPARE(window->selectedSlug(), QStringLiteral("alpha-base"));
        QCOMPARE(views->currentWidget()->objectName(), QStringLiteral("detailPanel"));
        auto *detail = window->findChild<DetailPanel *>("detailPanel");
        emit detail->treeRequested("alpha-base"); // "View in the evolution tree"
        QCOMPARE(views->currentWidget(), tree);
    }

    void dragFromTheListToCompare()
    {
        auto window = makeWindow();
        auto *browser = window->findChild<ModelBrowser *>("modelBrowser");
        auto *compare = window->findChild<CompareView *>("compareView");
        QVERIFY(browser && compare);
        QTRY_COMPARE(browser->model()->rowCount(), 4);
        const QModelIndexList rows = {browser->model()->index(0, 0), browser->model()->index(1, 0)};
        std::unique_ptr<QMimeData> mime(browser->model()->mimeData(rows));
        QCOMPARE(mime->text().split('\n').size(), 2);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime.get(), Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(compare, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime.get(), Qt::LeftButton,
                        Qt::NoModifier);
        QApplication::sendEvent(compare, &drop);
        QCOMPARE(compare->models(), mime->text().split('\n'));
    }

    void remembersGeometryAndSelection()
    {
        {
            auto window = makeWindow();
            window->resize(900, 640);
            window->selectModel("beta-chat");
            window->close();
        }
        auto window = makeWindow();
        QCOMPARE(window->selectedSlug(), QStringLiteral("beta-chat"));
        QCOMPARE(window->size(), QSize(900, 640));
        QCOMPARE(text(window.get(), "name"), QStringLiteral("Beta Chat"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
