#include "catalog.h"
#include "catalogcharts.h"
#include "compareview.h"
#include "detailpanel.h"
#include "evolutiontreeview.h"
#include "minicatalog.h"
#include "presentationwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Presentation mode driven by keys: stepping through a saved sequence of slides.
class PresentationTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;

    QList<Slide> deck() const
    {
        return {{"card", {"alpha-base"}, {}, "Alpha Base"},
                {"compare", {"alpha-base", "alpha-coder"}, {}, "Two models"},
                {"chart", {"alpha-base"}, "context-time", {}},
                {"tree", {}, "alpha-base", "Family"},
                {"card", {"no-such-model"}, {}, {}}};
    }

    QHash<QString, SlideFactory> factories() const
    {
        QHash<QString, SlideFactory> f = PresentationWindow::standardFactories(*m_catalog);
        // The generic hook: any widget can be a slide.
        f.insert("tree", [](const Slide &slide) -> QWidget * {
            auto *label = new QLabel("tree of " + slide.option);
            label->setObjectName("treeSlide");
            return label;
        });
        return f;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = Catalog::open(compileMiniCatalog(m_dir.filePath("data")), &error);
        QVERIFY2(m_catalog, qPrintable(error));
    }

    void arrowsAndPageKeysStepThroughTheSlides()
    {
        PresentationWindow window(deck(), factories());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy changed(&window, &PresentationWindow::currentChanged);
        QCOMPARE(window.current(), 0);
        auto *card = qobject_cast<DetailPanel *>(window.currentWidget());
        QVERIFY(card);
        QCOMPARE(card->model(), m_catalog->data().model("alpha-base"));
        QCOMPARE(window.findChild<QLabel *>("slideTitle")->text(), QStringLiteral("Alpha Base"));
        QVERIFY(window.findChild<QLabel *>("slideCounter")->text().startsWith("1 / 5"));

        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.current(), 1);
        auto *compare = qobject_cast<CompareView *>(window.currentWidget());
        QVERIFY(compare);
        QCOMPARE(compare->models(), (QStringList{"alpha-base", "alpha-coder"}));
        QVERIFY(!compare->findChild<QWidget *>("compareSets")->isVisible());

        QTest::keyClick(&window, Qt::Key_PageDown);
        QCOMPARE(window.current(), 2);
        auto *chart = qobject_cast<CatalogCharts *>(window.currentWidget());
        QVERIFY(chart);
        QCOMPARE(chart->kind(), catalogcharts::Kind::ContextTime);
        QCOMPARE(chart->labelTexts(), QStringList{"Alpha Base"});

        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.currentWidget()->objectName(), QStringLiteral("treeSlide"));
        QTest::keyClick(&window, Qt::Key_Right);
        // A slide whose model is gone says so instead of failing.
        QCOMPARE(window.currentWidget()->objectName(), QStringLiteral("slideMessage"));
        QTest::keyClick(&window, Qt::Key_Right); // already last
        QCOMPARE(window.current(), 4);

        QTest::keyClick(&window, Qt::Key_PageUp);
        QCOMPARE(window.current(), 3);
        QTest::keyClick(&window, Qt::Key_Left);
        QCOMPARE(window.current(), 2);
        QTest::keyClick(&window, Qt::Key_Home);
        QCOMPARE(window.current(), 0);
        QTest::keyClick(&window, Qt::Key_Left); // already first
        QCOMPARE(window.current(), 0);
        QTest::keyClick(&window, Qt::Key_End);
        QCOMPARE(window.current(), 4);
        QCOMPARE(changed.count(), 8);
    }

    void keysStillWorkWhenASlideHasFocus()
    {
        PresentationWindow window(deck(), factories());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.goTo(2);
        auto *picker = window.currentWidget()->findChild<QWidget *>("chartKind");
        QVERIFY(picker);
        picker->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(window.current(), 1);
    }

    void themeAndEscape()
    {
        PresentationWindow window(deck(), factories());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isDark());
        const QColor light = window.palette().color(QPalette::Window);
        QTest::keyClick(&window, Qt::Key_D);
        QVERIFY(window.isDark());
        QVERIFY(window.palette().color(QPalette::Window).lightness() < light.lightness());
        // The slide follows the theme.
        QCOMPARE(window.currentWidget()->palette().color(QPalette::Window),
                 window.palette().color(QPalette::Window));
        QVERIFY(window.font().pointSizeF() > QApplication::font().pointSizeF());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void treeSlidesShowAFamily()
    {
        const QHash<QString, SlideFactory> f = PresentationWindow::standardFactories(*m_catalog);
        std::unique_ptr<QWidget> tree(f.value("tree")(Slide{"tree", {"alpha-coder"}, {}, {}}));
        QVERIFY(qobject_cast<EvolutionTreeView *>(tree.get()));
        auto *family = tree->findChild<QAbstractButton *>("familyMode");
        QVERIFY(family);
        QVERIFY(family->isChecked());
        QVERIFY(!f.value("tree")(Slide{"tree", {"no-such-model"}, {}, {}}));
    }

    void anEmptySequenceSaysSo()
    {
        PresentationWindow window({}, factories());
        window.show();
        QCOMPARE(window.currentWidget()->objectName(), QStringLiteral("slideMessage"));
        QTest::keyClick(&window, Qt::Key_Right);
        QCOMPARE(window.current(), -1);
    }

    void sequencesAreSavedAndLoaded()
    {
        const QString path = m_dir.filePath("state/presentation.json");
        QString error;
        QCOMPARE(slidesequence::load(path, &error), QList<Slide>()); // none saved yet
        QVERIFY(error.isEmpty());
        QVERIFY2(slidesequence::save(deck(), path, &error), qPrintable(error));
        QCOMPARE(slidesequence::load(path, &error), deck());
        writeFile(m_dir.path(), "broken.json", "{ not json");
        QVERIFY(slidesequence::load(m_dir.filePath("broken.json"), &error).isEmpty());
        QVERIFY(error.contains("broken.json"));
    }
};

QTEST_MAIN(PresentationTest)
#include "tst_presentation.moc"
