#pragma once

#include <QWidget>

#include <memory>

class Catalog;
class FacetPanel;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QueryChips;
class SavedViews;
class SearchIndex;
class SearchModel;

// The model list pane: a search field (search as you type, off the UI thread), the query's facet
// terms as removable chips, a hint for invalid terms, facets with live counts, the sortable list
// with matches marked, the result count, an empty state that suggests close names, and saved
// views. Keys in the field: arrows move in the list, Enter opens, Esc clears.
class ModelBrowser final : public QWidget
{
    Q_OBJECT

public:
    ModelBrowser(const Catalog &catalog, QWidget *parent = nullptr);
    ~ModelBrowser() override;

    void focusSearch();
    // Selects the model, changing the search when it is not listed; unknown slugs are ignored.
    void selectModel(const QString &slug);
    QString currentSlug() const;
    QString query() const;                          // the search text as typed
    QTableView *listView() const { return m_list; } // for context menus and drags

    SearchModel *model() const { return m_model; }
    SavedViews *savedViews() const { return m_saved; }
    // Saves the search text and sort order under `name`, replacing a view of that name.
    void saveCurrentView(const QString &name);

signals:
    void currentModelChanged(int modelIndex); // index into CatalogData::models, -1 for none
    void modelOpened(const QString &slug);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onTextChanged(const QString &text);
    void onResults();
    void onCurrentChanged();
    void moveCurrent(int key);
    void openCurrent();
    void updateHint();
    void updateCount();
    void updateEmptyState();
    void fillViewsMenu();
    void askToSaveView();

    const Catalog &m_catalog;
    std::shared_ptr<const SearchIndex> m_index;
    SearchModel *m_model = nullptr;
    SavedViews *m_saved = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_viewsButton = nullptr;
    QMenu *m_viewsMenu = nullptr;
    QLabel *m_hint = nullptr;
    QueryChips *m_chips = nullptr;
    FacetPanel *m_facets = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_count = nullptr;
    QString m_currentSlug;
    QString m_pendingSlug;
};
