#pragma once

#include <QWidget>

class Catalog;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class TranslationTableModel;

// The translator's tool window: one table of every interface string (from the embedded
// translation catalogue) and every catalog text, English beside Chinese, with what is wrong
// with each; filters, search, and export to CSV.
class TranslatorView final : public QWidget
{
    Q_OBJECT

public:
    TranslatorView(const Catalog &catalog, QWidget *parent = nullptr);

    TranslationTableModel *tableModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Writes the rows shown (filtered and sorted as on screen) to a CSV file.
    bool exportCsv(const QString &path, QString *error) const;

signals:
    void jumpTo(const QString &slug);      // a model's text was double-clicked
    void openView(const QString &context); // an interface string or other catalog text

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void activate(const QModelIndex &index);
    void exportDialog();
    void updateCount();

    TranslationTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_origin = nullptr;
    QComboBox *m_problem = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
};
