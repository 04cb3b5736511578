#include "modelbrowser.h"

#include "catalog.h"
#include "facetpanel.h"
#include "matchdelegate.h"
#include "querychips.h"
#include "savedviews.h"
#include "searchindex.h"
#include "searchmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

ModelBrowser::ModelBrowser(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_index(catalog.searchIndex())
{
    m_model = new SearchModel(catalog.data(), m_index, this);
    m_saved = new SavedViews(this);

    m_search = new QLineEdit;
    m_search->setObjectName("searchField");
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_viewsMenu = new QMenu(this);
    m_viewsMenu->setObjectName("savedViewsMenu");
    m_viewsButton = new QToolButton;
    m_viewsButton->setObjectName("savedViewsButton");
    m_viewsButton->setMenu(m_viewsMenu);
    m_viewsButton->setPopupMode(QToolButton::InstantPopup);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_viewsButton);

    m_hint = new QLabel;
    m_hint->setObjectName("queryHint");
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_hint->hide();
    m_chips = new QueryChips;
    m_chips->setObjectName("queryChips");
    m_facets = new FacetPanel(catalog.data());
    m_facets->setObjectName("facetPanel");

    m_list = new QTableView;
    m_list->setObjectName("modelList");
    m_list->setModel(m_model);
    m_list->setItemDelegateForColumn(SearchModel::NameColumn,
                                     new MatchDelegate(SearchModel::MatchRangesRole, m_list));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->setShowGrid(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->installEventFilter(this);
    QHeaderView *header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name takes the room left. Context, price, intelligence and speed start hidden so the pane
    // stays readable beside the card; right-click the header to show any column (remembered).
    header->setSectionResizeMode(SearchModel::NameColumn, QHeaderView::Stretch);
    // Organisation names vary in length; long ones elide rather than squeeze the name.
    header->setSectionResizeMode(SearchModel::OrgColumn, QHeaderView::Interactive);
    // Wide enough for the column's title with its sort arrow and for most organisation names.
    const QString orgTitle =
        m_model->headerData(SearchModel::OrgColumn, Qt::Horizontal, Qt::DisplayRole).toString();
    header->resizeSection(SearchModel::OrgColumn,
                          std::max(header->fontMetrics().horizontalAdvance(orgTitle) + 36,
                                   m_list->fontMetrics().horizontalAdvance("Anthropic") + 24));
    const QVariantList hidden =
        QSettings()
            .value("browser/hiddenColumns",
                   QVariantList{int(SearchModel::ContextColumn), int(SearchModel::PriceColumn),
                                int(SearchModel::IntelligenceColumn),
                                int(SearchModel::SpeedColumn)})
            .toList();
    for (const QVariant &c : hidden)
        if (c.toInt() != SearchModel::NameColumn)
            header->setSectionHidden(c.toInt(), true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu;
        for (int c = SearchModel::OrgColumn; c < m_model->columnCount(); ++c) {
            QAction *a =
                menu.addAction(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            connect(a, &QAction::toggled, header, [header, c](bool on) {
                header->setSectionHidden(c, !on);
                QVariantList hiddenNow;
                for (int i = 0; i < header->count(); ++i)
                    if (header->isSectionHidden(i))
                        hiddenNow << i;
                QSettings().setValue("browser/hiddenColumns", hiddenNow);
            });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    // A third click on a column goes back to best match first.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);

    m_empty = new QLabel;
    m_empty->setObjectName("emptyState");
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->addWidget(m_facets);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_count = new QLabel;
    m_count->setObjectName("resultCount");

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 0, 8);
    layout->addLayout(searchRow);
    layout->addWidget(m_hint);
    layout->addWidget(m_chips);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, &ModelBrowser::onTextChanged);
    connect(m_chips, &QueryChips::removeRequested, this, [this](int position) {
        m_search->setText(SearchQuery::removeTerm(m_search->text(), position));
    });
    connect(m_facets, &FacetPanel::termToggled, this, [this](const QString &term) {
        m_search->setText(SearchQuery::toggleTerm(m_search->text(), term));
    });
    connect(m_model, &SearchModel::resultsChanged, this, &ModelBrowser::onResults);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ModelBrowser::onCurrentChanged);
    connect(m_list, &QAbstractItemView::activated, this, &ModelBrowser::openCurrent);
    connect(m_empty, &QLabel::linkActivated, this,
            [this](const QString &name) { m_search->setText(name); });
    connect(m_viewsMenu, &QMenu::aboutToShow, this, &ModelBrowser::fillViewsMenu);
    fillViewsMenu();
    retranslate();
}

ModelBrowser::~ModelBrowser() = default;

void ModelBrowser::retranslate()
{
    m_search->setPlaceholderText(tr("Search models, organisations, aliases… (Ctrl+K)"));
    m_search->setToolTip(tr("Narrow with terms such as org:deepseek kind:code open:yes "
                            "ctx:>=128k price:<1 year:2024..2025 cap:reasoning"));
    m_viewsButton->setText(tr("Views"));
    m_viewsButton->setToolTip(tr("Save this search or open a saved one"));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, SearchModel::ColumnCount - 1);
    m_model->languageChanged();
    updateHint();
    updateCount();
    updateEmptyState();
}

void ModelBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ModelBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QString ModelBrowser::query() const
{
    return m_search->text();
}

QString ModelBrowser::currentSlug() const
{
    return m_currentSlug;
}

void ModelBrowser::selectModel(const QString &slug)
{
    if (m_catalog.data().model(slug) < 0)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(SearchModel::SlugRole).toString() == slug) {
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return;
        }
    }
    // Not listed (or the list is still coming): select it when the results come, clearing the
    // search first and then looking it up by slug if it is not among the first rows.
    m_pendingSlug = slug;
    if (!m_model->isSearching())
        m_search->setText(m_search->text().isEmpty() ? slug : QString());
}

void ModelBrowser::onTextChanged(const QString &text)
{
    m_model->setQuery(text);
    m_chips->setQuery(text);
    updateHint();
}

void ModelBrowser::onResults()
{
    const QString want = m_pendingSlug.isEmpty() ? m_currentSlug : m_pendingSlug;
    int row = m_model->rowCount() > 0 ? 0 : -1;
    for (int r = 0; r < m_model->rowCount() && !want.isEmpty(); ++r)
        if (m_model->index(r, 0).data(SearchModel::SlugRole).toString() == want) {
            row = r;
            break;
        }
    if (!m_pendingSlug.isEmpty()) {
        const bool found =
            row >= 0 && m_model->index(row, 0).data(SearchModel::SlugRole).toString() == want;
        if (!found && m_search->text().isEmpty()) {
            m_search->setText(m_pendingSlug);
            return; // the next results have it
        }
        if (!found && m_search->text() != m_pendingSlug) {
            m_search->clear();
            return;
        }
        m_pendingSlug.clear();
    }
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, 0);
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_list->scrollTo(index);
    }
    onCurrentChanged();
    if (const auto facets = m_model->facets())
        m_facets->setFacets(*facets, m_model->query());
    updateCount();
    updateEmptyState();
}

void ModelBrowser::onCurrentChanged()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    const QString slug =
        current.isValid() ? current.data(SearchModel::SlugRole).toString() : QString();
    if (slug == m_currentSlug)
        return;
    m_currentSlug = slug;
    emit currentModelChanged(current.isValid() ? current.data(SearchModel::ModelIndexRole).toInt()
                                               : -1);
}

void ModelBrowser::moveCurrent(int key)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int page = std::max(1, m_list->viewport()->height() / m_list->rowHeight(0) - 1);
    int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    switch (key) {
    case Qt::Key_Up:
        row -= 1;
        break;
    case Qt::Key_Down:
        row += 1;
        break;
    case Qt::Key_PageUp:
        row -= page;
        break;
    case Qt::Key_PageDown:
        row += page;
        break;
    }
    const QModelIndex index = m_model->index(std::clamp(row, 0, rows - 1), 0);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_list->scrollTo(index);
}

void ModelBrowser::openCurrent()
{
    if (!m_currentSlug.isEmpty())
        emit modelOpened(m_currentSlug);
}

bool ModelBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || (watched != m_search && watched != m_list))
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (watched != m_search)
            break;
        moveCurrent(key);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        openCurrent();
        return true;
    case Qt::Key_Escape:
        if (m_search->text().isEmpty())
            break;
        m_search->clear();
        m_search->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ModelBrowser::updateHint()
{
    const QList<SearchQueryError> errors = SearchQuery::parse(m_search->text()).errors;
    QStringList messages;
    for (const SearchQueryError &e : errors)
        messages << e.message;
    m_hint->setText(errors.isEmpty() ? QString()
                                     : tr("%1 (left out; the rest of the search still applies)")
                                           .arg(messages.join(QStringLiteral("; "))));
    m_hint->setVisible(!errors.isEmpty());
}

void ModelBrowser::updateCount()
{
    const QLocale locale;
    const qint64 total = qint64(m_catalog.data().models.size());
    const qint64 matches = m_model->matchCount();
    const int rows = m_model->rowCount();
    // Phrased without a plural so that one English form reads right for any count.
    if (matches == total && rows == total)
        m_count->setText(tr("Models: %1").arg(locale.toString(total)));
    else if (rows == matches)
        m_count->setText(
            tr("Showing %1 of %2").arg(locale.toString(matches), locale.toString(total)));
    else
        m_count->setText(
            tr("Matches: %1 of %2; the first %3 are listed")
                .arg(locale.toString(matches), locale.toString(total), locale.toString(rows)));
}

void ModelBrowser::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isSearching();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_list);
    if (!empty)
        return;
    const SearchQuery query = SearchQuery::parse(m_search->text());
    if (query.text.isEmpty()) {
        m_empty->setText(tr("No models match these filters. Remove a term to see more."));
        return;
    }
    // The closest names: the longest start of the text that still finds models, trying a few
    // lengths only, so that pasting a page of text cannot stall the window.
    QStringList links;
    const CatalogData &data = m_catalog.data();
    const qsizetype longest = std::min<qsizetype>(query.text.size() - 1, 24);
    for (qsizetype n = longest; n >= 1 && n > longest - 12 && links.isEmpty(); --n) {
        for (const SearchHit &hit : m_index->search(query.text.left(n), 3).hits) {
            const QString name = data.models[size_t(hit.model)].name;
            links << QStringLiteral("<a href=\"%1\">%1</a>").arg(name.toHtmlEscaped());
        }
    }
    QString text = tr("No models match “%1”.").arg(query.text.toHtmlEscaped());
    if (!links.isEmpty())
        text += "<br>" + tr("Closest names: %1").arg(links.join(QStringLiteral(", ")));
    m_empty->setText(text);
}

void ModelBrowser::saveCurrentView(const QString &name)
{
    m_saved->save({name, m_search->text(), m_model->sortColumn(),
                   m_model->sortOrder() == Qt::DescendingOrder});
}

void ModelBrowser::askToSaveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"), tr("Name of this view:"),
                                               QLineEdit::Normal, m_search->text(), &ok);
    if (ok && !name.trimmed().isEmpty())
        saveCurrentView(name);
}

void ModelBrowser::fillViewsMenu()
{
    m_viewsMenu->clear();
    m_viewsMenu->addAction(tr("Save current view…"), this, &ModelBrowser::askToSaveView);
    const QList<SavedViews::View> views = m_saved->views();
    if (views.isEmpty())
        return;
    m_viewsMenu->addSeparator();
    for (const SavedViews::View &v : views) {
        QAction *open = m_viewsMenu->addAction(v.name, this, [this, v] {
            m_search->setText(v.query);
            m_list->horizontalHeader()->setSortIndicator(
                v.sortColumn, v.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        });
        open->setObjectName("savedView");
        open->setToolTip(v.query);
    }
    QMenu *remove = m_viewsMenu->addMenu(tr("Delete view"));
    for (const SavedViews::View &v : views)
        remove->addAction(v.name, this, [this, name = v.name] { m_saved->remove(name); });
}
