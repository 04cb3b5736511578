#include "catalog.h"
#include "detailpanel.h"
#include "language.h"
#include "mainwindow.h"
#include "translatorview.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QStandardPaths>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryFile>
#include <QTest>
#include <QTextDocument>

// Renders the main views in English, Chinese and both, and fails when a label is cut off: a
// one-line label narrower than its text, a menu title or tab narrower than its words. The scale
// comes from QT_SCALE_FACTOR, which must be set before QApplication: main() runs this test once
// per scale in a child process.
class FitCheckTest : public QObject
{
    Q_OBJECT

private:
    // Models with the longest names and taglines in the built-in catalog.
    const QStringList m_slugs{"gemini-2-5-flash-lite-preview-09-2025", "constitutional-ai",
                              "deepseek-coder-v2"};
    LanguageSwitcher *m_switcher = nullptr;

    static QString describe(const QWidget *w)
    {
        QStringList path;
        for (const QObject *o = w; o; o = o->parent())
            if (!o->objectName().isEmpty())
                path.prepend(o->objectName());
        return path.join('/');
    }

    static int textWidth(const QLabel *label)
    {
        if (label->textFormat() == Qt::RichText ||
            (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
            QTextDocument doc;
            doc.setDefaultFont(label->font());
            doc.setDocumentMargin(0);
            doc.setHtml(label->text());
            return int(std::ceil(doc.idealWidth()));
        }
        int widest = 0;
        for (const QString &line : label->text().split('\n'))
            widest = std::max(widest, label->fontMetrics().horizontalAdvance(line));
        return widest;
    }

    // Everything visible under `root` whose words do not fit.
    static QStringList clipped(QWidget *root)
    {
        QStringList out;
        for (QLabel *l : root->findChildren<QLabel *>()) {
            if (!l->isVisibleTo(root) || l->wordWrap() || l->text().isEmpty() ||
                !l->pixmap().isNull())
                continue;
            const int room = l->contentsRect().width() - 2 * l->margin() - 2 * l->indent();
            const int need = textWidth(l);
            if (need > room + 1)
                out << QStringLiteral("label %1 \"%2\": needs %3 px, has %4")
                           .arg(describe(l), l->text().left(60))
                           .arg(need)
                           .arg(room);
        }
        for (QComboBox *box : root->findChildren<QComboBox *>()) {
            if (!box->isVisibleTo(root) || box->isEditable())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(box);
            const int room = box->style()
                                 ->subControlRect(QStyle::CC_ComboBox, &option,
                                                  QStyle::SC_ComboBoxEditField, box)
                                 .width();
            const int need = box->fontMetrics().horizontalAdvance(box->currentText());
            if (need > room)
                out << QStringLiteral("choice %1 \"%2\": needs %3 px, has %4")
                           .arg(describe(box), box->currentText())
                           .arg(need)
                           .arg(room);
        }
        for (QTabBar *bar : root->findChildren<QTabBar *>()) {
            if (!bar->isVisibleTo(root))
                continue;
            for (int i = 0; i < bar->count(); ++i) {
                const int need = bar->fontMetrics().horizontalAdvance(bar->tabText(i));
                if (need > bar->tabRect(i).width())
                    out << QStringLiteral("tab \"%1\": needs %2 px, has %3")
                               .arg(bar->tabText(i))
                               .arg(need)
                               .arg(bar->tabRect(i).width());
            }
        }
        for (QHeaderView *h : root->findChildren<QHeaderView *>()) {
            if (!h->isVisibleTo(root) || h->orientation() != Qt::Horizontal)
                continue;
            for (int s = 0; s < h->count(); ++s) {
                if (h->isSectionHidden(s) ||
                    h->sectionResizeMode(s) != QHeaderView::ResizeToContents)
                    continue;
                const QString title = h->model()->headerData(s, Qt::Horizontal).toString();
                const int need = h->fontMetrics().horizontalAdvance(title);
                if (need > h->sectionSize(s) || h->sectionViewportPosition(s) + need > h->width())
                    out << QStringLiteral("column \"%1\" of %2: needs %3 px, has %4 at %5 of %6")
                               .arg(title, h->parentWidget()->objectName())
                               .arg(need)
                               .arg(h->sectionSize(s))
                               .arg(h->sectionViewportPosition(s))
                               .arg(h->width());
            }
        }
        return out;
    }

    // Item views elide long cells by design, but a column where most visible cells are cut off
    // is too narrow to read.
    static QStringList mostlyElided(QTableView *view)
    {
        QStringList out;
        const QHeaderView *h = view->horizontalHeader();
        for (int c = 0; c < view->model()->columnCount(); ++c) {
            // A column sized to its contents shows them whole.
            if (h->isSectionHidden(c) || h->sectionResizeMode(c) == QHeaderView::ResizeToContents)
                continue;
            int shown = 0, cut = 0;
            for (int r = view->rowAt(0); r >= 0 && r < view->model()->rowCount(); ++r) {
                const QRect cell = view->visualRect(view->model()->index(r, c));
                if (cell.top() > view->viewport()->height())
                    break;
                const QString text = view->model()->index(r, c).data().toString();
                ++shown;
                cut += view->fontMetrics().horizontalAdvance(text) + 8 > cell.width();
            }
            if (shown > 0 && cut * 2 > shown)
                out << QStringLiteral("column %1 of %2: %3 of %4 cells cut off (%5 px wide)")
                           .arg(c)
                           .arg(describe(view))
                           .arg(cut)
                           .arg(shown)
                           .arg(h->sectionSize(c));
        }
        return out;
    }

    static QStringList clippedMenus(QMainWindow *window)
    {
        QStringList out;
        QMenuBar *bar = window->menuBar();
        for (QAction *a : bar->actions()) {
            const QString title = QString(a->text()).remove('&');
            const int need = bar->fontMetrics().horizontalAdvance(title);
            if (!a->isVisible() || title.isEmpty())
                continue;
            if (need > bar->actionGeometry(a).width())
                out << QStringLiteral("menu \"%1\": needs %2 px, has %3")
                           .arg(title)
                           .arg(need)
                           .arg(bar->actionGeometry(a).width());
        }
        return out;
    }

    void switchTo(const QString &language)
    {
        QVERIFY(m_switcher->apply(language));
        QCoreApplication::processEvents(); // LanguageChange is posted to the windows
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_switcher = new LanguageSwitcher(*qApp, ATLAS_QM_DIR);
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : LanguageSwitcher::languages())
            QTest::newRow(qPrintable(language)) << language;
    }

    // The first size a window gets, and a small laptop's.
    void mainWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : LanguageSwitcher::languages())
            for (const QSize size : {QSize(1280, 800), QSize(1024, 640)})
                QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height())
                    << language << size;
    }

    void mainWindow()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QString error;
        auto catalog = Catalog::open(ATLAS_SOURCE_DIR "/data/catalog.sqlite", &error);
        QVERIFY2(catalog, qPrintable(error));
        MainWindow window(std::move(catalog));
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), size); // the screen has room for it
        // Switch while the window is open, as a user does.
        switchTo(language == "en" ? "zh_CN" : "en");
        switchTo(language);
        QStringList problems;
        for (const QString &slug : m_slugs) {
            window.selectModel(slug);
            QCOMPARE(window.selectedSlug(), slug);
            // Every view beside the list, except web pages, whose text is not in widgets.
            for (int tab = 0; tab < window.views()->count(); ++tab) {
                if (window.views()->widget(tab)->inherits("ArticleView"))
                    continue;
                window.views()->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                for (const QString &p : clipped(&window))
                    problems << slug + ": " + p;
            }
            window.views()->setCurrentIndex(0);
            for (const QString &p : mostlyElided(window.findChild<QTableView *>("modelList")))
                problems << slug + ": " + p;
        }
        problems << clippedMenus(&window);
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }

    void translatorView_data() { languages_data(); }

    void translatorView()
    {
        QFETCH(QString, language);
        switchTo("en");
        QString error;
        auto catalog = Catalog::open(ATLAS_SOURCE_DIR "/data/catalog.sqlite", &error);
        QVERIFY2(catalog, qPrintable(error));
        TranslatorView view(*catalog);
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        switchTo(language); // the filter choices change their words while shown
        const QStringList problems = clipped(&view);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }

    void cardAtItsNarrowestWidth_data() { languages_data(); }

    void cardAtItsNarrowestWidth()
    {
        QFETCH(QString, language);
        switchTo(language);
        QString error;
        auto catalog = Catalog::open(ATLAS_SOURCE_DIR "/data/catalog.sqlite", &error);
        QVERIFY2(catalog, qPrintable(error));
        DetailPanel panel(*catalog);
        panel.resize(520, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QStringList problems;
        for (const QString &slug : m_slugs) {
            panel.showModel(catalog->data().model(slug));
            QCoreApplication::processEvents();
            for (const QString &p : clipped(&panel))
                problems << slug + ": " + p;
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    }
};

int main(int argc, char *argv[])
{
    const QByteArray scale = qgetenv("ATLAS_FIT_SCALE");
    if (scale.isEmpty()) {
        // The parent: one child per scale, output passed through.
        int failed = 0;
        for (const char *s : {"1", "1.5"}) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("ATLAS_FIT_SCALE", s);
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            QStringList args;
            for (int i = 1; i < argc; ++i)
                args << QString::fromLocal8Bit(argv[i]);
            std::printf("--- QT_SCALE_FACTOR=%s\n", s);
            std::fflush(stdout);
            child.start(QString::fromLocal8Bit(argv[0]), args);
            if (!child.waitForFinished(300000) || child.exitStatus() != QProcess::NormalExit ||
                child.exitCode() != 0)
                ++failed;
        }
        return failed;
    }
    qputenv("QT_SCALE_FACTOR", scale);
    // The offscreen screen is 800 x 800 unless told otherwise: give it the pixels of a laptop
    // whose logical size is 1920 x 1200 at this scale, so the window gets the room users have.
    QTemporaryFile screen(QDir::tempPath() + "/fitcheck-screen-XXXXXX.json");
    if (!screen.open())
        return 1;
    const double factor = scale.toDouble();
    screen.write(QStringLiteral(R"({"screens": [{"name": "fit", "x": 0, "y": 0, "width": %1,
        "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                     .arg(qRound(1920 * factor))
                     .arg(qRound(1200 * factor))
                     .toUtf8());
    screen.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screen.fileName().toLocal8Bit());
    QApplication app(argc, argv);
    FitCheckTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fitcheck.moc"
