#include "mainwindow.h"

#include "bilingual.h"

#include "articleview.h"
#include "catalog.h"
#include "compareview.h"
#include "detailpanel.h"
#include "evolutiontreeview.h"
#include "languagemenu.h"
#include "modelbrowser.h"
#include "savedviews.h"
#include "translatorview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(std::unique_ptr<Catalog> catalog, QWidget *parent)
    : QMainWindow(parent), m_catalog(std::move(catalog))
{
    setObjectName("mainWindow");
    m_browser = new ModelBrowser(*m_catalog);
    m_browser->setObjectName("modelBrowser");
    m_browser->setMinimumWidth(460); // room for most model names beside organisation and date

    m_detail = new DetailPanel(*m_catalog);
    m_detail->setObjectName("detailPanel");
    m_splitter = new QSplitter;
    m_views = new QTabWidget;
    m_views->setObjectName("views");
    m_views->setDocumentMode(true);
    // Wide pages (compare, charts) scroll or squeeze rather than push the list off the screen.
    m_views->setMinimumWidth(420);
    m_views->addTab(m_detail, QString());
    m_article = new ArticleView(*m_catalog); // Chromium starts only when the tab is first shown
    m_views->addTab(m_article, QString());
    m_tree = new EvolutionTreeView(*m_catalog);
    m_tree->setObjectName("evolutionTree");
    m_views->addTab(m_tree, QString());
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_views);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);

    connect(m_browser, &ModelBrowser::currentModelChanged, this, &MainWindow::onCurrentChanged);
    connect(m_browser, &ModelBrowser::modelOpened, this,
            [this] { m_views->setCurrentWidget(m_detail); });
    connect(m_detail, &DetailPanel::modelActivated, this, &MainWindow::selectModel);
    connect(m_detail, &DetailPanel::treeRequested, this, [this](const QString &slug) {
        m_tree->selectModel(slug);
        m_views->setCurrentWidget(m_tree);
    });
    connect(m_tree, &EvolutionTreeView::modelSelected, this, &MainWindow::selectModel);
    connect(m_tree, &EvolutionTreeView::modelOpened, this, [this](const QString &slug) {
        selectModel(slug);
        m_views->setCurrentWidget(m_detail);
    });
    buildMenus();
    addAnalysisViews();
    retranslate();
    restoreState();
}

MainWindow::~MainWindow()
{
    // Every view, worker and child window reads m_catalog. As a member it would be freed before
    // ~QObject deletes the children, so the children go first, each waiting for its workers.
    const QList<QWidget *> children = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children)
        delete child;
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openCatalog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_findAction = new QAction(this);
    m_findAction->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
    connect(m_findAction, &QAction::triggered, m_browser, &ModelBrowser::focusSearch);
    addAction(m_findAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName("viewMenu");
    m_translationsAction = m_viewMenu->addAction(QString(), this, &MainWindow::showTranslations);
    m_translationsAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_T);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Model Atlas"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open Catalog…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_translationsAction->setText(tr("&Translations…"));
    retranslateAnalysisViews();
    m_views->setTabText(m_views->indexOf(m_detail),
                        bilingualTr("MainWindow", QT_TR_NOOP("Model card")));
    m_views->setTabText(m_views->indexOf(m_article),
                        bilingualTr("MainWindow", QT_TR_NOOP("Article")));
    m_views->setTabText(m_views->indexOf(m_tree),
                        bilingualTr("MainWindow", QT_TR_NOOP("Evolution tree")));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Model Atlas"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::onCurrentChanged(int model)
{
    m_detail->showModel(model);
    m_article->showModel(model);
    if (model >= 0)
        m_tree->selectModel(selectedSlug()); // centres the tree; does not echo back
    emit currentModelChanged(selectedSlug());
}

QString MainWindow::selectedSlug() const
{
    return m_browser->currentSlug();
}

void MainWindow::selectModel(const QString &slug)
{
    m_browser->selectModel(slug); // changes the search itself when the model is filtered out
}

void MainWindow::openCatalog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Catalog"), QString(), tr("Model Atlas catalogs (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    std::unique_ptr<Catalog> catalog = Catalog::open(path, &error);
    if (!catalog) {
        QMessageBox::warning(this, tr("Cannot open catalog"), error);
        return;
    }
    saveState();
    auto *window = new MainWindow(std::move(catalog));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
}

void MainWindow::setLanguageSwitcher(LanguageSwitcher *switcher)
{
    menuBar()->insertMenu(m_helpMenu->menuAction(), new LanguageMenu(*switcher, this));
}

void MainWindow::showTranslations()
{
    if (!m_translator) {
        m_translator = new TranslatorView(*m_catalog, this);
        m_translator->setWindowFlag(Qt::Window);
        m_translator->resize(1100, 700);
        connect(m_translator, &TranslatorView::jumpTo, this, [this](const QString &slug) {
            selectModel(slug);
            m_views->setCurrentWidget(m_detail);
            activateWindow();
        });
        // Interface texts: show the card, where most of them live.
        connect(m_translator, &TranslatorView::openView, this,
                [this] { m_views->setCurrentWidget(m_detail); });
    }
    m_translator->show();
    m_translator->raise();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Model Atlas"),
        tr("<h3>Model Atlas %1</h3><p>Explore a catalog of AI models offline: find a "
           "model, read its card and follow its lineage.</p><p>Catalog: %2 models, "
           "schema %3.</p>")
            .arg(QApplication::applicationVersion())
            .arg(m_catalog->data().models.size())
            .arg(m_catalog->meta("schema_version")));
}

void MainWindow::restoreState()
{
    QSettings settings;
    // What of the user's state was not used, said in the status bar.
    if (const QString problem = m_browser->savedViews()->problem(); !problem.isEmpty())
        noteIgnored(problem);
    if (const QStringList sets = m_compare->setsWithUnknownModels(); !sets.isEmpty())
        noteIgnored(tr("Saved comparisons that name models this catalog does not have: %1. They "
                       "open without those models.")
                        .arg(sets.join(QStringLiteral(", "))));
    if (!restoreGeometry(settings.value("window/geometry").toByteArray())) {
        const QSize screen = this->screen()->availableSize();
        resize(QSize(1280, 800).boundedTo(screen));
        if (screen.width() < 1400)
            setWindowState(Qt::WindowMaximized);
    }
    if (!m_splitter->restoreState(settings.value("window/splitter").toByteArray()))
        m_splitter->setSizes({width() * 2 / 5, width() * 3 / 5});
    const QString slug = settings.value("window/selectedModel").toString();
    if (m_catalog->data().model(slug) >= 0)
        selectModel(slug); // otherwise the browser selects its first row
}

void MainWindow::noteIgnored(const QString &what)
{
    m_ignored << what;
    statusBar()->showMessage(m_ignored.join(QLatin1Char(' ')));
    qWarning("%s", qPrintable(what));
}

QString MainWindow::checkSettingsFile()
{
    QSettings settings;
    (void)settings.value(QStringLiteral("language")); // reads the file
    if (settings.status() == QSettings::NoError)
        return {};
    // Kept aside before the next save writes over it.
    const QString copy = settings.fileName() + QStringLiteral(".unreadable");
    QFile::remove(copy);
    QFile::copy(settings.fileName(), copy);
    return tr("The settings in %1 could not be read, so the defaults are used (a copy is kept "
              "as %2).")
        .arg(QDir::toNativeSeparators(settings.fileName()), QDir::toNativeSeparators(copy));
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/splitter", m_splitter->saveState());
    settings.setValue("window/selectedModel", selectedSlug());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}
