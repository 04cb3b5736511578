#include "catalog.h"
#include "compareset.h"
#include "compareview.h"
#include "mainwindow.h"
#include "minicatalog.h"
#include "modelbrowser.h"
#include "savedviews.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

// The user's own state as it may be found on disk: damaged, cut short or naming models the
// catalog no longer has. The program starts, says what it ignored, and keeps the rest.
class UserStateTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_catalogPath;

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    std::unique_ptr<MainWindow> open(qint64 *ms = nullptr)
    {
        QElapsedTimer timer;
        timer.start();
        QString error;
        auto catalog = Catalog::open(m_catalogPath, &error);
        if (!catalog)
            qFatal("%s", qPrintable(error));
        auto window = std::make_unique<MainWindow>(std::move(catalog));
        window->show();
        if (ms)
            *ms = timer.elapsed();
        return window;
    }

    static QString settingsFile() { return QSettings().fileName(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QStandardPaths::setTestModeEnabled(true); // settings and data under ~/.qttest
        QCoreApplication::setOrganizationName("ModelAtlas");
        QCoreApplication::setApplicationName("model-atlas-userstate-test");
        m_catalogPath = compileMiniCatalog(m_home.filePath("catalog"));
        QVERIFY(!m_catalogPath.isEmpty());
    }

    void init()
    {
        QFile::remove(settingsFile());
        QFile::remove(settingsFile() + ".unreadable");
        QFile::remove(CompareSetStore::defaultPath());
    }

    // A compare-sets file claiming two billion entries opens at once, with the real ones.
    void hugeCompareSetCount()
    {
        writeFile(CompareSetStore::defaultPath(), "[compareSets]\n"
                                                  "1\\name=Pair\n"
                                                  "1\\slugs=alpha-base, alpha-coder\n"
                                                  "size=2147483647\n");
        qint64 ms = 0;
        auto window = open(&ms);
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
        auto *compare = window->findChild<CompareView *>();
        QVERIFY(compare);
        QCOMPARE(compare->savedSets(), QStringList{"Pair"});
        QVERIFY(compare->openSet("Pair"));
        QCOMPARE(compare->models(), (QStringList{"alpha-base", "alpha-coder"}));
    }

    // Sets naming models the catalog does not have are said, and open without them.
    void compareSetsWithUnknownModels()
    {
        writeFile(CompareSetStore::defaultPath(), "[compareSets]\n"
                                                  "1\\name=Old\n"
                                                  "1\\slugs=alpha-base, gone-model, beta-chat\n"
                                                  "size=1\n");
        auto window = open();
        const QString message = window->statusBar()->currentMessage();
        QVERIFY2(message.contains("Old") && message.contains("does not have"), qPrintable(message));
        auto *compare = window->findChild<CompareView *>();
        QVERIFY(compare->openSet("Old"));
        QCOMPARE(compare->models(), (QStringList{"alpha-base", "beta-chat"}));
    }

    // A saved-views list cut short keeps the complete views, keeps the damaged text aside, and
    // saving a new view does not lose the recovered ones.
    void truncatedSavedViews()
    {
        {
            QSettings settings;
            // The text as a disk that filled up mid-write leaves it.
            const QString cut =
                QStringLiteral("[{'name':'Open long','query':'open:yes ctx:>=128k','sortColumn':-1,"
                               "'descending':false},{'name':'Cheap','query':'price:<1','sortC");
            settings.setValue("browser/savedViews", QString(cut).replace('\'', '"'));
        }
        auto window = open();
        const QString message = window->statusBar()->currentMessage();
        QVERIFY2(message.contains("saved views") && message.contains("recovered: 1"),
                 qPrintable(message));
        SavedViews *views = window->findChild<ModelBrowser *>()->savedViews();
        QCOMPARE(views->views().size(), 1);
        QCOMPARE(views->views().first().name, QStringLiteral("Open long"));
        views->save({"New", "deepseek", -1, false});
        QCOMPARE(views->views().size(), 2);
        QSettings settings;
        QVERIFY(settings.value("browser/savedViewsUnreadable").toString().contains("Cheap"));
        SavedViews reread;
        QCOMPARE(reread.views().size(), 2);
        QVERIFY(reread.problem().isEmpty());
    }

    // A settings file that cannot be read: the defaults, a copy kept, a word to the user.
    void unreadableSettingsFile()
    {
        // A section header never closed, then bytes that are no text at all.
        const QByteArray damaged = QByteArray("[window\ngeometry=") + QByteArray(8, '\xff') + "\n";
        writeFile(settingsFile(), damaged);
        // As the program starts: the file is checked first, then the window opens.
        const QString problem = MainWindow::checkSettingsFile();
        QVERIFY2(!problem.isEmpty(), "a damaged settings file was not noticed");
        auto window = open();
        window->noteIgnored(problem);
        QVERIFY(window->isVisible());
        const QString message = window->statusBar()->currentMessage();
        QVERIFY2(message.contains("could not be read") && message.contains(".unreadable"),
                 qPrintable(message));
        QFile copy(settingsFile() + ".unreadable");
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), damaged);
        // The program works on: the list selects its first model.
        QTRY_VERIFY(!window->selectedSlug().isEmpty());
    }
};

QTEST_MAIN(UserStateTest)
#include "tst_userstate.moc"
