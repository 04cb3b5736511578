#include "bilingual.h"
#include "capabilitybars.h"
#include "catalog.h"
#include "catalogcharts.h"
#include "compareview.h"
#include "language.h"
#include "mainwindow.h"
#include "minicatalog.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// Live language switching: an open window re-translates at once, Both mode puts Chinese beside
// short labels, and the choice is remembered.
class LanguageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_catalog;

    static QString menuTitles(QMainWindow &w)
    {
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        return titles.join('|');
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_catalog = compileMiniCatalog(m_dir.filePath("data"));
        QVERIFY(!m_catalog.isEmpty());
    }

    void openWindowFollowsTheSwitch()
    {
        LanguageSwitcher switcher(*qApp, ATLAS_QM_DIR);
        QVERIFY(switcher.apply("en"));
        QString error;
        MainWindow window(Catalog::open(m_catalog, &error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectModel("beta-chat");
        auto *tagline = window.findChild<QLabel *>("tagline");
        QVERIFY(tagline);
        QCOMPARE(window.windowTitle(), QStringLiteral("Model Atlas"));
        QCOMPARE(tagline->text(), QStringLiteral("Tagline of Beta Chat"));

        QSignalSpy changed(&switcher, &LanguageSwitcher::languageChanged);
        QVERIFY(switcher.apply("zh_CN"));
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(window.windowTitle(), QStringLiteral("模型图谱"));
        QVERIFY2(menuTitles(window).contains(QStringLiteral("文件")),
                 qPrintable(menuTitles(window)));
        QCOMPARE(tagline->text(), QStringLiteral("Beta Chat 的标语"));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QCOMPARE(QLocale().toString(1234567), QStringLiteral("1,234,567"));

        QVERIFY(switcher.apply("both"));
        QCoreApplication::processEvents();
        QCOMPARE(window.windowTitle(), QStringLiteral("Model Atlas"));
        QCOMPARE(tagline->text(), QStringLiteral("Tagline of Beta Chat"));
        QVERIFY(bothLanguages());

        QVERIFY(switcher.apply("en"));
        QCoreApplication::processEvents();
        QVERIFY(!bothLanguages());
        QVERIFY2(menuTitles(window).startsWith("&File"), qPrintable(menuTitles(window)));
        QCOMPARE(changed.count(), 3);
    }

    void bothModePutsChineseBesideShortLabels()
    {
        LanguageSwitcher switcher(*qApp, ATLAS_QM_DIR);
        QVERIFY(switcher.apply("en"));
        QCOMPARE(bilingual("Chat", "聊天"), QStringLiteral("Chat"));
        QCOMPARE(bilingualTr("Card", "Reasoning"), QStringLiteral("Reasoning"));
        QVERIFY(switcher.apply("zh_CN"));
        QCOMPARE(bilingual("Chat", "聊天"), QStringLiteral("聊天"));
        QCOMPARE(bilingual("Chat", ""), QStringLiteral("Chat"));
        QCOMPARE(bilingualTr("Card", "Reasoning"), QStringLiteral("推理"));
        QVERIFY(switcher.apply("both"));
        QCOMPARE(bilingual("Chat", "聊天"), QStringLiteral("Chat 聊天"));
        QCOMPARE(bilingual("API", "API"), QStringLiteral("API"));
        QCOMPARE(bilingualTr("Card", "Reasoning"), QStringLiteral("Reasoning 推理"));
        QCOMPARE(QCoreApplication::translate("Card", "Reasoning"), QStringLiteral("Reasoning"));
        QVERIFY(switcher.apply("en"));
    }

    void bothModeLabelsTheCardInTwoLanguages()
    {
        LanguageSwitcher switcher(*qApp, ATLAS_QM_DIR);
        QVERIFY(switcher.apply("both"));
        QString error;
        MainWindow window(Catalog::open(m_catalog, &error));
        window.show();
        window.selectModel("alpha-base");
        QTRY_COMPARE(window.selectedSlug(), QStringLiteral("alpha-base"));
        QCoreApplication::processEvents();
        QStringList headings;
        for (QLabel *l : window.findChildren<QLabel *>("sectionHeading"))
            if (l->isVisible())
                headings << l->text();
        QVERIFY2(headings.contains(QStringLiteral("Core capabilities 核心能力")),
                 qPrintable(headings.join(", ")));
        QStringList chips;
        for (QLabel *l : window.findChildren<QLabel *>("capabilityChip"))
            if (l->isVisible())
                chips << l->text();
        QVERIFY2(chips.contains(QStringLiteral("Coding 编程")), qPrintable(chips.join(", ")));
        // The capability bars name their measures in both languages too.
        auto *bars = window.findChild<CapabilityBars *>();
        QVERIFY(bars);
        QStringList measures;
        for (const CapabilityBars::Row &row : bars->rows())
            measures << row.label;
        QVERIFY2(measures.contains(QStringLiteral("Reasoning 推理")),
                 qPrintable(measures.join(", ")));
        // Long text stays in one language: the tagline is English.
        QCOMPARE(window.findChild<QLabel *>("tagline")->text(),
                 QStringLiteral("Tagline of Alpha Base"));
        auto *tabs = window.findChild<QTabWidget *>("views");
        QCOMPARE(tabs->tabText(0), QStringLiteral("Model card 模型卡片"));
        QVERIFY(switcher.apply("en"));
        QCoreApplication::processEvents();
        QCOMPARE(tabs->tabText(0), QStringLiteral("Model card"));
    }

    void bothModeLabelsTheCompareRowsAndChartLegends()
    {
        LanguageSwitcher switcher(*qApp, ATLAS_QM_DIR);
        QVERIFY(switcher.apply("both"));
        QString error;
        MainWindow window(Catalog::open(m_catalog, &error));
        window.show();
        auto *compare = window.findChild<CompareView *>("compareView");
        QVERIFY(compare);
        compare->setModels({"alpha-base", "beta-chat"});
        QCoreApplication::processEvents();
        auto *released = compare->findChild<QLabel *>("caption_released");
        QVERIFY(released);
        QCOMPARE(released->text(), QStringLiteral("Released 发布日期"));
        // Short values that are words, such as the kind, carry their Chinese too.
        QVERIFY(compare->findChild<QLabel *>("cell_kind_0")
                    ->text()
                    .startsWith(QStringLiteral("Language 语言")));
        // The charts' legends too.
        auto *charts = window.findChild<CatalogCharts *>("catalogCharts");
        QVERIFY(charts);
        QStringList legend;
        for (const QAbstractSeries *series : charts->chart()->series())
            legend << series->name();
        QVERIFY2(legend.contains(QStringLiteral("Open weights 开放权重")),
                 qPrintable(legend.join(", ")));
        QVERIFY(switcher.apply("zh_CN"));
        QCoreApplication::processEvents();
        QCOMPARE(compare->findChild<QLabel *>("caption_released")->text(),
                 QStringLiteral("发布日期"));
        QVERIFY(switcher.apply("en"));
        QCoreApplication::processEvents();
        QCOMPARE(compare->findChild<QLabel *>("caption_released")->text(),
                 QStringLiteral("Released"));
    }

    void choiceIsRememberedAndBadOnesRefused()
    {
        {
            LanguageSwitcher switcher(*qApp, ATLAS_QM_DIR);
            QVERIFY(switcher.setLanguage("both"));
            QVERIFY(!switcher.setLanguage("fr"));
            QCOMPARE(switcher.language(), QStringLiteral("both"));
        }
        QCOMPARE(QSettings().value("language").toString(), QStringLiteral("both"));
        LanguageSwitcher next(*qApp, ATLAS_QM_DIR);
        QCOMPARE(next.restore(), QStringLiteral("both"));
        QSettings().setValue("language", "klingon");
        LanguageSwitcher fallback(*qApp, ATLAS_QM_DIR);
        QCOMPARE(fallback.restore(), LanguageSwitcher::systemLanguage());
        QVERIFY(fallback.apply("en"));
    }
};

QTEST_MAIN(LanguageTest)
#include "tst_language.moc"
