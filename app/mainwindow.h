#pragma once

#include <QMainWindow>

#include <memory>

class ArticleView;
class CatalogCharts;
class CompareView;
class EvolutionTreeView;
class LanguageSwitcher;
class TranslatorView;
class Catalog;
class DetailPanel;
class ModelBrowser;
class QSplitter;
class QTabWidget;

// The shell: search field and model list on the left, the model card on the right.
// Wiring only; the views live in widgets/.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Catalog> catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Catalog &catalog() const { return *m_catalog; }
    void selectModel(const QString &slug);
    QString selectedSlug() const;

    // The views beside the list (card first); features add their pages and menu entries here.
    QTabWidget *views() const { return m_views; }
    // Adds the Language menu; the window works without one (tests, --lang runs).
    void setLanguageSwitcher(LanguageSwitcher *switcher);
    QMenu *viewMenu() const { return m_viewMenu; }
    // Tells the user, in the status bar, what of their saved state was not used and why.
    void noteIgnored(const QString &what);
    // Whether the settings file can be read, asked before anything else reads it (Qt reports
    // a damaged file only to the first reader). Keeps a copy of a damaged file aside and
    // returns what to tell the user; empty when all is well.
    static QString checkSettingsFile();

signals:
    void currentModelChanged(const QString &slug);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void openCatalog();
    void showTranslations();
    // Compare, charts and presentation (mainwindowviews.cpp).
    void addAnalysisViews();
    void retranslateAnalysisViews();
    void addToComparison(const QString &slug);
    void addSlide(const QString &kind);
    void present();
    void exportList();
    void showAbout();
    void onCurrentChanged(int model);
    void restoreState();
    void saveState() const;

    std::unique_ptr<Catalog> m_catalog;
    ModelBrowser *m_browser = nullptr;
    DetailPanel *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_views = nullptr;
    ArticleView *m_article = nullptr;
    EvolutionTreeView *m_tree = nullptr;
    TranslatorView *m_translator = nullptr; // created on first use: it reads every text
    QAction *m_translationsAction = nullptr;
    CompareView *m_compare = nullptr;
    CatalogCharts *m_charts = nullptr;
    QList<QAction *> m_analysisActions; // in the order retranslateAnalysisViews() names them
    QMenu *m_viewMenu = nullptr;
    QStringList m_ignored; // see noteIgnored()
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
