#include "catalog.h"
#include "evolutiontreeview.h"
#include "minicatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <QToolButton>
#include <cmath>

// The evolution tree as a user drives it, over the mini catalog: alpha-base with two children
// (alpha-coder fine-tunes it, alpha-two succeeds it) and beta-chat, which only competes with it.
class EvolutionTreeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<EvolutionTreeView> m_view;

    QPoint at(const QString &slug) const
    {
        return m_view->canvas()->mapFromScene(m_view->cardRect(slug).center());
    }

    QStringList sorted(QStringList list) const
    {
        list.sort();
        return list;
    }

    // How much a card stands out on screen (the spread of its grey levels): a faded card is
    // nearly flat background.
    double ink(const QString &slug) const
    {
        const QImage image = m_view->canvas()->viewport()->grab().toImage();
        const QRect r = m_view->canvas()->mapFromScene(m_view->cardRect(slug)).boundingRect();
        double sum = 0, squares = 0;
        int n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                if (image.rect().contains(x, y)) {
                    const double g = qGray(image.pixel(x, y));
                    sum += g;
                    squares += g * g;
                    ++n;
                }
        return n ? std::sqrt(squares / n - (sum / n) * (sum / n)) : 0;
    }

    void hover(const QString &slug)
    {
        // The pointer may rest there already from an earlier move: come in from a corner.
        QTest::mouseMove(m_view->canvas()->viewport(), QPoint(1, 1));
        QTest::mouseMove(m_view->canvas()->viewport(), at(slug));
    }

private slots:
    void init()
    {
        if (!m_catalog) {
            const QString path = compileMiniCatalog(m_dir.filePath("data"));
            QString error;
            m_catalog = Catalog::open(path, &error);
            QVERIFY2(m_catalog, qPrintable(error));
        }
        m_view = std::make_unique<EvolutionTreeView>(*m_catalog);
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->fitToView();
    }

    void cleanup() { m_view.reset(); }

    void showsEveryModel()
    {
        QCOMPARE(sorted(m_view->shownModels()),
                 QStringList({"alpha-base", "alpha-coder", "alpha-two", "beta-chat"}));
        // Children come after their parent in time: to the right.
        QVERIFY(m_view->cardRect("alpha-coder").left() > m_view->cardRect("alpha-base").left());
        QVERIFY(m_view->cardRect("alpha-two").left() > m_view->cardRect("alpha-coder").left());
    }

    void hoverHighlightsExactlyAncestorsAndDescendants()
    {
        QVERIFY(m_view->highlightedModels().isEmpty());
        const double before = ink("beta-chat");
        hover("alpha-base");
        QCOMPARE(sorted(m_view->highlightedModels()),
                 QStringList({"alpha-base", "alpha-coder", "alpha-two"}));
        // The unrelated card fades on screen; a descendant does not.
        QVERIFY(ink("beta-chat") < before * 0.5);
        QVERIFY(ink("alpha-two") > before * 0.7);
        hover("alpha-coder");
        QCOMPARE(sorted(m_view->highlightedModels()), QStringList({"alpha-base", "alpha-coder"}));
        hover("beta-chat");
        QCOMPARE(m_view->highlightedModels(), QStringList({"beta-chat"}));
        // Off every card nothing is highlighted.
        QTest::mouseMove(m_view->canvas()->viewport(),
                         at("alpha-base") +
                             QPoint(0, int(m_view->cardRect("alpha-base").height())));
        QVERIFY(m_view->highlightedModels().isEmpty());
    }

    void clickSelectsAndKeysWalk()
    {
        QSignalSpy selected(m_view.get(), &EvolutionTreeView::modelSelected);
        QSignalSpy opened(m_view.get(), &EvolutionTreeView::modelOpened);
        QTest::mouseClick(m_view->canvas()->viewport(), Qt::LeftButton, {}, at("alpha-base"));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.takeFirst().at(0).toString(), QString("alpha-base"));
        QCOMPARE(m_view->selectedModel(), QString("alpha-base"));
        QWidget *canvas = m_view->canvas();
        QTest::keyClick(canvas, Qt::Key_Right); // the earliest child
        QCOMPARE(selected.takeFirst().at(0).toString(), QString("alpha-coder"));
        QTest::keyClick(canvas, Qt::Key_Down); // its next sibling
        QCOMPARE(selected.takeFirst().at(0).toString(), QString("alpha-two"));
        QTest::keyClick(canvas, Qt::Key_Left); // back to the parent
        QCOMPARE(selected.takeFirst().at(0).toString(), QString("alpha-base"));
        QTest::keyClick(canvas, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.takeFirst().at(0).toString(), QString("alpha-base"));
    }

    void shiftClickPinsThePathAndEscapeUnpins()
    {
        QWidget *viewport = m_view->canvas()->viewport();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at("alpha-coder"));
        QCOMPARE(m_view->selectedModel(), QString("alpha-coder"));
        QVERIFY(m_view->pinnedModels().isEmpty());
        // From the selection to the shift-clicked model, through their common parent.
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier, at("alpha-two"));
        QCOMPARE(m_view->pinnedModels(), QStringList({"alpha-coder", "alpha-base", "alpha-two"}));
        QCOMPARE(m_view->selectedModel(), QString("alpha-coder")); // pinning keeps the selection
        // Rivals are not lineage: no path leads to them.
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier, at("beta-chat"));
        QVERIFY(m_view->pinnedModels().isEmpty());
        QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier, at("alpha-base"));
        QCOMPARE(m_view->pinnedModels(), QStringList({"alpha-coder", "alpha-base"}));
        QTest::keyClick(m_view->canvas(), Qt::Key_Escape);
        QVERIFY(m_view->pinnedModels().isEmpty());
    }

    void selectModelCentresWithoutEmitting()
    {
        QSignalSpy selected(m_view.get(), &EvolutionTreeView::modelSelected);
        m_view->canvas()->scale(3, 3);
        m_view->selectModel("beta-chat");
        QCOMPARE(m_view->selectedModel(), QString("beta-chat"));
        const QPoint centre = m_view->canvas()->viewport()->rect().center();
        QVERIFY((at("beta-chat") - centre).manhattanLength() < 20);
        QCOMPARE(selected.count(), 0);
    }

    void buildsWhenFirstShownAndKeepsTheSelection()
    {
        // The graph is laid out on first showing, not when the window opens; a model chosen
        // meanwhile is the one centred then.
        EvolutionTreeView view(*m_catalog);
        QVERIFY(!view.findChild<QGraphicsView *>("treeCanvas"));
        QCOMPARE(view.findChild<QComboBox *>("orgFilter")->count(), 0);
        view.selectModel("beta-chat");
        QCOMPARE(view.selectedModel(), QString("beta-chat"));
        QVERIFY(!view.findChild<QGraphicsView *>("treeCanvas"));
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QGraphicsView *canvas = view.findChild<QGraphicsView *>("treeCanvas");
        QVERIFY(canvas);
        QVERIFY(view.findChild<QComboBox *>("orgFilter")->count() > 1);
        // The minimap sits in the canvas's lower right corner, as when built up front.
        const QWidget *minimap = view.findChild<QWidget *>("treeMinimap");
        QVERIFY(minimap && minimap->isVisible());
        QVERIFY(canvas->viewport()->geometry().contains(minimap->geometry()));
        QVERIFY(minimap->x() > canvas->width() / 2 && minimap->y() > canvas->height() / 3);
        const QPoint centre = canvas->viewport()->rect().center();
        const QPoint card = canvas->mapFromScene(view.cardRect("beta-chat").center());
        QVERIFY((card - centre).manhattanLength() < 20);
    }

    void organisationFilter()
    {
        auto *org = m_view->findChild<QComboBox *>("orgFilter");
        QVERIFY(org);
        org->setFocus();
        QTest::keyClick(org, Qt::Key_Down); // Alpha Labs (three models)
        QCOMPARE(sorted(m_view->shownModels()),
                 QStringList({"alpha-base", "alpha-coder", "alpha-two"}));
        QTest::keyClick(org, Qt::Key_Down); // Beta AI
        QCOMPARE(m_view->shownModels(), QStringList({"beta-chat"}));
    }

    void relationToggleCutsTheLineage()
    {
        auto *fineTunes = m_view->findChild<QCheckBox *>("relation:fine_tunes");
        QVERIFY(fineTunes && fineTunes->isChecked());
        QVERIFY(!m_view->findChild<QCheckBox *>("relation:competes_with")->isChecked());
        QTest::mouseClick(fineTunes, Qt::LeftButton, {}, QPoint(4, fineTunes->height() / 2));
        QVERIFY(!fineTunes->isChecked());
        hover("alpha-base");
        QCOMPARE(sorted(m_view->highlightedModels()), QStringList({"alpha-base", "alpha-two"}));
    }

    void familyMode()
    {
        QTest::mouseClick(m_view->canvas()->viewport(), Qt::LeftButton, {}, at("alpha-coder"));
        QTest::mouseClick(m_view->findChild<QToolButton *>("familyMode"), Qt::LeftButton);
        QCOMPARE(sorted(m_view->shownModels()), QStringList({"alpha-base", "alpha-coder"}));
        QTest::mouseClick(m_view->findChild<QToolButton *>("familyMode"), Qt::LeftButton);
        QCOMPARE(m_view->shownModels().size(), 4);
    }

    void searchFocusesAModel()
    {
        QSignalSpy selected(m_view.get(), &EvolutionTreeView::modelSelected);
        auto *search = m_view->findChild<QLineEdit *>("treeSearch");
        QTest::keyClicks(search, "alpha two");
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(m_view->selectedModel(), QString("alpha-two"));
        QCOMPARE(selected.count(), 1);
    }

    void orientationToggle()
    {
        QTest::mouseClick(m_view->findChild<QToolButton *>("orientation"), Qt::LeftButton);
        // Time now runs downwards.
        QVERIFY(m_view->cardRect("alpha-coder").top() > m_view->cardRect("alpha-base").top());
        QVERIFY(m_view->cardRect("alpha-two").top() > m_view->cardRect("alpha-coder").top());
    }

    void largeFanOutFoldsAndExpands()
    {
        CatalogData data;
        data.models.push_back({});
        data.models[0].slug = "base";
        data.models[0].name = "Base";
        data.models[0].released = "2024-01-01";
        for (int i = 0; i < 20; ++i) {
            ModelRecord m;
            m.slug = QStringLiteral("tune-%1").arg(i);
            m.name = m.slug;
            m.released = QStringLiteral("2024-%1-01").arg(2 + i % 10, 2, 10, QChar('0'));
            data.models.push_back(m);
            data.lineage.push_back({i + 1, 0, "fine_tunes", {}});
        }
        data.index();
        m_view.reset();
        EvolutionTreeView view(data);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.shownModels(), QStringList({"base"}));
        // The "+20 fine-tunes" card sits after the base; clicking it unfolds the children.
        view.canvas()->resetTransform();
        const QRectF base = view.cardRect("base");
        view.canvas()->centerOn(base.center());
        QPoint fold;
        for (int dx = int(base.width()); dx < 1200 && fold.isNull(); dx += 20)
            for (int dy = -200; dy <= 200 && fold.isNull(); dy += 10) {
                const QPoint p = view.canvas()->mapFromScene(base.center() + QPointF(dx, dy));
                QTest::mouseMove(view.canvas()->viewport(), p);
                if (view.canvas()->toolTip().contains("20"))
                    fold = p;
            }
        QVERIFY(!fold.isNull());
        QTest::mouseClick(view.canvas()->viewport(), Qt::LeftButton, {}, fold);
        QCOMPARE(view.shownModels().size(), 21);
        // Selecting a folded model from outside unfolds it too.
        EvolutionTreeView other(data);
        other.selectModel("tune-7");
        QVERIFY(other.shownModels().contains("tune-7"));
    }

    void retranslatesOnLanguageChange()
    {
        auto *fit = m_view->findChild<QToolButton *>("fit");
        fit->setText("x");
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_view.get(), &change);
        QCOMPARE(fit->text(), QString("Fit"));
    }
};

QTEST_MAIN(EvolutionTreeTest)
#include "tst_evolutiontree.moc"
