#pragma once

#include <QAbstractTableModel>

struct CatalogData;

// The catalog's models as rows: name, org, release date. Reads the catalog's records directly.
class ModelListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OrgColumn, ReleasedColumn, ColumnCount };
    enum Role {
        SlugRole = Qt::UserRole + 1,
        ModelIndexRole, // index into CatalogData::models
        SearchTextRole, // normalised names, aliases and org names for substring search
    };

    explicit ModelListModel(const CatalogData &data, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Lower-case letters and digits only, so that "DeepSeek-Coder V2" and "deepseek coder v2"
    // normalise to the same text.
    static QString normalise(const QString &text);

private:
    const CatalogData &m_data;
    QStringList m_searchText;
};
