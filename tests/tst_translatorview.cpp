#include "catalog.h"
#include "minicatalog.h"
#include "translationtablemodel.h"
#include "translatorview.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The translator's table over the small known catalog, driven like a user.
class TranslatorViewTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;

    static int rowOf(QTableView *table, const QString &where, const QString &field)
    {
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, TranslationTableModel::WhereColumn).data() == where &&
                table->model()->index(r, TranslationTableModel::FieldColumn).data() == field)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = Catalog::open(compileMiniCatalog(m_dir.path()), &error);
        QVERIFY2(m_catalog, qPrintable(error));
    }

    void showsInterfaceAndCatalogTexts()
    {
        TranslatorView view(*m_catalog);
        view.show();
        QTableView *table = view.table();
        const int tagline = rowOf(table, "model beta-chat", "tagline");
        QVERIFY(tagline >= 0);
        QCOMPARE(
            table->model()->index(tagline, TranslationTableModel::ChineseColumn).data().toString(),
            QStringLiteral("Beta Chat 的标语"));
        QVERIFY(rowOf(table, "MainWindow", "") >= 0); // from the embedded .ts
        QVERIFY(rowOf(table, "rung 4000", "label") >= 0);
    }

    void filtersAndSearch()
    {
        TranslatorView view(*m_catalog);
        view.show();
        QTableView *table = view.table();
        const int all = table->model()->rowCount();
        auto *origin = view.findChild<QComboBox *>("translatorOrigin");
        origin->setCurrentIndex(2); // catalog only
        QVERIFY(table->model()->rowCount() > 0);
        QVERIFY(table->model()->rowCount() < all);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QVERIFY(
                table->model()->index(r, 0).data(TranslationTableModel::FromCatalogRole).toBool());
        origin->setCurrentIndex(0);
        auto *search = view.findChild<QLineEdit *>("translatorSearch");
        QTest::keyClicks(search, "beta-chat");
        QVERIFY(table->model()->rowCount() > 0);
        for (int r = 0; r < table->model()->rowCount(); ++r)
            QCOMPARE(table->model()->index(r, 0).data().toString(),
                     QStringLiteral("model beta-chat"));
        search->clear();
        QInputMethodEvent typed; // Chinese arrives through the input method
        typed.setCommitString(QStringLiteral("Beta Chat 的标语"));
        QApplication::sendEvent(search, &typed);
        QCOMPARE(table->model()->rowCount(), 1);
    }

    void doubleClickJumps()
    {
        TranslatorView view(*m_catalog);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy jump(&view, &TranslatorView::jumpTo);
        QSignalSpy open(&view, &TranslatorView::openView);
        QTableView *table = view.table();
        const int row = rowOf(table, "model alpha-coder", "tagline");
        table->scrollTo(table->model()->index(row, 2));
        const QRect rect = table->visualRect(table->model()->index(row, 2));
        QVERIFY2(row >= 0 && rect.isValid(), qPrintable(QString::number(row)));
        // A double click arrives after the press of its first click.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(jump.count(), 1);
        QCOMPARE(jump.at(0).at(0).toString(), QStringLiteral("alpha-coder"));
        const int ui = rowOf(table, "MainWindow", "");
        table->scrollTo(table->model()->index(ui, 2));
        const QPoint at = table->visualRect(table->model()->index(ui, 2)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("MainWindow"));
    }

    void statusesOfOneText()
    {
        QString error;
        const auto glossary =
            translations::readGlossary(ATLAS_SOURCE_DIR "/i18n/glossary.tsv", &error);
        translations::Entry missing{true, "model", "m", "tagline", "A tagline", ""};
        translations::Entry unfinished{false, "Card", "", "", "Coding", "编程"};
        unfinished.unfinished = true;
        const translations::Entry same{false, "Card", "", "", "Search", "Search"};
        const translations::Entry wide{true,    "rung", "4000",
                                       "label", "Chat", "一个非常非常非常非常长的标签"};
        const translations::Entry term{true, "model", "m", "summary", "Open weights", "开源"};
        const translations::Entry fine{true, "model", "m", "summary", "Open weights", "开放权重"};
        TranslationTableModel model({missing, unfinished, same, wide, term, fine}, glossary,
                                    QFont());
        QCOMPARE(model.problems(0), int(TranslationTableModel::Missing));
        QCOMPARE(model.problems(1), int(TranslationTableModel::Unfinished));
        QCOMPARE(model.problems(2), int(TranslationTableModel::Identical));
        QCOMPARE(model.problems(3), int(TranslationTableModel::TooLong));
        QCOMPARE(model.problems(4), int(TranslationTableModel::Glossary));
        QCOMPARE(model.problems(5), 0);
        QVERIFY(model.problemText(4).contains("open weights"));
    }

    void exportsCsv()
    {
        TranslatorView view(*m_catalog);
        const QString path = m_dir.filePath("out.csv");
        QString error;
        QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // spreadsheets need it to read UTF-8
        const QString csv = QString::fromUtf8(bytes);
        QVERIFY(csv.contains("\"catalog\",\"model\",\"beta-chat\",\"tagline\""));
        QVERIFY(csv.contains("Beta Chat 的标语"));
        // Only what is shown goes out.
        view.findChild<QComboBox *>("translatorOrigin")->setCurrentIndex(1); // interface only
        QVERIFY2(view.exportCsv(path, &error), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString ui = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY(ui.contains("\"interface\",\"MainWindow\""));
        QVERIFY(!ui.contains("\"catalog\""));
        QVERIFY(!view.exportCsv("/nonexistent/dir/out.csv", &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TranslatorViewTest)
#include "tst_translatorview.moc"
