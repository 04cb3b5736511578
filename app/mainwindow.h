#pragma once

#include <QMainWindow>

#include <memory>

class Catalog;
class DetailPanel;
class ModelFilterProxy;
class ModelListModel;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
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
    QMenu *viewMenu() const { return m_viewMenu; }

signals:
    void currentModelChanged(const QString &slug);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void openCatalog();
    void showAbout();
    void onSearchChanged(const QString &text);
    void onCurrentChanged();
    void updateCount();
    void restoreState();
    void saveState() const;

    std::unique_ptr<Catalog> m_catalog;
    ModelListModel *m_model = nullptr;
    ModelFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_count = nullptr;
    DetailPanel *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_views = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
