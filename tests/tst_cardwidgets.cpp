#include "capabilitybars.h"
#include "catalog.h"
#include "contextladder.h"
#include "detailpanel.h"
#include "minicatalog.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QWindow>

// The model card's sections over the small known catalog.
class CardWidgetsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;

    static QString text(QWidget *w, const char *name)
    {
        auto *l = w->findChild<QLabel *>(name);
        return l ? l->text() : QStringLiteral("<missing %1>").arg(name);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = Catalog::open(compileMiniCatalog(m_dir.path()), &error);
        QVERIFY2(m_catalog, qPrintable(error));
    }

    void bucketsBarsAndLadderForAReportingModel()
    {
        DetailPanel panel(*m_catalog);
        panel.resize(900, 700);
        panel.show();
        panel.showModel(m_catalog->data().model("alpha-base"));
        QCOMPARE(text(&panel, "intelligenceBucket"), QStringLiteral("Below avg")); // rank 1 of 1
        QCOMPARE(text(&panel, "speedBucket"), QStringLiteral("not reported"));
        QCOMPARE(text(&panel, "costBucket"), QStringLiteral("Free"));
        const QStringList bars = panel.capabilityBars()->rowSummaries();
        QCOMPARE(bars.size(), 4);
        QVERIFY2(bars[0].startsWith("Reasoning: 2.9 (band 2.9–2.9, n = 1)"), qPrintable(bars[0]));
        QVERIFY2(bars[1].startsWith("Coding: not reported"), qPrintable(bars[1]));
        QCOMPARE(panel.contextLadder()->takenRung(), 1); // 32K
        QCOMPARE(panel.contextLadder()->rungNote(1), QStringLiteral("This model 本模型"));
        QCOMPARE(panel.contextLadder()->rungNote(0), QStringLiteral("Chat 聊天"));
        QCOMPARE(panel.contextLadder()->rungNote(4), QStringLiteral("Codebase 整个代码库"));
        QVERIFY(panel.contextLadder()->isVisible());
        QVERIFY(text(&panel, "contextPages").contains("25 pages"));
    }

    void notReportedNeverShowsAMarker()
    {
        DetailPanel panel(*m_catalog);
        panel.show();
        panel.showModel(m_catalog->data().model("alpha-coder"));
        const QList<CapabilityBars::Row> rows = panel.capabilityBars()->rows();
        QVERIFY(!rows[0].value.has_value());
        QCOMPARE(rows[0].n, 1); // the band still comes from the one model that reports it
        QVERIFY(panel.capabilityBars()->rowSummaries()[0].startsWith("Reasoning: not reported"));
        QCOMPARE(panel.contextLadder()->takenRung(), 2);
        QCOMPARE(panel.contextLadder()->rungNote(2), QStringLiteral("This model 本模型"));

        // A model without a context size shows no ladder and no empty heading.
        panel.showModel(m_catalog->data().model("alpha-two"));
        QApplication::processEvents(); // new sections are shown by a posted event
        QVERIFY(!panel.contextLadder()->isVisible());
        QStringList headings;
        for (QLabel *l : panel.findChildren<QLabel *>("sectionHeading"))
            if (l->isVisible())
                headings << l->text();
        QVERIFY2(!headings.contains("Context window"), qPrintable(headings.join(", ")));
        QVERIFY2(headings.contains("Sources"), qPrintable(headings.join(", ")));
    }

    void lineageLinksSelectThatModel()
    {
        DetailPanel panel(*m_catalog);
        panel.show();
        panel.showModel(m_catalog->data().model("alpha-coder"));
        QSignalSpy spy(&panel, &DetailPanel::modelActivated);
        auto *links = panel.findChild<QLabel *>("evolutionLinks");
        QVERIFY(links);
        QVERIFY(links->text().contains("model:alpha-base"));
        emit links->linkActivated("model:alpha-base");
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("alpha-base"));
        QSignalSpy tree(&panel, &DetailPanel::treeRequested);
        emit links->linkActivated("tree:alpha-coder");
        QCOMPARE(tree.count(), 1);
        QCOMPARE(tree.at(0).at(0).toString(), QStringLiteral("alpha-coder"));

        QVERIFY(text(&panel, "sourceLinks").contains("https://example.org/alpha-coder"));

        // A rival is listed apart from the lineage.
        panel.showModel(m_catalog->data().model("beta-chat"));
        QCoreApplication::sendPostedEvents(nullptr,
                                           QEvent::DeferredDelete); // the old card's labels
        auto *rivals = panel.findChild<QLabel *>("evolutionLinks");
        QVERIFY(rivals);
        QVERIFY(rivals->text().contains("Compared with"));
        QVERIFY(!rivals->text().contains("Derives from"));
    }

    void bucketPopoverOpensOnClick()
    {
        DetailPanel panel(*m_catalog);
        panel.show();
        panel.showModel(0);
        auto *help = panel.findChild<QToolButton *>("bucketHelp");
        QVERIFY(help);
        QTest::mouseClick(help, Qt::LeftButton);
        QWidget *pop = QApplication::activePopupWidget();
        QVERIFY(pop);
        QCOMPARE(pop->objectName(), QStringLiteral("bucketPopover"));
        QVERIFY(pop->isVisible());
        auto *label = pop->findChild<QLabel *>();
        QVERIFY(label);
        // As the user reads it: the "<" of the price survives the rich text.
        QTextDocument shown;
        shown.setHtml(label->text());
        const QString plain = shown.toPlainText();
        QVERIFY2(plain.contains("Top 1%"), qPrintable(plain));
        QVERIFY2(plain.contains("tok/s"), qPrintable(plain));
        QVERIFY2(plain.contains("Low: < $1 / M out"), qPrintable(plain));
        QVERIFY2(plain.contains("High: ≥ $5 / M out"), qPrintable(plain));
        pop->close();
    }

    // The popover closes on Escape and on a click outside it, and the window takes input after.
    void bucketPopoverGivesInputBack()
    {
        DetailPanel panel(*m_catalog);
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.showModel(0);
        auto *help = panel.findChild<QToolButton *>("bucketHelp");
        QVERIFY(help);
        QTRY_VERIFY(help->isVisible());
        // Where the button is now: the card settles its layout after it is shown.
        const auto onHelp = [&] { return help->mapTo(panel.window(), help->rect().center()); };
        QWindow *window = panel.window()->windowHandle();

        QTest::mouseClick(window, Qt::LeftButton, {}, onHelp());
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());

        // Apart in time, so that the window system does not make a double click of it.
        const int apart = QApplication::doubleClickInterval() + 50;
        QTest::mouseClick(window, Qt::LeftButton, {}, onHelp(), apart);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QWidget *pop = QApplication::activePopupWidget();
        QPointer<QWidget> guard(pop);
        // A click far from the popover, delivered as the window system delivers it.
        QTest::mouseClick(window, Qt::LeftButton, {}, QPoint(880, 690), apart);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QTRY_VERIFY(!guard); // deleted once closed

        // Nothing is left grabbing: the same button opens it again.
        QTest::mouseClick(window, Qt::LeftButton, {}, onHelp(), apart);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QApplication::activePopupWidget()->close();
    }

    void ladderNotesNeverOverlap()
    {
        ContextLadder ladder;
        for (qint64 tokens : {qint64(4000), qint64(128000), qint64(200000), qint64(1000000)}) {
            ladder.setTokens(tokens);
            for (int width : {360, 480, 640, 900}) {
                ladder.resize(width, ladder.sizeHint().height());
                const QList<QRectF> rects = ladder.noteRects();
                for (int a = 0; a < rects.size(); ++a) {
                    QVERIFY(rects[a].isNull() || QRectF(ladder.rect()).contains(rects[a]));
                    for (int b = a + 1; b < rects.size(); ++b)
                        QVERIFY2(!rects[a].intersects(rects[b]),
                                 qPrintable(QString("%1 tokens at %2 px: notes %3 and %4 overlap")
                                                .arg(tokens)
                                                .arg(width)
                                                .arg(a)
                                                .arg(b)));
                }
            }
        }
    }

    void ladderPlacesAModelBetweenRungs()
    {
        ContextLadder ladder;
        ladder.setTokens(200000);
        QCOMPARE(ladder.takenRung(), -1);
        for (int i = 0; i < 6; ++i)
            QVERIFY(ladder.rungNote(i) != "This model 本模型");
        QCOMPARE(ladder.rungSize(5), QStringLiteral("10M"));
        QCOMPARE(ladder.rungNote(5), QString());
    }
};

QTEST_MAIN(CardWidgetsTest)
#include "tst_cardwidgets.moc"
