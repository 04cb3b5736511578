#include "translatorview.h"

#include "translationtablemodel.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {

enum Origin { AnyOrigin, InterfaceOrigin, CatalogOrigin };
constexpr int kAnyProblem = -1;

// Keeps the rows that match the origin, the problem and the search text (in any column).
class TranslationFilter final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void set(int origin, int problem, const QString &text)
    {
        m_origin = origin;
        m_problem = problem;
        m_text = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        const bool catalog = first.data(TranslationTableModel::FromCatalogRole).toBool();
        if ((m_origin == InterfaceOrigin && catalog) || (m_origin == CatalogOrigin && !catalog))
            return false;
        const int problems = first.data(TranslationTableModel::ProblemsRole).toInt();
        if (m_problem == kAnyProblem ? problems == 0 : m_problem != 0 && !(problems & m_problem))
            return false;
        if (m_text.isEmpty())
            return true;
        for (int c = 0; c < TranslationTableModel::ColumnCount; ++c)
            if (sourceModel()
                    ->index(row, c, parent)
                    .data()
                    .toString()
                    .contains(m_text, Qt::CaseInsensitive))
                return true;
        return false;
    }

private:
    int m_origin = AnyOrigin;
    int m_problem = 0; // 0: every row
    QString m_text;
};

QList<translations::Entry> interfaceEntries()
{
    QString error;
    QList<translations::Entry> entries =
        translations::readTs(QStringLiteral(":/i18n/model-atlas_zh_CN.ts"), &error);
    if (!error.isEmpty())
        qWarning("translator view: %s", qPrintable(error));
    return entries;
}

} // namespace

TranslatorView::TranslatorView(const Catalog &catalog, QWidget *parent) : QWidget(parent)
{
    setObjectName("translatorView");
    QList<translations::Entry> entries = interfaceEntries();
    entries += translations::catalogEntries(catalog);
    QString error;
    const QList<translations::Term> glossary =
        translations::readGlossary(QStringLiteral(":/i18n/glossary.tsv"), &error);
    if (!error.isEmpty())
        qWarning("translator view: %s", qPrintable(error));
    m_model = new TranslationTableModel(std::move(entries), glossary, font(), this);
    auto *filter = new TranslationFilter(this);
    filter->setSourceModel(m_model);
    m_proxy = filter;

    m_search = new QLineEdit;
    m_search->setObjectName("translatorSearch");
    m_search->setClearButtonEnabled(true);
    m_origin = new QComboBox;
    m_origin->setObjectName("translatorOrigin");
    m_problem = new QComboBox;
    m_problem->setObjectName("translatorProblem");
    // Both choices change their words with the language: let them grow.
    m_origin->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_problem->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_export = new QPushButton;
    m_export->setObjectName("translatorExport");
    m_table = new QTableView;
    m_table->setObjectName("translatorTable");
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Catalogue order (interface first) until a header is clicked.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TranslationTableModel::WhereColumn, 200);
    m_table->setColumnWidth(TranslationTableModel::FieldColumn, 110);
    m_table->setColumnWidth(TranslationTableModel::EnglishColumn, 320);
    m_table->setColumnWidth(TranslationTableModel::ChineseColumn, 260);
    m_count = new QLabel;
    m_count->setObjectName("translatorCount");

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_origin);
    bar->addWidget(m_problem);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    retranslate();
    connect(m_search, &QLineEdit::textChanged, this, &TranslatorView::applyFilter);
    connect(m_origin, &QComboBox::currentIndexChanged, this, &TranslatorView::applyFilter);
    connect(m_problem, &QComboBox::currentIndexChanged, this, &TranslatorView::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &TranslatorView::exportDialog);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &TranslatorView::activate);
    updateCount();
}

void TranslatorView::retranslate()
{
    setWindowTitle(tr("Translations"));
    m_search->setPlaceholderText(tr("Search English, Chinese, context or model…"));
    const QSignalBlocker blockOrigin(m_origin), blockProblem(m_problem);
    const int origin = std::max(0, m_origin->currentIndex());
    m_origin->clear();
    m_origin->addItem(tr("Interface and catalog"), AnyOrigin);
    m_origin->addItem(tr("Interface"), InterfaceOrigin);
    m_origin->addItem(tr("Catalog"), CatalogOrigin);
    m_origin->setCurrentIndex(origin);
    const int problem = std::max(0, m_problem->currentIndex());
    m_problem->clear();
    m_problem->addItem(tr("All texts"), 0);
    m_problem->addItem(tr("Any problem"), kAnyProblem);
    for (auto p : {TranslationTableModel::Missing, TranslationTableModel::Unfinished,
                   TranslationTableModel::Identical, TranslationTableModel::TooLong,
                   TranslationTableModel::Glossary})
        m_problem->addItem(TranslationTableModel::problemName(p), int(p));
    m_problem->setCurrentIndex(problem);
    m_export->setText(tr("Export CSV…"));
    m_model->retranslate();
    updateCount();
}

void TranslatorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TranslatorView::applyFilter()
{
    static_cast<TranslationFilter *>(m_proxy)->set(m_origin->currentData().toInt(),
                                                   m_problem->currentData().toInt(),
                                                   m_search->text().trimmed());
    updateCount();
}

void TranslatorView::updateCount()
{
    int withProblems = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        withProblems += m_model->problems(i) != 0;
    const QLocale locale;
    m_count->setText(tr("Showing %1 of %2 texts · %3 with problems")
                         .arg(locale.toString(m_proxy->rowCount()),
                              locale.toString(m_model->rowCount()), locale.toString(withProblems)));
}

void TranslatorView::activate(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    const translations::Entry &e = m_model->entry(source.row());
    if (e.fromCatalog && e.context == QLatin1String("model"))
        emit jumpTo(e.key);
    else
        emit openView(e.context);
}

bool TranslatorView::exportCsv(const QString &path, QString *error) const
{
    QList<int> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    return m_model->exportCsv(path, rows, error);
}

void TranslatorView::exportDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export translations"),
                                     QStringLiteral("translations.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export translations"),
                             tr("Cannot write %1: %2").arg(path, error));
}
