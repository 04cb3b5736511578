// The analysis views of the main window: compare, charts, presentation and list export.

#include "mainwindow.h"

#include "bilingual.h"

#include "catalog.h"
#include "catalogcharts.h"
#include "clicommands.h"
#include "compareview.h"
#include "detailpanel.h"
#include "modelbrowser.h"
#include "presentationwindow.h"
#include "searchmodel.h"
#include "slidesequence.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

void MainWindow::addAnalysisViews()
{
    m_compare = new CompareView(*m_catalog);
    m_compare->setObjectName("compareView");
    m_charts = new CatalogCharts(m_catalog->data());
    m_charts->setObjectName("catalogCharts");
    m_views->addTab(m_compare, QString());
    m_views->addTab(m_charts, QString());
    connect(m_compare, &CompareView::modelActivated, this, &MainWindow::selectModel);
    connect(m_charts, &CatalogCharts::modelClicked, this, &MainWindow::selectModel);
    auto highlight = [this] {
        QList<int> compared;
        for (const QString &slug : m_compare->models())
            compared << m_catalog->data().model(slug);
        m_charts->setHighlighted(m_catalog->data().model(selectedSlug()), compared);
    };
    connect(m_compare, &CompareView::modelsChanged, this, highlight);
    connect(this, &MainWindow::currentModelChanged, this, highlight);
    // The charts follow the list: an empty search charts the whole catalog.
    connect(m_browser->model(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_browser->query().trimmed().isEmpty()) {
            m_charts->showWholeCatalog();
            return;
        }
        QList<int> shown;
        QAbstractItemModel *results = m_browser->model();
        for (int r = 0; r < results->rowCount(); ++r)
            shown << results->index(r, 0).data(SearchModel::ModelIndexRole).toInt();
        m_charts->setModels(shown);
    });

    // Adding from the list: context menu, Ctrl+click.
    QTableView *list = m_browser->listView();
    list->setDragEnabled(true); // drop rows on the compare view
    list->setDragDropMode(QAbstractItemView::DragOnly);
    list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(list, &QWidget::customContextMenuRequested, this, [this, list](const QPoint &pos) {
        const QModelIndex index = list->indexAt(pos);
        if (!index.isValid())
            return;
        const QString slug = index.data(SearchModel::SlugRole).toString();
        QMenu menu;
        menu.addAction(tr("Add to comparison"), this, [this, slug] { addToComparison(slug); });
        menu.exec(list->viewport()->mapToGlobal(pos));
    });
    connect(list, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (QApplication::keyboardModifiers() & Qt::ControlModifier)
            addToComparison(index.data(SearchModel::SlugRole).toString());
    });

    auto add = [this](QMenu *menu, QKeySequence key, auto slot) {
        QAction *a = menu->addAction(QString(), this, slot);
        a->setShortcut(key);
        m_analysisActions << a;
        return a;
    };
    m_viewMenu->addSeparator();
    add(m_viewMenu, Qt::CTRL | Qt::Key_1, [this] { m_views->setCurrentWidget(m_detail); });
    add(m_viewMenu, Qt::CTRL | Qt::Key_2, [this] { m_views->setCurrentWidget(m_compare); });
    add(m_viewMenu, Qt::CTRL | Qt::Key_3, [this] { m_views->setCurrentWidget(m_charts); });
    add(m_viewMenu, Qt::CTRL | Qt::SHIFT | Qt::Key_C, [this] { addToComparison(selectedSlug()); });
    m_viewMenu->addSeparator();
    add(m_viewMenu, Qt::CTRL | Qt::SHIFT | Qt::Key_P, [this] { addSlide("card"); });
    add(m_viewMenu, QKeySequence(), [this] { addSlide("compare"); });
    add(m_viewMenu, QKeySequence(), [this] { addSlide("chart"); });
    add(m_viewMenu, QKeySequence(), [this] { addSlide("tree"); });
    add(m_viewMenu, Qt::Key_F5, [this] { present(); });
    add(m_fileMenu, Qt::CTRL | Qt::SHIFT | Qt::Key_E, [this] { exportList(); });
    // Keep Quit last in the File menu.
    m_fileMenu->removeAction(m_quitAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
}

void MainWindow::retranslateAnalysisViews()
{
    m_views->setTabText(m_views->indexOf(m_compare),
                        bilingualTr("MainWindow", QT_TR_NOOP("Compare")));
    m_views->setTabText(m_views->indexOf(m_charts),
                        bilingualTr("MainWindow", QT_TR_NOOP("Charts")));
    const QStringList names = {tr("Model card"),
                               tr("Compare"),
                               tr("Charts"),
                               tr("Add to comparison"),
                               tr("Add card to presentation"),
                               tr("Add comparison to presentation"),
                               tr("Add chart to presentation"),
                               tr("Add tree family to presentation"),
                               tr("Present"),
                               tr("Export list…")};
    for (int i = 0; i < m_analysisActions.size() && i < names.size(); ++i)
        m_analysisActions[i]->setText(names.at(i));
}

void MainWindow::addToComparison(const QString &slug)
{
    if (slug.isEmpty())
        return;
    if (!m_compare->addModel(slug))
        statusBar()->showMessage(tr("A comparison holds at most four models."), 4000);
    m_views->setCurrentWidget(m_compare);
}

void MainWindow::addSlide(const QString &kind)
{
    Slide slide{kind, {}, {}, {}};
    if (kind == QLatin1String("card") || kind == QLatin1String("tree"))
        slide.models = {selectedSlug()};
    else
        slide.models = m_compare->models();
    if (kind == QLatin1String("chart")) {
        static const char *const ids[] = {"intelligence-price", "intelligence-time",
                                          "context-time"};
        slide.option = QString::fromLatin1(ids[int(m_charts->kind())]);
    }
    if (slide.models.isEmpty() || slide.models.first().isEmpty() ||
        (kind == QLatin1String("compare") && slide.models.size() < 2)) {
        statusBar()->showMessage(tr("Nothing to add: select a model or compare two first."), 4000);
        return;
    }
    QString error;
    QList<Slide> slides = slidesequence::load(slidesequence::defaultPath(), &error);
    slides << slide;
    if (!error.isEmpty() || !slidesequence::save(slides, slidesequence::defaultPath(), &error))
        QMessageBox::warning(this, tr("Presentation"), error);
    else
        statusBar()->showMessage(tr("Slide %1 added to the presentation.").arg(slides.size()),
                                 4000);
}

void MainWindow::present()
{
    QString error;
    const QList<Slide> slides = slidesequence::load(slidesequence::defaultPath(), &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Presentation"), error);
        return;
    }
    // A child window: it reads this window's catalog, so it is deleted with this window.
    auto *window =
        new PresentationWindow(slides, PresentationWindow::standardFactories(*m_catalog), this);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->start();
}

void MainWindow::exportList()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export list"), QString(),
                                                      tr("CSV table (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    cli::Options options;
    options.arguments = {"list"};
    options.outPath = path;
    options.query = m_browser->query();
    if (::exportList(options, *m_catalog) != cli::Ok)
        QMessageBox::warning(this, tr("Export list"), tr("Cannot write %1.").arg(path));
}
