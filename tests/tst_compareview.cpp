#include "capabilitybars.h"
#include "catalog.h"
#include "compareset.h"
#include "compareview.h"
#include "contextladder.h"
#include "minicatalog.h"

#include <QApplication>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// The compare view over the small known catalog: which models it holds, what each cell says and
// how it is marked, the shared bars and ladder, and saved sets.
class CompareViewTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;

    QString storePath() const { return m_dir.filePath("state/compare-sets.ini"); }

    static QToolButton *button(CompareView &view, int column, const char *name)
    {
        QWidget *header = view.findChild<QWidget *>(QStringLiteral("header_%1").arg(column));
        return header ? header->findChild<QToolButton *>(name) : nullptr;
    }

    static void drop(CompareView &view, QMimeData *mime)
    {
        const QPoint at = view.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &enter);
        QDropEvent dropEvent(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &dropEvent);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_catalog = Catalog::open(compileMiniCatalog(m_dir.filePath("data")), &error);
        QVERIFY2(m_catalog, qPrintable(error));
    }

    void addsUpToFourKnownModelsOnce()
    {
        CompareView view(*m_catalog, storePath());
        QSignalSpy changed(&view, &CompareView::modelsChanged);
        QVERIFY(view.addModel("alpha-base"));
        QVERIFY(!view.addModel("alpha-base"));
        QVERIFY(!view.addModel("no-such-model"));
        QVERIFY(view.addModel("alpha-coder"));
        QVERIFY(view.addModel("alpha-two"));
        QVERIFY(view.addModel("beta-chat"));
        QCOMPARE(view.models().size(), 4);
        view.setModels({"alpha-two", "alpha-base"});
        QVERIFY(view.addModel("beta-chat"));
        QCOMPARE(changed.count(), 6);
        QCOMPARE(view.models(), (QStringList{"alpha-two", "alpha-base", "beta-chat"}));
    }

    void reorderAndRemoveWithTheColumnButtons()
    {
        CompareView view(*m_catalog, storePath());
        view.show();
        view.setModels({"alpha-base", "alpha-coder", "beta-chat"});
        QVERIFY(button(view, 0, "moveLeft"));
        QVERIFY(!button(view, 0, "moveLeft")->isEnabled());
        QTest::mouseClick(button(view, 0, "moveRight"), Qt::LeftButton);
        QCOMPARE(view.models(), (QStringList{"alpha-coder", "alpha-base", "beta-chat"}));
        QTest::mouseClick(button(view, 2, "moveLeft"), Qt::LeftButton);
        QCOMPARE(view.models(), (QStringList{"alpha-coder", "beta-chat", "alpha-base"}));
        QTest::mouseClick(button(view, 1, "removeModel"), Qt::LeftButton);
        QCOMPARE(view.models(), (QStringList{"alpha-coder", "alpha-base"}));
        // The column shows the moved model's facts, not the old column's.
        QCOMPARE(view.findChild<QLabel *>("cell_context_1")->text(),
                 QStringLiteral("32K · ≈ 25 pages  ▼"));
    }

    void dropsOfSlugsAddModels()
    {
        CompareView view(*m_catalog, storePath());
        view.show();
        auto *plain = new QMimeData;
        plain->setText("alpha-coder\nnot-a-model\n beta-chat ");
        drop(view, plain);
        QCOMPARE(view.models(), (QStringList{"alpha-coder", "beta-chat"}));
        auto *custom = new QMimeData;
        custom->setData(CompareView::kSlugMimeType, "alpha-two");
        drop(view, custom);
        QCOMPARE(view.models(), (QStringList{"alpha-coder", "beta-chat", "alpha-two"}));
        delete plain;
        delete custom;
    }

    void bestAndWorstAreMarkedPerRow()
    {
        CompareView view(*m_catalog, storePath());
        view.show();
        view.setModels({"alpha-base", "alpha-coder", "alpha-two"});
        // Context: 32K, 128K and not reported.
        QCOMPARE(view.cellText("context", 0), QStringLiteral("32K · ≈ 25 pages"));
        QCOMPARE(view.mark("context", 0), CompareView::Mark::Worse);
        QCOMPARE(view.mark("context", 1), CompareView::Mark::Better);
        QCOMPARE(view.cellText("context", 2), QStringLiteral("not reported"));
        QCOMPARE(view.mark("context", 2), CompareView::Mark::None);
        // One model reporting is no difference; equal values are none either.
        QCOMPARE(view.cellText("intelligence", 0), QStringLiteral("Below avg · index 20.5"));
        QCOMPARE(view.mark("intelligence", 0), CompareView::Mark::None);
        QCOMPARE(view.mark("openWeights", 0), CompareView::Mark::None);
        // Unranked rows never carry a mark.
        QCOMPARE(view.cellText("parameters", 0), QStringLiteral("7B"));
        QCOMPARE(view.mark("parameters", 0), CompareView::Mark::None);
        QCOMPARE(view.cellText("org", 2), QStringLiteral("Alpha Labs"));
        QApplication::processEvents(); // new cells are shown by a posted event
        auto *better = view.findChild<QLabel *>("cell_context_1");
        QVERIFY(better && better->isVisible());
        QVERIFY(better->text().endsWith("▲"));
        QVERIFY(better->autoFillBackground());
        QVERIFY(better->palette().color(QPalette::Window).green() >
                better->palette().color(QPalette::Window).red());
        QVERIFY(!view.findChild<QLabel *>("cell_context_2")->autoFillBackground());
        QVERIFY(view.findChild<QLabel *>("cell_context_0")->text().endsWith("▼"));
    }

    void barsAndLadderCarryEveryModel()
    {
        CompareView view(*m_catalog, storePath());
        view.show();
        view.setModels({"alpha-base", "alpha-coder"});
        const QList<CapabilityBars::Marker> bars = view.capabilityBars()->markers();
        QCOMPARE(bars.size(), 2);
        QCOMPARE(bars[0].label, QStringLiteral("Alpha Base"));
        QCOMPARE(bars[1].color, CompareView::modelColor(1));
        QCOMPARE(bars[0].values.size(), 4);
        QVERIFY(bars[0].values[0].has_value());
        QVERIFY(!bars[1].values[0].has_value()); // never a made-up marker
        const QStringList summary = view.capabilityBars()->markerSummaries();
        QVERIFY2(summary[0].startsWith("Reasoning: Alpha Base 2.9, Alpha Coder not reported"),
                 qPrintable(summary[0]));
        // One band per measure, shared by both models.
        QCOMPARE(view.capabilityBars()->rows().size(), 4);

        const QList<ContextLadder::Marker> ladder = view.contextLadder()->markers();
        QCOMPARE(ladder.size(), 2);
        QCOMPARE(ladder[0].tokens, std::optional<qint64>(32000));
        QCOMPARE(ladder[1].tokens, std::optional<qint64>(128000));
        QCOMPARE(view.contextLadder()->markerText(1), QStringLiteral("128K · Alpha Coder"));
        view.addModel("alpha-two");
        QCOMPARE(view.contextLadder()->markerText(2), QStringLiteral("Alpha Two: not reported"));
        QVERIFY(view.contextLadder()->isVisible());
    }

    void setsAreSavedAndReopened()
    {
        QString error;
        {
            CompareView view(*m_catalog, storePath());
            view.setModels({"alpha-base"});
            QVERIFY(!view.saveSet("Too small", &error));
            QVERIFY(!error.isEmpty());
            view.setModels({"beta-chat", "alpha-base", "alpha-coder"});
            QVERIFY2(view.saveSet("Coders", &error), qPrintable(error));
            view.setModels({"alpha-two", "beta-chat"});
            QVERIFY2(view.saveSet("Newer", &error), qPrintable(error));
        }
        CompareView reopened(*m_catalog, storePath());
        QCOMPARE(reopened.savedSets(), (QStringList{"Coders", "Newer"}));
        QVERIFY(reopened.openSet("Coders"));
        QCOMPARE(reopened.models(), (QStringList{"beta-chat", "alpha-base", "alpha-coder"}));
        QVERIFY(!reopened.openSet("Missing"));

        // Saving under an existing name replaces that set.
        reopened.setModels({"alpha-coder", "alpha-two"});
        QVERIFY(reopened.saveSet("Coders", &error));
        CompareSetStore store(storePath());
        QCOMPARE(store.sets().size(), 2);
        QCOMPARE(store.find("Coders")->slugs, (QStringList{"alpha-coder", "alpha-two"}));
        QVERIFY(store.remove("Newer", &error));
        QCOMPARE(CompareSetStore(storePath()).sets().size(), 1);
    }

    void unknownSlugsInASavedSetAreSkipped()
    {
        const QString path = m_dir.filePath("edited.ini");
        {
            QSettings settings(path, QSettings::IniFormat);
            settings.beginWriteArray("compareSets", 1);
            settings.setArrayIndex(0);
            settings.setValue("name", "Edited");
            settings.setValue("slugs", QStringList{"gone-model", "alpha-two", "alpha-base"});
            settings.endArray();
        }
        CompareView view(*m_catalog, path);
        QVERIFY(view.openSet("Edited"));
        QCOMPARE(view.models(), (QStringList{"alpha-two", "alpha-base"}));
    }
};

QTEST_MAIN(CompareViewTest)
#include "tst_compareview.moc"
