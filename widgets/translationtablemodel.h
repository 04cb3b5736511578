#pragma once

#include "translationcatalog.h"

#include <QAbstractTableModel>
#include <QFont>

// The translator's table: every interface string and catalog text, English beside Chinese, with
// what is wrong with it.
class TranslationTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhereColumn,
        FieldColumn,
        EnglishColumn,
        ChineseColumn,
        StatusColumn,
        ColumnCount
    };
    enum Problem {
        Missing = 1,
        Unfinished = 2,
        Identical = 4,
        TooLong = 8,
        Glossary = 16,
    };
    enum Role { ProblemsRole = Qt::UserRole + 1, FromCatalogRole, ContextRole, KeyRole };

    // `font` is the one the texts are shown in; width budgets are measured with it.
    TranslationTableModel(QList<translations::Entry> entries,
                          const QList<translations::Term> &glossary, const QFont &font,
                          QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const translations::Entry &entry(int row) const { return m_rows.at(row).entry; }
    int problems(int row) const { return m_rows.at(row).problems; }
    QString problemText(int row) const;
    static QString problemName(Problem p);
    // The widest a text may be where it is shown, in pixels of the table's font; 0 for texts
    // that wrap.
    static int widthBudget(const translations::Entry &e, const QFont &font);

    // Writes `rows` (in that order) as UTF-8 CSV, with a byte-order mark so that spreadsheets
    // read the Chinese.
    bool exportCsv(const QString &path, const QList<int> &rows, QString *error) const;

    void retranslate(); // the header and status words follow the interface language

private:
    struct Row
    {
        translations::Entry entry;
        int problems = 0;
        QString glossaryTerms;
    };
    QList<Row> m_rows;
};
